"""caption_words: a caption's words and the lexicon's terms found in them.

`caption_tokens` gives a caption's folded words (each hashtag's words after a '|'), each word's
clause and the kind of the clauses that have one; `find_terms` reads terms left to right, the
longest at each place, a phrase never across two clauses; `cue_langs_of` gives the languages
whose context cues a word meets; `false_friend` whether an English term is, in the caption's own
language, that language's word with another meaning (French "lecture" is reading); a false
friend (`not`) reads over a signal word the caption only writes a form of (Polish "Studio" is no
"studia"); `enclosing` the sentence or the clause around a match in the text. The signal reader
(`captions`) and the rules' own words (`caption_rules`) read captions through them; `as_read`
cuts a caption where the rules stop. A Turkish suffix's apostrophe is off its word (`words_of`:
"Umre'den" reads as "umre", "den"), but on the last word of a name of several capitalised words
(`named_apostrophe`: "Kurban Bayramı'nda", "Selimiye Camii'nde").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import cache

from .caption_lexicon import (
    HASHTAG,
    TR_SUFFIXES,
    Lexicon,
    Match,
    Phrases,
    Term,
    fold,
    lexicon_section,
    split_hashtag,
    words_of,
)
from .context import clauses

Found = tuple[Match, str | None, tuple[int, int] | None]  # a term, why it does not count, where
READ_CHARS = 10_000  # a caption is read up to here: the longest essays people post read whole,
# and a 200,000-character paste (a log, a book) does not take minutes (the reading grows faster
# than the text: 0.13 s at 10,000 characters, 0.44 s at 20,000)


def as_read(text):
    """The part of a caption the rules read: its first `READ_CHARS` characters (a non-string,
    None or NaN, returned as it is)."""
    return text[:READ_CHARS] if isinstance(text, str) else text


def find_terms(
    phrases: Phrases,
    tokens: list[str],
    not_names: frozenset[str] = frozenset(),
    langs: frozenset[str] | None = None,
    where: list[int] | None = None,
) -> list[tuple[Term, int]]:
    """Terms read left to right, each with where it starts, the longest at each place (of the
    languages `langs` and false friends first, when given); a word is read once, and a phrase
    never across two clauses when `where` gives each word's clause ("el piso, nueva aventura"
    is no "piso nuevo")."""
    found, i = [], 0
    while i < len(tokens):
        hits = [t for t in phrases.starting(tokens, i) if t.matches(tokens, i, not_names)]
        if where is not None:
            hits = [t for t in hits if where[min(i + len(t.words), len(where)) - 1] == where[i]]
        hits = [t for t in hits if not t.wild or not _slot_taken(phrases, t, tokens, i, not_names)]
        if langs is not None:
            hits.sort(key=lambda t: t.signal is not None and t.lang not in langs)
        hit = hits[0] if hits else None
        if hit is None:
            i += 1
            continue
        hit = _false_friend_over(hit, hits, tokens, i)
        found.append((hit, i))
        i += len(hit.words)
    return found


def _false_friend_over(hit: Term, hits: list[Term], tokens: list[str], i: int) -> Term:
    """The false friend (`not`) as long as the signal term `hit` that it reads over when the
    caption's words are only a form of that term: Polish "Studio" is no form of "studia", "leci"
    (flies) none of "leki"; a term written as the caption writes it stays ("vin chaud")."""
    if hit.signal is None or tuple(tokens[i : i + len(hit.words)]) == hit.words:
        return hit
    same = (t for t in hits if t.signal is None and len(t.words) == len(hit.words))
    return next(same, hit)


def _slot_taken(
    phrases: Phrases, term: Term, tokens: list[str], i: int, not_names: frozenset[str]
) -> bool:
    """Whether a `*` of a signal term starts another signal's phrase: "first night in [new flat]"
    names no place but a new home."""
    if term.signal is None or term.side is not None:
        return False
    return any(
        w == "*"
        and any(
            t.signal and t is not term and t.matches(tokens, i + k, not_names)
            for t in phrases.starting(tokens, i + k)
        )
        for k, w in enumerate(term.words)
    )


# a name of two or more capitalised words before a Turkish suffix ("Kurban Bayramı'nda", "Selimiye
# Camii'nde", "Likya Yolu'nda"): the name's words are no words of their own
MANY_WORD_NAME = re.compile(r"\b[A-ZÇĞİÖŞÜ]\w*\s+([A-ZÇĞİÖŞÜ]\w*)['’](\w+)")


def named_apostrophe(part: str, words: list[str]) -> list[str]:
    """The words of `part` (`words_of`, which takes a Turkish suffix's apostrophe off its word)
    with the apostrophe put back on the last word of a name of several capitalised words
    ("kurban", "bayrami'", "nda"): a feast, a mosque, a trail by its name, not the words alone
    ("bayramı" is no feast of the owner's, "Gezi" alone is still a trip's word)."""
    names = {
        fold(m.group(1)) for m in MANY_WORD_NAME.finditer(part) if fold(m.group(2)) in TR_SUFFIXES
    }
    if not names:
        return words
    out = list(words)
    for k in range(1, len(out) - 1):
        if out[k] in names and out[k + 1] in TR_SUFFIXES:
            out[k] += "'"
    return out


def caption_tokens(
    text: str, lex: Lexicon, known: frozenset[str] | None = None
) -> tuple[list[str], list[int], dict[int, str]]:
    """The caption's folded words, then each hashtag's words after a '|'; each word's clause (a
    hashtag is a clause of its own); and the kind of the clauses that have one (`clauses`)."""
    tokens: list[str] = []
    where: list[int] = []
    kinds: dict[int, str] = {}
    for k, (part, kind) in enumerate(clauses(text), start=1):
        words = named_apostrophe(part, words_of(part))
        tokens += words
        where += [k] * len(words)
        kinds.update({k: kind} if kind else {})
    for n, tag in enumerate(HASHTAG.findall(text), start=10_000):
        words = ["|"] + split_hashtag(tag, lex.words if known is None else known)
        tokens += words
        where += [n] * len(words)
    return tokens, where, kinds


def clause_words(tokens: Sequence[str], where: Sequence[int], i: int) -> list[str]:
    """The words of the clause of tokens[i] (`where`: each word's clause, as `caption_tokens`
    gives it), in order."""
    return [t for t, w in zip(tokens, where) if w == where[i]]


SENTENCE = ".!?\n"  # what ends a sentence, for `enclosing`
CLAUSE = ".!?;:,\n"  # what ends a clause of the written text


def enclosing(text: str, start: int, end: int, stops: str = SENTENCE) -> tuple[int, int]:
    """(first, last): the bounds in `text` of the piece that holds text[start:end] between two of
    the characters `stops` (a sentence; with `CLAUSE`, a clause), the stops left out."""
    first = max(text.rfind(c, 0, start) for c in stops) + 1
    ends = [i for i in (text.find(c, end) for c in stops) if i >= 0]
    return first, min(ends, default=len(text))


def given(found: list[Found], signals: str | Collection[str], why: str) -> list[Found]:
    """`found` with `why` given to each term of `signals` (one signal, or several) that counts
    (its why None): the reason a reading found them not the owner's; other terms as they were."""
    wanted = {signals} if isinstance(signals, str) else signals
    return [(m, why if m.signal in wanted and was is None else was, s) for m, was, s in found]


@cache
def _false_friends() -> dict[str, frozenset[str]]:
    """`english_false_friends`, folded: language -> its words that English terms are spelled as."""
    table = lexicon_section("english_false_friends")
    return {lang: frozenset(fold(w) for w in words) for lang, words in table.items()}


def false_friend(words: Sequence[str], lang: str, langs: Collection[str]) -> bool:
    """Whether a term of `lang` read as the caption's folded `words` is an English word that, in
    one of the caption's other languages, is that language's own word with another meaning:
    French "Lecture du soir" (reading), German "Lager" (a store), Czech "řešit" (folds to "resit").
    English captions keep it ("lecture at 9"): only a caption read in that language loses it."""
    if lang != "en" or len(words) != 1:
        return False
    table = _false_friends()
    return any(words[0] in table.get(la, ()) for la in langs if la != "en")


def cue_langs_of(langs: frozenset[str], lang: str) -> frozenset[str]:
    """The languages whose context cues a word of `lang` meets: the caption's, but English only
    for an English word or an English caption (Spanish "son las mejores" is no English son)."""
    if lang != "en" and len(langs) > 1:
        return (langs - {"en"}) | {lang}
    return langs | {lang}
