"""caption_away: the owner's work away from home, the label guide's ruling on Work away.

A tour, a deployment, a mission or a work trip to a place away from home is `work` and
`travel` ("on tour in Japan", "six months in Mali with the regiment", "conference in Lyon").
Read with `captions.yaml`'s `away52` section (`tour`), the caption's `travel` is the owner's
where it tells their own tour, deployment or mission away as on or done ("the biggest show of
the tour", "#tourlife", "Herbsttour", "retour de mission au Mali", "déplacement de 3 semaines",
"mi última gira", "em turnê", "in missione in Libano", "op tournee", "trasa koncertowa", "zbytek
turné", "turnedeyiz"), and its `work` too where no work word counts already; not where the
tour is called off (`called_off`: "cancelled the March dates", "abgesagt") or is a hobby's
(`hobby`: a choir's, a club's, a veterans' team's), where a relative named before it in its
clause is away (`caption_duty.theirs_before`: "Mąż na delegacji"), nor where the owner moves
house for the posting (a counted `moving`: the posting's move, no trip).
Judged as a trip's emoji would be: a wish or a plan is no trip.
"""

from __future__ import annotations

from .caption_duty import acts_said
from .caption_kitchen import told_work
from .caption_lexicon import Match, fold, lexicon, section_search
from .caption_words import Found
from .context import why_not_emoji

SECTION = "away52"


def away_said(folded: str, langs: frozenset[str] | None = None) -> str | None:
    """The words telling the owner's own tour, deployment or mission away in the folded caption
    (`tour`, in `langs`, English beside them; None: every language), or None: none, one called
    off (`called_off`), a hobby's (`hobby`: a choir's, a club's), or one a relative named before
    it in its clause is on (`caption_duty.acts_said`)."""
    if section_search(SECTION, "called_off", folded) or section_search(SECTION, "hobby", folded):
        return None
    return acts_said("tour", folded, langs, SECTION)


def away_reading(
    text: str,
    tokens: tuple[str, ...],
    langs: frozenset[str],
    found: list[Found],
    folded: str | None = None,
) -> list[Found]:
    """`found` with the owner's `travel` added ("told") where the caption tells their own tour,
    deployment or mission away (`away_said`) and no travel word counts already, and their `work`
    where no work word counts (`folded`: the caption folded, when the caller has it); none
    where the owner's move counts (a posting moved for is no trip)."""
    said = {m.signal for m, why, _ in found if why is None}
    if "moving" in said:
        return found
    away = away_said(fold(text) if folded is None else folded, langs)
    if away is None:
        return found
    found = told_work(away, tokens, langs, found)
    if "travel" in said:
        return found
    why = why_not_emoji(lexicon().cues, list(tokens), langs | {"en"}, "travel")
    return [*found, (Match("travel", away, "told"), why, None)]
