"""caption_journeys: the owner's trips told by their acts, where no travel word counts.

People on a trip often name no trip: they post the gate, the day of the stay, the slope, or a
stay years ago. Read with `captions.yaml`'s `travel55` section, on the caption as written (a
place is a capitalised name), after the leisure reading (`journeys_reading`):

- boarding (`boarding`): an airport's gate by its letter and number ("Gate B22, 5am", "puerta
  B12", "Flugsteig A3"), a terminal by its number ("Malpensa alle 5, Terminal 1 deserto") or a
  route of two airports' codes joined by an arrow or a plane ("FRA → BKK", "AMS → LIS"): the
  owner leaving; not where the owner works (an airport's staff: `work` said);
- the second or a later day of a stay in a capitalised place (`day_in`: "Tercer día en Oaxaca",
  "Quinto giorno in Sicilia", "Terceiro dia em Salvador", "Day 4 in Lisbon"): a journey (a
  first or last day is a job's or a move's, and is not read; nor a day where work is said);
- skiing at a capitalised place (`ski_at`: "ski à Val Tho", "Skifahren in Ischgl", "skiing in
  Verbier", "na nartach w Zakopanem"): a winter's trip;
- a stay long ago (`past_stay`: "heute vor drei Jahren waren wir in Rom", "Hace diez años
  estuve en Cuba", "On yıl önce Peru'daydım"): the owner's trip remembered, as if told now (the
  label guide's ruling on memories), not beside a wedding anniversary (`anniversary`: where
  the couple married);
- a school trip with the owner's child or sibling named anywhere (`school_trip`, `child`: "Gita
  scolastica a Vienna per mio figlio", "Voyage scolaire en Angleterre pour ma fille") is the
  child's or the sibling's: its travel is "others" (the parent stays home);
- a place longed back to (`take_back`: "Take me back to Santorini", "Ramenez-moi à Biarritz",
  "Breng me terug naar Texel"): a trip the owner made; "I've never been" (`never`) makes it a
  wish.

None counts where the owner's move or new home is said (its day, its route and its place are
the move's), where a proposal or a wedding is said beside a stay (a proposal or a wedding in a
place named without a journey is no trip: the label guide's ruling on places), where the place
is a time or a thing (`leisure45`'s and `travel47`'s `not_place`: "Dritter Tag in Folge") or a
word of the lexicon, nor where a relative or another person is named before the act (theirs:
"Mein Bruder: vor drei Jahren war er in Rom").
"""

from __future__ import annotations

from .caption_lexicon import (
    Match,
    fold,
    lexicon,
    section_patterns_by_lang,
    section_search,
    words_of,
)
from .caption_words import Found, given
from .context import cue_anywhere, why_not_emoji

SECTION = "travel55"

# the tables read, in order: boarding first (its words hold no place)
TABLES = ("boarding", "day_in", "ski_at", "past_stay", "take_back")

# signals whose saying makes the acts another life's: a move's day or route, a new home
SETTLED = frozenset({"moving", "new_home"})

# signals whose place is no journey where no journey is told (the label guide's ruling on places)
RITES = frozenset({"engagement", "wedding"})


def journeys_said(text: str) -> bool:
    """Whether the caption, as written, may tell a trip by its acts (`journey_told`'s tables),
    so that it must be read though it holds no word of the lexicon."""
    tables = section_patterns_by_lang(SECTION)
    return any(tables[t]["any"].search(text) for t in TABLES)


def journey_told(text: str) -> tuple[str, str] | None:
    """The table and the words of the first act of a trip the caption tells as written
    (`TABLES`), whose place (its last word) is a place (`_is_place`); or None."""
    tables = section_patterns_by_lang(SECTION)
    for table in TABLES:
        for hit in tables[table]["any"].finditer(text):
            if table == "boarding" or _is_place(hit.group(0)):
                return table, hit.group(0)
    return None


def _is_place(words: str) -> bool:
    """True when the last word of `words` may name a place: not a word of the lexicon, nor a
    time, a part of a home or a thing (`leisure45`'s and `travel47`'s `not_place`), its Turkish
    case ending and copula set aside ("Peru'daydım")."""
    last = fold(words.split()[-1]).split("'")[0].split("’")[0]
    if not last or last in lexicon().words:
        return False
    if section_search("leisure45", "not_place", last) is not None:
        return False
    return section_search("travel47", "not_place", last) is None


def journeys_reading(
    text: str,
    tokens: tuple[str, ...],
    langs: frozenset[str],
    found: list[Found],
    folded: str | None = None,
) -> list[Found]:
    """`found` with the owner's `travel` ("told") added where the caption tells a trip by its
    acts (`journey_told`) and no travel counts yet; judged as a glass's emoji would be
    (`context.why_not_emoji`: a class of the whole caption), and another person's where a
    relative or another person stands before the act (a companion after it goes along); none
    where a move or a new home is said, a proposal or a wedding beside a stay, an airport
    worker's gate, or the owner never went (`never`); and every travel entry "others" where a
    school trip is the owner's child's or sibling's (`_school_trip_theirs`)."""
    said = {m.signal for m, why, _ in found if why is None}
    folded = fold(text) if folded is None else folded
    if "travel" in said and _school_trip_theirs(langs, folded):
        return given(found, "travel", "others")  # "Gita scolastica a Vienna per mio figlio"
    told = journey_told(text) if "travel" not in said else None
    if told is None:
        return found
    table, words = told
    found = [_route(f, words) for f in found]  # "FRA → BKK": no move's arrow
    said = {m.signal for m, why, _ in found if why is None}
    if said & SETTLED:
        return found
    if table in ("boarding", "day_in") and "work" in said:
        return found  # an airport's staff, the second day of a job ("Tweede dag in Folkingestraat")
    if table != "boarding" and said & RITES:
        return found
    if section_search(SECTION, "never", folded, langs):
        return found
    if table == "past_stay" and section_search(SECTION, "anniversary", folded, langs):
        return found  # "Porcelanowe gody. 20 lat temu w Sandomierzu": where they married
    cues = lexicon().cues
    why = why_not_emoji(cues, list(tokens), langs | {"en"}, "travel")
    before = words_of(folded[: folded.find(fold(words))])  # a companion after it goes along
    if why is None and any(cue_anywhere(t, before, langs) for t in (cues.relatives, cues.others)):
        why = "others"  # "Mein Bruder: vor drei Jahren war er in Rom"
    return [*found, (Match("travel", words, "told"), why, None)]


def _route(entry: Found, words: str) -> Found:
    """`entry`, or the move that `caption_told.arrow_move` read from two airports' codes joined
    by an arrow (`words`, a route of `boarding`) given the reason "travel": a flight, no move."""
    match, why, span = entry
    if why is None and match.signal == "moving" and match.lang == "told" and match.term == words:
        return match, "travel", span
    return entry


def _school_trip_theirs(langs: frozenset[str], folded: str) -> bool:
    """True when the caption tells a school trip (`school_trip`) with the owner's child or
    sibling named anywhere (`child`: "per mio figlio", "pour ma fille", "syn píše"): the child's
    or the sibling's journey, the parent only hears of it."""
    if not section_search(SECTION, "school_trip", folded, langs):
        return False
    return section_search(SECTION, "child", folded, langs) is not None
