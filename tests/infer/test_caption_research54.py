"""The owner's academic or research trade told as academics, researchers and doctoral
supervisors tell it (caption_research), read by the rules."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # the owner's own students, whoever's news it is
        "So proud of my PhD students, both passed their vivas this week!",
        "Moi doktoranci wygrali nagrodę za najlepszy plakat 🏆",
        "Obhajoba mého studenta dopadla skvěle, komise byla nadšená",
        # the owner teaching, marking or examining
        "Back from the dentist, now grading from the couch with a frozen cheek",
        "Zweitgutachten fertig, jetzt ein Bier 🍺",
        "Je corrige mes partiels au café, le serveur me plaint",
        "Con gripe y corrigiendo parciales desde la cama, qué semana",
        "Sprawdzam kolokwia do północy, kawa numer cztery",
        "Dün gece sabaha kadar vize kağıtları okudum",
        "Examining my first viva as external today, more nervous than the candidate",
        "Opponent bij een promotie in Leiden, toga geleend, hoed te groot",
        "Dvě oponentury za týden, víkend padl",
        # the owner's research by its acts and places
        "Drittmittel bewilligt!!! Drei Jahre Projekt gesichert 🎉",
        "Estancia de investigación en Lyon, semana dos, el francés mejora",
        "Mijn artikel is geaccepteerd na twee rondes reviews 🎉",
        "Makalemiz kabul edildi, sonunda!",
        "Kwerenda w Lublinie, trzeci dzień w czytelni",
        # the owner's academic post or its steps
        "Antrittsvorlesung gehalten, die Familie saß in der ersten Reihe",
        "Nommée chargée de recherche au CNRS, je n'y crois pas",
        "Da oggi sono RTD-B a Bologna, si ricomincia",
        "Od października jestem adiunktem na UW",
        "Emeritus since Friday: forty years of lectures, one cardboard box of books",
        # the owner's talk at a conference
        "Hielt heute meinen ersten Vortrag auf Englisch, überlebt",
        "Apresentei meu poster em Coimbra, muitas perguntas boas",
        "Wygłosiłam referat w Krakowie, pytania były trudne",
        # the owner's academic colleagues by their unit
        "Christmas lunch with my whole department, the quiz got heated",
        "Vánoční večírek s celou katedrou, tancoval i děkan",
        # another's news named before it, then the owner's turn
        "Mój mąż piecze chleb, a ja prowadzę zajęcia online",
    ],
)
def test_research_told_is_work(caption):
    assert "work" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a partner's, a relative's or a friend's teaching or post
        "Mi novia está corrigiendo exámenes toda la tarde, yo cocino",
        "Mijn broer gaf zijn eerste college als universitair docent",
        "Mój brat dostał grant NCN, dumna siostra",
        "Manželka dostala místo na univerzitě v Brně",
        # a post or a stay only wished for
        "Someday I'll do a sabbatical in New Zealand, a girl can dream",
        "Ojalá algún día un año sabático en Japón",
        # a doctoral student's fieldwork and archive are their schooling
        "Fieldwork for my thesis starts Monday, wish me luck",
        "Drei Wochen ins Archiv für meine Dissertation",
        # a postdoc asked about
        "Anyone know a good postdoc in Lisbon?",
        # a lab, an excavation, a poster or a date marked in another sense
        "Análisis de sangre en el laboratorio a las 8, en ayunas",
        "Scavi in corso sotto casa, rumore dalle 7 di mattina",
        "Today I'm marking our tenth anniversary with a takeaway",
        "Geography field trip, fieldwork in the rain all day #studentlife",
        "Ich schreibe einen Antrag auf Elterngeld, Formular Nummer 4",
    ],
)
def test_no_research_of_the_owner(caption):
    assert "work" not in caption_signals(caption)
