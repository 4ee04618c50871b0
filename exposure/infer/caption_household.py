"""caption_household: the household's animal opening a sentence, a new home's first night.

People write their animal as one everybody at home knows, with no "my" and often no article in
the languages that have none: "Kočka sežrala kytku. Zase", "Kot znowu siedzi na mojej
klawiaturze", "Il gatto mi sveglia alle 5 per la pappa", "A gata derrubou o copo", "The cat
brought us a frog", "Kediler kutuları sevdi". Read with `captions.yaml`'s `homes55` section:

- an animal of `opening` that opens the caption or one of its clauses, bare or after a definite
  article (`articles`), with a word after it in its clause that gives it to no one else (not one
  of `not_after` nor `pets50.after`: "Le chat du Net", "Pies sąsiadów", "Cat memes", "Kedi
  videoları"), is the owner's `pet` (`opening_pet`); a word that is another thing bare (the
  German "Kater" a hangover) only after its article (`articled`), and in English, where a bare
  noun opens headlines and compounds ("Dog friendly pub"), only before a verb ("Cat walked
  across the keyboard"); not where the caption names someone else's animal (`pets50.theirs`,
  `context.animal_not_owned`), an animal trade (`pets50.trade`), or the context drops it
  (`context.why_not`: a question, a wish, a negation);
- the first night in a home (`first_night`, any order beside its words: "neue Wohnung, erste
  Nacht", "Nový byt ... První noc tady") where the owner's new home counts is the owner's move
  too (`first_night_moved`, the label guide's ruling on Moves); and the new home's neighbours
  (`neighbours`: "sąsiad z dołu przyszedł się przywitać", "los vecinos ensayando con tambores")
  are no movers: a first night given to others by them alone is the owner's again;
- a walk opening its clause with a capitalised name after "with" (`walk_with`: "Passeggiata con
  Birba al parco", "Spacer z Burkiem po lesie", "Karabaş'la sabah yürüyüşü") is the household's
  dog walked, the owner's `pet` (`walked_pet`), unless a relative stands in the caption.
"""

from __future__ import annotations

import re
from functools import cache

from .caption_lexicon import (
    Lexicon,
    Match,
    fold,
    lexicon,
    lexicon_section,
    section_patterns_by_lang,
    section_search,
)
from .caption_moves import kin_near
from .caption_signs import its_left_out
from .caption_words import Found
from .context import animal_not_owned, why_not, why_not_emoji

SECTION = "homes55"
# an English word after a bare animal that reads as its verb: the past ("walked") or the third
# person ("sleeps"), beside `told.household.acts` ("has", "ate")
EN_VERB = re.compile(r"^[a-z]{3,}(?:ed|s)$")
# the words an opening animal stands within: a long post's later sentences tell a story of
# someone met ("Wczoraj w parku spotkałam starszego pana z jamnikiem ... Pies ma ...")
LEAD = 25
LONG, LONG_LEAD = 40, 8  # a post of more words: its animal in its opening words only


@cache
def _words(table: str) -> dict[str, frozenset[str]]:
    """The `homes55` section's word table `table`, per language, as sets of folded words."""
    return {
        lang: frozenset(fold(w) for w in words)
        for lang, words in lexicon_section(SECTION)[table].items()
    }


@cache
def _neighbours() -> re.Pattern:
    """The pattern of a neighbour's word (`homes55.neighbours`), matched whole."""
    return re.compile(r"\b(?:" + "|".join(lexicon_section(SECTION)["neighbours"]["any"]) + r")\b")


def _opens(where: list[int], i: int) -> bool:
    """Whether the word at `i` opens the caption or its clause."""
    return i == 0 or where[i - 1] != where[i]


def opening_animal(
    lex: Lexicon, tokens: list[str], where: list[int], langs: frozenset[str]
) -> tuple[int, int] | None:
    """The span of the first animal of `homes55.opening` in `langs` among the caption's first
    `LEAD` words (`LONG_LEAD` in a post of more than `LONG`) that opens the caption or a
    clause, bare (not one of `articled`; in English only before a verb: `told.household.acts`,
    a word in -ed or -s) or after a definite article of `articles` that opens it, with a next
    word in its clause that is none of `not_after` nor `pets50.after`; or None."""
    opening, articles, articled = _words("opening"), _words("articles"), _words("articled")
    not_after, after = _words("not_after"), lexicon_section("pets50")["after"]
    acts = frozenset(fold(w) for w in lex.told.get("household", {}).get("acts", ()))
    for lang in sorted(langs):
        kinds = opening.get(lang, frozenset())
        stop = not_after.get(lang, frozenset()) | frozenset(after.get(lang, ()))
        for i, token in enumerate(tokens[: LEAD if len(tokens) <= LONG else LONG_LEAD]):
            if token not in kinds or i + 1 >= len(tokens) or where[i + 1] != where[i]:
                continue  # no animal, or one alone in its clause ("Cats!")
            nxt = tokens[i + 1]
            if nxt in stop or nxt == "|":
                continue  # "Le chat du Net", "Pies sąsiadów", "Cat memes"
            if _opens(where, i):
                if token in articled.get(lang, ()):
                    continue  # "Kater heute": a hangover
                if lang == "en" and nxt not in acts and not EN_VERB.match(nxt):
                    continue  # "Dog friendly pub": a compound, no animal acting
            elif not (i > 0 and tokens[i - 1] in articles.get(lang, ()) and _opens(where, i - 1)):
                continue  # inside its clause: "walked past a cat", "um gato"
            return (i, i + 1)
    return None


def animal_opens(lex: Lexicon, tokens: list[str], where: list[int]) -> bool:
    """Whether a caption opens a clause with an animal of any language (`opening_animal`): one to
    read for `opening_pet`, though it says no signal word."""
    return opening_animal(lex, tokens, where, frozenset(_words("opening"))) is not None


def opening_pet(
    lex: Lexicon,
    folded: str,
    tokens: list[str],
    where: list[int],
    kinds: dict[int, str],
    langs: frozenset[str],
    found: list[Found],
) -> list[Found]:
    """The owner's `pet` ("told") an animal opening a clause names (`opening_animal`: "Kočka
    sežrala kytku", "Il gatto mi sveglia alle 5"), where no pet counts yet and the caption names
    no one else's animal (`pets50.theirs`, `context.animal_not_owned`) nor an animal trade
    (`pets50.trade`), and no one outside the household stands in the animal's sentence
    (`caption_moves.kin_near`: "mein Freund hat sich einen Hund gekauft"), with why the context
    drops it (`context.why_not`, read without the animal's own possessives: "el gato ya ha
    elegido su sitio"); or none."""
    if any(m.signal == "pet" and why is None for m, why, _ in found):
        return []
    span = opening_animal(lex, tokens, where, langs)
    if span is None:
        return []
    cue_langs = langs | {"en"}
    if section_search("pets50", "theirs", folded, langs) or section_search(
        "pets50", "trade", folded, langs
    ):
        return []
    own = its_left_out(lex, tokens, langs - {"en"} or langs)
    if animal_not_owned(lex.cues, own, where, cue_langs):
        return []
    at = re.search(rf"\b{re.escape(tokens[span[0]])}\b", folded)
    if at and kin_near(folded, at.start(), at.end(), cue_langs):
        return []  # "mein Freund hat sich einen Hund gekauft, ... der Hund schon halb"
    why = why_not(lex.cues, own, where, span, cue_langs, "pet", kinds)
    return [(Match("pet", tokens[span[0]], "told"), why, span)]


def home_night(folded: str) -> bool:
    """Whether the folded caption tells a first night in a home of the owner's, in any language
    (`homes55.home_in`): one to read for `first_night_moved`, though it says no signal word."""
    return section_search(SECTION, "home_in", folded) is not None


def household_reading(
    folded: str, tokens: list[str], langs: frozenset[str], found: list[Found]
) -> list[Found]:
    """`found` with the owner's first night in a home read as a move (`first_night_moved`), in a
    caption that names no animal shelter (`animals51.shelter`: the night is the adopted pet's):
    a move given to others by the new home's neighbours alone kept as the owner's, and one added
    where the owner's new home counts and no move does."""
    first = section_search(SECTION, "first_night", folded, langs)
    if first is None or section_search("animals51", "shelter", folded):
        return found  # an animal's first night, adopted from a shelter ("aus dem Tierheim")
    quiet = _neighbours().sub(" ", folded)  # the neighbours of the new home: no movers
    cue_langs = langs | {"en"}
    tokens = [t for t in tokens if not _neighbours().fullmatch(t)]
    near = _kin_at(quiet, first.group(0), cue_langs)
    if not near and why_not_emoji(lexicon().cues, tokens, cue_langs, "moving", True) is None:
        found = [
            (m, None if m.signal == "moving" and why == "others" else why, s) for m, why, s in found
        ]
    return first_night_moved(quiet, first, tokens, langs, found)


def _kin_at(quiet: str, words: str, langs: frozenset[str]) -> bool:
    """Whether someone outside the household stands in the sentence of the first occurrence of
    `words` in the folded caption `quiet` (`caption_moves.kin_near`)."""
    at = quiet.find(words)
    return at >= 0 and kin_near(quiet, at, at + len(words), langs)


def first_night_moved(
    quiet: str, first: re.Match, tokens: list[str], langs: frozenset[str], found: list[Found]
) -> list[Found]:
    """`found` with the owner's first night in a home (`first`, a match of
    `homes55.first_night` in the folded caption `quiet`, its neighbours left out) read as both
    halves of moving in: `moving` ("told") added where the owner's new home counts and no move
    does, `new_home` where the owner's move counts and no new home does, and both where neither
    counts and the night is told in a home of the owner's (`home_in`: "first night in the flat",
    "yurtta ilk gece"); each with why it is not the owner's (a scoped class of the context,
    someone outside the household in its sentence: "others")."""
    said = {m.signal for m, why, _ in found if why is None}
    if "new_home" in said and "moving" in said:
        return found
    if "new_home" in said or "moving" in said:
        add = ("new_home",) if "moving" in said else ("moving",)
    else:
        home = section_search(SECTION, "home_in", quiet, langs)
        if home is None:
            return found
        first, add = home, ("moving", "new_home")
    cue_langs = langs | {"en"}
    near = _kin_at(quiet, first.group(0), cue_langs)
    out = list(found)
    for signal in add:
        why = why_not_emoji(lexicon().cues, tokens, cue_langs, signal) or (
            "others" if near else None
        )
        out.append((Match(signal, first.group(0), "told"), why, None))
    return out


def walk_named(text: str, langs: frozenset[str] | None = None) -> str | None:
    """The words of a walk with a capitalised name in the caption (`homes55.walk_with`:
    "Passeggiata con Birba al parco", "Spacer z Burkiem"), in `langs` and English (None: every
    language), the name no word of the lexicon's `not_names`; or None."""
    plain = " ".join(text.split())  # read as written: the name's capital
    for lang, pattern in section_patterns_by_lang(SECTION)["walk_with"].items():
        if langs is not None and lang not in langs | {"en"}:
            continue
        hit = pattern.search(plain)
        if hit and fold(hit.group("name")) not in lexicon().not_names:
            return hit.group(0)
    return None


def walked_pet(
    text: str, tokens: list[str], langs: frozenset[str], found: list[Found]
) -> list[Found]:
    """The owner's `pet` ("told") a walk with a name tells (`walk_named`: the household's dog
    walked), where no pet counts yet, with why it is not the owner's (a relative anywhere in the
    caption, a scoped class of the context: `context.why_not_emoji`); or none."""
    if any(m.signal == "pet" and why is None for m, why, _ in found):
        return []
    term = walk_named(text, langs)
    if term is None:
        return []
    why = why_not_emoji(lexicon().cues, tokens, langs | {"en"}, "pet", True)
    return [(Match("pet", term, "told"), why, None)]
