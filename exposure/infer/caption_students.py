"""caption_students: a student's schooling told by the life it took, and what is no schooling.

Stop 49 (`students49`):

- Former classmates met again ("Retrouvailles du lycée Jean-Moulin, promo 2004", "Rimpatriata
  della 5ªC ... i gradini del liceo", "Repas des 10 ans du bac de ma promo", "Klassentreffen"):
  the school words are schooling long past.

The patterns are the `students49` section of `captions.yaml`, read on the folded caption.
"""

from __future__ import annotations

from .caption_lexicon import section_search
from .caption_words import Found


def students_reading(folded: str, langs: frozenset[str], found: list[Found]) -> list[Found]:
    """`found` with each school word the rules kept given "past" where the caption tells a
    reunion of former classmates (`students49.reunion`, in the caption's languages and English:
    "Rimpatriata della 5ªC", "Reencontro da turma do secundário"): schooling long past."""
    if not section_search("students49", "reunion", folded, langs):
        return found
    return [(m, "past" if m.signal == "school" and why is None else why, s) for m, why, s in found]
