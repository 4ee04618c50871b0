"""caption_shifts: the owner's job told without the work word, as people tell their working day,
read from `captions.yaml`'s `work54` section.

Most people who post about their job never say "work": they tell the shift, the first day at
the new place, the job they got, what the boss did, the team's do. `work` is the owner's where
the caption tells:

- a shift of the owner's by its frame, its hours, its meal or its place (`shift`: "first shift
  at the café", "12 hr shift", "bar shifts", "Schichtwechsel um 6", "service du samedi soir",
  "Último turno en el hospital", "a fazer turnos no Continente", "prima del turno in
  pasticceria", "drie nachtdiensten per week", "Zmiana nocna w szpitalu", "první směna na poště",
  "sabah vardiyasındaydım");
- the owner's first or last day at a workplace (`day`: "first day at the new place", "Primer
  día en la nueva chamba", "Erster Tag beim neuen Arbeitgeber", "Primo giorno da autista",
  "ostatni dzień w starej robocie", "Yeni işyerimde"), not a school's;
- a job got or taken (`hired`: "Got the job at the bank!", "j'ai décroché le poste", "fui
  contratada", "ik ben aangenomen", "işe alındım");
- a job interview passed (`interview`: "Vorstellungsgespräch bestanden", "Colloquio andato
  bene", "Pracovní pohovor dopadl"; one ahead is a job wished for), a work contract signed or
  its length (`contract`: "signed the contract for a senior analyst role", "contrato de dois
  anos num hotel", "Smlouva na rok v IT firmě", "fin de mon CDD"), not a lease's, and the pay
  come in (`pay`: "payday!", "salaris binnen", "a wypłata taka sama");
- the boss's act told bare, the boss being the owner's (`boss`: "Boss just said 'quick call'",
  "Chef hat heute 'gute Arbeit' gesagt", "le patron fait la gueule", "de baas trakteert",
  "Szef powiedział");
- the team at a do of work's (`team`: "Team lunch", "borrel met het team", "Abschied vom Team");
- a customer, a client or a guest of the owner's who came, asked or brought something, or whose
  animal the owner met at work (`served`: "A customer asked me", "Hund vom Kunden", "Un client
  m'a demandé", "Cliente pediu um bolo", "Müşterinin köpeği"), not the owner's own view as a
  customer;

not where a relative, a friend or a neighbour stands in the words' sentence (`work52.others`:
"my husband's first shift"), nor where a third person opens it (`THIRD`: "She did her last
shift"), nor in a question. A meme about bosses stays `mentioned` (its
`not` phrases and `caption_office`). Judged as a work emoji would be (`caption_kitchen.told_work`).
"""

from __future__ import annotations

import re

from .caption_jobs import SECTION as JOBS
from .caption_kitchen import told_work
from .caption_lexicon import section_search
from .caption_words import Found, enclosing

SECTION = "work54"
# a third person opening the words' sentence is its subject: the shift or the job is theirs
# ("She did her last shift at the care home", "Er hat den Job bekommen"); French "il" only
# where it is no impersonal "il y a", "il faut"; Spanish "él" and Polish or Czech "on" left out
# (folded, they are the article "el" and English "on")
THIRD = re.compile(
    r"^\W*(?:she|he|they|sie|er|elle|elles|ils|il(?! y | faut| fait)|ella|ellas|ellos|lei|lui"
    r"|loro|ela|ele|elas|eles|zij|hij|ona|oni)\b"
)
TABLES = ("shift", "day", "hired", "interview", "contract", "pay", "boss", "team", "served")


def shifts_said(folded: str, langs: frozenset[str] | None = None) -> str | None:
    """The words telling the owner's working day in the folded caption (the first of `TABLES`
    found, in `langs`, English beside them; None: every language), or None: not where a
    relative, a friend or a neighbour stands in the words' sentence (`work52.others`), nor where a
    third person opens it (`THIRD`), nor in a question."""
    for table in TABLES:
        hit = section_search(SECTION, table, folded, langs)
        if hit is None:
            continue
        first, last = enclosing(folded, hit.start(), hit.end())
        if folded[last : last + 1] == "?":
            continue
        if section_search(JOBS, "others", folded[first:last], langs) is not None:
            continue
        if THIRD.match(folded[first : hit.start()]):
            continue
        return hit.group(0).strip()
    return None


def shifts_reading(
    tokens: tuple[str, ...], langs: frozenset[str], found: list[Found], folded: str
) -> list[Found]:
    """`found` with the owner's `work` added ("told") where the folded caption tells the owner's
    shift, first or last day at a workplace, a job got, an interview passed, a contract, the pay,
    the boss, the team's do or a customer (`shifts_said`) and no work word counts already, judged
    as a work emoji would be."""
    return told_work(shifts_said(folded, langs), tokens, langs, found)
