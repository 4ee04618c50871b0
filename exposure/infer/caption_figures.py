"""caption_figures: a signal's word used of something else, no act of the owner's.

The word is there, but as a figure, a thing, an offer or the news. Read with `captions.yaml`'s
`figures45` section, in the caption's languages (English beside them):

- a simile: a marker just before the word in its clause ("slept like a baby", "jak mimino", "als
  een pasgeboren baby", "comme on lâche un bébé"), or after it in Turkish ("Düğün gibi maç oldu",
  "Nişan yüzüğü gibi parlıyor"); not a habit or a role ("like every year, our anniversary trip",
  "como marido y mujer"), nor one with a first-person word between ("like our wedding day");
- "my baby" said of a thing: a vehicle, an instrument, a boat, a dough, a plant, a shop named in
  brackets, after a demonstrative or joined to it by a copula ("Das ist mein Baby (die neue
  Tuba)", "C'est mon bébé ce bateau", "Mijn zuurdesem is mijn baby"), unless the caption says a
  child after all ("our baby is here (3.2 kg)");
- an advert or an invitation: a price, "free", an hour from which, a call to come, everyone
  welcome, new members sought ("Pivo zdarma pro všechny", "£2 pints all afternoon - get down
  here!", "herkes davetli"), where no first-person word speaks ("free beer at my housewarming");
- a campaign met as a nuisance ("Otra vez los mítines en la plaza, qué pesadez", "Yine seçim
  otobüsleri, yine müzik"), where no first-person word speaks; a strike met as news ("Mañana
  huelga de transporte, ojo con los horarios", "Treinstaking morgen, check je reis");
- a saying: work defined ("Le travail c'est la santé", "Arbeit ist das, was man tut"), or a word
  a grandparent says ("Casada con el campo, como decía mi abuela");
- a team's trip or win told as a journey ("Victory trip for City", "Siegesreise der Bayern");
  a stadium or a match called a church ("A Luz num dia de dérbi é uma catedral").

And with its `fans50` section, in every language (fans and gamers write the same figures in
each): "my baby" said of a gamer's machine anywhere in the caption ("Mein Baby ist endlich da 😍
neue Grafikkarte drin") or of a thing after a colon or a "that is" ("Mój bobas 😍 czyli nowy
rower szosowy", "Yeni bebeğim geldi: Bianchi Oltre").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .caption_lexicon import first_words, fold, lexicon, section_search
from .caption_words import Found

# the signals a simile may borrow (a work, a school or a glass said "as" is a role or a drink)
SIMILE = frozenset(
    {"wedding", "engagement", "baby", "pregnancy", "graduation", "religion", "travel", "health"}
    | {"pet", "new_home", "moving"}
)
ADVERT = frozenset({"alcohol", "travel", "religion", "school", "health"})  # what an advert offers
SAYING = frozenset({"work", "wedding", "health"})
BABY_WORDS = re.compile(
    r"^(?:bab(?:y|ies|ys?)|bebe\w*|bebek\w*|bimb[oa]|bambin[oa]|nina|nena|nin[oa] bonit[oa]"
    r"|miminko|mimino|dziecko|dzidzi\w*|bobas\w*|kindje|kleine)$"
)
WINDOW = 3  # words before a signal's word that a simile's marker reaches


def _search(table: str, text: str, langs: frozenset[str]) -> re.Match | None:
    """The first match of the `figures45` section's `table` in `text` in the languages `langs`
    (English and "any" beside them), or None."""
    return section_search("figures45", table, text, langs)


def _fans(table: str, folded: str) -> re.Match | None:
    """The first match of the `fans50` section's `table` in the folded caption, or None."""
    return section_search("fans50", table, folded)


def _mine(tokens: tuple[str, ...], langs: frozenset[str]) -> bool:
    """True when a first-person word of the caption's languages (or English) is in `tokens`."""
    return bool(first_words(langs).intersection(tokens)) or any(
        t.endswith("'") and t[:-1] in ("i", "we") for t in tokens
    )


def _clause(where: tuple[int, ...], i: int) -> tuple[int, int]:
    """The first and the past-last token of the clause of tokens[i]."""
    lo, hi = i, i
    while lo > 0 and where[lo - 1] == where[i]:
        lo -= 1
    while hi < len(where) and where[hi] == where[i]:
        hi += 1
    return lo, hi


def simile(
    tokens: tuple[str, ...], where: tuple[int, ...], span: tuple[int, int], langs: frozenset[str]
) -> bool:
    """True when the word at tokens[span] follows a simile's marker in its clause (up to
    `WINDOW` words before it: "like a baby", "jak mimino"), or a Turkish one follows it ("düğün
    gibi"); the marker not opening its clause (nothing compared: "Like every year, our trip",
    "jak wakacje, to nad morze"), no habit or role after it ("como marido y mujer"), no
    first-person word between."""
    i, j = span
    lo, hi = _clause(where, i)
    start = max(lo, i - WINDOW - 1)
    before = " ".join(tokens[start:i])
    near = tokens[max(lo, i - WINDOW) : i]
    marker = _search("simile_before", before, langs) if before else None
    if marker and start + before[: marker.start()].count(" ") > lo:  # a thing compared before it
        whole = " ".join(tokens[max(lo, i - WINDOW - 1) : j])
        return not _search("simile_not", whole, langs) and not _mine(near, langs)
    after = " ".join(tokens[j:hi])
    return bool(after) and "tr" in langs and bool(_search("simile_after", after, langs))


def baby_thing(
    text: str, tokens: tuple[str, ...], where: tuple[int, ...], span: tuple[int, int], langs
) -> bool:
    """True when the baby word at tokens[span] is "my baby" said of a thing (`things`): a
    first-person word just before it (or Turkish "bebeğim"), and the thing in brackets ("Mi bebé
    (la bici nueva)"), or in its clause or the next joined to it by a copula or a demonstrative
    ("C'est mon bébé ce bateau", "La Vespa è la mia bambina"); never where the caption says a
    child (`child`: a weight, a birth, months)."""
    i, j = span
    word = tokens[j - 1]
    if not BABY_WORDS.match(word):
        return False
    mine = _mine(tokens[max(0, i - 2) : j - 1], langs) or word.startswith("bebegim")
    folded = fold(text)
    if not mine or _search("child", folded, langs):
        return False
    if _fans("gadget", folded):  # "Mein Baby ist endlich da 😍 neue Grafikkarte drin"
        return True
    after = _fans("apposition", folded)  # "Meu bebê: o carro novo", "bobas czyli nowy rower"
    if after and (
        _search("things", after.group("rest"), langs)
        or section_search("sport46", "gear", after.group("rest"))  # "bebeğim geldi: Bianchi"
    ):
        return True
    if _upkeep(text, tokens) or any(
        _search("things", fold(b), langs) for b in re.findall(r"\(([^()]*)\)", text)
    ):
        return True
    lo, hi = _clause(where, i)
    if hi < len(tokens):  # and the next clause: "Mon bébé à moi, c'est ce vieux tracteur"
        _, hi = _clause(where, hi)
    for k in range(lo, hi):
        if k in range(i, j) or not _search("things", " ".join(tokens[k : k + 2]), langs):
            continue
        between = " ".join(tokens[k + 1 : i] if k < i else tokens[j:k])
        if abs(k - i) <= 5 and _search("joined", between, langs):
            return True
    return False


@lru_cache(maxsize=1)
def _machine() -> tuple[frozenset[str], frozenset[str]]:
    """A vehicle's emoji and the words of a machine's upkeep (`told.baby_thing`), folded."""
    th = lexicon().told["baby_thing"]
    return frozenset(th["emoji"]), frozenset(fold(w) for w in th["upkeep"])


def _upkeep(text: str, tokens: tuple[str, ...]) -> bool:
    """True when the caption shows a vehicle's emoji or names a machine's upkeep ("ITV", "new
    tyres"): its "my baby" is the machine ("Mi niña bonita ha pasado la ITV 🚗")."""
    emoji, upkeep = _machine()
    return bool(emoji.intersection(text)) or any(
        " ".join(tokens[k : k + n]) in upkeep for n in (1, 2) for k in range(len(tokens))
    )


def faith_said_of(
    text: str, tokens: tuple[str, ...], where: tuple[int, ...], span, langs: frozenset[str]
) -> bool:
    """True when a church, a mass or a cathedral word is said of a stadium or a match: a sport's
    word in the caption, and a copula or an article alone before the word in its clause ("é uma
    catedral", "c'est une messe", "San Mamés, la catedral")."""
    if not _search("sport", fold(text), langs):
        return False
    i, _ = span
    lo, _ = _clause(where, i)
    before = tokens[lo:i]
    return any(
        _search("faith_said_of", " ".join(before[k:]), langs)
        for k in range(max(0, len(before) - 3), len(before))
    )


def advertised(folded: str, langs: frozenset[str]) -> bool:
    """True when the folded caption reads as an advert or an invitation: something free, a raffle,
    new members sought, a call to come down (`offer`); a price with an offer's word or a call to
    come (`price`, `promo`, `invite`); or a call to come or an hour at a club's, a festival's or
    a parish's place (`host`)."""
    if _search("offer", folded, langs):
        return True
    invite = _search("invite", folded, langs) is not None
    if _search("price", folded, langs):
        return invite or _search("promo", folded, langs) is not None
    return invite and _search("host", folded, langs) is not None


def figures_reading(
    text: str,
    tokens: tuple[str, ...],
    where: tuple[int, ...],
    langs: frozenset[str],
    found: list[Found],
    folded: str | None = None,
) -> list[Found]:
    """`found` with the words used of something else given a reason: "figurative" (a simile, a
    saying, a team's trip, a stadium called a church), "thing" ("my baby" said of a thing),
    "advert" (an offer or an invitation), "news" (a campaign met as a nuisance, a strike as
    news), where no first-person word speaks for the last three; `folded`: the caption folded,
    when the caller has it."""
    if not any(why is None for _, why, _ in found):
        return found
    folded = fold(text) if folded is None else folded
    mine = _mine(tokens, langs) or _search("me", folded, langs) is not None
    advert = not mine and advertised(folded, langs)
    nuisance = (
        not mine
        and _search("campaign", folded, langs) is not None
        and _search("nuisance", folded, langs) is not None
    )
    strike = not mine and _search("strike_news", folded, langs) is not None
    saying = _search("saying", folded, langs) is not None
    team = _search("team_trip", folded, langs) is not None
    out = []
    for m, why, span in found:
        if why is None:
            if span and m.signal in SIMILE and simile(tokens, where, span, langs):
                why = "figurative"
            elif span and m.signal == "baby" and baby_thing(text, tokens, where, span, langs):
                why = "thing"
            elif advert and m.signal in ADVERT:
                why = "advert"
            elif nuisance and m.signal == "politics":
                why = "news"
            elif strike and m.signal in ("politics", "travel"):
                why = "news"
            elif saying and m.signal in SAYING:
                why = "figurative"
            elif team and m.signal == "travel":
                why = "figurative"
            elif (
                span
                and m.signal in ("religion", "travel")
                and faith_said_of(text, tokens, where, span, langs)
            ):
                why = "figurative"
        out.append((m, why, span))
    if any(m.signal == "religion" and why == "figurative" and s for m, why, s in out):
        out = [  # the church's emoji goes with its word said of the run ("ist meine Kirche ⛪")
            (m, "figurative" if m.signal == "religion" and w is None and s is None else w, s)
            for m, w, s in out
        ]
    return out
