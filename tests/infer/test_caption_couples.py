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


# stop 46 (couples46): the home told by its rooms, the move by its boxes carried, the wedding by
# its photos, its henna night and its first word; another couple's proposal, a proposal on a
# screen, a ring in a shop window and weddings in the plural stay silent
NEW_ROOMS = [
    ("First coffee on our new terrace, the neighbours wave already", "en our new terrace"),
    ("Vermut en nuestra nueva terraza, por fin sol", "es nuestra nueva terraza"),
    ("Kaffee auf dem neuen Balkon, die Sonne kommt um acht", "de neuen Balkon"),
    ("Pierwsza kawa na naszym nowym tarasie ☀️", "pl nowym tarasie"),
    ("Ranní kafe na nové terase, ptáci zpívají", "cs nové terase"),
]


@pytest.mark.parametrize("caption, case", NEW_ROOMS)
def test_a_room_of_the_new_home_is_the_new_home(caption, case):
    assert "new_home" in rule_signals(caption), case


BOXES_CARRIED = [
    ("Pulled a muscle carrying boxes up three floors, never again", "en carrying boxes"),
    ("Dor nas costas de carregar caixas o fim de semana todo", "pt carregar caixas"),
    ("Zerrung beim Kistenschleppen, die Wohnung ist im vierten Stock", "de beim Kistenschleppen"),
    ("Bolí mě ruce z nošení krabic do třetího patra", "cs nošení krabic"),
]


@pytest.mark.parametrize("caption, case", BOXES_CARRIED)
def test_boxes_carried_are_the_move(caption, case):
    assert "moving" in rule_signals(caption), case


OWN_WEDDING_TOLD = [
    ("Mariés ! Un petit oui à la mairie et des crêpes ensuite", "fr Mariés !"),
    ("Onze trouwfoto's zijn eindelijk binnen, ik huil weer", "nl onze trouwfoto's"),
    ("Kına gecemde herkes ağladı, yarın büyük gün", "tr kına gecem"),
    ("We eloped! Just us two and a registrar on a Tuesday", "en we eloped"),
    ("Pierwsza Wigilia jako małżeństwo, pierogi od teściowej", "pl as a married couple"),
    ("Fasting together for the first time as a married couple", "en as a married couple"),
]


@pytest.mark.parametrize("caption, case", OWN_WEDDING_TOLD)
def test_the_owners_wedding_told_by_its_acts(caption, case):
    assert "wedding" in rule_signals(caption), case


COUPLES_NOT_OURS = [
    ("Jonas hat Lena beim Stadtfest einen Antrag gemacht!", "de named"),
    ("Marco ha chiesto la mano a Giulia sul traghetto!", "it named"),
    ("Emre, Zeynep'e sahilde evlenme teklif etti!", "tr named"),
    ("Evlilik teklifi videoları izleyip yine ağladım", "tr videos"),
    ("Aquele pedido de casamento no anúncio de Natal, chorei", "pt an advert"),
    ("Anel de noivado na montra, só a olhar", "pt a shop window"),
    ("Bodas, bautizos y comuniones este año: mi cartera llora", "es weddings"),
]


@pytest.mark.parametrize("caption, case", COUPLES_NOT_OURS)
def test_another_couples_proposal_or_a_shown_one_is_not_the_owners(caption, case):
    signals = rule_signals(caption)
    assert "engagement" not in signals and "wedding" not in signals, case


def test_the_owners_own_proposal_stays_theirs():
    assert "engagement" in rule_signals(
        "Er hat mir am Strand einen Antrag gemacht und ich hab Ja gesagt"
    )
    assert "engagement" in rule_signals("Tom proposed to me at the gig and I said yes 💍")
