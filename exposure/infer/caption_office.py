"""caption_office: the label guide's ruling on Memes and strikes, read from `captions.yaml`'s
`work50` section.

- A meme about bosses, meetings or Mondays that opens the caption with "when" and "your" or
  "the" (`meme`: "When your boss says \"quick call\" and it's 90 minutes", "Wenn der Chef um
  17:58 \"kurze Frage\" schreibt", "Kiedy szef o 17:59 pisze", "Když máš v pátek meeting",
  "Patron 17:59'da yazınca") tells no job of the owner's: its work words are "figurative".
  "My boss" and a boss's words told as the day's event ("Boss just said 'quick call'") are not
  memes.
- The owner on strike, told in the first person (`striking`: "Vandaag staken we voor betere
  lonen", "Sou professora e hoje fiz greve", "Nauczyciele strajkują, a ja razem z nimi",
  "Dneska jsme stávkovali"), is the owner's `work`; a parent's strike ("moja mama też
  strajkuje") is no first person, a climate strike ("Fridays for Future, wir streiken weiter")
  no workplace (`climate`).
- The owner's strike for pay, staff or conditions (`pay`: "En grève aujourd'hui pour nos
  salaires", "Warnstreik heute") is no politics of theirs: its politics words are
  "figurative", unless the caption names a general or climate strike, a law, a reform, a
  government, a ministry or a march in the street (`political`).
- The owner's boss named, whoever's news it is (`boss`: "Congratulations to my boss on her
  wedding", "Dziś powiedziałam szefowej", "zeg het niet tegen mijn baas", "müdürüm"), is the
  owner's `work`: not a boss that is a figure ("my boss is my wife", "Mein Chef? Der Coach"),
  not a partner's ("Der Chef von meinem Mann": no possessive before it).
"""

from __future__ import annotations

from .caption_lexicon import Match, fold, section_search
from .caption_words import Found

SECTION = "work50"


def office_meme(folded: str) -> str | None:
    """The opening words of a meme about bosses, meetings or Mondays in the folded caption
    ("when your boss", "kiedy szef"), or None."""
    hit = section_search(SECTION, "meme", folded)
    return hit.group(0).strip() if hit else None


def owner_striking(folded: str, langs: frozenset[str] | None = None) -> str | None:
    """The words telling the owner on strike in the folded caption, in `langs` (English
    beside them; None: every language) ("staken we", "fiz greve"), or None: not a climate
    strike (`climate`)."""
    if section_search(SECTION, "climate", folded) is not None:
        return None  # "Fridays for Future, wir streiken weiter": a climate strike, no workplace
    hit = section_search(SECTION, "striking", folded, langs)
    return hit.group(0).strip() if hit else None


def my_boss(folded: str, langs: frozenset[str] | None = None) -> str | None:
    """The words naming the owner's own boss in the folded caption, in `langs` (English beside
    them; None: every language) ("my boss", "mijn baas", "szefowej"), or None."""
    hit = section_search(SECTION, "boss", folded, langs)
    return hit.group(0).strip() if hit else None


def pay_strike(folded: str) -> bool:
    """Whether the folded caption tells a strike for pay, staff or conditions (`pay`) and none
    of a general or climate strike, a law, a government or a march (`political`)."""
    pay = section_search(SECTION, "pay", folded) is not None
    return pay and section_search(SECTION, "political", folded) is None


def office_reading(
    text: str, langs: frozenset[str], found: list[Found], folded: str | None = None
) -> list[Found]:
    """`found` read by the ruling on Memes and strikes: work words marked "figurative" in a
    meme about bosses (`office_meme`); the owner's `work` added ("told") where the owner is on
    strike (`owner_striking`) or names their boss (`my_boss`) and no work word counts, and the
    politics words of the owner's strike marked "figurative" where the strike is for pay
    (`pay_strike`) (`folded`: the caption folded, when the caller has it)."""
    folded = fold(text) if folded is None else folded
    if office_meme(folded):
        return [(m, "figurative" if m.signal == "work" else w, s) for m, w, s in found]
    striking = owner_striking(folded, langs)
    told = striking or my_boss(folded, langs)
    if told and not any(m.signal == "work" and why is None for m, why, _ in found):
        found = [*found, (Match("work", told, "told"), None, None)]
    if striking and pay_strike(folded):
        found = [(m, "figurative" if m.signal == "politics" else w, s) for m, w, s in found]
    return found
