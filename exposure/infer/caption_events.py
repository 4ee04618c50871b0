"""caption_events: the household's events as the label guide counts them, read with
`captions.yaml`'s `events45` section in the caption's languages (through `caption_clubs`, whose
gate and reading call these):

- the owner's own qualification obtained, told in the first person or by the paper in hand, with
  or without a degree's word ("Licencja trenerska UEFA C zdobyta", "Ho preso il patentino da
  allenatore", "Enfin mon BAFA en poche", "Yüksek lisansı savundum"): the owner's `graduation`;
- a church, a chapel or a saint's church where the owner married ("Married at St Michael's",
  "Vzali jsme se v kostele", "Nos casamos en la ermita"): a sacrament of theirs, `religion`,
  unless the wedding is told long after or as a photo ("Hoy hace 7 años que nos casamos en la
  iglesia", "Nasze zdjęcie ślubne, kościół w Wadowicach, 1974": the church is its place);
- a hen or a stag party with a place named ("Hen do in Benidorm for my best mate", "Addio al
  nubilato di mia sorella a Mykonos"): the owner went there, `travel`, whoever's wedding it is
  before, where a first-person word or drinks put the owner there and the owner did not stay
  home nor goes later.

Not read here: the owner's child's degree. The label guide counts the household's events as the
owner's, but every dev set before holdout34 labels a child's degree `mentioned` (benchmarks: 62
lines in 19 sets against holdout34's 10), so `caption_child` keeps it the child's.
"""

from __future__ import annotations

import re

from .caption_lexicon import Match, first_words, lexicon, section_search
from .caption_words import Found
from .context import why_not_emoji


def _search(table: str, folded: str, langs: frozenset[str] | None = None) -> re.Match | None:
    """The first match of `table` of the `events45` section in the folded caption, in the languages
    `langs` (English and "any" beside them; None: every language)."""
    return section_search("events45", table, folded, langs)


def events_said(folded: str) -> str | None:
    """The words of a qualification obtained or of a hen or stag party, in any language, or None
    (the gate before the caption's languages are told)."""
    hit = _search("degree", folded) or _search("hen", folded)
    return hit.group(0) if hit else None


def _said(found: list[Found], signal: str, words: bool = False) -> bool:
    """Whether `found` counts `signal` for the owner (`words`: said in words, no emoji)."""
    return any(
        m.signal == signal and why is None and not (words and m.lang == "emoji")
        for m, why, _ in found
    )


def events_reading(
    text: str, tokens: tuple[str, ...], langs: frozenset[str], found: list[Found], folded: str
) -> list[Found]:
    """`found` with the household's events the lexicon's words miss or give to others: the
    owner's qualification obtained (`graduation`), the church of the owner's wedding (`religion`),
    and the place of a hen or stag party gone to (`travel`)."""
    cues, en = lexicon().cues, langs | {"en"}
    out = list(found)
    degree = _search("degree", folded, langs)
    if degree and not _said(out, "graduation"):
        why = why_not_emoji(cues, list(tokens), en, "graduation")
        out.append((Match("graduation", degree.group(0), "told"), why, None))
    if _said(out, "wedding") and not _search("past", folded):
        church = _search("chapel", folded, langs)
        out = [
            (m, None if m.signal == "religion" and why == "others" and church else why, s)
            for m, why, s in out
        ]
        if church and not _said(out, "religion"):
            out.append((Match("religion", church.group(0), "told"), None, None))
    if not _said(out, "travel"):
        trip = _trip(tokens, folded, langs, out)
        if trip:
            out = [
                (m, None if m.signal == "travel" and why in ("others", "whose") else why, s)
                for m, why, s in out
            ]
            if not _said(out, "travel"):
                out.append((Match("travel", trip, "told"), None, None))
    return out


def _trip(
    tokens: tuple[str, ...], folded: str, langs: frozenset[str], found: list[Found]
) -> str | None:
    """The words of a hen or stag party at a place the lexicon names (`caption_places`), gone
    to: a first-person word (`context.first_person`) or drinks said put the owner there, who did
    not stay home nor goes later; or None ("vrijgezellenfeest van Lotte in Antwerpen" is
    Lotte's, as the older sets label it)."""
    hen = _search("hen", folded, langs)
    place = any(m.signal == "travel" and m.lang == "place" for m, _, _ in found)
    there = first_words(langs).intersection(tokens) or _said(found, "alcohol")
    if hen and place and there and not _search("not_going", folded, langs):
        return hen.group(0)
    return None
