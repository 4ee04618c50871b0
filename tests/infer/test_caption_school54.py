"""Degrees, exams and courses that are no schooling or graduation of the owner's (stop 54):
another's graduation told by a relative, a friend, a neighbour's child or a partner; a probation,
a driving test or a dog's exam passed; a little one's or a swimmer's diploma; an exam still
ahead or a reunion of the leaving exam's class; a course advertised to share; a lesson the owner gives; a
degree recognised abroad; a thing "in progress"; students in a crowd (captions.yaml `school54`
and the scoped classes `kin_degree`, `exam_degree`, `share_course`), read by the rules."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # a relative's, a friend's, a neighbour's child's or a partner's degree or exam
        "lil bro just graduated from college, so proud of that kid",
        "Můj bratranec dnes promoval, celá rodina slaví",
        "Bráchova promoce v aule, máma brečela",
        "Obrona doktoratu mojego męża, jestem dumna",
        "Teyzemin oğlu tıp fakültesinden mezun oldu",
        "Onze buurjongen heeft zijn diploma gehaald, vlag uit",
        "Mein Patensohn hat sein Abschlusszeugnis, Party am Samstag",
        # a probation, a driving test, a dog's exam: no degree
        "Probezeit bestanden, jetzt unbefristet im Team",
        "Geslaagd voor mijn rijexamen, eerste rit naar oma",
        "Unsere Hündin hat die Begleithundeprüfung bestanden 🐕",
        "zomerweek aan zee, vakantie geslaagd ☀️",
        # a little one's or a swimmer's diploma
        "Abschlussfeier vom Kindergarten, unser Kleiner mit Doktorhut",
        "Onze Sem heeft zijn zwemdiploma A 🏊",
        # an exam still ahead, years since the leaving exam
        "Státnice za dva týdny a já pořád nic neumím",
        "Matura za trzy tygodnie, panika totalna",
        "Sraz spolužáků, 25 let od maturity",
        "Cena di classe per i trent'anni della maturità",
    ],
)
def test_no_graduation_of_the_owner(caption):
    assert "graduation" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # the owner's own degree beside a relative named in another clause
        "Diplom v ruce, brácha mi přinesl kytku",
        "Laureata in economia! Mio fratello ha pianto più di me",
        # a degree recognised abroad: the owner's graduation
        "Mi título de enfermera por fin homologado en Francia, el lunes empiezo",
        "Anerkennung meines Lehramtsstudiums endlich da, nach drei Jahren Warten",
        "Nostryfikacja dyplomu zakończona po dwóch latach papierów",
    ],
)
def test_graduation_of_the_owner(caption):
    assert "graduation" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a course advertised to share
        "Free Spanish classes at the community centre on Mondays, please share",
        "Corsi di inglese gratuiti in biblioteca il giovedì, condividete!",
        "Kurzy angličtiny pro seniory každé úterý, sdílejte",
        # a lesson the owner gives
        "Bugün gençlere CV hazırlama dersi verdim, çok keyifliydi",
        # the years of paperwork for a degree recognised abroad
        "Diplôme de kiné reconnu en Suisse après 3 ans de démarches",
        # a thing in progress, students in a crowd
        "Rénovation en cours, on vit dans la poussière",
        "Convalescence en cours, le genou dit non",
        "In piazza eravamo in tanti: studenti, pensionati, operai, tutti contro la legge",
    ],
)
def test_no_school_of_the_owner(caption):
    assert "school" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # school in progress, classes counted, an exam ahead: still schooling
        "Alternance : trois jours en entreprise, deux en cours",
        "Blocus en cours, je vis à la bibliothèque",
        "Státnice za dva týdny a já pořád nic neumím",
    ],
)
def test_school_of_the_owner(caption):
    assert "school" in caption_signals(caption)
