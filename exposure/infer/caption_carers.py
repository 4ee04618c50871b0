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
"""

from __future__ import annotations

from .caption_lexicon import Match, fold, section_search
from .caption_words import Found

SECTION = "carers47"


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
    if any(m.signal == "work" and why is None for m, why, _ in found):
        return found
    said = carers_said(fold(text) if folded is None else folded, langs)
    if said is None:
        return found
    return [*found, (Match("work", said, "told"), None, None)]
