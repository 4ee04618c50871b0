"""The owner's job told by the people and the occasions of it (caption_crew): mates from work, a
teacher's class, the job loved or lost, a conference away; read by the rules."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # mates from work, and a mate's own news (the label guide's ruling on Work)
        "quiz night with the girls from accounts, came third",
        "Tom from work is getting married in June and I've been asked to do a reading",
        "Sushi mit den Jungs aus der Werkstatt, endlich mal wieder",
        "Soirée karaoké avec les copines du boulot 🎤",
        "Cena de Navidad con los compañeros, menudo karaoke 🎄",
        "Almoço de sexta com os colegas, a picanha estava perfeita",
        "Bowlen met de meiden van kantoor, ik won natuurlijk niet",
        "Ania z pracy wychodzi za mąż, kupujemy prezent",
        "Grilovačka s holkama z kanceláře ☀️",
        "İş çıkışı arkadaşlarla kokoreç",
        # a teacher's class, pupils and acts
        "Meine 9c hat die Theateraufführung gerockt 🎭",
        "Les bulletins du premier trimestre enfin terminés, 31 élèves de cinquième",
        "Veinte años dando clase de Historia y todavía me ponen nerviosa las reuniones",
        "Meus alunos do sexto ano fizeram um mural lindo",
        "I miei alunni di terza hanno vinto il concorso di poesia",
        "Mijn klas heeft vandaag de schoolmusical opgevoerd, trots!",
        "Moi uczniowie zrobili mi niespodziankę na Dzień Nauczyciela 💐",
        "Moji žáci mi dnes upekli dort 🎂",
        "Sınıfımın yıl sonu gösterisi çok güzeldi 👏",
        # the job loved, lost or married to
        "Honestly, I love this job some days",
        "Seit Montag hab ich meinen Job verloren. Mal sehen",
        "j'adore mon boulot, même le lundi",
        "Me encanta mi trabajo, aunque madrugue",
        "Ik hou van mijn werk, ook op maandag",
        "Kocham swoją pracę, nawet w poniedziałek",
        "İşimi seviyorum, pazartesi bile",
        # a conference or a trade fair the owner is at
        "Drei Tage Kongress in Wien, die Füße tun weh",
        "Congreso en Valencia, mañana presento",
        "targi w Poznaniu, dwa dni na stoisku",
        "Konference v Brně, večer pivo s kolegy z Bratislavy",
        "Frankfurt'taki fuardayız, standımız 4. salonda",
    ],
)
def test_crew_told_is_work(caption):
    assert "work" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a relative's mates, a relative's job lost, a third person's
        "My husband is out with the lads from work again",
        "Mein Mann hat seinen Job verloren",
        "She lost her job last week, send her love",
        # a party's congress, a press conference
        "Partimizin il kongresindeyim, delege olarak",
        "Konferencja prasowa premiera była żenująca",
        "Sjezd strany a tisková konference, nuda",
        # a question, classmates
        "Comida con los compañeros de clase del instituto, 20 años después",
        "Ist das wirklich meine Schuld?",
    ],
)
def test_crew_false_friends_stay_silent(caption):
    assert "work" not in caption_signals(caption)
