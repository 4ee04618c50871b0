"""Identity papers of the Netherlands, Belgium, the UK, Ireland, the US, France and
Switzerland, as OCR lines: one function per layout (see
`id_layouts`). Written apart from the finder, from what the real documents print.
"""

from __future__ import annotations

import random

from . import id_numbers as n
from .id_print import (
    Holder,
    dates,
    field,
    fields,
    grouped,
    licence,
    shuffled,
    slips,
    spaced,
    td1,
    td3,
    when,
)


def nl_card(rng: random.Random, h: Holder) -> list[str]:
    """Dutch identity card, 2014-2021 model: Dutch and English labels, month as MAA/MAR."""
    issued, expiry = dates(rng)
    return ["KONINKRIJK DER NEDERLANDEN", "KINGDOM OF THE NETHERLANDS", "IDENTITEITSKAART", "IDENTITY CARD"] + fields(rng, [
        ("Naam / Surname", h.surname), ("Voornamen / Given names", h.given),
        ("Geboortedatum / Date of birth", when(rng, h.born, "bi", "nl")),
        ("Geboorteplaats / Place of birth", h.place), ("Geslacht / Sex", "V/F" if h.female else "M/M"),
        ("Nationaliteit / Nationality", "Nederlandse"), ("Lengte / Height", "1,75 m"),
        ("Documentnummer / Document no.", n.dutch_document(rng)),
        ("Datum van afgifte / Date of issue", when(rng, issued, "bi", "nl")),
        ("Geldig tot / Date of expiry", when(rng, expiry, "bi", "nl")),
        ("Persoonsnummer / Personal no.", spaced(n.bsn(rng), rng)),
    ])  # fmt: skip


def nl_card_2021(rng: random.Random, h: Holder) -> list[str]:
    """Dutch identity card from 2021: three languages per label, no card word in Dutch alone."""
    issued, expiry = dates(rng)
    lines = ["KONINKRIJK DER NEDERLANDEN", "IDENTITEITSKAART IDENTITY CARD CARTE D'IDENTITÉ", "NLD"]
    return lines + fields(rng, [
        ("Naam/Surname/Nom", h.surname), ("Voornamen/Given names/Prénoms", h.given),
        ("Geb. datum/Date of birth/Date de naiss.", when(rng, h.born, "bi", "nl")),
        ("Geslacht/Sex/Sexe", "V/F" if h.female else "M/M"), ("Nationaliteit/Nationality/Nationalité", "Nederlandse"),
        ("Documentnummer/Document No./No. du document", n.dutch_document(rng)),
        ("Geldig tot/Date of expiry/Date d'expiration", when(rng, expiry, "bi", "nl")),
        ("Persoonsnummer/Personal No./No. personnel", grouped(n.bsn(rng), rng)),
    ])  # fmt: skip


def nl_card_plain(rng: random.Random, h: Holder) -> list[str]:
    """Dutch card read without its title: labels in Dutch only, the BSN split by dots."""
    _, expiry = dates(rng)
    b = n.bsn(rng)
    return fields(rng, [
        ("Naam", h.surname), ("Voornamen", h.given), ("Geboortedatum", when(rng, h.born, rng.choice(["num", "month"]), "nl")),
        ("Nationaliteit", "Nederlandse"), ("Documentnummer", n.dutch_document(rng)),
        ("Geldig tot", when(rng, expiry, "num")), ("BSN", rng.choice([b, f"{b[:4]}.{b[4:6]}.{b[6:]}"])),
    ])  # fmt: skip


def nl_card_back(rng: random.Random, h: Holder) -> list[str]:
    """Dutch card's back: the personal number and the TD1 zone."""
    _, expiry = dates(rng)
    doc, b = n.dutch_document(rng), n.bsn(rng)
    return ["Persoonsnummer / Personal no.", b] + slips(rng, td1("I<", "NLD", doc, h, expiry, b))


def nl_passport(rng: random.Random, h: Holder) -> list[str]:
    """Dutch passport data page: labels in three languages, the zone below."""
    issued, expiry = dates(rng)
    doc, b = n.dutch_document(rng), n.bsn(rng)
    lines = ["KONINKRIJK DER NEDERLANDEN", "PASPOORT PASSPORT PASSEPORT"] + fields(rng, [
        ("Type/Type/Type", "P"), ("Code/Code/Code", "NLD"), ("Paspoortnummer/Passport No./No. du passeport", doc),
        ("Naam/Surname/Nom", h.surname), ("Voornamen/Given names/Prénoms", h.given),
        ("Nationaliteit/Nationality/Nationalité", "Nederlandse"),
        ("Geboortedatum/Date of birth/Date de naissance", when(rng, h.born, "bi", "nl")),
        ("Geboorteplaats/Place of birth/Lieu de naissance", h.place), ("Geslacht/Sex/Sexe", h.sex),
        ("Geldig tot/Date of expiry/Date d'expiration", when(rng, expiry, "bi", "nl")),
        ("Persoonsnummer/Personal No./No. personnel", b),
    ])  # fmt: skip
    return shuffled(rng, lines) + slips(rng, td3("NLD", doc, h, expiry, b))


def nl_licence(rng: random.Random, h: Holder) -> list[str]:
    """Dutch rijbewijs: EU fields, the BSN at 4d, a 10-digit licence number."""
    title = ["RIJBEWIJS", "KONINKRIJK DER NEDERLANDEN", "NL"]
    return licence(
        rng,
        rng.sample(title, rng.randint(1, 3)),
        h,
        n.d(rng, 10),
        "num",
        n.bsn(rng),
        "Burg. van Amsterdam",
    )


def nl_licence_untitled(rng: random.Random, h: Holder) -> list[str]:
    """Dutch rijbewijs read without its title line (glare on the top band)."""
    return licence(
        rng, [], h, n.d(rng, 10), rng.choice(["num", "short"]), n.bsn(rng), "Gemeente Utrecht"
    )


def nl_residence(rng: random.Random, h: Holder) -> list[str]:
    """Dutch verblijfsdocument: the permit's kind, the V-number, Dutch and English labels."""
    _, expiry = dates(rng)
    return ["VERBLIJFSDOCUMENT", rng.choice(["VERBLIJFSVERGUNNING REGULIER BEPAALD", "EU/EER", "ASIEL BEPAALDE TIJD"])] + fields(rng, [
        ("Naam / Surname", h.surname), ("Voornamen / Given names", h.given),
        ("Geboortedatum / Date of birth", when(rng, h.born, "bi", "nl")), ("Nationaliteit / Nationality", rng.choice(["Turkse", "Marokkaanse", "Indiase"])),
        ("V-nummer", n.d(rng, 10)), ("Documentnummer / Document No.", n.letters(rng, 1) + n.d(rng, 8)),
        ("Geldig tot / Valid until", when(rng, expiry, "num")),
    ])  # fmt: skip


def be_card(rng: random.Random, h: Holder) -> list[str]:
    """Belgian eID from 2020: four languages in the title, Dutch (or French) and English labels."""
    _, expiry = dates(rng)
    nl = rng.random() < 0.5
    lab = (("Naam / Name", "Voornamen / Given names", "Geboortedatum / Date of birth", "Nationaliteit / Nationality", "Kaartnummer / Card No", "Vervaldatum / Expiry date", "Belg")
           if nl else ("Nom / Name", "Prénoms / Given names", "Date de naissance / Date of birth", "Nationalité / Nationality", "N° de carte / Card No", "Date d'expiration / Expiry date", "Belge"))  # fmt: skip
    return ["BELGIË BELGIQUE BELGIEN BELGIUM", "IDENTITEITSKAART CARTE D'IDENTITÉ PERSONALAUSWEIS IDENTITY CARD"] + fields(rng, [
        (lab[0], h.surname), (lab[1], h.given), (lab[2], when(rng, h.born, "space")), (lab[3], lab[6]),
        (lab[4], n.belgian_card(rng)), (lab[5], when(rng, expiry, "space")),
    ])  # fmt: skip


def be_card_back(rng: random.Random, h: Holder) -> list[str]:
    """Belgian eID's back: the national register number and the TD1 zone."""
    _, expiry = dates(rng)
    rn, card = n.belgian_rn(rng, h.born, h.female), n.belgian_card(rng).replace("-", "")
    label = rng.choice(
        [
            "Rijksregisternr. / National Register No.",
            "N° national / National Number",
            "Nationale nummer",
        ]
    )
    return field(rng, label, rn) + slips(
        rng,
        td1(
            "ID", "BEL", card[:9], h, expiry, card[9:] + "<" + rn.replace(".", "").replace("-", "")
        ),
    )


def be_licence(rng: random.Random, h: Holder) -> list[str]:
    """Belgian licence: three languages in the title, the national number at 4d."""
    return licence(rng, ["RIJBEWIJS PERMIS DE CONDUIRE FÜHRERSCHEIN", "BE"], h, n.d(rng, 10), "num",
                   n.belgian_rn(rng, h.born, h.female), "Antwerpen")  # fmt: skip


def be_residence(rng: random.Random, h: Holder) -> list[str]:
    """Belgian residence card (A to F, EU, EU+), with the national number."""
    _, expiry = dates(rng)
    return ["VERBLIJFSTITEL TITRE DE SÉJOUR AUFENTHALTSTITEL", rng.choice(["A. BEPERKT VERBLIJF", "B. ONBEPERKT VERBLIJF", "EU"])] + fields(rng, [
        ("Naam / Name", h.surname), ("Voornamen / Given names", h.given), ("Nationaliteit / Nationality", "MAR"),
        ("Geldig tot / Valid until", when(rng, expiry, "space")), ("Kaartnummer", n.letters(rng, 1) + n.d(rng, 9)),
        ("Rijksregisternr.", n.belgian_rn(rng, h.born, h.female)),
    ])  # fmt: skip


def uk_licence(rng: random.Random, h: Holder) -> list[str]:
    """UK photocard licence: EU fields, the DVLA number and its issue number at 5, address at 8."""
    number = n.uk_licence(h.surname, h.given, h.born, h.female, rng)
    lines = licence(rng, ["DRIVING LICENCE", "UK"], h, number, "num", None, "DVLA")
    return lines[:-1] + ["8. 122 BURNS CRESCENT, EDINBURGH, EH1 9GP"] + lines[-1:]


def uk_brp(rng: random.Random, h: Holder) -> list[str]:
    """UK biometric residence permit: front labels and the card number."""
    _, expiry = dates(rng)
    doc = n.letters(rng, 2) + n.d(rng, 7)
    return ["RESIDENCE PERMIT", "UNITED KINGDOM"] + fields(rng, [
        ("NAME", f"{h.surname} {h.given}"), ("VALID UNTIL", when(rng, expiry, "num")), ("PLACE OF BIRTH", h.place),
        ("REMARKS", "LEAVE TO REMAIN"), ("TYPE OF PERMIT", "LEAVE TO REMAIN"), ("", doc),
    ])  # fmt: skip


def ie_licence(rng: random.Random, h: Holder) -> list[str]:
    """Irish licence: Irish and English title, the PPS number at 4d."""
    return licence(
        rng,
        ["CEADÚNAS TIOMÁNA DRIVING LICENCE", "ÉIRE IRELAND"],
        h,
        n.d(rng, 9),
        "short",
        n.pps(rng),
        "RSA/ÚBU",
    )


def ie_passport_card(rng: random.Random, h: Holder) -> list[str]:
    """Irish passport card: Irish and English labels, the TD1 zone."""
    _, expiry = dates(rng)
    doc = "PC" + n.d(rng, 7)
    return ["ÉIRE IRELAND", "CÁRTA PAS PASSPORT CARD"] + fields(rng, [
        ("Sloinne/Surname", h.surname), ("Réamhainm/Forename", h.given),
        ("Dáta breithe/Date of birth", when(rng, h.born, "month")), ("Uimhir phas/Passport No.", doc),
    ]) + slips(rng, td1("IP", "IRL", doc, h, expiry))  # fmt: skip


def ie_psc(rng: random.Random, h: Holder) -> list[str]:
    """Irish public services card: the PPS number."""
    return (
        ["CÁRTA SEIRBHÍSÍ POIBLÍ", "PUBLIC SERVICES CARD", f"{h.given} {h.surname}"]
        + field(rng, "PPS No. / Uimh. PSP", n.pps(rng))
        + [f"Valid to {when(rng, dates(rng)[1], 'num')}"]
    )


def us_licence(rng: random.Random, h: Holder) -> list[str]:
    """US state driver license (AAMVA fields: 4d DLN, 1 LN, 2 FN, 3 DOB, 4b EXP)."""
    _, expiry = dates(rng)
    state = rng.choice(["CALIFORNIA", "TEXAS", "NEW YORK STATE", "FLORIDA"])
    dl = rng.choice(
        [n.letters(rng, 1) + n.d(rng, 7), n.d(rng, 8), f"{n.d(rng, 3)} {n.d(rng, 3)} {n.d(rng, 3)}"]
    )
    return shuffled(rng, [state, "DRIVER LICENSE", "USA", f"4d DL {dl}", f"3 DOB {when(rng, h.born, 'us')}", f"4b EXP {when(rng, expiry, 'us')}",
                          f"1 {h.surname}", f"2 {h.given}", "8 2570 24TH STREET", "ANYTOWN, CA 95818", "9 CLASS C", "15 SEX " + h.sex,
                          "16 HGT 5'-05\"", "18 EYES BRN", "4a ISS " + when(rng, expiry.replace(year=expiry.year - 8), "us")])  # fmt: skip


def us_id(rng: random.Random, h: Holder) -> list[str]:
    """US state ID card: LN/FN labels and the ID number."""
    _, expiry = dates(rng)
    return [rng.choice(["TEXAS", "OHIO", "GEORGIA"]), "IDENTIFICATION CARD", "USA"] + fields(rng, [
        ("ID", n.d(rng, 8)), ("LN", h.surname), ("FN", h.given), ("DOB", when(rng, h.born, "us")), ("EXP", when(rng, expiry, "us")), ("SEX", h.sex),
    ])  # fmt: skip


def us_green_card(rng: random.Random, h: Holder) -> list[str]:
    """US permanent resident card: USCIS number, category, dates."""
    _, expiry = dates(rng)
    return ["UNITED STATES OF AMERICA", "PERMANENT RESIDENT"] + fields(rng, [
        ("Surname", h.surname), ("Given Name", h.given), ("USCIS#", f"{n.d(rng, 3)}-{n.d(rng, 3)}-{n.d(rng, 3)}"),
        ("Category", "IR1"), ("Country of Birth", "Mexico"), ("Date of Birth", when(rng, h.born, "month")),
        ("Card Expires", when(rng, expiry, "us")),
    ]) + slips(rng, td1("C1", "USA", "SRC" + n.d(rng, 6), h, expiry))  # fmt: skip


def us_ssn(rng: random.Random, h: Holder) -> list[str]:
    """US social security card."""
    return [
        "SOCIAL SECURITY",
        "THIS NUMBER HAS BEEN ESTABLISHED FOR",
        n.ssn(rng),
        f"{h.given} {h.surname}",
        "SIGNATURE",
    ]


def fr_cni_old(rng: random.Random, h: Holder) -> list[str]:
    """French identity card, 1995-2021: number in the title line, "Né(e) le", the 36-character zone."""
    number = f"{rng.randint(10, 21):02d}{rng.randint(1, 12):02d}{rng.choice(['75', '69', '13'])}{n.d(rng, 1)}{n.d(rng, 5)}"
    sur, giv = h.mrz_names()
    line1 = f"IDFRA{sur}".ljust(30, "<")[:30] + number[4:7] + n.d(rng, 3)
    dob = f"{h.born:%y%m%d}"
    line2 = f"{number}{n.icao(number)}{giv}".ljust(27, "<")[:27] + dob + n.icao(dob) + h.sex
    line2 += n.icao(line1 + line2)
    return ["RÉPUBLIQUE FRANÇAISE", f"CARTE NATIONALE D'IDENTITÉ N° : {number}", "Nationalité Française"] + fields(rng, [
        ("Nom", h.surname), ("Prénom(s)", h.given), ("Sexe", h.sex), ("Né(e) le", f"{h.born:%d.%m.%Y}"), ("à", h.place), ("Taille", "1,80m"),
    ]) + slips(rng, [line1, line2])  # fmt: skip


def fr_cni(rng: random.Random, h: Holder) -> list[str]:
    """French identity card from 2021: French and English labels, a 9-character number."""
    _, expiry = dates(rng)
    doc = n.letters(rng, 1) + n.letters(rng, 8, n.LETTERS + n.DIGITS)
    return ["RÉPUBLIQUE FRANÇAISE", "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD"] + fields(rng, [
        ("NOM / SURNAME", h.surname), ("Prénoms / Given names", h.given), ("SEXE / SEX", h.sex), ("NATIONALITÉ / NATIONALITY", "FRA"),
        ("DATE DE NAISS. / DATE OF BIRTH", when(rng, h.born, "space")), ("LIEU DE NAISSANCE / PLACE OF BIRTH", h.place),
        ("N° DU DOCUMENT / DOCUMENT No", doc), ("DATE D'EXPIR. / EXPIRY DATE", when(rng, expiry, "space")),
    ])  # fmt: skip


def fr_titre(rng: random.Random, h: Holder) -> list[str]:
    """French titre de séjour."""
    _, expiry = dates(rng)
    return ["RÉPUBLIQUE FRANÇAISE", "TITRE DE SÉJOUR", rng.choice(["CARTE DE SÉJOUR TEMPORAIRE", "CARTE DE RÉSIDENT"])] + fields(rng, [
        ("NOM", h.surname), ("PRÉNOMS", h.given), ("NATIONALITÉ", "MAROCAINE"), ("DATE DE NAISSANCE", when(rng, h.born, "space")),
        ("N°", n.d(rng, 10)), ("VALABLE JUSQU'AU", when(rng, expiry, "space")),
    ])  # fmt: skip


def fr_licence(rng: random.Random, h: Holder) -> list[str]:
    """French permis de conduire (EU model, 2013)."""
    return licence(
        rng,
        ["PERMIS DE CONDUIRE", "RÉPUBLIQUE FRANÇAISE", "F"],
        h,
        f"{n.d(rng, 2)}{n.letters(rng, 2)}{n.d(rng, 5)}",
        "num",
        None,
        "Préfecture 75",
    )


def fr_licence_pink(rng: random.Random, h: Holder) -> list[str]:
    """French pink paper licence (before 2013): a 12-digit number, "Né le", the prefect."""
    return ["RÉPUBLIQUE FRANÇAISE", "PERMIS DE CONDUIRE"] + fields(rng, [
        ("N°", n.d(rng, 12)), ("Nom", h.surname), ("Prénoms", h.given), ("Né le", f"{h.born:%d/%m/%Y}"), ("à", h.place),
        ("Délivré le", when(rng, dates(rng)[0], "slash")), ("par le Préfet de", "Paris"),
    ])  # fmt: skip


def ch_card(rng: random.Random, h: Holder) -> list[str]:
    """Swiss identity card: four languages in the title and labels, the zone on the back."""
    _, expiry = dates(rng)
    doc = n.letters(rng, 1) + n.d(rng, 7)
    return ["SCHWEIZERISCHE EIDGENOSSENSCHAFT CONFÉDÉRATION SUISSE", "IDENTITÄTSKARTE CARTE D'IDENTITÉ CARTA D'IDENTITÀ IDENTITY CARD"] + fields(rng, [
        ("Name - Nom - Cognome - Surname", h.surname), ("Vorname(n) - Prénom(s) - Nome(i) - Given name(s)", h.given),
        ("Geburtsdatum - Date de naissance - Data di nascita - Date of birth", when(rng, h.born, "space")),
        ("Nationalität - Nationalité - Nazionalità - Nationality", "CHE"), ("Gültig bis - Valable jusqu'au - Valida fino al - Date of expiry", when(rng, expiry, "space")),
        ("", doc),
    ])  # fmt: skip


def ch_card_back(rng: random.Random, h: Holder) -> list[str]:
    """Swiss identity card's back: origin, height, the TD1 zone."""
    _, expiry = dates(rng)
    return fields(rng, [("Heimatort - Lieu d'origine - Luogo di attinenza", "Zürich ZH"), ("Grösse - Taille - Statura", "175")]) + slips(
        rng, td1("ID", "CHE", n.letters(rng, 1) + n.d(rng, 7), h, expiry))  # fmt: skip


def ch_licence(rng: random.Random, h: Holder) -> list[str]:
    """Swiss Führerausweis: four languages, the 12-digit number."""
    return licence(
        rng,
        ["FÜHRERAUSWEIS PERMIS DE CONDUIRE LICENZA DI CONDURRE", "CH"],
        h,
        n.d(rng, 12),
        "num",
        None,
        "ZH",
    )


def ch_permit(rng: random.Random, h: Holder) -> list[str]:
    """Swiss foreigner's permit (Ausländerausweis B or C)."""
    _, expiry = dates(rng)
    return ["AUSLÄNDERAUSWEIS LIVRET POUR ÉTRANGERS LIBRETTO PER STRANIERI", rng.choice(["B AUFENTHALTSBEWILLIGUNG", "C NIEDERLASSUNGSBEWILLIGUNG"])] + fields(rng, [
        ("Name - Nom - Cognome", h.surname), ("Vorname(n) - Prénom(s) - Nome(i)", h.given), ("Nationalität - Nationalité", "DEU"),
        ("Geburtsdatum - Date de naissance", when(rng, h.born, "num")), ("Kontrollfrist - Délai de contrôle", when(rng, expiry, "num")),
        ("", n.letters(rng, 1) + n.d(rng, 8)),
    ])  # fmt: skip


def ch_insurance(rng: random.Random, h: Holder) -> list[str]:
    """Swiss health insurance card: name, birth date, the AHV number."""
    return ["Versichertenkarte", "Carte d'assuré", "Tessera d'assicurato"] + fields(rng, [
        ("Name, Vornamen", f"{h.surname}, {h.given}"), ("Geburtsdatum", when(rng, h.born, "num")),
        ("Persönliche Kennnummer", n.ahv(rng)), ("Ablaufdatum", when(rng, dates(rng)[1], "num")),
    ])  # fmt: skip
