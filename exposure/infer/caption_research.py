"""caption_research: the owner's academic or research trade told as academics, researchers and
doctoral supervisors tell it, read from `captions.yaml`'s `research54` section.

People at a university rarely say "my job": they tell it by its acts, its places and its steps.
`work` is the owner's where the caption tells:

- the owner's own students, doctoral or final-year, whoever's news it is (`own`: "my PhD
  student Tomasz defended", "mes doctorants", "moi doktoranci"), as a colleague's news says the
  owner has colleagues (the label guide's ruling on Work);
- the owner teaching, marking or examining (`teach`: "while I mark", "letzte Klausur
  korrigiert", "je corrige les partiels", "dando clase por Teams", "corrigindo provas",
  "nakijken", "opravuju testy", "ders vereceğim");
- the owner's research by its acts and places (`research`: "back to the lab", "referee report",
  "Feldforschung in Ghana", "Terrain au Sénégal, jour 9", "estancia de investigación",
  "assegno di ricerca", "veldwerk", "grant NCN", "GAČR", "saha çalışması", "hakem raporu"),
  unless the owner's own thesis, doctorate or master's stands in the caption (`studies`: a
  doctoral student's lab and fieldwork are their schooling, the label guide's ruling);
- the owner's academic post or its steps (`post`: a postdoc, a chair or a lectureship won, a
  habilitation, a sabbatical, a visiting post, an inaugural lecture, a keynote given);
- the owner's talk or poster given at a conference, or the owner at its meeting away (`talk`:
  "Vortrag lief", "com faite", "post-congreso", "referat poszedł", "kongre bitti": the label
  guide's ruling on Work away);
- the owner's academic colleagues by their unit (`dept`: "my entire department", "tutto
  l'ateneo", "cały nasz wydział", "s celou katedrou", "bütün bölüm");

not where a partner, a relative or a friend named before it in its clause does it
(`caption_duty.theirs_before`: "Mon mari corrige 120 copies"), nor where a relative, a friend
or a neighbour stands in its sentence (`work52.others`: "Mijn zusje gaf haar eerste college"),
nor in a clause asked, nor where it is only wished for (`wished`: "Would love to do a postdoc
one day"). Judged as a work emoji would be (`caption_kitchen.told_work`: a postdoc only
dreamt of is no work of the owner's).
"""

from __future__ import annotations

import re

from .caption_duty import theirs_before
from .caption_jobs import SECTION as JOBS
from .caption_kitchen import told_work
from .caption_lexicon import Match, section_patterns_by_lang, section_search
from .caption_words import CLAUSE, Found, enclosing

SECTION = "research54"
TABLES = ("own", "teach", "research", "post", "talk", "dept")
OTHERS = ((JOBS, "others"), (SECTION, "theirs"))  # another named in the clause: their act


def research_said(folded: str, langs: frozenset[str] | None = None) -> str | None:
    """The words telling the owner's academic or research trade in the folded caption, in
    `langs` (English beside them; None: every language), or None (`research_found`)."""
    found = research_found(folded, langs)
    return found[1] if found else None


def research_found(folded: str, langs: frozenset[str] | None = None) -> tuple[str, str] | None:
    """The table and the words telling the owner's academic or research trade in the folded
    caption, in `langs` (English beside them; None: every language), or None: the first of
    `TABLES` that matches as the owner's (`_theirs`: no partner, relative or friend before it or
    in its clause; no question; nothing only wished for: `wished`), the research words not
    beside the owner's own studies (`studies`)."""
    if section_search(SECTION, "wished", folded, langs) is not None:
        return None  # "Would love to do a postdoc in Japan one day": not lived
    for table in TABLES:
        hit = section_search(SECTION, table, folded, langs)
        if hit is None:
            continue
        if table == "research" and section_search(SECTION, "studies", folded, langs):
            continue  # "thesis fieldwork in the Andes": a doctorate's schooling
        if folded[enclosing(folded, hit.start(), hit.end(), CLAUSE)[1] :][:1] == "?":
            continue  # "Anyone know a good postdoc in Lisbon?": asked
        if not _theirs(folded, hit.start(), hit.end(), langs):
            return table, hit.group(0).strip()
    return None


def _theirs(folded: str, start: int, end: int, langs: frozenset[str] | None) -> bool:
    """True when the words at folded[start:end] are another's: a partner, a relative or a friend
    before them in their clause (`caption_duty.theirs_before`), one in their clause
    (`work52.others`) or a partner named bare (`theirs`), each only after the last turn of the
    subject to the owner before the words (`turn`: "Żona w ciąży, a ja kończę wniosek")."""
    first, last = enclosing(folded, start, end, CLAUSE)
    turns = [t.end() for t in _turns(folded[:start], langs)]
    cut = max(turns, default=0)
    if theirs_before(folded[cut:], start - cut):
        return True
    clause = folded[max(first, cut) : last]
    return any(section_search(name, table, clause, langs) for name, table in OTHERS)


def _turns(text: str, langs: frozenset[str] | None) -> list[re.Match]:
    """The turns of the subject to the owner in `text` (`turn`: "a ja", "ben de", "and I")."""
    return [
        hit
        for lang, pattern in section_patterns_by_lang(SECTION)["turn"].items()
        if langs is None or lang in langs or lang == "en"
        for hit in pattern.finditer(text)
    ]


def research_reading(
    tokens: tuple[str, ...], langs: frozenset[str], found: list[Found], folded: str
) -> list[Found]:
    """`found` with the owner's `work` added ("told") where the folded caption tells the owner's
    academic or research trade (`research_said`) and no work word counts already, judged as a
    work emoji would be; the owner's own students (`own`) whoever's news it is, as a colleague's
    news says the owner has colleagues (the label guide's ruling on Work)."""
    said = research_found(folded, langs)
    if said is None or said[0] != "own":
        return told_work(said[1] if said else None, tokens, langs, found)
    if any(m.signal == "work" and why is None for m, why, _ in found):
        return found
    return [*found, (Match("work", said[1], "told"), None, None)]
