"""caption_parents: parents of teenagers and single parents, read from the lexicon's `parents54`.

The label guide's `baby` row holds the owner's child at any age. Parents of older children and
single parents tell them in ways the little one's words miss:

- "single": the owner a single parent or a co-parent, the children at the other parent's
  ("Custody weekend with the boys", "Garde alternée, semaine 1", "Co-ouderschapsweek voorbij",
  "Çocuklar bu hafta sonu babalarında"), unless it is said of someone else (`why_not`) or of
  others' children (`caption_child._others_children`);
- "peers": a question to other parents that says the owner has a teenager too ("Vaši
  puberťáci taky odpovídají jen no?", "Zijn jullie pubers ook...", "Sizin ergenleriniz de");
- "named": a teenager's milestone told of a name, that name the owner's child (`named_teen`: "Jake
  passed his driving test", "Lisa heeft haar rijbewijs", "Le permis de Léa", "Bac de français
  demain pour Mathis", "Kuba má plané neštovice"), not where the caption speaks of pupils, a
  friend's or a relative's children, nor where a partner or a friend stands before the name.

The teenagers told bare ("two teenagers with headphones in", "Malle mit den Teenies", "met twee
pubers") are `parents54.teens`, read by `caption_child.kids_told` with the kids.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .caption_child import NAME, _found, _name, _others_children
from .caption_lexicon import Match, fold, lexicon, lexicon_section, words_of
from .caption_rules import pick
from .caption_told import alternation
from .context import why_not

Table = dict[str, list[tuple[str, ...]]]
GAP = r"(?:[ ]+[^\W\d_]+){0,3}?"  # up to three words between, no figure and no stop


class Parents54(NamedTuple):
    """The lexicon's `parents54` section: the phrase tables folded, the milestones compiled."""

    single: Table  # the owner a single parent or a co-parent
    peers: Table  # a question to other parents of teenagers
    named: dict[str, list[re.Pattern]]  # per language: a name and a teenager's milestone
    near: frozenset[str]  # a partner's or a friend's word that may stand just before the name
    milestones: re.Pattern  # every language's milestone words, for the gate
    not_child: tuple[str, ...]  # starts of the words that make a named teenager someone else's
    not_names: frozenset[str]  # capitalised words that open a sentence and are no name


@lru_cache(maxsize=1)
def _tables() -> Parents54:
    """The `Parents54` of the lexicon file's `parents54` section (and `family43`'s partners and
    others, for the words before a name)."""
    data, fam = lexicon_section("parents54"), lexicon_section("family43")

    def table(key: str) -> Table:
        """The phrases under `key`, per language, as folded word tuples."""
        return {lang: [tuple(words_of(p)) for p in ps] for lang, ps in data[key].items()}

    named = {}
    for lang, ms in data["milestone"].items():
        milestone = f"(?i:{'|'.join(ms)})"
        joins = f"(?i:{alternation(data['for_name'].get(lang, []) + data['for_name']['en'])})"
        verbs = data["verbs"].get(lang) or []
        named[lang] = [
            re.compile(rf"{NAME}['’]s(?:[ ]+[^\W\d_]+){{0,2}}?[ ]+{milestone}"),
            *(
                [re.compile(rf"{NAME}[ ]+(?i:{alternation(verbs)}){GAP}[ ]+{milestone}")]
                if verbs
                else []
            ),
            re.compile(rf"{milestone}{GAP}[ ]+{joins}[ ]+{NAME}"),
            re.compile(rf"{joins}[ ]+{NAME}{GAP}[ ]+{milestone}"),
        ]
    near = frozenset(
        words_of(w)[-1] for k in ("partners", "others") for ps in fam[k].values() for w in ps
    )
    every = re.compile("(?i:" + "|".join(m for ms in data["milestone"].values() for m in ms) + ")")
    not_child = tuple(fold(w) for ws in data["not_child"].values() for w in ws)
    not_names = frozenset(fold(w) for w in data["not_names"])
    return Parents54(table("single"), table("peers"), named, near, every, not_child, not_names)


def parents54_said(text: str, tokens: list[str]) -> bool:
    """Whether the caption holds a phrase of `parents54.single` or `peers`, or a teenager's
    milestone word, in any language (the gate before a caption's languages are told)."""
    tab = _tables()
    return bool(tab.milestones.search(text)) or any(
        _found(ps, tokens) is not None for t in (tab.single, tab.peers) for ps in t.values()
    )


def _partner_before(text: str, start: int) -> bool:
    """Whether a partner's or a friend's word stands in the two words before text[start] ("my
    boyfriend Tom", "mon copain Léo")."""
    before = words_of(text[max(0, start - 40) : start])[-2:]
    return bool(_tables().near.intersection(before))


def named_teen(text: str, langs: frozenset[str]) -> str | None:
    """The words of a teenager's milestone told of a name (`parents54.milestone`, the name before
    it or joined after it by `for_name`: "Tim hat seinen Führerschein", "ENEM no domingo pra
    Bia"), as written, or None: none, the name no name (`caption_child._name`, `not_names`: "Morgen
    beginnt für alle das Abi"), a partner's or a friend's word just before the name or as the name
    ("Mein Mann hat seinen Führerschein"), or a word of `parents54.not_child` in the caption (a
    grandchild's, a cousin's, a neighbour's, a flatmate's, a pupil's: "Kuzenim ehliyetini aldı")."""
    tab = _tables()
    named = tab.named
    if any(w.startswith(tab.not_child) for w in words_of(text)):
        return None
    for lang in sorted(langs | {"en"}):
        for pattern in named.get(lang, ()):
            for hit in pattern.finditer(text):
                name = _name(text, hit)
                if (
                    name
                    and not _partner_before(text, hit.start("name"))
                    and not ((tab.near | tab.not_names).intersection(words_of(name)))
                ):
                    return hit.group(0)
    return None


def parents54_reading(
    text: str, tokens: list[str], where: list[int], langs: frozenset[str], found: list
) -> list:
    """`found` with the owner's baby added, where none is said yet and the caption speaks of no
    others' children (`_others_children`): the owner a single parent or a co-parent
    (`parents54.single`, not said of another: `why_not`), a question to other parents of
    teenagers (`parents54.peers`) or a teenager's milestone told of a name (`named_teen`)."""
    if any(m.signal == "baby" and why is None for m, why, _ in found):
        return found
    tab, en = _tables(), langs | {"en"}
    if _others_children(tokens, langs):
        return found
    span = _found(pick(tab.single, en), tokens)
    if span and why_not(lexicon().cues, tokens, where, span, en, "baby") in (None, "question"):
        return [*found, (Match("baby", " ".join(tokens[span[0] : span[1]]), "told"), None, None)]
    span = _found(pick(tab.peers, en), tokens)
    if span:
        return [*found, (Match("baby", " ".join(tokens[span[0] : span[1]]), "told"), None, None)]
    teen = named_teen(text, langs)
    if teen:
        return [*found, (Match("baby", fold(teen), "told"), None, None)]
    return found
