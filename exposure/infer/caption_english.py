"""caption_english: the owner's life events told in English constructions without their word.

English drops its subject and says its events by their parts: "Married 52 years today", "we said
\"I do\"", "3 years wed", "engaged to my best friend", "Jess and I are getting married", "BSc
Nursing, 2:1", "MSc done!!", "two lines after 3 years of trying", "Twelve weeks along",
"Confirmed today", "all clear from the consultant". Read with `captions.yaml`'s `english55`
section (one table per signal, patterns on the folded caption), a caption gives the table's
signal ("told") where one of its patterns matches, wherever English is written (an English line
inside another language's caption too), unless:

- a scoped class of the context reaches the whole caption (`context.why_not_emoji`: a TV series,
  an alcohol-free drink);
- someone else stands in the words before the match in its sentence (`caption_moves.kin_near`: a
  relative outside the owner's household, a friend, "her"): "my sister is twelve weeks along",
  "Mum's new hip". The words after it are the partner or the place ("engaged to my best friend",
  "proposed to her"), not the one whose event it is;
- a negation stands just before it ("not engaged to", "never had a root canal"), or a part of a
  course ("First week of my part-time MBA done").

And a caption that marries the writer to a thing ("Married to my allotment at this point") or
tells others asking about the owner's event ("Stop asking when I'm getting engaged") drops that
event, whatever gave it, and a graduation a parent gave to others is the owner's where the parent
is its audience: crying, filming, thanked ("mum cried, dad pretended not to"), `english_reading`.

Only the owner's constructions are added: a dropped one would reach the later readers, which
judge the words found (a friend's candle at a shrine is no reason to drop the owner's pilgrimage).
"""

from __future__ import annotations

import re

from .caption_lexicon import Match, lexicon, lexicon_section, section_search
from .caption_moves import SENTENCE, kin_near
from .caption_words import Found
from .context import why_not_emoji

SECTION = "english55"
# the section's tables that read whose an event is, not an event
JUDGES = ("thing", "asked", "audience", "child")
# the signals a marriage to a thing or a question about one's own event takes away
ASKED = ("engagement", "wedding", "pregnancy")
# a negation in the three words before the match
NEGATED = re.compile(
    r"\b(?:not|never|no|nor|without|isn'?t|aren'?t|wasn'?t|n't)\W+(?:\w+\W+){0,2}$"
)
# a part of a course just before the match: its first week, a term, a module ("First week of my
# part-time MBA done"), no degree finished
PART = re.compile(
    r"\b(?:week|weeks|term|semester|module|modules|year|month|day|half|part|unit)\s+(?:\w+\s+)?of\s+"
    r"(?:my\s+|the\s+|our\s+)?(?:part-time\s+|online\s+|full-time\s+)?$"
)


def english_said(folded: str) -> bool:
    """Whether the folded caption holds one of the `english55` section's constructions."""
    return any(section_search(SECTION, table, folded) for table in _events())


def english_found(
    folded: str, tokens: list[str], langs: frozenset[str], found: list[Found]
) -> list[Found]:
    """The signals the `english55` tables tell of the owner in the folded caption, one "told"
    Match each (the first pattern that matches), none where `_why` finds a reason it is not the
    owner's (the later readers judge only what the words say) and none for a signal `found`
    already gives the owner."""
    said = {m.signal for m, why, _ in found if why is None}
    cue_langs = langs | {"en"}
    out: list[Found] = []
    for signal in _events():
        if signal in said:
            continue
        hit = section_search(SECTION, signal, folded)
        if hit is None:
            continue
        if _why(folded, hit, tokens, cue_langs, signal) is None:
            out.append((Match(signal, hit.group(0).strip(), "told"), None, None))
    return out


def _why(
    folded: str, hit: re.Match, tokens: list[str], langs: frozenset[str], signal: str
) -> str | None:
    """Why the construction matched at `hit` is not the owner's (None: it is): a scoped class
    over the whole caption, someone else in its sentence before it, a negation just before it."""
    why = why_not_emoji(lexicon().cues, tokens, langs, signal)
    if why:
        return why
    lo = max((s.end() for s in SENTENCE.finditer(folded, 0, hit.start())), default=0)
    if hit.start() > lo and kin_near(folded, lo, hit.start(), langs, own=True):
        return "others"
    if NEGATED.search(folded[lo : hit.start()]):
        return "negated"
    if PART.search(folded[lo : hit.start()]):
        return "part"
    return None


def english_reading(folded: str, found: list[Found]) -> list[Found]:
    """`found` with its graduation given back to the owner where the parents named are its
    audience (`_audience`), its engagement and wedding dropped ("figurative") where the caption
    marries the writer to a thing ("Married to my allotment at this point", `english55.thing`),
    and its
    engagement, wedding and pregnancy dropped ("asked") where others ask about them or everyone
    around has them ("Stop asking when I'm getting engaged", `english55.asked`). Unchanged
    otherwise."""
    found = _audience(folded, found)
    if section_search(SECTION, "thing", folded):
        why, signals = "figurative", ASKED[:2]
    elif section_search(SECTION, "asked", folded):
        why, signals = "asked", ASKED
    else:
        return found
    return [(m, why if m.signal in signals and w is None else w, s) for m, w, s in found]


def _audience(folded: str, found: list[Found]) -> list[Found]:
    """`found` with a graduation the caption's parents gave to others ("others") the owner's
    again where they are its audience (`english55.audience`: "mum cried", "Dad filming",
    "Thank you Mum and Dad") and no child of the owner's is named (`english55.child`, or a
    `baby` that counts: "That's our Nathan graduating, Grandma cried")."""
    if any(m.signal in ("graduation", "baby") and why is None for m, why, _ in found):
        return found  # the owner's own, or the owner's child's (the parents are the audience)
    if not section_search(SECTION, "audience", folded) or section_search(SECTION, "child", folded):
        return found
    return [
        (m, None if m.signal == "graduation" and why == "others" else why, s) for m, why, s in found
    ]


def _events() -> tuple[str, ...]:
    """The `english55` tables of a signal told (every table but `JUDGES`)."""
    return tuple(t for t in lexicon_section(SECTION) if t not in JUDGES)
