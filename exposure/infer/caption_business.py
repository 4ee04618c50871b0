"""caption_business: the owner's own business told by its age, read from `captions.yaml`'s
`told.business_age`, and the owner's own trade told by its acts, read from its `work44` section.

`business_age("My shop turns 5 this week! Thank you to every customer")` gives "my shop …
turns": a shop, café, workshop or firm named with a first-person possessive (perhaps "little"
between: "Mein kleiner Laden feiert 15 Jahre") in a sentence that gives it an age or an
anniversary ("Mój warsztat samochodowy kończy 15 lat", "Naše kavárna slaví druhé narozeniny",
Turkish "Kebapçımız bugün 30. yılına girdi") is the owner's work. A business of someone else
("my sister's shop turns 5") has no possessive right before it; a favourite café has a word
other than "little" between ("my favourite café turns 10").

`business_acts("Cañita después de cerrar la peluquería, que hoy han sido 14 clientas")` gives
"despues de cerrar la peluqueria": the owner's trade told without a work word, by the acts of the
trade with the owner as the doer: opening and closing the place ("Voted before opening up"), the
place shut for a day or a holiday ("Zwei Wochen Gardasee, Laden zu"), the owner behind the counter
or at the stall ("7 miesiąc, a ja dalej za ladą"), the years spent in the trade ("20 ans de
carrelage"), a delivery round ("Zwischen zwei Lieferungen"), the farm's milking and harvest, a
count of the day's jobs ("15 haircuts today") and "our own" bakery or vineyard; then the
`work45` section's acts: a driver's route ("Tydzień w trasie"), the first holiday since the place
opened, the trade at rest while the owner is ill or away ("Murarz leży", "Taxík stojí", "les
chantiers attendront", "Esnaf hastalanmaz"), an illness that falls in the harvest ("Akurat w
sezonie na borówki"), signatures gathered in the owner's shop, setting up the stall, the hours
of a working week ("a 60 hour week"), a piece made for a client and the regulars thanked, the
Dutch "de zaak", the place shut for a week, "I run a business" and "faccio il fornaio", the place
named "my" or "our" ("nossa lanchonete", "notre boucherie"), the owner's own place opened
("Otworzyliśmy własny warsztat") and a retirement after years told by the owner ("In pensione
dopo 38 anni in officina"). A count of tonnes is no trade's where the caption names a collection
or a food bank ("Collecte banque alimentaire : 2 tonnes").

`no_job_reading` takes back a work word that is no job: work on the garden, the allotment or the
house, a wish for a business of one's own, a saying about work (`business_not_work`); then the
`work46` section's cues (`work46_not_work`): a job looked for or wished for ("ahora a buscar
curro", "Quiero un trabajo donde me paguen por probar churros"), works on the owner's home
("Obras en el baño", "Lavori in cucina"), a body part that quits ("Mein Rücken hat gekündigt"),
a meeting of the neighbours or a party branch, the island La Réunion, a layer or a story in
German ("Kunstgeschichte"), an office one visits ("Registry office"), and someone else's job
told by the owner ("per il nuovo lavoro di lui", "Dostała pracę w szpitalu"): theirs.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .caption_lexicon import (
    Match,
    fold,
    lexicon,
    lexicon_section,
    section_patterns_by_lang,
    words_of,
)
from .caption_words import Found
from .language import caption_languages


def _alt(words) -> str:
    """A regex alternation of folded `words`, the longest first."""
    return "|".join(re.escape(w) for w in sorted({fold(w) for w in words}, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The patterns of the owner's business (a possessive, perhaps "little", a business word, or
    a Turkish business word with its possessive ending), of an age or anniversary, and of a time
    ago ("3 years ago", "hace 5 años"), all folded."""
    data = lexicon().told["business_age"]
    mine, little, business, own = (
        _alt(data[k]) for k in ("mine", "little", "business", "business_mine")
    )
    shop = rf"(?<![\w'])(?:(?:{mine})[ ]+(?:(?:{little})[ ]+)?(?:{business})|(?:{own}))(?![\w'])"
    age, years = _alt(data["age"]), _alt(data["years"])
    aged = rf"(?<![\w'])(?:{age})(?![\w'])|\d+[ .-]*(?:{years}|lecie|leti)(?![\w'])"
    ago = rf"(?<![\w'])(?:{_alt(data['ago'])})(?![\w'])"
    return re.compile(shop), re.compile(aged), re.compile(ago)


def business_age(text: str, folded: str | None = None) -> str | None:
    """The owner's own business and the age it turns, in one sentence ("my shop … turns"), as
    folded, or None: not in a sentence of a time ago ("our café closed 3 years ago") (`folded`:
    the caption folded, when the caller has it)."""
    shop, aged, ago = _patterns()
    folded = fold(text) if folded is None else folded
    for sentence in re.split(r"(?<!\d)[.!?]+|\n", folded):
        own = shop.search(sentence)
        age = aged.search(sentence) if own and not ago.search(sentence) else None
        if own and age:
            return f"{own.group(0)} … {age.group(0)}"
    return None


@lru_cache(maxsize=1)
def _acts() -> dict[str, re.Pattern]:
    """Per table of the `work44` section but `place`, then per table of the `work45` section (a
    table of both names keyed `work45.NAME`), the `school47` section's `work_` tables (a
    retirement, clocking in, a boss who grants leave) and the `work48` section's (the owner's
    retirement told as the day's news: "Retired! 34 years at the plant") and the `work56`
    section's tables but `shop` (keyed `work56.NAME`), one pattern: its languages' expressions
    joined, each `{place}` filled with the trade's places and vehicles, each `{shop}` with them
    and `work56.shop`'s shops and markets, each `{trade}` with the trades of `told.trade.words`
    and each `{trade_stem}` with their stems (`_stems`).
    `others`, `collection` and `not_work` are read, not found as acts."""
    data = lexicon_section("work44")
    shops = lexicon_section("work56")
    fill = {
        "{place}": "|".join(data["place"]["any"]),
        "{trade}": _alt(lexicon().told["trade"]["words"]),
        "{shop}": "|".join(data["place"]["any"] + shops["shop"]["any"]),
        "{trade_stem}": _stems(lexicon().told["trade"]["words"]),
    }
    tables = {table: langs for table, langs in data.items() if table != "place"}
    more = lexicon_section("work45")
    tables.update({f"work45.{t}" if t in tables else t: langs for t, langs in more.items()})
    tables.update({t: la for t, la in lexicon_section("school47").items() if t.startswith("work_")})
    tables.update({t: la for t, la in lexicon_section("work48").items() if t.startswith("work_")})
    tables.update({f"work56.{t}": la for t, la in shops.items() if t != "shop"})
    return {
        table: re.compile("|".join(_filled(e, fill) for e in sum(langs.values(), [])))
        for table, langs in tables.items()
    }


_NOT_ACTS = ("others", "collection", "not_work")


def _stems(words) -> str:
    """A regex alternation of folded `words` each cut by its last letter (at least 4 kept), so a
    declined form follows ("kadernice" takes "kadernici", "piekarz" "piekarke"), the longest
    first."""
    stems = {fold(w)[: max(4, len(fold(w)) - 1)] for w in words}
    return "|".join(re.escape(w) for w in sorted(stems, key=len, reverse=True))


def _filled(expression: str, fill: dict[str, str]) -> str:
    """The expression with each of `fill`'s names replaced by its alternation."""
    for name, words in fill.items():
        expression = expression.replace(name, words)
    return expression


def business_acts(text: str, folded: str | None = None) -> str | None:
    """The words of the first act of the owner's trade found in the caption ("before opening
    up", "za lada", "20 ans de carrelage"), as folded, or None: a trade after "as a" is someone
    else's where a relative, a friend or "he" or "she" comes before it in its sentence, and a
    count of tonnes is a collection's where the caption names one or a food bank (`folded`: the
    caption folded, when the caller has it)."""
    folded = fold(text) if folded is None else folded
    acts = _acts()
    for table, pattern in acts.items():
        found = pattern.search(folded) if table not in _NOT_ACTS else None
        if found and table == "as_a":  # "my husband's first shift as a paramedic": his job
            before = re.split(r"[.!?\n]", folded[: found.start()])[-1]
            found = None if acts["others"].search(before) else found
        if found and table == "jobs" and acts["collection"].search(folded):
            found = None  # "Collecte banque alimentaire : 2 tonnes": the volunteers' haul
        if found:
            return found.group(0).strip()
    return ruled_work(text, folded)


AWAY = ("work56.online", "work56.notice", "work56.stand", "work56.before")


def shop_while_away(term: str) -> bool:
    """Whether the words of a work act (`business_acts`' answer) tell the owner's shop while the
    owner is away from home or before it was theirs: the online shop paused or carried on, the
    shop closed for days, a stand at a fair, the life before the shop (`work56`'s `online`,
    `notice`, `stand` and `before`): a place named beside them is no home of the owner's ("Off to
    Lisbon for 4 days, orders will ship Tuesday", "#tbt Cabo Verde 2015, antes da loja")."""
    acts = _acts()
    return any(acts[table].search(term) for table in AWAY)


RULED = ("colleague", "pensioner")


def colleague_said(text: str, folded: str | None = None) -> str | None:
    """The words naming a colleague of the owner's in the caption, as folded (`work49.colleague`,
    in a language the caption is in, English beside them), or None: the label guide's ruling on
    Work makes a colleague's news congratulated the owner's work ("Glückwunsch an meine Kollegin
    zum Baby"), which a congratulation read as another's event must not drop."""
    folded = fold(text) if folded is None else folded
    for lang, pattern in section_patterns_by_lang("work49")["colleague"].items():
        found = pattern.search(folded)
        if found and (lang == "en" or lang in caption_languages(text)):
            return found.group(0).strip()
    return None  # the `work49` tables `ruled_work` reads, in this order


def ruled_work(text: str, folded: str | None = None) -> str | None:
    """The words of the owner's work the label guide's ruling on Work reads, as folded, or None:
    a colleague of the owner's named, whoever's news it is ("Meine Kollegin ist schwanger",
    "Kolegyně porodila", "İş arkadaşım nişanlandı"), and the owner's life as a pensioner ("ich bin
    Rentner", "Emekliliğin 5. yılı", "Aposentada mas não calada"), each in a language the caption
    is in (`work49`; Italian and Dutch share "collega", Czech and Polish "kolega"; `folded`: the
    caption folded, when the caller has it)."""
    folded = fold(text) if folded is None else folded
    tables = section_patterns_by_lang("work49")
    for table in RULED:
        for lang, pattern in tables[table].items():
            found = pattern.search(folded)
            if found and (lang == "en" or lang in caption_languages(text)):
                return found.group(0).strip()
    return None


def business_not_work(text: str, folded: str | None = None) -> tuple[str, frozenset[str]] | None:
    """The words that say a work word is no job, as folded, with their folded words (the work
    words they take), or None: work on the garden, the allotment or the house ("Todo el finde
    trabajando en el huerto", "Celý víkend práce na zahradě"), a wish for a business of one's
    own ("Mein Traum: ein eigener Foodtruck", "Až vyhraju Sportku, koupím si food truck") and a
    saying about work ("Le travail c'est la santé") (`work45.not_work`; `folded`: the caption
    folded, when the caller has it)."""
    folded = fold(text) if folded is None else folded
    found = _acts()["not_work"].search(folded)
    if found is None:
        return None
    return found.group(0), frozenset(re.findall(r"\w+", found.group(0)))


# `work46` tables read on the folded caption, with the reason a work word they take is given
_OWN_CUES = {
    "wanted": "wished",
    "house": "figurative",
    "figure": "figurative",
    "meeting": "figurative",
    "layer": "figurative",
    "theirs": "others",
}
STEM = 4  # letters a work word and a word of a `work46` cue share: "praci" takes "práce"


def work46_not_work(text: str, folded: str | None = None) -> list[tuple[str, list[str]]]:
    """Each `work46` cue found that says a work word is no job of the owner's, as its reason and
    its folded words: a job looked for or wished for (`wanted`: "wished"), works on the home
    (`house`), a body part that quits (`figure`), a meeting of the neighbours or a party
    (`meeting`), a layer, a story or an office visited (`layer`), the island La Réunion
    (`island`, read on the caption as written), all "figurative", and a third person's job
    (`theirs`: "others"), a teammate's leave for a birth (`school47.teammate_leave`: "Notre
    passeuse part en congé maternité": "others") and a job still to find after a degree
    (`school47.job_ahead`: "Agora só falta o emprego": "wished"); [] when none."""
    folded = fold(text) if folded is None else folded
    tables = section_patterns_by_lang("work46")
    hits = [(why, p.search(folded)) for t, why in _OWN_CUES.items() for p in tables[t].values()]
    hits += [("figurative", p.search(text)) for p in tables["island"].values()]
    more = section_patterns_by_lang("school47")
    hits.append(("others", more["teammate_leave"]["any"].search(folded)))
    hits.append(("wished", more["job_ahead"]["any"].search(folded)))
    return [(why, words_of(h.group(0))) for why, h in hits if h]


def _stem_of(word: str, cue: list[str]) -> bool:
    """Whether a word of `cue` is `word`, shares its first `STEM` letters ("praci", "prace") or,
    a compound, holds it ("kunstgeschichte" holds "schicht")."""
    return any(
        w == word or (len(word) >= STEM and (w[:STEM] == word[:STEM] or word in w)) for w in cue
    )


def no_job_reading(text: str, found: list[Found], folded: str | None = None) -> list[Found]:
    """The found words, each work word the rules kept marked "figurative" where a no-job cue
    (`business_not_work`: "trabajando en el huerto") takes it: its last word, or its stem, is a
    word of the cue; or given the reason of a `work46` cue (`work46_not_work`: "toca buscar
    curro", "Obras en el baño", "voor zijn nieuwe baan") that has its last word or a word of its
    first `STEM` letters; the told readings' work is left as it is."""
    folded = fold(text) if folded is None else folded
    off = business_not_work(text, folded)
    words = off[1] if off else frozenset()
    cues = work46_not_work(text, folded)
    if not (words or cues):
        return found

    def no_job(m: Match, why: str | None) -> str | None:
        last = words_of(m.term)[-1:]
        if m.signal != "work" or why is not None or m.lang == "told" or not last:
            return why
        if any(w.startswith(last[0]) for w in words):
            return "figurative"
        return next((reason for reason, cue in cues if _stem_of(last[0], cue)), None)

    return [(m, no_job(m, why), s) for m, why, s in found]
