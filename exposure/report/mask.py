"""Masking text read in photos before the report shows it: enough to see what kind of text it is
(a boarding pass, a street sign), not enough to read a name, a number or an address off the page."""

from __future__ import annotations

import re

# Words of three letters or fewer shown in full: they carry no personal detail.
COMMON_WORDS = frozenset(
    """a an the and or but nor of to in on at by for from with as is are was be it its
    this that my our your his her we you he she they me us him them no not yes do so up out
    off via per st rd ave mr mrs ms dr""".split()
)
WORD = re.compile(r"\w+")


def mask_word(word: str) -> str:
    """`word` with every character after the first as '*', unless it is a short common word."""
    if len(word) <= 3 and word.lower() in COMMON_WORDS:
        return word
    return word[0] + "*" * (len(word) - 1)


def mask_text(text: str) -> str:
    """`text` with each word masked by `mask_word`; spaces and punctuation are kept.

    'Passenger JANSEN / MARIA MS' -> 'P******** J***** / M**** MS'.
    """
    return WORD.sub(lambda m: mask_word(m.group(0)), text)
