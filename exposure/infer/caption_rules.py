"""caption_rules: a rule's own caption words, read as the lexicon's signals are, and one count
per post.

`rule_hits` says where a caption uses one of a rule's words in its own language, in any of its
forms, about the owner (the context of `context.why_not`); `once_per_post` keeps one photo of the
photos that share a caption and an upload day.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from .caption_lexicon import LANGUAGES, Phrases, fold, lexicon, make_phrases, make_term
from .caption_words import caption_tokens, cue_langs_of, find_terms
from .context import why_not
from .language import caption_languages


def rule_hits(captions: pd.Series, words: dict[str, list[str]]) -> pd.Series:
    """index -> True where a caption uses one of a rule's words (`{lang: [phrase, ...]}`) in the
    caption's own language, in any of its forms, about the owner (as signals are read)."""
    key = tuple(sorted((lang, w) for lang, ws in words.items() for w in ws or []))
    return captions.map(lambda text: _says(text, key) if isinstance(text, str) else False)


@lru_cache(maxsize=262144)  # rules re-run on the same captions (remove-to-hide)
def _says(text: str, key: tuple[tuple[str, str], ...]) -> bool:
    """Whether `text` uses one of the (lang, phrase) pairs of `key` and it counts."""
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
            ):
                return True
    return False


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
