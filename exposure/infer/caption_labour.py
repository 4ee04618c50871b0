"""caption_labour: the owner's job told by what stands beside it, read from `captions.yaml`'s
`work55` section.

Many who post about their job name it only in passing, beside something else they tell. `work`
is the owner's where the caption tells:

- studies or a course done alongside the owner's job (`alongside`: "night classes while working
  full time", "BWL neben dem Job", "vier Jahre berufsbegleitend", "naast mijn baan", "mientras
  trabajaba en el súper", "a trabalhar no café de dia", "tout en travaillant", "con un lavoro
  part-time", "praca na etacie", "při zaměstnání", "yarı zamanlı çalışarak"): the label guide's
  ruling on Job training, the job beside the degree;
- the owner's own apprentice, trainee, intern or doctoral student, whoever's news it is
  (`mentee`: "our apprentices passed their NVQ", "Mon apprenti a eu son CAP", "unser Azubi",
  "mijn eerste promovendus", "mi aprendiz", "il mio apprendista", "mój praktykant", "můj učeň",
  "çırağım"), as a colleague's news says the owner has colleagues (the label guide's ruling on
  Work);
- the company's do, the years at the company or its act on the owner (`company`: "Jantar de
  Natal da empresa", "el amigo invisible de la empresa", "le pot de Noël du bureau", "cena
  aziendale", "Betriebsfeier", "bedrijfsuitje", "wigilia firmowa", "Vánoční večírek firmy",
  "şirket yemeği", "18 anos de empresa", "la empresa me ha trasladado");
- the owner among a trade's strikers, a strike word (`strike`) with the owner there in the first
  person (`present`: "Streik heute, wir stehen vor dem Klinikum", "Estamos à porta do Santa
  Maria", "Sciopero in ospedale, c'ero anch'io", "Strajk nauczycieli, stoimy pod kuratorium",
  "Öğretmenler grevde, biz de buradayız"): the label guide's ruling on Memes and strikes (a strike
  at the owner's own work is work), beside `caption_office.owner_striking` that reads the
  striking verb itself; not a general, a climate or a women's strike, nor a transport strike met
  on a platform (`not_strike`);

not where a relative, a friend or a neighbour stands in the words' sentence (`work52.others`:
"Mijn man heeft zijn master gehaald naast een fulltime baan"), nor where a third person opens it
(`caption_shifts.THIRD`), nor a partner's named bare before a verb (`research54.theirs`:
"Manžel má firemní večírek"), nor in a question ("Is it doable alongside my full time job?"); the
mentee's own news is no other's. Judged as a work emoji would be (`caption_kitchen.told_work`).
"""

from __future__ import annotations

from .caption_jobs import SECTION as JOBS
from .caption_kitchen import told_work
from .caption_lexicon import Match, section_search
from .caption_shifts import THIRD
from .caption_words import Found, enclosing

SECTION = "work55"
TABLES = ("alongside", "mentee", "company")
RESEARCH = "research54"  # its `theirs`: a partner named bare before a verb ("Manžel má")


def labour_found(folded: str, langs: frozenset[str] | None = None) -> tuple[str, str] | None:
    """(table, words): the first of `TABLES` found in the folded caption (in `langs`, English
    beside them; None: every language) telling the owner's job beside their studies, their own
    mentee or the company's do, then the owner among strikers (`struck`), or None: not where a
    relative, a friend or a neighbour stands in the words' sentence (`work52.others`; the
    mentee's own news kept), nor a partner named bare before a verb (`research54.theirs`), nor
    where a third person opens it, nor in a question."""
    for table in TABLES:
        hit = section_search(SECTION, table, folded, langs)
        if hit is None:
            continue
        first, last = enclosing(folded, hit.start(), hit.end())
        if folded[last : last + 1] == "?":
            continue
        if THIRD.match(folded[first : hit.start()]):
            continue
        judged = folded[first : hit.start()] if table == "mentee" else folded[first:last]
        if section_search(JOBS, "others", judged, langs) is not None:
            continue
        if table != "mentee" and section_search(RESEARCH, "theirs", judged, langs):
            continue  # "Manžel má firemní večírek": the partner's do
        return table, hit.group(0).strip()
    said = struck(folded, langs)
    return ("strike", said) if said else None


def struck(folded: str, langs: frozenset[str] | None = None) -> str | None:
    """The words telling the owner there among a trade's strikers in the folded caption ("wir
    stehen vor", "stoimy", "c'ero anch'io"), in `langs` (English beside them; None: every
    language), where a strike word stands (`strike`) and no general, climate, women's or
    transport strike (`not_strike`), or None."""
    if section_search(SECTION, "strike", folded) is None:
        return None
    if section_search(SECTION, "not_strike", folded) is not None:
        return None  # "Strajk Kobiet, byłam", "wir stehen am Bahnhof": no strike of the owner's
    hit = section_search(SECTION, "present", folded, langs)
    if hit is None or folded[enclosing(folded, hit.start(), hit.end())[1] :][:1] == "?":
        return None
    return hit.group(0).strip()


def labour_said(folded: str, langs: frozenset[str] | None = None) -> str | None:
    """The words of `labour_found` in the folded caption ("neben dem job", "mon apprenti",
    "stoimy"), or None."""
    found = labour_found(folded, langs)
    return found[1] if found else None


def labour_reading(
    tokens: tuple[str, ...], langs: frozenset[str], found: list[Found], folded: str
) -> list[Found]:
    """`found` with the owner's `work` added ("told") where the folded caption tells the owner's
    job beside their studies, their own mentee or the owner among a trade's strikers
    (`labour_found`) and no work word counts already, judged as a work emoji would be; the
    mentee's own news ("Onze stagiaire is zwanger") still says the owner trains them at work, so
    a relative or a friend in it does not drop it (the label guide's ruling on Work)."""
    said = labour_found(folded, langs)
    if said is None or said[0] != "mentee":
        return told_work(said[1] if said else None, tokens, langs, found)
    if any(m.signal == "work" and why is None for m, why, _ in found):
        return found
    return [*found, (Match("work", said[1], "told"), None, None)]
