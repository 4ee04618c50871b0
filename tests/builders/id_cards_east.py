"""Identity papers of Germany, Austria, Italy, Poland, Czechia, Slovakia and Turkey, as OCR lines:
one function per layout (see `id_layouts`). Written apart from the finder, from what the real
documents print.
"""

from __future__ import annotations

import random

from . import id_numbers as n
from .id_print import Holder, dates, fields, licence, slips, spaced, td1, when


def de_card(rng: random.Random, h: Holder) -> list[str]:
    """German Personalausweis (2010/2021): German, English and French labels, the number top right."""
    _, expiry = dates(rng)
    return ["BUNDESREPUBLIK DEUTSCHLAND", "PERSONALAUSWEIS", "IDENTITY CARD", "CARTE D'IDENTITÉ", n.german_id(rng)] + fields(rng, [
        ("Name / Surname / Nom", h.surname), ("Geburtsname / Name at birth / Nom de naissance", h.surname),
        ("Vornamen / Given names / Prénoms", h.given), ("Geburtstag / Date of birth / Date de naissance", when(rng, h.born, "num")),
        ("Staatsangehörigkeit / Nationality / Nationalité", "DEUTSCH"), ("Geburtsort / Place of birth / Lieu de naissance", h.place),
        ("Gültig bis / Date of expiry / Date d'expiration", when(rng, expiry, "num")), ("CAN", n.d(rng, 6)),
    ])  # fmt: skip


def de_card_back(rng: random.Random, h: Holder) -> list[str]:
    """German Personalausweis' back: address, height, eyes, authority, the TD1 zone."""
    _, expiry = dates(rng)
    return fields(rng, [("Anschrift / Address / Adresse", "10435 BERLIN KASTANIENALLEE 12"), ("Größe / Height / Taille", "175 cm"),
                        ("Augenfarbe / Colour of eyes / Couleur des yeux", "BRAUN"), ("Behörde / Authority / Autorité", "STADT KÖLN")]) + slips(
        rng, td1("ID", "D", n.german_id(rng), h, expiry))  # fmt: skip


def de_licence(rng: random.Random, h: Holder) -> list[str]:
    """German Führerschein (EU card): an 11-character number."""
    return licence(rng, ["FÜHRERSCHEIN", "BUNDESREPUBLIK DEUTSCHLAND", "D"], h, n.letters(rng, 1) + n.d(rng, 3) + n.letters(rng, 4, n.LETTERS + n.DIGITS) + n.d(rng, 3),
                   "num", None, "Landratsamt Musterhausen")  # fmt: skip


def de_residence(rng: random.Random, h: Holder) -> list[str]:
    """German eAT (Aufenthaltstitel): the permit's kind, the zone on the back."""
    _, expiry = dates(rng)
    doc = rng.choice("YZ") + n.letters(rng, 8, "CFGHJKLMNPRTVWXYZ0123456789")
    return ["AUFENTHALTSTITEL", "RESIDENCE PERMIT", doc] + fields(rng, [
        ("Name / Surname", h.surname), ("Vornamen / Given names", h.given), ("Gültig bis / Valid until", when(rng, expiry, "num")),
        ("Art des Titels / Type of permit", "AUFENTHALTSERLAUBNIS"), ("Anmerkungen / Remarks", "§ 18b Abs. 2 AufenthG"),
    ]) + slips(rng, td1("AR", "D", doc, h, expiry))  # fmt: skip


def at_card(rng: random.Random, h: Holder) -> list[str]:
    """Austrian Personalausweis (2021): German and English labels, the document number."""
    _, expiry = dates(rng)
    return ["REPUBLIK ÖSTERREICH", "PERSONALAUSWEIS IDENTITY CARD"] + fields(rng, [
        ("Name/Surname", h.surname), ("Vorname(n)/Given name(s)", h.given), ("Geburtsdatum/Date of birth", when(rng, h.born, "num")),
        ("Geschlecht/Sex", h.sex), ("Staatsangehörigkeit/Nationality", "AUT"), ("Gültig bis/Date of expiry", when(rng, expiry, "num")),
        ("Dokumentennummer/Document No.", n.d(rng, 8)),
    ])  # fmt: skip


def at_licence(rng: random.Random, h: Holder) -> list[str]:
    """Austrian Führerschein (EU card): an 8-digit number."""
    return licence(
        rng,
        ["FÜHRERSCHEIN", "REPUBLIK ÖSTERREICH", "A"],
        h,
        n.d(rng, 8),
        "num",
        None,
        "BH Wien-Umgebung",
    )


def at_ecard(rng: random.Random, h: Holder) -> list[str]:
    """Austrian e-card: the social insurance number with its check digit and birth date."""
    return ["e-card", f"{h.given} {h.surname}"] + fields(rng, [("Versicherungsnummer", spaced(n.austrian_svnr(rng, h.born), rng)),
                                                          ("Kartenfolgenummer", n.d(rng, 20))])  # fmt: skip


def at_residence(rng: random.Random, h: Holder) -> list[str]:
    """Austrian Aufenthaltstitel: the kind of title."""
    _, expiry = dates(rng)
    return ["AUFENTHALTSTITEL", "REPUBLIK ÖSTERREICH", rng.choice(["ROT-WEISS-ROT – KARTE", "DAUERAUFENTHALT – EU"])] + fields(rng, [
        ("Name", h.surname), ("Vorname(n)", h.given), ("Geburtsdatum", when(rng, h.born, "num")), ("Gültig bis", when(rng, expiry, "num")),
        ("", n.letters(rng, 1) + n.d(rng, 7)),
    ])  # fmt: skip


def it_cie(rng: random.Random, h: Holder) -> list[str]:
    """Italian CIE 3.0: Italian and English labels, the CA00000AA number."""
    issued, expiry = dates(rng)
    return ["REPUBBLICA ITALIANA", "MINISTERO DELL'INTERNO", "CARTA DI IDENTITÀ / IDENTITY CARD", n.letters(rng, 2) + n.d(rng, 5) + n.letters(rng, 2)] + fields(rng, [
        ("COMUNE DI / MUNICIPALITY", "ROMA"), ("COGNOME / SURNAME", h.surname), ("NOME / NAME", h.given),
        ("LUOGO E DATA DI NASCITA / PLACE AND DATE OF BIRTH", f"{h.place} {when(rng, h.born, 'num')}"), ("SESSO / SEX", h.sex),
        ("STATURA / HEIGHT", "170"), ("CITTADINANZA / NATIONALITY", "ITA"), ("EMISSIONE / ISSUING", when(rng, issued, "num")),
        ("SCADENZA / EXPIRY", when(rng, expiry, "num")),
    ])  # fmt: skip


def it_cie_back(rng: random.Random, h: Holder) -> list[str]:
    """Italian CIE's back: codice fiscale, address, the TD1 zone (type "CI")."""
    _, expiry = dates(rng)
    return fields(rng, [("CODICE FISCALE / FISCAL CODE", n.codice_fiscale(rng, h.born, h.female)),
                        ("INDIRIZZO DI RESIDENZA / RESIDENCE", "VIA ROMA 12 ROMA (RM)")]) + slips(
        rng, td1("CI", "ITA", n.letters(rng, 2) + n.d(rng, 5) + n.letters(rng, 2), h, expiry))  # fmt: skip


def it_paper(rng: random.Random, h: Holder) -> list[str]:
    """Italian paper identity card: number in the title, "nato il", connotati."""
    return ["REPUBBLICA ITALIANA", f"CARTA D'IDENTITÀ N. {n.letters(rng, 2)} {n.d(rng, 7)}"] + fields(rng, [
        ("Cognome", h.surname), ("Nome", h.given), ("nato il", f"{h.born:%d/%m/%Y}"), ("a", h.place), ("Cittadinanza", "ITALIANA"),
        ("Residenza", "ROMA"), ("Stato civile", "CONIUGATA" if h.female else "CELIBE"), ("Statura", "1,70"), ("Capelli", "CASTANI"),
    ])  # fmt: skip


def it_health(rng: random.Random, h: Holder) -> list[str]:
    """Italian tessera sanitaria: the codice fiscale."""
    return ["TESSERA SANITARIA", "MINISTERO DELL'ECONOMIA E DELLE FINANZE"] + fields(rng, [
        ("Codice fiscale", n.codice_fiscale(rng, h.born, h.female)), ("Cognome", h.surname), ("Nome", h.given),
        ("Data di nascita", when(rng, h.born, "slash")), ("Data di scadenza", when(rng, dates(rng)[1], "slash")),
    ])  # fmt: skip


def it_licence(rng: random.Random, h: Holder) -> list[str]:
    """Italian patente di guida (EU model): dates with slashes, a 10-character number."""
    return licence(
        rng,
        ["PATENTE DI GUIDA", "REPUBBLICA ITALIANA", "I"],
        h,
        n.letters(rng, 2) + n.d(rng, 7) + n.letters(rng, 1),
        "slash",
        None,
        "MIT-UCO",
    )


def it_permesso(rng: random.Random, h: Holder) -> list[str]:
    """Italian permesso di soggiorno."""
    _, expiry = dates(rng)
    return ["PERMESSO DI SOGGIORNO", "REPUBBLICA ITALIANA"] + fields(rng, [
        ("COGNOME", h.surname), ("NOME", h.given), ("TIPO DI PERMESSO", "LAVORO SUBORDINATO"), ("VALIDITÀ", when(rng, expiry, "num")),
        ("LUOGO/DATA DI NASCITA", f"CASABLANCA {when(rng, h.born, 'num')}"), ("", n.letters(rng, 1) + n.d(rng, 8)),
    ])  # fmt: skip


def pl_card(rng: random.Random, h: Holder) -> list[str]:
    """Polish dowód osobisty (2019): Polish and English labels, the card number."""
    _, expiry = dates(rng)
    return ["RZECZPOSPOLITA POLSKA", "DOWÓD OSOBISTY", "REPUBLIC OF POLAND IDENTITY CARD"] + fields(rng, [
        ("NAZWISKO / SURNAME", h.surname), ("IMIONA / GIVEN NAMES", h.given), ("OBYWATELSTWO / NATIONALITY", "POLSKIE"),
        ("DATA URODZENIA / DATE OF BIRTH", when(rng, h.born, "num")), ("PŁEĆ / SEX", "K" if h.female else "M"),
        ("NUMER DOWODU / DOCUMENT NUMBER", n.polish_id(rng)), ("DATA WAŻNOŚCI / EXPIRY DATE", when(rng, expiry, "num")),
    ])  # fmt: skip


def pl_card_back(rng: random.Random, h: Holder) -> list[str]:
    """Polish card's back: PESEL, birthplace, parents, the zone."""
    _, expiry = dates(rng)
    return fields(rng, [("NUMER PESEL / PERSONAL NUMBER", n.pesel(rng, h.born, h.female)), ("MIEJSCE URODZENIA / PLACE OF BIRTH", h.place),
                        ("IMIONA RODZICÓW / PARENTS' NAMES", "JAN ANNA")]) + slips(
        rng, td1("ID", "POL", n.polish_id(rng).replace(" ", ""), h, expiry))  # fmt: skip


def pl_card_old(rng: random.Random, h: Holder) -> list[str]:
    """Polish dowód osobisty (2001): Polish labels only, PESEL on the front."""
    return ["RZECZPOSPOLITA POLSKA", "DOWÓD OSOBISTY"] + fields(rng, [
        ("Nazwisko", h.surname), ("Imiona", h.given), ("Nazwisko rodowe", h.surname), ("Data i miejsce urodzenia", f"{when(rng, h.born, 'num')} {h.place}"),
        ("Wzrost", "175"), ("PESEL", n.pesel(rng, h.born, h.female)), ("", n.polish_id(rng)),
    ])  # fmt: skip


def pl_licence(rng: random.Random, h: Holder) -> list[str]:
    """Polish prawo jazdy: the PESEL at 4d, the licence number with slashes."""
    return licence(rng, ["PRAWO JAZDY", "RZECZPOSPOLITA POLSKA", "PL"], h, f"{n.d(rng, 5)}/{n.d(rng, 2)}/{n.d(rng, 4)}", "num",
                   n.pesel(rng, h.born, h.female), "PREZYDENT M.ST. WARSZAWY")  # fmt: skip


def pl_residence(rng: random.Random, h: Holder) -> list[str]:
    """Polish karta pobytu."""
    _, expiry = dates(rng)
    return ["KARTA POBYTU", "RESIDENCE PERMIT"] + fields(rng, [
        ("NAZWISKO / SURNAME", h.surname), ("IMIONA / GIVEN NAMES", h.given), ("OBYWATELSTWO / NATIONALITY", "UKR"),
        ("DATA URODZENIA / DATE OF BIRTH", when(rng, h.born, "num")), ("RODZAJ ZEZWOLENIA / TYPE OF PERMIT", "ZEZWOLENIE NA POBYT CZASOWY"),
        ("NUMER KARTY / CARD NUMBER", n.letters(rng, 2) + n.d(rng, 7)), ("DATA WAŻNOŚCI / EXPIRY DATE", when(rng, expiry, "num")),
    ])  # fmt: skip


def cz_card(rng: random.Random, h: Holder) -> list[str]:
    """Czech občanský průkaz (2012/2021): Czech and English labels, 9-digit number."""
    _, expiry = dates(rng)
    return ["ČESKÁ REPUBLIKA", "OBČANSKÝ PRŮKAZ", "IDENTITY CARD"] + fields(rng, [
        ("Příjmení / Surname", h.surname), ("Jméno / Given names", h.given), ("Datum narození / Date of birth", when(rng, h.born, "num")),
        ("Pohlaví / Sex", "Ž/F" if h.female else "M/M"), ("Státní občanství / Nationality", "ČESKÁ REPUBLIKA"),
        ("Číslo dokladu / Document No.", n.d(rng, 9)), ("Platnost do / Date of expiry", when(rng, expiry, "num")),
    ])  # fmt: skip


def cz_card_back(rng: random.Random, h: Holder) -> list[str]:
    """Czech card's back: rodné číslo, residence, the zone."""
    _, expiry = dates(rng)
    return fields(rng, [("Rodné číslo / Personal No.", n.rodne_cislo(rng, h.born, h.female)), ("Trvalý pobyt / Permanent residence", "PRAHA 1, KARLOVA 1")]) + slips(
        rng, td1("ID", "CZE", n.d(rng, 9), h, expiry))  # fmt: skip


def cz_licence(rng: random.Random, h: Holder) -> list[str]:
    """Czech řidičský průkaz: 2 letters and 6 digits."""
    return licence(
        rng,
        ["ŘIDIČSKÝ PRŮKAZ", "ČESKÁ REPUBLIKA", "CZ"],
        h,
        f"{n.letters(rng, 2)} {n.d(rng, 6)}",
        "num",
        None,
        "Magistrát hl. m. Prahy",
    )


def cz_residence(rng: random.Random, h: Holder) -> list[str]:
    """Czech povolení k pobytu."""
    _, expiry = dates(rng)
    return ["POVOLENÍ K POBYTU", "RESIDENCE PERMIT"] + fields(rng, [
        ("Příjmení / Surname", h.surname), ("Jméno / Given names", h.given), ("Druh povolení / Type of permit", "DLOUHODOBÝ POBYT"),
        ("Platnost do / Valid until", when(rng, expiry, "num")), ("Číslo dokladu / Document No.", n.letters(rng, 2) + n.d(rng, 7)),
    ])  # fmt: skip


def sk_card(rng: random.Random, h: Holder) -> list[str]:
    """Slovak občiansky preukaz: Slovak and English labels, the rodné číslo on the front."""
    _, expiry = dates(rng)
    return ["SLOVENSKÁ REPUBLIKA", "OBČIANSKY PREUKAZ", "IDENTITY CARD"] + fields(rng, [
        ("Priezvisko / Surname", h.surname), ("Meno / Given names", h.given), ("Dátum narodenia / Date of birth", when(rng, h.born, "num")),
        ("Pohlavie / Sex", h.sex), ("Štátne občianstvo / Nationality", "SVK"), ("Číslo dokladu / Document No.", n.letters(rng, 2) + n.d(rng, 6)),
        ("Rodné číslo / Personal No.", n.rodne_cislo(rng, h.born, h.female)), ("Platný do / Date of expiry", when(rng, expiry, "num")),
    ])  # fmt: skip


def sk_card_back(rng: random.Random, h: Holder) -> list[str]:
    """Slovak card's back: residence, issuer, the zone."""
    _, expiry = dates(rng)
    return fields(rng, [("Trvalý pobyt / Address", "BRATISLAVA, HLAVNÁ 1"), ("Vydal / Authority", "OR PZ BRATISLAVA")]) + slips(
        rng, td1("ID", "SVK", n.letters(rng, 2) + n.d(rng, 6), h, expiry))  # fmt: skip


def sk_licence(rng: random.Random, h: Holder) -> list[str]:
    """Slovak vodičský preukaz."""
    return licence(
        rng,
        ["VODIČSKÝ PREUKAZ", "SLOVENSKÁ REPUBLIKA", "SK"],
        h,
        f"{n.letters(rng, 2)}{n.d(rng, 6)}",
        "num",
        None,
        "OR PZ Bratislava",
    )


def tr_card(rng: random.Random, h: Holder) -> list[str]:
    """Turkish kimlik kartı (2016): Turkish and English labels, the TC Kimlik No."""
    _, expiry = dates(rng)
    return ["TÜRKİYE CUMHURİYETİ KİMLİK KARTI", "REPUBLIC OF TURKEY IDENTITY CARD"] + fields(rng, [
        ("T.C. Kimlik No / TR Identity No", n.tc_kimlik(rng)), ("Soyadı / Surname", h.surname), ("Adı / Given Name(s)", h.given),
        ("Doğum Tarihi / Date of Birth", when(rng, h.born, "num")), ("Cinsiyet / Gender", "K/F" if h.female else "E/M"),
        ("Seri No / Document No", n.letters(rng, 1) + n.d(rng, 2) + n.letters(rng, 1) + n.d(rng, 5)),
        ("Son Geçerlilik / Valid Until", when(rng, expiry, "num")), ("Uyruğu / Nationality", "T.C./TUR"),
    ])  # fmt: skip


def tr_old(rng: random.Random, h: Holder) -> list[str]:
    """Turkish nüfus cüzdanı (before 2016)."""
    return ["TÜRKİYE CUMHURİYETİ", "NÜFUS CÜZDANI"] + fields(rng, [
        ("Seri", f"{n.letters(rng, 1)}{n.d(rng, 2)}"), ("No", n.d(rng, 6)), ("T.C. Kimlik No", n.tc_kimlik(rng)), ("Soyadı", h.surname), ("Adı", h.given),
        ("Baba Adı", "AHMET"), ("Ana Adı", "FATMA"), ("Doğum Yeri", h.place), ("Doğum Tarihi", when(rng, h.born, "num")),
    ])  # fmt: skip


def tr_licence(rng: random.Random, h: Holder) -> list[str]:
    """Turkish sürücü belgesi (2016, EU model): the TC Kimlik No at 4d."""
    return licence(
        rng,
        ["SÜRÜCÜ BELGESİ", "TÜRKİYE CUMHURİYETİ", "TR"],
        h,
        n.d(rng, 6),
        "num",
        n.tc_kimlik(rng),
        "ANKARA",
    )


def tr_residence(rng: random.Random, h: Holder) -> list[str]:
    """Turkish ikamet izni: the foreigner's number (starting 99)."""
    _, expiry = dates(rng)
    return ["İKAMET İZNİ", "RESIDENCE PERMIT"] + fields(rng, [
        ("Yabancı Kimlik No / Foreign Identity No", n.tc_kimlik(rng, foreign=True)), ("Soyadı / Surname", h.surname), ("Adı / Name", h.given),
        ("Uyruğu / Nationality", "DEU"), ("İzin Türü / Permit Type", "KISA DÖNEM"), ("Geçerlilik / Validity", when(rng, expiry, "num")),
    ])  # fmt: skip
