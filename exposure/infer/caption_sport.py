"""caption_sport: the athlete's own body, gear and races, read right.

Amateur runners, riders, swimmers and club players tell a trip by the training camp, their
baby by the buggy they run with, and call their bike "my baby" or their wife. Read with
`captions.yaml`'s `sport46` section:

- a training camp with a place named ("Training camp in Lanzarote", "Trainingslager auf
  Mallorca", "Zgrupowanie z klubem biegowym w Zakopanem", "Kulüple İzmir'e kamp") is the
  owner's journey (`camp`, `place`);
- a run or a walk with the child in a buggy ("Buggy run with Isla", "Mit Kinderwagen durch den
  Englischen Garten", "Běh s kočárkem") is the owner's baby (`buggy`), not a stranger's buggy or
  one bought for a colleague (`buggy_not`); the owner's own child named at a children's race or
  a first race ("Our little Freddie did his first junior parkrun", "Nasz Kuba pierwszy raz na
  biegu dla dzieci") too (`kids_race`, `own_child`);
- a recovery run, ride or day (`recovery`: "recovery run", "Regenerationslauf", "rozbieganie")
  is training: its "recovery" is no health of the owner's unless an injury is told (`injured`);
- "my baby" said of a bike, a frame or a board named by its make or its carbon ("Meet my new
  baby. Carbon, 7.2kg", "Mein neues Baby: Cervélo S5": `gear`), or "my new baby" beside a bike
  (`bike`, `new`), is a thing; "my baby loves her bike seat" stays a child; a marriage to the
  bike is no wedding (`married_to`); nor is one to a club, a club's name or a console, in any
  language (`fans50.married_club`: "Casado con el Sporting desde que nací", "Getrouwd met Ajax",
  "Ożeniony z Wisłą od urodzenia", "ik ben al getrouwd met mijn PlayStation").

An illness or an injury named beside a match ("Con gripe y viendo el partido desde la cama 🤒")
is the owner's: the match's word makes only "sick" a figure (`context.scoped.figurative`).
"""

from __future__ import annotations

import re

from .caption_lexicon import (
    Match,
    first_words,
    fold,
    lexicon,
    section_patterns_by_lang,
    section_search,
)
from .caption_words import Found
from .context import why_not_emoji

BABY_WORD = re.compile(r"^(?:bab(?:y|ys|ies)|bebe\w*|bebek\w*|miminko|mimino|bimb[oa]|dzidzi\w*)$")
# the words of a recovery that a recovery run takes back (the lexicon's health words)
RECOVERY_WORDS = frozenset(
    {"recovery", "recovering", "herstel", "regeneracja", "regenerace", "recuperacion"}
    | {"recuperacao", "recupero", "recuperation", "genesung", "rehab"}
)


def _search(table: str, text: str, langs: frozenset[str] | None = None) -> re.Match | None:
    """The first match of the `sport46` section's `table` in `text`, in the languages `langs`
    (English and "any" beside them; None: every language)."""
    return section_search("sport46", table, text, langs)


def sport_said(folded: str) -> bool:
    """True when the folded caption tells a training camp, a buggy run or a children's race (for
    the gate of `caption_reading`: such a caption may have no signal word)."""
    return any(_search(t, folded) for t in ("camp", "buggy", "kids_race"))


def camp_place(text: str, folded: str, langs: frozenset[str]) -> str | None:
    """The words of a training camp with its place as written ("Trainingslager auf Mallorca",
    "Kulüple İzmir'e kamp"), a time's name left out ("in June"); or None."""
    camp = _search("camp", folded, langs)
    if not camp:
        return None
    for hit in section_patterns_by_lang("sport46")["place"]["any"].finditer(text):
        word = re.sub(r"'.*$", "", hit.group(0).split()[-1])
        if not section_search("leisure45", "not_place", fold(word)):
            return f"{camp.group(0)} {hit.group(0)}"
    return None


def child_run(text: str, folded: str, langs: frozenset[str]) -> str | None:
    """The words of the owner's baby or child told by the run: a buggy run ("Buggy run with
    Isla"), not a stranger's or a gift's buggy; or the owner's own child named at a children's or
    a first race ("Unser Ben ist heute seinen ersten Bambini-Lauf gelaufen"); or None."""
    buggy = _search("buggy", folded, langs)
    if buggy and not _search("buggy_not", folded):
        return buggy.group(0)
    race = _search("kids_race", folded, langs)
    if race:
        named = section_patterns_by_lang("sport46")["own_child"]["any"].search(text)
        if named:
            return f"{named.group(0)} {race.group(0)}"
    return None


def _mine_before(tokens: tuple[str, ...], span, langs: frozenset[str]) -> bool:
    """True when a first-person word stands in the two tokens before the baby word at the end of
    tokens[span], or in the term itself ("my new baby", "Moje miminko", the term "mein baby")."""
    i, j = span
    return bool(first_words(langs).intersection(tokens[max(0, i - 2) : j - 1]))


def sport_reading(
    text: str,
    tokens: tuple[str, ...],
    langs: frozenset[str],
    found: list[Found],
    folded: str | None = None,
) -> list[Found]:
    """`found` with a marriage to the bike no wedding and "my baby" said of a bike no child
    ("figurative", "thing"); a recovery run's recovery no health ("training"); and the owner's
    training camp at a named place (`travel`) and the owner's baby or child told by the buggy or
    a children's race (`baby`) added, told, where no word of theirs counts (judged as an event's
    emoji would be: a relative's is theirs). `folded`: the caption folded, when the caller has
    it."""
    folded = fold(text) if folded is None else folded
    married = _search("married_to", folded, langs) is not None
    married = married or section_search("fans50", "married_club", folded) is not None
    gear = _search("gear", folded) is not None
    bike = _search("bike", folded) is not None
    recovery = _search("recovery", folded, langs) is not None and not _search("injured", folded)
    out: list[Found] = []
    for m, why, span in found:
        if why is None:
            if married and m.signal == "wedding":
                why = "figurative"
            elif (
                m.signal == "baby"
                and span
                and BABY_WORD.match(tokens[span[1] - 1])
                and _mine_before(tokens, span, langs)
                and (gear or (bike and _search("new", tokens[span[0] - 1])))
            ):
                why = "thing"
            elif recovery and m.signal == "health" and fold(m.term) in RECOVERY_WORDS:
                why = "training"
        out.append((m, why, span))
    said = {m.signal for m, why, _ in out if why is None}
    cues = lexicon().cues
    if "travel" not in said:
        camp = camp_place(text, folded, langs)
        if camp:
            why = why_not_emoji(cues, list(tokens), langs | {"en"}, "travel", True)
            out.append((Match("travel", camp, "told"), why, None))
    if "baby" not in said:
        run = child_run(text, folded, langs)
        if run:
            why = why_not_emoji(cues, list(tokens), langs | {"en"}, "baby", True)
            out.append((Match("baby", run, "told"), why, None))
    return out
