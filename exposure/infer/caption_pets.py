"""caption_pets: the household's animal told beside the owner's own news, read as a pet.

People who live with animals rarely write "my dog": they tell their own news and the animal in
it as one everybody knows ("It's a girl!! Dog has been informed", "Fiancés depuis samedi et le
chat a déjà essayé de manger l'écrin", "Zapalenie płuc. Koty szczęśliwe", "Endlich Urlaub! Zwei
Wochen Dänemark mit den zwei Dackeln"). Read with `captions.yaml`'s `pets50` section:

- an animal named as a relative's, a friend's, a neighbour's or an ex's (`theirs`: "my sister's
  pup", "die Hündin meiner Schwester", "il barboncino di mia figlia", "pejsek od babičky") is no
  pet of the owner's, whatever pet word it has;
- an animal of `animals` after a word of `before` (a definite article, "both", a count, and in
  Polish, Czech and Turkish, which have no articles, "and") or opening its clause, in a caption
  where another signal of the owner's counts, is the owner's `pet`;
- not where the caption is about an animal trade, an office, a shelter or a call to share
  (`trade`: a vet's patients, a groomer's clients, dogs at the office, a shelter's dogs, strays),
  nor where a Polish or Czech genitive after it names its owner (`after`: "Kot córki"), the
  animal is someone else's (`context.animal_not_owned`) or the context drops it
  (`context.why_not`: "my brother's dog", a wish, a negation).

And with its `animals51` section, the animal trade's words beside the owner's job, studies or
cause (`trade_pets`): the vet, the groomer and the paw print of a clinic's, a course's or a
vote's post ("Diploma di assistente veterinario preso! 🐾", "Pet kuaförlüğü sertifikamı aldım!
✂️🐩", "Gestemd ✅ Partij voor de Dieren 🐾") say the trade, not a pet of the owner's; and a
shelter's animals walked, appealed or volunteered for (`shelter_pets`: "venčím psy z útulku o
víkendech", "Il gattile comunale cerca volontari") are the shelter's, not the owner's.
"""

from __future__ import annotations

import re
from functools import cache

from .caption_lexicon import (
    LANGUAGES,
    Match,
    first_words,
    fold,
    lexicon,
    lexicon_section,
    section_patterns_by_lang,
    section_search,
    words_of,
)
from .caption_words import Found
from .context import animal_not_owned, why_not

# the owner's news a household's tally of its own is told beside (a wedding's years, a move)
HOUSEHOLD = frozenset(
    {"wedding", "engagement", "baby", "pregnancy", "moving", "new_home", "health"}
)
# a quote in a caption: its words are someone's saying ("'quando for avô vou ter um cão'")
QUOTE = re.compile(r"(?:^|(?<=[\s:]))['\"“„«‘](.+?)['\"”»’](?=$|[\s.,!?;:])")


@cache
def _table(name: str) -> dict[str, frozenset[str]]:
    """The `pets50` section's word table `name`, per language, as sets of folded words."""
    return {lang: frozenset(words) for lang, words in lexicon_section("pets50")[name].items()}


def household_animal(
    tokens: tuple[str, ...], where: tuple[int, ...], langs: frozenset[str]
) -> tuple[int, int] | None:
    """The span of the first animal of `pets50.animals` in the caption's languages told as one
    the writer knows: after a definite article, "both", a count or, in a language without
    articles, "and" (`before`), or opening its clause, and no one's genitive after it (`after`:
    "Kot córki u nas"); or None."""
    animals, before, after = _table("animals"), _table("before"), _table("after")
    for lang in sorted(langs):
        kinds, known = animals.get(lang, frozenset()), before.get(lang, frozenset())
        theirs = after.get(lang, frozenset())
        for i, token in enumerate(tokens):
            if token not in kinds or tokens[i + 1 : i + 2] and tokens[i + 1] in theirs:
                continue  # not an animal, or someone else's: "Kot córki", "pes paní Hrubé"
            opens = i == 0 or where[i - 1] != where[i]
            if opens or tokens[i - 1] in known:
                return (i, i + 1)
    return None


def tallied_animal(
    text: str, tokens: tuple[str, ...], langs: frozenset[str]
) -> tuple[int, int] | None:
    """The span of the first animal of `pets50.animals` in the caption's languages counted as one
    among the household's own: a word of one (`family52.one`) a word or two before it, and a
    number (a digit or `family52.counts`) in the eight words before that ("Seven years, two kids
    and one very fat spaniel", "Pięć lat, jeden pies, jedno dziecko", "deux enfants, trois
    déménagements et un labrador", "Con dos valijas, un gato en transportín"); not the
    neighbours' (`family52.neighbours`) nor one inside a quote (a child's "I'll have a dog");
    or None."""
    data = lexicon_section("family52")
    if section_search("family52", "neighbours", fold(text)):
        return None
    quoted = {w for q in QUOTE.findall(text) for w in words_of(q)}
    animals = _table("animals")
    for lang in sorted(langs):
        kinds = animals.get(lang, frozenset())
        one = {fold(w) for w in data["one"].get(lang, ())}
        counts = {fold(w) for w in data["counts"].get(lang, ())}
        for i, token in enumerate(tokens):
            if token not in kinds or token in quoted:
                continue
            at = [k for k in range(max(0, i - 3), i) if tokens[k] in one]
            if at and any(t.isdigit() or t in counts for t in tokens[max(0, at[-1] - 8) : at[-1]]):
                return (i, i + 1)
    return None


def _own(match: Match, langs: frozenset[str]) -> bool:
    """True for a pet term that says the owner's own animals beside someone else's: one opening
    with a first-person word ("MY dog") or a count of them ("Pięć lat, dwa psy")."""
    words = fold(match.term).split()
    return match.term.startswith("*c") or bool(words and words[0] in first_words(langs))


def pets_reading(
    text: str,
    folded: str,
    tokens: tuple[str, ...],
    where: tuple[int, ...],
    kinds: dict[int, str],
    langs: frozenset[str],
    found: list[Found],
) -> list[Found]:
    """`found` read for the household's animal (`household_reading`) and the litter of an animal
    the owner names (`litter_own`), then with the animal trade's
    words beside the owner's job, studies or cause dropped (`trade_pets`) and a shelter's animals
    walked, appealed or volunteered for dropped (`shelter_pets`), but where an animal of the
    owner's own is told (`animals51.own`: "mit meinen eigenen Hunden", "kendi köpeklerim")."""
    found = household_reading(folded, tokens, where, kinds, langs, found)
    found = litter_own(text, tokens, where, langs, found)
    if section_search("animals51", "own", folded):  # "meine eigenen Hunde": the owner's still
        return found
    return shelter_pets(folded, trade_pets(found))


def household_reading(
    folded: str,
    tokens: tuple[str, ...],
    where: tuple[int, ...],
    kinds: dict[int, str],
    langs: frozenset[str],
    found: list[Found],
) -> list[Found]:
    """`found` with its pet words given to others ("others") where the caption names the animal as
    a relative's, a friend's, a neighbour's or an ex's (`pets50.theirs`: "my sister's pup", "el
    gato de mi ex"), but those that say the owner's own beside it (`_own`); else with the
    household's animal added as the owner's `pet` ("told") where another signal of the owner's
    counts and no pet does: an animal the writer knows (`household_animal`) in a caption about
    no animal trade, office, shelter or appeal (`pets50.trade`), not someone else's
    (`context.animal_not_owned`) and not dropped by its context (`context.why_not`)."""
    if section_search("pets50", "theirs", folded, langs):  # "die Hündin meiner Schwester"
        return [
            (m, "others" if why is None and m.signal == "pet" and not _own(m, langs) else why, s)
            for m, why, s in found
        ]
    said = {m.signal for m, why, _ in found if why is None}
    if not said or "pet" in said or section_search("pets50", "trade", folded, langs):
        return found
    span = household_animal(tokens, where, langs)
    if span is None and said & HOUSEHOLD:  # a family's tally, no canvasser's ("one dog barked")
        span = tallied_animal(folded, tokens, langs)
    if span is None:
        return found
    cues, cue_langs = lexicon().cues, langs | {"en"}
    if animal_not_owned(cues, list(tokens), list(where), cue_langs):
        return found
    why = why_not(cues, list(tokens), list(where), span, cue_langs, "pet", kinds)
    return [*found, (Match("pet", " ".join(tokens[span[0] : span[1]]), "told"), why, span)]


TRADE_SAID = frozenset(
    {"work", "school", "graduation", "politics"}
)  # the owner's job, studies, cause


def _trade_word(match: Match) -> bool:
    """True for a pet term of the animal trade (`animals51.trade`: "il veterinario", "toilettage",
    "banho e tosa") or one of its emoji (`animals51.emoji`: 🐾, 🐩)."""
    if match.lang == "emoji":
        return match.term in lexicon_section("animals51")["emoji"]["any"]
    return bool(section_patterns_by_lang("animals51")["trade"]["any"].search(fold(match.term)))


def trade_pets(found: list[Found]) -> list[Found]:
    """`found` with its pet terms dropped ("trade") where every pet term that counts is the animal
    trade's word or emoji (`_trade_word`: "Dyplom technika weterynarii odebrany 🐾", "Eerste
    werkdag in mijn eigen trimsalon! ✂️🐩") and the owner's work, schooling, degree or politics
    counts: the caption tells the owner's trade, course or cause, not a pet of theirs."""
    pets = [m for m, why, _ in found if why is None and m.signal == "pet"]
    said = {m.signal for m, why, _ in found if why is None}
    if not pets or not said & TRADE_SAID or not all(_trade_word(m) for m in pets):
        return found
    return [(m, "trade" if why is None and m.signal == "pet" else why, s) for m, why, s in found]


def shelter_pets(folded: str, found: list[Found]) -> list[Found]:
    """`found` with its pet terms dropped ("shelter") where the caption names a shelter
    (`animals51.shelter`) with a volunteer, an appeal, a call to share or give or the walks of its
    dogs (`animals51.cause`: "Al canile di Rieti cercano volontari per le passeggiate", "Apel:
    schronisko w Krakowie szuka domów dla 60 psów")."""
    if not all(section_search("animals51", t, folded) for t in ("shelter", "cause")):
        return found
    return [(m, "shelter" if why is None and m.signal == "pet" else why, s) for m, why, s in found]


UPPER = "".join(chr(c) for c in range(0x250) if chr(c).isupper())


@cache
def _litter() -> dict[str, re.Pattern]:
    """Per language, the pattern of an animal named as the mother of a litter (`family53.litter`):
    a capitalised name, a verb of bearing, at most two words (a count), the young; in Turkish
    the young before the verb ("Pamuk 5 yavru doğurdu")."""
    data = lexicon_section("family53")["litter"]
    name = rf"(?<![\w'’])(?P<name>[{UPPER}][^\W\d_]+)"
    out = {}
    for lang in LANGUAGES:
        verbs = "|".join(re.escape(v) for v in data["verbs"].get(lang, ()))
        young = "|".join(re.escape(y) for y in data["young"].get(lang, ()))
        if not verbs or not young:
            continue
        if lang == "tr":
            out[lang] = re.compile(rf"{name} (?:\d+ )?(?i:{young}) (?i:{verbs})(?!\w)")
        else:
            out[lang] = re.compile(rf"{name} (?i:{verbs}) (?:[\w']+ ){{0,2}}?(?i:{young})(?!\w)")
    return out


def litter_own(
    text: str,
    tokens: tuple[str, ...],
    where: tuple[int, ...],
    langs: frozenset[str],
    found: list[Found],
) -> list[Found]:
    """`found` with the owner's `pet` added ("litter") where the caption names an animal as the
    mother of a litter (`_litter`: "Our Luna is having puppies!! Vet reckons 6 🐶", "A Paçoca
    teve filhotes!", "Notre chienne Nala a eu 7 chiots"), no pet counts yet, the name is no
    word of the lexicon's `not_names` ("She had kittens" is a fright) and the caption gives no
    animal to someone else (`pets50.theirs`, `context.animal_not_owned`: "the neighbours' cat").
    """
    if any(m.signal == "pet" and why is None for m, why, _ in found):
        return found
    lex = lexicon()
    for lang in sorted(langs | {"en"}):
        pattern = _litter().get(lang)
        hit = pattern.search(" ".join(text.split())) if pattern else None
        if hit and fold(hit.group("name")) not in lex.not_names:
            break
    else:
        return found
    if section_search("pets50", "theirs", fold(text), langs) or animal_not_owned(
        lex.cues, list(tokens), list(where), langs | {"en"}
    ):
        return found
    return [*found, (Match("pet", hit.group(0), "told"), None, None)]
