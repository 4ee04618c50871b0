"""captions: life-event and category signals in any caption, from a lexicon kept as data.

`caption_signals("Mr & Mrs van den Berg 💍")` gives `{"wedding"}`. The lexicon
(`captions.yaml` beside this module) lists, per signal, emoji and words or phrases in en, es, pt,
fr, de, it, nl, pl, cs and tr. Reading a caption:

- text is folded: accents dropped, case folded, ł ø æ œ ß ı and the like spelled in plain letters;
- emoji are read one by one after dropping skin tones, variation selectors and ZWJ joins, so
  👰🏽‍♀️ reads as 👰 and 🧑‍🎓 as 🧑 + 🎓;
- hashtags are split into words: by case (#JustMarried) or else by the lexicon's own words
  (#firstdayofschool -> first day of school);
- phrases match whole words, every language on every caption (a caption's language is not
  guessed), the longest phrase first, so that a false friend listed under `not`
  ("baby back ribs", "church street") takes its words away from a shorter signal phrase.

Signals: wedding, engagement, baby, pregnancy, graduation, school, work, new_home, moving, pet,
travel, religion, health, alcohol, politics. A signal is a hint for a rule kind, not a claim:
whether it is a habit rather than one visit is the kind's business.

Whose: for the life events (wedding, engagement, baby, graduation) the lexicon's `whose` phrases
say whose event a caption speaks of: `caption_whose("Tom & Anna's wedding 💍", "wedding")` gives
"others" (the owner is a guest), `caption_whose("Our wedding day 💍", "wedding")` gives "owner", and
a caption that only names the event ("Wedding 💍") gives None. Words that give the event to others
win over the owner's ("My husband and I at Sarah's wedding"). In these phrases `*` stands for one
word and `*'s` for a word ending so (a name), never for a word of `whose.not_a_name`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd
import yaml

from .context import Cues, clauses, why_not
from .forms import forms
from .language import LANGUAGES, caption_languages

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: 10x faster
LEXICON_PATH = Path(__file__).with_name("captions.yaml")
SPELLED = str.maketrans(
    {"ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ı": "i", "đ": "d", "ð": "d", "þ": "th", "’": "'"}
)
DROPPED = {0x200D, 0xFE0E, 0xFE0F, 0x20E3} | set(range(0x1F3FB, 0x1F400))  # ZWJ, VS, skin tones
HASHTAG = re.compile(r"#(\w+)")


@dataclass(frozen=True)
class Match:
    """One signal found in a caption: the lexicon term that matched and its language."""

    signal: str
    term: str  # the phrase as written in the lexicon, or the emoji
    lang: str  # a language code, or "emoji"


@dataclass(frozen=True)
class Term:
    """A lexicon entry: its folded words, whether the last word may go on, what it gives."""

    words: tuple[str, ...]
    prefix: bool  # the last word may go on ("slub*" reads "slubie")
    signal: str | None  # None for a false friend listed under `not`
    term: str
    lang: str
    side: str | None = None  # a `whose` phrase: "owner" or "others" (None: a false friend)
    wild: bool = False  # a word is `*` (any word) or `*'s` (a word ending in 's)
    forms: tuple[frozenset[str], ...] = ()  # each word's forms in its language (`forms.py`)

    def matches(self, tokens: list[str], i: int, not_names: frozenset[str] = frozenset()) -> bool:
        """Whether this term's words start at tokens[i]."""
        n = len(self.words)
        if self.wild:
            return i + n <= len(tokens) and all(
                _word_matches(w, tokens[i + k], self.prefix and k == n - 1, not_names)
                for k, w in enumerate(self.words)
            )
        if self.forms:
            if i + n > len(tokens):
                return False
            head = all(tokens[i + k] in f for k, f in enumerate(self.forms[: n - 1]))
            last = tokens[i + n - 1]
            return head and (
                last.startswith(self.words[-1]) if self.prefix else last in self.forms[-1]
            )
        if tokens[i : i + n - 1] != list(self.words[:-1]) or i + n > len(tokens):
            return False
        last = tokens[i + n - 1]
        return last.startswith(self.words[-1]) if self.prefix else last == self.words[-1]


def _word_matches(word: str, token: str, prefix: bool, not_names: frozenset[str]) -> bool:
    """One word of a term against one token: `*` any name, `*'` a name ending in ', else equal."""
    if word.startswith("*"):
        end = word[1:]
        stem = token[: len(token) - len(end)]
        return (
            token.endswith(end)
            and bool(stem.strip("'"))
            and token not in not_names
            and stem not in not_names
            and token not in ("&", "|")
        )
    return token.startswith(word) if prefix else token == word


@dataclass(frozen=True)
class Phrases:
    """Terms indexed for reading, each list longest first: by first word; by the ending of the
    first word when it is `*'s`; by second word when the first is `*`; one-word prefixes apart."""

    index: dict[str, list[Term]]  # first word -> terms starting with it
    prefixed: list[Term]  # one-word prefixes ("slub*"), tried at every word
    ending: dict[str, list[Term]] = field(default_factory=dict)  # "*'s wedding" under "'"
    second: dict[str, list[Term]] = field(default_factory=dict)  # "* & * got married" under "&"

    def terms(self) -> list[Term]:
        """Every term, once."""
        groups = [*self.index.values(), self.prefixed, *self.ending.values(), *self.second.values()]
        return [t for group in groups for t in group]

    def starting(self, tokens: list[str], i: int) -> list[Term]:
        """The terms that may start at tokens[i], longest first."""
        token = tokens[i]
        found = self.index.get(token, [])
        more = [t for t in self.prefixed if token.startswith(t.words[0])]
        for end, terms in self.ending.items():
            if token.endswith(end):
                more += terms
        if self.second and i + 1 < len(tokens):
            more += self.second.get(tokens[i + 1], [])
        return sorted(found + more, key=lambda t: -len(t.words)) if more else found


@dataclass(frozen=True)
class Lexicon:
    """The caption lexicon, folded: see `lexicon()`."""

    emoji: dict[str, str]  # one emoji character -> signal
    signals: Phrases  # the signal phrases and their false friends, indexed for reading
    words: frozenset[str]  # known words, for splitting hashtags
    sizes: dict[str, int]  # language (or "emoji") -> number of signal terms
    whose: dict[str, Phrases] = field(default_factory=dict)  # signal -> its `whose` phrases
    not_names: frozenset[str] = frozenset()  # words a `*` never stands for
    cues: Cues = Cues()  # context cues: negation, others, tourist


def fold(text: str) -> str:
    """Lowercase text without accents: 'Düğün Ślub ÉCOLE' -> 'dugun slub ecole'."""
    text = text.casefold().translate(SPELLED)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def words_of(text: str) -> list[str]:
    """Folded text as a list of words ('&' kept as a word: 'mr & mrs'; "j'ai" -> "j'", "ai")."""
    return re.sub(r"[^\w&']+|_", " ", fold(text)).replace("'", "' ").replace("&", " & ").split()


def emoji_of(text: str) -> list[str]:
    """The emoji characters of `text`, skin tones, variation selectors and ZWJ joins dropped."""
    return [c for c in text if ord(c) >= 0x2300 and ord(c) not in DROPPED]


@lru_cache(maxsize=1)
def lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    """The lexicon file, folded and indexed once per process."""
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER)
    emoji: dict[str, str] = {}
    terms: list[Term] = []
    sizes: dict[str, int] = {}
    for signal, entry in data["signals"].items():
        for char in emoji_of(entry.get("emoji", "")):
            emoji[char] = signal
            sizes["emoji"] = sizes.get("emoji", 0) + 1
        for lang in LANGUAGES:
            terms += [_term(t, signal, lang, inflect=True) for t in entry.get(lang) or []]
            sizes[lang] = sizes.get(lang, 0) + len(entry.get(lang) or [])
    for lang, items in (data.get("not") or {}).items():
        terms += [_term(t, None, lang, inflect=True) for t in items]
    signals = _phrases(terms)
    whose_data = dict(data.get("whose") or {})
    not_names = frozenset(w for x in whose_data.pop("not_a_name", []) for w in words_of(x))
    shared = _whose_terms(whose_data.pop("any", {}))
    whose_terms = {sig: shared + _whose_terms(e) for sig, e in whose_data.items()}
    whose = {sig: _phrases(ts) for sig, ts in whose_terms.items()}
    phrased = terms + [t for ts in whose_terms.values() for t in ts]
    known = {w for t in phrased for w in t.words if not w.startswith("*")} | {
        w for ws in (data.get("words") or {}).values() for x in ws for w in words_of(x)
    }
    known = {w for w in known if len(w) > 1}  # one letter splits names into nonsense words
    cues = _cues(data.get("context") or {}, not_names)
    return Lexicon(emoji, signals, frozenset(known), sizes, whose, not_names, cues)


def _cues(data: dict, not_names: frozenset[str]) -> Cues:
    """The `context` section of the lexicon, folded into word tuples per language."""
    table = lambda key: {  # noqa: E731
        lang: [tuple(words_of(x)) for x in items or []]
        for lang, items in (data.get(key) or {}).items()
    }
    return Cues(
        table("negation"),
        table("negation_after"),
        table("others"),
        table("tourist"),
        frozenset(data.get("tourist_signals") or []),
        not_names,
        table("relatives"),
        frozenset(data.get("relatives_signals") or []),
        table("sober"),
    )


def _whose_terms(entry: dict) -> list[Term]:
    """The `owner`, `others` and `not` phrases of one `whose` entry, in every language."""
    return [
        _term(t, None, lang, side=None if side == "not" else side)
        for side in ("owner", "others", "not")
        for lang, items in (entry.get(side) or {}).items()
        for t in items
    ]


def _phrases(terms: list[Term]) -> Phrases:
    """Terms indexed by first word, longest first; prefixes and wildcards tried everywhere."""
    terms = sorted(terms, key=lambda t: (-len(t.words), -len(" ".join(t.words))))
    index: dict[str, list[Term]] = {}
    prefixed: list[Term] = []
    ending: dict[str, list[Term]] = {}
    second: dict[str, list[Term]] = {}
    for t in terms:
        first = t.words[0]
        if first == "*":
            second.setdefault(t.words[1], []).append(t)  # "* & * got married": a literal second
        elif first.startswith("*"):
            ending.setdefault(first[1:], []).append(t)
        elif t.prefix and len(t.words) == 1:
            prefixed.append(t)
        else:
            for form in t.forms[0] if t.forms else (first,):
                index.setdefault(form, []).append(t)
    return Phrases(index, prefixed, ending, second)


def _term(
    text: str, signal: str | None, lang: str, side: str | None = None, inflect: bool = False
) -> Term:
    """A lexicon phrase as a Term: a trailing `*` lets its last word go on; a word `*` stands for
    any word and `*'s` for a word ending in 's (both only in `whose` phrases)."""
    prefix = text.endswith("*") and not text.endswith(" *") and text != "*"
    words: list[str] = []
    for raw in (text[:-1] if prefix else text).split():
        if raw.startswith("*"):
            rest = words_of(raw[1:])
            words += ["*" + (rest[0] if rest else "")] + rest[1:]
        else:
            words += words_of(raw)
    wild = any(w.startswith("*") for w in words)
    inflected = tuple(forms(w, lang) for w in words) if inflect and not wild else ()
    return Term(tuple(words), prefix, signal, text.rstrip("*"), lang, side, wild, inflected)


def _case_parts(tag: str) -> list[str]:
    """'JustMarried2024' -> ['Just', 'Married', '2024']: runs of digits and capitalised words."""
    parts = []
    for run in re.findall(r"\d+|[^\W\d_]+", tag):
        cuts = [0] + [k for k in range(1, len(run)) if run[k].isupper() and run[k - 1].islower()]
        parts += [run[a:b] for a, b in zip(cuts, cuts[1:] + [len(run)])]
    return parts


def split_hashtag(tag: str, known: frozenset[str] | None = None) -> list[str]:
    """A hashtag's words: by case ('JustMarried'), then by known words ('firstdayofschool').

    Letters that no known word covers become one '|' so that no phrase is read across them.
    """
    known = lexicon().words if known is None else known
    out: list[str] = []
    for part in _case_parts(tag):
        word = "".join(words_of(part))
        out += [word] if word in known or word.isdigit() else list(_segment(word, known))
    return out


@lru_cache(maxsize=4096)  # the same hashtags come back caption after caption
def _segment(s: str, known: frozenset[str]) -> tuple[str, ...]:
    """Best split of `s` into known words (longer words score more), by dynamic programming."""
    best: list[tuple[float, list[str]]] = [(0.0, [])] + [(float("-inf"), [])] * len(s)
    for i in range(1, len(s) + 1):
        for j in range(max(0, i - 30), i):
            piece = s[j:i]
            gain = len(piece) ** 2 if piece in known else (-2.0 if i - j == 1 else None)
            if gain is not None and best[j][0] + gain > best[i][0]:
                best[i] = (best[j][0] + gain, best[j][1] + [piece if piece in known else "|"])
    words = best[len(s)][1]
    return tuple(w for k, w in enumerate(words) if w != "|" or (k and words[k - 1] != "|"))


def _find(
    phrases: Phrases,
    tokens: list[str],
    not_names: frozenset[str] = frozenset(),
    langs: frozenset[str] | None = None,
) -> list[tuple[Term, int]]:
    """Terms read left to right, each with where it starts, the longest at each place (of the
    languages `langs` and false friends first, when given); a word is read once."""
    found, i = [], 0
    while i < len(tokens):
        hits = [t for t in phrases.starting(tokens, i) if t.matches(tokens, i, not_names)]
        if langs is not None:
            hits.sort(key=lambda t: t.signal is not None and t.lang not in langs)
        hit = hits[0] if hits else None
        if hit is None:
            i += 1
            continue
        found.append((hit, i))
        i += len(hit.words)
    return found


def caption_matches(text: str | None) -> list[Match]:
    """The signal terms that count in a caption (emoji, words and hashtags), in reading order:
    in the caption's languages, about the owner (`read_caption` gives the rest and why)."""
    return [m for m, why in read_caption(text) if why is None]


def read_caption(text: str | None) -> list[tuple[Match, str | None]]:
    """Every signal term found in a caption, each with why it does not count (None: it does):
    "language" (a word of a language the caption is not in), or `context.why_not`'s reasons."""
    if not isinstance(text, str) or not text.strip():
        return []
    lex = lexicon()
    tokens, where, kinds = _tokens(text, lex)
    langs = caption_languages(text)
    tourist = "tourist" if _cue_anywhere(lex.cues.tourist, tokens, langs | {"en"}) else None
    out = [
        (Match(s, c, "emoji"), tourist if s in lex.cues.tourist_signals else None)
        for c in emoji_of(text)
        if (s := lex.emoji.get(c))
    ]
    for term, i in _find(lex.signals, tokens, langs=langs):
        if term.signal:
            why = "language" if term.lang not in langs else None
            span = (i, i + len(term.words))
            why = why or why_not(lex.cues, tokens, where, span, term.lang, term.signal, kinds)
            out.append((Match(term.signal, term.term, term.lang), why))
    return _settle(_whose_others(text, out))


def _settle(found: list[tuple[Match, str | None]]) -> list[tuple[Match, str | None]]:
    """Signals that speak over others: an engagement takes 💍 from the wedding ("Verlobt 💍"), a
    pregnancy takes the baby ("our second baby on the way"), and a place of worship seen as a
    tourist is travel."""
    said = {m.signal for m, why in found if why is None}
    out = []
    for m, why in found:
        if why is None and m.signal == "wedding" and m.lang == "emoji" and "engagement" in said:
            why = "engagement"
        elif why is None and m.signal == "baby" and "pregnancy" in said:
            why = "pregnancy"
        out.append((m, why))
        if why == "tourist":
            out.append((Match("travel", m.term, m.lang), None))
    return out


def _whose_others(text: str, found: list[tuple[Match, str | None]]):
    """Life events whose caption gives them to others (`caption_whose`): "others"."""
    return [
        (m, "others" if why is None and caption_whose(text, m.signal) == "others" else why)
        for m, why in found
    ]


def _cue_anywhere(table: dict, tokens: list[str], langs: frozenset[str]) -> bool:
    """Whether one of the cues of `langs` is anywhere in the tokens."""
    cues = [c for lang in langs for c in table.get(lang, [])]
    return any(tuple(tokens[s : s + len(c)]) == c for s in range(len(tokens)) for c in cues)


def _tokens(
    text: str, lex: Lexicon, known: frozenset[str] | None = None
) -> tuple[list[str], list[int], dict[int, str]]:
    """The caption's folded words, then each hashtag's words after a '|'; each word's clause (a
    hashtag is a clause of its own); and the kind of the clauses that have one (`clauses`)."""
    tokens: list[str] = []
    where: list[int] = []
    kinds: dict[int, str] = {}
    for k, (part, kind) in enumerate(clauses(text), start=1):
        words = words_of(part)
        tokens += words
        where += [k] * len(words)
        kinds.update({k: kind} if kind else {})
    for n, tag in enumerate(HASHTAG.findall(text), start=10_000):
        words = ["|"] + split_hashtag(tag, lex.words if known is None else known)
        tokens += words
        where += [n] * len(words)
    return tokens, where, kinds


def caption_signals(text: str | None) -> set[str]:
    """The signals a caption gives: {'wedding'} for 'Mr & Mrs van den Berg 💍'."""
    return {m.signal for m in caption_matches(text)}


def signals_table(photos: pd.DataFrame, column: str = "caption") -> pd.DataFrame:
    """Columns photo_id, signal, term, lang: one row per distinct signal term that counts in each
    caption (a caption's post gives it to each of its photos; `once_per_post` keeps one)."""
    rows = [
        (pid, m.signal, m.term, m.lang)
        for pid, text in zip(photos["photo_id"], photos[column])
        for m in dict.fromkeys(caption_matches(text))
    ]
    return pd.DataFrame(rows, columns=["photo_id", "signal", "term", "lang"])


def _whose_of(lex: Lexicon, tokens: list[str], signal: str) -> str | None:
    sides = {t.side for t, _ in _find(lex.whose[signal], tokens, lex.not_names)}
    return "others" if "others" in sides else "owner" if "owner" in sides else None


@lru_cache(maxsize=65536)  # a rule re-runs on the same captions (remove-to-hide)
def caption_whose(text: str | None, signal: str) -> str | None:
    """Whose `signal` event (wedding, engagement, baby, graduation) a caption speaks of: "owner"
    ("Our wedding day 💍"), "others" ("Tom & Anna's wedding 💍", also when the owner's words are
    there too) or None (no words say whose, or not a signal the lexicon's `whose` covers)."""
    lex = lexicon()
    if not isinstance(text, str) or not text or signal not in lex.whose:
        return None
    return _whose_of(lex, _tokens(text, lex)[0], signal)


def lexicon_sizes() -> dict[str, int]:
    """Number of signal terms per language (and of emoji), for the report and the README."""
    return dict(lexicon().sizes)


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
    phrases, known = _rule_phrases(key)
    tokens, where, kinds = _tokens(text, lex, known)
    langs = caption_languages(text)
    for term, i in _find(phrases, tokens, langs=langs):
        if term.signal and (term.lang in langs or term.lang not in LANGUAGES):
            span = (i, i + len(term.words))
            if why_not(lex.cues, tokens, where, span, term.lang, term.signal, kinds) is None:
                return True
    return False


@lru_cache(maxsize=256)
def _rule_phrases(key: tuple[tuple[str, str], ...]) -> tuple[Phrases, frozenset[str]]:
    """A rule's words as terms beside the lexicon's false friends, and the words that split
    hashtags (the lexicon's and the rule's)."""
    lex = lexicon()
    terms = [_term(w, "rule", lang, inflect=True) for lang, w in key]
    friends = [t for t in lex.signals.terms() if t.signal is None]
    words = {w for t in terms for w in t.words if len(w) > 1}
    return _phrases(terms + friends), lex.words | words


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
