"""caption_crew: the owner's job told by the people and the occasions of it, read from
`captions.yaml`'s `work54b` section.

Beside the shift and the boss (`caption_shifts`), people tell their job by who they share it
with and what it makes them do. `work` is the owner's where the caption tells:

- the owner's mates from work named by where they come from, or the owner's colleagues as a
  group (`mates`: "the lads from work", "Sarah from work", "mit den Mädels aus der Praxis", "les
  potes du boulot", "Caña con los compañeros", "os colegas foram pro bar", "met de meiden van
  kantoor", "Kasia z pracy", "kluci z práce", "iş çıkışı bir bira"), not a classmate's group
  ("compañeros de clase");
- a teacher's class, pupils and acts (`teacher`: "Meine 7b hat heute", "32 élèves de
  quatrième", "les bulletins sont remplis", "30 años dando clase", "meus alunos", "i miei
  alunni", "mijn klas", "moi uczniowie", "moji žáci", "sınıfımın karnesi");
- the owner's job loved, hated, lost or married to (`loved`: "I love this job", "Ich hab meinen
  Job verloren", "j'adore mon job", "me encanta mi curro", "ik hou van mijn werk", "kocham swoją
  pracę", "işimi seviyorum");
- the owner's own promotion, grant or contract, toasted or told (`raised`: "Cheers to my
  promotion 🥂", "Na zdrowie za przyznany grant", "Saúde ao contrato assinado", "Proost op mijn
  promotie tot teamleider"): a toast to the owner's own news is no toast to others';
- a conference, a congress or a trade fair the owner is at (`meeting`: "Kurz in Barcelona für die
  Konferenz", "Congreso en Sevilla", "konferencja do piątku", "targi w Hanowerze", "fuardayım"):
  the label guide's ruling on Work away ("conference in Lyon" is work, and travel where a place
  away is named, which `caption_places` reads), not a party's, a press or a parents' meeting nor a
  political one (`not_meeting`: "Partimizin ilçe kongresi", "konferencja prasowa");

not where a relative, a friend or a neighbour stands in the words' sentence (`work52.others`:
"my husband's colleagues"), nor where a third person opens it (`caption_shifts.THIRD`: "She
lost her job"), nor in a question. Judged as a work emoji would be (`caption_kitchen.told_work`:
negated, wished, a meme).
"""

from __future__ import annotations

from .caption_jobs import SECTION as JOBS
from .caption_kitchen import told_work
from .caption_lexicon import section_search
from .caption_shifts import THIRD
from .caption_words import Found, enclosing

SECTION = "work54b"
TABLES = ("mates", "teacher", "loved", "raised", "meeting")
# the table whose words in the sentence undo each one's: a march's or a class's mates, a meme's
# line no one said, a party's, the press's or parents' meeting
NOT = {"mates": "not_mates", "loved": "not_loved", "meeting": "not_meeting"}


def crew_found(folded: str, langs: frozenset[str] | None = None) -> tuple[str, str] | None:
    """(table, words): the first of `TABLES` found in the folded caption (in `langs`, English
    beside them; None: every language) telling the owner's job by its people or its occasions,
    or None: not where a relative, a friend or a neighbour stands in the words' sentence
    (`work52.others`; before the mates only, for `mates`), nor where a third person opens it,
    nor in a question, nor where the table's `NOT` words stand (mates of a march, a class or a
    shared flat anywhere in the caption; a meme's line no one said; a meeting of a party, the
    press or parents)."""
    for table in TABLES:
        hit = section_search(SECTION, table, folded, langs)
        if hit is None:
            continue
        first, last = enclosing(folded, hit.start(), hit.end())
        sentence = folded[first:last]
        if folded[last : last + 1] == "?":
            continue
        # a mate's own news follows the mates ("Sarah from work just told me she's pregnant"):
        # only a relative or a friend before them makes them another's
        judged = folded[first : hit.start()] if table == "mates" else sentence
        if section_search(JOBS, "others", judged, langs) is not None:
            continue
        if THIRD.match(folded[first : hit.start()]):
            continue
        within = folded if table == "mates" else sentence  # a march's mates: anywhere in it
        if table in NOT and section_search(SECTION, NOT[table], within) is not None:
            continue
        return table, hit.group(0).strip()
    return None


def crew_said(folded: str, langs: frozenset[str] | None = None) -> str | None:
    """The words of `crew_found` in the folded caption ("the lads from work", "mijn klas",
    "kongresu"), or None."""
    found = crew_found(folded, langs)
    return found[1] if found else None


def crew_reading(
    tokens: tuple[str, ...], langs: frozenset[str], found: list[Found], folded: str
) -> list[Found]:
    """`found` with the owner's `work` added ("told") where the folded caption tells the owner's
    mates from work, a teacher's class, the job loved or lost, or a conference (`crew_found`) and
    no work word counts already, judged as a work emoji would be; a mate from work's own news
    ("Kasia z pracy urodziła synka") still says the owner has colleagues (the label guide's
    ruling on Work), so "others" does not drop the mates."""
    crew = crew_found(folded, langs)
    out = told_work(crew[1] if crew else None, tokens, langs, found)
    if crew and crew[0] == "mates" and len(out) > len(found) and out[-1][1] == "others":
        out[-1] = (out[-1][0], None, out[-1][2])
    return out
