"""caption_lexicon: the caption lexicon (`captions.yaml`), folded and indexed for reading.

The lexicon lists, per signal, emoji and words or phrases in en, es, pt, fr, de, it, nl, pl, cs
and tr, false friends under `not`, `whose` phrases for the life events and `context` cues
(`context.py`). Reading it:

- text is folded: accents dropped, case folded, ł ø æ œ ß ı and the like spelled in plain letters;
- emoji are read one by one after dropping skin tones, variation selectors and ZWJ joins, so
  👰🏽‍♀️ reads as 👰 and 🧑‍🎓 as 🧑 + 🎓;
- hashtags are split into words: by case (#JustMarried) or else by the lexicon's own words
  (#firstdayofschool -> first day of school);
- a signal or false-friend phrase matches its words in any of their forms in its language
  (`forms.py`: "graduada", "Hochzeiten", "szkołach"), the longest phrase first, so that a false
  friend ("baby back ribs", "church street") takes its words away from a shorter signal phrase;
- a German or Dutch one-word signal noun also reads as the head of a compound ("Klimademo",
  "Statistikklausur", "vrijdagborrel"; `forms.compound_head`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from pathlib import Path

import yaml

from .context import Cues, Roles, Scoped
from .forms import HEAD_MIN, HEAD_SHADOWS, NUMBER_WORDS, compound_head, compound_modifier, forms
from .language import LANGUAGES

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: 10x faster
LEXICON_PATH = Path(__file__).with_name("captions.yaml")
SPELLED = str.maketrans(
    {"ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ı": "i", "đ": "d", "ð": "d", "þ": "th", "’": "'"}
)
DROPPED = {0x200D, 0xFE0E, 0xFE0F, 0x20E3} | set(range(0x1F3FB, 0x1F400))  # ZWJ, VS, skin tones
HASHTAG = re.compile(r"#(\w+)")
# signals whose nouns start compounds of the same event ("Umzugskartons", "verlovingsfeest");
# others' first parts name a thing beside it ("Hochzeitsmesse", "Grippewelle", "Feierabendbier")
MODIFIED = frozenset({"moving", "engagement", "pregnancy", "new_home"})
NUMBER = "*n"  # a word of a phrase that stands for a number ("day *n in": "day 3 in Lisbon")
WEEK = "*w"  # a week of a pregnancy, 12 to 42 ("*w weeks": "20 weeks", not "3 weeks")
COUNT = "*c"  # a count in words ("*c cats": "two cats", not a tally's "14 cats")


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
    wild: bool = False  # a word is `*` (any word), `*'s` (a word ending in 's) or `*n` (a number)
    forms: tuple[frozenset[str], ...] = ()  # each word's forms in its language (`forms.py`)
    head: bool = False  # a one-word noun that also ends a compound ("Klima|demo")
    modifier: bool = False  # a one-word noun that also starts a compound ("Umzugs|kartons")

    def matches(self, tokens: list[str], i: int, not_names: frozenset[str] = frozenset()) -> bool:
        """Whether this term's words start at tokens[i]."""
        n = len(self.words)
        if self.wild:
            return i + n <= len(tokens) and all(
                _word_matches(
                    _unelided(w, tokens, i + k),
                    tokens[i + k],
                    self.prefix and k == n - 1,
                    not_names,
                )
                for k, w in enumerate(self.words)
            )
        if self.forms:
            if i + n > len(tokens):
                return False
            if n > 2 and tokens[i + 1] not in self.forms[1]:
                return False  # most phrases fail on their second word: say so before the rest
            first = all(tokens[i + k] in f for k, f in enumerate(self.forms[: n - 1]))
            last = tokens[i + n - 1]
            if (self.head or self.modifier) and last not in self.forms[-1]:
                return n == 1 and self.compound(last)
            return first and (
                last.startswith(self.words[-1]) if self.prefix else last in self.forms[-1]
            )
        if tokens[i : i + n - 1] != list(self.words[:-1]) or i + n > len(tokens):
            return False
        last = tokens[i + n - 1]
        return last.startswith(self.words[-1]) if self.prefix else last == self.words[-1]

    def compound(self, token: str) -> bool:
        """Whether `token` is a compound this one-word term ends (its head) or starts (its first
        part, in its longest form, with a word of HEAD_MIN letters or more after it); not where
        the compound's last part is a longer word that ends in the head (`HEAD_SHADOWS`)."""
        ends = self.head and any(
            len(token) - len(f) >= HEAD_MIN
            and token.endswith(f)
            and not any(token.endswith(s) and s.endswith(f) for s in HEAD_SHADOWS)
            for f in self.forms[-1]
        )
        starts = [f for f in self.forms[-1] if token.startswith(f)] if self.modifier else []
        return ends or bool(starts) and len(token) - max(map(len, starts)) >= HEAD_MIN


def _unelided(word: str, tokens: list[str], k: int) -> str:
    """A term's word `*'` (a name before a Turkish suffix: "*'da ilk gün") as `*` where the
    caption's word at tokens[k] lost its apostrophe before a suffix (`words_of`: "bodrum", "da")."""
    if word == "*'" and k + 1 < len(tokens) and tokens[k + 1] in TR_SUFFIXES:
        return "*" if not tokens[k].endswith("'") else word
    return word


def _word_matches(word: str, token: str, prefix: bool, not_names: frozenset[str]) -> bool:
    """One word of a term against one token: `*` any name, `*'` a name ending in ', else equal."""
    if word == NUMBER:
        return token.isdigit() or token in NUMBER_WORDS
    if word == WEEK:
        return token.isdigit() and 12 <= int(token) <= 42
    if word == COUNT:
        return token in NUMBER_WORDS
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
    heads: dict[str, list[Term]] = field(default_factory=dict)  # a compound's head form -> terms
    modifiers: dict[str, list[Term]] = field(default_factory=dict)  # a compound's first part

    def terms(self) -> list[Term]:
        """Every term, once."""
        groups = [*self.index.values(), self.prefixed, *self.ending.values(), *self.second.values()]
        return list(dict.fromkeys(t for group in groups for t in group))

    def starting(self, tokens: list[str], i: int) -> list[Term]:
        """The terms that may start at tokens[i], longest first."""
        token = tokens[i]
        found = self.index.get(token, [])
        more = [t for t in self.prefixed if token.startswith(t.words[0])]
        bare = i + 1 < len(tokens) and tokens[i + 1] in TR_SUFFIXES  # "bodrum", "da"
        for end, terms in self.ending.items():
            if token.endswith(end) or (bare and end == "'"):
                more += terms
        if self.second and i + 1 < len(tokens):
            more += self.second.get(tokens[i + 1], [])
        if (self.heads or self.modifiers) and len(token) >= 2 * HEAD_MIN:
            for k in range(HEAD_MIN, len(token) - HEAD_MIN + 1):
                more += self.heads.get(token[k:], []) + self.modifiers.get(token[:k], [])
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
    told: dict = field(default_factory=dict)  # `told`: signals said without their word

    @cached_property
    def signal_names(self) -> tuple[str, ...]:
        """The signal names (wedding, baby, religion, ...) of its phrases and emoji, sorted; listed
        once per lexicon (some 60,000 terms; every rule file asks)."""
        names = {t.signal for t in self.signals.terms() if t.signal} | set(self.emoji.values())
        return tuple(sorted(names))

    @cached_property
    def not_places(self) -> frozenset[str]:
        """The words a `*` of a signal phrase never stands for ("first day in *": a place): every
        word it knows (its phrases' words and the short common words) and `not_names`, so "first
        day in the new job" and "pierwszy dzień w nowej pracy" name no place."""
        return self.words | self.not_names


def fold(text: str) -> str:
    """Lowercase text without accents: 'Düğün Ślub ÉCOLE' -> 'dugun slub ecole'."""
    text = text.casefold().translate(SPELLED)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


# a Turkish case or copula suffix written after an apostrophe on a name, an abbreviation or a
# loanword ("Umre'den", "Londra'ya", "İzmir'deki", "KPSS'yi", "Erasmus'a"), folded
TR_SUFFIXES = frozenset(
    "a e i u ya ye yi yu da de ta te dan den tan ten in un nin nun yin yun la le yla yle daki "
    "deki taki teki dakiler dekiler ki dir dur tir tur dayim deyim dayiz deyiz dayken deyken "
    "daydi deydi ya mi lik luk li lu dan mi ydi ydu dayim deyim ndan nden nda nde na ne ni nu "
    "lar ler lari leri larda lerde dakini dekini yiz yim sin siniz".split()
)
# an elided word before an apostrophe that is no Turkish name ("jusqu'à", "quell'uomo")
ELIDED = frozenset(
    "qu jusqu lorsqu puisqu quoiqu quelqu presqu aujourd dell nell all dall sull coll quell "
    "quest bell sant tutt grand buon nessun ciascun alcun com dov cos quant tant".split()
)


def _turkish_apostrophe(words: list[str]) -> list[str]:
    """The words with a Turkish suffix's apostrophe taken off the word it follows ("umre'",
    "den" -> "umre", "den"), so that the word reads as it would alone: only before a suffix of
    `TR_SUFFIXES` and on a word of three letters or more that is no elided French or Italian one
    ("m' a", "qu' a", "c' e" stay)."""
    out = list(words)
    for k in range(len(out) - 1):
        w = out[k]
        if w.endswith("'") and out[k + 1] in TR_SUFFIXES:
            stem = w[:-1]
            if len(stem) >= 3 and stem not in ELIDED:
                out[k] = stem
    return out


def words_of(text: str) -> list[str]:
    """Folded text as a list of words ('&' kept as a word: 'mr & mrs'; "j'ai" -> "j'", "ai"; a
    Turkish suffix's apostrophe taken off its word: "Umre'den" -> "umre", "den")."""
    return _turkish_apostrophe(
        re.sub(r"[^\w&']+|_", " ", fold(text)).replace("'", "' ").replace("&", " & ").split()
    )


def emoji_of(text: str) -> list[str]:
    """The emoji characters of `text`, skin tones, variation selectors and ZWJ joins dropped."""
    return [c for c in text if ord(c) >= 0x2300 and ord(c) not in DROPPED]


@lru_cache(maxsize=1)
def _raw(path: Path = LEXICON_PATH) -> dict:
    """The lexicon file as parsed, once per process (some 3,000 lines)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER)


def lexicon_section(name: str) -> dict:
    """The lexicon file's top-level section `name` as written (a round's own tables, read by its
    module: `family43` by caption_child, `school43` by caption_school)."""
    return _raw()[name]


@cache
def section_patterns_by_lang(name: str) -> dict[str, dict[str, re.Pattern]]:
    """Per table of the lexicon file's section `name`, one compiled pattern per language ("any":
    every caption; a language with an empty list has none)."""
    return {
        table: {lang: re.compile("|".join(pats)) for lang, pats in by_lang.items() if pats}
        for table, by_lang in lexicon_section(name).items()
    }


@cache
def first_words(langs: frozenset[str]) -> frozenset[str]:
    """The one-word first-person words of `context.first_person` ("i", "my", "nasz") in `langs`
    and English, folded."""
    table = lexicon().cues.first_person
    return frozenset(p[0] for la in langs | {"en"} for p in table.get(la, ()) if len(p) == 1)


def section_search(
    name: str, table: str, folded: str, langs: frozenset[str] | None = None
) -> re.Match | None:
    """The first match of section `name`'s `table` in the folded caption, in the languages
    `langs` (English and "any" beside them; None: every language), in the table's order."""
    for lang, pattern in section_patterns_by_lang(name)[table].items():
        if langs is None or lang in langs or lang in ("en", "any"):
            hit = pattern.search(folded)
            if hit:
                return hit
    return None


def section_patterns(name: str, skip: tuple[str, ...] = ()) -> dict[str, re.Pattern]:
    """Per table of the lexicon file's section `name` (but those in `skip`), one compiled
    pattern: its expressions of every language joined as one group."""
    return {
        table: re.compile("(?:" + "|".join(p for pats in by_lang.values() for p in pats) + ")")
        for table, by_lang in lexicon_section(name).items()
        if table not in skip
    }


@lru_cache(maxsize=1)
def lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    """The lexicon file, folded and indexed once per process."""
    data = _raw(path)
    emoji: dict[str, str] = {}
    terms: list[Term] = []
    sizes: dict[str, int] = {}
    for signal, entry in data["signals"].items():
        for char in emoji_of(entry.get("emoji", "")):
            emoji[char] = signal
            sizes["emoji"] = sizes.get("emoji", 0) + 1
        for lang in LANGUAGES:
            terms += [make_term(t, signal, lang, inflect=True) for t in entry.get(lang) or []]
            sizes[lang] = sizes.get(lang, 0) + len(entry.get(lang) or [])
    for lang, items in (data.get("not") or {}).items():
        terms += [make_term(t, None, lang, inflect=True) for t in items]
    signals = make_phrases(terms)
    whose_data = dict(data.get("whose") or {})
    not_names = frozenset(w for x in whose_data.pop("not_a_name", []) for w in words_of(x))
    shared = _whose_terms(whose_data.pop("any", {}))
    whose_terms = {sig: shared + _whose_terms(e) for sig, e in whose_data.items()}
    whose = {sig: make_phrases(ts) for sig, ts in whose_terms.items()}
    phrased = terms + [t for ts in whose_terms.values() for t in ts]
    known = {w for t in phrased for w in t.words if not w.startswith("*")} | {
        w for ws in (data.get("words") or {}).values() for x in ws for w in words_of(x)
    }
    known = {w for w in known if len(w) > 1}  # one letter splits names into nonsense words
    context = dict(data.get("context") or {})
    # `scoped` classes appended at the file's end (`more_scoped`, `captions22`): the context's own
    context["scoped"] = {
        **(context.get("scoped") or {}),
        **(data.get("more_scoped") or {}),
        **(data.get("captions22") or {}),
    }
    cues = _cues(context, not_names)
    told = dict(data.get("told") or {})
    return Lexicon(emoji, signals, frozenset(known), sizes, whose, not_names, cues, told)


def _cues(data: dict, not_names: frozenset[str]) -> Cues:
    """The `context` section of the lexicon, folded into word tuples per language."""
    table = lambda key: {  # noqa: E731
        lang: [tuple(words_of(x)) for x in items or []]
        for lang, items in (data.get(key) or {}).items()
    }
    return Cues(
        table("negation"),
        table("negation_after"),
        table("not_negation"),
        table("others"),
        table("tourist"),
        frozenset(data.get("tourist_signals") or []),
        not_names,
        table("relatives"),
        frozenset(data.get("relatives_signals") or []),
        table("sober"),
        table("first_person"),
        table("animals"),
        scoped=tuple(_scoped(name, e) for name, e in (data.get("scoped") or {}).items()),
        subject_signals=frozenset(data.get("subject_signals") or []),
        implies={fold(t): s for s, terms in (data.get("implies") or {}).items() for t in terms},
        weak_emoji=_weak_emoji(data.get("weak_emoji") or {}),
        animal_others=table("animal_others"),
        animal_shelters=table("animal_shelters"),
        animal_of=table("animal_of"),
        married=table("married"),
        partner=table("partner"),
        practices=frozenset(
            " ".join(words_of(x)) for items in (data.get("practices") or {}).values() for x in items
        ),
        roles=_roles(),
    )


def _stemmed(text: str) -> tuple[str, ...]:
    """A role as folded words, its last one ending in "*" when the role is a stem."""
    words = tuple(words_of(text.replace("*", "")))
    return words[:-1] + (words[-1] + "*",) if text.endswith("*") else words


def _roles() -> Roles:
    """The `others45` section of the lexicon, folded (`context.Roles`)."""
    data = lexicon_section("others45")
    table = lambda key, make=lambda x: tuple(words_of(x)): {  # noqa: E731
        la: [make(x) for x in items or []] for la, items in (data.get(key) or {}).items()
    }
    return Roles(
        frozenset(data["signals"]),
        table("roles", _stemmed),
        table("workmates", _stemmed),
        {s: frozenset(map(_stemmed, xs)) for s, xs in data["not_for"].items()},
        table("me"),
        table("not_subject"),
        frozenset(w for x in data["articles"] for w in words_of(x)),
        frozenset(data["client_signals"]),
        table("client"),
        frozenset(
            w for xs in (data.get("relative") or {}).values() for x in xs for w in words_of(x)
        ),
    )


def _weak_emoji(data: dict) -> dict[str, dict[str, list[tuple[str, ...]]]]:
    """`context.weak_emoji`: each emoji of an entry -> the entry's confirming words per language."""
    out = {}
    for entry in data.values():
        table = {la: [tuple(words_of(x)) for x in entry.get(la) or []] for la in LANGUAGES}
        out.update({c: table for c in emoji_of(entry.get("emoji", ""))})
    return out


def _scoped(name: str, entry: dict) -> Scoped:
    """One class of `context.scoped` cues: its signals, scope, reason and phrases per language,
    and `terms`, the patterns of the words of the terms it reaches (none: every term)."""
    table = {la: [tuple(words_of(x)) for x in entry.get(la) or []] for la in LANGUAGES}
    scope = entry.get("scope", "clause")
    unless = {
        la: [tuple(words_of(x)) for x in (entry.get("unless") or {}).get(la) or []]
        for la in LANGUAGES
    }
    terms = entry.get("terms")
    terms = re.compile("|".join(f"(?:{t})" for t in terms)) if terms else None
    return Scoped(
        name, frozenset(entry["signals"]), scope, entry.get("why", name), table, unless, terms
    )


def _whose_terms(entry: dict) -> list[Term]:
    """The `owner`, `others` and `not` phrases of one `whose` entry, in every language."""
    return [
        make_term(t, None, lang, side=None if side == "not" else side)
        for side in ("owner", "others", "not")
        for lang, items in (entry.get(side) or {}).items()
        for t in items
    ]


def make_phrases(terms: list[Term]) -> Phrases:
    """Terms indexed by first word, longest first; prefixes and wildcards tried everywhere."""
    terms = sorted(terms, key=lambda t: (-len(t.words), -len(" ".join(t.words))))
    index: dict[str, list[Term]] = {}
    prefixed: list[Term] = []
    ending: dict[str, list[Term]] = {}
    second: dict[str, list[Term]] = {}
    heads: dict[str, list[Term]] = {}
    modifiers: dict[str, list[Term]] = {}
    for t in terms:
        for form in t.forms[0] if t.head else ():
            heads.setdefault(form, []).append(t)
        for form in t.forms[0] if t.modifier else ():
            modifiers.setdefault(form, []).append(t)
        first = t.words[0]
        if first in ("*", NUMBER, WEEK, COUNT):
            second.setdefault(t.words[1], []).append(t)  # "* & * got married": a literal second
        elif first.startswith("*"):
            ending.setdefault(first[1:], []).append(t)
        elif t.prefix and len(t.words) == 1:
            prefixed.append(t)
        else:
            for form in t.forms[0] if t.forms else (first,):
                index.setdefault(form, []).append(t)
    return Phrases(index, prefixed, ending, second, heads, modifiers)


def make_term(
    text: str, signal: str | None, lang: str, side: str | None = None, inflect: bool = False
) -> Term:
    """A lexicon phrase as a Term: a trailing `*` lets its last word go on; a word `*n` stands for
    a number ("day *n in"), `*c` for a count in words ("*c cats": "two cats") and `*w` for a week
    of a pregnancy ("*w weeks"); a word `*` stands for
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
    one = bool(inflected) and signal is not None and len(words) == 1 and not prefix
    head = one and compound_head(words[0], lang)
    modifier = one and signal in MODIFIED and compound_modifier(words[0], lang)
    return Term(
        tuple(words), prefix, signal, text.rstrip("*"), lang, side, wild, inflected, head, modifier
    )


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


GLUED = 2  # stray letters before a hashtag's first known word that make it no word
LETTER_WORDS = frozenset(
    "a e i o u y w z v k s".split()
)  # words of one letter: "#ivoted", "#wdomu"


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
    lead = next((k for k, w in enumerate(words) if w != "|"), 0)
    if 0 < lead <= GLUED and s[:lead] not in LETTER_WORDS:  # a word one or two stray letters into
        words[lead] = "|"  # the tag is no word: "#basta" holds no "asta" ("#ivoted" does vote; a
        # suffix is no stray: "#hochzeiten")
    return tuple(w for k, w in enumerate(words) if w != "|" or (k and words[k - 1] != "|"))
