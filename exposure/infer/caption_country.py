"""caption_country: the farm and the village of the countryside's writers, read right.

Farmers tell their work by their herd, their land and their machines, not by a job's words, and
the village's councils and clubs meet without anyone's job. Read with `captions.yaml`'s
`country47` section:

- the owner's farm named by a possessive before its animals, its land or its machines ("our
  cows", "meine Kühe", "mes génisses", "i miei vitelli", "nasze gospodarstwo", "ineklerimiz"),
  the owner's farming said in the first person ("Ich bin Landwirt", "prowadzę gospodarstwo",
  "reprendre la ferme", `own_farm`), the herd that will not wait for the owner ("Die Kühe fahren
  nicht in den Süden", "quem trata das vacas?", `bound`) or the owner's herding dog ("Naše Bella
  je nejlepší ovčácký pes", `herd_dog` in a sentence opening with a first-person word) is the
  owner's work;
- a meeting of the council, of the village or of a club ("Parish council meeting tonight",
  "Réunion du conseil municipal", "Jaarvergadering van de ijsclub", `council`) is no job: its
  meeting word (`meeting`) is no work of the owner's;
- the village's school told as a place, closed, saved or kept open, the school of the owner's
  childhood remembered, a class reunion ("Aquí se cerró la escuela", "de dorpsschool blijft
  open", "Que saudades da minha escola primária", `school_place`) is no schooling of the owner's.
"""

from __future__ import annotations

from .caption_lexicon import Match, first_words, fold, lexicon, section_search
from .caption_words import Found, enclosing
from .context import why_not_emoji


def _search(table: str, folded: str, langs: frozenset[str] | None = None):
    """The first match of the `country47` section's `table` in the folded caption, in the
    languages `langs` (English and "any" beside them; None: every language)."""
    return section_search("country47", table, folded, langs)


def country_said(folded: str) -> bool:
    """True when the folded caption tells the owner's farm, its herd that will not wait or a
    herding dog (for the gate of `caption_reading`: such a caption may have no signal word)."""
    return any(_search(t, folded) for t in ("own_farm", "bound", "herd_dog"))


def own_farm(folded: str, langs: frozenset[str]) -> str | None:
    """The words that tell the owner's farm ("our cows", "prowadzę gospodarstwo", "Die Kühe
    fahren nicht in den Süden", "Naše Bella je nejlepší ovčácký pes": a herding dog in a sentence
    that opens with a first-person word); or None."""
    hit = _search("own_farm", folded, langs) or _search("bound", folded, langs)
    if hit:
        return hit.group(0)
    dog = _search("herd_dog", folded)
    if dog:
        start, _ = enclosing(folded, dog.start(), dog.end())
        opening = folded[start : dog.start()].split()[:2]
        if first_words(langs).intersection(w.strip(",") for w in opening):
            return dog.group(0)
    return None


def country_reading(
    text: str,
    tokens: tuple[str, ...],
    langs: frozenset[str],
    found: list[Found],
    folded: str | None = None,
) -> list[Found]:
    """`found` with a meeting word no work where the caption names a council's, a village's or a
    club's meeting ("council"), the school no schooling where the caption tells it as a place
    (closed, saved, remembered: "place"), and the owner's farm told by its animals, land or acts
    added as the owner's `work` ("told") where no work word of the owner's counts (judged as a
    work emoji would be: a family farm names its family). `folded`: the caption folded, when the
    caller has it."""
    folded = fold(text) if folded is None else folded
    council = _search("council", folded, langs) is not None
    place = _search("school_place", folded, langs) is not None
    out: list[Found] = []
    for m, why, span in found:
        if why is None and council and m.signal == "work" and _search("meeting", fold(m.term)):
            why = "council"
        elif why is None and place and m.signal == "school":
            why = "place"
        out.append((m, why, span))
    if any(m.signal == "work" and why is None for m, why, _ in out):
        return out
    farm = own_farm(folded, langs)
    if farm:
        why = why_not_emoji(lexicon().cues, list(tokens), langs | {"en"}, "work")
        out.append((Match("work", farm, "told"), why, None))
    return out
