"""caption_care: whose care a caption's health words tell, where they only say a place, and a
work word that names the office of the jobless.

- A place of care alone (hospital, clinic: `hardtimes44.places`) beside another act of the
  owner's (`setting`: their work, a protest, a prayer, a proposal, vows, studies, a move) is the
  setting of that act, not the owner's stay ("He asked on the hospital balcony 💍", "Petitie
  tegen sluiting van het ziekenhuis", "Nocna zmiana w szpitalu", "Co wieczór różaniec za męża w
  szpitalu"), unless the caption lays the owner there (`stay`: a hospital bed, a drip, a
  discharge: "Nişanlandık! Hastane bahçesinde, serumum takılıyken sordu").
- An aid (crutches, a wheelchair, a rollator, a wig: `aids`) is the carrier's whom the nearest
  person word before it names: the owner's when it is the first person ("Na promoci
  synovce jsem byla o berlích", "Diploma-uitreiking van mijn neef, ik zat vooraan met mijn
  rollator"), someone else's when it is a relative or another ("Met spandoek en mam in de
  rolstoel", "Mama po operacji biodra, już chodzi z balkonikiem"); a wig for a costume is no
  aid ("Koningsdag, oranje pruik op"); in Turkish, whose verb ends the clause, the
  owner's verb after it ("Kuzenimin mezuniyetine koltuk değnekleriyle gittim").
- A fertility treatment (`fertility`: IVF, ICSI, PMA, Kinderwunsch) beside the owner's pregnancy
  or child is pregnancy care (the label guide: "pregnancy care is `pregnancy`"), no illness
  ("Zwanger! Na drie jaar en twee IVF-pogingen", "Po třech IVF máme doma Toníka").
- A work word inside the office or the benefit of the jobless (`jobless`: "the unemployment
  office", "úřad práce", "işsizlik maaşı") names no job of the owner's.

The patterns are the `hardtimes44` section of `captions.yaml`, read on the folded caption.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .caption_lexicon import fold, lexicon, lexicon_section, section_patterns
from .caption_words import Found


@lru_cache(maxsize=1)
def _tables() -> dict:
    """Per table of `captions.yaml`'s `hardtimes44` section, one pattern (its languages joined,
    as one group: `aids`, `places`, `self` and `theirs` are matched whole); `setting` as the set
    of its signals."""
    data = lexicon_section("hardtimes44")
    out: dict = section_patterns("hardtimes44", skip=("setting", "self"))
    out["setting"] = frozenset(s for sigs in data["setting"].values() for s in sigs)
    out["self"] = {la: re.compile("(?:" + "|".join(ps) + ")") for la, ps in data["self"].items()}
    return out


@lru_cache(maxsize=1)
def _persons() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """The one-word person words of the lexicon per language: the first person's
    (`context.first_person`, with `told.household.me` in every language) and others'
    (`context.relatives`)."""
    lex = lexicon()
    me = {fold(w) for w in lex.told.get("household", {}).get("me", ())}

    def words(table: dict) -> dict[str, frozenset[str]]:
        return {la: frozenset(c[0] for c in cs if len(c) == 1) for la, cs in table.items()}

    first = {la: ws | me for la, ws in words(lex.cues.first_person).items()}
    return first, words(lex.cues.relatives)


def _carrier(tokens: tuple[str, ...], span: tuple[int, int], langs: frozenset[str]) -> str | None:
    """Whose aid stands at `span`: "owner" when the nearest person word before it in the caption
    is the first person in the caption's languages (or, with none, a first-person verb just
    after it: "koltuk değnekleriyle gittim"), "others" when it is a relative or another, None
    when none is."""
    tables = _tables()
    firsts, relatives = _persons()
    langs = langs | {"en"}
    first = frozenset().union(*(firsts.get(la, frozenset()) for la in langs))
    others = frozenset().union(*(relatives.get(la, frozenset()) for la in langs)) - first
    verbs = [tables["self"][la] for la in langs if la in tables["self"]]

    def mine(w: str) -> bool:
        return w in first or any(v.fullmatch(w) for v in verbs)

    for k in range(span[0] - 1, -1, -1):  # back to the caption's start, across its clauses
        w = tokens[k]
        if mine(w):
            return "owner"
        if w in others or tables["theirs"].fullmatch(w):
            return "others"
    if any(mine(w) for w in tokens[span[1] : span[1] + 2]):
        return "owner"
    return None


def _place(term: str) -> bool:
    """True when a health term names a place of care (hospital, clinic), whole."""
    return bool(_tables()["places"].fullmatch(fold(term)))


def care_reading(
    text: str, tokens: tuple[str, ...], langs: frozenset[str], found: list[Found]
) -> list[Found]:
    """`found` with the owner's aid counted and others' dropped ("others"), a work word of the
    jobless office dropped ("jobless"), and the health terms that tell no care of the owner's
    dropped: a place of care alone that is the setting of another act of the owner's
    ("setting"), and a fertility treatment or its clinic beside the owner's pregnancy or child
    ("pregnancy")."""
    found = [_aid(tokens, langs, f) for f in found]
    found = _jobless(tokens, found)
    health = [m for m, why, _ in found if m.signal == "health" and why is None]
    if not health:
        return found
    tables = _tables()
    folded = fold(text)
    said = {m.signal for m, why, _ in found if why is None}
    fertility = tables["fertility"].search(folded)
    if fertility and said & {"pregnancy", "baby"}:
        treatment = fertility.group(0)
        return [
            (m, "pregnancy", s)
            if m.signal == "health"
            and why is None
            and (_place(m.term) or fold(m.term) in treatment or treatment in fold(m.term))
            else (m, why, s)
            for m, why, s in found
        ]
    setting = said & tables["setting"]
    if setting and all(_place(m.term) for m in health) and not tables["stay"].search(folded):
        return [
            (m, "setting", s) if m.signal == "health" and why is None else (m, why, s)
            for m, why, s in found
        ]
    return found


def _aid(tokens: tuple[str, ...], langs: frozenset[str], f: Found) -> Found:
    """One found term, an aid's judged by its carrier (`_carrier`), others as they were."""
    m, why, span = f
    if m.signal != "health" or span is None or why not in (None, "others"):
        return f
    tables = _tables()
    if not tables["aids"].fullmatch(fold(m.term)):
        return f
    if tables["wig"].fullmatch(fold(m.term)) and tables["costume"].search(" ".join(tokens)):
        return (m, "costume", span)  # "Koningsdag, oranje pruik op"
    carrier = _carrier(tokens, span, langs)
    if carrier == "owner":
        return (m, None, span)
    if carrier == "others":
        return (m, "others", span)
    return f


def _jobless(tokens: tuple[str, ...], found: list[Found]) -> list[Found]:
    """`found` with a work term that stands inside the office or the benefit of the jobless
    (`jobless`: "Úřad práce, třetí schůzka") dropped ("jobless")."""
    if not any(m.signal == "work" and why is None for m, why, _ in found):
        return found
    jobless = _tables()["jobless"]
    covered: set[int] = set()
    for n in (2, 3):  # the offices are named in two or three words
        for i in range(len(tokens) - n + 1):
            if jobless.fullmatch(" ".join(tokens[i : i + n])):
                covered |= set(range(i, i + n))
    return [
        (m, "jobless", s)
        if m.signal == "work" and why is None and s and set(range(*s)) <= covered
        else (m, why, s)
        for m, why, s in found
    ]
