"""captions: life-event and category signals in a caption, read in its language and context.

`caption_signals("Mr & Mrs van den Berg 💍")` gives `{"wedding"}`. The words, emoji and cues are
data (`captions.yaml`, read by `caption_lexicon.py`). A signal word counts only:

- in the caption's own language (`language.py`, detected offline per caption; English beside any):
  a Danish "vin" is no French wine;
- on whole words, hashtags split into words, in any of its forms (`forms.py`), a phrase within one
  clause ("el piso, nueva aventura" is no "piso nuevo");
- when the caption speaks of the owner doing or being it (`context.py`): not negated ("I don't
  like beer", "kein Bier"), not quoted, not asked, not someone else's ("my brother's surfing
  trip", "Mama wyszła ze szpitala"), not a church admired on a walk (that is travel), nor one of
  the classes of `context.scoped` (a teacher's school, a strike met on the way, a "sick" song, a
  holiday wished for, a partner's job, a friend's pregnancy, the hospital of a birth);
- once per post: the photos that share a caption and an upload day are one post
  (`once_per_post`, applied where kinds read captions).

Beyond its words and emoji, a caption gives `baby` by a newborn's weight and length ("51 cm,
3.300 g", "7lb 2oz": `birth_measure`, read as the baby's emoji would be), and `pet` by the animal
of the owner's own move, named with a definite article or opening its clause ("Umzug geschafft,
die Katze sitzt im Karton": `_pet_moved`), and `moving` by a farewell to one place and a greeting
to another ("Goodbye Leeds, hello Bristol": `caption_told.farewell_move`), and `baby` by a rite of
"our" child named after it ("Batizado da nossa princesa Leonor": `caption_told.rite_child`), and
`pet` by a name that turns an age beside an animal ("Whiskers turned 15. Grumpiest cat": `pet_age`).

`read_caption` gives every word found with why it does not count. Rules' own caption words are
read the same way (`rule_hits`).

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
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from .caption_lexicon import (
    HASHTAG,
    LANGUAGES,
    Lexicon,
    Match,
    Phrases,
    Term,
    emoji_of,
    fold,
    lexicon,
    make_phrases,
    make_term,
    split_hashtag,
    words_of,
)
from .caption_told import arrow_move, farewell_move, pet_age, rite_child
from .context import animal_not_owned, clauses, cue_anywhere, why_not, why_not_emoji
from .language import caption_languages

# signals of an event or a being, whose emoji goes with the caption's words for it (a 🐱 beside
# the neighbours' kittens is theirs); a 🍷 or a 🗳 stands for the owner's own glass or vote
FOLLOWS = frozenset({"wedding", "engagement", "baby", "pregnancy", "graduation", "school", "pet"})
RING = "💍"  # alone an engagement's ring; beside a wedding said in words, the wedding's
# `context.animals` that are no animal (the vet)
VET = frozenset(
    "vet veterinario veto veterinaire tierarzt dierenarts weterynarz veterinar veteriner".split()
)
# the definite articles before an animal of the owner's move ("die Katze"; a bare "kot" opens
# its clause): the household's animal, where "a confused cat" is any cat
DEFINITE = frozenset("the el la los las o a os as le les der die das den il lo gli de het".split())

Found = tuple[Match, str | None, tuple[int, int] | None]  # a term, why it does not count, where
# a newborn's measures, weight and length ("51 cm, 3.300 g", "3200 gr, 50 cm") or "7lb 2oz": a
# birth announced; read like an emoji of `baby` (whose it is comes from the words around it)
BIRTH_LENGTH = re.compile(r"\b(?:4[4-9]|5\d|60)(?:[.,]\d)? ?cm\b", re.I)
BIRTH_WEIGHT = re.compile(r"\b(?:[1-5][., ]?\d{3} ?(?:g|gr|gram\w*)|[1-5][.,]\d{1,3} ?kg)\b", re.I)
BIRTH_POUNDS = re.compile(r"\b(?:[4-9]|1[0-2]) ?lbs? ?(?:[0-9]|1[0-5]) ?oz\b", re.I)


@dataclass(frozen=True)
class Reading:
    """The rules' reading of a caption: its folded words (hashtag words after a '|'), each word's
    clause, its languages, and every term found with why the rules drop it and its span."""

    text: str
    tokens: tuple[str, ...]
    where: tuple[int, ...]
    langs: frozenset[str]
    found: tuple[Found, ...]


__all__ = ["LANGUAGES", "Match", "fold", "lexicon", "split_hashtag", "words_of"]


def _find(
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
        found.append((hit, i))
        i += len(hit.words)
    return found


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


def caption_matches(text: str | None) -> list[Match]:
    """The signal terms that count in a caption (emoji, words and hashtags), in reading order:
    in the caption's languages, about the owner (`read_caption` gives the rest and why)."""
    return [m for m, why in read_caption(text) if why is None]


def read_caption(text: str | None) -> list[tuple[Match, str | None]]:
    """Every signal term found in a caption, each with why it does not count (None: it does):
    "language" (a word of a language the caption is not in) or `context.why_not`'s reasons."""
    reading = caption_reading(text)
    if reading is None:
        return []
    return [(m, why) for m, why, _ in reading.found]


def caption_reading(text: str | None) -> Reading | None:
    """The lexicon's and the context rules' reading of a caption: its words,
    clauses and languages, and every term found with why the rules drop it and where it stands
    (None for none found)."""
    if not isinstance(text, str) or not text.strip():
        return None
    lex = lexicon()
    tokens, where, kinds = _tokens(text, lex)
    emoji = [(lex.emoji[c], c) for c in emoji_of(text) if c in lex.emoji]
    if any(c == RING for _, c in emoji) and not _wedding_said(lex, tokens):
        emoji = [("engagement" if c == RING else s, c) for s, c in emoji]
    measure, told, rite = birth_measure(text), farewell_move(text), rite_child(text)
    arrow = None if told else arrow_move(text)
    said = any(t.signal for t, _ in _find(lex.signals, tokens))
    aged = _pet_aged(lex, text, tokens, emoji)
    if not (emoji or measure or told or arrow or rite or aged or said):
        return None  # most captions: no need to tell their language
    langs = caption_languages(text)
    tourist = None
    if {s for s, _ in emoji} & lex.cues.tourist_signals:
        tourist = "tourist" if cue_anywhere(lex.cues.tourist, tokens, langs | {"en"}) else None
    cue_langs = langs | {"en"}
    out = [
        (
            Match(s, c, "emoji"),
            tourist
            if s in lex.cues.tourist_signals
            else _weak(lex, c, tokens)
            or why_not_emoji(lex.cues, tokens, cue_langs, s, s in FOLLOWS)
            or _strays(lex, s, tokens, where, cue_langs),
            None,
        )
        for s, c in emoji
    ]
    if measure:
        why = why_not_emoji(lex.cues, tokens, cue_langs, "baby", True)
        out.append((Match("baby", measure, "measure"), why, None))
    if told:
        why = why_not_emoji(lex.cues, tokens, cue_langs, "moving")
        out.append((Match("moving", told, "told"), why, None))
    if rite:
        why = why_not_emoji(lex.cues, tokens, cue_langs, "baby")
        out.append((Match("baby", rite, "told"), why, None))
    if aged:  # the name turns the age: the animal's own pronouns ("he's a puppy") are no owner
        why = why_not_emoji(lex.cues, tokens, cue_langs, "pet")
        out.append((Match("pet", aged, "told"), why, None))
    for term, i in _find(lex.signals, tokens, lex.not_places, langs=langs, where=where):
        if term.signal:
            why = "language" if term.lang not in langs else None
            span = (i, i + len(term.words))
            why = why or why_not(
                lex.cues,
                tokens,
                where,
                span,
                _cue_langs(langs, term.lang),
                term.signal,
                kinds,
                stem=len(term.words[-1]),
            )
            out.append((Match(term.signal, term.term, term.lang), why, span))
    if arrow:  # places joined by an arrow: a move, unless the caption says a journey
        travel = any(m.signal == "travel" and why is None for m, why, _ in out)
        why = "travel" if travel else why_not_emoji(lex.cues, tokens, cue_langs, "moving")
        out.append((Match("moving", arrow, "told"), why, None))
    found = _settle(_whose_others(text, out))
    found += _pet_moved(lex, tokens, where, kinds, langs, found)
    return Reading(text, tuple(tokens), tuple(where), langs, tuple(found))


def birth_measure(text: str) -> str | None:
    """A newborn's weight and length in a caption ("51 cm, 3.300 g", "7lb 2oz"), or None."""
    pounds = BIRTH_POUNDS.search(text)
    if pounds:
        return pounds.group(0)
    length, weight = BIRTH_LENGTH.search(text), BIRTH_WEIGHT.search(text)
    return f"{weight.group(0)}, {length.group(0)}" if length and weight else None


def _pet_moved(
    lex: Lexicon,
    tokens: list[str],
    where: list[int],
    kinds: dict[int, str],
    langs: frozenset[str],
    found: list[Found],
) -> list[Found]:
    """The animal of the owner's own move or new home, named with a definite article or opening
    its clause ("Umzug geschafft, die Katze sitzt im Karton", "Taşındık. Kedi yeni evde"): a
    `pet`, unless the caption gives it to someone else
    (`context.animal_not_owned`) or the context drops it (`context.why_not`)."""
    said = {m.signal for m, why, _ in found if why is None}
    if "pet" in said or not said & {"moving", "new_home"}:
        return []
    cue_langs = langs | {"en"}
    if animal_not_owned(lex.cues, tokens, where, cue_langs):
        return []
    for lang in sorted(cue_langs):
        for animal in lex.cues.animals.get(lang, ()):
            if animal[0] in VET:
                continue
            for i in range(len(tokens) - len(animal) + 1):
                if tuple(tokens[i : i + len(animal)]) != animal:
                    continue
                if i > 0 and where[i - 1] == where[i] and tokens[i - 1] not in DEFINITE:
                    continue  # "a very confused cat", "um gato": any cat, no one's yet
                span = (i, i + len(animal))
                why = why_not(lex.cues, tokens, where, span, cue_langs, "pet", kinds)
                if why is None:
                    return [(Match("pet", " ".join(animal), lang), None, span)]
    return []


def _pet_aged(lex: Lexicon, text: str, tokens: list[str], emoji: list) -> str | None:
    """A name that turns an age beside an animal word or a pet's emoji ("Whiskers turned 15
    today. Grumpiest cat in Yorkshire": `caption_told.pet_age`), or None."""
    if not any(s == "pet" for s, _ in emoji) and not cue_anywhere(
        lex.cues.animals, tokens, LANGUAGES
    ):
        return None
    return pet_age(text, lex.not_names)


def _wedding_said(lex: Lexicon, tokens: list[str]) -> bool:
    """Whether a caption says a wedding in words, in any language (a wedding word of the lexicon,
    whoever's, or a cue of `context.married`: "Mariés !", "evlilik yıl dönümümüz"): a 💍 beside
    them is the wedding's, one without them an engagement's ("ano ano ano 💍")."""
    if cue_anywhere(lex.cues.married, tokens, LANGUAGES):
        return True
    return any(t.signal == "wedding" for t, _ in _find(lex.signals, tokens))


def _weak(lex: Lexicon, char: str, tokens: list[str]) -> str | None:
    """ "weak" for an emoji of `context.weak_emoji` that no word of its table confirms: a house is
    a new home with "new" or keys beside it, not on a post about being home; a box is a move with
    boxes or packing beside it, not a parcel."""
    table = lex.cues.weak_emoji.get(char)
    if table is None or cue_anywhere(table, tokens, LANGUAGES):
        return None
    return "weak"


def _strays(
    lex: Lexicon, signal: str, tokens: list[str], where: list[int], langs: frozenset[str]
) -> str | None:
    """ "others" for a pet emoji beside an animal that is someone else's or no one's
    (`context.animal_not_owned`: "el gato de la cafetería 🐈", "sokak köpekleri 🐕")."""
    if signal == "pet" and animal_not_owned(lex.cues, tokens, where, langs):
        return "others"
    return None


def _cue_langs(langs: frozenset[str], lang: str) -> frozenset[str]:
    """The languages whose context cues a word of `lang` meets: the caption's, but English only
    for an English word or an English caption (Spanish "son las mejores" is no English son)."""
    if lang != "en" and len(langs) > 1:
        return (langs - {"en"}) | {lang}
    return langs | {lang}


def _settle(found: list[Found]) -> list[Found]:
    """Signals that speak over others: an engagement, whoever's, takes 💍 from the wedding
    ("Verlobt 💍", "her engagement party 💍"), a pregnancy takes the baby ("our second baby on the
    way"), the owner's child named in words takes the school and the graduation ("our son's
    kindergarten graduation"), a school-leaving exam still ahead is schooling ("Maturita za
    měsíc"), an emoji goes with the words of its signal (none counts and one is
    someone else's: "Proost op het bruidspaar 🥂" after the toast's "proost"), a glass beside
    someone else's wedding or engagement is their toast, a place of worship
    seen as a tourist is travel, the faith words of someone else's wedding are theirs ("mariage de
    mon cousin à l'église, la messe a duré 2h"), and a word the lexicon's `context.implies` lists
    gives its second signal too (a pilgrimage is also travel)."""
    said = {m.signal for m, why, _ in found if why is None}
    child = any(
        m.signal == "baby" and m.lang not in ("emoji", "measure") and why is None
        for m, why, _ in found
    )
    words_why: dict[str, str | None] = {}
    for m, why, _ in found:
        if m.lang != "emoji" and why != "language":
            words_why[m.signal] = None if why is None else words_why.get(m.signal, why)
    engaged = {m.signal for m, why, _ in found if why in (None, "whose", "others")}
    theirs = "wedding" not in said and any(
        m.signal == "wedding" and why in ("whose", "others") for m, why, _ in found
    )
    toast = (
        theirs
        or not said & {"wedding", "engagement"}
        and any(m.signal == "engagement" and why in ("whose", "others") for m, why, _ in found)
    )
    shower = any(m.signal == "pregnancy" and why == "whose" for m, why, _ in found)
    implies = lexicon().cues.implies
    out = []
    for m, why, span in found:
        if why == "due" and "pregnancy" not in said:
            out.append((Match("pregnancy", m.term, m.lang), None, span))
            said.add("pregnancy")
        if why == "planned" and "engagement" not in said:  # a wedding ahead: engaged now
            out.append((Match("engagement", m.term, m.lang), None, span))
            said.add("engagement")
        if why == "ahead" and not said & {"school", "graduation"}:  # a pupil before the exam
            out.append((Match("school", m.term, m.lang), None, span))
            said.add("school")
        if why is None and m.signal == "wedding" and m.lang == "emoji" and "engagement" in engaged:
            why = "engagement"
        elif why is None and m.signal == "alcohol" and m.lang == "emoji" and toast:
            why = "others"  # a glass raised at someone else's wedding or engagement: their toast
        elif why is None and m.signal == "religion" and theirs:
            why = "others"  # the church and the mass of a guest's wedding: their ceremony
        elif why is None and m.signal == "baby" and "pregnancy" in said:
            why = "pregnancy"
        elif why is None and m.signal == "baby" and m.lang == "emoji" and shower:
            why = "whose"  # the 🍼 of a named friend's baby shower is hers
        elif why is None and child and m.signal in ("school", "graduation"):
            why = "child"
        elif why is None and m.lang == "emoji" and m.signal in FOLLOWS and words_why.get(m.signal):
            why = words_why[m.signal]
        out.append((m, why, span))
        if why == "tourist":
            out.append((Match("travel", m.term, m.lang), None, span))
        elif why is None and fold(m.term) in implies:
            out.append((Match(implies[fold(m.term)], m.term, m.lang), None, span))
    return out


def _whose_others(text: str, found: list[Found]) -> list[Found]:
    """Life events whose caption gives them to others (`caption_whose`): "whose"."""
    return [
        (m, "whose" if why is None and caption_whose(text, m.signal) == "others" else why, span)
        for m, why, span in found
    ]


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
    caption, and per life event given to others ("Tom & Anna's wedding"): the event kinds find
    the day by it and judge whose it is themselves (`caption_whose`)."""
    rows = [
        (pid, m.signal, m.term, m.lang)
        for pid, text in zip(photos["photo_id"], photos[column])
        for m in dict.fromkeys(m for m, why in read_caption(text) if why in (None, "whose"))
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
    phrases, known, first = _rule_phrases(key)
    if not first.search(_folded(text)):  # none of the words, in any form, even in a hashtag
        return False
    tokens, where, kinds = _tokens(text, lex, known)
    langs = caption_languages(text)
    for term, i in _find(phrases, tokens, langs=langs, where=where):
        if term.signal and (term.lang in langs or term.lang not in LANGUAGES):
            span = (i, i + len(term.words))
            if (
                why_not(
                    lex.cues, tokens, where, span, _cue_langs(langs, term.lang), term.signal, kinds
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
