"""caption_leisure: the trips and the drinks of people who live for their free time.

People who travel, taste, hike and photograph for pleasure tell a journey by what they did there
and a drink by where they had it. Read with `captions.yaml`'s `leisure45` section:

- the owner's drink at a brewery, a winery, a cellar or a tasting at a place named with a capital
  after a word of place (`tasting`, `place_at`; not a time, a feast or a part of the home:
  `not_place`): "Brewery tour in Bruges", "Piwo kraftowe w Pradze", "Degustacja tokaju w
  piwnicy w Tokaju", is a journey with the drinking, unless a proposal or a wedding is told there
  (the sets' labels split on a rite's place: "Il m'a demandé en mariage à Paris" is travel in
  some, the engagement alone in others);
- a drink named where the owner says they drink none of it, a soft drink of their own or the
  driver's seat (`abstain`: "a lemonade because I'm on antibiotics", "Ich trink Apfelschorle",
  "chocolat chaud pour moi", "Brindamos con mosto porque estoy de 5 meses"), or beside the
  owner's own pregnancy ("Burčák jen pro fotku, jsem v tom druhém měsíci"), is no drinking of
  the owner's: `alcohol` is dropped ("abstains").

Days counted on a walk, a ride or a stay ("Vier dagen fietsen langs de Moezel", "Likya Yolu'nda
beş gün") are the travel words at the end of the lexicon's `signals` lists.
"""

from __future__ import annotations

import re

from .caption_lexicon import Match, fold, lexicon, section_patterns_by_lang, section_search
from .caption_plans import plans_reading
from .caption_trips import trips_reading, trips_told
from .caption_words import Found, given
from .context import why_not_emoji

LAST_WORD = re.compile(r"(?:^|['’\s])([\w-]+)(?:'(?:da|de|ta|te))?$")
# the owner's events of a settled life: a summit or a tasting told beside a degree, a move, a new
# home or the owner's job is no journey of the leisure's reading
SETTLED = frozenset({"graduation", "new_home", "moving", "work"})
# a proposal or a wedding at a place: the sets' labels split on whether it is a journey
RITES = frozenset({"engagement", "wedding"})


def _search(table: str, text: str, langs: frozenset[str] | None = None) -> re.Match | None:
    """The first match of the `leisure45` section's `table` in `text`, in the languages `langs`
    (English and "any" beside them; None: every language)."""
    return section_search("leisure45", table, text, langs)


def place_named(text: str) -> str | None:
    """The first place named with a capital after a word of place in the caption as written
    ("nad Morskim Okiem", "sous la tour Eiffel", "Kapadokya'da"), a time's name left out ("at
    Christmas", "in June"); or None."""
    for hit in section_patterns_by_lang("leisure45")["place_at"]["any"].finditer(text):
        word = LAST_WORD.search(hit.group(0))
        if word and not _search("not_place", fold(word.group(1))):
            return hit.group(0)
    return None


def leisure_reading(
    text: str,
    tokens: tuple[str, ...],
    langs: frozenset[str],
    found: list[Found],
    folded: str | None = None,
) -> list[Found]:
    """`found` with the owner's drinking dropped where the caption says the owner drinks none
    ("abstains"), and a journey told by its acts (`_told_trip`: a tasting at a named place)
    given as the owner's `travel` where no travel
    word counts and no settled life's event stands beside it (judged as an event's emoji would
    be: a relative's is theirs, a wish is none; `folded`: the caption folded, when the caller has
    it)."""
    folded = fold(text) if folded is None else folded
    found = trips_reading(text, tokens, langs, found, folded)  # a rite's church, a church at home
    found = trips_told(text, tokens, langs, found, folded)  # a weekend away, others away
    found = plans_reading(text, tokens, langs, found, folded, place_named(text))  # booked, browsed
    said = {m.signal for m, why, _ in found if why is None}
    if "alcohol" in said and ("pregnancy" in said or _search("abstain", folded, langs)):
        found = given(found, "alcohol", "abstains")
    if "travel" in said:
        return found
    told = _told_trip(text, folded, langs, found) if not said & SETTLED else None
    if told:  # the owner's own act: a rite's cue ("rite") does not give it to others
        why = why_not_emoji(lexicon().cues, list(tokens), langs | {"en"}, "travel", True)
        why = None if why == "rite" else why
        found = [*found, (Match("travel", told, "told"), why, None)]
    return found


def _told_trip(text: str, folded: str, langs: frozenset[str], found: list[Found]) -> str | None:
    """The words of a journey told by its acts (`leisure_reading`): a drink of the owner's at a
    brewery, a winery or a tasting at a named place, where no proposal or wedding is told; or
    None."""
    said = {m.signal for m, why, _ in found if why is None}
    if "alcohol" in said and not said & RITES and _search("tasting", folded, langs):
        return place_named(text)
    return None
