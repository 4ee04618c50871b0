"""caption_conditions: a chronic illness or a disability told as people tell it, and whose it is.

People with a condition name it as they live it (the lexicon's `health` words: "my MS", "Schübe",
"sclérose en plaques", "na vozíku", "tekerlekli sandalyemden"). Read with `captions.yaml`'s
`chronic52` section, on the folded caption:

- a health word in the clause of a cause's day or walk (`cause`: an awareness day, week or month,
  a sponsored walk, a fundraiser, a charity: "Epilepsy awareness day 💜 wearing purple for my
  nephew", "Giornata mondiale dell'epilessia", "Marathon for Diabetes UK in 3 weeks") is the
  cause's ("cause": the label guide's `mentioned`), unless the owner's possessive opens it or
  stands just before it (`_owned`: "World MS Day, ten years with my MS");
- an aid or a condition whose nearest person word before it, back to a hashtag block, is a
  stranger named by the caption (`strangers`: "I watched a man in a power chair", "un monsieur en
  béquilles", "a moça de cadeira de rodas", "une mannequin en fauteuil") is theirs ("others"),
  not where a first-person word comes between, nor where the stranger word is the owner's spouse
  ("my man in his wheelchair": the household's);
- a health word given to others by a person word before it stays the owner's where the owner's
  possessive opens it or stands just before it ("avec un sac à dos et ma canne", "à cause de mon
  traitement"), not a carer's or a ward's word (`carers`: "Mon médecin dit que je suis en
  pleine forme"), or where a Turkish word carries the first person's possessive suffix
  (`suffix`: "Eşim kolileri taşırken ben tekerlekli sandalyemden talimat verdim", "epilepsi
  ilaçlarımı").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .caption_care import owner_word
from .caption_lexicon import fold, section_patterns_by_lang
from .caption_words import Found, clause_words

HASHTAGS = "|"  # the token that opens a hashtag block: no person word before it reaches across
BACK = 8  # how many words back a stranger is looked for


@lru_cache(maxsize=1)
def _tables() -> dict[str, dict[str, re.Pattern]]:
    """The `chronic52` section's tables: per table, one pattern per language."""
    return section_patterns_by_lang("chronic52")


def _match(table: str, word: str, langs: frozenset[str]) -> bool:
    """True when a folded word is whole one of `table`'s words in the caption's languages
    (English beside them)."""
    return any(p.fullmatch(word) for la, p in _tables()[table].items() if la in langs | {"en"})


def _owned(tokens: tuple[str, ...], span: tuple[int, int], langs: frozenset[str]) -> bool:
    """True when the owner's possessive (`mine`: "my", "mi", "mojej", "benim") opens the health
    word at `span` or stands just before it."""
    before = tokens[span[0] - 1] if span[0] > 0 else ""
    return _match("mine", tokens[span[0]], langs) or _match("mine", before, langs)


def _suffixed(tokens: tuple[str, ...], span: tuple[int, int], term: str) -> bool:
    """True when the last word of the Turkish health word at `span` carries the first person's
    possessive suffix after the lexicon's stem (`suffix`: "sandalye|mden", "ilaclar|imi")."""
    stem, word = fold(term).split()[-1].rstrip("*"), tokens[span[1] - 1]
    rest = word[len(stem) :] if word.startswith(stem) else ""
    return bool(rest) and _tables()["suffix"]["tr"].fullmatch(rest) is not None


def _theirs_kept(
    tokens: tuple[str, ...], span: tuple[int, int], term: str, langs: frozenset[str]
) -> bool:
    """True when a health word given to others is the owner's all the same: the owner's
    possessive opens it or stands just before it ("avec un sac à dos et ma canne", "à cause de
    mon traitement"), but not a carer's or a place of care's word (`carers`: "mon médecin dit",
    "mi perro es mi psicólogo", "in meiner Notaufnahme": the doctor's words, a figure, a
    workplace), or a Turkish word carries the first person's suffix (`_suffixed`)."""
    if "tr" in langs and _suffixed(tokens, span, term):
        return True
    return _owned(tokens, span, langs) and not _match("carers", fold(term).split()[-1], langs)


def _spouse(word: str) -> bool:
    """True when a folded word names a spouse or a partner (`health51.household`: "man",
    "vrouw", "Frau"): after the owner's possessive, the household, no stranger."""
    return section_patterns_by_lang("health51")["household"]["any"].fullmatch(word) is not None


def _stranger(tokens: tuple[str, ...], span: tuple[int, int], langs: frozenset[str]) -> bool:
    """True when the nearest person word before `span` (up to `BACK` words, not across a
    hashtag block) is a stranger (`strangers`), not the owner's spouse ("my man":
    `health51.household`), before any first-person word."""
    for k in range(span[0] - 1, max(-1, span[0] - 1 - BACK), -1):
        w = tokens[k]
        if w == HASHTAGS or owner_word(w, langs):
            return False
        if _match("strangers", w, langs):
            return not (k > 0 and _match("mine", tokens[k - 1], langs) and _spouse(w))
    return False


def _cause(
    tokens: tuple[str, ...], where: tuple[int, ...], span: tuple[int, int], langs: frozenset[str]
) -> bool:
    """True when the clause of the health word at `span` names a cause's day or walk (`cause`:
    "awareness day", "giornata mondiale", "Spendenlauf"), in the caption's languages; its words
    are read apart and run together, as a hashtag writes them ("#diamundialdoautismo")."""
    words = clause_words(tokens, where, span[0])
    clauses = (" ".join(words), "".join(words))
    return any(
        p.search(c) for la, p in _tables()["cause"].items() if la in langs | {"en"} for c in clauses
    )


def conditions_reading(
    tokens: tuple[str, ...], where: tuple[int, ...], langs: frozenset[str], found: list[Found]
) -> list[Found]:
    """`found` with the health words of a cause dropped ("cause": `_cause`), a stranger's aid or
    condition dropped ("others": `_stranger`), a health word given to others kept where the
    owner's possessive stands at it (None: `_theirs_kept`); other terms as they were."""
    out = []
    for m, why, span in found:
        if m.signal == "health" and span is not None and why in (None, "others"):
            if why == "others" and _theirs_kept(tokens, span, m.term, langs):
                why = None
            elif why is None and not _owned(tokens, span, langs):
                if _cause(tokens, where, span, langs):
                    why = "cause"
                elif _stranger(tokens, span, langs):
                    why = "others"
        out.append((m, why, span))
    return out
