"""The `document` kind: documents caught in the frame, from the text read in photos (`texts`).

Each finder reads one photo's lines and gives (score, masked parts) or None: travel (a boarding
pass by its cues: flight number, date, route, seat or gate, SURNAME/GIVEN; doc_travel), identity
(machine-readable zone, national numbers with their check digits, licence fields, the paper's
words, state, labels and birth date; doc_identity, doc_words),
address (a street line and a postcode line of the lexicon's countries; doc_address), plate (a
plate-shaped line on a photo with a car or truck), contact (e-mail addresses, phone numbers).
What is shown is masked: "AMS → NRT, 17 Sep 2022", "D**/J***", "j***@e***.com".
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pandas as pd

from .doc_address import address
from .doc_identity import identity
from .doc_mask import mask
from .doc_travel import travel
from .evidence import Evidence, Inference
from .kinds import _make
from .registry import kind
from .rules import Rule

Found = tuple[float, list[str]] | None
PLATE_LINE = re.compile(r"^[A-Z0-9]{1,4}(?:[- ·.]?[A-Z0-9]{1,4}){1,3}$")
VEHICLES = {"car", "truck", "bus", "motorcycle", "vehicle"}
EMAIL = re.compile(r"\b([\w.+-])[\w.+-]*@([\w-])[\w-]*((?:\.[\w-]+)*\.[a-z]{2,})\b", re.I)
PHONE = re.compile(r"(?:\+|\b00|\b0)\d[\d ()./-]{7,}\d\b")


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

    Confidence: the best photo's finder score (0.45 to 0.95, see each finder) + 0.05 per further
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
