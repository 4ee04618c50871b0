"""The `document` kind, case by case: documents read in photos, shown masked."""

from __future__ import annotations

import pytest

from exposure.infer.documents import mask
from tests.infer.cases import ev, hides, home_life, reported, run


def photo(texts: list[str], tags=(), pid: str = "p0") -> tuple[list[dict], list[tuple]]:
    return [{"id": pid, "when": "2022-09-10 12:00", "tags": list(tags)}], [(pid, t) for t in texts]


CASES = [
    # a boarding pass: route, date and name, all masked but the route and date
    (
        "boarding pass",
        "documents.travel",
        photo(["KLM BOARDING PASS", "DOE/JOHN MR", "AMS → NRT", "FLIGHT KL861 17SEP22 GATE D7"]),
        ["AMS → NRT, 17 Sep 2022", "D**/J***"],
    ),
    # the layout of tests/builders/text_photos.py: "From AMSTERDAM AMS → To TOKYO NRT"
    (
        "boarding pass, from/to",
        "documents.travel",
        photo(
            [
                "BOARDING PASS KLM",
                "Passenger JANSEN / MARIA MS",
                "From AMSTERDAM AMS → To TOKYO NRT",
            ]
            + ["Flight KL861 Date 14 MAR 2024 Seat 32A"]
        ),
        ["AMS → NRT, 14 Mar 2024", "J*****/M****"],
    ),
    # city names and no airport codes: the route, the flight, the date, the seat, the title
    (
        "boarding pass, cities only",
        "documents.travel",
        photo(["Iberia", "TARJETA DE EMBARQUE", "Madrid → Lisboa", "Vuelo IB3106 12/05/2024"]),
        ["Madrid → Lisboa, 12/05/2024"],
    ),
    # three cues and no title: a name SURNAME/GIVEN, a flight, a date
    (
        "three cues",
        "documents.travel",
        photo(["GARCIA/LUCIA", "Vuelo IB3106", "Fecha 12.05.2024"]),
        ["IB3106, 12.05.2024", "G*****/L****"],
    ),
    # an advert with a route and a date, a timetable with cities: two cues at most
    (
        "flight advert",
        "documents.travel",
        photo(["Flights Paris - Rome", "from 49 EUR", "Book by 12.05.2024"]),
        None,
    ),
    ("timetable", "documents.travel", photo(["Departures", "10:35 Paris Platform 5"]), None),
    # a route-like pair with no boarding word: a slide about "API-SDK" integration
    ("acronyms", "documents.travel", photo(["API-SDK integration", "Q3 roadmap"]), None),
    # a passport's machine-readable zone
    (
        "passport MRZ",
        "documents.identity",
        photo(["PASPOORT PASSPORT", "P<NLDDOE<<JOHN<PETER<<<<<<<<<<<<<<<<<<<<<<<<<"]),
        ["machine-readable zone (NLD): D** J*** P****"],
    ),
    # the back of an ID card: TD1 zone (ICAO 9303 specimen), check digits right
    (
        "ID card TD1",
        "documents.identity",
        photo(
            ["I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6"]
            + ["ERIKSSON<<ANNA<MARIA<<<<<<<<<<"]
        ),
        ["machine-readable zone (UTO): E******* A*** M****"],
    ),
    # a Spanish card: the DNI number's letter is right
    (
        "DNI",
        "documents.identity",
        photo(["DOCUMENTO NACIONAL DE IDENTIDAD", "APELLIDOS GARCIA", "12345678Z"]),
        ["documento nacional", "DNI 12*******"],
    ),
    # document words as OCR and people write them: without diacritics, a Turkish dotted capital
    # İ, a Portuguese card's older name; a card number of no known format beside them
    (
        "ID word without diacritics",
        "documents.identity",
        photo(["OBCANSKY PRUKAZ", "PRIJMENI NOVAK", "11X204587"]),
        ["obcansky prukaz", "11*******"],
    ),
    (
        "Turkish ID word",
        "documents.identity",
        photo(["TÜRKİYE CUMHURİYETİ", "NÜFUS CÜZDANI", "Seri A12B34567"]),
        ["nüfus cüzdan", "A1*******"],
    ),
    (
        "Portuguese ID word",
        "documents.identity",
        photo(["REPÚBLICA PORTUGUESA", "BILHETE DE IDENTIDADE", "N.º 10458723"]),
        ["bilhete de identidade", "10******"],
    ),
    # a PESEL beside a field label, no document word
    (
        "PESEL",
        "documents.identity",
        photo(["Nazwisko: NOWAK", "PESEL 44051401359"]),
        ["PESEL 44*********"],
    ),
    # the same number on a receipt: a valid PESEL by chance, nothing else of a document
    ("receipt reference", "documents.identity", photo(["TOTAL 12.50", "Ref 44051401359"]), None),
    # an Italian codice fiscale alone (a health card): its format and check letter suffice
    (
        "codice fiscale",
        "documents.identity",
        photo(["RSSMRA85T10A562S"]),
        ["codice fiscale RS**************"],
    ),
    # an EU driving licence by its numbered fields, the title unread
    (
        "licence fields",
        "documents.identity",
        photo(["1. NOWAK", "2. ANNA", "3. 12.03.1985", "4a. 01.02.2020", "5. 12345/67/8901"]),
        ["driving licence fields"],
    ),
    # a book cover that says "passport": the word alone is not a document
    ("a book title", "documents.identity", photo(["The Passport Diaries", "a novel"]), None),
    # a parcel label: street with a number and a postcode
    (
        "parcel",
        "documents.address",
        photo(["J. Doe", "Prinsengracht 263", "1016 GV Amsterdam"]),
        ["P************ 2**", "10** ** Amsterdam"],
    ),
    # the street and postcode shapes of other countries
    (
        "rue",
        "documents.address",
        photo(["12 rue de la Paix", "75002 Paris"]),
        ["1* r** d* l* P***", "75*** Paris"],
    ),
    (
        "ulica",
        "documents.address",
        photo(["ul. Długa 4/2", "00-950 Warszawa"]),
        ["u*. D**** 4/*", "00-*** Warszawa"],
    ),
    (
        "uk",
        "documents.address",
        photo(["10 Downing Street", "London SW1A 2AA"]),
        ["1* D****** S*****", "London SW** ***"],
    ),
    (
        "cadde",
        "documents.address",
        photo(["Atatürk Cad. No: 12", "34710 Kadıköy/İstanbul"]),
        ["A****** C**. N*: 1*", "34*** Kadıköy/İstanbul"],
    ),
    (
        "czech",
        "documents.address",
        photo(["Vodičkova 36", "110 00 Praha 1"]),
        ["V******** 3*", "11* ** Praha 1"],
    ),
    # a street without a street word, known by its place: a name and number above a postcode
    (
        "czech adjective street",
        "documents.address",
        photo(["Tomas Muller", "Dlouhá 68", "110 00 Praha"]),
        ["D***** 6*", "11* ** Praha"],
    ),
    # street and postcode on one line, separated by a comma
    (
        "one line",
        "documents.address",
        photo(["Anna Jansen", "Damrak 1, 1012 LG Amsterdam"]),
        ["D***** 1, 1*** ** A********"],
    ),
    # OCR's slips: the house number read as a box of its own, an O among the postcode's digits
    (
        "ocr slips",
        "documents.address",
        photo(["Calle Mayor", "5", "28O13 Madrid"]),
        ["C**** M**** 5", "28*** Madrid"],
    ),
    # the space between the street's name and its number lost by the reader
    (
        "glued number",
        "documents.address",
        photo(["Jan Novak", "Karlova105/12", "110 00 Praha 1"]),
        ["K*********/**", "11* ** Praha 1"],
    ),
    # a name and a number above a price, not a postcode: a menu's table, not an address
    ("menu table", "documents.address", photo(["Table 12", "Soup 6.50", "75 cl"]), None),
    # "via" and a number, no postcode: a street at most, not reported
    ("via email", "documents.address", photo(["Risotto ai funghi 14", "Via email 24 hours"]), None),
    # a street-name sign: no house number, no postcode
    ("street sign", "documents.address", photo(["Prinsengracht"]), None),
    # a plate on a car
    ("car plate", "documents.plate", photo(["AB-123-C"], [("car", 0.9)]), ["AB-***-*"]),
    # the same letters on a box, no vehicle: a product code
    ("product code", "documents.plate", photo(["AB-123-C"], [("bottle", 0.9)]), None),
    # an e-mail address and a phone number on a screen
    (
        "contact on screen",
        "documents.contact",
        photo(["From: john.doe@example.com", "Tel +31 6 1234 5678"]),
        ["j***@e***.com", "+31 * **** **78"],
    ),
    # an @handle and a short number: not a contact
    ("handle", "documents.contact", photo(["follow @jdoe", "page 12"]), None),
]


@pytest.mark.parametrize("case, rule_id, found, masked", CASES, ids=[c[0] for c in CASES])
def test_documents(case, rule_id, found, masked):
    rows, texts = found
    e = ev(home_life() + rows, texts=texts)
    assert reported(rule_id, e) is (masked is not None)
    if masked:
        inf = run(rule_id, e)
        assert inf.value == {"photos": 1, "masked": masked}
        assert inf.evidence == ["p0"] and inf.remove_to_hide == ["p0"]
        assert hides(rule_id, e, inf)
        assert "john" not in repr(inf.to_dict()).lower()  # the name never shows in clear


def test_no_texts_table_no_document_claims():
    e = ev(home_life())
    assert all(run(r, e) is None for r in ("documents.travel", "documents.contact"))


def test_mask_keeps_the_first_letters_and_the_separators():
    assert mask("DOE") == "D**" and mask("AB-123-C", 2) == "AB-***-*"
