"""caption_plans: the owner's trips told by a booking, a countdown or a work event away, and the
flights only looked at.

Read with `captions.yaml`'s `travel50` section (the label guide's ruling on plans), after the
trips' readings (`caption_leisure.leisure_reading` calls `plans_reading`):

- a trip booked, paid or counted down to (`booked`: "Noch 47 Tage bis zum Flug", "Nog 46 dagen
  tot onze reis naar Japan", "passagens compradas para Lisboa", "na podzim letíme na Bali, už
  odpočítávám") is the owner's travel: the booking is an act, not a wish; its travel words read
  as a wish or a negation count again, and where none is found the booking tells the trip
  ("told"); not a booking denied (`unbooked`: "booked nothing", "a holiday we will never book");
- flights, tickets or prices looked at (`browsing`: "Já estou a ver voos", "buscando vuelos
  baratos", "je regarde des billets pour Tokyo") are a maybe: the travel words are a "wish";
- a work event that takes the owner away, a conference, a company seminar or a trade fair,
  named with its place (`work_event`: "Manchester for the conference", "Séminaire d'équipe à
  Biarritz", "Viyana'da kongre") is the owner's journey ("told"), even to a town at home; not a
  call or a room (`not_away`), nor another person's (a relative or another person named: "Les
  collègues partent en séminaire à Biarritz");
- a leave from work, parental, maternity or sick, or days off taken (`leave`: "po urlopie
  macierzyńskim", "je vais devoir poser des congés") is no holiday away: its holiday words are
  "time_off".
"""

from __future__ import annotations

import re

from .caption_lexicon import (
    Match,
    fold,
    lexicon,
    section_patterns_by_lang,
    section_search,
    words_of,
)
from .caption_places import CUES, named_places
from .caption_words import Found, given
from .context import cue_anywhere, why_not_emoji

# the words of a holiday or a leave, folded ("urlopie", "conges", "dovolená"): time off at a leave
LEAVE = re.compile(
    r"holiday|vacanc|vacanz|vacacion|ferias|ferie|urlaub|urlop|vakantie|verlof|conge|dovolen|tatil|izin"
)
# the reasons a booking overrules: the trip booked is no wish and no "not yet"
UNDONE = frozenset({"wish", "negated"})


def _search(table: str, folded: str, langs: frozenset[str] | None = None):
    """The first match of the `travel50` section's `table` in the folded caption, in `langs`
    (English and "any" beside them; None: every language)."""
    return section_search("travel50", table, folded, langs)


def plans_said(folded: str) -> bool:
    """Whether a caption may tell a trip of `plans_reading` with no word of the lexicon: a
    booking or a work event, in any language."""
    return bool(_search("booked", folded) or _search("work_event", folded))


def plans_reading(
    text: str,
    tokens: tuple[str, ...],
    langs: frozenset[str],
    found: list[Found],
    folded: str,
    place: str | None,
) -> list[Found]:
    """`found` with the owner's travel read from a booking (its travel words read as a wish or
    a negation counted again, or the booking's words given as a trip: "told"), from a work event
    named with its place (`place`: the first place named after a word of place, as
    `caption_leisure.place_named` finds it; "told"), and its travel words given "wish" where
    flights or tickets are only looked at (`browsing`), priced too dear or missed (`_priced`) or
    no trip is booked (`unbooked`), or
    "time_off" where the holiday is a leave from work (`leave`)."""
    if _search("leave", folded, langs):
        found = [
            (m, "time_off", s)
            if m.signal == "travel" and why is None and LEAVE.search(fold(m.term))
            else (m, why, s)
            for m, why, s in found
        ]
    unbooked = _search("unbooked", folded, langs)
    booked = None if unbooked else _search("booked", folded, langs)
    if booked:
        found = [
            (m, None, s) if m.signal == "travel" and why in UNDONE else (m, why, s)
            for m, why, s in found
        ]
    elif unbooked or _search("browsing", folded, langs) or _priced(folded, langs):
        return given(found, "travel", "wish")
    if any(m.signal == "travel" and why is None for m, why, _ in found):
        return found
    if any(m.signal == "travel" and why not in UNDONE for m, why, _ in found):
        return found  # a trip read as another's, a rite's church: the rules decided
    if any(m.signal == "moving" and why is None for m, why, _ in found):
        return found  # the tickets of an emigration: a move, not a trip
    term = booked.group(0) if booked else _work_trip(text, langs, folded, place)
    if not term:
        return found
    cues = lexicon().cues
    why = why_not_emoji(cues, list(tokens), langs | {"en"}, "travel", True)
    why = None if why == "rite" else why
    others = (cues.relatives, cues.others)
    theirs = any(cue_anywhere(t, list(tokens), langs) for t in others) or _people(tokens, langs)
    if not booked and theirs:
        why = why or "others"
    return [*found, (Match("travel", term, "told"), why, None)]


def _priced(folded: str, langs: frozenset[str]) -> bool:
    """True when the caption tells a flight or a ticket priced too dear, missed or not bought
    (`travel54`'s `priced`: "googling flights to Manila I can't afford", "letenka stojí jako moje
    nájemné", "biletler hâlâ alınmadı"): the trip is a maybe."""
    return section_search("travel54", "priced", folded, langs) is not None


def _work_trip(text: str, langs: frozenset[str], folded: str, place: str | None) -> str | None:
    """The words of a work event named with its place (`work_event`, a place named after a word
    of place or first in the caption: `place_first`), or None: no event, a call or a room
    (`not_away`), no place (in German or English a capital after a word of place is a place
    only where the gazetteer knows it)."""
    event = _search("work_event", folded, langs)
    if not event or _search("not_away", folded, langs):
        return None
    first = section_patterns_by_lang("travel50")["place_first"]["any"].search(text)
    if first:
        return first.group(0)
    if not place:
        return None
    own = langs - {"en"}
    if (not own or "de" in own) and not named_places(place, words_of(place)):
        return None  # "Tagung im Büro": a German noun; "a panel on AI": a capital no place
    return f"{event.group(0)} {place}"


def _people(tokens: tuple[str, ...], langs: frozenset[str]) -> bool:
    """Whether the caption names another person whose event it may be (`caption_places`'
    `people` table, a plural too: "les collègues", "mój szef")."""
    words = [fold(t) for t in tokens]
    joined = " ".join(words + [w[:-1] for w in words if w.endswith("s")])
    return any(CUES["people"][la].search(joined) for la in langs | {"en"} if la in CUES["people"])
