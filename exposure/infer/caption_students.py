"""caption_students: a student's schooling told by the life it took, and what is no schooling.

Stop 49 (`students49`):

- Former classmates met again ("Retrouvailles du lycée Jean-Moulin, promo 2004", "Rimpatriata
  della 5ªC ... i gradini del liceo", "Repas des 10 ans du bac de ma promo", "Klassentreffen"):
  the school words are schooling long past.
- A university for older people named ("Universidad de Mayores", "Uniwersytet Trzeciego Wieku")
  beside the owner's own diploma: the course the diploma ends is their schooling too (the label
  guide's courses).

Stop 50 (`school50`, the label guide's ruling on student life):

- A school-leaving exam named beside the owner's graduation ("Abi bestanden!!!", "Matura zdana",
  "j'ai eu mon bac", "Maturità finita 🎓", "Terminé el bachillerato") is their schooling too (not
  years counted since it: "20 let od maturity"), and the exam passed in so many words ("Aprobé la
  EBAU", "selectividad aprobada") their graduation too.

The patterns are the `students49` and `school50` sections of `captions.yaml`, read on the folded
caption.
"""

from __future__ import annotations

from .caption_lexicon import Match, section_search
from .caption_words import Found


def students_reading(folded: str, langs: frozenset[str], found: list[Found]) -> list[Found]:
    """`found` with a course for older people the owner's schooling (`_third_age`), a
    school-leaving exam passed schooling and graduation both (`_leaving`), and each
    school word the rules kept given "past" where the caption tells a reunion of former
    classmates (`students49.reunion`, in the caption's languages and English: "Rimpatriata
    della 5ªC", "Reencontro da turma do secundário"): schooling long past."""
    found = _leaving(folded, langs, _third_age(folded, langs, found))
    if not section_search("students49", "reunion", folded, langs):
        return found
    return [(m, "past" if m.signal == "school" and why is None else why, s) for m, why, s in found]


def _third_age(folded: str, langs: frozenset[str], found: list[Found]) -> list[Found]:
    """`found` with the owner's schooling told where their own graduation counts and the caption
    names a university for older people (`students49.third_age`: "Graduada en la Universidad de
    Mayores", "Dyplom Uniwersytetu Trzeciego Wieku odebrany"): each school word the degree took
    (`graduated`) counts, and the university's name itself where none does."""
    graduated = any(m.signal == "graduation" and why is None for m, why, _ in found)
    course = section_search("students49", "third_age", folded, langs) if graduated else None
    if not course:
        return found
    out = [
        (m, None if m.signal == "school" and why == "graduated" else why, s) for m, why, s in found
    ]
    if any(m.signal == "school" and why is None for m, why, _ in out):
        return out
    return out + [(Match("school", course.group(0), "told"), None, None)]


def _leaving(folded: str, langs: frozenset[str], found: list[Found]) -> list[Found]:
    """`found` with the owner's school-leaving exam both schooling and graduation (the label
    guide's ruling on student life): where the owner's graduation counts and the caption names the
    exam (`school50.leaving`: "Abi bestanden", "Matura zdana", "Maturità finita"), schooling is
    told by the exam's name, unless years are counted since it (`since`: "20 let od maturity",
    schooling long past); where the owner's schooling counts and the caption tells the exam
    passed (`school50.passed`: "Aprobé la EBAU"), graduation is told by those words."""
    said = {m.signal for m, why, _ in found if why is None}
    if "school" in said and "graduation" in said:
        return found
    if "graduation" in said:
        exam = section_search("school50", "leaving", folded, langs)
        exam = None if section_search("school50", "since", folded, langs) else exam
        return found + [(Match("school", exam.group(0), "told"), None, None)] if exam else found
    passed = section_search("school50", "passed", folded, langs) if "school" in said else None
    return found + [(Match("graduation", passed.group(0), "told"), None, None)] if passed else found
