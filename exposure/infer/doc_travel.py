"""Boarding passes by structure: five cues, of which any three make one.

The cues, each read in the photo's lines: a flight number (an airline's code and 1-4 digits, or a
code after a flight word), a date, a route (two airports, by IATA code or city name, joined by an
arrow, a dash or from/to words), a seat or gate, and a name in SURNAME/GIVEN form. The words
"boarding pass" do not count: adverts say "boarding soon". Airports come from the offline
`airportsdata` table (7,800 IATA codes and their cities) plus the local names of big cities.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from .doc_mask import mask

LABELS = {  # per cue, the words of the ten languages
    "flight": r"flight|flug|vol|vuelo|voo|volo|vlucht|lot|let|uçuş|sefer",
    "seat": r"seat|sitz|sitzplatz|siège|asiento|assento|lugar|posto|stoel|miejsce|sedadlo|koltuk",
    "gate": r"gate|porte|puerta|porta|portão|uscita|flugsteig|wyjście|východ|kapı|gt",
    "from": r"from|von|de|desde|origen|origem|da|van|z|odkud|nereden|departure|départ|abflug",
    "to": r"to|nach|à|a|para|destino|naar|do|kam|nereye|arrival|arrivée|ankunft",
}
# IATA airline codes of the carriers that fly in and to the lexicon's countries
AIRLINES = set(
    "KL AF LH BA IB TP AZ LO OK TK U2 FR VY EW DY SK LX OS SN EI UX W6 HV EK QR DL UA AA JL NH "
    "AC A3 PC XQ 4U X3 V7 SS ZB LS BY TB WF D8 FI AY BT LG VS EY SQ CX MS QF LA AV CM B6 WN NK "
    "G3 JJ ET KQ SU PS RO JU OU JP LY I2 NT YW PM 6E".split()
)  # fmt: skip
FLIGHT_CODE = re.compile(r"\b([A-Z][A-Z0-9]|[0-9][A-Z])\s?(\d{1,4})[A-Z]?\b")
FLIGHT_LABELLED = re.compile(
    rf"\b(?:{LABELS['flight']})\b\.?:?\s*(?:no\.?|nr\.?|n°)?\s*([A-Z0-9]{{2}})\s?(\d{{1,4}})\b",
    re.I,
)
MONTHS = (
    r"JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|ENE|ABR|AGO|DIC|FEV|MAI|SET|OUT|DEZ|JANV|"
    r"FÉV|AVR|JUIN|JUIL|AOÛ|DÉC|MÄR|OKT|GEN|MAG|GIU|LUG|OTT|MRT|MEI|STY|LUT|KWI|MAJ|CZE|LIP|SIE|"
    r"WRZ|PAŹ|LIS|GRU|OCA|ŞUB|NİS|HAZ|TEM|AĞU|EYL|EKİ|KAS|ARA"
)
DATE = re.compile(
    rf"\b(\d{{1,2}})\s?({MONTHS})[A-ZÀ-Ž]*\.?\s?(\d{{2,4}})?\b"
    r"|\b(\d{4})-(\d{2})-(\d{2})\b|\b(\d{1,2})[./](\d{1,2})[./](\d{2,4})\b",
    re.I,
)
SEAT = re.compile(rf"\b(?:{LABELS['seat']})\b\.?:?\s*(\d{{1,2}}[A-K])\b", re.I)
GATE = re.compile(rf"\b(?:{LABELS['gate']})\b\.?:?\s*([A-Z]?\d{{1,3}}[A-Z]?)\b", re.I)
NAME = re.compile(r"\b([A-Z]{2,})\s?/\s?([A-Z]{2,})\b")
ARROW = r"\s*(?:→|->|=>|–|—|-|>|✈|/)\s*"
NOT_AIRPORTS = {"THE", "AND", "FOR", "NOT", "YOU", "ALL", "NEW", "ONE", "TWO", "SEA", "OUT", "API",
                "SDK", "EUR", "USD", "GBP", "VAT", "TAX", "MON", "TUE", "WED", "THU", "FRI", "SAT",
                "SUN", "BOX", "NOW", "MRS", "MR", "CEO", "FAQ", "ETA", "ETD", "PDF"}  # fmt: skip
CITY_ALIASES = {  # local names of big cities: the airport table has the English one
    "lisboa": "LIS", "lisbonne": "LIS", "lissabon": "LIS", "münchen": "MUC", "monaco di baviera":
    "MUC", "praha": "PRG", "prag": "PRG", "praga": "PRG", "roma": "FCO", "rom": "FCO", "milano":
    "MXP", "mailand": "MXP", "warszawa": "WAW", "warschau": "WAW", "varsovia": "WAW", "kraków":
    "KRK", "wien": "VIE", "vídeň": "VIE", "köln": "CGN", "bruxelles": "BRU", "brussel": "BRU",
    "genève": "GVA", "firenze": "FLR", "venezia": "VCE", "napoli": "NAP", "sevilla": "SVQ",
    "londres": "LHR", "londra": "LHR", "londen": "LHR", "londyn": "LHR", "londýn": "LHR",
    "parigi": "CDG", "parijs": "CDG", "paryż": "CDG", "paříž": "CDG", "tokio": "NRT",
    "nueva york": "JFK", "nova iorque": "JFK", "atenas": "ATH", "atene": "ATH", "istanbul": "IST",
    "i̇stanbul": "IST", "estambul": "IST", "kopenhagen": "CPH", "københavn": "CPH", "den haag":
    "RTM", "mnichov": "MUC", "monachium": "MUC", "nizza": "NCE", "edimburgo": "EDI",
}  # fmt: skip


@cache
def airports() -> tuple[set[str], dict[str, str]]:
    """(IATA codes, city name in lower case → code) from the offline airport table."""
    import airportsdata

    table = airportsdata.load("IATA")
    cities: dict[str, str] = {}
    for code, a in table.items():  # "Arnavutköy, Istanbul": the city after the comma too
        for name in {a["city"], a["city"].rsplit(",", 1)[-1].strip()}:
            if len(name) >= 4:
                cities.setdefault(plain(name), code)
    return set(table) - NOT_AIRPORTS, cities | {plain(k): v for k, v in CITY_ALIASES.items()}


def plain(name: str) -> str:
    """A place name in lower case without accents: 'Kraków' -> 'krakow'."""
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


WORD = re.compile(r"[^\W\d_][^\W\d_'.]*")


def places(line: str) -> list[tuple[int, str, str]]:
    """(position, airport code, as written) of each airport code or city named in `line`."""
    codes, cities = airports()
    found = [(m.start(), m.group(0), m.group(0)) for m in re.finditer(r"\b[A-Z]{3}\b", line)
             if m.group(0) in codes]  # fmt: skip
    taken = {p[0] for p in found}
    words, i = list(WORD.finditer(line)), 0
    while i < len(words):
        for n in (3, 2, 1):  # the longest city name that starts at this word
            name = line[words[i].start() : words[min(i + n, len(words)) - 1].end()]
            if i + n <= len(words) and plain(name) in cities and words[i].start() not in taken:
                found.append((words[i].start(), cities[plain(name)], name))
                i += n
                break
        else:
            i += 1
    found.sort()
    out = []  # a city followed by its code ("TOKYO NRT") is one place: the code
    for p in found:
        city = out and out[-1][2] != out[-1][1]
        if city and p[2] == p[1] and p[0] - out[-1][0] <= len(out[-1][2]) + 3:
            out[-1] = (out[-1][0], p[1], out[-1][2] + " " + p[2])
        else:
            out.append(p)
    return out


def route(lines: list[str]) -> tuple[str, str] | None:
    """The first route read: two different airports on a line, joined by an arrow, a dash or a
    to-word, or after from- and to-words; as codes when the photo prints them, else as cities."""
    to_word = re.compile(rf"^(?:{ARROW}|\s*\b(?:{LABELS['to']})\b\s*:?\s*)", re.I)
    for line in lines:
        ps = places(line)
        for (i, a, wa), (j, b, wb) in zip(ps, ps[1:]):
            between = line[i + len(wa) : j]
            if a == b:
                continue
            joined = to_word.match(between) and len(between) < 40
            labelled = re.search(rf"\b(?:{LABELS['to']})\b", between, re.I)
            if joined or (labelled and re.search(rf"\b(?:{LABELS['from']})\b", line, re.I)):
                return _shown(ps, a, wa), _shown(ps, b, wb)
    return _from_to(lines)


def _shown(ps: list, code: str, written: str) -> str:
    """The code when the photo prints it, else the city as written."""
    return code if written.endswith(code) else written


def _from_to(lines: list[str]) -> tuple[str, str] | None:
    """A route whose ends are on lines of their own, after a from-word and a to-word."""
    ends = {}
    for line in lines:
        for key in ("from", "to"):
            m = re.match(rf"\s*(?:{LABELS[key]})\b\s*:?\s*(.+)", line, re.I)
            if m and key not in ends and (ps := places(m.group(1))):
                ends[key] = _shown(ps, ps[0][1], ps[0][2])
    return (ends["from"], ends["to"]) if len(ends) == 2 and ends["from"] != ends["to"] else None


def flight(text: str) -> str | None:
    """A flight number: after a flight word, or an airline's code and its digits."""
    m = FLIGHT_LABELLED.search(text)
    if m and re.search(r"[A-Z]", m.group(1).upper()):
        return (m.group(1) + m.group(2)).upper()
    for m in FLIGHT_CODE.finditer(text):
        if m.group(1) in AIRLINES and len(m.group(2)) >= 2:
            return m.group(1) + m.group(2)
    return None


def date(text: str) -> str | None:
    """The first date, as '17 Sep 2022' where the month is a word, else as written."""
    m = DATE.search(text)
    if not m:
        return None
    if m.group(2):
        year = m.group(3) or ""
        year = f"20{year}" if len(year) == 2 else year
        return f"{int(m.group(1))} {m.group(2).title()} {year}".strip()
    return m.group(0)


def cues(lines: list[str]) -> dict[str, object]:
    """The boarding-pass cues found in a photo's lines: name → what was read."""
    text = "\n".join(lines)
    found = {
        "flight": flight(text),
        "date": date(text),
        "route": route(lines),
        "seat": (SEAT.search(text) or GATE.search(text) or [None, None])[1],
        "name": NAME.search(text),
    }
    return {k: v for k, v in found.items() if v}


def travel(lines: list[str], tags: set[str]) -> tuple[float, list[str]] | None:
    """A boarding pass: three cues of five (0.8), four (0.9), all five (0.95). Shows
    the route and date, or the flight and date, and the name masked."""

    found = cues(lines)
    if len(found) < 3:
        return None
    head = f"{found['route'][0]} → {found['route'][1]}" if "route" in found else found.get("flight")
    head = ", ".join(str(p) for p in (head, found.get("date")) if p)
    parts = [head] if head else []
    if "name" in found:
        parts.append(f"{mask(found['name'].group(1))}/{mask(found['name'].group(2))}")
    return {3: 0.8, 4: 0.9}.get(len(found), 0.95), parts
