"""Postal addresses by structure: a street line with a house number, and a postcode with its town,
in the formats of the lexicon's countries (en es pt fr de it nl pl cs tr).

A street line: a street word of one of the ten languages before or after the name, with a house
number ("12 rue de la Paix", "Calle Mayor 5", "Kastanienallee 12", "ul. Długa 4/2", "Atatürk Cad.
No: 12", "Vodičkova 36"). A postcode line: the country's postcode shape followed by a town (or,
for the UK, the postcode anywhere on the line). Score: a street line and a postcode line within
three lines of each other (or on one line): 0.8; a street line alone: 0.45 (not reported).
"""

from __future__ import annotations

import re

from .doc_mask import mask

NUMBER = r"\d{1,4}[a-zA-Z]?(?:\s?[/-]\s?\d{1,4}[a-zA-Z]?)?"
STREET = re.compile(
    # the street word ends the name, the number follows (nl de pl cs tr compounds and suffixes)
    r"\b[^\W\d_]*(?:(?:straat|weg|laan|plein|gracht|kade|dijk|singel|markt|steeg|pad|hof|straße|"
    r"strasse|gasse|allee|platz|ring|damm|ufer|chaussee|ova|ská|ého|ní|ská třída)\b|str\.)"
    rf",?\s+{NUMBER}\b"
    # the street word starts the name, the number follows (es pt it pl cs fr de)
    r"|\b(?:calle|c/|avda\.?|avenida|paseo|plaza|camino|carrer|ronda|rua|r\.|travessa|largo|praça|"
    r"estrada|via|viale|piazza|piazzale|corso|vicolo|ul\.|ulica|al\.|aleja|pl\.|os\.|náměstí|nám\.|"
    r"třída|am|an der|auf dem|im|zum|zur)\s+[^\d\n]{2,40}?,?\s+(?:n\.?º?\s?)?"
    rf"{NUMBER}\b"
    # the number first (en fr)
    rf"|\b{NUMBER},?\s+(?:rue|avenue|av\.|boulevard|bd|chemin|impasse|place|allée|quai|cours|"
    r"route)\b"
    rf"|\b{NUMBER},?\s+(?:[A-Z][\w'-]+\s){{1,3}}(?:street|st|road|rd|avenue|ave|lane|drive|close|"
    r"way|crescent|place|gardens|terrace|court|square|grove|park|row|hill|mews|walk)\b\.?"
    # Turkish: street or quarter word, then No
    r"|\b(?:cad\.|caddesi|cd\.|sok\.|sokak|sokağı|sk\.|mah\.|mahallesi|bulvarı|blv\.)\s*"
    rf"(?:no\s?:?\s?{NUMBER})?",
    re.I,
)
TOWN = r"\s+[A-ZÀ-ŽÇŞİĞÖÜÄ][^\W\d_]+"
POSTCODE = re.compile(
    rf"\b[1-9]\d{{3}}\s?[A-Z]{{2}}{TOWN}"  # nl
    rf"|\b\d{{5}}{TOWN}|\b\d{{5}}[A-ZÀ-Ž][a-zà-ž]{{2,}}"  # de fr es it tr (OCR may drop the space)
    rf"|\b\d{{2}}-\d{{3}}{TOWN}"  # pl
    rf"|\b\d{{4}}-\d{{3}}{TOWN}"  # pt
    rf"|\b\d{{3}}\s\d{{2}}{TOWN}"  # cs
    rf"|\b[1-9]\d{{3}}{TOWN}"  # be at ch dk
    r"|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b"  # uk
)
CODE = re.compile(
    r"\b\d{4}\s?[A-Z]{2}\b|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b|\b\d{2}-\d{3}\b|\b\d{4}-\d{3}\b|"
    r"\b\d{3}\s\d{2}\b|\b\d{4,5}\b"
)


def _street(line: str) -> bool:
    """Whether the line holds a street and a house number."""
    m = STREET.search(line)
    return bool(m and re.search(r"\d", m.group(0)))


def address(lines: list[str], tags: set[str]) -> tuple[float, list[str]] | None:
    """A letter, parcel label or form with an address (see the module's scores): the street
    words masked, the postcode cut to its first two characters."""

    streets = [i for i, ln in enumerate(lines) if _street(ln)]
    if not streets:
        return None
    codes = [i for i, ln in enumerate(lines) if POSTCODE.search(ln)]
    i = streets[0]
    parts = [" ".join(mask(w) for w in lines[i].split())]
    near = [j for j in codes if abs(j - i) <= 3]
    if not near:
        return 0.45, parts
    line = lines[near[0]]
    code = (CODE.search(POSTCODE.search(line).group(0)) or POSTCODE.search(line)).group(0)
    shown = line.replace(code, code[:2] + mask(code[2:], 0))
    if near[0] != i:
        parts.append(shown)
    else:  # street and postcode on one line
        parts = [" ".join(mask(w) for w in shown.split())]
    return 0.8, parts
