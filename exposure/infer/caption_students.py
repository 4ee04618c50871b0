"""caption_students: a student's schooling told by the life it took, and what is no schooling.

Stop 49 (`students49`):

- Former classmates met again ("Retrouvailles du lycée Jean-Moulin, promo 2004", "Rimpatriata
  della 5ªC ... i gradini del liceo", "Repas des 10 ans du bac de ma promo", "Klassentreffen"):
  the school words are schooling long past.
- A university for older people named ("Universidad de Mayores", "Uniwersytet Trzeciego Wieku")
  beside the owner's own diploma: the course the diploma ends is their schooling too (the label
  guide's courses).

The patterns are the `students49` section of `captions.yaml`, read on the folded caption.
"""

from __future__ import annotations

from .caption_lexicon import Match, section_search
from .caption_words import Found


def students_reading(folded: str, langs: frozenset[str], found: list[Found]) -> list[Found]:
    """`found` with a course for older people the owner's schooling (`_third_age`) and each
    school word the rules kept given "past" where the caption tells a reunion of former
    classmates (`students49.reunion`, in the caption's languages and English: "Rimpatriata
    della 5ªC", "Reencontro da turma do secundário"): schooling long past."""
    found = _third_age(folded, langs, found)
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
