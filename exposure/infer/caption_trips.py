"""caption_trips: the owner's trips that a church's rite or a holiday called off tell otherwise
than their words.

Read with `captions.yaml`'s `travel46` section, after the rules and before the leisure reading
(`caption_leisure.leisure_reading` calls `trips_reading`):

- a church seen as a tourist gives a trip (`captions.py`: the `tourist` reason), and so does a
  travel word that names one ("cathédrale", "abbaye", "katedra"); where the caption tells a rite
  or a practice (`rite`: "Ostermesse im Dom zu Speyer", "Kerstnachtdienst in de Dom", "baptême
  de ma filleule, église glaciale"), the church is where the rite was: its trip is dropped
  ("rite"), and a tourist's faith is the owner's where no relative nor other person is named
  ("Paasdienst in de kerk, het koor was prachtig");
- a holiday called off, lacking, or a sick leave (`called_off`: "Urlaub abgesagt", "Choruję na
  brak urlopu", "Urlop zdrowotny, lekarz kazał odpocząć") is no journey ("called_off");
- another person who leaves to live or work away, told in the third person with a relative or
  another person named (`leaves`: "Kuzenim Berlin'e yerleşiyor, havalimanında ağlaşma faslı",
  "Il mio testimone va a vivere a Londra, ultimo aperitivo prima del volo"): the airport and the
  flight are the farewell's ("others");
- weekends told as a habit of work or study (`weekends`: "dwa lata weekendów w Łodzi", "pracy
  w weekendy w pizzerii") give no weekend away ("habit");
- a travel agent's window, a brochure or a travel catalogue (`agency`: "Reiseprospekt im
  Briefkasten: Karibik 3.999 €", "Katalog cestovky leží na stole") shows the advert's trips
  ("advert").
"""

from __future__ import annotations

import re

from .caption_lexicon import fold, lexicon, section_search
from .caption_words import Found
from .context import cue_anywhere

# a place of worship named by a travel word ("cathédrale", "abbaye", "katedra", "kathedraal")
CHURCH = re.compile(
    r"cathedr|katedr|kathedr|abbaye|abbey|abtei|\bdom\b|duomo|kerk|kirche|church|chapel|kapel"
    r"|iglesia|igreja|chiesa|kostel|kosciol|basilic|basiliq|bazylik|basilik|basiliek|mosque"
    r"|moschee|mezquita|mesquita|moschea|meczet|camii"
)
# the travel phrases of a weekend ("weekend in", "week-end à", "víkend v", "hafta sonu")
WEEKEND = re.compile(r"week-?end|wochenend|fin de semana|fim de semana|vikend|hafta sonu")


def _search(table: str, folded: str, langs: frozenset[str]) -> re.Match | None:
    """The first match of the `travel46` section's `table` in the folded caption, in `langs`
    (English beside them)."""
    return section_search("travel46", table, folded, langs)


def trips_reading(
    tokens: tuple[str, ...], langs: frozenset[str], found: list[Found], folded: str
) -> list[Found]:
    """`found` with its travel judged again: a tourist's church where a rite is told ("rite";
    its faith given back to the owner where no one else is named), every travel entry where
    the holiday is called off ("called_off") or another person named leaves to live away
    ("others"), a weekend's phrase where weekends are a habit ("habit"), and every travel
    entry beside a travel agent's window or brochure ("advert")."""
    said = {m.signal for m, why, _ in found if why is None}
    toured = {(m.term, s) for m, why, s in found if m.signal == "religion" and why == "tourist"}
    churches = toured | {
        (m.term, s) for m, why, s in found if m.signal == "travel" and CHURCH.search(fold(m.term))
    }
    rite = bool(churches) and _search("rite", folded, langs) is not None
    off = "travel" in said and _search("called_off", folded, langs) is not None
    leaves = "travel" in said and _search("leaves", folded, langs) is not None
    habit = "travel" in said and _search("weekends", folded, langs) is not None
    advert = "travel" in said and _search("agency", folded, langs) is not None
    if not rite and not off and not leaves and not habit and not advert:
        return found
    cues = lexicon().cues
    theirs = any(cue_anywhere(t, list(tokens), langs) for t in (cues.relatives, cues.others))
    out = []
    for m, why, span in found:
        if m.signal == "travel" and why is None:
            why = "rite" if rite and (m.term, span) in churches else "called_off" if off else None
            why = why or ("others" if leaves and theirs else None)
            why = why or ("habit" if habit and WEEKEND.match(fold(m.term)) else None)
            why = why or ("advert" if advert else None)
        elif m.signal == "religion" and why == "tourist" and rite and not theirs:
            why = None  # the rite's church: the owner's practice, as the rite's word is
        out.append((m, why, span))
    return out
