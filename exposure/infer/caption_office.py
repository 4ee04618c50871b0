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

Then `work51_reading`, from the `work51` section, takes back work words that are no job of the
owner's:
- a student's placement, internship or student job beside the owner's own degree (`studies`:
  "Cuatro años, prácticas en el hospital", "tre anni di tirocinio", "iki staj", "dvě brigády"),
  and a deadline beside the owner's schooling or degree (`deadline`: "dissertation deadline
  friday", "Scriptie ingeleverd om 23:58. Deadline was 23:59"), unless a job starts, is signed
  for or is held now (`started`: "ab Montag fest angestellt", "Eylülde başlıyorum", "job
  offer", "Teď brigáda v útulku");
- a fan's away trip by the word of a trip for work (`away`: "trasferta a Bergamo, persi 2-0",
  "en déplacement à Auxerre avec le club") beside a match, a stadium or a club (`fans`);
- the work words in the sentence of a mate of the owner's team, club or choir beside a game or a
  choir (`mate`, `club`: "O meu colega de equipa pediu a namorada em casamento no relvado",
  "Kolegyně ze sboru se zasnoubila"): the mate's news;
- Czech "platí" (pays, holds) read as "platy" (salaries) where no salary word stands (`pays`,
  `salary`: "Pivo platí každý sám");

and `job_start` gives the owner's `work` where the owner starts at a workplace on a day named
(`starts`: "el lunes empiezo en la residencia", "maandag begin ik in het UMC", "Pazartesi
hastanede başlıyorum"), not at a school, a course, a diet or a holiday (`not_start`).
"""

from __future__ import annotations

import re

from .caption_lexicon import Match, fold, section_search
from .caption_words import Found, enclosing

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


SECTION51 = "work51"


def _owner_studies(found: list[Found], folded: str, signals: tuple[str, ...]) -> bool:
    """Whether one of `signals` (the owner's degree, or their schooling too) counts among `found`
    and no job starts, is signed for or is held now in the folded caption (`started`)."""
    studied = any(m.signal in signals and why is None for m, why, _ in found)
    return studied and section_search(SECTION51, "started", folded) is None


def job_start(folded: str) -> str | None:
    """The words of the owner starting at a workplace on a day named in the folded caption
    (`starts`: "el lunes empiezo en", "maandag begin ik in", "od pondeli nastupuju na"), or
    None: not where the caption names a school, a course, a diet or a holiday (`not_start`)."""
    hit = section_search(SECTION51, "starts", folded)
    if hit is None or section_search(SECTION51, "not_start", folded) is not None:
        return None
    return hit.group(0).strip()


def mate_sentence(folded: str) -> str | None:
    """The sentence of the folded caption that names a mate of the owner's team, club or choir
    (`mate`) where the caption names a game, a league or a choir (`club`), or None."""
    hit = section_search(SECTION51, "mate", folded)
    if hit is None or section_search(SECTION51, "club", folded) is None:
        return None
    first, last = enclosing(folded, hit.start(), hit.end())
    return folded[first:last]


def _pays_no_salary(word: str, folded: str) -> bool:
    """Whether the folded work term `word` is Czech "platy" (salaries) where the folded caption
    has the verb "platit" (`pays`) and no salary word (`salary`)."""
    return (
        word == "platy"
        and section_search(SECTION51, "pays", folded) is not None
        and section_search(SECTION51, "salary", folded) is None
    )


def work51_why(term: str, found: list[Found], folded: str, mate: str | None) -> str | None:
    """Why the work word `term` found in the folded caption is no job of the owner's: "student"
    (a placement beside the owner's degree: `studies`; a deadline beside the owner's schooling or
    degree: `deadline`), "figurative" (a fan's away trip: `away` beside `fans`), "others" (a word
    of `mate`, the sentence of a team or choir mate's news: `mate_sentence`), "language" (Czech
    "platí": `_pays_no_salary`), or None."""
    word = fold(term)
    if section_search(SECTION51, "studies", word) and _owner_studies(
        found, folded, ("graduation",)
    ):
        return "student"
    if section_search(SECTION51, "deadline", word) and _owner_studies(
        found, folded, ("school", "graduation")
    ):
        return "student"
    if section_search(SECTION51, "away", word) and section_search(SECTION51, "fans", folded):
        return "figurative"
    if mate and re.search(rf"(?<!\w){re.escape(word[: max(4, len(word) - 2)])}", mate):
        return "others"
    if _pays_no_salary(word, folded):
        return "language"
    return None


def work51_reading(found: list[Found], folded: str) -> list[Found]:
    """`found` with each counting work word that `work51_why` reads as no job of the owner's
    given its reason."""
    mate = mate_sentence(folded)
    return [
        (m, work51_why(m.term, found, folded, mate) if m.signal == "work" and w is None else w, s)
        for m, w, s in found
    ]


def office_reading(
    text: str, langs: frozenset[str], found: list[Found], folded: str | None = None
) -> list[Found]:
    """`found` read by `work51_reading`, then by the ruling on Memes and strikes: work words
    marked "figurative" in a meme about bosses (`office_meme`); the owner's `work` added ("told")
    where the owner is on strike (`owner_striking`), names their boss (`my_boss`) or starts at a
    workplace (`job_start`) and no work
    word counts, and the politics words of the owner's strike marked "figurative" where the
    strike is for pay (`pay_strike`) (`folded`: the caption folded, when the caller has it)."""
    folded = fold(text) if folded is None else folded
    found = work51_reading(found, folded)
    if office_meme(folded):
        return [(m, "figurative" if m.signal == "work" else w, s) for m, w, s in found]
    striking = owner_striking(folded, langs)
    told = striking or my_boss(folded, langs) or job_start(folded)
    if told and not any(m.signal == "work" and why is None for m, why, _ in found):
        found = [*found, (Match("work", told, "told"), None, None)]
    if striking and pay_strike(folded):
        found = [(m, "figurative" if m.signal == "politics" else w, s) for m, w, s in found]
    return found
