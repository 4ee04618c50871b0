"""caption_kids: the owner's children told by rank, sex or a name taken along, and the owner
told by the parent's role, read from the lexicon's `kids54b`.

The label guide's `baby` row holds the owner's child at any age. Parents tell their children by
no child word at all, and the caption still says the owner has one:

- "rank": a child told by its place among the children, a noun opening a sentence or a clause
  ("Nejstarší se odstěhovala", "El mayor se va de Erasmus", "Der Jüngste zieht aus", "la petite a
  une bronchiolite"); a rank that is an adjective too ("la petite maison", "Malý byt") only before a
  verb, a clitic or an adverb (`next`, a Slavic past tense), German only written as a noun; never
  before a sibling, an animal, a thing or a place (`_no_child_after`), a name ("Le petit Lucas":
  another's newborn), nor the rank of a stranger elsewhere in the caption, nor a little one in a
  caption of a pregnancy (the unborn: "Il piccolo scalcia"), only an older one there ("Die Große
  weiß es schon");
- "sexes": the owner's boys or girls with a possessive that friends are never called by ("mis
  niñas", "unsere Jungs"), or bare or with a friend's possessive beside a child's cue, a school, a
  bed, a room ("die Jungs sind um 11 noch im Bett", "Oğlan okul değiştiriyor"), never beside a
  friend's, a team's or a workplace's cue ("die Jungs sind auf Malle", "The girls on ward 4",
  "Margaritas with my girls"), nor before a place's or a group's word ("los chicos del viaje");
- "roles": the owner told by the parent's role ("Mama-Taxi", "ich als müde Mutter", "A mãe
  aqui", "mum tears", "matka trójki", "#momof3");
- "taken": a child named and taken along to the owner's act ("Took Ellie along", "Zabrałam
  Zosię", "Elif'i de götürdüm", "ho portato Giulia"), not an animal's caption, a place, a
  partner's or a friend's name;
- "born": a birth told by the family now a count ("Seit gestern sind wir zu dritt"): the baby,
  and the pregnancy words of the same phrase no pregnancy now.

All stay silent where the caption speaks of others' children (`caption_child._others_children`:
a niece, a grandchild, a pupil, a friend's child).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .caption_child import NAME, UPPER, _found, _name, _others_children
from .caption_lexicon import Match, fold, lexicon, lexicon_section, words_of
from .caption_places import named_places
from .caption_rules import pick
from .caption_told import alternation
from .context import cue_anywhere

Table = dict[str, list[tuple[str, ...]]]
POSSESSIVE_LANGS = ("en", "es", "pt", "fr", "de", "it", "nl", "pl", "cs", "tr")
SLAVIC_PAST = re.compile(r"[^\W\d_]{2,}(?:ł|ła|ło|li|ły|l|la|lo)$")
SPARED = ("language", "pregnancy")  # a baby word ruled out only by its language or a pregnancy
OPENER = r"(?:^|[^\w\s'’\"«»“”„-][ \t]*)"  # the caption's start, a stop, a comma, an emoji


class Kids54(NamedTuple):
    """The lexicon's `kids54b` section: the ranks compiled, the phrase tables folded."""

    ranks: dict[str, re.Pattern]  # per language: a rank opening a sentence or a clause
    adjectives: frozenset[str]  # the ranks that are adjectives too, folded
    older: frozenset[str]  # the ranks of an older child, folded: no unborn one
    next: frozenset[str]  # the words that may follow an adjective rank, folded
    not_after: tuple[str, ...]  # starts of words after a rank that make it no child
    not_after_words: frozenset[str]  # whole words after a rank that make it no child
    not_mine: tuple[str, ...]  # starts of words that make the child someone else's
    pet_acts: tuple[str, ...]  # starts of words of an animal's care: a name taken is a pet's
    sexes_mine: Table  # the owner's boys or girls with a possessive
    sexes: Table  # the boys or the girls told bare
    cues: Table  # a child's cue beside the bare boys or girls
    friends: Table  # a friend's, a team's or a workplace's cue
    roles: Table  # the owner told by the parent's role
    role_tags: tuple[str, ...]  # starts of a hashtag's word that tell the role
    taken: dict[str, re.Pattern]  # per language: a verb of taking, a name (and what follows)
    born: Table  # a birth told by the family now a count


@lru_cache(maxsize=1)
def _tables() -> Kids54:
    """The `Kids54` of the lexicon file's `kids54b` section."""
    data = lexicon_section("kids54b")

    def table(key: str) -> Table:
        """The phrases under `key`, per language, as folded word tuples."""
        return {lang: [tuple(words_of(p)) for p in ps] for lang, ps in data[key].items()}

    ranks = {
        lang: re.compile(rf"(?i:{OPENER})(?P<rank>(?i:{alternation(rs)}))(?![\w'’-])")
        for lang, rs in data["ranks"].items()
    }
    taken = {}
    for lang, verbs in data["taken"].items():
        after = data["taken_after"].get(lang)
        tail = rf"[ ]+(?:{'|'.join(after)})" if after else r"(?![\w'’-])"
        taken[lang] = re.compile(rf"(?:{'|'.join(verbs)})[ ]+{NAME}{tail}")
    taken["tr"] = re.compile(rf"(?<![\w'’#@])(?P<name>[{UPPER}][^\W\d_]+){data['taken_tr']}")
    return Kids54(
        ranks,
        frozenset(fold(r) for r in data["adjectives"]),
        frozenset(fold(r) for r in data["older"]),
        frozenset(fold(w) for ws in data["next"].values() for w in ws),
        tuple(fold(w) for w in data["not_after"]),
        frozenset(fold(w) for w in data["not_after_words"]),
        tuple(fold(w) for w in data["not_mine"]),
        tuple(fold(w) for w in data["pet_acts"]),
        table("sexes_mine"),
        table("sexes"),
        table("cues"),
        table("friends"),
        table("roles"),
        tuple(fold(w) for w in data["role_tags"]),
        taken,
        table("born"),
    )


def _next_word(text: str, end: int) -> str | None:
    """The word just after text[end] as written, or None where the clause ends there."""
    hit = re.match(r"[ \t]*([^\W\d_]+)", text[end:])
    return hit.group(1) if hit else None


def _no_child_after(word: str) -> bool:
    """Whether a folded word after a rank or the boys makes them no child: a sibling, an animal,
    a thing (`not_after`), a preposition of a place, a group or a team (`not_after_words`)."""
    tab = _tables()
    return word.startswith(tab.not_after) or word in tab.not_after_words


def _a_child_rank(text: str, hit: re.Match, pregnant: bool) -> bool:
    """Whether the rank at `hit` is a child: not before a capitalised word (a name, a German noun),
    a hyphen or a word of `_no_child_after`; an adjective rank only before a word of `next` or a
    Slavic past tense (German: written as a noun); in a pregnancy's caption only an older one."""
    tab = _tables()
    rank = fold(hit.group("rank"))
    if pregnant and rank not in tab.older:
        return False
    if text[hit.end() : hit.end() + 1] in "-‑":
        return hit.end() == len(text)
    word = _next_word(text, hit.end())
    if word is None:
        return rank not in tab.adjectives  # "Malý, ale můj": the flat
    if word[0].isupper() or _no_child_after(fold(word)):
        return False
    if rank not in tab.adjectives:
        return True
    written = hit.group("rank").split()[-1]
    if rank.split()[0] in ("der", "die") and rank.split()[-1] != "jungste":
        return written[0].isupper()  # "Die Kleine schläft", not "die kleine Wohnung"
    return fold(word) in tab.next or bool(SLAVIC_PAST.match(word))


def rank_told(text: str, langs: frozenset[str], pregnant: bool = False) -> str | None:
    """The rank of the owner's child opening a sentence or a clause (`kids54b.ranks`: "Der
    Jüngste zieht aus", "Malej brečel"), as written, or None: none that `_a_child_rank` reads, or
    the same rank before a word that makes it no child elsewhere in the caption (a stranger's)."""
    tab = _tables()
    for lang in sorted(langs):
        pattern = tab.ranks.get(lang)
        hits = list(pattern.finditer(text)) if pattern else []
        if any(_no_child_after(fold(_next_word(text, h.end()) or "")) for h in hits):
            return None  # "la petite fille devant nous ... La petite a dit": a stranger
        for hit in hits:
            if _a_child_rank(text, hit, pregnant):
                return hit.group("rank")
    return None


def sexes_told(tokens: list[str], langs: frozenset[str]) -> tuple[int, int] | None:
    """The span of the owner's boys or girls (`kids54b.sexes_mine`: "mis niñas"; or `sexes`, "my
    girls" too, beside a child's cue of `cues`: "die Jungs sind noch im Bett"), or
    None: none, a friend's, a team's or a workplace's cue in the caption (`friends`), or a word of a
    place, a team or a group after them ("holky z naší školky", "los chicos del viaje")."""
    tab, en = _tables(), langs | {"en"}
    if _found(pick(tab.friends, en), tokens) is not None:
        return None
    span = _found(pick(tab.sexes_mine, en), tokens)
    if span is None:
        span = _found(pick(tab.sexes, en), tokens)
        if span is None or _found(pick(tab.cues, en), tokens) is None:
            return None
    after = tokens[span[1] : span[1] + 1]
    return None if after and _no_child_after(after[0]) else span


def role_told(text: str, tokens: list[str], langs: frozenset[str]) -> str | None:
    """The words that tell the owner by the parent's role (`kids54b.roles`, or a hashtag whose
    word starts as one of `role_tags`: "#momof3"), folded, or None."""
    tab = _tables()
    span = _found(pick(tab.roles, langs | {"en"}), tokens)
    if span is not None:
        return " ".join(tokens[span[0] : span[1]])
    for tag in re.findall(r"#(\w+)", text):
        if fold(tag).startswith(tab.role_tags):
            return fold(tag)
    return None


def taken_named(text: str, tokens: list[str], langs: frozenset[str]) -> str | None:
    """The words of a child named and taken along by the owner (`kids54b.taken`: "Took Ellie along",
    "Zabrałam Zosię"), as written, or None: none, an animal's care or walk in the caption
    (`pet_acts`: the name a pet's), the name no name (`caption_child._name`), a place, or a
    partner's or a friend's word."""
    if any(t.startswith(_tables().pet_acts) for t in tokens):
        return None
    near = _partners()
    for lang in sorted(langs | {"en"}):
        pattern = _tables().taken.get(lang)
        for hit in pattern.finditer(text) if pattern else ():
            name = _name(text, hit)
            if not name or named_places(name, words_of(name)):
                continue
            if near.intersection(words_of(name)) or near.intersection(tokens):
                continue
            return hit.group(0)
    return None


@lru_cache(maxsize=1)
def _partners() -> frozenset[str]:
    """The last words of `family43`'s partners and others (a partner or a friend taken along)."""
    fam = lexicon_section("family43")
    return frozenset(
        words_of(w)[-1] for k in ("partners", "others") for ps in fam[k].values() for w in ps
    )


def kids_said(text: str, tokens: list[str]) -> bool:
    """Whether the caption may hold one of `kids_reading`'s readings, in any language (the gate
    before a caption's languages are told)."""
    every = frozenset(POSSESSIVE_LANGS)
    tab = _tables()
    return bool(
        rank_told(text, every)
        or sexes_told(tokens, every)
        or role_told(text, tokens, every)
        or any(_found(ps, tokens) for ps in tab.born.values())
        or any(p.search(text) for p in tab.taken.values())
    )


def kids_reading(
    text: str, tokens: list[str], where: list[int], langs: frozenset[str], found: list
) -> list:
    """`found` with the owner's baby added, where no baby is read yet (the owner's, or one the rules
    read as another's) and the caption speaks of no others' children (`_others_children`,
    `kids54b.not_mine`: a neighbour's, a newborn visited; no name taken beside an animal): a birth
    told by a count (`born`: its pregnancy words then no pregnancy), a child's rank (`rank_told`),
    the owner's boys or girls (`sexes_told`), the parent's role (`role_told`) or a child named and
    taken along (`taken_named`)."""
    if any(m.signal == "baby" and why not in SPARED for m, why, _ in found):
        return found  # the owner's, or a baby the rules read as another's
    tab, en = _tables(), langs | {"en"}
    if _others_children(tokens, langs) or any(t.startswith(tab.not_mine) for t in tokens):
        return found
    animals = cue_anywhere(lexicon().cues.animals, tokens, frozenset(POSSESSIVE_LANGS))
    span = _found(pick(tab.born, en), tokens)
    if span is not None:
        found = [(m, "born" if m.signal == "pregnancy" else w, s) for m, w, s in found]
        words = " ".join(tokens[span[0] : span[1]])
        return [*found, (Match("baby", words, "told"), None, None)]
    pregnant = any(m.signal == "pregnancy" and why is None for m, why, _ in found)
    said = rank_told(text, langs, pregnant)
    span = None if said else sexes_told(tokens, langs)
    said = said or (" ".join(tokens[span[0] : span[1]]) if span else None)
    said = said or role_told(text, tokens, langs)
    said = said or (None if animals else taken_named(text, tokens, langs))
    if said is None:
        return found
    return [*found, (Match("baby", fold(said), "told"), None, None)]
