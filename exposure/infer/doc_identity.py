"""Identity papers by structure: the machine-readable zone, national numbers with their check
digits, the numbered fields of an EU driving licence, and the labels of a card's fields.

Scores (the claim's confidence for one photo): a paper whose structure checks out is
near-certain, one read from a pattern alone is not:
- a machine-readable zone with two check digits right: 0.97; one right: 0.95; its names line
  alone (no check digit holds): 0.9;
- a national number whose check digit holds, with a document word, a field label or three licence
  fields: 0.95; a number of a format that rarely occurs by chance (codice fiscale, NIE, rodné
  číslo with its slash, a UK licence number, Belgian and French numbers as printed, Portuguese
  CC) alone: 0.7;
- four numbered licence fields (1. 2. 3. 4a. 4b. 5.), or a document word with two field labels or
  with a licence field: 0.85;
- a document word and a number of 6 to 9 characters: 0.9; three field labels and a date, no
  word: 0.8;
- a document word alone: 0.45 (not reported).
The check-digit tiers were at 0.9 and 0.95 (until 5 Dec 2026) while every claim at them was right:
on the text of doc_corpus's development seeds 0-199 with 3,000 drawn look-alikes
(`benchmarks/identity_tiers.py`: 42 of 42, 20 of them with two check digits, and no look-alike
above 0.45) and on the
corpus through OCR at seeds 1000-1299 (benchmarks/documents.py); a check digit holds by chance
once in 10 to 23 numbers, two in 100, and a document word or label beside it besides. The
pattern tiers stay where they were: a look-alike of a card (a prop, a sample card, a novel's
page) shows the word and a number just as well.
The tiers a document word or field labels make were at 0.7 and 0.8 (until 4 Dec 2026) while every
claim at them was right: on seeds 0-99 of the simulated lives (11 of 11 at 0.7) and on the
generated corpus at seeds 1000-1299 (13 of 13) with its look-alikes (blank forms, book covers,
photo-booth signs, 1,000 photos without documents: none at any tier).
"""

from __future__ import annotations

import re
import unicodedata

from .doc_mask import mask
from .doc_numbers import mrz_lines, valid_numbers

DOCUMENT = re.compile(  # written without diacritics: matched on `fold`ed text
    r"passport|paspoort|reisepass|passeport|pasaporte|passaporte|passaporto|paszport|cestovni pas|"
    r"pasaport|identity card|identity document|identification card|national id\b|"
    r"carte (?:nationale )?d.identite|personalausweis|identitatskarte|identiteitskaart|"
    r"identiteitsbewijs|documento nacional|documento de identi|cedula de identidad|"
    r"carta d.identita|carta di identita|documento d.identita|cartao de cidadao|"
    r"cartao do cidadao|bilhete de identidade|carteira de identidade|dowod osobisty|"
    r"obcansky prukaz|prukaz totoznosti|kimlik kart|kimlik belgesi|nufus cuzdan|"
    r"residence (?:permit|card)|titre de sejour|carte de sejour|aufenthaltstitel|"
    r"aufenthaltserlaubnis|permiso de residencia|tarjeta de residencia|"
    r"autorizacao de residencia|titulo de residencia|permesso di soggiorno|verblijfsdocument|"
    r"verblijfsvergunning|karta pobytu|povoleni k pobytu|ikamet izni|driving licen|"
    r"driver.?s? licen|fuhrerschein|rijbewijs|permis de conduire|permiso de conduccion|"
    r"carne de conducir|carnet de conducir|carta de conducao|carteira de motorista|"
    r"patente di guida|prawo jazdy|ridicsky prukaz|surucu belgesi",
    re.I,
)
FIELDS = re.compile(  # written without diacritics, like DOCUMENT
    r"\b(?:surname|given names?|date of birth|nationality|place of birth|date of expiry|"
    r"apellidos?|nombre|fecha de nacimiento|nacionalidad|apelidos?|nome|data de nascimento|"
    r"nacionalidade|nom|prenoms?|date de naissance|nationalite|name|vornamen?|geburtsdatum|"
    r"staatsangehorigkeit|geburtsort|cognome|data di nascita|cittadinanza|achternaam|voornamen|"
    r"geboortedatum|nationaliteit|nazwisko|imiona|data urodzenia|obywatelstwo|prijmeni|jmeno|"
    r"datum narozeni|statni obcanstvi|soyadi|adi|dogum tarihi|uyrugu)\b",
    re.I,
)
LICENCE_FIELD = re.compile(r"^\s*(1|2|3|4a|4b|4c|4d|5|8|9)\.\s+\S", re.I)
RARE = {"codice fiscale", "NIE", "rodné číslo", "UK licence", "Belgian national number", "NIR",
        "Cartão de Cidadão", "Ausweis number"}  # fmt: skip
DATE = re.compile(r"\b\d{1,2}[./ -]\d{1,2}[./ -]\d{2,4}\b")
DOC_NUMBER = re.compile(r"\b(?=[A-Z0-9]*\d)[A-Z0-9]{6,9}\b")


def fold(text: str) -> str:
    """`text` with each letter's diacritics dropped and lower-cased, one character for one (so
    a match's span in it is the span in `text`): OCR and people often write "obcansky prukaz"
    or "NUFUS CUZDANI", and Turkish "İ" lower-cases to two characters."""

    out = []
    for c in text:
        base = unicodedata.normalize("NFKD", c)[:1] or c
        low = base.lower()
        out.append(low if len(low) == 1 else base)
    return "".join(out)


def _mrz(lines: list[str]) -> tuple[float, list[str]] | None:
    """The machine-readable zone, scored by its check digits, shown with its names masked."""

    checks, country, names = mrz_lines(lines)
    if checks < 1 and not names:
        return None
    shown = " ".join([mask(names[0])] + [mask(n) for n in names[1:]]) if names else ""
    label = f"machine-readable zone ({country})" if country else "machine-readable zone"
    score = 0.97 if checks >= 2 else 0.95 if checks == 1 else 0.9
    return score, [f"{label}: {shown}".rstrip(": ")]


def identity(lines: list[str], tags: set[str]) -> tuple[float, list[str]] | None:
    """A passport, identity card, residence permit or driving licence (see the module's scores),
    with the document word and the number masked."""

    found = _mrz(lines)
    if found:
        return found
    text = "\n".join(lines)
    folded = fold(text)
    word = DOCUMENT.search(folded)
    numbers = valid_numbers(text)
    fields = len({m.group(0) for m in FIELDS.finditer(folded)})
    licence = sum(bool(LICENCE_FIELD.match(ln)) for ln in lines)
    parts = [text[word.start() : word.end()].lower()] if word else []
    if numbers:
        name, number = numbers[0]
        parts.append(f"{name} {mask(number, 2)}")
    if numbers and (word or fields or licence >= 3):
        return 0.95, parts
    if any(name in RARE for name, _ in numbers):
        return 0.7, parts
    if licence >= 4 or (word and (fields >= 2 or licence >= 1)):
        return 0.85, parts or ["driving licence fields"]
    other = DOC_NUMBER.search(text)
    if word and other:
        return 0.9, parts + [mask(other.group(0), 2)]
    if fields >= 3 and DATE.search(text):  # filled in: a blank form has the labels only
        return 0.8, parts or ["identity fields"]
    return (0.45, parts) if word else None
