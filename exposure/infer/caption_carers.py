"""caption_carers: the owner's work with other people's children, patients and animals.

Nurses, midwives, teachers, nursery staff, paramedics, care workers and vets tell their work by
its acts more often than by a work word: the ward of their own, their shifts and duties, their
pupils and patients, the practice they start in. Read with `captions.yaml`'s `carers47`
section, `work` is the owner's where the caption tells:

- the owner in a caring or teaching trade, in the first person (`role`: "I say that as a nurse
  myself", "Je suis infirmière en réa", "Faccio l'insegnante di sostegno", "Jestem ratowniczką
  medyczną od 15 lat", "Hamileyim ve hâlâ anaokulunda çalışıyorum"), not dressed as one;
- the trade's acts as the owner's (`acts`: "Told work, the girls on ward 4 screamed",
  "Glühwein mit den Mädels von Station 3", "Embarazada de 30 semanas y todavía haciendo noches
  en la UCI", "Recebi o vídeo entre dois doentes", "kierowniczka oddziału dalej układa mi
  nocki", "Po dvanácti hodinách na sále").

Read before `caption_care`, so that the hospital of such a caption is the setting of the work,
not the owner's stay.

A bare teacher word the lexicon counts as work ("prof", "professora", "juf", "öğretmenim") names
someone else's teacher where an article, a former teacher's or another's possessive stands before
it, a name or a teacher's act follows it, or the Turkish word says "our teacher" or "my teacher"
as a subject (`captions.yaml`'s `work48` section, `teachers_theirs`): "La prof de yoga nous a
dit", "Encontro dos antigos alunos... A professora Rosa", "Groep 1 bij juf Anouk", "Öğretmenimiz
hamile" are no work of the owner's; "Sou professora", "Juf zijn is het mooiste beroep", "Juf Linda
hier", "15 ans de prof", "12 yıldır ilkokulda öğretmenim" are.
"""

from __future__ import annotations

import re

from .caption_lexicon import Match, fold, section_patterns_by_lang, section_search
from .caption_words import Found

SECTION = "carers47"
TEACHERS = "work48"


def carers_said(folded: str, langs: frozenset[str] | None = None) -> str | None:
    """The words telling the owner's caring or teaching work in the folded caption (`role`,
    then `acts`, in `langs`, English beside them), or None."""
    for table in ("role", "acts"):
        hit = section_search(SECTION, table, folded, langs)
        if hit:
            return hit.group(0)
    return None


def carers_reading(
    text: str, langs: frozenset[str], found: list[Found], folded: str | None = None
) -> list[Found]:
    """`found` with the owner's `work` added ("told") where the caption tells the owner's
    caring or teaching work by its role or its acts (`carers_said`) and no work word counts
    already (`folded`: the caption folded, when the caller has it)."""
    folded = fold(text) if folded is None else folded
    theirs = teachers_theirs(text)
    found = [(m, _teacher_why(m, why, theirs), s) for m, why, s in found]
    if any(m.signal == "work" and why is None for m, why, _ in found):
        return found
    said = carers_said(folded, langs)
    if said is None or said in theirs:
        return found
    return [*found, (Match("work", said, "told"), None, None)]


def teachers_theirs(text: str) -> frozenset[str]:
    """The bare teacher words of the caption (`work48.teacher`, folded) when every one of them
    is someone else's teacher (`teacher_theirs`, a name after the word read on the caption as
    written: `named`) and none the owner's (`teacher_mine`); else an empty set."""
    tables = section_patterns_by_lang(TEACHERS)
    for pattern in tables["named"].values():
        text = pattern.sub(lambda m: f"{m.group(1)} namedteacher", text)
    marked = fold(text)
    words = [w for p in tables["teacher"].values() for w in p.finditer(marked)]

    def spans(table: str) -> list[tuple[int, int]]:
        """The spans of `table`'s matches in the marked caption."""
        return [h.span() for p in tables[table].values() for h in p.finditer(marked)]

    theirs, mine = spans("teacher_theirs"), spans("teacher_mine")

    def within(word: re.Match, hits: list[tuple[int, int]]) -> bool:
        """Whether a match of `hits` holds the teacher word."""
        return any(a <= word.start() and word.end() <= b for a, b in hits)

    if words and all(within(w, theirs) and not within(w, mine) for w in words):
        return frozenset(w.group(0) for w in words)
    return frozenset()


def _teacher_why(m: Match, why: str | None, theirs: frozenset[str]) -> str | None:
    """The reason "others" for a work word the rules kept that begins one of someone else's
    teacher words (`teachers_theirs`: "ogretmenim" of "ogretmenimiz"); else `why`."""
    if why is None and m.signal == "work" and m.lang != "told":
        term = fold(m.term)
        return "others" if any(w.startswith(term) for w in theirs) else why
    return why
