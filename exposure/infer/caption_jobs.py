"""caption_jobs: the owner's own job told by the trade's name said of oneself, or by the place
"where I work", read from `captions.yaml`'s `work52` section.

- The owner named by a trade in the first person, now or in the past, or "as" one (`role`: "I'm
  a firefighter", "ich bin nur der DJ", "je suis une céramiste", "Luego 40 años de abogado",
  "Da cuoco di un ristorante di pesce", "Ik ben timmerman geweest", "Potem 40 lat jako
  inżynier", "jsem přece šperkařka", "Ben kebapçıyım doktor bey", "Sanatçı olarak susmak bir
  seçenek değil"), not where a degree or a diploma is named (the title of a degree just
  taken: "Diploma uitgereikt, ik ben officieel kapper"), not in a question ("jestli jsem
  malířka"), and not a relative's, a friend's or a neighbour's trade named in the
  sentence (`others`: "Mijn broertje is afgestudeerd als arts", "Mi padre se jubila después de
  42 años de cartero").
- The owner's years in a trade or at its place, and the toil of a carer's or a rescuer's hands
  that wore their body (`years`: "Fifteen years in the job", "après 15 ans aux urgences", "Po
  dvaceti letech v domově pro seniory", "Sixteen years of carrying people down tower block
  stairs", "Zwanzig Jahre Patienten lagern und heben", "On beş yıl hasta taşımanın bedeli"),
  not a relative's (`others`: "mama met pensioen na 40 jaar in de zorg").
- The place the owner works named by a relative clause (`where`: "the care home where I work",
  "al ristorante dove lavoro", "kousek od nemocnice, kde dělám", "babamla birlikte çalıştığım
  manav dükkanı").

Judged as a work emoji would be (`caption_kitchen.told_work`).
"""

from __future__ import annotations

from .caption_kitchen import told_work
from .caption_lexicon import section_search
from .caption_words import Found, enclosing

SECTION = "work52"


def role_said(folded: str, langs: frozenset[str] | None = None, table: str = "role") -> str | None:
    """The words of section `work52`'s `table` in the folded caption (in `langs`, English beside
    them; None: every language): the owner named by a trade (`role`: "i'm a firefighter",
    "jestem muzyczka") or their years in it and its toil (`years`: "15 ans aux urgences",
    "carrying people"); or None: not where a relative, a friend or a neighbour stands in the
    words' sentence (`others`)."""
    hit = section_search(SECTION, table, folded, langs)
    if hit is None:
        return None
    first, last = enclosing(folded, hit.start(), hit.end())
    if section_search(SECTION, "others", folded[first:last], langs) is not None:
        return None
    return hit.group(0).strip()


def workplace_said(folded: str, langs: frozenset[str] | None = None) -> str | None:
    """The words of a place the owner works at named by a relative clause in the folded caption
    (`where`: "where i work", "dove lavoro", "kde delam"), or None."""
    hit = section_search(SECTION, "where", folded, langs)
    return hit.group(0).strip() if hit else None


def jobs_said(folded: str, langs: frozenset[str] | None = None) -> str | None:
    """The words telling the owner's own job in the folded caption (`role_said` of the `role`
    and the `years` tables, then `workplace_said`), or None."""
    return (
        role_said(folded, langs)
        or role_said(folded, langs, "years")
        or workplace_said(folded, langs)
    )


def jobs_reading(
    tokens: tuple[str, ...], langs: frozenset[str], found: list[Found], folded: str
) -> list[Found]:
    """`found` with the owner's `work` added ("told") where the folded caption names the owner by
    a trade (`role_said`, not where a degree is named, whoever's: its title), by their years in
    it (`role_said` of `years`) or by the place they work (`workplace_said`) and no work word
    counts already, judged as a work emoji would be."""
    degree = any(m.signal == "graduation" for m, _, _ in found)
    said = None if degree else role_said(folded, langs)
    said = said or role_said(folded, langs, "years") or workplace_said(folded, langs)
    return told_work(said, tokens, langs, found)
