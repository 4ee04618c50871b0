"""caption_life_lines: the lines a platform writes for the owner's life events, read from
`captions.yaml`'s `told.life_line`.

Facebook tells a life event in the third person with no subject, in the account's language:
`life_line("Ist nach Hamburg gezogen")` gives ("moving", "ist nach hamburg gezogen"),
`life_line("Zaręczył(a) się z: Kamil Nowak")` gives ("engagement", …), and "Trendyol şirketinde
çalışmaya başladı" gives work. The template opens the caption's first line (or, where the
language puts its verb last, X opens it: "İzmir şehrine taşındı") and its X is a capitalised
name of up to six words: a place, a person, a school or a firm. A sentence with a subject
("Mi vecina se mudó a Sevilla") or a lower-case object ("moved to tears") is no such line.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .caption_lexicon import fold, lexicon

MAX_NAME_WORDS = 6  # "Moved to Manchester, United Kingdom", "Brightwater Logistics Ltd"


@lru_cache(maxsize=1)
def _templates() -> tuple[tuple[str, re.Pattern, int], ...]:
    """Each template as (signal, the pattern of the whole folded first line, the index of X's
    first word in it)."""
    out = []
    for signal, templates in lexicon().told.get("life_line", {}).items():
        for template in templates:
            before, _, after = (fold(part) for part in template.partition("X"))
            gap = r":?[ ]+" if before else ""
            pattern = rf"{re.escape(before.strip())}{gap}(?P<x>[^.!?]+?){re.escape(after)}[ .!]*"
            out.append((signal, re.compile(pattern), len(before.split())))
    return tuple(out)


def life_line(text: str) -> tuple[str, str] | None:
    """The signal and the folded line of a platform's life-event line that opens a caption
    ("Moved to Leeds, United Kingdom": ("moving", "moved to leeds, united kingdom")), or None."""
    line = text.strip().split("\n", 1)[0].strip()
    words, folded = line.split(), fold(line)
    for signal, pattern, at in _templates():
        hit = pattern.fullmatch(folded)
        if hit is None or at >= len(words):
            continue
        name = re.findall(r"\w[\w'’.&-]*", hit.group("x"))
        first = words[at].lstrip(":(\"'“")
        if 0 < len(name) <= MAX_NAME_WORDS and first[:1].isupper():
            return signal, folded
    return None
