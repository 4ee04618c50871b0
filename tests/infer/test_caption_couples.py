"""A couple's steps (stop 45, couples45, `caption_couples`): the owner's own wedding before its
day is their engagement, the wedding only mentioned, where the owner's own hen or stag party
tells it ("I'm the bride"). Silent: someone else's wedding ahead, someone else's hen party,
"not my hen do", a wedding eve. A marriage to a thing (the sofa, a duvet) is no wedding; the new
home shown to the in-laws or the parents the first time is the owner's. Each positive case
failed before the round; the captions are written for these tests, in the caption
languages."""

import pytest

from exposure.infer.captions import rule_signals

OWN_HEN = [
    ("Despedida de soltera en Valencia y la novia soy yo 👰", "es I'm the bride"),
    ("Addio al celibato a Praga, sono lo sposo e non ricordo nulla", "it I'm the groom"),
    ("Vrijgezellenfeest in Gent, ik ben de bruid en ik draag een sluier 👰", "nl I'm the bride"),
    ("My hen do in Newcastle was absolute chaos 👰", "en my hen do"),
]

OTHERS = [
    ("My cousin's wedding is in 3 weeks and I have nothing to wear", "en a cousin's wedding"),
    ("Le mariage de ma sœur est dans deux mois, je suis témoin", "fr a sister's wedding"),
    ("Hen do in Leeds, not my hen do, I'm just here for the cocktails", "en not my hen do"),
    ("Addio al nubilato di Giulia a Rimini 👰", "it a friend's hen party"),
]


@pytest.mark.parametrize("caption, case", OWN_HEN)
def test_the_owners_wedding_ahead_is_an_engagement(caption, case):
    signals = rule_signals(caption)
    assert "engagement" in signals and "wedding" not in signals, case


@pytest.mark.parametrize("caption, case", OTHERS)
def test_someone_elses_wedding_ahead_is_no_engagement(caption, case):
    assert "engagement" not in rule_signals(caption), case


def test_a_wedding_eve_is_the_wedding():
    signals = rule_signals("Tomorrow I marry my best friend. The wedding is tomorrow at noon 💍")
    assert "engagement" not in signals


MARRIED_TO_A_THING = [
    ("Married to my couch this rainy Sunday", "en the couch"),
    ("Casado con el sofá todo el fin de semana", "es the sofa"),
    ("Getrouwd met mijn dekbed vandaag, niemand belt me", "nl the duvet"),
    ("Dziś biorę ślub z kanapą i pilotem", "pl the sofa"),
]


@pytest.mark.parametrize("caption, case", MARRIED_TO_A_THING)
def test_a_marriage_to_a_thing_is_no_wedding(caption, case):
    assert "wedding" not in rule_signals(caption), case


def test_a_marriage_to_a_person_is_still_a_wedding():
    assert "wedding" in rule_signals("Married to my best friend today 💍 thank you all for coming")


FIRST_VISIT = [
    ("The in-laws come to see the house for the first time, hoovering everything", "en in-laws"),
    ("Meine Schwiegereltern kommen zum ersten Mal in die Wohnung, Panik", "de in-laws"),
    ("Os meus pais vieram conhecer o apartamento, a mãe chorou", "pt parents"),
    ("Teściowie po raz pierwszy w naszym mieszkaniu, stres", "pl in-laws"),
]


@pytest.mark.parametrize("caption, case", FIRST_VISIT)
def test_the_new_home_shown_to_the_family_is_the_owners(caption, case):
    assert "new_home" in rule_signals(caption), case


def test_the_in_laws_own_home_stays_theirs():
    assert "new_home" not in rule_signals(
        "First time at my in-laws' house by the lake, what a view"
    )
