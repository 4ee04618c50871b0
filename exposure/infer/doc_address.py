"""Postal addresses by structure: a street line with a house number, and a postcode with its town,
in the formats of the lexicon's countries (en es pt fr de it nl pl cs tr).

A street line: a street word of one of the ten languages before or after the name, with a house
number ("12 rue de la Paix", "Calle Mayor 5", "Kastanienallee 12", "ul. Długa 4/2", "Atatürk Cad.
No: 12", "Vodičkova 36"); or, by its place alone, a name of one to four words and a house number
ending the line ("Dlouhá 12", "Damrak 1"; "Karlova105/12", the space lost after a long word)
right above a postcode line, or before the postcode on one line ("Dlouhá 12, 110 00 Praha"). A
postcode line: the country's postcode shape followed by a town (or, for the UK, the postcode
anywhere on the line). OCR's slips are undone first: a house number read as a box of its own is
joined to the line before it, and O and l among a postcode's digits are read as 0 and 1.

Scores (the claim's confidence for one photo), set from how often a claim at each was right: no
look-alike of the generated corpus (benchmarks/documents.py: receipts, menus, timetables, slides,
1,000 photos without documents) and no photo of the simulated lives gave either one, and every
address found there was one (street word: 72 of 72 on the corpus at seeds 1000-1299, 14 of 14
on lives 0-99; by place: 2 and 2); a little is left for the look-alikes neither holds:
- a street line with its street word and a postcode line within three lines (or on one line): 0.95
  (was 0.8 until 4 Dec 2026);
- a name and house number by its place above (or before) a postcode: 0.9;
- a street line alone: 0.45 (not reported).
"""

from __future__ import annotations

import re

from .doc_mask import mask

NUMBER = r"\d{1,4}[a-zA-Z]?(?:\s?[/-]\s?\d{1,4}[a-zA-Z]?)?"
STREET = re.compile(
    # the street word ends the name, the number follows (nl de pl cs tr compounds and suffixes)
    r"\b[^\W\d_]*(?:(?:straat|weg|laan|plein|gracht|kade|dijk|singel|markt|steeg|pad|hof|straße|"
    r"strasse|strabe|gasse|allee|platz|ring|damm|ufer|chaussee|ova|ská|ého|ní|ská třída)\b|str\.)"
    rf",?\s+{NUMBER}\b"
    # the street word starts the name, the number follows (es pt it pl cs fr de)
    r"|\b(?:calle|c/|avda\.?|avenida|av\.|paseo|p[ºo]\.?|plaza|pza\.|camino|carrer|ronda|rambla|"
    r"travesía|glorieta|pasaje|ctra\.|rua|r\.|travessa|tv\.|largo|lg\.|praça|alameda|estrada|via|"
    r"viale|v\.le|piazza|p\.zza|p\.za|piazzale|corso|c\.so|vicolo|strada|borgo|lungomare|ul\.|"
    r"ulica|al\.|aleja|pl\.|os\.|náměstí|nám\.|třída|am|an der|auf dem|im|zum|zur|unter den|"
    r"na)\s+[^\d\n]{2,40}?,?\s+(?:n\.?[º°]?\s?)?"
    rf"{NUMBER}\b"
    # the number first (en fr)
    rf"|\b{NUMBER}(?:\s?bis|\s?ter)?,?\s+(?:rue|avenue|av\.|boulevard|bd|chemin|impasse|place|allée|quai|cours|"
    r"route|square|passage|sentier)\b"
    rf"|\b{NUMBER},?\s+(?:[A-Z][\w'-]+\s){{1,3}}(?:street|st|road|rd|avenue|ave|lane|drive|close|"
    r"way|crescent|place|gardens|terrace|court|square|grove|park|row|hill|mews|walk)\b\.?"
    # Turkish: street or quarter word, then No
    r"|\b(?:cad\.|caddesi|cd\.|sok\.|sokak|sokağı|sk\.|mah\.|mahallesi|bulvarı|blv\.)\s*"
    rf"(?:no\s?:?\s?{NUMBER})?",
    re.I,
)
TOWN = r"\s+[A-ZÀ-ŽÇŞİĞÖÜÄ][^\W\d_]+"
POSTCODE = re.compile(
    r"(?:\b[A-Z]{1,2}-)?"  # an old country prefix: D-10115, F-75002
    rf"(?:\b[1-9]\d{{3}}\s?[A-Z]{{2}}{TOWN}"  # nl
    rf"|\b\d{{5}}{TOWN}|\b\d{{5}}[A-ZÀ-Ž][a-zà-ž]{{2,}}"  # de fr es it tr (OCR may drop the space)
    rf"|\b\d{{2}}-\d{{3}}{TOWN}"  # pl
    rf"|\b\d{{4}}-\d{{3}}{TOWN}"  # pt
    rf"|\b\d{{3}}\s\d{{2}}{TOWN}"  # cs
    rf"|\b[1-9]\d{{3}}{TOWN}"  # be at ch dk
    r"|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b)"  # uk
)
NAME = r"[A-ZÀ-ŽÇŞİĞÖÜ][^\W\d_]*\.?(?:[ '-][^\W\d_][^\W\d_'-]*\.?){0,3}"
GAP = r"(?:,?\s+|(?<=[^\W\d_]{4}))"  # a space, or none after a long word: OCR drops it
BARE = re.compile(rf"^{NAME}{GAP}{NUMBER}(?:\s*,\s*[^,]{{1,20}})?$")
BARE_AND_CODE = re.compile(rf"^(?:{NAME},?\s+{NUMBER})\s*,\s*(?=\S)")
ONLY_NUMBER = re.compile(rf"^(?:n[º°o]\.?\s?)?{NUMBER}$", re.I)
CODE = re.compile(
    r"\b\d{4}\s?[A-Z]{2}\b|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b|\b\d{2}-\d{3}\b|\b\d{4}-\d{3}\b|"
    r"\b\d{3}\s\d{2}\b|\b\d{4,5}\b"
)


def _digits(line: str) -> str:
    """The line with O and l (or I) read as 0 and 1 in a word of digits (a postcode, a house
    number): OCR's slips."""

    def fix(m: re.Match) -> str:
        w = m.group(0)
        return w.translate(str.maketrans("OoIl", "0011")) if sum(c.isdigit() for c in w) >= 2 else w

    return re.sub(r"\b[\dOoIl]{3,5}\b", fix, line)


def _joined(lines: list[str]) -> list[str]:
    """The lines with a line that is a house number alone joined to the line before it."""
    out: list[str] = []
    for ln in lines:
        if out and ONLY_NUMBER.match(ln.strip()):
            out[-1] = f"{out[-1]} {ln.strip()}"
        else:
            out.append(ln)
    return out


def _code_line(line: str) -> bool:
    """Whether the line starts with a postcode and its town (or holds a UK postcode)."""
    m = POSTCODE.search(line)
    return bool(m and (m.start() == len(line) - len(line.lstrip()) or not m.group(0)[0].isdigit()))


def _street(line: str) -> bool:
    """Whether the line holds a street and a house number."""
    return any(re.search(r"\d", m.group(0)) for m in STREET.finditer(line))


def address(lines: list[str], tags: set[str]) -> tuple[float, list[str]] | None:
    """A letter, parcel label or form with an address (see the module's scores): the street
    words masked, the postcode cut to its first two characters."""

    lines = [_digits(ln) for ln in _joined(lines)]
    codes = [i for i, ln in enumerate(lines) if POSTCODE.search(ln)]
    streets = [i for i, ln in enumerate(lines) if _street(ln)]
    for i in streets:
        near = [j for j in codes if abs(j - i) <= 3]
        if near:
            return 0.95, _shown(lines, i, near[0])
    for i, ln in enumerate(lines):
        if BARE_AND_CODE.match(ln.strip()) and _code_line(BARE_AND_CODE.sub("", ln.strip())):
            return 0.9, _shown(lines, i, i)
        below = [j for j in (i + 1, i + 2) if j < len(lines) and _code_line(lines[j])]
        if BARE.match(ln.strip()) and below:
            return 0.9, _shown(lines, i, below[0])
    if streets:
        return 0.45, [" ".join(mask(w) for w in lines[streets[0]].split())]
    return None


def _shown(lines: list[str], i: int, j: int) -> list[str]:
    """The street line `i` masked word by word, the postcode of line `j` cut to two characters."""
    line = lines[j]
    code = (CODE.search(POSTCODE.search(line).group(0)) or POSTCODE.search(line)).group(0)
    shown = line.replace(code, code[:2] + mask(code[2:], 0))
    if j == i:  # street and postcode on one line
        return [" ".join(mask(w) for w in shown.split())]
    return [" ".join(mask(w) for w in lines[i].split()), shown]
