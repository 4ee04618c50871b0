"""caption_abroad: a place named that is where the owner lives, works or comes from.

People who work where others holiday name the hotel every day, and people who live abroad name
their new country and their homeland all the time: neither is a journey. Read with
`captions.yaml`'s `dest53` section, a travel word or place the rules count is taken away:

- a hotel, a hostel or a resort (`venue`) told as a workplace (`staff`: "the hotel where I
  work", "reception", "contrato num hotel", "turnos en el hotel", "nastupuju do hotelu",
  "çalıştığım otel", "Hotelschool"), or beside a work word found, the owner's or another's
  ("Mio fratello ... cameriere in un hotel"), unless the caption tells a stay there (`stay`:
  "stayed at", "holiday", "Übernachtung") or a journey of work (`caption_places.JOURNEY`: a
  conference, a client): "workplace";
- the places of a caption that tells the owner's life where they live, their longing for home
  or where they come from (`home`: "homesick", "ik mis", "saudades", "tęsknota", "we live",
  "u nás v Aucklandu", "every Thursday", "I'm from", "#polakzagranica"), where no travel word
  but places counts (a trip home told keeps its "back in", "two weeks in") and no past time or
  journey is told beside the longing (`past`: "Throwback to Lisbon 2019, I miss that light",
  "tre anni fa eravamo a Parigi, che nostalgia": the Memories ruling's trip): "settled";
- a passport told as paperwork or citizenship (`passport_word` beside `papers`: "passport
  renewed", "2 passeports", "Nederlands paspoort", "czekam na nowy paszport"): "papers".

Read with `captions.yaml`'s `travel54` section, the journey of a relative or the partner who
arrives where the owner lives (`visitors`: "Mama przylatuje jutro z Gdańska", "El vuelo de mi
madre desde Lima llega mañana", "Meu noivo chega de Luanda", "both grandmas … fly over") is
theirs: every travel term counted is "others". And the places of a caption about politics
(a vote posted, an election or a campaign watched, a party joined: "Posted my postal vote from
Madrid", "Wyniki wyborów w Polsce oglądane w Londynie", "Campagna elettorale in Italia vista da
Parigi", "Iscritto al PD di Bruxelles") are where the owner lives, where no travel word but
places counts: "settled"; so are those of a wedding anniversary told with where the couple
married long ago or the years lived abroad (`wed_place`: "Getrouwd in Paramaribo, nu wonen we
in Almere", "metà dei quali in Germania", "10 yıl önce Ankara'da evlenmiştik"), where no trip
word stands beside them.
"""

from __future__ import annotations

from .caption_lexicon import fold, section_search
from .caption_places import JOURNEY
from .caption_words import Found

SECTION = "dest53"
WORKED = (None, "others", "whose")  # a work word of the owner's or of another named


def _journey(tokens: tuple[str, ...], langs: frozenset[str]) -> bool:
    """True when the caption's words tell a journey of work or study in `langs` or English
    (`caption_places.JOURNEY`: a conference, a client, an exchange, a honeymoon)."""
    words = " ".join(tokens)
    return any(JOURNEY[la].search(words) for la in langs | {"en"} if la in JOURNEY)


def _wed_place(
    folded: str, tokens: tuple[str, ...], langs: frozenset[str], found: list[Found], travel: list
) -> bool:
    """True when the owner's wedding anniversary is told with where the couple married long ago
    or with the years lived abroad (`travel54`'s `wed_place`), every travel term counted is a
    place or an anniversary's place ("told"), and no trip word (`moves52`'s `trip`) nor a journey
    of `caption_places.JOURNEY` stands beside them."""
    if not any(m.signal == "wedding" and why is None for m, why, _ in found):
        return False
    if any(m.lang not in ("place", "told") for m in travel):
        return False
    if section_search("travel54", "wed_place", folded, langs) is None:
        return False
    return section_search("moves52", "trip", folded, langs) is None and not _journey(tokens, langs)


def _is(table: str, term: str) -> bool:
    """True when a travel word found (its term, folded) is one of `table`'s (`venue`,
    `passport_word`)."""
    return section_search(SECTION, table, fold(term)) is not None


def abroad_why(
    folded: str, tokens: tuple[str, ...], langs: frozenset[str], found: list[Found]
) -> dict[str, str]:
    """Per counted travel term of `found`, why it is no journey of the owner's ("workplace",
    "settled", "papers", "others": a visitor's), for those that are none; {} for the rest."""
    counted = [m for m, why, _ in found if why is None]
    travel = [m for m in counted if m.signal == "travel"]
    if not travel:
        return {}
    out: dict[str, str] = {}
    staff = section_search(SECTION, "staff", folded, langs) is not None
    worked = staff or any(m.signal == "work" and why in WORKED for m, why, _ in found)
    stay = section_search(SECTION, "stay", folded, langs) is not None
    if worked and not stay and not _journey(tokens, langs):
        out |= {m.term: "workplace" for m in travel if _is("venue", m.term)}
    if section_search(SECTION, "papers", folded, langs) is not None:
        out |= {m.term: "papers" for m in travel if _is("passport_word", m.term)}
    if section_search("travel54", "visitors", folded, langs) is not None:
        return out | {m.term: "others" for m in travel if m.term not in out}
    if _wed_place(folded, tokens, langs, found, travel):
        return out | {m.term: "settled" for m in travel if m.term not in out}
    places = [m for m in travel if m.lang == "place" and m.term not in out]
    if places and all(m.lang == "place" or m.term in out for m in travel):
        home = section_search(SECTION, "home", folded, langs) is not None
        home = home or any(m.signal == "politics" for m, _, _ in found)  # a vote from abroad
        if home and section_search(SECTION, "past", folded, langs) is None:
            out |= {m.term: "settled" for m in places}
    return out


def abroad_reading(
    tokens: tuple[str, ...], langs: frozenset[str], found: list[Found], folded: str
) -> list[Found]:
    """`found` with each counted travel term that is no journey of the owner's given its reason
    (`abroad_why`: a hotel that is a workplace, a place where the owner lives or comes from, a
    passport as paperwork)."""
    why_of = abroad_why(folded, tokens, langs, found)
    if not why_of:
        return found
    return [
        (m, why_of.get(m.term) if why is None and m.signal == "travel" else why, span)
        for m, why, span in found
    ]
