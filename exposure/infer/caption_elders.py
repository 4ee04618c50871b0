"""caption_elders: the captions of older adults, whose family news is not their own.

A grandmother writes of her grandchildren and her grown children's families. Read with
`captions.yaml`'s `told.elders`:

- a grandchild's (or great-grandchild's) birth, pregnancy, sacrament or school is the
  grandchild's: "Konfirmation unseres Enkels in der Stadtkirche", "Doop van kleinzoon Thijs",
  "Welkom kleine Noor, ons eerste achterkleinkind! 3450 gram", and so is the pet a grandchild
  gets ("Vnučka dostala štěně"); the owner's own children named beside the grandchildren stay
  the owner's ("Wigilia z dziećmi i wnukami") (`grandchild_others`);
- a daughter-in-law's pregnancy, or the owner becoming a grandparent, is not the owner's
  pregnancy ("Synowa w ciąży!!! Będziemy dziadkami po raz czwarty");
- a drink in an advert is no glass of the owner's ("Reklama piwa w telewizji"), and the church
  or the mass of a funeral is the deceased's rite ("Pożegnaliśmy dziś Zbyszka … Kościół był
  pełny") (`advert_funeral`);
- the owner's own pregnancy in a year gone, with the child named ("Moi enceinte de Nicolas en
  1976", "Me heavily pregnant with our twins, summer of 1979"), also tells the owner's child,
  born since (`past_pregnancy`); a pregnancy card of 1978 with no child named does not; a
  pregnancy of a year gone is the owner's though a grandchild scanned its photo ("Wnuczka
  zeskanowała stare zdjęcia: ja w ósmym miesiącu, lato 1983");
- what they say without the signal's word (`elders_said`, `told.elders_said`): a course taken is
  `school` ("Kurs háčkování v knihovně", "Mein Italienischkurs an der VHS", a first-aid course
  the employer sends to, a Quran course), and a course's certificate `graduation` and `school`
  both ("Ebru kursu sertifikamı aldım"), as the label guide's ruling on courses has it (stop
  49); a dog's course is none; a farewell to a place beside the packing is a move ("Tudo
  embalado, amanhã vem o camião. Adeus Coimbra");
- the spouse's illness is the household's (`spouse_health`, `elders48`): a health word given
  to others stays the owner's where its clause names the owner's spouse and no one else ("Mein
  Mann liegt seit Montag im Krankenhaus", "Manžel je po operaci srdce"), not where the spouse
  works there or is the doctor ("Mein Mann arbeitet im Krankenhaus"); a relative's illness
  told on in the next clauses stays theirs where those clauses have no first-person word
  (`illness_carried`: "Sestra měla mrtvici. Je v nemocnici v Hradci"), and so does one whose
  nearest person word before it is a relative or another outside the household, its clause with
  no first person (`illness_told_of`, `health51`: "Mama ma nowe biodro! Operacja udana");
- an illness or a treatment by a name the lexicon lacks is health (`household_health`,
  `health49.named`: "Mein Mann hat einen Herzschrittmacher bekommen"), the spouse's the owner's
  by the label guide's household ruling.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .caption_care import household_kept, nearest_person, owner_word
from .caption_lexicon import (
    Match,
    first_words,
    fold,
    lexicon,
    section_patterns_by_lang,
    section_search,
)
from .caption_words import Found, clause_words
from .context import why_not_emoji

ANYWHERE = frozenset({"pregnancy"})  # a grandchild named anywhere: the pregnancy is not the owner's
NEAR = frozenset({"baby", "religion", "school"})  # a grandchild's word in the same clause
AFTER = frozenset({"pet"})  # the grandchild before the animal's word: the grandchild's pet
# words joining the owner's children to the grandchildren ("hijos y nietos", "enfants et petits")
AND = frozenset("and & y e et und i en ve ile".split())  # (no "a": a folded French "à")
# a year gone: 1940-2009 written whole, or "'78", "del 78", "en el 82"
PAST_YEAR = re.compile(r"(?<!\d)(?:19[4-9]\d|200\d)(?!\d)|(?:'|\b(?:del|el)\s)[4-9]\d\b")
# a name: a capitalised word that does not open a sentence
NAME = re.compile(r"(?<![.!?:]\s)(?<![.!?:])(?<=\s)[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]{2,}")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, tuple[str, ...]], dict[str, re.Pattern]]:
    """The grandchild word beginnings per language, and per language one pattern of the
    grandparent words and phrases (a '*' in a phrase: one word or none), all folded."""
    data = lexicon().told["elders"]
    kids = {lang: tuple(fold(w) for w in words) for lang, words in data["grandchild"].items()}
    grand = {}
    for lang, phrases in data["grandparent"].items():
        alts = [
            r"\s+(?:\S+\s+)?".join(re.escape(p) for p in fold(phrase).split(" * "))
            for phrase in phrases
        ]
        grand[lang] = re.compile(rf"(?<![\w-])(?:{'|'.join(alts)})(?![\w-])")
    return kids, grand


def _grandchild_at(tokens: tuple[str, ...], langs: frozenset[str]) -> list[int]:
    """The indices of the tokens that name a grandchild in the caption's languages (a word in
    two tokens, "petite-fille", at its first)."""
    kids, _ = _tables()
    starts = tuple(s for lang in langs | {"en"} for s in kids.get(lang, ()))
    hyphened = tuple(s for s in starts if "-" in s)
    at = [k for k, t in enumerate(tokens) if t.startswith(starts)]
    if hyphened:
        pairs = (f"{tokens[k]}-{tokens[k + 1]}" for k in range(len(tokens) - 1))
        at += [k for k, pair in enumerate(pairs) if pair.startswith(hyphened)]
    return at


def _theirs(
    signal: str,
    span: tuple[int, int] | None,
    at: list[int],
    tokens: tuple[str, ...],
    where: tuple[int, ...],
) -> bool:
    """True when the grandchild words at `at` make the signal's word at `span` theirs: in its
    clause with no "and" between (for a pet: before it), anywhere for a sign with no place."""
    if signal in ANYWHERE or span is None:
        return bool(at)
    i, j = span
    for k in at:
        if where[k] != where[i] or (signal in AFTER and k > i):
            continue
        lo, hi = (j, k) if k >= j else (k + 1, i)
        if not AND & set(tokens[lo:hi]):
            return True
    return False


def grandchild_others(
    folded: str,
    tokens: tuple[str, ...],
    where: tuple[int, ...],
    langs: frozenset[str],
    found: list[Found],
) -> list[Found]:
    """`found` with a grandchild's signals given to others ("others", see `_theirs`), and a
    pregnancy where a daughter-in-law or the owner's becoming a grandparent is named (`folded`:
    the caption, folded)."""
    _, grand = _tables()
    at = _grandchild_at(tokens, langs)
    grandparent = any(grand[g].search(folded) for g in langs | {"en"} if g in grand)
    if not at and not grandparent:
        return found
    gone = PAST_YEAR.search(folded) is not None  # a pregnancy of 1983 is no grandchild's
    rites = tuple(fold(r) for r in lexicon().told["rite"]["rites"]) + ("mevli",)
    # a grandchild's baptism: its church, its mass and its priest are the rite's, in any clause
    rite = bool(at) and any(
        m.signal == "religion" and fold(m.term).startswith(rites) for m, _, _ in found
    )
    out = []
    for m, why, span in found:
        if why is None and rite and m.signal == "religion":
            why = "others"
        elif (
            why is None
            and m.signal in ANYWHERE | NEAR | AFTER
            and not (gone and m.signal == "pregnancy")
        ):
            if _theirs(m.signal, span, at, tokens, where) or (
                grandparent and m.signal == "pregnancy"
            ):
                why = "others"
        out.append((m, why, span))
    return out


@lru_cache(maxsize=1)
def _cues() -> dict[str, dict[str, re.Pattern]]:
    """Per table (`advert`, `funeral`) and language, one pattern of its words, folded: an advert
    word anywhere in a word ("Bierwerbespot"), a funeral word at a word's start, a phrase or a
    short word whole."""
    data = lexicon().told["elders"]
    out: dict[str, dict[str, re.Pattern]] = {}
    for table in ("advert", "funeral"):
        out[table] = {}
        for lang, words in data[table].items():
            alts = []
            for w in map(fold, words):
                if " " in w or len(w) < 4:
                    alts.append(rf"(?<!\w){re.escape(w)}(?!\w)")
                else:
                    alts.append(re.escape(w) if table == "advert" else rf"(?<!\w){re.escape(w)}")
            out[table][lang] = re.compile("|".join(alts))
    return out


def advert_funeral(folded: str, langs: frozenset[str], found: list[Found]) -> list[Found]:
    """`found` with a drink of an advert given to a figure ("figurative") and the religion words
    of a funeral to the deceased ("others"), but a funeral's own words ("rest in peace": a
    prayer said) (`folded`: the caption, folded)."""
    cues = _cues()
    advert = any(cues["advert"][g].search(folded) for g in langs | {"en"} if g in cues["advert"])
    said = [
        m.group(0)
        for g in langs | {"en"}
        if g in cues["funeral"]
        for m in cues["funeral"][g].finditer(folded)
    ]
    if not advert and not said:
        return found
    out = []
    for m, why, span in found:
        if why is None and advert and m.signal == "alcohol":
            why = "figurative"
        elif why is None and said and m.signal == "religion" and span is not None:
            why = None if any(fold(m.term) in s for s in said) else "others"
        out.append((m, why, span))
    return out


def past_pregnancy(text: str, found: list[Found], folded: str | None = None) -> list[Found]:
    """`found` and, where the owner's own pregnancy counts in a caption dated in a year gone and
    the child is named (a name, or a word for the child the pregnancy took: "our twins"), the
    child born since: a `baby` told by the year (`folded`: the caption folded, when the caller has
    it)."""
    if not any(m.signal == "pregnancy" and why is None for m, why, _ in found):
        return found
    if any(m.signal == "baby" and why is None for m, why, _ in found):
        return found
    year = PAST_YEAR.search(fold(text) if folded is None else folded)
    named = NAME.search(text) or any(
        m.signal == "baby" and why == "pregnancy" and m.lang not in ("emoji", "measure")
        for m, why, _ in found
    )
    return found + [(Match("baby", year.group(0), "told"), None, None)] if year and named else found


@lru_cache(maxsize=1)
def _said() -> dict[str, dict[str, re.Pattern]]:
    """Per table of `told.elders_said` and language ("any": every caption), one pattern."""
    data = lexicon().told["elders_said"]
    return {
        table: {lang: re.compile("|".join(pats)) for lang, pats in by_lang.items()}
        for table, by_lang in data.items()
    }


def _said_in(table: str, text: str, langs: frozenset[str], english: bool = True) -> str | None:
    """The words of `table` the caption says in its languages (English beside any, unless not
    `english`; "any" in every caption), or None."""
    pats = _said()[table]
    for lang in sorted(langs | ({"en", "any"} if english else {"any"})):
        m = pats[lang].search(text) if lang in pats else None
        if m:
            return m.group(0).strip() or table
    return None


def elders_said(
    text: str, langs: frozenset[str] | None = None, folded: str | None = None
) -> list[tuple[str, str]]:
    """The (signal, words) an older writer says without the signal's word: a course taken is
    `school` (not a dog's: `course_not`), a certificate `graduation` (beside a course, both: the
    label guide's ruling on courses), a farewell to a place beside the packing `moving`
    (`told.elders_said`; `langs`: the caption's languages, None for all ten; `folded`: the
    caption folded, when the caller has it)."""
    folded = fold(text) if folded is None else folded
    langs = frozenset(_said()["course"]) if langs is None else langs
    out = []
    # English "course" not in a French caption: there a race or an errand ("ma course du matin")
    course_langs = langs - {"en"} if "fr" in langs else langs
    course = (
        None
        if _said_in("course_not", folded, langs)
        else _said_in("course", folded, course_langs, False)
    )
    certificate = _said_in("certificate", folded, langs)
    if certificate:
        out.append(("graduation", certificate))
    if course:
        out.append(("school", course))
    farewell = _said_in("farewell", text, langs)
    if farewell and _said_in("packing", folded, langs):
        out.append(("moving", farewell))
    return out


def _said_found(
    text: str, folded: str, tokens: tuple[str, ...], langs: frozenset[str], found: list[Found]
):
    """`found` with `elders_said`'s signals, each judged as an event's emoji would be (a
    relative's course is theirs); a course ended by a certificate or a graduation is `school`
    still (the label guide's ruling on courses)."""
    said = elders_said(text, langs, folded)
    if not said:
        return found
    cues, cue_langs = lexicon().cues, langs | {"en"}
    return found + [
        (Match(s, words, "told"), why_not_emoji(cues, list(tokens), cue_langs, s, True), None)
        for s, words in said
    ]


def signoff(tokens: tuple[str, ...], where: tuple[int, ...], found: list[Found]) -> list[Found]:
    """`found` with a greeting from a place ("groetjes uit *", "pozdrav z *") that opens the last
    clause of a caption of five words or more before it given to the writer's home ("signoff"):
    a sign-off, no journey."""
    if not where:
        return found
    words = _said()["signoff"]["any"]
    last = max(where)
    return [
        (m, "signoff", span)
        if why is None
        and m.signal == "travel"
        and span is not None
        and span[0] >= 5
        and where[span[0]] == last
        and words.search(fold(m.term))
        else (m, why, span)
        for m, why, span in found
    ]


def wed_since(folded: str, found: list[Found]) -> list[Found]:
    """`found` with the wedding named beside the owner's engagement held ("wished" no more)
    where the caption is dated in a year gone ("Józek oświadczył się na Sylwestra 1969, ślub
    wzięliśmy w maju", "verloofd in 1970, getrouwd in '71"): the story of a marriage."""
    if not PAST_YEAR.search(folded):
        return found
    if not any(m.signal == "engagement" and why is None for m, why, _ in found):
        return found
    return [
        (m, None if m.signal == "wedding" and why == "wished" else why, span)
        for m, why, span in found
    ]


def spouse_health(
    tokens: tuple[str, ...], where: tuple[int, ...], langs: frozenset[str], found: list[Found]
) -> list[Found]:
    """`found` with a health word given to others kept as the owner's where its clause names the
    owner's spouse and no one else (`elders48.spouse`, `kin`): the household's illness ("Mein
    Mann liegt seit Montag im Krankenhaus"); not in a clause of a practitioner or of work
    (`practice`: "Mein Mann ist Arzt im Krankenhaus"; the owner's own trade told by its acts is
    not one: "Mąż po operacji kolana. Sklep prowadzę sama") (`caption_care.household_kept`)."""
    if any(m.signal == "work" and why is None and m.lang != "told" for m, why, _ in found):
        return found  # the owner's own trade told by its acts is no spouse's practice

    def spouse(_: int, clause: str) -> bool:
        return section_search("elders48", "spouse", clause, langs) is not None

    others = (("elders48", "kin"), ("elders48", "practice"))
    return household_kept(tokens, where, langs, found, spouse, others)


def illness_named_at(
    words: list[str] | tuple[str, ...], langs: frozenset[str] | None = None
) -> tuple[int, str] | None:
    """The (index, word) of the first of the folded words that names an illness, a treatment or a
    ward the lexicon lacks (`health49.named`, matched whole, its languages in their order), in
    `langs` (None: any language), or None."""
    for lang, pattern in section_patterns_by_lang("health49")["named"].items():
        if langs is not None and lang not in langs:
            continue
        for i, w in enumerate(words):
            if pattern.fullmatch(w):
                return i, w
    return None


def illness_named(folded: str) -> bool:
    """Whether a word of the folded caption names an illness, a treatment or a ward the lexicon
    lacks (`health49.named`, in any language: the gate before a caption's languages are told)."""
    return illness_named_at(re.findall(r"[^\W_]+", folded)) is not None


def household_health(
    tokens: tuple[str, ...], langs: frozenset[str], found: list[Found]
) -> list[Found]:
    """`found` and, where no health term is found, an illness, a treatment or a ward by a name the
    lexicon lacks (`health49.named`, one word: "Herzschrittmacher", "waterpokken", "acildeydik")
    as health, judged whose as an event's emoji is (a relative named: "others", which
    `spouse_health` and `caption_child.child_health` give back to the owner's household)."""
    if any(m.signal == "health" for m, _, _ in found):
        return found
    hit = illness_named_at(tokens, langs | {"en"})
    if hit is None:
        return found
    i, t = hit
    why = why_not_emoji(lexicon().cues, list(tokens), langs | {"en"}, "health", True)
    if section_search("health49", "parent", " ".join(tokens)):
        why = "others"  # "Tátovi voperovali kardiostimulátor"
    return [*found, (Match("health", t, "told"), why, (i, i + 1))]


def illness_carried(
    tokens: tuple[str, ...], where: tuple[int, ...], langs: frozenset[str], found: list[Found]
) -> list[Found]:
    """`found` with a health word given to others ("others") where an earlier clause gave its
    illness to someone else and the word's own clause has no first-person word: the same
    patient's story told on ("Sestra měla mrtvici. Je v nemocnici", "Babcia w szpitalu, ma
    zapalenie płuc", "mio padre operato al cuore, è in terapia intensiva")."""
    gone = [
        where[span[0]]
        for m, why, span in found
        if m.signal == "health" and why == "others" and span
    ]
    if not gone:
        return found
    me = first_words(langs)
    out = []
    for m, why, span in found:
        if why is None and m.signal == "health" and span is not None and where[span[0]] > min(gone):
            if not me.intersection(clause_words(tokens, where, span[0])):
                why = "others"
        out.append((m, why, span))
    return out


def _household(word: str) -> bool:
    """Whether a folded word names the owner's spouse or partner (`health51.household`) or a child
    (`health49.child`): the household, whose illness is the owner's."""
    return bool(
        section_search("health51", "household", word) or section_search("health49", "child", word)
    )


def illness_told_of(
    tokens: tuple[str, ...], where: tuple[int, ...], langs: frozenset[str], found: list[Found]
) -> list[Found]:
    """`found` with a health word that counts given to others ("others") where the nearest person
    word before it in the caption (`caption_care.nearest_person`) is a relative or another, not
    the owner's household (`_household`: "Modlę się co wieczór za żonę w szpitalu"), and its own
    clause has no first-person word (`caption_care.owner_word`) but the possessive of that person
    (`health52.mine`: "Mon coloc a la varicelle"): the story of another's illness
    told on ("Mama ma nowe biodro! Operacja udana", "Betet für unsere Oma, sie hatte einen
    Schlaganfall. Die Ärzte sagen ...", "Dědeček je v nemocnici se zápalem plic")."""
    out = []
    for m, why, span in found:
        if why is None and m.signal == "health" and span is not None:
            near = nearest_person(tokens, span[0] - 1, langs, _household)
            if near and near[0] == "others":
                mine = tokens[near[1] - 1] if near[1] else ""  # "my" of "my flatmate"
                if not section_patterns_by_lang("health52")["mine"]["any"].fullmatch(mine):
                    mine = None
                clause = [w for w in clause_words(tokens, where, span[0]) if w != mine]
                if not any(owner_word(w, langs) for w in clause):
                    why = "others"
        out.append((m, why, span))
    return out


def elders_reading(
    text: str,
    tokens: tuple[str, ...],
    where: tuple[int, ...],
    langs: frozenset[str],
    found: list[Found],
) -> list[Found]:
    """`found` read for an older writer: grandchildren's events are theirs, a pregnancy of a
    year gone tells the owner's child, an advert's drink and a funeral's church are not the owner's
    (`grandchild_others`, `past_pregnancy`, `advert_funeral`); an illness by a name the lexicon
    lacks is health (`household_health`), the spouse's the owner's (`spouse_health`), a relative's
    told on theirs (`illness_carried`, `illness_told_of`)."""
    folded = fold(text)
    found = advert_funeral(folded, langs, grandchild_others(folded, tokens, where, langs, found))
    found = signoff(tokens, where, past_pregnancy(text, wed_since(folded, found), folded))
    found = spouse_health(tokens, where, langs, household_health(tokens, langs, found))
    found = illness_told_of(tokens, where, langs, illness_carried(tokens, where, langs, found))
    return _said_found(text, folded, tokens, langs, found)
