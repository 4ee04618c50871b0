"""The `document` kind: documents caught in the frame, from the text read in photos (`texts`).

Each finder reads one photo's lines and gives (score, masked parts) or None: travel (an IATA route
"AMS → NRT" / "AMS-NRT" near boarding words, its date, a "DOE/JOHN" name), identity (MRZ lines,
passport and ID-card words in ten languages), address (a postcode with a street word), plate (a
plate-shaped line on a photo with a car or truck), contact (e-mail addresses, phone numbers).
What is shown is masked: "AMS → NRT, 17 Sep 2022", "D**/J***", "j***@e***.com".
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pandas as pd

from .evidence import Evidence, Inference
from .kinds import _make
from .registry import kind
from .rules import Rule

Found = tuple[float, list[str]] | None
BOARDING = re.compile(
    r"boarding|flight|gate|seat|vol\b|carte d.embarquement|embarque|bordkarte|flug|vuelo|voo\b|"
    r"volo|vlucht|instapkaart|karta pokładowa|lot\b|palubní|uçuş|biniş",
    re.I,
)
ROUTE = re.compile(  # "AMS → NRT", "AMS-NRT", "AMS → To TOKYO NRT", "From AMSTERDAM AMS To ..."
    r"\b([A-Z]{3})\s*(?:→|->|–|—|-|>|/|\b[Tt][Oo]\b)\s*(?:[Tt][Oo]\s+)?(?:[A-Z]{4,}\s+)?"
    r"([A-Z]{3})\b"
    r"|\b[Ff][Rr][Oo][Mm]\b\D{0,30}?\b([A-Z]{3})\b\D{0,12}?\b[Tt][Oo]\b\D{0,30}?\b([A-Z]{3})\b"
)
NOT_AIRPORTS = {"THE", "AND", "FOR", "NOT", "YOU", "ALL", "NEW", "ONE", "TWO", "SEA", "OUT"}
DATE = re.compile(
    r"\b(\d{1,2})\s?(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\.?\s?(\d{2,4})?\b"
    r"|\b(\d{4})-(\d{2})-(\d{2})\b|\b(\d{1,2})[./](\d{1,2})[./](\d{2,4})\b",
    re.I,
)
NAME = re.compile(r"\b([A-Z]{2,})\s?/\s?([A-Z]{2,})\b")
MRZ = re.compile(r"^([PIACV][A-Z<])([A-Z<]{3})([A-Z]+)<<([A-Z<]+)$")
IDENTITY = re.compile(
    r"passport|paspoort|reisepass|passeport|pasaporte|passaporte|passaporto|paszport|cestovní pas|"
    r"pasaport|identity card|carte d.identit|personalausweis|identiteitskaart|documento nacional|"
    r"carta d.identit|dowód osobisty|občanský průkaz|kimlik kart|driving licen|driver.?s? licen|"
    r"führerschein|rijbewijs|permis de conduire",
    re.I,
)
DOC_NUMBER = re.compile(r"\b[A-Z]{1,2}\d{6,8}\b|\b\d{9}\b")
POSTCODE = re.compile(
    r"\b\d{4}\s?[A-Z]{2}\b|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|\b\d{2}-\d{3}\b|\b\d{4}-\d{3}\b|"
    r"\b\d{3}\s\d{2}\b|\b\d{5}\b"
)
STREET = re.compile(
    r"\b\w*(?:straat|weg|laan|plein|gracht|kade|straße|strasse|str\.|gasse|allee|platz|ulica|"
    r"ulice|náměstí|sokak|sokağı|cadde|caddesi)\b|\b(?:street|st\.|road|rd\.?|avenue|ave\.?|"
    r"lane|drive|rue|boulevard|bd|calle|avenida|rua|via|viale|piazza|ul\.)\s",
    re.I,
)
HOUSE = re.compile(r"\b\d{1,4}[a-z]?\b")
PLATE_LINE = re.compile(r"^[A-Z0-9]{1,4}(?:[- ·.]?[A-Z0-9]{1,4}){1,3}$")
VEHICLES = {"car", "truck", "bus", "motorcycle", "vehicle"}
EMAIL = re.compile(r"\b([\w.+-])[\w.+-]*@([\w-])[\w-]*((?:\.[\w-]+)*\.[a-z]{2,})\b", re.I)
PHONE = re.compile(r"(?:\+|\b00|\b0)\d[\d ()./-]{7,}\d\b")


def mask(word: str, keep: int = 1) -> str:
    """'DOE' -> 'D**': the first `keep` letters or digits, stars for the rest (separators kept)."""
    out, kept = [], 0
    for c in word:
        if c.isalnum():
            out.append(c if kept < keep else "*")
            kept += 1
        else:
            out.append(c)
    return "".join(out)


def _date(text: str) -> str | None:
    m = DATE.search(text)
    if not m:
        return None
    if m.group(2):
        year = m.group(3) or ""
        year = f"20{year}" if len(year) == 2 else year
        return f"{int(m.group(1))} {m.group(2).title()} {year}".strip()
    return m.group(0)


def travel(lines: list[str], tags: set[str]) -> Found:
    """A boarding pass or ticket: a route near boarding words, its date and a masked name."""
    text = "\n".join(lines)
    pairs = [(a or c, b or d) for a, b, c, d in ROUTE.findall(text)]
    routes = [r for r in pairs if not {*r} & NOT_AIRPORTS and r[0] != r[1]]
    if not routes or not BOARDING.search(text):
        return None
    date = _date(text)
    parts = [f"{routes[0][0]} → {routes[0][1]}" + (f", {date}" if date else "")]
    parts += [f"{mask(a)}/{mask(b)}" for a, b in NAME.findall(text)[:1]]
    return (0.9 if date else 0.8), parts


def identity(lines: list[str], tags: set[str]) -> Found:
    """A passport, ID card or driving licence: MRZ lines, or document words with a number."""
    for line in lines:
        m = MRZ.match(line.replace(" ", "").upper())
        if m and line.count("<") >= 4:
            names = " ".join(mask(n) for n in m.group(4).split("<") if n)
            country = m.group(2).strip("<")
            return 0.9, [f"machine-readable zone ({country}): {mask(m.group(3))} {names}"]
    text = "\n".join(lines)
    word = IDENTITY.search(text)
    if not word:
        return None
    number = DOC_NUMBER.search(text)
    parts = [word.group(0).lower()] + ([mask(number.group(0), 2)] if number else [])
    return (0.7 if number else 0.45), parts


def address(lines: list[str], tags: set[str]) -> Found:
    """A letter or parcel: a street line with a house number and a postcode line."""
    street = next((ln for ln in lines if STREET.search(ln + " ") and HOUSE.search(ln)), None)
    postcode = next((ln for ln in lines if POSTCODE.search(ln)), None)
    if street is None:
        return None
    parts = [" ".join(mask(w) for w in street.split())]
    if postcode is None or postcode == street:
        return 0.45, parts
    code = POSTCODE.search(postcode).group(0)
    return 0.75, parts + [postcode.replace(code, code[:2] + mask(code[2:], 0))]


def plate(lines: list[str], tags: set[str]) -> Found:
    """A number plate: a short line of letters and digits, on a photo with a car or truck."""
    if not tags & VEHICLES:
        return None
    for line in lines:
        s = line.strip().upper()
        alnum = re.sub(r"[^A-Z0-9]", "", s)
        if (
            PLATE_LINE.match(s)
            and 5 <= len(alnum) <= 8
            and re.search(r"\d", alnum)
            and re.search(r"[A-Z]", alnum)
        ):
            return 0.7, [mask(s, 2)]
    return None


def contact(lines: list[str], tags: set[str]) -> Found:
    """An e-mail address or a phone number on a screen, a card or a letter."""
    text = "\n".join(lines)
    parts = [f"{a}***@{b}***{tld.rsplit('.', 1)[-1] and '.' + tld.rsplit('.', 1)[-1]}"
             for a, b, tld in EMAIL.findall(text)]  # fmt: skip
    phones = [p for p in PHONE.findall(text) if 9 <= len(re.sub(r"\D", "", p)) <= 15]
    parts += [p[:3] + mask(p[3:-2], 0) + p[-2:] for p in phones]
    if not parts:
        return None
    return (0.8 if EMAIL.search(text) else 0.7), list(dict.fromkeys(parts))


FINDERS: dict[str, Callable[[list[str], set[str]], Found]] = {
    "travel": travel,
    "identity": identity,
    "address": address,
    "plate": plate,
    "contact": contact,
}


def found_documents(rule: Rule, ev: Evidence) -> pd.DataFrame:
    """photo_id, score, masked: the photos where the rule's finder reads a document, best first."""
    finder = FINDERS[rule.vocabulary.get("field", rule.id.split(".", 1)[1])]
    if ev.texts.empty:
        return pd.DataFrame(columns=["photo_id", "score", "masked"])
    texts = ev.texts[ev.texts["score"].fillna(1) >= rule.threshold("min_text_score", 0.5)]
    tags = ev.tags.groupby("photo_id")["tag"].agg(set) if len(ev.tags) else pd.Series()
    rows = []
    for pid, group in texts.sort_values(["photo_id", "y0", "x0"]).groupby("photo_id"):
        hit = finder([str(t) for t in group["text"]], tags.get(pid, set()))
        if hit is not None:
            rows.append({"photo_id": pid, "score": hit[0], "masked": hit[1]})
    df = pd.DataFrame(rows, columns=["photo_id", "score", "masked"])
    return df.sort_values(["score", "photo_id"], ascending=[False, True]).reset_index(drop=True)


@kind("document", facts="photos masked_text")
def document(rule: Rule, ev: Evidence) -> Inference | None:
    """Documents of one type in the photos (`vocabulary.field`: travel, identity, address, plate,
    contact), masked.

    Confidence: the best photo's finder score (0.45 to 0.9, see each finder) + 0.05 per further
    photo, at most 0.97.
    """
    docs = found_documents(rule, ev)
    if docs.empty:
        return None
    masked = list(dict.fromkeys(p for ps in docs["masked"] for p in ps))[:10]
    conf = min(0.97, float(docs["score"].iloc[0]) + 0.05 * (len(docs) - 1))
    facts = {"photos": len(docs), "masked_text": "; ".join(masked[:3])}
    value = {"photos": int(len(docs)), "masked": masked}
    return _make(rule, conf, value, facts, list(docs["photo_id"]))
