"""How identity papers print, for `id_layouts`: holders, dates in each country's forms, a label
and its value on one line or two, machine-readable zones with their check digits and OCR's slips
on them, and the EU licence's numbered fields. Written apart from the finder.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from . import id_numbers as n

MONTHS = {
    "en": "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC",
    "nl": "JAN FEB MAA APR MEI JUN JUL AUG SEP OKT NOV DEC",
    "fr": "JANV FÉVR MARS AVR MAI JUIN JUIL AOÛT SEPT OCT NOV DÉC",
    "es": "ENE FEB MAR ABR MAY JUN JUL AGO SEP OCT NOV DIC",
    "pt": "JAN FEV MAR ABR MAI JUN JUL AGO SET OUT NOV DEZ",
    "de": "JAN FEB MÄR APR MAI JUN JUL AUG SEP OKT NOV DEZ",
    "it": "GEN FEB MAR APR MAG GIU LUG AGO SET OTT NOV DIC",
    "pl": "STY LUT MAR KWI MAJ CZE LIP SIE WRZ PAŹ LIS GRU",
    "cs": "LED ÚNO BŘE DUB KVĚ ČVN ČVC SRP ZÁŘ ŘÍJ LIS PRO",
    "tr": "OCA ŞUB MAR NİS MAY HAZ TEM AĞU EYL EKİ KAS ARA",
}
NAMES = {  # surnames, given names of each country's holders
    "NL": (["DE VRIES", "JANSEN", "VAN DEN BERG", "BAKKER", "DE BRUIJN", "VISSER"], ["Willeke", "Daan", "Sanne", "Pieter", "Lotte"]),
    "BE": (["PEETERS", "JANSSENS", "DUBOIS", "MAES", "LAMBERT"], ["Jan", "Marie", "Lucas", "Emma"]),
    "UK": (["MORGAN", "SMITH", "O'BRIEN", "TAYLOR", "WILLIAMS"], ["Sarah", "James", "Oliver", "Amelia"]),
    "IE": (["MURPHY", "KELLY", "O'SULLIVAN", "WALSH"], ["Seán", "Aoife", "Niamh", "Conor"]),
    "US": (["JOHNSON", "GARCIA", "MILLER", "DAVIS"], ["Ima", "Michael", "Jessica", "Robert"]),
    "ES": (["GARCÍA LÓPEZ", "ESPAÑOLA ESPAÑOLA", "MARTÍNEZ RUIZ", "FERNÁNDEZ"], ["Carmen", "Pablo", "Lucía"]),
    "MX": (["HERNÁNDEZ PÉREZ", "GONZÁLEZ", "RODRÍGUEZ LUNA"], ["Juan", "Guadalupe", "José Luis"]),
    "AR": (["GONZÁLEZ", "RODRÍGUEZ", "FERNÁNDEZ", "LÓPEZ"], ["Martín", "Sofía", "Valentina"]),
    "PT": (["SILVA", "SANTOS", "FERREIRA", "PEREIRA"], ["João", "Maria", "Inês", "Tiago"]),
    "BR": (["DA SILVA", "DOS SANTOS", "OLIVEIRA", "SOUZA"], ["Ana", "Lucas", "Gabriel", "Júlia"]),
    "FR": (["MARTIN", "DUPONT", "BERNARD", "CHEVAILLIER"], ["Camille", "Louis", "Gil", "Chloé"]),
    "CH": (["MUSTER", "MÜLLER", "MEIER", "BERNASCONI"], ["Hans", "Laura", "Noah", "Mia"]),
    "DE": (["MUSTERMANN", "SCHMIDT", "WEBER", "MÜLLER"], ["Erika", "Jonas", "Lena", "Felix"]),
    "AT": (["GRUBER", "HUBER", "BAUER", "WAGNER"], ["Anna", "Lukas", "Johanna", "Tobias"]),
    "IT": (["ROSSI", "RUSSO", "BIANCHI", "ESPOSITO"], ["Bianca", "Marco", "Giulia", "Luca"]),
    "PL": (["KOWALSKI", "NOWAK", "WIŚNIEWSKA", "WÓJCIK"], ["Jan", "Anna", "Piotr", "Zofia"]),
    "CZ": (["NOVÁK", "SVOBODOVÁ", "DVOŘÁK", "ČERNÁ"], ["Jan", "Tereza", "Petr", "Eliška"]),
    "SK": (["HORVÁTH", "KOVÁČOVÁ", "VARGA", "TÓTH"], ["Peter", "Jana", "Martin", "Zuzana"]),
    "TR": (["YILMAZ", "KAYA", "DEMİR", "ŞAHİN"], ["Ayşe", "Mehmet", "Elif", "Mustafa"]),
}  # fmt: skip
PLACES = {"NL": "AMSTERDAM", "BE": "ANTWERPEN", "UK": "LONDON", "IE": "DUBLIN", "US": "CALIFORNIA",
          "ES": "MADRID", "MX": "CIUDAD DE MÉXICO", "AR": "BUENOS AIRES", "PT": "LISBOA",
          "BR": "SÃO PAULO", "FR": "PARIS", "CH": "ZÜRICH ZH", "DE": "BERLIN", "AT": "WIEN",
          "IT": "ROMA (RM)", "PL": "WARSZAWA", "CZ": "PRAHA", "SK": "BRATISLAVA",
          "TR": "ANKARA"}  # fmt: skip


@dataclass
class Holder:
    """Whom a document names: surname, given names, birth date, sex, birthplace."""

    surname: str
    given: str
    born: date
    female: bool
    place: str

    @property
    def sex(self) -> str:
        return "F" if self.female else "M"

    def mrz_names(self) -> tuple[str, str]:
        """Surname and given names as the zone prints them."""
        import unicodedata

        def plain(s: str) -> str:
            s = unicodedata.normalize("NFKD", s.upper())
            return "".join(c for c in s if c.isalpha() or c == " ").replace(" ", "<")

        return plain(self.surname), plain(self.given)


def holder(rng: random.Random, country: str) -> Holder:
    """A holder of a document of `country`."""
    surnames, given = NAMES[country]
    born = date(1950, 1, 1) + timedelta(days=rng.randint(0, 20000))
    return Holder(
        rng.choice(surnames), rng.choice(given).upper(), born, rng.random() < 0.5, PLACES[country]
    )


def when(rng: random.Random, day: date, style: str, lang: str = "en") -> str:
    """`day` as a document prints it: "num" 12.03.1985, "space" 12 03 1985, "slash" 12/03/1985,
    "us" 03/12/1985, "short" 12.03.85, "month" 12 MAR 1985, "bi" 12 MAA/MAR 1985 (the language's
    month and the English one)."""
    local, en = MONTHS[lang].split()[day.month - 1], MONTHS["en"].split()[day.month - 1]
    return {
        "num": f"{day:%d.%m.%Y}", "space": f"{day:%d %m %Y}", "slash": f"{day:%d/%m/%Y}",
        "us": f"{day:%m/%d/%Y}", "short": f"{day:%d.%m.%y}", "dash": f"{day:%d-%m-%Y}",
        "month": f"{day:%d} {local} {day:%Y}", "bi": f"{day:%d} {local}{rng.choice(['/', ' /', '/ '])}{en} {day:%Y}",
        "bi2": f"{day:%d} {en} /{local} {day:%y}",
    }[style]  # fmt: skip


def field(rng: random.Random, label: str, value: str) -> list[str]:
    """A label and its value as OCR gives them: on one line (with or without a colon) or two."""
    if not label or not getattr(rng, "labels", True):  # labels print small: OCR may lose them all
        return [value]
    label = rng.choice([label, label.upper()]) if rng.random() < 0.3 else label
    way = rng.random()
    if way < 0.4:
        return [label, value]
    return [f"{label}{rng.choice([':', ''])} {value}"]


def fields(rng: random.Random, pairs: list[tuple[str, str]]) -> list[str]:
    """Each (label, value) through `field`."""
    return [ln for label, value in pairs for ln in field(rng, label, value)]


def grouped(number: str, rng: random.Random) -> str:
    """A number of digits as people and some papers group it: whole, in threes, 4-2-3 with
    spaces or dots."""
    if rng.random() < 0.5 or len(number) != 9:
        return number
    return rng.choice([f"{number[:3]} {number[3:6]} {number[6:]}", f"{number[:4]} {number[4:6]} {number[6:]}",
                       f"{number[:4]}.{number[4:6]}.{number[6:]}"])  # fmt: skip


def spaced(number: str, rng: random.Random) -> str:
    """The number as printed, or with its spaces and dots dropped (typed or read without them)."""
    return number if rng.random() < 0.6 else number.replace(" ", "").replace(".", "")


def td1(
    kind: str, country: str, doc: str, h: Holder, expiry: date, optional: str = ""
) -> list[str]:
    """An ID-1 card's three-line zone (30 characters), with its four check digits."""
    doc9 = (doc + "<" * 9)[:9]
    line1 = f"{kind}{country:<<3}{doc9}{n.icao(doc9)}{optional}".ljust(30, "<")[:30]
    dob, exp = f"{h.born:%y%m%d}", f"{expiry:%y%m%d}"
    line2 = f"{dob}{n.icao(dob)}{h.sex}{exp}{n.icao(exp)}{country:<<3}".ljust(29, "<")
    line2 += n.icao(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29])
    sur, giv = h.mrz_names()
    return [line1.replace(" ", "<"), line2, f"{sur}<<{giv}".ljust(30, "<")[:30]]


def td3(country: str, doc: str, h: Holder, expiry: date, personal: str = "") -> list[str]:
    """A passport's two-line zone (44 characters), with its five check digits."""
    sur, giv = h.mrz_names()
    doc9 = (doc + "<" * 9)[:9]
    dob, exp = f"{h.born:%y%m%d}", f"{expiry:%y%m%d}"
    pers = (personal + "<" * 14)[:14]
    body = f"{doc9}{n.icao(doc9)}{country:<<3}{dob}{n.icao(dob)}{h.sex}{exp}{n.icao(exp)}{pers}{n.icao(pers)}"
    body += n.icao(body[0:10] + body[13:20] + body[21:43])
    return [f"P<{country:<<3}{sur}<<{giv}".ljust(44, "<")[:44], body]


def slips(rng: random.Random, zone: list[str]) -> list[str]:
    """A zone as OCR may read it: '<<' as '«', a '<' as 'K' in a filler run, a 0 as O, spaces
    put in."""
    out = []
    for line in zone:
        r = rng.random()
        if r < 0.25:
            line = line.replace("<<", "«")
        elif r < 0.45:
            i = line.rfind("<<<")
            line = line[:i] + "K" + line[i + 1 :] if i > 0 else line
        if rng.random() < 0.2 and "0" in line[10:]:  # a zero read as the letter O
            i = line.index("0", 10)
            line = line[:i] + "O" + line[i + 1 :]
        if rng.random() < 0.3:
            i = rng.randint(5, len(line) - 5)
            line = line[:i] + " " + line[i:]
        out.append(line)
    return out


def shuffled(rng: random.Random, lines: list[str]) -> list[str]:
    """The lines with a few neighbours swapped (OCR orders boxes by their tops)."""
    lines = list(lines)
    for i in range(len(lines) - 1):
        if rng.random() < 0.12:
            lines[i], lines[i + 1] = lines[i + 1], lines[i]
    return lines


def dates(rng: random.Random) -> tuple[date, date]:
    """An issue date and an expiry ten years on."""
    issued = date(2014, 1, 1) + timedelta(days=rng.randint(0, 3300))
    issued = issued.replace(day=min(issued.day, 28))
    return issued, issued.replace(year=issued.year + 10)


def licence(
    rng: random.Random,
    title: list[str],
    h: Holder,
    number: str,
    style: str = "num",
    personal: str | None = None,
    authority: str = "",
) -> list[str]:
    """The EU model driving licence's front: numbered fields 1-5 and 9 (and 4d, a personal
    number, where the country prints one)."""
    issued, expiry = dates(rng)
    lines = title + [f"1. {h.surname}", f"2. {h.given}", f"3. {when(rng, h.born, style)} {h.place}"]
    if rng.random() < 0.5:
        lines += [
            f"4a. {when(rng, issued, style)}  4c. {authority}",
            f"4b. {when(rng, expiry, style)}",
        ]
    else:
        lines += [
            f"4a. {when(rng, issued, style)}",
            f"4b. {when(rng, expiry, style)}",
            f"4c. {authority}",
        ]
    if personal:
        lines.append(f"4d. {personal}")
    lines += [f"5. {number}", f"9. {rng.choice(['AM/B', 'B', 'AM/A1/B1/B', 'B/BE'])}"]
    return lines


def passport(
    code: str,
    title: list[str],
    labels: list[str],
    nationality: str,
    number,
    personal=None,
    style="bi",
    lang="en",
):
    """A passport data page: `labels` for type, code, number, surname, given names, nationality,
    date of birth, place of birth, sex, date of expiry (and personal number); the TD3 zone."""

    def make(rng: random.Random, h: Holder) -> list[str]:
        _, expiry = dates(rng)
        doc = number(rng)
        pers = personal(rng, h) if personal else ""
        values = ["P", code, doc, h.surname, h.given, nationality, when(rng, h.born, style, lang), h.place, h.sex,
                  when(rng, expiry, style, lang)] + ([pers] if personal else [])  # fmt: skip
        lines = title + fields(rng, list(zip(labels, values)))
        zone = td3(
            code,
            doc.replace(" ", ""),
            h,
            expiry,
            "".join(c for c in pers if c.isascii() and c.isalnum())[:14],
        )
        return shuffled(rng, lines) + slips(rng, zone)

    return make


Layout = Callable[[random.Random, Holder], list[str]]
