"""The identity finder on papers of every layout the lexicon's countries print and on their
look-alikes (tests/builders/id_layouts.py and id_lookalikes.py, written apart from the finder),
and on lines that pin its rules: the titles, labels, dates and numbers of the Dutch papers first."""

from __future__ import annotations

import pytest

from exposure.infer.doc_identity import identity
from exposure.infer.doc_words import birth_date, fold
from tests.builders.id_layouts import COUNTRIES, cases
from tests.builders.id_lookalikes import LOOKALIKES, lookalikes


def reported(lines: list[str]) -> bool:
    """Whether the identity finder's claim on the lines reaches the report (0.5)."""
    hit = identity(lines, set())
    return bool(hit and hit[0] >= 0.5)


@pytest.mark.parametrize("country", COUNTRIES)
def test_each_countrys_papers_are_found(country):
    """Three in four draws of each layout, with a tenth of the lines and, in a fifth of the draws,
    every label lost: the papers a reader gives from a photo (a draw may lose the number and the
    title both)."""
    by_layout: dict[str, list[bool]] = {}
    for c, _, name, lines in cases(20, seed=7):
        if c == country:
            by_layout.setdefault(name, []).append(reported(lines))
    for name, found in by_layout.items():
        assert sum(found) >= 15, (name, found)


@pytest.mark.parametrize("name", sorted(LOOKALIKES))
def test_look_alikes_are_no_identity_paper(name):
    for what, lines in lookalikes(60, seed=3):
        if what == name:
            assert not reported(lines), lines


DUTCH = [
    # the 2014 card: Dutch and English labels, a label and its value on one line or two, the
    # month as MAA/MAR, the BSN as persoonsnummer
    ["KONINKRIJK DER NEDERLANDEN", "Naam / Surname", "DE BRUIJN", "Voornamen / Given names",
     "WILLEKE LISELOTTE", "Geboortedatum / Date of birth 10 MAA/MAR 1965",
     "Nationaliteit / Nationality", "Nederlandse", "Documentnummer / Document no. SPECI2014"],
    # the same card with its labels lost (they print small): values only
    ["DE BRUIJN", "WILLEKE LISELOTTE", "10 MAA/MAR 1965", "Nederlandse", "SPECI2014"],
    # a card whose title is none of the finder's words: a name, a number, a birth date
    ["NEDERLAND ID", "JANSEN", "EMMA", "X4821937", "12.03.1985"],
    # a rijbewijs without its title: numbered fields, the BSN at 4d
    ["1. DE VRIES", "2. SANNE", "3. 01.04.71 AMSTERDAM", "4a. 20.01.14", "4d. 999999990"],
    # a passport page headed by the state, its number labelled
    ["KONINKRIJK DER NEDERLANDEN", "Paspoortnummer/Passport No./No. du passeport", "NXC4F8L12",
     "Geb. datum/Date of birth 12 MEI/MAY 1980"],
]  # fmt: skip
ELSEWHERE = [
    ["INSTITUTO NACIONAL ELECTORAL", "CREDENCIAL PARA VOTAR", "PEREZ GARCIA JUAN", "12/03/1985"],
    ["CARTEIRA NACIONAL DE HABILITAÇÃO", "CPF 111.444.777-35", "DATA NASCIMENTO 21/10/1970"],
    ["CALIFORNIA", "DRIVER LICENSE", "4d DL I1234568", "3 DOB 08/31/1977", "1 CARDHOLDER"],
    ["SOCIAL SECURITY", "THIS NUMBER HAS BEEN ESTABLISHED FOR", "123-45-6789", "IMA CARDHOLDER"],
    ["Versichertenkarte", "MEIER, HANS", "756.9217.0769.85"],
    ["e-card", "ANNA GRUBER", "Versicherungsnummer 1237 010180"],
    ["AUSLÄNDERAUSWEIS LIVRET POUR ÉTRANGERS", "MUSTER", "LAURA", "19.03.1958", "F52129506"],
    # a passport of a two-part surname whose zone's data line has no filler (a CURP in it)
    ["P<MEXHERNANDEZ<PEREZ<<GUADALUPE<<<<<<<<<<<<<", "A532380928MEX8312310F2909015WAUQ831231MDFL32"],
]  # fmt: skip


@pytest.mark.parametrize("lines", DUTCH + ELSEWHERE, ids=lambda ls: ls[0][:24])
def test_papers_the_old_finder_missed_are_found(lines):
    assert reported(lines), lines


def test_a_gym_card_with_a_checked_number_by_chance_is_no_paper():
    # 093549313 passes the BSN's 11-test, one number in eleven does: one label is not enough
    lines = ["FITNESS PARK", "MEMBER CARD", "Nombre: GIL CHEVAILLIER", "N.º de socio: 093549313",
             "Válido hasta: 08/2027"]  # fmt: skip
    assert not reported(lines)
    # nor two: a name and a validity are on every member card
    lines = ["FITNESS PARK", "MEMBER CARD", "Naam: SANNE DE VRIES", "Lidnummer: 861552544",
             "Geldig tot: 11/2029"]  # fmt: skip
    assert not reported(lines)


def test_a_boarding_pass_with_a_flight_code_and_an_old_date_is_no_paper():
    lines = ["INSTAPKAART", "JANSEN/EMMA", "AMS → LIS", "FLIGHT KL1234", "12.03.2014", "SEAT 4A"]
    assert not reported(lines)


@pytest.mark.parametrize(
    "text, year",
    [("10 MAA/MAR 1965", 1965), ("12 MAR /MARS 85", 1985), ("12.03.1985", 1985),
     ("03/31/1977", 1977), ("06 OCA/JAN 1990", 1990), ("12 ŘÍJ 1970", 1970), ("01.02.2030", None),
     ("Tel. 01 23 45 67 89", None), ("12 03 45", None)],
)  # fmt: skip
def test_birth_dates_are_read_in_every_printed_form(text, year):
    # a phone number's pairs are no date, nor are two-digit years after spaces
    born = birth_date(fold(text))
    assert (born.year if born else None) == year


def test_a_zone_read_with_o_for_zero_in_its_dates_keeps_its_check_digits():
    from exposure.infer.doc_numbers import mrz_checks

    # ICAO's specimen, its birth date, expiry and a check digit read with the letter O
    assert mrz_checks("L898902C36UTO74O8122F12O4159ZE184226B<<<<<1O") == 3
    assert mrz_checks("L898902C36UTO74O8125F12O4159ZE184226B<<<<<1O") == 2  # a wrong check


@pytest.mark.parametrize("number", ["999 999 990", "9999 99 990", "9999.99.990", "999999990"])
def test_a_bsn_is_read_as_people_group_it(number):
    assert reported(["Burgerservicenummer", number, "Naam", "DE VRIES"])


def test_a_photo_shops_sign_with_the_papers_words_and_a_phone_number_is_no_paper():
    # the number after the area code looks like a document number of seven digits
    lines = ["PASSFOTOS", "für Reisepass und Personalausweis", "Tel. 030 3139960", "Mo-Fr 9-18 Uhr"]
    assert not reported(lines)


def test_a_licence_number_glued_to_its_field_number_is_still_a_number():
    # as the real OCR read a photographed French licence: the spaces after the fields lost
    lines = [
        "PERMIS DE CONDUIRE",
        "1.DUBOIS",
        "2.LOUIS",
        "3.22.11.1973",
        "5.53HM79593",
        "9.AM/B1/B",
    ]
    assert reported(lines)


def test_a_ticket_kept_for_years_is_no_card_though_it_has_a_code_and_an_old_date():
    # two lines in capitals, a code of letters and digits, a date that could be a birth date
    lines = [
        "HEINEKEN MUSIC HALL",
        "TICKETMASTER",
        "20 MAR 2008 20:00",
        "Order RL352574",
        "Vak 338",
    ]
    assert not reported(lines)


def test_the_french_card_of_1995_2021_is_read_by_its_zone():
    from exposure.infer.doc_numbers import mrz_checks

    # the specimen's second line: number 880692310285, its check, given names, birth date, sex
    assert mrz_checks("8806923102858CORINNE<<<<<<<6512068F4") == 2
