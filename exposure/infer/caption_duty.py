"""caption_duty: a uniformed, emergency or care worker's duty told by its acts.

Nurses, paramedics, firefighters, police officers, soldiers and care-home staff tell their work
by its acts more often than by a work word: a shift or a night done, the station, the watch, a
deployment, a posting, a patrol, the rota. Read with `captions.yaml`'s `trades51` section
(`duty`), `work` is the owner's where the caption tells such an act ("Shift done, feet gone",
"nach der Spätschicht", "après la garde", "Terminamos la guardia", "Fim do turno", "a fine
turno", "na de late", "po służbie", "po noční", "nöbetteyim", "Posted to Sennelager"), unless a
partner, a relative or a friend named before it in its clause does it (`theirs`: "my
husband's on nights", "mein Mann hat Nachtdienst"), judged as a work emoji would be.
"""

from __future__ import annotations

import re

from .caption_kitchen import told_work
from .caption_lexicon import fold, section_patterns_by_lang, section_search
from .caption_words import Found

SECTION = "trades51"
REACH = 150  # characters from the end of a relative's word to the act it does, in one clause
CLAUSE_END = re.compile(r"[.!?;\n]")


def duty_said(folded: str, langs: frozenset[str] | None = None) -> str | None:
    """The words telling a uniformed, emergency or care worker's duty in the folded caption
    (`duty`, in `langs`, English beside them; None: every language), or None: none, or one a
    relative named before it in its clause does (`theirs_before`)."""
    return acts_said("duty", folded, langs)


def acts_said(
    table: str, folded: str, langs: frozenset[str] | None = None, section: str = SECTION
) -> str | None:
    """The first match of `section`'s `table` (`trades51`'s unless said) in the folded caption
    as the owner's, or None: no match, or a partner, a relative or a friend named before it in
    its clause (`theirs_before`)."""
    hit = section_search(section, table, folded, langs)
    if hit is None or theirs_before(folded, hit.start()):
        return None
    return hit.group(0).strip()


def theirs_before(folded: str, start: int) -> bool:
    """True when a partner, a relative or a friend (`trades51.theirs`) is named within `REACH`
    characters before `start`, in the same clause: the act is theirs ("my husband's on nights")."""
    for pattern in section_patterns_by_lang(SECTION)["theirs"].values():
        for who in pattern.finditer(folded, max(0, start - REACH), start):
            if not CLAUSE_END.search(folded, who.end(), start):
                return True
    return False


def duty_reading(
    text: str,
    tokens: tuple[str, ...],
    langs: frozenset[str],
    found: list[Found],
    folded: str | None = None,
) -> list[Found]:
    """`found` with the owner's `work` added ("told") where the caption tells a duty of theirs by
    its acts (`duty_said`) and no work word counts already (`folded`: the caption folded, when
    the caller has it)."""
    said = duty_said(fold(text) if folded is None else folded, langs)
    return told_work(said, tokens, langs, found)
