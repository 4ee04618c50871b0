"""Small classes earlier rounds left (leftovers55), read by the rules: a fast kept for a faith
told by its day or its meal, a language exam passed or its certificate in hand, and a question
the owner answers yes at once."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # the Friday fast, the fast broken at sunset, the month of fasting begun
        "Post w piątek, na obiad pierogi z kapustą i grzybami",
        "Piątkowy post, dziś śledź w oleju i kartofle",
        "Ścisły post w Wielki Piątek, tylko chleb i woda do wieczora",
        "Postím se každý pátek, k obědu jen polévka",
        "Fastenbrechen bei Oma, die Linsensuppe war wie immer ein Traum 🌙",
        "Vastenmaand is begonnen, de dadels staan al klaar 🌙",
        "Vastenperiode tot Pasen: geen chocola, geen chips",
    ],
)
def test_fast_kept_is_religion(caption):
    assert "religion" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a language exam passed or its certificate in hand: the course's end
        "DELF B2 obtenu, trois ans de cours du soir 🇫🇷",
        "Aprobé el C1 de alemán en la Escuela Oficial de Idiomas 🙌",
        "Exame de inglês B2 aprovado, finalmente!",
        "Goethe C1 geschafft, endlich!",
        "Niveau B2 en néerlandais validé !",
        "Engels B2 gehaald op de avondschool",
        "Egzamin z hiszpańskiego B2 zdany! Kurs wieczorowy się opłacił",
        "Zkouška FCE složená, konečně!",
        "Corso di francese B1 finito, certificato appena arrivato 🇫🇷",
    ],
)
def test_language_exam_passed_is_graduation(caption):
    assert {"graduation", "school"} <= caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a question the owner answers yes at once tells what it asks
        "Neuer Job mit 58? Ja! Ab Montag im Hofladen 🥕",
        "Nová práce v důchodu? Ano! Prodávám v pekárně na rohu",
        "Nieuwe baan? Ja! Vanaf maandag bij de bakker",
        "Schwanger? Ja! 🤰",
        "Embarazada? ¡Sí! 🤰 Llega en octubre",
        "Nuovo lavoro a 60 anni? Sì! Da lunedì in panetteria",
    ],
)
def test_question_answered_yes_counts(caption):
    said = caption_signals(caption)
    assert "work" in said or "pregnancy" in said


@pytest.mark.parametrize(
    "caption,signal",
    [
        # a question answered no, or asked back, stays a question
        ("Schwanger? Nein, nur zu viel Pizza 🍕", "pregnancy"),
        ("Zaręczona? Ja? Nigdy w życiu 😂", "engagement"),
        # a language exam failed, to come, or a relative's, is no graduation of the owner's
        ("Deutsch B2 nicht bestanden, nächstes Mal klappt es", "graduation"),
        ("Esame di inglese B2 domani, che ansia", "graduation"),
        ("Meine Frau hat ihr B1 Deutsch bestanden, ich bin so stolz", "graduation"),
        # an integration exam is a step of the move abroad, no course's end
        ("Inburgeringsexamen Nederlands B1 gehaald! Nu de naturalisatie", "graduation"),
    ],
)
def test_no_reading(caption, signal):
    assert signal not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a degree told by its name, done or in hand
        "Bac+3 en poche, place aux vacances",
        "Mgr. v kapse, dneska se slaví",
        "Bul op zak! Bachelor bedrijfskunde",
        "Master in economia finito, ora si dorme",
        "Máster terminado, por fin libre",
        "Bakalářka z historie obhájená, jdu spát",
        "Zeugnis abgeholt, endlich fertig mit der Uni",
        "Yüksek lisans tamamladım, sıra işte",
    ],
)
def test_degree_in_hand_is_graduation(caption):
    assert "graduation" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a relative's degree, a student's, or one not done yet
        "Onze dochter heeft haar master afgerond, zo trots",
        "Meine Schwester hat ihren Bachelor erledigt",
        "Moje studentka obhájila bakalářku, jsem pyšná",
        "Master thesis due Friday, not done yet",
    ],
)
def test_no_degree_of_the_owner(caption):
    assert "graduation" not in caption_signals(caption)
