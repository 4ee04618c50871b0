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

Signals: wedding, baby, pregnancy, graduation, school, work, new_home, moving, pet, travel,
religion, health, alcohol, politics. A signal is a hint for a rule kind, not a claim: whether it is
the owner's wedding, or a habit rather than one visit, is the kind's business.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd
import yaml

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: 10x faster
LEXICON_PATH = Path(__file__).with_name("captions.yaml")
LANGUAGES = ("en", "es", "pt", "fr", "de", "it", "nl", "pl", "cs", "tr")
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

    def matches(self, tokens: list[str], i: int) -> bool:
        """Whether this term's words start at tokens[i]."""
        n = len(self.words)
        if tokens[i : i + n - 1] != list(self.words[:-1]) or i + n > len(tokens):
            return False
        last = tokens[i + n - 1]
        return last.startswith(self.words[-1]) if self.prefix else last == self.words[-1]


@dataclass(frozen=True)
class Lexicon:
    """The caption lexicon, folded: see `lexicon()`."""

    emoji: dict[str, str]  # one emoji character -> signal
    index: dict[str, list[Term]]  # first word -> terms starting with it, longest first
    prefixed: list[Term]  # one-word terms whose word may go on, longest first
    words: frozenset[str]  # known words, for splitting hashtags
    sizes: dict[str, int]  # language (or "emoji") -> number of signal terms


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
            terms += [_term(t, signal, lang) for t in entry.get(lang) or []]
            sizes[lang] = sizes.get(lang, 0) + len(entry.get(lang) or [])
    for lang, items in (data.get("not") or {}).items():
        terms += [_term(t, None, lang) for t in items]
    terms.sort(key=lambda t: (-len(t.words), -len(" ".join(t.words))))
    index: dict[str, list[Term]] = {}
    for t in terms:
        if not (t.prefix and len(t.words) == 1):
            index.setdefault(t.words[0], []).append(t)
    prefixed = [t for t in terms if t.prefix and len(t.words) == 1]
    known = {w for t in terms for w in t.words} | {
        w for ws in (data.get("words") or {}).values() for x in ws for w in words_of(x)
    }
    known = {w for w in known if len(w) > 1}  # one letter splits names into nonsense words
    return Lexicon(emoji, index, prefixed, frozenset(known), sizes)


def _term(text: str, signal: str | None, lang: str) -> Term:
    return Term(tuple(words_of(text)), text.endswith("*"), signal, text.rstrip("*"), lang)


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


def _find(lex: Lexicon, tokens: list[str]) -> list[Term]:
    """Terms read left to right, the longest at each place; a word is read once."""
    found, i = [], 0
    while i < len(tokens):
        cands = lex.index.get(tokens[i], []) + [
            t for t in lex.prefixed if tokens[i].startswith(t.words[0])
        ]
        hit = next((t for t in cands if t.matches(tokens, i)), None)
        if hit is None:
            i += 1
            continue
        found.append(hit)
        i += len(hit.words)
    return found


def caption_matches(text: str | None) -> list[Match]:
    """Every signal term found in a caption (emoji, words and hashtags), in reading order."""
    if not isinstance(text, str) or not text:
        return []
    lex = lexicon()
    out = [Match(lex.emoji[c], c, "emoji") for c in emoji_of(text) if c in lex.emoji]
    tokens = words_of(text)
    for tag in HASHTAG.findall(text):
        tokens += ["|"] + split_hashtag(tag, lex.words)
    out += [Match(t.signal, t.term, t.lang) for t in _find(lex, tokens) if t.signal]
    return out


def caption_signals(text: str | None) -> set[str]:
    """The signals a caption gives: {'wedding'} for 'Mr & Mrs van den Berg 💍'."""
    return {m.signal for m in caption_matches(text)}


def signals_table(photos: pd.DataFrame, column: str = "caption") -> pd.DataFrame:
    """Columns photo_id, signal, term, lang: one row per distinct signal term in each caption."""
    rows = [
        (pid, m.signal, m.term, m.lang)
        for pid, text in zip(photos["photo_id"], photos[column])
        for m in dict.fromkeys(caption_matches(text))
    ]
    return pd.DataFrame(rows, columns=["photo_id", "signal", "term", "lang"])


def lexicon_sizes() -> dict[str, int]:
    """Number of signal terms per language (and of emoji), for the report and the README."""
    return dict(lexicon().sizes)
