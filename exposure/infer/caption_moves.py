"""caption_moves: a move of the owner's told without the word, and whose a told move is.

Read with `captions.yaml`'s `moves52` section, a caption gives `moving` ("told") where it tells:

- one town left for another (`leaving_for`: "On quitte Paris pour Nantes", "Troquei Lisboa por
  Berlim", "Von Linz nach Innsbruck gezogen"), unless a trip is told beside it (`trip`);
- a posting or a transfer to another town (`posting`: "Mutation à Toulon", "Destinado a Ceuta",
  "Tayinim Erzurum'a çıktı"), the label guide's ruling on Work away;
- a migration recalled (`moves53`'s `arrived`: "Fourteen years after I landed at Heathrow", "Vor
  6 Jahren … angekommen", "Hoy hace cinco años que aterricé en Barajas", "Přijel jsem s taškou"),
  the rulings on Emigration and Memories, unless a trip is told beside it;
- a migrant's move told in passing (`moves54`): the arrival with the emigrant's luggage, money,
  age or year, or the life abroad counted ("the day we arrived at Pearson with 4 suitcases", "seit
  ich mit 19 aus Kalabrien kam", "Vim do Recife com 18 anos", "Proost op 10 jaar Canada",
  `arrived`), a return home for good or at retirement ("now back to Glasgow for good", "In
  pensione! … ora si torna in Calabria", `back_home`), the registration as a resident
  ("ufficialmente residente a Berlino", "Meldezettel", `registered`), and, where a pet of the
  owner's counts, the pet flown or moved over with the household ("in the hold", "leciała z nami
  z Warszawy do Toronto", `pet_flight`): a relative beside an arrival, a return or a flight in its
  sentence is the help or the news (only one inside the words matched is the mover);

each the owner's unless a scoped class of the context drops it or someone else stands in its
sentence: a relative outside the household or a friend ("Le mari de ma meilleure amie a été muté
à Marseille"). A first dinner, coffee or Christmas in the new home is no move: the writers label
it `new_home` alone, the first night alone a move. And a move told without
a span (`moved_in`, `season_in`, these) that a relative anywhere in the caption gave to others is
the owner's again where no relative outside the household stands in its own sentence: the owner's
children and partner share the move ("Erste Nacht im eigenen Haus … die Kinder schlafen zwischen
Umzugskisten", the label guide's household ruling). Someone else's move told by its mover
("Meine Schwester zieht von Köln nach Wien", "Kamarádka se stěhuje"), with no move of the
owner's beside it, makes the caption's boxes, van and moving words theirs (`moves53`'s `theirs`).
"""

from __future__ import annotations

import re

from .caption_lexicon import Lexicon, Match, fold, lexicon, section_search, words_of
from .caption_words import Found
from .context import cue_anywhere, why_not_emoji

SECTION = "moves52"
# the (section, table)s of a move told, in reading order
TOLD = (
    (SECTION, "posting"),
    (SECTION, "leaving_for"),
    ("moves53", "arrived"),
    ("moves54", "arrived"),
    ("moves54", "back_home"),
    ("moves54", "registered"),
)
# the tables whose move a trip word beside it unsays (a pet's flight names its own journey:
# "A Mel fez a viagem Rio-Lisboa na cabine do avião")
JOURNEYS = ("leaving_for", "arrived", "back_home")
# the tables told in the first person or with "us": a relative beside them in their sentence is
# the address, the help or the news told, not the mover ("j'arrivais à Roissy avec l'adresse d'un
# cousin"); only one inside the words matched moves ("vor 40 Jahren ist mein Vater angekommen")
OWN_VERB = ("arrived", "back_home", "pet_flight")
# what ends a sentence in a folded caption: its stops, and an emoji or a sign between words
SENTENCE = re.compile(r"[.!?;:\n]+|[^\w\s,'’\"()&/+-]+")


def moves_said(folded: str) -> bool:
    """Whether the folded caption tells a move by one of `TOLD`'s tables, in any language."""
    return any(section_search(section, table, folded) for section, table in TOLD)


def moves_found(
    lex: Lexicon, folded: str, tokens: list[str], langs: frozenset[str], found: list[Found]
) -> list[Found]:
    """The move a caption tells by `TOLD`'s tables (in `langs`, English beside them) as a
    `moving` Match of lang "told", with why it is not the owner's (a scoped class of the context,
    a relative outside the household in its sentence: "others"; a trip beside a town left or an
    arrival: "travel"), or none when the caption already gives the owner's move."""
    if any(m.signal == "moving" and why is None for m, why, _ in found):
        return []
    cue_langs = langs | {"en"}
    for section, table in _told(found):
        hit = section_search(section, table, folded, langs)
        if hit is None:
            continue
        why = why_not_emoji(lex.cues, tokens, cue_langs, "moving")
        if why is None and table in JOURNEYS and section_search(SECTION, "trip", folded, langs):
            why = "travel"
        own = table in OWN_VERB
        if why is None and kin_near(folded, hit.start(), hit.end(), cue_langs, own):
            why = "others"
        return [(Match("moving", hit.group(0), "told"), why, None)]
    return []


def _told(found: list[Found]) -> tuple[tuple[str, str], ...]:
    """`TOLD`'s tables, and `moves54`'s `pet_flight` after them where a pet of the owner's counts
    in `found` (its flight or its move with "us" is the household's move)."""
    if any(m.signal == "pet" and why is None for m, why, _ in found):
        return (*TOLD, ("moves54", "pet_flight"))
    return TOLD


def moves_reading(folded: str, langs: frozenset[str], found: list[Found]) -> list[Found]:
    """`found` with its moves given to others ("others") where the caption tells someone else's
    move by its mover and no move of the owner's (`moves53`'s `theirs`, `ours`); else with a
    told move (no span) that a relative anywhere gave to others ("others") kept as the owner's,
    where no scoped class reaches the whole caption and no one else (a relative outside the
    owner's household, a friend) stands in the move's own sentence."""
    if section_search("moves53", "theirs", folded, langs) and not section_search(
        "moves53", "ours", folded, langs
    ):
        return [
            (m, "others" if m.signal == "moving" and why is None else why, s) for m, why, s in found
        ]
    if any(m.signal == "moving" and why is None for m, why, _ in found):
        return found
    cue_langs = langs | {"en"}
    out = []
    for m, why, span in found:
        if m.signal == "moving" and m.lang == "told" and why == "others" and span is None:
            at = folded.find(fold(m.term))
            tokens = words_of(folded)
            if at >= 0 and why_not_emoji(lexicon().cues, tokens, cue_langs, "moving") is None:
                if not kin_near(folded, at, at + len(fold(m.term)), cue_langs):
                    why = None
        out.append((m, why, span))
    return out


def kin_near(folded: str, at: int, to: int, langs: frozenset[str], own: bool = False) -> bool:
    """Whether the sentence of the folded caption around folded[at:to] (`own`: folded[at:to]
    alone, a move told in the first person or with "us") names someone else: a relative
    (`context.relatives`) outside the owner's household (`faith46.household`: a child, a
    partner), a word of `context.others` ("her", "de mon ami") or a friend, a neighbour or a
    colleague (`someone`)."""
    lo = max((s.end() for s in SENTENCE.finditer(folded, 0, at)), default=0)
    end = SENTENCE.search(folded, to)
    sentence = folded[at:to] if own else folded[lo : end.start() if end else len(folded)]
    cues, words = lexicon().cues, words_of(sentence)
    if cue_anywhere(cues.others, words, langs) or section_search(SECTION, "someone", sentence):
        return True
    return any(
        cue_anywhere(cues.relatives, [w], langs) and not section_search("faith46", "household", w)
        for w in (w.rstrip("'") for w in words)
    )
