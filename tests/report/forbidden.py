"""Statements that must never appear in a claim or a report (issue 25: words people use), and a
reader of report.html's cards, claim charts and gallery for checking that their counts agree.

`offences(text)` lists what in `text` a person would not write: a decimal count, a count of one
with a plural noun, a rate below the claim's own word, an ISO date or timestamp, a bare country
code. `page_problems(html)` adds what only the page shows: a card with two percentages or two
precisions, and a card, its chart row and the gallery that count different photos.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from exposure import Results
from exposure.words import HOW_OFTEN, SINGULAR, VERBS, _countries

NOUNS = "|".join(sorted({p for p, s in SINGULAR.items() if p != s}, key=len, reverse=True))
COUNT_ONE = re.compile(rf"(?<![\d.,])1 (?:other |different )?({NOUNS})\b")
ONE_VERB = re.compile(
    rf"(?<![\d.,])(?<!and )1 (?:other |different )?(?:{'|'.join(set(SINGULAR.values()))}) "
    rf"({'|'.join(VERBS)})\b"
)
RATE = re.compile(
    rf"\b({'|'.join(w for w, _ in HOW_OFTEN)})\b[^()]{{0,40}}\((?:on )?(?:about )?"
    r"(?:(?P<n>[\d.]+) days? a (?P<unit>month|year)|(?P<never>less than once a year))\)"
)
FORBIDDEN = [  # (pattern, why a person would not write it)
    (re.compile(rf"\b\d+\.\d+ (?:{NOUNS}|person|child|photo|day|time)\b"), "a decimal count"),
    (re.compile(r"(?<![\d.])\d+\.0\b(?!\.\d)"), "a whole number written with .0"),
    (COUNT_ONE, "a count of one with a plural noun"),
    (ONE_VERB, "a count of one with a plural verb"),
    (re.compile(r"\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}"), "an ISO timestamp"),
    (re.compile(r"(?<![\w/.-])\d{4}-\d{2}-\d{2}(?![\w/-]|\.\w)"), "an ISO date"),
    (re.compile(r"(?<![\w/.-])\d{4}-(?:0[1-9]|1[0-2])(?![\w/-]|\.\w)"), "an ISO month"),
    (re.compile(r"\b0 (?:of|show|appear|are)\b"), "0 where a person writes none"),
]
CODE = re.compile(r"(?<![\w.])([A-Z]{2})(?![\w.])")
NOT_COUNTRIES = {"IP", "OK"}  # two capitals that are words here, not country codes
PCT = re.compile(r"\d+\s?%")
WITHIN = re.compile(r"within (?:about )?([\d,.]+) ?(m|km)\b")
LEADING_COUNT = re.compile(r"\b(\d[\d,]*)(?: of [\d,]+)? photos?\b")


def offences(text: str) -> list[str]:
    """What in `text` a person would not write, each as "why: the words"; [] when none."""
    found = [f"{why}: {m.group(0)!r}" for pattern, why in FORBIDDEN for m in pattern.finditer(text)]
    for m in RATE.finditer(text):
        per_month = 0.0 if m["never"] else float(m["n"]) / (1 if m["unit"] == "month" else 12)
        least = dict(HOW_OFTEN)[m[1]]
        if per_month < least:
            found.append(f"a rate below the claim's own word: {m.group(0)!r}")
    codes = _countries()
    found += [
        f"a bare country code: {m[1]!r}"
        for m in CODE.finditer(text)
        if m[1] in codes and m[1] not in NOT_COUNTRIES
    ]
    return found


@dataclass
class Card:
    """One card of report.html: its anchor, its visible text (paths in <code> aside), how many
    evidence thumbnails it shows and how many more it says it has."""

    anchor: str
    rule: str
    text: str = ""
    claim: str = ""  # the statement and the explanation
    thumbs: list[str] = field(default_factory=list)
    more: int = 0

    @property
    def evidence(self) -> int:
        """The photos the card counts: its thumbnails and "and N more"."""
        return len(self.thumbs) + self.more


class ReportPage(HTMLParser):
    """report.html read for its words and counts: cards, claim chart rows (anchor → total),
    gallery anchors, and the visible text outside <code> and <q> (paths and the text read in
    photos are the archive's words, not the report's)."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.cards: list[Card] = []
        self.charts: dict[str, int] = {}
        self.gallery: set[str] = set()
        self.text: list[str] = []
        self._stack: list[str] = []
        self._card_depth = 0
        self._claim_depth = 0
        self._chart: str | None = None
        self._more = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag not in ("img", "br", "rect", "meta", "link", "input", "path", "circle"):
            self._stack.append(tag)
        classes = (a.get("class") or "").split()
        if tag == "article" and "card" in classes:
            self.cards.append(Card(a.get("id") or "", a.get("data-rule") or ""))
            self._card_depth = len(self._stack)
        elif tag == "figure" and "ev" in classes and self._in_card:
            self.cards[-1].thumbs.append(a.get("data-photo") or "")
        elif tag == "figure" and a.get("id", "").startswith("photo-"):
            self.gallery.add(a["id"])
        elif self._in_card and tag in ("h3", "p") and not {"cat", "why"} & set(classes):
            self._claim_depth = len(self._stack)
        elif tag == "div" and "claim-chart" in classes:
            self._chart = a.get("data-anchor")
        self._more = tag == "span" and "more" in classes

    def handle_endtag(self, tag):
        if tag in self._stack:
            while self._stack and self._stack.pop() != tag:
                pass
        if self._card_depth and len(self._stack) < self._card_depth:
            self._card_depth = 0
        if self._claim_depth and len(self._stack) < self._claim_depth:
            self._claim_depth = 0

    @property
    def _in_card(self) -> bool:
        return bool(self._card_depth) and bool(self.cards)

    def handle_data(self, data):
        if any(t in ("code", "q", "style", "script", "title") for t in self._stack):
            return
        self.text.append(data)
        if self._in_card:
            self.cards[-1].text += data
            self.cards[-1].claim += data if self._claim_depth else ""
            if self._more and (m := re.search(r"and (\d+) more", data)):
                self.cards[-1].more = int(m[1])
        if self._chart and (m := re.search(r"\((\d[\d,]*) photos?\)", data)):
            self.charts[self._chart] = int(m[1].replace(",", ""))
            self._chart = None


def page_problems(html: str) -> list[str]:
    """What report.html shows that a person would not write, or counts two ways: the offences
    of its visible text, a card with two percentages or two precisions, a card whose statement or
    explanation never counts the photos it shows, a claim chart row that counts other
    photos than its card, an evidence thumbnail missing from the gallery."""
    page = ReportPage(html)
    found = offences(" ".join(" ".join(page.text).split()))
    for card in page.cards:
        text = " ".join(card.text.split())
        if len(PCT.findall(text)) != 1:
            found.append(f"{card.anchor}: {len(PCT.findall(text))} percentages in one card")
        if len(set(WITHIN.findall(text))) > 1:
            found.append(f"{card.anchor}: two precisions {sorted(set(WITHIN.findall(text)))}")
        said = [int(n.replace(",", "")) for n in LEADING_COUNT.findall(card.claim)]
        if said and card.evidence not in said:
            found.append(f"{card.anchor}: counts {said} photos, shows {card.evidence}")
        if card.anchor in page.charts and page.charts[card.anchor] != card.evidence:
            found.append(
                f"{card.anchor}: the chart counts {page.charts[card.anchor]}, "
                f"the card {card.evidence}"
            )
        missing = [p for p in card.thumbs if f"photo-{p}" not in page.gallery]
        if missing:
            found.append(f"{card.anchor}: {len(missing)} evidence photos not in the gallery")
    return found


def report_problems(out: Path) -> list[str]:
    """The offences of every claim (reported or weak) in out/results.json, then the
    `page_problems` of out/report.html; [] when a person could have written them all."""
    results = Results.load(out / "results.json")
    found = [
        f"{i['rule_id']}: {o}"
        for i in results.data["inferences"]
        for o in offences(f"{i['statement']} {i['explanation']}")
    ]
    return found + page_problems((out / "report.html").read_text(encoding="utf-8"))
