"""The household's events (events45, `caption_events` and `caption_clubs`): the owner's own
qualification obtained without a degree's word, the church where the owner married, the place of
a hen or stag party the owner went to, and a club's trip told by its tour, its bus or the club gone
with. Each caption failed before; the false friends stay silent."""

import pytest

from exposure.infer.captions import rule_signals

DEGREE = [
    ("Trainerlizenz C endlich in der Tasche, ab Herbst die E-Jugend", "de a coach's licence"),
    ("Uprawnienia instruktorskie zdobyte, od września prowadzę grupę", "pl instructor's papers"),
    ("J'ai décroché mon BPJEPS, à moi les cours de natation", "fr a coaching diploma"),
    ("Ottenuto il patentino da arbitro, prima partita domenica", "it a referee's licence"),
    ("Antrenörlük belgemi aldım, artık U12 takımını çalıştırıyorum", "tr a coach's papers"),
    ("Terminei o meu mestrado, três anos a estudar à noite", "pt a master's finished"),
    ("Recibí el título de monitor de tiempo libre por fin", "es a youth leader's title"),
    ("Scheidsrechterscursus afgerond, zaterdag fluit ik mijn eerste wedstrijd", "nl a course done"),
]

CHURCH_WEDDING = [
    ("Just married at St Peter's, the rain held off 💍", "en a saint's church"),
    ("Ślub wzięliśmy w małym kościółku pod lasem, wesele do rana", "pl a little church"),
    ("Nos casamos en la capilla del colegio donde nos conocimos", "es a chapel"),
    ("Vzali jsme se v kapli na kopci, pršelo celý den", "cs a chapel on a hill"),
    (
        "Wir haben geheiratet! Trauung in der Bergkapelle, danach Fest im Stadl",
        "de a mountain chapel",
    ),
]

HEN_TRIP = [
    ("Stag do in Prague for my brother, I need a week to recover", "en a stag do abroad"),
    ("Despedida de soltera de mi prima en Lisboa, tres días sin dormir", "es a cousin's hen do"),
    ("Junggesellenabschied meines Bruders in Amsterdam, wir waren zwölf", "de a brother's stag do"),
    (
        "Enterrement de vie de garçon de mon cousin à Prague, on a dansé jusqu'à l'aube",
        "fr a cousin's stag do",
    ),
]

CLUB_TRIP = [
    (
        "Tour with the male voice choir round the valleys, four concerts in three days",
        "en a choir's tour",
    ),
    ("The team bus to Plymouth took seven hours, worth it for the win", "en the team bus"),
    ("Uitwedstrijd in Groningen, met de spelersbus om zes uur weg", "nl an away game by bus"),
    ("Trasa koncertowa chóru po Czechach, śpiewaliśmy w Pradze", "pl a choir's concert tour"),
    ("Víkend s turistickým oddílem na Pálavě, 60 km pěšky", "cs a weekend with the club"),
]

SILENT = [
    ("Syn sąsiadów obronił doktorat, impreza na podwórku", "pl a neighbour's son's defence"),
    ("Mijn neef heeft zijn diploma gehaald, vlag uit", "nl a nephew's diploma"),
    ("Mein Bruder hat seinen Master bestanden, Party am Samstag", "de a brother's degree"),
    ("Kamarádka obhájila diplomku, slavíme", "cs a friend's thesis defended"),
    ("Finally got my licence!!! 🚗", "en a driving licence"),
    ("My cousin's hen do is in Magaluf next month, not going", "en a hen do not gone to"),
    (
        "Vrijgezellenfeest van Lotte in Antwerpen 👰",
        "nl a friend's hen do, the owner not told there",
    ),
    ("Die Kirche war voll bei der Hochzeit meiner Cousine", "de a cousin's church wedding"),
]


@pytest.mark.parametrize(("caption", "case"), DEGREE)
def test_a_qualification_obtained_is_the_owners_graduation(caption, case):
    assert "graduation" in rule_signals(caption), case


@pytest.mark.parametrize(("caption", "case"), CHURCH_WEDDING)
def test_the_church_of_the_owners_wedding_is_religion(caption, case):
    said = rule_signals(caption)
    assert {"wedding", "religion"} <= said, case


@pytest.mark.parametrize(("caption", "case"), HEN_TRIP + CLUB_TRIP)
def test_a_hen_do_and_a_club_trip_are_travel(caption, case):
    assert "travel" in rule_signals(caption), case


@pytest.mark.parametrize(("caption", "case"), SILENT)
def test_false_friends_stay_silent(caption, case):
    said = rule_signals(caption)
    assert not said & {"graduation", "religion", "travel"}, (case, said)
