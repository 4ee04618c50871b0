"""caption_trades: the owner's manual trade told as tradespeople, drivers and manual workers tell
it, read from `captions.yaml`'s `trades53` section.

People in a trade rarely say "my job": they tell it by the trade's name said of themselves, by
their years at its work, by their workmates, its tags, the driving and the customers (a trade's
licence is `caption_students`' `grads53.ticket`: work, school and its paper). `work` is the
owner's where the caption tells:

- the owner named by a manual trade or a driver's (`role` over `trade`: "als Dachdecker bin
  ich", "artisan plombier depuis 20 ans", "mis horarios de taxista", "idraulico da 25 anni",
  "gelukkig ben ik schrijnwerker", "Instalatér, 25 let", "tır şoförüyüm", "usta olarak");
- the trade named bare in its plight beside the owner's own health (`lacking`: "Un muratore
  senza spalla", "Hydraulik bez dźwigania");
- the years at a trade's work (`years`: "40 years of laying slabs", "20 años de reparto",
  "Twintig jaar plafonds stucen");
- the workmates by the trade's place (`crew`: "the lads on site", "i ragazzi del cantiere", "s
  partou z dílny"), the owner's day up on its site, roof or scaffold (`site`: "11 hours in the
  rain on a roof", "Feierabendbier aufm Gerüst", "wracam na dachy"), a trade's own tag (`tags`:
  "#sparkylife", "#fliesenleger"), the owner driving for a firm (`drives`: "ab Montag fahr ich
  für Dachser", "jeżdżę w MPK"), or the owner's customers (`clients`: "customer's choice not
  mine", "Stammkundinnen", "strzyżę klientów");

not where a relative, a friend or a neighbour named before it in its clause does it
(`caption_duty.theirs_before`), nor the name or the years where one stands in its sentence
(`work52.others`), nor in a question. Judged as a work emoji would be
(`caption_kitchen.told_work`).
"""

from __future__ import annotations

import re
from functools import cache

from .caption_duty import acts_said
from .caption_jobs import SECTION as JOBS
from .caption_kitchen import told_work
from .caption_lexicon import lexicon_section, section_search
from .caption_words import Found, enclosing

SECTION = "trades53"
ACTS = ("crew", "site", "tags", "drives", "clients")


@cache
def _framed(table: str = "role") -> dict[str, re.Pattern]:
    """Per language, the `table` (`role` or `lacking`) with each "{trade}" standing for the
    language's `trade` names, as one compiled pattern."""
    raw = lexicon_section(SECTION)
    trades = {lang: "|".join(pats) for lang, pats in raw["trade"].items()}
    return {
        lang: re.compile(
            "|".join(p.replace("{trade}", f"(?:{trades.get(lang, '(?!)')})") for p in pats)
        )
        for lang, pats in raw[table].items()
        if pats
    }


def _named(folded: str, langs: frozenset[str] | None, table: str = "role") -> re.Match | None:
    """The first match of a trade's `table` (`role` unless said) in the folded caption (in
    `langs`, English beside them; None: every language), or None."""
    for lang, pattern in _framed(table).items():
        if langs is None or lang in langs or lang == "en":
            hit = pattern.search(folded)
            if hit:
                return hit
    return None


def trades_said(folded: str, langs: frozenset[str] | None = None) -> str | None:
    """The words telling the owner's manual trade in the folded caption, in `langs` (English
    beside them; None: every language), or None: a trade's name or years said of the
    owner, unless a relative, a friend or a neighbour stands in their sentence (`others`); then
    the workmates, a tag, the driving or the customers, unless a relative is named before them
    in their clause; none of them in a question."""
    hits = (
        _named(folded, langs),
        section_search(SECTION, "years", folded, langs),
    )
    for hit in hits:
        if hit is not None:
            first, last = enclosing(folded, hit.start(), hit.end())
            if not _asked(folded, last) and not _others(folded[first:last], langs):
                return hit.group(0).strip()
    for table in ACTS:
        said = acts_said(table, folded, langs, SECTION)
        if said and not _asked(folded, enclosing(folded, *_span(folded, said))[1]):
            return said
    return None


def _others(sentence: str, langs: frozenset[str] | None) -> bool:
    """True when a relative, a friend or a neighbour stands in the sentence (`work52.others`)."""
    return section_search(JOBS, "others", sentence, langs) is not None


def _asked(folded: str, end: int) -> bool:
    """True when the sentence ending at `end` of the folded caption is a question."""
    return folded[end : end + 1] == "?"


def _span(folded: str, said: str) -> tuple[int, int]:
    """The start and the end of the words `said` in the folded caption."""
    start = folded.find(said)
    return start, start + len(said)


def trades_reading(
    tokens: tuple[str, ...], langs: frozenset[str], found: list[Found], folded: str
) -> list[Found]:
    """`found` with the owner's `work` added ("told") where the folded caption tells the owner's
    manual trade (`trades_said`, or beside the owner's own health counted the trade named bare
    in its plight: `lacking`) and no work word counts already, judged as a work emoji would
    be."""
    said = trades_said(folded, langs)
    if said is None and any(m.signal == "health" and why is None for m, why, _ in found):
        hit = _named(folded, langs, "lacking")
        said = hit.group(0).strip() if hit else None
    return told_work(said, tokens, langs, found)
