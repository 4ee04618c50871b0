"""caption_signs: what a caption's emoji and signs beyond its words count for.

A house emoji is weak alone (`weak_emoji`: a new home with "new" or keys beside it), a box emoji
weak beside a parcel (a move but for a delivery, an order, a courier); a pet's emoji beside
someone else's animal is theirs (`strays`); a 💍 is a wedding's where a wedding is said in words
(`wedding_said`), else an engagement's; a newborn's weight and length tell a birth
(`birth_measure`, read like a baby's emoji); the animal of the owner's own move, or of a
household that speaks of it beside the owner's other news, is a pet (`pet_moved`); a name that
turns an age beside an animal is a pet's birthday (`pet_aged`); an animal word and its name is a
pet (`pets_named`); a third person's possessive after an animal, before no animal, is the
animal's own thing, not another owner (`its_left_out`: "el gato ya ha elegido su sitio").
"""

from __future__ import annotations

import re

from .caption_lexicon import (
    LANGUAGES,
    Lexicon,
    Match,
    fold,
    lexicon_section,
    section_search,
    words_of,
)
from .caption_told import child_months, first_word, pet_age
from .caption_words import Found, find_terms
from .context import animal_not_owned, cue_anywhere, why_not

# `context.animals` that are no animal (the vet)
VET = frozenset(
    "vet veterinario veto veterinaire tierarzt dierenarts weterynarz veterinar veteriner".split()
)

# the definite articles before an animal of the owner's move ("die Katze"; a bare "kot" opens
# its clause): the household's animal, where "a confused cat" is any cat
DEFINITE = frozenset("the el la los las o a os as le les der die das den il lo gli de het".split())
OPENING = DEFINITE - {"a"}  # one opening a clause whose animal acts: "a cat has" is any cat

BOX = "📦"  # a move's box, unless a parcel is beside it (`weak_emoji`)

NEAR = 6  # words either side of a household's animal that its owner's "my", "me" reach

# a newborn's measures, weight and length ("51 cm, 3.300 g", "3200 gr, 50 cm") or "7lb 2oz": a
# birth announced; read like an emoji of `baby` (whose it is comes from the words around it)
BIRTH_LENGTH = re.compile(r"\b(?:4[4-9]|5\d|60)(?:[.,]\d)? ?cm\b", re.I)
BIRTH_WEIGHT = re.compile(r"\b(?:[1-5][., ]?\d{3} ?(?:g|gr|gram\w*)|[1-5][.,]\d{1,3} ?kg)\b", re.I)
BIRTH_POUNDS = re.compile(r"\b(?:[4-9]|1[0-2]) ?lbs? ?(?:[0-9]|1[0-5]) ?oz\b", re.I)
# a weight a newborn has, said alone ("3,2 kg de amor", "3120 g pures Glück", "Mats, 3360 gram")
NEWBORN_WEIGHT = re.compile(r"\b(?:[2-4][.,]?\d{3} ?(?:g|gr|gram\w*)|[2-4][.,]\d{1,3} ?kg)\b", re.I)
# another thing measured beside a weight is no newborn's ("Nowy regał: 180 cm, 3200 g kartonu")
MEASURED = re.compile(r"\b\d+(?:[.,]\d+)? ?(?:mm|cm|m|km|ml|l|m²|m2)\b", re.I)
# a weight lost or gained by dieting is no newborn's ("Schudłam 3,5 kg", "j'ai perdu 2,5 kg")
DIET = re.compile(
    r"\b(?:lost|lose|losing|gained|abgenommen|zugenommen|perdu|perdí|perdi|perso|adelgac\w*|"
    r"emagreci|engord\w*|dimagrit\w*|ingrassat\w*|afgevallen|aangekomen|schud\w*|przytył\w*|"
    r"zhubl\w*|přibral\w*|verdim|kilo aldım)\b",
    re.I,
)


def birth_measure(text: str) -> str | None:
    """A newborn's weight and length in a caption ("51 cm, 3.300 g", "7lb 2oz"), or its weight
    alone between 2 and 5 kg ("Papa sinds maandag! Mats, 3360 gram": no other weight of the dev
    sets' captions falls there), unless a diet or another measure is beside it, or None."""
    pounds = BIRTH_POUNDS.search(text)
    if pounds:
        return pounds.group(0)
    length, weight = BIRTH_LENGTH.search(text), BIRTH_WEIGHT.search(text)
    if length and weight:
        return f"{weight.group(0)}, {length.group(0)}"
    alone = NEWBORN_WEIGHT.search(text)
    if alone is None or DIET.search(text) or MEASURED.search(text):
        return None
    return alone.group(0)


def pet_moved(
    lex: Lexicon,
    tokens: list[str],
    where: list[int],
    kinds: dict[int, str],
    langs: frozenset[str],
    found: list[Found],
) -> list[Found]:
    """The animal of the owner's own move or new home, or of a caption that says other news of
    the owner's with "my" or "me" near the animal, named with a definite article or opening its
    clause ("Umzug geschafft, die Katze sitzt im Karton", "Taşındık. Kedi yeni evde", "my toddler
    and the dog have formed an alliance against me"), or that a definite article opening its
    clause names doing something (`_acting`: "Le chien a mangé ma chaussure"): a `pet`, unless
    the caption gives it to someone else (`context.animal_not_owned`) or the context drops it
    (`context.why_not`), both read without the animal's own possessives (`its_left_out`: "el
    gato ya ha elegido su sitio")."""
    said = {m.signal for m, why, _ in found if why is None}
    cue_langs = langs | {"en"}
    moved = bool(said & {"moving", "new_home"})
    # "el gato ya ha elegido su sitio": its own (a Turkish "her" is every, no English "her")
    tokens = its_left_out(lex, tokens, langs - {"en"} or langs)
    if "pet" in said or animal_not_owned(lex.cues, tokens, where, cue_langs):
        return []
    mine = moved or _mine(lex, tokens, cue_langs)
    acts = frozenset(fold(w) for w in lex.told.get("household", {}).get("acts", ()))
    for lang in sorted(cue_langs):
        for animal in lex.cues.animals.get(lang, ()):
            if animal[0] in VET:
                continue
            for i in range(len(tokens) - len(animal) + 1):
                if tuple(tokens[i : i + len(animal)]) != animal:
                    continue
                if (
                    not moved
                    and i > 0
                    and where[i - 1] == where[i]
                    and tokens[i - 1] not in DEFINITE
                ):
                    continue  # "a very confused cat", "um gato": any cat, no one's yet (but one of
                    # the owner's own move: "47 boxes and one very confused cat")
                span = (i, i + len(animal))
                if _acting(tokens, where, span, acts):
                    pass  # "the cat has claimed my laptop": the household's animal
                elif not mine or not (
                    moved or _mine(lex, tokens[max(0, i - NEAR) : span[1] + NEAR], cue_langs)
                ):
                    continue  # a long post's other story: the owner not near the animal
                why = why_not(lex.cues, tokens, where, span, cue_langs, "pet", kinds)
                if why is None:
                    return [(Match("pet", " ".join(animal), lang), None, span)]
    return []


def animal_acting(lex: Lexicon, tokens: list[str], where: list[int]) -> bool:
    """Whether a caption names an animal of any language's `context.animals` with a definite
    article opening its clause and a verb after it (`_acting`: "the cat has claimed my laptop"):
    one to read for `pet_moved`, though the caption says no signal word."""
    acts = frozenset(fold(w) for w in lex.told.get("household", {}).get("acts", ()))
    animals = {a[0] for lang in lex.cues.animals.values() for a in lang if len(a) == 1}
    return any(
        t in animals and _acting(tokens, where, (i, i + 1), acts) for i, t in enumerate(tokens)
    )


def _acting(tokens: list[str], where: list[int], span: tuple[int, int], acts: frozenset) -> bool:
    """Whether the animal at tokens[span] follows a definite article that opens its clause and
    a verb of `told.household.acts` follows it there ("the cat has…", "Het konijn is…")."""
    i, j = span
    if i < 1 or j >= len(tokens) or tokens[i - 1] not in OPENING or tokens[j] not in acts:
        return False
    return (i == 1 or where[i - 2] != where[i - 1]) and where[j] == where[i]


def pets_named(
    lex: Lexicon,
    named: list[tuple[str, str]],
    tokens: list[str],
    where: list[int],
    kinds: dict[int, str],
    langs: frozenset[str],
    titled: list[tuple[str, str]] = (),
) -> list[Found]:
    """The pets an animal word and a name name ("kocour Mourek": `caption_told.pet_named`), or a
    name, "the" and an animal (`titled`: "Pickles the cat", `caption_told.pet_titled`), each with
    why it is not the owner's (`context.why_not`, or someone else's animal:
    `context.animal_not_owned`: "Kater Carlo von nebenan") or None."""
    written = [(f"{a} {n}", [fold(a), words_of(n)[0]]) for a, n in named]
    written += [(f"{n} the {a}", [words_of(n)[0], "the", *words_of(a)]) for a, n in titled]
    out: list[Found] = []
    for term, seq in written:
        k = len(seq)
        for i in range(len(tokens) - k + 1):
            if tokens[i : i + k] == seq:
                why = why_not(lex.cues, tokens, where, (i, i + k), langs, "pet", kinds)
                why = why or strays(lex, "pet", tokens, where, langs)
                out.append((Match("pet", term, "told"), why, (i, i + k)))
                break
    return out


def _mine(lex: Lexicon, tokens: list[str], langs: frozenset[str]) -> bool:
    """Whether a caption speaks in the first person (`context.first_person`, or a pronoun of
    `told.household.me`: "mi", "mir", "mě"), as the owner of a household's animal does ("the dog
    ate my AirPods", "kocour mi ukradl místo")."""
    if cue_anywhere(lex.cues.first_person, tokens, langs):
        return True
    me = lex.told.get("household", {}).get("me", ())
    return any(t in me for t in tokens)


def pet_aged(lex: Lexicon, text: str, tokens: list[str], emoji: list) -> str | None:
    """A name that turns an age beside an animal word or a pet's emoji ("Whiskers turned 15
    today. Grumpiest cat in Yorkshire": `caption_told.pet_age`), or None."""
    if not any(s == "pet" for s, _ in emoji) and not cue_anywhere(
        lex.cues.animals, tokens, LANGUAGES
    ):
        return None
    return pet_age(text, lex.not_names)


def child_aged(lex: Lexicon, text: str, tokens: list[str], emoji: list) -> str | None:
    """A name or the little one that is or has an age in months, or a child's first word, with no
    animal word nor a pet's emoji in the caption ("o Bento tem 9 meses": `caption_told.
    child_months`, "Jules a dit \"papa\"": `first_word`), or None: an animal's months are the
    pet's ("Biscotte a 3 mois 🐶"), a parrot's "mama" is no child's."""
    if any(s == "pet" for s, _ in emoji) or cue_anywhere(lex.cues.animals, tokens, LANGUAGES):
        return None
    return child_months(text, lex.words) or first_word(text)


def wedding_said(lex: Lexicon, tokens: list[str]) -> bool:
    """Whether a caption says a wedding in words, in any language (a wedding word of the lexicon,
    whoever's, or a cue of `context.married`: "Mariés !", "evlilik yıl dönümümüz"): a 💍 beside
    them is the wedding's, one without them an engagement's ("ano ano ano 💍")."""
    if cue_anywhere(lex.cues.married, tokens, LANGUAGES):
        return True
    return any(t.signal == "wedding" for t, _ in find_terms(lex.signals, tokens))


def weak_emoji(lex: Lexicon, char: str, tokens: list[str]) -> str | None:
    """ "weak" for an emoji of `context.weak_emoji` that no word of its table confirms (a house is
    a new home with "new" or keys beside it, not on a post about being home), and for a box
    beside a parcel (`moves49.parcel`: "ben hâlâ kargo bekliyorum 📦"; a box is a move else)."""
    if char == BOX:
        return "weak" if section_search("moves49", "parcel", " ".join(tokens)) else None
    table = lex.cues.weak_emoji.get(char)
    if table is None or cue_anywhere(table, tokens, LANGUAGES):
        return None
    return "weak"


def strays(
    lex: Lexicon, signal: str, tokens: list[str], where: list[int], langs: frozenset[str]
) -> str | None:
    """ "others" for a pet emoji beside an animal that is someone else's or no one's
    (`animal_theirs`: "el gato de la cafetería 🐈", "sokak köpekleri 🐕")."""
    if signal == "pet" and animal_theirs(lex, tokens, where, langs):
        return "others"
    return None


ITS_BEFORE = 2  # words a possessive may stand before its animal ("son vieux chat")


def animal_theirs(lex: Lexicon, tokens: list[str], where: list[int], langs: frozenset[str]) -> bool:
    """`context.animal_not_owned` read with the third person's possessives (`family53.its`) that
    stand before no animal word (within `ITS_BEFORE` words) left out: the animal's own things
    ("el gato ya ha elegido su sitio", "Bruno hat seine erste Stunde Welpenschule"), not an owner
    other than the writer's; "son chat", "su perro" stay someone else's."""
    own = langs - {"en"} or langs  # a Turkish "her" is every, no English possessive
    return animal_not_owned(lex.cues, its_left_out(lex, tokens, own), where, langs)


def its_left_out(lex: Lexicon, tokens: list[str], langs: frozenset[str]) -> list[str]:
    """The tokens with each third-person possessive (`family53.its`) of the caption's languages
    that stands before no animal word and no person (`activity_others.subjects`, within
    `ITS_BEFORE` words: "su madre" is still another's) made empty: the animal's own things, not
    another owner."""
    its = {fold(w) for lang in langs for w in lexicon_section("family53")["its"].get(lang, ())}
    animals = {a[0] for lang in langs for a in lex.cues.animals.get(lang, ())}
    subjects = lex.told["activity_others"]["subjects"]
    people = {words_of(p)[0] for lang in langs for p in subjects.get(lang, ())}
    return [
        ""
        if t in its and not (animals | people).intersection(tokens[k + 1 : k + 1 + ITS_BEFORE])
        else t
        for k, t in enumerate(tokens)
    ]
