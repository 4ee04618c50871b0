"""caption_clubs: club and community lives, whose trip, whose exam, whose faith, whose politics.

People whose lives run through a club, a choir, a band or a parish write of the club's doings
beside their own. Read with `captions.yaml`'s `clubs44` section, in the caption's languages:

- a club's or its fans' trip away, told by its own word with the club, the fans or the means of
  the journey ("Desplazamiento a Oviedo con la peña, autobús a las 6", "Wyjazdówka do Gdańska z
  fanklubem", "Deplasman için Trabzon'a 14 saat otobüs"), or by the club gone with before a
  place named ("Mit dem Kegelclub nach Mallorca", "Dégustation de champagne à Épernay avec le
  club des aînés") is the owner's journey: `travel`; a "trasferta" or a "déplacement" with the
  club is no business trip (`club_trip`);
- an advert, places left or sign-ups open ("Busreis van de zangvereniging naar Berlijn, nog 6
  plekken vrij!", "Pellegrinaggio parrocchiale a Medjugorje, iscrizioni aperte"), offers the
  trip, the pilgrimage or the class: none of them the owner's;
- exams beside training called off ("Bac blanc pour les U17, donc pas d'entraînement mercredi")
  are the club's juniors', not the owner's schooling;
- a prayer among a match's words ("Prier pour un penalty", "Cała trybuna odmawiała różaniec,
  żeby nie spaść") is the fans' figure, no faith;
- a politician who comes to the club's do or speaks at it ("Councillor Hughes came to present the
  cups", "O vereador veio inaugurar o alambrado"), or someone else who stands for a seat or wins
  it ("Tiens, Brigitte a été élue maire du village"), is the politician's politics, not the
  owner's;
- a club mate named by the club's role ("Our keeper graduated from Loughborough", "Il nostro
  capitano è diventato papà", "Onze voorzitter ligt in het ziekenhuis") has the event, the job
  or the illness, not the owner;
- a brass band named by a chapel's word ("die Blaskapelle spielt") is no chapel.
"""

from __future__ import annotations

import re

from .caption_events import events_reading, events_said
from .caption_lexicon import Match, fold, lexicon, section_search
from .caption_words import Found
from .context import why_not_emoji

ADVERTISED = frozenset({"travel", "religion", "school"})  # what a club's advert offers
# the events and the job a club mate named by the club's role has ("Our keeper graduated")
MATES = frozenset(
    {"wedding", "engagement", "baby", "pregnancy", "graduation", "school", "work", "new_home"}
    | {"health"}  # "Onze voorzitter ligt in het ziekenhuis na een val"
)


def _search(table: str, folded: str, langs: frozenset[str] | None = None) -> re.Match | None:
    """The first match of `table` of the `clubs44` section in the folded caption, in the languages
    `langs` (English and "any" beside them; None: every language)."""
    return section_search("clubs44", table, folded, langs)


def clubs_said(text: str, folded: str | None = None) -> str | None:
    """The words of a club's trip or of going with the club, or of a household's event that
    `caption_events` reads, in any language ("desplazamiento",
    "mit dem kegelclub"), or None: the caption may tell a journey without the lexicon's words,
    so it is read (`folded`: the caption folded, when the caller has it)."""
    folded = fold(text) if folded is None else folded
    hit = _search("trip", folded) or _search("companion", folded)
    return hit.group(0) if hit else events_said(folded)  # "BAFA en poche", "Hen do in Benidorm"


def club_trip(text: str, folded: str, langs: frozenset[str]) -> str | None:
    """The words of a club's or its fans' trip away, in the caption's languages: its own word
    told with the club, the fans or the means of the journey ("deplacement"), or the club gone
    with before a place named with a capital ("mit dem kegelclub": "Mit dem Kegelclub nach
    Mallorca"); or None."""
    trip = _search("trip", folded, langs)
    if trip and (_search("group", folded, langs) or _search("ride", folded, langs)):
        return trip.group(0)
    went = _search("companion", folded, langs)
    if went and _search("place_after", text):
        return went.group(0)
    return None


def clubs_reading(
    text: str,
    tokens: tuple[str, ...],
    langs: frozenset[str],
    found: list[Found],
    folded: str | None = None,
) -> list[Found]:
    """`found` with a club's advert, its juniors' exams, the fans' prayers, a visiting
    politician and a club mate's events given to others ("advert", "others", "figurative"), a
    brass band's "Kapelle" no chapel ("band"), a club trip's business word no work ("club"), and
    the club's trip away told as the owner's `travel` where no travel word counts (judged as an
    event's emoji would be: a relative's trip is theirs; `folded`: the caption folded, when the
    caller has it); then read for the household's events (`caption_events`)."""
    folded = fold(text) if folded is None else folded
    advert = _search("advert", folded, langs) is not None
    juniors = _search("no_training", folded, langs) is not None
    match = _search("match", folded, langs) is not None
    visit = _search("title", folded, langs) and _search("visit", folded, langs)
    mate = _search("teammate", folded, langs) is not None
    trip = None if advert else club_trip(text, folded, langs)
    out = []
    for m, why, span in found:
        if why is None:
            term = fold(m.term)
            if advert and m.signal in ADVERTISED:
                why = "advert"
            elif juniors and m.signal == "school":
                why = "others"
            elif match and m.signal == "religion" and _search("prayer", term):
                why = "figurative"
            elif m.signal == "religion" and span and _search("band", tokens[span[0]], langs):
                why = "band"  # "die Blaskapelle spielt": a brass band, no chapel
            elif visit and m.signal == "politics":
                why = "others"
            elif mate and m.signal in MATES:
                why = "others"  # "Nasz kapitan został tatą!"
            elif trip and m.signal == "work" and trip in folded and term in trip:
                why = "club"  # "Trasferta a Cagliari con il club": no business trip
        out.append((m, why, span))
    if trip and not any(m.signal == "travel" and why is None for m, why, _ in out):
        why = why_not_emoji(lexicon().cues, list(tokens), langs | {"en"}, "travel", True)
        why = None if why == "rite" else why  # the choir on tour is the club, no rite seen
        out.append((Match("travel", trip, "told"), why, None))
    return events_reading(text, tokens, langs, out, folded)  # the household's events
