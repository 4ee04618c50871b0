"""Schooling told by a course the owner takes (a language, computer or first-aid course, an evening
class, a senior university), a student's life (a dorm room, freshers' week, a semester), and a move
told by packing, the removal truck or emigrating, in the caption languages (each failed before
these words joined `signals.school` and `signals.moving`); and the false friends that stay silent:
a teacher's shift, "school of life", a school run in traffic, a friend's move, "moving on", a
moving film."""

import pytest

from exposure.infer.captions import rule_signals

SCHOOL = [
    ("Dnes začal můj kurz angličtiny, první lekce za mnou", "cs a language course"),
    ("Zapisałam się na kurs niemieckiego, trzymajcie kciuki", "pl a language course"),
    ("Mein Spanischkurs fängt nächste Woche an", "de a language course"),
    ("Stasera corso serale di inglese, poi a letto", "it an evening class"),
    ("Taalcursus op dinsdagavond, ik snap de werkwoorden nog niet", "nl a language course"),
    ("Bilgisayar kursuna yazıldım, 65 yaşında öğreniyorum", "tr a computer course"),
    ("Comecei o curso de informática para a terceira idade", "pt a computer course"),
    ("Sigo con las clases de inglés los martes, poco a poco", "es English classes"),
    ("Signed up for a first aid course at the community centre", "en a first-aid course"),
    ("Mon cours d'espagnol du jeudi soir, j'adore", "fr a language course"),
    ("Yurt odasına eşyalarımı yerleştirdim, oda arkadaşım çok tatlı", "tr a dorm room"),
]

MOVING = [
    ("Wszystko spakowane, jutro ciężarówka i ruszamy", "pl packed, the truck tomorrow"),
    ("Tutto pronto: domani arriva il camion, si parte", "it the removal truck"),
    ("Tudo embalado, ainda não acredito que vamos", "pt everything packed"),
    ("Two weeks until the big move to Glasgow", "en the big move"),
    ("Vou emigrar para o Canadá em janeiro", "pt emigrating"),
]

SILENT = [
    (
        "First day as a teacher at the new school, wish me luck",
        "school",
        "a teacher's school is work",
    ),
    ("School of life, that's where I learnt it", "school", "a figure of speech"),
    ("School run traffic on the ring road is a nightmare", "school", "traffic, not schooling"),
    ("Helped my friend with her big move to Glasgow", "moving", "a friend's move"),
    ("Moving on from a hard year, onwards", "moving", "moving on"),
    ("Such a moving film, cried all the way through", "moving", "a moving film"),
]


@pytest.mark.parametrize("caption,why", SCHOOL, ids=[c[0] for c in SCHOOL])
def test_school_told(caption, why):
    assert "school" in rule_signals(caption), why


@pytest.mark.parametrize("caption,why", MOVING, ids=[c[0] for c in MOVING])
def test_moving_told(caption, why):
    assert "moving" in rule_signals(caption), why


@pytest.mark.parametrize("caption,signal,why", SILENT, ids=[c[0] for c in SILENT])
def test_false_friends_stay_silent(caption, signal, why):
    assert signal not in rule_signals(caption), why
