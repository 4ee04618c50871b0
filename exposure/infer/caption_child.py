"""caption_child: the owner's child named at a milestone, read from `captions.yaml`'s `told.child`.

`milestones("Sofía cumple 5 y ha pedido una tarta de dinosaurio")` gives [("age", "Sofía cumple
5")]: a capitalised name at a child's milestone is the owner's child, in any of the ten languages
(`child_milestone` gives the reader its first, where no animal nor another's child is in the
caption). The families of milestones:

- "age": the name turns an age of a child ("Freddie is 4 today", "Lotte is vandaag 4 geworden",
  "Elif Ece bugün 1 yaşında", "Zosia skończyła 3 latka"), bare after it ("Tadeáš, 2 roky 🎂",
  "Mateo 🩵 9 meses") or in brackets ("Manu (3)"), or its birthday numbered ("Leo's 5th
  birthday", "4. Geburtstag von Lina"); no older than `child.max_age` (8: "Anna turns 40" is an
  adult's, and a pet's birthdays named bare run to 10 and 12: "Burek ma 12 lat");
- "school": the name's first day at school or nursery ("eerste schooldag van Fenna", "Einschulung
  von Jonas", "Maya's first day at nursery"), or the little one's ("Pierwszy dzień szkoły
  małej"), or the name starting one ("Zosia poszła do przedszkola", "Ben kommt in die Schule");
- "first": the name's first steps, tooth, word or bath ("Defne ilk adımını attı", "Ellie took her
  first wobbly steps", "prima pappa di Leo");
- "rite": the name christened or at communion ("il battesimo di Matilde", "křtiny Elišky",
  "Saoirse made her communion", "Hoy bautizamos a Mateo"); `caption_told.rite_child` reads the
  rites of "our" child.

A name is a capitalised word (two at most) that is no word of `child.not_names`, of the
lexicon's `whose.not_a_name`, nor a time, a "since" or an "after" of `told`, with no title before
it ("Mrs Smith") and, where it opens the milestone, no German, Dutch or English article before it
unless it is a word for the little one ("die Kleine wird 3", but "Das Auto ist 8 Jahre alt"). The
caption is left alone where an animal is in it (a pet's birthday: "Luna turns 3 🐶" is
`caption_told.pet_age`'s), or a nephew, a niece, a godchild or a grandchild (`told.rite.not_child`,
`child.grandchild`), a friend's or a sibling's child, or the owner a godparent (`child.others`).

A name after "our" is the owner's child at any age, whatever it does (`ours_named`, `baby48.ours`:
"Our Megan got her first teaching job", "Notre Camille a eu son CAP", "Crisma do nosso Duarte",
"Naše Terezka promovala"; not in German, which capitalises its nouns: "unser Azubi").

The owner's children told bare (`kids_told`, `parents44.kids`) include their teenagers
(`parents54.teens`: "avec les ados"; counted or with a possessive, `teens_counted`, from no home
word: "two teenagers with headphones in"), and the owner's own news beside them (a pet adopted, a
move, an illness) makes the caption a home's.

The owner's own child's illness is the owner's health (`child_health`, `health49`: "Mein Kind hat
Fieber", "Dcera v nemocnici se zápalem plic"), not a teacher's or a classmate's beside the child.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .caption_care import household_kept
from .caption_lexicon import (
    LANGUAGES,
    Lexicon,
    Match,
    first_words,
    fold,
    lexicon,
    lexicon_section,
    section_search,
    words_of,
)
from .caption_places import named_places
from .caption_rules import SUBJECT_AT, another_subject, phrase_at, pick
from .caption_told import alternation
from .caption_words import find_terms, given
from .context import cue_anywhere, why_not
from .forms import NUMBER_WORDS

GERMAN_NOT = frozenset({"nicht", "nichts"})  # German words that start as the Dutch niece does
UPPER = "".join(chr(c) for c in range(0x250) if chr(c).isupper())
WORD = rf"[{UPPER}][^\W\d_]*(?:['’-][^\W\d_]+)?"
NAME = rf"(?<![\w'’#@\"“„«-])(?P<name>{WORD}(?:[ ]{WORD})?)"
MONTHS = re.compile(r"(?i:mes|mois|mon|mesi|maand|mies|měs|aylık|günlük)")
NUMBER = r"(?P<n>\d{1,2})(?![\d,.]\d)"
EMOJI = r"[^\w\s\x00-\x7f]+"  # a run of emoji or other signs beyond ASCII
# what may not follow a number of years: a distance, a weight, a score, a time of day
UNIT = (
    r"(?![ ]*(?:km|k|mi|miles|kg|kilo|%|€|\$|h|hrs|hours|horas|heures|stunden|ore|uur|godzin|"
    r"hodin|saat|min|minutes|points|punkte|puntos|pontos|punti|punten|punktów|bodů|puan|°)(?!\w))"
)
TITLES = frozenset(
    "mr mrs ms miss dr frau herr señora señor sra sr madame monsieur mme signora signor sig juf"
    " meester mevrouw meneer pani pan paní hocam".split()
)
# the articles before a noun, not a name: German capitalises its nouns ("Das Auto ist 8 Jahre
# alt"); the Romance languages say "o Miguel", "la Giulia" of a name
# the owner's own news that makes the kids beside it the household's (`kids_told`)
OWN_NEWS = frozenset({"pet", "moving", "health"})
# the owner's own acts that the kids beside them share (kids55): a drink while they play, a trip,
# a degree, an engagement or a home of the owner's ("Pints in the beer garden while the kids
# destroy the play area", "Bodrum tatili, çocuklar havuzdan çıkmadı", "Verloofd! De kinderen
# wisten het al"); a wedding or a rite is not among them (a guest sees others' kids dance there)
OWN_ACTS = frozenset({"alcohol", "travel", "graduation", "engagement", "new_home"})
YEAR = 1000  # a number this high before the kids is a year, no count of them
ARTICLES = frozenset("the der die das den dem des ein eine einen het een".split())


def _words(key: str) -> str:
    """The alternation of the `child` section's words under `key`, case-blind."""
    return f"(?i:{alternation(lexicon().told['child'][key])})"


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, str]]:
    """Each milestone's patterns, its family first: each holds a group `name` and perhaps `n`
    (the age)."""
    data, rite = lexicon().told["child"], lexicon().told["rite"]
    turns, is_, today, years = (_words(k) for k in ("turns", "is", "today", "years"))
    months, first, firsts, of = (_words(k) for k in ("months", "first", "firsts", "of"))
    school_day, starts, schools = (_words(k) for k in ("school_day", "starts", "schools"))
    verbs, birthday = _words("rite_verbs"), _words("birthday")
    rites = f"(?i:{alternation(rite['rites'])})"
    little = f"(?i:{alternation(rite['little'])})"
    genitive = f"(?i:{alternation(data['rites_genitive'])})"
    little_ones = _words("little_ones")
    learnt, skills, already = (_words(k) for k in ("learnt", "skills", "already"))
    one_year, siblings = _words("one_year"), _words("siblings")
    sibling_be, sibling_after, sibling_comes = (
        _words(k) for k in ("sibling_be", "sibling_after", "sibling_comes")
    )
    end = r"(?!\w)"
    who = "(?i:que|qui|who|che|der|die|dat|który|która|který|která|ki)"  # "Davi que fez 3"
    when = rf"(?:[ ]+{today})?"
    gap = r"(?:[ ]+[\w'’]+)"  # a word between
    ordinal = r"(?P<n>\d{1,2})(?:st|nd|rd|th|\.|º|°|e|ème|er)?"
    of_name = rf"(?:{of})[ ]+(?:{little}[ ]+)?{NAME}"  # "von unserem Jonas", "di Matilde"
    possessive = r"(?:['’](?:s|nin|nın|nun|nün|in|ın|un|ün|imizin|ımızın|umuzun|ümüzün))?"
    # a clause ends after a first birthday told by a word ("turned one today.", "ma roczek 🎂")
    said = rf"(?=[ ]*(?:{today})?[ ]*(?:$|[.,!?;:()]|{EMOJI}))"
    aged = rf"(?:{years}|{months})(?=\s*(?:$|{EMOJI}))"  # an age last, or before an emoji
    return [
        ("age", rf"{NAME}[ ,]*{when}(?:[ ]+{who})?[ ]+{turns}{when}[ ]+{NUMBER}{UNIT}"),
        ("age", rf"{NAME}{when}[ ]+{is_}{when}[ ]+{NUMBER}[ ]+(?:{years}|{today}){end}"),
        ("age", rf"{NAME}{when}[ ]+{NUMBER}[ ]+(?i:yaşında|yaşına|aylık|günlük){end}"),
        ("age", rf"{NAME}(?:[ ]*,|[ ]*{EMOJI})[ ]*{NUMBER}[ ]+{aged}"),
        ("age", rf"{NAME}[ ]*\({NUMBER}\)"),
        ("age", rf"{NAME}{when}(?:[ ]+{who})?[ ]+(?:{turns}|{is_}){when}[ ]+{one_year}{said}"),
        ("age", rf"{ordinal}[ ]+{birthday}[ ,]+(?:(?:{of})[ ]+)?(?:{little}[ ]+)?{NAME}"),
        ("age", rf"{NAME}['’]s[ ]+{ordinal}[ ]+{birthday}"),
        ("school", rf"{school_day}{gap}{{0,3}}?[ ]+{of_name}"),
        ("school", rf"{school_day}{gap}{{0,3}}?(?:[ ]+{of})?[ ]+(?P<name>{little_ones}){end}"),
        ("school", rf"{NAME}{possessive}[ ]+{school_day}{end}"),
        ("school", rf"{NAME}{when}[ ]+{starts}{gap}?[ ]+{schools}{end}"),
        ("first", rf"{NAME}{gap}{{0,3}}?[ ]+{first}{gap}?[ ]+{firsts}{end}"),
        ("first", rf"{first}[ ]+{firsts}[ ]+{of_name}"),
        ("first", rf"{NAME}{when}[ ]+{learnt}[ ]+{skills}{end}"),
        ("first", rf"{NAME}{when}[ ]+{already}{end}"),
        ("sibling", rf"{NAME}{when}[ ]+{sibling_be}[ ]+{siblings}{end}"),
        ("sibling", rf"{NAME}[ ]+{siblings}[ ]+{sibling_after}{end}"),
        ("sibling", rf"{NAME}[ ]+{sibling_comes}{end}"),
        ("rite", rf"{rites}[ ]+{of_name}"),
        ("rite", rf"{genitive}[ ]+(?:{little}[ ]+)?{NAME}"),
        ("rite", rf"{NAME}{when}[ ]+{verbs}{end}"),
        ("rite", rf"{verbs}[ ]+{NAME}"),
    ]


@lru_cache(maxsize=1)
def _little_ones() -> frozenset[str]:
    """The words for the owner's child by its place among the children (folded)."""
    return frozenset(fold(w) for w in lexicon().told["child"]["little_ones"])


class Stops(NamedTuple):
    """What no child's name is, and what makes a caption speak of another's child."""

    not_names: frozenset[str]  # words no name is (folded)
    little: frozenset[str]  # words for the little one an article may stand before
    not_child: tuple[str, ...]  # starts of the words for a nephew, a niece, a godchild, ...
    business: tuple[str, ...]  # the ends of a shop's or a firm's name ("Hofladen")
    others: re.Pattern  # the words of others' children, or of the owner a godparent (folded)
    max_age: int  # the oldest age read as a child's
    mine: frozenset[str]  # "my", "our": before a name ("Nasza Zosia") or a word ("Meine Schwester")


@lru_cache(maxsize=1)
def _compiled() -> list[tuple[str, re.Pattern]]:
    """`_patterns`, compiled."""
    return [(family, re.compile(pattern)) for family, pattern in _patterns()]


@lru_cache(maxsize=1)
def _stops() -> Stops:
    """The `Stops` of the lexicon's `child` section, with `told`'s rites, times and shops."""
    lex = lexicon()
    data, told = lex.told["child"], lex.told
    not_names = (
        frozenset(fold(w) for w in data["not_names"] + data["first"])
        | frozenset(fold(w) for w in told["farewell"]["not_places"] + told["last_day"]["after"])
        | frozenset(fold(w) for w in told["business_age"]["ago"])
        | frozenset(fold(w) for w in told["business_age"]["business_mine"])
        | lex.not_names
    )
    little = frozenset(
        fold(w).split()[-1] for w in [*told["rite"]["little"], *told["child_months"]["little"]]
    )
    not_child = tuple(
        fold(w) for w in told["rite"]["not_child"] + data["grandchild"] if w != "grand"
    )
    business = tuple(fold(w) for w in told["business_age"]["business"] if len(w) > 3)
    others = re.compile(rf"(?<!\w)(?:{alternation(fold(w) for w in data['others'])})(?!\w)")
    mine = frozenset(fold(w) for w in told["rite"]["mine"])
    return Stops(not_names, little, not_child, business, others, data["max_age"], mine)


def _name(text: str, hit: re.Match) -> str | None:
    """The name a pattern's hit holds, without the words before it that are no name ("Happy
    Leo": Leo), or None: no name left, a name in capitals throughout ("RIP") or ending as a shop
    does ("Hofladen"), or, where the name opens the hit, a title or an article just before it
    (not before a word for the little one: "die Kleine wird 3", but "Das Auto ist 12 Jahre")."""
    stops = _stops()
    not_names, little, business = stops.not_names, stops.little, stops.business
    if fold(hit.group("name")) in _little_ones():
        return hit.group("name")
    words = hit.group("name").split()
    if any(w.isupper() and len(w) > 1 for w in words):
        return None
    before = []
    if hit.start("name") == hit.start():
        before = re.findall(r"[^\W\d_]+", fold(text[: hit.start()]))[-1:]
    if len(words) > 1 and fold(words[0]) in stops.mine:  # "Nasza Zosia", but "Mia" alone
        before = [fold(words[0])]
        words = words[1:]
    while words and fold(re.split("['’]", words[0])[0]) in not_names:
        before = [fold(words[0])]
        words = words[1:]
    if not words:
        return None
    if fold(words[-1]).endswith(business):
        return None
    if before and before[0] in TITLES:
        return None
    if before and before[0] in ARTICLES and fold(words[0]) not in little:
        return None
    return " ".join(words)


def _a_business(text: str) -> bool:
    """Whether a word of the caption ends as a shop's or a firm's name does ("kavárna")."""
    business = _stops().business
    return any(w.endswith(business) for w in re.findall(r"[^\W\d_]+", fold(text)))


def milestones(text: str) -> list[tuple[str, str]]:
    """Each milestone of a named child in a caption, as (family, words as written), in the order
    of `_patterns`: a name that passes `_name`, its age no older than `child.max_age`."""
    max_age = _stops().max_age
    out = []
    for family, pattern in _compiled():
        for hit in pattern.finditer(text):
            n = hit.groupdict().get("n")
            months = n is not None and MONTHS.search(hit.group(0))
            if n is not None and not months and int(n) > max_age:
                continue
            if family == "age" and n is None and _a_business(text):
                continue  # a shop's first year too: "naše kavárna v Brně slaví rok"
            if _name(text, hit):
                out.append((family, hit.group(0)))
                break
    return out


def child_milestone(lex: Lexicon, text: str, tokens: list[str], emoji: list) -> str | None:
    """The first milestone of a named child in a caption ("Sofía cumple 5"), as written, or None:
    none, or an animal in the caption (a word of `context.animals`, of `told.pet_named.species`,
    a pet's word of the lexicon or its emoji: a pet's birthday), or a nephew, a niece, a
    godchild, a grandchild (`told.rite.not_child`), a friend's child or the owner a godparent
    (`child.others`)."""
    if any(s == "pet" for s, _ in emoji) or cue_anywhere(lex.cues.animals, tokens, LANGUAGES):
        return None
    species = {fold(w) for w in lex.told["pet_named"]["species"] + lex.told["child"]["animals"]}
    if species.intersection(tokens) or any(
        t.signal == "pet" for t, _ in find_terms(lex.signals, tokens)
    ):
        return None
    stops = _stops()
    if any(t.startswith(stops.not_child) for t in tokens) or stops.others.search(" ".join(tokens)):
        return None
    found = milestones(text)
    return found[0][1] if found else None


class Thing(NamedTuple):
    """`told.baby_thing`, folded: what makes "my baby" a thing's or a pet's pet name."""

    baby: frozenset[str]  # the baby words (one word each)
    emoji: frozenset[str]  # a vehicle's emoji
    upkeep: tuple[tuple[str, ...], ...]  # a machine's parts and upkeep, anywhere
    things: frozenset[str]  # a thing's nouns: in brackets, or said to be the baby
    copula: tuple[tuple[str, ...], ...]  # "is", "c'est", "sont", ... between the two
    after: frozenset[str]  # a thing's emoji just after the baby word (`family53.thing_emoji`)
    called: frozenset[str]  # Turkish "what I call" beside it (`family53.called`)


@lru_cache(maxsize=1)
def _thing() -> Thing:
    """The `Thing` of the lexicon's `told.baby_thing`, with `family53`'s things, emoji and
    Turkish "what I call"."""
    data, more = lexicon().told["baby_thing"], lexicon_section("family53")
    return Thing(
        frozenset(fold(w) for w in data["baby"]),
        frozenset(data["emoji"]),
        tuple(tuple(words_of(p)) for p in data["upkeep"]),
        frozenset(fold(w) for w in data["things"] + more["things"]),
        tuple(tuple(words_of(p)) for p in data["copula"]),
        frozenset(more["thing_emoji"]),
        frozenset(fold(w) for w in more["called"]),
    )


def _thing_after(text: str, word: str, after: frozenset[str]) -> bool:
    """Whether a thing's emoji (`after`) stands just after the baby word `word` (folded) in the
    caption ("Mon bébé 🚲 tout neuf")."""
    for hit in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", fold(text)):
        rest = text[hit.end() :].lstrip()
        if rest[:1] in after:
            return True
    return False


def _has(phrases: tuple[tuple[str, ...], ...], tokens: list[str], lo: int, hi: int) -> bool:
    """Whether one of the phrases starts among tokens[lo:hi]."""
    return any(phrase_at(phrases, tokens, s) for s in range(lo, hi))


def baby_of_a_thing(
    lex: Lexicon, text: str, tokens: list[str], where: list[int], span: tuple[int, int]
) -> bool:
    """Whether the baby word at tokens[span] is "my baby" said of a thing or a pet
    (`told.baby_thing`): the word after a first-person word ("my baby", "mein Baby", "ma bébé",
    Turkish "bebeğim"), and the caption names a machine's upkeep or parts ("new tyres", "neue
    Felgen", "ITV", "jant"), shows a vehicle's emoji, holds a thing in brackets ("(la nouvelle
    cafetière)"), or says a thing or an animal is it, a copula between them in its clause ("mi
    bebé es mi moto", "Mon chat c'est mon bébé")."""
    th = _thing()
    i, j = span
    word = tokens[j - 1]
    if word not in th.baby:
        return False
    mine = {w for ws in lex.cues.first_person.values() for p in ws for w in p}
    if not (word.startswith("bebegim") or mine.intersection(tokens[max(0, i - 1) : j - 1])):
        return False
    if th.emoji.intersection(text) or _has(th.upkeep, tokens, 0, len(tokens)):
        return True
    if _thing_after(text, word, th.after):
        return True
    if any(th.things.intersection(words_of(b)) for b in re.findall(r"\(([^()]*)\)", text)):
        return True
    animals = {w for ws in lex.cues.animals.values() for p in ws for w in p}
    clause = [k for k in range(len(tokens)) if where[k] == where[i]]
    for k in clause:
        if tokens[k] in th.things or tokens[k] in animals:
            lo, hi = (k + 1, i) if k < i else (j, k)
            if hi - lo <= 5 and _has(th.copula, tokens, lo, hi):
                return True
            if word.startswith("bebegim") and k < i and i - k <= 3:
                return True  # Turkish needs no copula: "Bu kahve makinesi benim bebeğim"
    if word.startswith("bebegim") and th.called.intersection(tokens[j : j + 2]):
        kinds = tuple(w for w in th.things | animals if len(w) > 2)
        return any(tokens[k].startswith(kinds) for k in clause)  # "dediğim şey ... kedim"
    return False


@lru_cache(maxsize=1)
def _leave() -> tuple[tuple[str, ...], ...]:
    """The words of a leave for a birth (`told.leave`), folded."""
    return tuple(tuple(words_of(w)) for w in lexicon().told["leave"])


@lru_cache(maxsize=1)
def _mine_figures() -> re.Pattern:
    """The `baby48.could_be_mine` patterns of every language, as one."""
    data = lexicon_section("baby48")["could_be_mine"]
    return re.compile("|".join(p for ps in data.values() for p in ps))


def _could_be_mine(text: str, found: list) -> list:
    """`found` with a baby term inside others said to be of an age to be the owner's children
    (`baby48.could_be_mine`: "os colegas têm idade para ser meus filhos", "young enough to be
    my kids") given the reason "figure": no child of the owner's is told."""
    spans = [hit.group(0) for hit in _mine_figures().finditer(fold(text))]
    if not spans:
        return found
    return [
        (m, "figure" if m.signal == "baby" and any(fold(m.term) in h for h in spans) else why, s)
        for m, why, s in found
    ]


def _a_leave(m: Match, why: str | None) -> bool:
    """Whether a baby term that counts is a leave for a birth (`told.leave`: "maternity leave",
    "congé maternité"): beside the owner's pregnancy it is the unborn's, no child yet."""
    return m.signal == "baby" and why is None and tuple(words_of(m.term)) in _leave()


def _colleagues_leave(tokens: list[str], where: list[int], span, langs: frozenset[str]) -> bool:
    """Whether a leave for a birth (`told.leave`) is at or around tokens[span] (within its clause)
    and a colleague, a friend or a relative opens that clause as the subject (`another_subject`):
    "Mijn collega is met zwangerschapsverlof", "Moja koleżanka idzie na macierzyński"."""
    inside = [k for k in range(len(tokens)) if where[k] == where[span[0]]]
    leave = [k for k in inside if phrase_at(_leave(), tokens, k)]
    return any(another_subject(tokens, where, (k, k + 1), langs) for k in leave)


def baby_false_friends(
    lex: Lexicon, text: str, tokens: list[str], where: list[int], langs: frozenset[str], found: list
) -> list:
    """`found` ((match, why, span) triples) with a baby or a pregnancy that counts given a reason:
    "thing" where it is "my baby" said of a thing or a pet (`baby_of_a_thing`: "my baby got new
    tyres 🚗"), "others" where it is a colleague's or a friend's leave for a birth
    (`_colleagues_leave`: "Mon collègue est en congé paternité"); then read as `family_reading`
    reads it, then as `family52_reading` does (a car's "my baby", another's child named)."""
    out = []
    for m, why, span in found:
        if why is None and span and m.signal in ("baby", "pregnancy"):
            if m.signal == "baby" and baby_of_a_thing(lex, text, tokens, where, span):
                why = "thing"
            elif _colleagues_leave(tokens, where, span, langs | {"en"}):
                why = "others"
        out.append((m, why, span))
    out = family52_reading(text, tokens, langs, family_reading(text, tokens, where, langs, out))
    return births_theirs(tokens, where, langs, out)


BORN_AT = 5  # words from the start of its clause the parent of another's birth may begin at


@lru_cache(maxsize=2)
def _born(key: str = "born") -> dict[str, list[tuple[str, ...]]]:
    """The `family53` phrases under `key` (`born`: another becomes a parent; `children`: the
    owner's own child), per language, as word tuples."""
    data = lexicon_section("family53")[key]
    return {lang: [tuple(words_of(p)) for p in ps] for lang, ps in data.items()}


def births_theirs(tokens: list[str], where: list[int], langs: frozenset[str], found: list) -> list:
    """`found` with its baby terms given "others" where another's birth or expected child is
    told (`family53.born` in the third person: "Mon frère est papa ! ... 3,1 kg", "Mi amiga Carla
    ha tenido a su bebé!! 👶", "Brat z bratową spodziewają się bliźniaków 👶👶") and a relative,
    a friend, a classmate or a colleague opens its clause (`_parents_other`, `theirs`), unless
    the owner's own son or daughter does (`family53.children`: "Córka urodziła wczoraj synka",
    a grandchild) or a baby word of the owner's own counts ("my son", "nuestra hija")."""
    en = langs | {"en"}
    if _own_child_said(found, en):
        return found
    born = pick(_born(), en)
    for s in range(len(tokens)):
        n = phrase_at(born, tokens, s)
        if not n or _near(_born("children"), tokens, where, s, en):
            continue  # the owner's own daughter gave birth: the owner's child named
        others = _near(_parents_other(), tokens, where, s, en)
        if others or theirs(tokens, where, (s, s + n), langs):
            return given(found, "baby", "others")
    return found


@lru_cache(maxsize=1)
def _parents_other() -> dict[str, list[tuple[str, ...]]]:
    """The `family53.others` phrases and `told.activity_others.subjects`, per language, as word
    tuples: who else may become a parent."""
    tables = (lexicon_section("family53")["others"], lexicon().told["activity_others"]["subjects"])
    return {
        lang: [tuple(words_of(p)) for t in tables for p in t.get(lang, ())] for lang in LANGUAGES
    }


def _near(
    table: dict[str, list[tuple[str, ...]]],
    tokens: list[str],
    where: list[int],
    at: int,
    langs: frozenset[str],
) -> bool:
    """Whether a phrase of `table` (per language) in `langs` stands in the clause before
    tokens[at] within `BORN_AT` words of its start ("Oggi il mio migliore amico è diventato
    papà"), and no partner does (`family43.partners`: "Mi mujer ha dado a luz" is the owner's
    own)."""
    inside = [k for k in range(len(tokens)) if where[k] == where[at]]
    window = range(inside[0], min(at, inside[0] + BORN_AT))
    if any(phrase_at(pick(_family().partners, langs), tokens, s) for s in window):
        return False
    phrases = pick(table, langs)
    return any(phrase_at(phrases, tokens, s) for s in window)


OTHERS_CHILD = frozenset({"baby", "school"})  # what another's child named takes from the owner


def _mine_before(tokens: list[str], span: tuple[int, int], langs: frozenset[str]) -> bool:
    """Whether a first-person word stands in the two words before the last word at tokens[span]
    ("my new baby", "la mia bambina", "Moje dítě"), or the word says it itself ("bebeğim")."""
    word = tokens[span[1] - 1]
    before = tokens[max(0, span[1] - 3) : span[1] - 1]
    return word.startswith("bebegim") or bool(first_words(langs).intersection(before))


def _own_child_said(found: list, langs: frozenset[str]) -> bool:
    """Whether a baby word that counts opens with a first-person word, perhaps after an article
    ("my son", "nuestra hija", "i miei figli"): the owner's own child, told beside any other."""
    mine = first_words(langs)
    return any(
        m.signal == "baby" and why is None and mine.intersection(words_of(m.term)[:2])
        for m, why, _ in found
    )


def family52_reading(text: str, tokens: list[str], langs: frozenset[str], found: list) -> list:
    """`found` with its baby words that count given a reason (`family52`): "thing" where "my
    baby" is said of a car told by its make, its wash or its tyres, of an instrument or a record
    (`family52.thing`: "Mi bebé recién lavado #seat #leon", "Mon bébé (ma nouvelle
    Telecaster)", "mi bebé es un disco que sale en marzo"), and every other "my baby" of the
    caption with it ("Mein Auto ist mein Baby, und mein Baby braucht neue Winterreifen");
    "others" where another's child is named (`others_child`: "Bratrova dcera dnes poprvé do
    školy", "Kuzenimin kızı kreşe başladı", "Mijn petekindje is geboren") or another's children
    counted as a life's (`raised`: "Nonna Pina ... ha cresciuto sei figli", "criou nove filhos"),
    unless a baby word of the owner's own counts ("my son", "nuestra hija") or a degree of the
    owner's does; that child's schooling is theirs too ("Kuzenimin oğlu okula başladı")."""
    folded = fold(text)
    en = langs | {"en"}
    babies = _thing().baby | frozenset(lexicon_section("family52")["baby"]["any"])
    things = {fold(m.term) for m, why, _ in found if m.signal == "baby" and why == "thing"}
    if section_search("family52", "thing", folded):
        things |= {
            fold(m.term)
            for m, why, span in found
            if m.signal == "baby"
            and why is None
            and span
            and tokens[span[1] - 1] in babies
            and _mine_before(tokens, span, en)
        }
    if things:
        found = [
            (
                m,
                "thing" if m.signal == "baby" and why is None and fold(m.term) in things else why,
                s,
            )
            for m, why, s in found
        ]
    if _own_child_said(found, en):
        return found
    if not (
        section_search("family52", "others_child", folded, langs)
        or section_search("family52", "raised", folded, langs)
    ):
        return found
    if any(m.signal == "graduation" and why is None for m, why, _ in found):
        return (
            found  # the owner's own degree beside a grandchild: "Laureata a 74 anni ... mio nipote"
        )
    return given(found, OTHERS_CHILD, "others")


Table = dict[str, list[tuple[str, ...]]]


class Family(NamedTuple):
    """The lexicon's `family43` section, folded: per language, phrases as word tuples."""

    older_child: Table  # a second child on the way, an older sibling to be
    wedding_ahead: Table  # the wedding words of a day still ahead
    anniversary: Table  # the anniversaries of a marriage already had
    years: Table  # the words of a count of years ("15 ans")
    others: Table  # who else opens a clause as its subject (a mate, a boss)
    partners: Table  # the partner as the subject: the owner's own pregnancy or engagement
    little_one: Table  # the little one the owner is with ("z małym")
    place_after: Table  # a word of a place or a time that may follow it ("z małym na SOR-ze")
    me: Table  # the first person (`told.activity_others.me`)


@lru_cache(maxsize=1)
def _family() -> Family:
    """The `Family` of the lexicon file's `family43` section."""
    data = lexicon_section("family43")
    me = lexicon().told["activity_others"]["me"]

    def table(entry: dict) -> Table:
        return {lang: [tuple(words_of(p)) for p in ps] for lang, ps in entry.items()}

    keys = [k for k in Family._fields if k != "me"]
    return Family(*(table(data[k]) for k in keys), table(me))


def _is(phrases: list[tuple[str, ...]], words: list[str]) -> bool:
    """Whether the words are one of the phrases (a last word `x*` reads any word that starts
    with x)."""
    return any(
        len(p) == len(words)
        and all(t.startswith(w[:-1]) if w.endswith("*") else t == w for w, t in zip(p, words))
        for p in phrases
    )


def _anywhere(phrases: list[tuple[str, ...]], tokens: list[str]) -> bool:
    """Whether one of the phrases is in the tokens (a last word `x*` reads any word that starts
    with x)."""
    return any(
        _is([p], tokens[s : s + len(p)]) for p in phrases for s in range(len(tokens) - len(p) + 1)
    )


def theirs(
    tokens: list[str], where: list[int], span: tuple[int, int], langs: frozenset[str]
) -> bool:
    """Whether the life event at tokens[span] is someone else's: a relative, a friend, a colleague
    or a boss (`another_subject`, or `family43.others`) opens its clause as the subject, no first
    person in the clause up to the word ("My best mate just got engaged", "minha chefe tá
    grávida", "Koleżanka z Poznania zaręczona"), and no partner opens it ("żona w ciąży": the
    owner's own pregnancy)."""
    fam, en = _family(), langs | {"en"}
    inside = [k for k in range(len(tokens)) if where[k] == where[span[0]]]
    window = range(inside[0], min(span[0], inside[0] + SUBJECT_AT))
    partners = pick(fam.partners, en)
    if any(phrase_at(partners, tokens, s) for s in window):
        return False
    if another_subject(tokens, where, span, en):
        return True
    me = pick(fam.me, en)
    if any(phrase_at(me, tokens, k) for k in inside if k < span[1]):
        return False
    others = pick(fam.others, en)
    return any(phrase_at(others, tokens, s) for s in window)


def _joke(text: str, tokens: list[str], span: tuple[int, int]) -> bool:
    """Whether the pregnancy word at tokens[span] (one word: "pregnant", not "het wordt een...")
    trails off in an ellipsis: the belly of a meal ("estoy embarazada... de croquetas",
    "zwanger... van deze frikandel")."""
    word = re.escape(tokens[span[1] - 1])
    return bool(re.search(rf"(?<!\w){word}\w*[ ]*(?:\.\.\.|…)", fold(text)))


def _wedding_had(tokens: list[str], langs: frozenset[str]) -> bool:
    """Whether the caption tells a marriage already had: a year of the 1900s, an anniversary
    (`family43.anniversary`), or a count of `family43.years` ("Nos 15 ans de mariage", "2 yrs
    since I put a ring on it")."""
    fam = _family()
    anniversary = {p[0] for p in pick(fam.anniversary, langs | {"en"})}
    years = {p[0] for p in pick(fam.years, langs | {"en"})}
    for k, t in enumerate(tokens):
        if re.fullmatch(r"19\d\d", t) or t in anniversary:
            return True
        if t in years and k and (tokens[k - 1].isdigit() or tokens[k - 1] in NUMBER_WORDS):
            return True
    return False


def little_one(text: str, tokens: list[str], where: list[int], langs: frozenset[str]) -> str | None:
    """The words of the little one the owner is with (`family43.little_one`), where its clause or
    the caption ends after them, a pause, an emoji or a word of a place or a time follows
    (`family43.place_after`: "avec le petit, bronchiolite", "z małym na SOR-ze"; not "avec le
    petit chien"), and no one else opens the clause (`theirs`: "Szwagierka przyjechała z małym"),
    or None."""
    fam = _family()
    after = {p[0] for p in pick(fam.place_after, langs | {"en"})}
    for p in pick(fam.little_one, langs | {"en"}):
        for s in range(len(tokens) - len(p) + 1):
            if tuple(tokens[s : s + len(p)]) != p:
                continue
            e = s + len(p)
            ends = e == len(tokens) or where[e] != where[s] or tokens[e] in after
            if ends and not theirs(tokens, where, (s, e), langs):
                return " ".join(p)
    return None


def family_reading(
    text: str, tokens: list[str], where: list[int], langs: frozenset[str], found: list
) -> list:
    """`found` read for the family (`family43`): a pregnancy or an engagement someone else opens
    the clause of is "others" (`theirs`), a pregnancy that trails off in an ellipsis is a "joke"
    (`_joke`); a leave for the birth beside the owner's pregnancy is the pregnancy's, no child
    yet (`_a_leave`: "Dernière garde avant mon congé maternité 🤰"); a baby term in others of
    an age to be the owner's children is a "figure" (`_could_be_mine`); the little one the owner
    is with (`little_one`) is the owner's baby, where no pregnancy is told (the unborn's: "Echo van
    20 weken, alles goed met de kleine"); the owner's pregnancy beside an older child
    (`family43.older_child`: "segundo embarazo, el mayor quiere un hermanito") adds the owner's
    baby; and beside the owner's engagement told in words, a wedding of words of a day still
    ahead only (`family43.wedding_ahead`) is the "engagement"'s, unless the caption tells a
    marriage had (`_wedding_had`)."""
    fam = _family()
    out = []
    for m, why, span in found:
        if why is None and span and m.signal in ("pregnancy", "engagement"):
            if theirs(tokens, where, span, langs):
                why = "others"
            elif m.signal == "pregnancy" and span[1] - span[0] == 1 and _joke(text, tokens, span):
                why = "joke"
        out.append((m, why, span))
    said = {m.signal for m, why, _ in out if why is None}
    if "pregnancy" in said:  # a leave for the birth beside the pregnancy: the unborn's
        out = [(m, "pregnancy" if _a_leave(m, why) else why, s) for m, why, s in out]
        said = {m.signal for m, why, _ in out if why is None}
    little = not said & {"baby", "pregnancy"} and little_one(text, tokens, where, langs)
    if little:
        out.append((Match("baby", little, "told"), None, None))
        said.add("baby")
    ours = "baby" not in said and ours_named(text, tokens, where, langs, out)
    if ours:
        out.append((Match("baby", ours, "told"), None, None))
        said.add("baby")
    if "pregnancy" in said and "baby" not in said:
        older = [p for p in pick(fam.older_child, langs | {"en"}) if _anywhere([p], tokens)]
        if older:
            out.append((Match("baby", " ".join(older[0]), "told"), None, None))
    engaged = any(
        m.signal == "engagement" and why is None and m.lang != "emoji" for m, why, _ in out
    )
    out = parents_reading(text, tokens, where, langs, out)
    out = _could_be_mine(text, out)  # "os colegas podiam ser meus filhos"
    if engaged and "wedding" in said:
        ahead = pick(fam.wedding_ahead, langs | {"en"})
        weddings = [(m, s) for m, why, s in out if m.signal == "wedding" and why is None]
        if all(
            m.lang == "emoji" or (s is not None and _is(ahead, tokens[s[0] : s[1]]))
            for m, s in weddings
        ) and not _wedding_had(tokens, langs):
            out = given(out, "wedding", "engagement")
    return out


class Parents(NamedTuple):
    """The lexicon's `parents44` section, folded: per language, phrases as word tuples."""

    kids: Table  # the owner's children told bare ("the kids", "les enfants", "děti")
    not_mine: Table  # whose children they are not (the neighbours', a class's, none had)
    child_school: Table  # a schooling event of the owner's child (a parents' evening, a school run)
    little_graduation: Table  # a nursery's or a kindergarten's graduation
    family: Table  # a partner, the grandparents who mind the kids


@lru_cache(maxsize=1)
def _parents() -> Parents:
    """The `Parents` of the lexicon file's `parents44` section."""
    data, teens = lexicon_section("parents44"), lexicon_section("parents54")
    tables = [
        {lang: [tuple(words_of(p)) for p in ps] for lang, ps in data[k].items()}
        for k in Parents._fields
    ]
    for key in ("teens", "teens_counted"):  # the owner's teenagers read as the kids are
        for lang, ps in teens[key].items():
            tables[0].setdefault(lang, []).extend(tuple(words_of(p)) for p in ps)
    return Parents(*tables)


@lru_cache(maxsize=1)
def _teens() -> frozenset[tuple[str, ...]]:
    """The phrases of `parents54.teens_counted`, all languages, as folded word tuples: the
    owner's teenagers counted as a family counts them ("two teenagers", "twee pubers")."""
    teens = lexicon_section("parents54")["teens_counted"]
    return frozenset(tuple(words_of(p)) for ps in teens.values() for p in ps)


def _found(phrases: list[tuple[str, ...]], tokens: list[str]) -> tuple[int, int] | None:
    """The span of the first of the phrases in the tokens (a last word `x*` reads any word that
    starts with x), or None: at the first position where one matches, the first such phrase in
    the list's order (only the phrases that may start with the token there are tried)."""
    by_first, starred_first = _by_first(tuple(phrases))
    for s, token in enumerate(tokens):
        tried = sorted(by_first.get(token, []) + starred_first) if starred_first else None
        for _, p in tried if tried is not None else by_first.get(token, ()):
            if _is([p], tokens[s : s + len(p)]):
                return s, s + len(p)
    return None


@lru_cache(maxsize=256)
def _by_first(
    phrases: tuple[tuple[str, ...], ...],
) -> tuple[dict[str, list[tuple[int, tuple[str, ...]]]], list[tuple[int, tuple[str, ...]]]]:
    """The phrases with their place in the list, by their first word, and those tried at every
    position: a one-word `x*` and an empty phrase (as `_is` reads them)."""
    by_first: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    starred_first = []
    for k, p in enumerate(phrases):
        if not p or (len(p) == 1 and p[0].endswith("*")):
            starred_first.append((k, p))
        else:
            by_first.setdefault(p[0], []).append((k, p))
    return by_first, starred_first


def _others_children(tokens: list[str], langs: frozenset[str]) -> bool:
    """Whether the caption speaks of others' children: the neighbours', a class's, a friend's,
    children one has not (`parents44.not_mine`), a nephew, a niece or a grandchild
    (`told.rite.not_child`, `child.grandchild`; a German "nicht" no Dutch "nicht") or a friend's
    child (`child.others`)."""
    stops = _stops()
    german = "de" in langs and "nl" not in langs  # German "nicht" is no Dutch niece ("nicht")
    if any(t.startswith(stops.not_child) and not (german and t in GERMAN_NOT) for t in tokens):
        return True
    if stops.others.search(" ".join(tokens)):
        return True
    return _found(pick(_parents().not_mine, langs | {"en"}), tokens) is not None


def _counted(tokens: list[str], span: tuple[int, int]) -> bool:
    """Whether the children at tokens[span] are counted by more than a family holds (a number of
    six or more just before them: "14 kids", "28 dzieciaków", "24 dětí": a party, a class; not a
    year: "Crete 2016 when the kids still thought I was cool")."""
    before = tokens[max(0, span[0] - 2) : span[0]]
    return any(t.isdigit() and 6 <= int(t) < YEAR for t in before)


def _at_home(tokens: list[str], langs: frozenset[str]) -> bool:
    """Whether the caption speaks from a home: a first-person word (`context.first_person`) or
    a partner or a grandparent (`parents44.family`)."""
    if first_words(langs).intersection(tokens):
        return True
    return _found(pick(_parents().family, langs | {"en"}), tokens) is not None


def kids_told(
    tokens: list[str], where: list[int], langs: frozenset[str], news: bool = False
) -> tuple[str, tuple[int, int]] | None:
    """The words and span of the owner's children told bare (`parents44.kids`: "Glass of red, kids
    finally asleep", "Wijntje terwijl de kinderen in bad zitten", "Babička hlídá děti"), in a
    caption told from a home (`_at_home`), or None: none, no first-person word, partner or
    grandparent, the caption speaks of others' children (`_others_children`) or of more than a
    family holds (`_counted`), or the words are negated or another's by the context rules
    (`why_not`) or another opens their clause (`theirs`), unless a partner or a grandparent
    does: they mind the owner's kids ("Nana has the kids"). Teenagers counted as a family counts
    them (`_teens`: "easyJet, 4am, two teenagers with headphones in") need no home word; `news`
    (the owner's own news or acts told beside them: a puppy adopted, a move, a slipped disc, a
    drink, a trip, a degree, an engagement, a new home: `OWN_NEWS`, `OWN_ACTS`) makes the
    caption a home's too ("Das ist Luna, ab heute Teil der Familie. Die Kinder haben drei Jahre
    gebettelt")."""
    en = langs | {"en"}
    span = _found(pick(_parents().kids, en), tokens)
    if span is None or _others_children(tokens, langs) or _counted(tokens, span):
        return None
    if why_not(lexicon().cues, tokens, where, span, en, "baby"):
        return None
    start = min(k for k in range(len(tokens)) if where[k] == where[span[0]])
    minding = _found(pick(_parents().family, en), tokens[start : span[0]])  # "Nana has the kids"
    home = news or tuple(tokens[span[0] : span[1]]) in _teens() or _at_home(tokens, langs)
    if (theirs(tokens, where, span, langs) and not minding) or not home:
        return None
    return " ".join(tokens[span[0] : span[1]]), span


def _own_graduation(where: list[int], found: list) -> list:
    """`found` with a graduation said in words that `_settle` gave to the owner's child (its
    "child") the owner's again where every child said in words stands in another clause
    ("Graduation day 🎓 Nursing degree done, and my eldest wore my mortar board"; not "our son's
    graduation", one clause)."""
    babies = [s for m, why, s in found if m.signal == "baby" and why is None]
    if any(s is None for s in babies):
        return found
    clauses = {where[s[0]] for s in babies}
    return [
        (
            m,
            None
            if m.signal == "graduation" and why == "child" and s and where[s[0]] not in clauses
            else why,
            s,
        )
        for m, why, s in found
    ]


@lru_cache(maxsize=1)
def _parents_all() -> list[tuple[str, ...]]:
    """Every phrase of `parents44.kids`, `child_school` and `little_graduation`, all languages."""
    par = _parents()
    tables = (par.kids, par.child_school, par.little_graduation)
    return sorted({p for table in tables for ps in table.values() for p in ps})


def parents_said(tokens: list[str]) -> bool:
    """Whether the caption holds a phrase `parents_reading` reads, in any language (the gate
    before a caption's languages are told)."""
    return _found(_parents_all(), tokens) is not None


def parents_reading(
    text: str, tokens: list[str], where: list[int], langs: frozenset[str], found: list
) -> list:
    """`found` read for a parent (`parents44`): a little one's graduation (a nursery's, with paper
    hats, or a swimmer's) is the child's, no graduation of the owner's (nor the owner's school:
    "Our son's kindergarten graduation"), unless a first-person word stands right before it ("mijn
    zwemdiploma op mijn 41e"); a schooling event of the owner's child (a parents' evening, the
    school run, settling in at nursery) or a child's first school day (`first_day`: "Primo giorno
    di prima elementare per Giulia") is the owner's `school`; and either, or the owner's
    children told bare (`kids_told`, beside the owner's own news or acts: a drink, a trip, a
    degree), is the owner's baby, where no pregnancy is told."""
    par, en = _parents(), langs | {"en"}
    found = _own_graduation(where, found)
    little = _found(pick(par.little_graduation, en), tokens)
    if little and little[0] > 0 and tokens[little[0] - 1] in first_words(langs):
        little = None  # "mijn zwemdiploma op mijn 41e": the owner's own (school54)
    if little:
        found = given(found, "graduation", "child")
    school = _found(pick(par.child_school, en), tokens) or first_day(tokens, langs, found)
    event = school or little
    if event and _others_children(tokens, langs):
        event = school = None
    said = {m.signal for m, why, _ in found if why is None}
    out = list(found)
    words = event and " ".join(tokens[event[0] : event[1]])
    if school and "school" not in said:
        out.append((Match("school", words, "told"), None, None))
    if said & {"baby", "pregnancy"}:
        return out
    news = bool(said & (OWN_NEWS | OWN_ACTS))
    kids = (words, event) if event else kids_told(tokens, where, langs, news)
    if kids:
        out.append((Match("baby", kids[0], "told"), None, None))
    return out


@lru_cache(maxsize=1)
def _school_day() -> tuple[Table, Table, Table]:
    """The lexicon's `parents55` section: a child's first school day (`first_day`), the words of
    likeness (`like`) and of the owner's own class or another's child (`not_mine`), per
    language, as folded word tuples."""
    data = lexicon_section("parents55")
    return tuple(
        {lang: [tuple(words_of(p)) for p in ps] for lang, ps in data[k].items()}
        for k in ("first_day", "like", "not_mine")
    )


def first_day(tokens: list[str], langs: frozenset[str], found: list) -> tuple[int, int] | None:
    """The span of the first child's first school day (`parents55.first_day`: "First day of
    Reception for our girl", "Pierwszy dzień w szkole Zuzi", "Kuba dneska prvňáček") that is the
    owner's child's (`_school_day_ours`), or None."""
    days, start = pick(_school_day()[0], langs | {"en"}), 0
    while (span := _found(days, tokens[start:])) is not None:
        span = (span[0] + start, span[1] + start)
        if _school_day_ours(tokens, langs, found, span):
            return span
        start = span[1]
    return None


def _school_day_ours(
    tokens: list[str], langs: frozenset[str], found: list, span: tuple[int, int]
) -> bool:
    """Whether the child's first school day at tokens[span] (`parents55.first_day`: "First day
    of Reception for our girl", "Pierwszy dzień w szkole Zuzi") is the owner's child's: False
    where a school or baby word of the caption was read as another's and none as the owner's
    ("Vnučka šla do první třídy", "Ma petite-fille fait sa rentrée en CP"), a word of likeness
    (`parents55.like`: "nervosa como no primeiro dia de escola") or a first-person word ("La mia
    prima elementare nel 1960") stands right before it, a year right after it ("Erster Schultag
    1955"), or the caption tells the owner's own class or another's child (`parents55.not_mine`:
    "Učím první třídu", "Córka znajomych poszła do pierwszej klasy")."""
    mine = any(m.signal == "baby" and why is None for m, why, _ in found)
    theirs = ("others", "whose")
    if not mine and any(m.signal in ("school", "baby") and why in theirs for m, why, _ in found):
        return False
    _, like, not_mine = _school_day()
    en = langs | {"en"}
    before = tokens[max(0, span[0] - 3) : span[0]]
    if any(tuple(before[-len(p) :]) == p for p in pick(like, en)):
        return False
    if span[0] > 0 and tokens[span[0] - 1] in first_words(langs):
        return False
    if any(t.isdigit() and int(t) >= YEAR for t in tokens[span[1] : span[1] + 2]):
        return False  # "Erster Schultag 1955": the owner's own, long ago
    return _found(pick(not_mine, en), tokens) is None


class Ours(NamedTuple):
    """The lexicon's `baby48` section, for a name after "our"."""

    pattern: dict[str, re.Pattern]  # per language: "our", a word for little, then a name
    not_names: frozenset[str]  # what a capitalised word after "our" may be that is no child
    aunt: frozenset[str]  # the owner an aunt, an uncle or a godparent (folded)
    attribute: frozenset[str]  # a word after the name that makes it an attribute ("trip")
    animal_signs: list[tuple[str, ...]]  # an animal's body, acts and care words (folded)


@lru_cache(maxsize=1)
def _ours() -> Ours:
    """The `Ours` of the lexicon file's `baby48` section."""
    data = lexicon_section("baby48")
    little = f"(?:(?i:{alternation(data['little'])})[ ]+)?"
    name = rf"(?P<name>[{UPPER}][^\W\d_]+)(?![\w-])"
    pattern = {
        lang: re.compile(rf"(?<![\w'’#@-])(?i:{alternation(ws)})[ ]+{little}{name}")
        for lang, ws in data["ours"].items()
    }
    return Ours(
        pattern,
        frozenset(fold(w) for w in data["not_names"]),
        frozenset(fold(w) for w in data["aunt"]),
        frozenset(fold(w) for w in data["attribute"]),
        [tuple(fold(w).split()) for w in data["animal_signs"]],
    )


def ours_said(text: str) -> bool:
    """Whether a name follows "our" in a caption, in any language (the gate before a caption's
    languages are told)."""
    return any(p.search(text) for p in _ours().pattern.values())


def _no_child(lex: Lexicon, tokens: list[str], found: list) -> bool:
    """Whether the caption names an animal (a pet's word, emoji or species, `context.animals`, or
    a word of its body, acts or care: `baby48.animal_signs`), another's child
    (`_others_children`, in every language), or the owner an aunt, an uncle or a godparent
    (`baby48.aunt`): a name in it may be theirs."""
    if any(m.signal == "pet" for m, _, _ in found):
        return True
    if cue_anywhere(lex.cues.animals, tokens, LANGUAGES):
        return True
    species = {fold(w) for w in lex.told["pet_named"]["species"] + lex.told["child"]["animals"]}
    if species.intersection(tokens) or _ours().aunt.intersection(tokens):
        return True
    if _found(_ours().animal_signs, tokens):
        return True
    return _others_children(tokens, frozenset(LANGUAGES))


def _a_name(lex: Lexicon, hit: re.Match, text: str) -> bool:
    """Whether the capitalised word after "our" is a name: not in capitals throughout ("our
    NHS"), no word of `baby48.not_names`, of `child.not_names` or a relative's, not joined to
    another name by "and" (a couple: "our Jess and Dan"), no place (`named_places`: "our
    London trip") and not before a word of `baby48.attribute` ("our Baltic cruise")."""
    word = hit.group("name")
    folded = fold(word)
    ours, stops = _ours(), _stops()
    if word.isupper() or folded in ours.not_names or folded in stops.not_names:
        return False
    if any(folded == p[0] for ps in lex.cues.relatives.values() for p in ps):
        return False
    after = text[hit.end() :]
    if re.match(rf"[ ]+(?:and|&|und|et|y|e|en|i|a|ve)[ ]+[{UPPER}]", after):
        return False
    if ours.attribute.intersection(words_of(re.sub(r"^['’]s\b", "", after))[:1]):
        return False
    return not named_places(word, words_of(word))


def ours_named(
    text: str, tokens: list[str], where: list[int], langs: frozenset[str], found: list
) -> str | None:
    """The words of the owner's child named after "our" (`baby48.ours`: "Our Megan got her first
    teaching job", "Notre Camille a eu son CAP", "Crisma do nosso Duarte", "Naše Terezka
    promovala"), in the caption's languages, or None: none, the caption names an animal, another's
    child or the owner an aunt (`_no_child`), the word is no name (`_a_name`), or a pregnancy is
    told in its clause (the unborn: "Ultraschall, alles gut bei unserem Krümel")."""
    lex = lexicon()
    hits = [
        hit
        for lang, p in _ours().pattern.items()
        if lang in langs | {"en"}
        for hit in p.finditer(text)
    ]
    if not hits or _no_child(lex, tokens, found):
        return None
    for hit in hits:
        if not _a_name(lex, hit, text):
            continue
        name = fold(hit.group("name"))
        at = [k for k, t in enumerate(tokens) if t == name or t.startswith(name + "'")]
        clauses = {where[k] for k in at}
        if any(m.signal == "pregnancy" and s and where[s[0]] in clauses for m, _, s in found):
            continue
        return hit.group(0)
    return None


TRADES = frozenset({"work", "school", "graduation"})  # a child's trade or study, not an illness


def _a_child(term: str) -> bool:
    """True when a `baby` term is a word for a child (`health49.child`), not a birth or a ward."""
    return section_search("health49", "child", fold(term)) is not None


def child_health(
    tokens: tuple[str, ...], where: tuple[int, ...], langs: frozenset[str], found: list
) -> list:
    """`found` with a health word given to others kept as the owner's where its clause names the
    owner's own child (a `baby` term that counts, a word for a child: `health49.child`) and no
    one else whose illness it may be (`elders48.kin`, `health49.child_others`: a classmate, a
    teacher) nor a practice (`elders48.practice`), a trade or a study (a work, school or
    graduation term: "mia figlia si è laureata in Medicina"): the household's illness, the
    owner's health by the label guide ("Mein Kind hat Fieber", "Dcera v nemocnici se zápalem
    plic", "Pomeriggio al pronto soccorso con mio figlio"; not "kolega z klasy syna ma alergię");
    none beside a newborn's weight (the birth's hospital) (`caption_care.household_kept`)."""
    if any(m.lang == "measure" for m, _, _ in found):
        return found  # a newborn's weight: the hospital of the birth ("Back from the hospital")
    kids = {
        where[s[0]]
        for m, why, s in found
        if m.signal == "baby"
        and why is None
        and s
        and "*" not in m.term  # a count ("dos niños con fiebre"): a nurse's patients, maybe
        and _a_child(m.term)
    }
    trades = {where[s[0]] for m, _, s in found if m.signal in TRADES and s}

    def child(at: int, _: str) -> bool:
        return at in kids and at not in trades

    others = (("elders48", "kin"), ("elders48", "practice"), ("health49", "child_others"))
    return household_kept(tokens, where, langs, found, child, others)
