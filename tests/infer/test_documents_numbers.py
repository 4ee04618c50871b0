"""Identity numbers by structure: published examples pass their check digits, one changed digit fails."""

from __future__ import annotations

import pytest

from exposure.infer.doc_numbers import NUMBERS, mrz_checks, mrz_lines, valid_numbers

# (format, a published example: from the issuer's or ICAO's specimen, or the format's reference page)
EXAMPLES = [
    ("DNI", "12345678Z"),
    ("NIE", "X1234567L"),
    ("codice fiscale", "RSSMRA85T10A562S"),  # Mario Rossi, the Agenzia delle Entrate example
    ("PESEL", "44051401359"),
    ("Polish ID", "ABS123456"),
    ("TC Kimlik", "10000000146"),
    ("BSN", "111222333"),  # the test number of the Dutch government
    ("rodné číslo", "736028/5163"),
    ("Belgian national number", "93.05.18-223.61"),
    ("NIR", "2 55 08 14 168 025 38"),
    ("Ausweis number", "T220001293"),  # Erika Mustermann's card
    ("Cartão de Cidadão", "00000000 0 ZZ4"),  # the specimen of the Cartão de Cidadão rules
    ("UK licence", "MORGA657054SM9IJ"),  # the DVLA's example
    ("PPS", "1234567T"),  # the format's usual reference example
    ("PPS", "1234567FA"),  # with the second letter of numbers issued since 2013
    ("CPF", "111.444.777-35"),  # the usual worked example of its two digits
    ("AHV", "756.9217.0769.85"),  # the usual example of the 13-digit number
    ("Austrian SVNR", "1237 010180"),  # the usual example (born 1 Jan 1980)
    ("CUIL", "20-12345678-6"),  # computed: ANSES's weights over 20 and DNI 12345678
    ("CURP", "HEGG560427MVZRRL04"),  # computed: RENAPO's weights over a CURP's first 17
    ("Belgian card number", "591-1917064-58"),  # computed: the first ten digits mod 97
]


@pytest.mark.parametrize("fmt, number", EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_a_published_number_passes_and_a_changed_one_fails(fmt, number):
    pattern, check = NUMBERS[fmt]
    assert pattern.search(number) and check(number)
    assert (fmt, pattern.search(number).group(1)) in valid_numbers(f"No. {number} ")
    if fmt != "UK licence":  # no check digit: only its birth date is checked
        i = max(i for i, c in enumerate(number) if c.isdigit() and i < len(number) - 1)
        changed = number[:i] + str((int(number[i]) + 1) % 10) + number[i + 1 :]
        assert not check(changed), changed


def test_the_uk_licence_needs_a_birth_month_and_day():
    assert not NUMBERS["UK licence"][1]("MORGA613054SM9IJ")  # month 13


TD3 = [
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
]


def test_the_icao_passport_specimen_reads_with_its_three_check_digits():
    assert mrz_lines(TD3) == (3, "UTO", ["ERIKSSON", "ANNA", "MARIA"])
    # OCR reads "<<" as "«" and puts spaces in: still read
    assert mrz_checks("L898902C36 UTO 7408122 F1204159ZE184226B««<10") == 3
    # a wrong date of birth check digit: two of three
    assert mrz_checks("L898902C36UTO7408125F1204159ZE184226B<<<<<10") == 2
