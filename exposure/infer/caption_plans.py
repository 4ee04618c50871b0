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
  collègues partent en séminaire à Biarritz"; judged within the event's own sentence, not a
  next one's "mate" or "su silla");
- an academic's work away, a colloquium, a workshop, fieldwork, a research stay, a visiting
  post or an archive searched, named with its place (not one in an earlier clause)
  (`field54.academic_event`: "Trabajo de campo en los Andes", "Kwerenda w archiwum w Wiedniu",
  "Leipzig'de misafir araştırmacıyım"), or an event with its place right after it
  (`field54.event_place`: "congreso de Sevilla", "convegno di Napoli", "Münih'teki workshop"),
  is the owner's journey as a conference is (the label guide's Work away);
- a sentence that opens on a day to come or a dream (`trips55.wished`: "One day we'll go to
  Japan", "Algún día haré el Camino", "Kiedyś pojedziemy do Japonii", "Sogno una settimana in
  Grecia") makes the caption's travel words a "wish", not where a return to a place once seen
  is wished (`again`) nor where a booking is told;
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
# where a caption's sentence ends: its others are judged within the sentence of a work event
SENTENCE = re.compile(r"[.!?\n]+\s")
# a Turkish place in the locative ("Leipzig'de"), named before the event as Turkish writes it
LOCATIVE = re.compile(r"'(?:da|de|ta|te)$")
# a clause's end between a place named before an academic event and the event
CLAUSE = re.compile(r"[,;:.!?]")
# the reasons a booking overrules: the trip booked is no wish and no "not yet"
UNDONE = frozenset({"wish", "negated"})


def _search(table: str, folded: str, langs: frozenset[str] | None = None):
    """The first match of the `travel50` section's `table` in the folded caption, in `langs`
    (English and "any" beside them; None: every language)."""
    return section_search("travel50", table, folded, langs)


def plans_said(folded: str) -> bool:
    """Whether a caption may tell a trip of `plans_reading` with no word of the lexicon: a
    booking or a work event, in any language."""
    return bool(_search("booked", folded) or _search("work_event", folded) or _academic(folded))


def _academic(folded: str, langs: frozenset[str] | None = None) -> re.Match | None:
    """The first academic work event away in the folded caption (`field54.academic_event`: a
    colloquium, a workshop, fieldwork, a research stay, a visiting post, an archive searched),
    in `langs` (English beside them; None: every language), or None."""
    return section_search("field54", "academic_event", folded, langs)


def _event_place(text: str) -> str | None:
    """The event and its place named right after it or before it, as written (`field54.
    event_place`: "congreso de Sevilla", "convegno di Napoli", "Münih'teki workshop"), or None."""
    hit = section_patterns_by_lang("field54")["event_place"]["any"].search(text)
    return hit.group(0) if hit else None


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
    elif _wished(folded, langs):
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
    if not booked:  # the event's own sentence says whose it is, not a next one's "mate"
        tokens = _sentence_of(text, term) or tokens
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


def _wished(folded: str, langs: frozenset[str]) -> bool:
    """True when a sentence of the caption opens on a day to come or a dream (`trips55`'s
    `wished`: "One day we'll go to Japan", "Algún día haré el Camino", "Kiedyś pojedziemy do
    Japonii", "Sogno una settimana in Grecia") and no return to a place once seen is wished
    (`again`: "I'd love to go back to Crete"): the trip is a wish (the label guide's Plans)."""
    wish = section_search("trips55", "wished", folded, langs)
    return wish is not None and section_search("trips55", "again", folded, langs) is None


def _work_trip(text: str, langs: frozenset[str], folded: str, place: str | None) -> str | None:
    """The words of a work event named with its place (`work_event`, or an academic's:
    `field54.academic_event`; a place named after a word of place, first in the caption:
    `place_first`, or right after the event: `_event_place`), or None: no event, a call or a
    room (`not_away`), no place (in German or English a capital after a word of place is a
    place only where the gazetteer knows it), an academic event's place named before it in
    another clause (but a Turkish locative: "Leipzig'de misafir araştırmacıyım"): another place
    of the story."""
    work = _search("work_event", folded, langs)
    event = work or _academic(folded, langs)
    if not event or _search("not_away", folded, langs):
        return None
    first = section_patterns_by_lang("travel50")["place_first"]["any"].search(text)
    if first:
        return first.group(0)
    after = _event_place(text)
    if after and named_places(after, words_of(after)) or after and (langs - {"en", "de"}):
        return after
    if not place:
        return None
    at = text.find(place)
    if not work and not LOCATIVE.search(place) and CLAUSE.search(folded[at : event.start()]):
        return None  # "il mio vicino fa il dottorato a Pisa, ... va ai convegni": another clause
    if fold(words_of(place)[-1]) == words_of(event.group(0))[-1]:
        return None  # "Lo llevamos al Congreso": the event's own word, no place
    own = langs - {"en"}
    if (not own or "de" in own) and not named_places(place, words_of(place)):
        return None  # "Tagung im Büro": a German noun; "a panel on AI": a capital no place
    return f"{event.group(0)} {place}"


def _sentence_of(text: str, term: str) -> tuple[str, ...]:
    """The folded words of the caption's sentence where `term`'s first word stands (a work
    event: "Trabajo de campo en los Andes, día 6."), or () where none is found."""
    first = words_of(fold(term))[:1]
    for sentence in SENTENCE.split(text):
        words = tuple(words_of(fold(sentence)))
        if first and first[0] in words:
            return words
    return ()


def _people(tokens: tuple[str, ...], langs: frozenset[str]) -> bool:
    """Whether the caption names another person whose event it may be (`caption_places`'
    `people` table, a plural too: "les collègues", "mój szef")."""
    words = [fold(t) for t in tokens]
    joined = " ".join(words + [w[:-1] for w in words if w.endswith("s")])
    return any(CUES["people"][la].search(joined) for la in langs | {"en"} if la in CUES["people"])
