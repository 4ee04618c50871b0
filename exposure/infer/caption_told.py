"""caption_told: signals a caption tells without their word, read from `captions.yaml`'s `told`.

`farewell_move("Goodbye Leeds, hello Bristol 📦")` gives "goodbye Leeds, hello Bristol": a farewell
to one place and then a greeting to another, each a capitalised name, is a move in any language
("Adeus Lisboa, olá Porto", "Tschüss Köln, servus München", "Żegnaj Kraków, witaj Gdańsk"). A name
of `told.farewell.not_places` is a time or a thing left behind ("Goodbye January, hello February",
"Tschüss Büro, hallo Windeln"), and a farewell with no greeting after it ("bye Peckham") is not
read: one may take leave of a city after a weekend there. `arrow_move("Manchester ➡️ Glasgow")`
gives the two places joined by an arrow, names or flags ("🇧🇷➡️🇵🇹"): a move too, where the caption
says no journey (the reader drops it beside a travel word or emoji: "Malpensa → Tokyo ✈️").

`pet_age("Whiskers turned 15 today. Grumpiest cat in Yorkshire")` gives "Whiskers turned 15": a
name that turns an age, with an animal word or a pet's emoji in the caption, is the owner's pet's
birthday (a person's birthday names no animal; whose animal it is, the caption's context says).

`rite_child("Christening day for our little Noah ✝️")` gives "Christening day for our little Noah":
a rite of passage of "our" or "my" child, named after it, tells the owner's child ("Batizado da
nossa princesa Leonor", "Pierwsza Komunia naszego Antka"); a word that is no name after the
possessive ("o batizado do nosso neto Rodrigo") is a relative, which the lexicon reads itself.

`last_day("Last day at the post office after 38 years")` gives "Last day … after 38 years": a
last day, shift or ride at a place after years of it is the owner's work ending, unless a parent
or a third person is named before it in its sentence ("Papa hat heute seinen letzten
Arbeitstag nach 42 Jahren"). `place_day("Algarve day 3. Sardines at the harbour")` gives
"Algarve day 3": a capitalised place and the day of a stay there is a journey ("Bieszczady dzień
3", "Lisboa, dia 2", "Roma'da 3. gün"; not German, whose nouns are all capitalised: "Reha Tag 10").
`gig_shift("glovo todo el finde, 38 pedidos, cero propinas")` gives a delivery shift: an app or a
rider with orders counted or tips, or orders counted with tips, is the owner's work (an order
received names neither: "Deliveroo tonight 🍕"). `trade_opening("Camionero, 14 horas de ruta a
Francia")` gives "Camionero,": a caption that opens with a trade, perhaps after "I'm a" or "soy",
then a comma, a place or a time ("Altenpflegerin seit 20 Jahren", "Pielęgniarka na SOR-ze"), is
the owner telling their work (a trade thanked after its comma is someone addressed).
`pet_named("kocour Mourek leží na klávesnici")` gives [("kocour", "Mourek")]: an animal word and
then a capitalised name that is no word of the lexicon (whose animal it is, the context says).
`season_in("Dritter Winter in Barcelona")` gives it back: the first, second or fifth winter or
year in a capitalised place is a move made there ("Berlin'de ikinci yılım"; a summer may be a
holiday). `child_years("Our boy is 7 today")` gives "our boy is 7": "my" or "our" and a word for
a boy, a girl or a princess that turns an age is the owner's child ("Prensesim bugün 5
yaşında"). `place_beauty("Prague, you beauty")` gives it back: a place hailed for its beauty is a
journey there ("Autumn you beauty" names no place). `home_ours("el piso es oficialmente
nuestro")` gives "es oficialmente nuestro": "ours" closing its clause beside a word of a home or
a move is a new home ("mas é nosso", "est à nous", "ale je to naše"; `moves49.ours`, `home`).
`pet_adopted("barinaktan sahiplendim: findik")` gives "sahiplendim": the owner's adoption beside
a shelter, an animal or a pet's emoji, and no child, is a pet (`moves49.adopt`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .caption_lexicon import fold, lexicon, section_search
from .caption_words import enclosing

NAME = r"([^\W\d_][\w'’.-]*(?:[ -][^\W\d_][\w'’.-]*)?)"  # a name of up to two words


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, escaped, the longest first (so a longer phrase wins)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _farewell() -> tuple[re.Pattern, re.Pattern, frozenset[str]]:
    """The farewell and greeting patterns, each followed by a name, and the names that are no
    place (folded)."""
    data = lexicon().told["farewell"]
    bye = re.compile(rf"(?i:(?<!\w)(?:{alternation(data['bye'])}))[ ,]+{NAME}")
    hello = re.compile(rf"(?i:(?<!\w)(?:{alternation(data['hello'])}))[ ,]+{NAME}")
    return bye, hello, frozenset(fold(w) for w in data["not_places"])


@lru_cache(maxsize=1)
def _rite() -> tuple[re.Pattern, tuple[str, ...]]:
    """A rite word, up to three words, a first-person possessive, perhaps a word of endearment
    ("little", "princesa") and a word (a name when capitalised); and the starts of the words
    for a godchild, a grandchild, a niece or a nephew (folded)."""
    data = lexicon().told["rite"]
    rites, mine, little = (alternation(data[k]) for k in ("rites", "mine", "little"))
    return re.compile(
        rf"(?i:(?<!\w)(?:{rites}))(?:[ ]+[\w'’]+){{0,3}}?[ ]+"
        rf"(?i:(?:{mine}))[ ]+(?i:(?:{little})[ ]+)?([^\W\d_]\w*)"
    ), tuple(fold(w) for w in data["not_child"])


def rite_child(text: str) -> str | None:
    """The rite of passage of the owner's child, named after it ("Christening day for our little
    Noah"), as written, or None."""
    rite, not_child = _rite()
    for hit in rite.finditer(text):
        name = hit.group(1)
        if name[0].isupper() and not fold(name).startswith(not_child):
            return hit.group(0)
    return None


@lru_cache(maxsize=1)
def _pet_age() -> re.Pattern:
    """A capitalised name, a verb of turning an age and a number (Turkish: "Pamuk 5 yaşında")."""
    alt = alternation(lexicon().told["pet_age"]["turned"])
    return re.compile(rf"(?<![\w'’])([^\W\d_][\w'’]*) (?:(?i:{alt}) \d{{1,2}}\b|\d{{1,2}} yaşında)")


def pet_age(text: str, not_names: frozenset[str] = frozenset()) -> str | None:
    """The name that turns an age in a caption ("Whiskers turned 15"), as written, when it is
    capitalised and no word of `not_names` (folded), or None: the caller asks for an animal."""
    for hit in _pet_age().finditer(text):
        name = hit.group(1)
        if name[0].isupper() and fold(name) not in not_names:
            return hit.group(0)
    return None


def _place(name: str, not_places: frozenset[str]) -> bool:
    """Whether a name read after a farewell or a greeting may be a place: capitalised, and its
    first word no time or thing of `not_places`."""
    return name[0].isupper() and fold(name.split()[0].strip(".'’")) not in not_places


def farewell_move(text: str) -> str | None:
    """The farewell to one place and the greeting to another that tell a move ("goodbye Leeds,
    hello Bristol"), as written, or None."""
    bye, hello, not_places = _farewell()
    for left in bye.finditer(text):
        if not _place(left.group(1), not_places):
            continue
        for came in hello.finditer(text, left.end()):
            name = came.group(1)
            if _place(name, not_places) and fold(name) != fold(left.group(1)):
                return f"{left.group(0)} … {came.group(0)}"
    return None


FLAG = "[\U0001f1e6-\U0001f1ff]{2}"  # a country's flag: two regional indicators
PLACE = r"[^\W\d_][\w'’-]*(?:[ -][^\W\d_][\w'’-]*)?"  # a name of up to two words, no period
ARROW = re.compile(rf"(?P<a>{FLAG}|{PLACE})[ ]*(?:➡️?|->|→|=>)[ ]*(?P<b>{FLAG}|{PLACE})")


def arrow_move(text: str) -> str | None:
    """Two places joined by an arrow ("Manchester ➡️ Glasgow", "🇬🇧➡️🇨🇿"), each a capitalised
    name that is no time or thing of `told.farewell.not_places`, or a flag, as written, or None."""
    not_places = _farewell()[2]
    for hit in ARROW.finditer(text):
        a, b = hit.group("a"), hit.group("b")
        a = a.split()[-1] if not a[0].isupper() else a  # "is furious Manchester": Manchester
        flags = [re.fullmatch(FLAG, x) is not None for x in (a, b)]
        if all(flags) and a != b:
            return hit.group(0)
        if not any(flags) and _place(a, not_places) and _place(b, not_places):
            if fold(a) != fold(b):
                return hit.group(0)
    return None


@lru_cache(maxsize=1)
def _last_day() -> tuple[re.Pattern, re.Pattern, frozenset[str]]:
    """The pattern of a last day, shift or ride, the pattern of years spent ("after 38 years",
    "po 35 latach", "30 yıllık"), and the words of someone else before it (folded)."""
    data = lexicon().told["last_day"]
    last = re.compile(rf"(?i:(?<!\w)(?:{alternation(data['last'])})(?!\w))")
    after, years, bare = (alternation(data[k]) for k in ("after", "years", "years_bare"))
    spent = re.compile(
        rf"(?i:(?<!\w)(?:(?:{after})[ ]+\d{{1,2}}[ ]+(?:{years})|\d{{1,2}}[ ]+(?:{bare}))(?!\w))"
    )
    return last, spent, frozenset(fold(w) for w in data["others"])


def last_day(text: str) -> str | None:
    """The owner's last day, shift or ride at a place after years of it ("Last day at the post
    office after 38 years"), as written, or None: someone else's when a word of
    `told.last_day.others` stands before it in its sentence ("Papa hat heute seinen letzten
    Arbeitstag nach 42 Jahren")."""
    last, spent, others = _last_day()
    years = spent.search(text)
    if years is None:
        return None
    for hit in last.finditer(text):
        start, _ = enclosing(text, hit.start(), hit.end())
        before = re.findall(r"[^\W\d_]+", fold(text[start : hit.start()]))
        if not others.intersection(before):
            return f"{hit.group(0)} … {years.group(0)}"
    return None


@lru_cache(maxsize=1)
def _place_day() -> tuple[re.Pattern, frozenset[str]]:
    """A capitalised name, perhaps a comma, a word for day and its number ("Barcelona day 2",
    "Roma'da 3. gün"); and the names that are no place of a stay (folded)."""
    data = lexicon().told["place_day"]
    day = alternation(data["day"])
    pattern = re.compile(
        rf"(?<![\w'’#@])({PLACE})"
        rf"(?:[,:]?[ ]+(?i:{day})[ ]+\d{{1,2}}|['’](?:da|de|ta|te)[ ]+\d{{1,2}}\.?[ ]+gün)\b"
    )
    return pattern, _farewell()[2] | frozenset(fold(w) for w in data["not_stays"])


def place_day(text: str, known: frozenset[str] = frozenset()) -> str | None:
    """A place and the day of a stay there ("Barcelona day 2", "Algarve day 3. Sardines at the
    harbour"), as written, or None: each word of the name capitalised, its first no time,
    treatment or challenge (`told.place_day.not_stays`: "Chemo day 3", "Whole30 day 5"), and no
    word of it, nor the end of a compound, one of the lexicon's `known` words (folded: German
    nouns are capitalised too, "Reha Tag 10", "Kita-Eingewöhnung Tag 3", "Berufsschule")."""
    pattern, not_places = _place_day()
    return _named_place(pattern, text, not_places, known, compounds=True)


def _named_place(
    pattern: re.Pattern,
    text: str,
    not_places: frozenset[str],
    known: frozenset[str],
    compounds: bool = False,
) -> str | None:
    """The first match of `pattern` whose name (its group 1) may be a place, as written, or None:
    each word of the name capitalised, its first no word of `not_places` (`_place`), and no word
    of it one of the lexicon's `known` words (with `compounds`, nor ending with one)."""
    for hit in pattern.finditer(text):
        name = hit.group(1)
        words = re.findall(r"[^\W\d_]+", fold(name))
        if not all(w[0].isupper() for w in name.split()) or not _place(name, not_places):
            continue
        if not any(w in known or (compounds and _ends_known(w, known)) for w in words):
            return hit.group(0)
    return None


@lru_cache(maxsize=1)
def _season_in() -> tuple[re.Pattern, re.Pattern]:
    """An ordinal, a winter or a year and a preposition before a name ("Dritter Winter in
    Barcelona"), and the Turkish form, a place's locative before them ("Berlin'deki ilk yılım")."""
    data = lexicon().told["season_in"]
    ordinal, season, at = (alternation(data[k]) for k in ("ordinal", "season", "at"))
    tr_ordinal, tr_season = (alternation(data[k]) for k in ("tr_ordinal", "tr_season"))
    return re.compile(
        rf"(?i:(?<!\w)(?:{ordinal})[ ]+(?:{season})[ ]+(?:{at}))[ ]+({PLACE})"
    ), re.compile(
        rf"(?<![\w'’#@])({PLACE})['’](?:da|de|ta|te)(?:ki)?[ ]+"
        rf"(?i:(?:{tr_ordinal})[ ]+(?:{tr_season}))\b"
    )


def season_in(text: str, known: frozenset[str] = frozenset()) -> str | None:
    """The first, second or fifth winter or year of the owner in a place ("Dritter Winter in
    Barcelona und ich vermisse Schwarzbrot", "Berlin'de ikinci yılım"), as written, or None: the
    name capitalised, no time of `told.farewell.not_places` and no word of the lexicon's `known`
    words ("first year in Uni"); a move made earlier."""
    not_places = _farewell()[2]
    for pattern in _season_in():
        for hit in pattern.finditer(text):
            name = hit.group(1)
            words = re.findall(r"[^\W\d_]+", fold(name))
            if _place(name, not_places) and words[0] not in known:  # `_place`: capitalised
                return hit.group(0)
    return None


@lru_cache(maxsize=1)
def _place_beauty() -> re.Pattern:
    """A capitalised name, perhaps a comma, and words hailing its beauty ("Lisbon you beauty")."""
    beauty = alternation(lexicon().told["place_beauty"]["beauty"])
    return re.compile(rf"(?<![\w'’#@])({PLACE})[,!]?[ ]+(?i:{beauty})(?!\w)")


def place_beauty(text: str, known: frozenset[str] = frozenset()) -> str | None:
    """A place hailed for its beauty ("Prague, you beauty. 3 days of cobblestones"), as written, or
    None: each word of the name capitalised, no time or thing of `told.farewell.not_places`
    ("Autumn you beauty") and no word of the lexicon's `known` words."""
    return _named_place(_place_beauty(), text, _farewell()[2], known)


def _ends_known(word: str, known: frozenset[str]) -> bool:
    """Whether a word ends with a known word of five letters or more (a compound's head)."""
    return any(word[k:] in known for k in range(1, len(word) - 4))


@lru_cache(maxsize=1)
def _gig() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The patterns of a delivery app or rider, of tips, and of deliveries counted ("38
    pedidos")."""
    data = lexicon().told["gig"]
    who, tips, units = (alternation(data[k]) for k in ("who", "tips", "units"))
    word = r"(?i:(?<![\w])(?:{})(?![\w]))"
    return (
        re.compile(word.format(who)),
        re.compile(word.format(tips)),
        re.compile(rf"\b\d{{1,3}}[ ]+(?i:(?:{units})(?!\w))"),
    )


def gig_shift(text: str) -> str | None:
    """A delivery shift ("glovo todo el finde, 38 pedidos, cero propinas"), as written, or None:
    a delivery app or rider with orders counted or tips, or orders counted with tips ("delivered
    34 orders in the rain, tips were zero")."""
    who, tips, count = (p.search(text) for p in _gig())
    said = [m.group(0) for m in (who, count, tips) if m]
    return " … ".join(said) if len(said) >= 2 else None


@lru_cache(maxsize=1)
def _trade() -> tuple[re.Pattern, re.Pattern]:
    """The pattern of a caption that opens with a trade and then a comma, a place or a time
    (folded), and the pattern of thanks after its comma."""
    data = lexicon().told["trade"]
    me, words, then, thanks = (
        alternation(fold(w) for w in data[k]) for k in ("me", "words", "then", "thanks")
    )
    opening = re.compile(rf"^(?:(?:{me})[ ]+)?(?:{words})(?:[ ]*[,:;–—-]|[ ]+(?:{then}|\d+)\b)")
    return opening, re.compile(rf"^[ ]*(?:{thanks})")


def trade_opening(text: str) -> str | None:
    """The trade a caption opens with, the owner's own ("Camionero, 14 horas de ruta", "Infermiera
    in pediatria"), as folded, or None: no trade first, or one thanked after its comma ("Profe,
    gracias por todo")."""
    opening, thanks = _trade()
    folded = fold(text).lstrip("#@ ")
    hit = opening.match(folded)
    if hit is None or thanks.match(folded[hit.end() :]):
        return None
    return hit.group(0)


@lru_cache(maxsize=1)
def _species() -> frozenset[str]:
    """The animal words a pet's name follows (folded)."""
    return frozenset(fold(w) for w in lexicon().told["pet_named"]["species"])


def pet_named(text: str, known: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """Each animal word followed by a capitalised name ("Kater Felix", "kocour Mourek", "Paard
    Bella"), as written: the name not in capitals throughout ("RIP"), nor a `known` word of the
    lexicon, nor an animal word (folded)."""
    species = _species()
    words = list(re.finditer(r"[^\W\d_][\w'’-]*", text))
    out = []
    for a, b in zip(words, words[1:]):
        animal, name = a.group(0), b.group(0)
        if fold(animal) not in species or text[a.end() : b.start()].strip(" ,"):
            continue
        first = fold(name).split("'")[0].split("’")[0]
        if name[0].isupper() and not name.isupper() and first not in known | species:
            out.append((animal, name))
    return out


@lru_cache(maxsize=1)
def _titled() -> tuple[re.Pattern, frozenset[str]]:
    """The pattern of a capitalised word, "the" and an animal or a breed after it (as written:
    "Pickles the cat"), and the words that are no name before "the" (folded)."""
    data = lexicon().told["pet_named"]
    animals = alternation(w.lower() for w in data["titled"])
    pattern = re.compile(rf"(?<![\w'’])([^\W\d_][\w'’-]*) the ({animals})(?![\w'’])", re.I)
    return pattern, frozenset(fold(w) for w in data["not_names"])


def pet_titled(text: str, known: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """Each name written before "the" and an animal, English's own order ("Pickles the cat has
    taken over the sofa", "Bertie the lurcher"), as (animal, name): the name capitalised, not in
    capitals throughout, not a word of `pet_named.not_names` nor a `known` word of the lexicon,
    nor one ending in -ed ("Walked the dog", "Kept the cat")."""
    pattern, not_names = _titled()
    out = []
    for hit in pattern.finditer(text):
        name, animal = hit.group(1), hit.group(2)
        first = fold(name).split("'")[0].split("’")[0]
        if not name[0].isupper() or name.isupper() or first.endswith("ed"):
            continue
        if first in not_names or first in known:
            continue
        out.append((animal, name))
    return out


@lru_cache(maxsize=1)
def _hours() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """The patterns of a shop's opening or closing in the first person plural, of "we", of the
    German and Dutch adjective for open or closed, and of a time or a day (folded)."""
    data = lexicon().told["hours"]
    opened, we, adjective, when = (
        re.compile(rf"(?<!\w)(?:{alternation(fold(w) for w in data[k])})(?!\w)")
        for k in ("open", "we", "adjective", "when")
    )
    return opened, we, adjective, re.compile(rf"\d|{when.pattern}")


def shop_hours(text: str) -> str | None:
    """A shop's hours told by its owner ("Abrimos a las 7 como siempre", "On rouvre le 16 pour vos
    vidanges", "Ab morgen haben wir ab 6 Uhr offen"), as folded, or None: an opening or closing
    in the first person plural with a time or a day after it in its clause, or "wir"/"we" with
    the adjective and a time or a day anywhere in the clause ("Vanaf maandag zijn we open")."""
    opened, we, adjective, when = _hours()
    for clause in re.split(r"[.,;:!?\n()]+", fold(text)):
        hit = opened.search(clause)
        if hit and when.search(clause, hit.end()):
            return clause.strip()
        if we.search(clause) and adjective.search(clause) and when.search(clause):
            return clause.strip()
    return None


@lru_cache(maxsize=1)
def _child_months() -> tuple[re.Pattern, frozenset[str]]:
    """The pattern of a name or a word for the little one, a verb of being or having and a number
    of months (its subject a group); and the words for the little one (folded)."""
    data = lexicon().told["child_months"]
    little = frozenset(fold(w) for w in data["little"])
    subject = rf"{alternation(little)}|[^\W\d_][\w'’-]*"
    verb, months = (alternation(fold(w) for w in data[k]) for k in ("is", "months"))
    pattern = rf"(?<![\w'’#@])({subject})[ ,]+(?:{verb})[ ]+\d{{1,2}}[ ]+(?:{months})(?!\w)"
    return re.compile(pattern), little


def child_months(text: str, known: frozenset[str] = frozenset()) -> str | None:
    """A child's age in months ("o Bento tem 9 meses", "der Kleine ist 10 Monate", "Kubíček má 3
    měsíce"), as folded, or None: the subject a word for the little one or a capitalised name,
    no word of the lexicon's `known` ("Mama ist 3 Monate weg")."""
    pattern, little = _child_months()
    names = {fold(w) for w in re.findall(r"[^\W\d_][\w'’-]*", text) if w[:1].isupper()}
    for hit in pattern.finditer(fold(text)):
        subject = hit.group(1)
        if subject in little or (subject in names and subject not in known):
            return hit.group(0)
    return None


@lru_cache(maxsize=1)
def _child_years() -> tuple[re.Pattern, re.Pattern]:
    """The owner's child by "my" or "our" and a word for a boy or a girl, a verb of turning or
    having, perhaps "today", and an age (folded); and the Turkish form ("prensesim bugun 5
    yasinda")."""
    told = lexicon().told
    rite, data = told["rite"], told["child_years"]
    mine, little, child, turns, today, tr_child = (
        alternation(fold(w) for w in table[k])
        for table, k in (
            (data, "mine"),
            (rite, "little"),
            (data, "child"),
            (data, "turns"),
            (data, "today"),
            (data, "tr_child"),
        )
    )
    return re.compile(
        rf"(?<![\w'’#@])(?:{mine})[ ]+(?:(?:{little})[ ]+)?(?:{child})[ ,]+(?:{turns})"
        rf"(?:[ ]+(?:{today}))?[ ]+(?:[1-9]|[12]\d)(?!\w|[.,:]\d)"
    ), re.compile(rf"(?<![\w'’#@])(?:{tr_child})(?:[ ]+bugun)?[ ]+(?:[1-9]|[12]\d)[ ]+yasin")


def child_years(text: str) -> str | None:
    """The owner's child that turns an age ("Our boy is 7 today!!", "Mi chamaca cumple 15"), as
    folded, or None."""
    folded = fold(text)
    for pattern in _child_years():
        hit = pattern.search(folded)
        if hit:
            return hit.group(0)
    return None


@lru_cache(maxsize=1)
def _first_word() -> tuple[re.Pattern, re.Pattern]:
    """The pattern of "mama" or "papa" said, the word perhaps quoted (its quote a group), and the
    pattern of a first time or an "already" (folded)."""
    data = lexicon().told["first_word"]
    said, words, first = (alternation(fold(w) for w in data[k]) for k in ("said", "words", "first"))
    quote = "[\"'“”„«»‚‘’]"
    pattern = rf"(?<!\w)(?:{said})[ ]+({quote}?)[ ]?(?:{words})(?!\w)(?![ ]+mia\b)"
    return re.compile(pattern), re.compile(rf"(?<!\w)(?:{first})(?!\w)")


def first_word(text: str) -> str | None:
    """A child's first word ("Jules a dit \"papa\"", "malá dneska poprvé řekla táta"), as folded,
    or None: "mama" or "papa" said, quoted, or in a caption that says a first time or "already"
    ("mówi mama, kiedy dzwonię" has mama speak; "mamma mia" is none)."""
    said, first = _first_word()
    folded = fold(text)
    hit = said.search(folded)
    if hit and (hit.group(1) or first.search(folded)):
        return hit.group(0)
    return None


def home_ours(folded: str) -> str | None:
    """The words that call a home the owner's own, "ours" closing its clause (`moves49.ours`:
    "es oficialmente nuestro", "est à nous", "ale naše"), where the folded caption names a home
    or a move (`moves49.home`), or None: "la calle es nuestra" names none."""
    hit = section_search("moves49", "ours", folded)
    if hit is None or section_search("moves49", "home", folded) is None:
        return None
    return hit.group(0)


def pet_adopted(folded: str, pet_emoji: bool = False) -> str | None:
    """The words of the owner's own adoption (`moves49.adopt`: "adoptamos", "on a adopté",
    "sahiplendim", an "Adopted" opening the caption) beside a shelter or an animal
    (`moves49.adopted_what`) or a pet's emoji (`pet_emoji`), with no child named
    (`moves49.child`: "we adopted our son"), or None."""
    hit = section_search("moves49", "adopt", folded)
    if hit is None or section_search("moves49", "child", folded):
        return None
    if pet_emoji or section_search("moves49", "adopted_what", folded):
        return hit.group(0)
    return None


def moved_in(folded: str) -> str | None:
    """The words of the owner's first night in a new or own home, or of moving in
    (`homes50.moved_in`: "first night in the new flat", "erste Nacht im Eigenheim", "pierwsza noc
    pod własnym dachem", "nastěhovali jsme se") in the folded caption, a move by the label guide's
    ruling on Moves; or None."""
    hit = section_search("homes50", "moved_in", folded)
    return hit.group(0) if hit else None
