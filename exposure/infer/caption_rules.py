"""caption_rules: a rule's own caption words, read as the lexicon's signals are, and one count
per post.

`rule_hits` says where a caption uses one of a rule's words in its own language, in any of its
forms, about the owner (the context of `context.why_not`; for a hobby's activity words also not
someone else's doing, `anothers_activity`; for a person the photo shows, not whom an ask
is for, `_asked_for`); `once_per_post` keeps one photo of the photos that
share a caption and an upload day.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

import pandas as pd

from .caption_lexicon import (
    LANGUAGES,
    Phrases,
    fold,
    lexicon,
    make_phrases,
    make_term,
    words_of,
)
from .caption_words import caption_tokens, cue_langs_of, find_terms
from .context import why_not
from .language import caption_languages


def rule_hits(captions: pd.Series, words: dict[str, list[str]], about: str = "") -> pd.Series:
    """index -> True where a caption uses one of a rule's words (`{lang: [phrase, ...]}`) in the
    caption's own language, in any of its forms, about the owner (as signals are read); with
    `about` "activity" (a hobby's words), not where the caption says someone else does it
    (`anothers_activity`: "My cousin is obsessed with tennis, not me"); with "person" (words of
    a person the photo shows: "my daughter"), not whom a question asks for (`_asked_for`:
    "Kennt jemand eine gute Umzugsfirma? Für meine Tochter")."""
    key = tuple(sorted((lang, w) for lang, ws in words.items() for w in ws or []))
    return captions.map(lambda text: _says(text, key, about) if isinstance(text, str) else False)


@lru_cache(maxsize=262144)  # rules re-run on the same captions (remove-to-hide)
def _says(text: str, key: tuple[tuple[str, str], ...], about: str = "") -> bool:
    """Whether `text` uses one of the (lang, phrase) pairs of `key` and it counts (with
    `about`: "activity", no one else does it; "person", not whom an ask is for)."""
    if not text.strip() or not key:
        return False
    lex = lexicon()
    phrases, known, first = _rule_phrases(key)
    if not first.search(_folded(text)):  # none of the words, in any form, even in a hashtag
        return False
    tokens, where, kinds = caption_tokens(text, lex, known)
    langs = caption_languages(text)
    for term, i in find_terms(phrases, tokens, langs=langs, where=where):
        if term.signal and (term.lang in langs or term.lang not in LANGUAGES):
            span = (i, i + len(term.words))
            if (
                why_not(
                    lex.cues,
                    tokens,
                    where,
                    span,
                    cue_langs_of(langs, term.lang),
                    term.signal,
                    kinds,
                )
                is None
            ) and not _not_theirs(about, tokens, where, span, langs | {term.lang}, kinds):
                return True
    return False


def _not_theirs(
    about: str,
    tokens: list[str],
    where: list[int],
    span: tuple[int, int],
    langs: frozenset[str],
    kinds: dict[int, str],
) -> bool:
    """Whether a rule's word at tokens[span] read `about` an activity or a person is not the
    owner's doing (`anothers_activity`) or not a person the photo shows (`_asked_for`)."""
    if about == "activity":
        return anothers_activity(tokens, where, span, langs)
    if about == "person":
        return _asked_for(tokens, where, span, langs, kinds)
    return False


def _asked_for(
    tokens: list[str], where: list[int], span: tuple[int, int], langs: frozenset[str], kinds
) -> bool:
    """Whether a `for_them` word of `langs` (`told.activity_others`) opens the clause of
    tokens[span] just before it, right after a question: whom an ask is for, no one the photo
    shows ("Kennt jemand eine gute Umzugsfirma in Bielefeld? Für meine Tochter", "Any tips for
    a good dentist? For my son")."""
    phrases = pick(_others().for_them, langs)
    i = span[0]
    opens = [p for p in phrases if i >= len(p) and tuple(tokens[i - len(p) : i]) == p]
    start = i - max((len(p) for p in opens), default=0)
    if not opens or start == 0 or where[start] != where[i] or where[start - 1] == where[i]:
        return False
    return kinds.get(where[start - 1]) == "question"


class Others(NamedTuple):
    """`told.activity_others`: each table's phrases as folded word tuples, per language."""

    subjects: dict[str, list[tuple[str, ...]]]
    with_: dict[str, list[tuple[str, ...]]]
    me: dict[str, list[tuple[str, ...]]]
    not_me: dict[str, list[tuple[str, ...]]]
    watch: dict[str, list[tuple[str, ...]]]
    crowd: dict[str, list[tuple[str, ...]]]
    for_them: dict[str, list[tuple[str, ...]]]


SUBJECT_AT = 3  # words from the start of its clause a subject may begin at ("A mi primo")
NOT_ME_MORE = 2  # words a `not_me` clause may hold beyond the phrase ("…, ich aber nicht 😅")


@lru_cache(maxsize=1)
def _others() -> Others:
    """The `activity_others` tables of the lexicon's `told`, as folded word tuples per language."""
    data = lexicon().told["activity_others"]
    table = lambda key: {  # noqa: E731
        lang: [tuple(words_of(p)) for p in phrases] for lang, phrases in data[key].items()
    }
    keys = ("subjects", "with", "me", "not_me", "watch", "crowd", "for_them")
    return Others(*(table(k) for k in keys))


def phrase_at(phrases: Iterable[tuple[str, ...]], tokens: list[str], s: int) -> int:
    """The length of the longest of `phrases` (word tuples) that starts at tokens[s], or 0."""
    return max((len(p) for p in phrases if tuple(tokens[s : s + len(p)]) == p), default=0)


def pick(table: dict[str, list[tuple[str, ...]]], langs: frozenset[str]) -> list[tuple[str, ...]]:
    """The phrases of `table` (per language) in `langs`, language by language in sorted order."""
    return [p for lang in sorted(langs) for p in table.get(lang, ())]


def anothers_activity(
    tokens: list[str], where: list[int], span: tuple[int, int], langs: frozenset[str]
) -> bool:
    """Whether the activity word at tokens[span] is said of someone else, by the cues of
    `told.activity_others` in `langs`: a relative, a friend or a colleague opens its clause as
    the subject, with no first-person word in that clause and no `with` just before them ("My
    cousin is obsessed with tennis"; not "I play tennis with my cousin", "Papa und ich beim
    Tennis"); a clause of the caption opens with a `not_me` phrase ("…, ich nicht"); or its clause
    holds both a `watch` and a `crowd` word, no `with` just before it ("Wir schauen den Kindern
    beim Fußball zu"; not "Fußball gucken mit den Jungs": followed together)."""
    o = _others()
    with_, not_me = pick(o.with_, langs), pick(o.not_me, langs)
    if another_subject(tokens, where, span, langs, len(tokens)):
        return True
    firsts = [k for k in range(len(tokens)) if k == 0 or where[k] != where[k - 1]]
    for k in firsts:
        size = sum(1 for w in where if w == where[k])
        n = phrase_at(not_me, tokens, k)
        if n and size <= n + NOT_ME_MORE and tokens[k] != "|":
            return True
    watch, crowd = pick(o.watch, langs), pick(o.crowd, langs)
    inside = [k for k in range(len(tokens)) if where[k] == where[span[0]]]
    return any(phrase_at(watch, tokens, k) for k in inside) and any(
        phrase_at(crowd, tokens, k)
        and not any(phrase_at(with_, tokens, b) for b in range(max(0, k - 2), k))
        for k in inside
    )


def another_subject(
    tokens: list[str],
    where: list[int],
    span: tuple[int, int],
    langs: frozenset[str],
    upto: int | None = None,
) -> bool:
    """Whether a relative, a friend or a colleague (`told.activity_others.subjects` in `langs`)
    opens the clause of tokens[span] as its subject, within `SUBJECT_AT` words of its start and
    before the word, no `with` word just before them ("mit meinem Bruder") and no first-person word
    (`me`) in the clause up to tokens[upto] (the word's end when None: "My colleague is on
    maternity leave, so I'm covering" is still hers)."""
    o = _others()
    subjects, with_, me = (pick(t, langs) for t in (o.subjects, o.with_, o.me))
    inside = [k for k in range(len(tokens)) if where[k] == where[span[0]]]
    end = span[1] if upto is None else upto
    if any(phrase_at(me, tokens, k) for k in inside if k < end):
        return False
    start = inside[0]
    return any(
        phrase_at(subjects, tokens, s)
        and not any(phrase_at(with_, tokens, b) for b in range(max(start, s - 2), s))
        for s in range(start, min(span[0], start + SUBJECT_AT))
    )


@lru_cache(maxsize=256)
def _rule_phrases(key: tuple[tuple[str, str], ...]) -> tuple[Phrases, frozenset[str], re.Pattern]:
    """A rule's words as terms beside the lexicon's false friends; the words that split hashtags
    (the lexicon's and the rule's); and a pattern that finds the first word of one of them."""
    lex = lexicon()
    terms = [make_term(w, "rule", lang, inflect=True) for lang, w in key]
    friends = [t for t in lex.signals.terms() if t.signal is None]
    words = {w for t in terms for w in t.words if len(w) > 1}
    firsts = {f for t in terms for f in (t.forms[0] if t.forms else t.words[:1])}
    first = re.compile("|".join(map(re.escape, sorted(firsts, key=len, reverse=True))) or "(?!)")
    return make_phrases(terms + friends), lex.words | words, first


@lru_cache(maxsize=65536)
def _folded(text: str) -> str:
    """`fold(text)`, kept for the rules that read the same caption one after another."""
    return fold(text)


def once_per_post(hits: pd.Series, photos: pd.DataFrame, column: str = "caption") -> pd.Series:
    """photo_id -> hit, with one photo kept per post: the photos that share a caption and an
    upload day (else a day taken) are one post, and its caption counts once, on its first photo."""
    if not hits.any() or column not in photos:
        return hits
    p = photos.drop_duplicates("photo_id").set_index("photo_id").reindex(hits.index[hits])
    when = p["uploaded_at"] if "uploaded_at" in p else pd.Series(pd.NaT, index=p.index)
    if "when" in p:
        when = when.fillna(p["when"]) if when.notna().any() else p["when"]
    day = pd.to_datetime(when, utc=True, errors="coerce").dt.strftime("%Y-%m-%d").fillna("")
    post = p[column].fillna("").astype(str).str.strip() + "\x00" + day
    repeat = post.duplicated() & (p[column].fillna("").astype(str).str.strip() != "")
    out = hits.copy()
    out[repeat[repeat].index] = False
    return out
