"""Identity papers by structure: the machine-readable zone, national numbers with their check
digits, the numbered fields of an EU driving licence, and the paper's words, state, field labels,
number labels, nationality and birth date (doc_words) in the lexicon's languages.

Scores (the claim's confidence for one photo): a paper whose structure checks out is
near-certain, one read from a pattern alone is not:
- a machine-readable zone with two check digits right: 0.97; one right: 0.95; its names line
  alone (no check digit holds): 0.9;
- a national number whose check digit holds, with a document word, the issuing state, a number
  label, three field labels (one, where the check is stronger than one in 23) or three licence
  fields: 0.95; a number of a format that rarely occurs by chance (codice fiscale, NIE, rodné
  číslo with its slash, a UK licence number, Belgian and French numbers as printed, Portuguese
  CC, CPF and CUIL as printed, CURP, AHV) alone: 0.7;
- four numbered licence fields (1. 2. 3. 4a. 4b. 5.), or a document word with two field labels,
  a licence field or a number label: 0.85;
- a document word and a document number or a birth date: 0.9;
- the issuing state ("KONINKRIJK DER NEDERLANDEN") with three field labels, a number label, or a
  birth date beside a document number or the holder's name (a ministry's letter shows the state
  with a name and a first name): 0.85;
- three field labels and a date, no word: 0.8;
- a birth date with two of: a document number of letters and digits, a checked number, a
  nationality, the holder's name on lines of its own (a card read without its title and
  labels), and no time of day, price, seat or booking word (a ticket kept for years): 0.7;
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
The state, birth-date and bare-card cues (5 Dec 2026) were set on papers of 19 countries written
apart from the finder (`benchmarks/id_layouts.py`: 1,902 of 1,920 found, 1,692 before; none of
1,100 look-alikes at 0.5 or more: gym, loyalty, library and transit cards, boarding passes,
tickets, receipts, bank and business cards, a tax office's letter; fresh draws: 1,898 of 1,920
and 3,807 of 3,840, no look-alike); the cached OCR of the corpus and its 1,075 negatives gave the
same figures as before (identity 75 of 75, none of the negatives).
"""

from __future__ import annotations

import re

from .doc_mask import mask
from .doc_numbers import mrz_lines, valid_numbers
from .doc_words import AAMVA, DOCUMENT, FIELDS, NATIONALITY, NUMBER_LABEL, STATE, birth_date, fold

FIELD_NUMBER = re.compile(r"^\s*(?:1|2|3|4[a-d]|5|8|9)\.\s*", re.I | re.M)  # a licence field's
LICENCE_FIELD = re.compile(r"^\s*(1|2|3|4a|4b|4c|4d|5|8|9)\.\s+\S", re.I)
RARE = {"codice fiscale", "NIE", "rodné číslo", "UK licence", "Belgian national number", "NIR",
        "Cartão de Cidadão", "Ausweis number", "CPF", "CURP", "AHV", "CUIL",
        "Belgian card number"}  # fmt: skip
WEAK = {"BSN", "PPS", "Austrian SVNR", "Ausweis number", "DNI", "Polish ID", "PESEL",
        "SSN"}  # fmt: skip  # a check that holds by chance once in 10 to 23 (or none: SSN)
DATE = re.compile(r"\b\d{1,2}[./ -]\d{1,2}[./ -]\d{2,4}\b")
GROUPED = r"(?<![\d][ ./-])\b{}\b(?![ ./-]?\d)"  # not one group of a longer number (a phone's)
DOC_NUMBER = re.compile(GROUPED.format(r"(?=[A-Z0-9]*\d)[A-Z0-9]{6,9}"))
CARD_NUMBER = re.compile(GROUPED.format(r"(?=(?:[A-Z]*\d){4})(?=\d*[A-Z])[A-Z0-9]{6,10}"))
NAME_LINE = re.compile(r"^[A-ZÀ-ŽİŞĞ][A-ZÀ-ŽİŞĞ'-]+(?: [A-ZÀ-ŽİŞĞ][A-ZÀ-ŽİŞĞ'-]+){0,2}$")
NOT_A_CARD = re.compile(  # what a ticket, a receipt or a booking shows and no identity paper does
    r"\b\d{1,2}:\d{2}\b|(?:eur|usd|gbp|chf|pln|czk|try|€|\$|£)\s?\d|\d[.,]\d{2}\s?(?:eur|€|zl|kc)\b|"
    r"\b(?:row|rij|reihe|fila|seat|stoel|platz|sitz|vak|block|gate|order|bestelling|ticket|"
    r"barcode|total|totaal|summe|pnr|booking)\b",
    re.I,
)
VALUE = re.compile(r"[A-Z0-9][A-Z0-9 ./-]{4,24}", re.I)  # a number, maybe after "No." words


def _mrz(lines: list[str]) -> tuple[float, list[str]] | None:
    """The machine-readable zone, scored by its check digits, shown with its names masked."""

    checks, country, names = mrz_lines(lines)
    if checks < 1 and not names:
        return None
    shown = " ".join([mask(names[0])] + [mask(n) for n in names[1:]]) if names else ""
    label = f"machine-readable zone ({country})" if country else "machine-readable zone"
    score = 0.97 if checks >= 2 else 0.95 if checks == 1 else 0.9
    return score, [f"{label}: {shown}".rstrip(": ")]


def labelled_number(lines: list[str], folded: list[str]) -> bool:
    """Whether a number label ("Documentnummer", "Personal No.", "BSN") is followed by a value with
    three digits or more: within 40 characters on its line (after the label's other languages,
    "Persoonsnummer/Personal No./No. personnel 999999990"), or as the next line."""
    for i, f in enumerate(folded):
        for m in NUMBER_LABEL.finditer(f):
            after = VALUE.findall(lines[i][m.end() : m.end() + 40])
            after += [ln for ln in lines[i + 1 : i + 2] if VALUE.fullmatch(ln.strip())]
            if any(sum(c.isdigit() for c in v) >= 3 for v in after):
                return True
    return False


def holder_named(lines: list[str]) -> bool:
    """Whether two lines are a name alone in capitals (a surname, given names), none of them a
    paper's word, a state or a field label."""
    names = [
        ln for ln in (x.strip() for x in lines)
        if NAME_LINE.match(ln) and not (DOCUMENT.search(fold(ln)) or STATE.search(fold(ln))
                                        or FIELDS.search(fold(ln)))
    ]  # fmt: skip
    return len(names) >= 2


def identity(lines: list[str], tags: set[str]) -> tuple[float, list[str]] | None:
    """A passport, identity card, residence permit or driving licence (see the module's scores),
    with the document word and the number masked."""

    found = _mrz(lines)
    if found:
        return found
    text = "\n".join(lines)
    folded = fold(text)
    values = fold(FIELD_NUMBER.sub("", text))  # "5.53HM79593": the number without its field's
    word = DOCUMENT.search(folded)
    state = STATE.search(folded)
    numbers = valid_numbers(text)
    fields = len({m.group(0) for m in FIELDS.finditer(folded)}) + _aamva(text)
    licence = sum(bool(LICENCE_FIELD.match(ln)) for ln in lines)
    labelled = labelled_number(lines, [fold(ln) for ln in lines])
    born = birth_date(values)
    card_number = CARD_NUMBER.search(values.upper())
    parts = [text[word.start() : word.end()].lower()] if word else []
    if numbers:
        name, number = numbers[0]
        parts.append(f"{name} {mask(number, 2)}")
    strong = any(name not in WEAK for name, _ in numbers)
    if numbers and (
        word or state or labelled or licence >= 3 or fields >= 3 or (fields and strong)
    ):
        return 0.95, parts
    if any(name in RARE for name, _ in numbers):
        return 0.7, parts
    if licence >= 4 or (word and (fields >= 2 or licence >= 1 or labelled)):
        return 0.85, parts or ["driving licence fields"]
    other = DOC_NUMBER.search(values.upper()) or card_number
    if word and (other or born):
        return 0.9, parts + ([mask(other.group(0), 2)] if other else [])
    if state and (fields >= 3 or labelled or (born and (card_number or holder_named(lines)))):
        return 0.85, [text[state.start() : state.end()].lower()]
    if fields >= 3 and (DATE.search(text) or born):  # filled in: a blank form has the labels only
        return 0.8, parts or ["identity fields"]
    nationality = any(NATIONALITY.match(fold(ln.strip())) for ln in lines)
    bare = sum((bool(card_number), bool(numbers), nationality, holder_named(lines)))
    if born and bare >= 2 and not NOT_A_CARD.search(text):
        return 0.7, [mask(card_number.group(0), 2)] if card_number else ["identity fields"]
    return (0.45, parts) if word else None


def _aamva(text: str) -> int:
    """The AAMVA field abbreviations of a US licence (DOB, EXP, DL …), counted from three on."""
    n = len(set(AAMVA.findall(text)))
    return n if n >= 3 else 0
