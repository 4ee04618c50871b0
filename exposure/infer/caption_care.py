"""caption_care: whose care a caption's health words tell, where they only say a place, and a
work word that names the office of the jobless.

- A place of care alone (hospital, clinic: `hardtimes44.places`) beside another act of the
  owner's (`setting`: their work, a protest, a prayer, a proposal, vows, studies, a move) is the
  setting of that act, not the owner's stay ("He asked on the hospital balcony 💍", "Petitie
  tegen sluiting van het ziekenhuis", "Nocna zmiana w szpitalu"), unless the caption lays the
  owner there (`stay`: a hospital bed, a drip, a discharge: "Nişanlandık! Hastane bahçesinde,
  serumum takılıyken sordu") or the owner's spouse or child beside it (`_household_place`: "Co
  wieczór różaniec za męża w szpitalu": the household's stay is the owner's health).
- An aid (crutches, a wheelchair, a rollator, a wig: `aids`) is the carrier's whom the nearest
  person word before it names: the owner's when it is the first person ("Na promoci
  synovce jsem byla o berlích", "Diploma-uitreiking van mijn neef, ik zat vooraan met mijn
  rollator"), someone else's when it is a relative or another ("Met spandoek en mam in de
  rolstoel", "Mama po operacji biodra, już chodzi z balkonikiem"); a wig for a costume is no
  aid ("Koningsdag, oranje pruik op"); in Turkish, whose verb ends the clause, the
  owner's verb after it ("Kuzenimin mezuniyetine koltuk değnekleriyle gittim").
- A fertility treatment (`fertility`: IVF, ICSI, PMA, Kinderwunsch) beside the owner's pregnancy
  or child is pregnancy care (the label guide: "pregnancy care is `pregnancy`"), no illness
  ("Zwanger! Na drie jaar en twee IVF-pogingen", "Po třech IVF máme doma Toníka").
- A work word inside the office or the benefit of the jobless (`jobless`: "the unemployment
  office", "úřad práce", "işsizlik maaşı") names no job of the owner's.
- A wish of a quick recovery (`baby48.get_well`: "Gute Besserung an meinen Nachbarn, der mit
  gebrochener Hüfte im Krankenhaus liegt", "Beterschap Gerrit", "Dayım kalp ameliyatı oldu, geçmiş
  olsun") makes the caption's health another's, unless the owner thanks for the wishes or quotes
  them (`baby48.thanks`: "geçmiş olsun mesajlarınız için teşekkürler": the owner's own).
- The doctor or the check-up of the owner's own pregnancy (`baby48.pregnancy_care`: "20. SSW ...
  sagt die Ärztin", "7. ay kontrolü tamam, doktor 'kız' dedi"), and the hospital of the bag packed
  for the birth (`baby48.birth_bag`: "borsa per l'ospedale pronta"), are pregnancy care, no illness.
- The owner's own body told hurt, broken or operated on (`baby48.body`: "Zase bolí záda", "Belim
  tutuldu", "três costelas partidas", "Opération de la hanche réussie") is the owner's health,
  where no health word is found and no other person is named beside it in its sentence.
- An ache that a sport or a night out explains is no health (`health49.ache`, `exertion`: "Rando
  de 25 km hier, j'ai mal au dos", "Gestern Party bis vier, heute Kopfschmerzen"), unless it
  keeps coming (`again`): the label guide's health ruling.

- A first-aid course's plaster or ambulance emoji and words are the course's (`health51.first_aid`:
  "Certificaat EHBO gehaald 🩹", "İlk yardım kursunu tamamladım 🩹"), no care; a ward of
  emergency or intensive care (`health51.wards`) is a place of care as a hospital is ("turno en
  urgencias": the setting of a shift).
- The household's illness is the owner's: `household_kept` keeps a health word given to others
  where its clause names the spouse (`caption_elders.spouse_health`) or the own child
  (`caption_child.child_health`); `nearest_person` and `owner_word` tell whose a story is
  (`caption_elders.illness_told_of`, the aids' carrier).

The patterns are the `hardtimes44`, `baby48`, `health49` and `health51` sections of
`captions.yaml`, read on the folded caption.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .caption_lexicon import (
    Match,
    fold,
    lexicon,
    lexicon_section,
    section_patterns,
    section_patterns_by_lang,
    section_search,
)
from .caption_words import Found, clause_words, given


@lru_cache(maxsize=1)
def _tables() -> dict:
    """Per table of `captions.yaml`'s `hardtimes44` section, one pattern (its languages joined,
    as one group: `aids`, `places`, `self` and `theirs` are matched whole); `setting` as the set
    of its signals."""
    data = lexicon_section("hardtimes44")
    out: dict = section_patterns("hardtimes44", skip=("setting", "self"))
    out["setting"] = frozenset(s for sigs in data["setting"].values() for s in sigs)
    out["self"] = {la: re.compile("(?:" + "|".join(ps) + ")") for la, ps in data["self"].items()}
    return out


@lru_cache(maxsize=1)
def _persons() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """The one-word person words of the lexicon per language: the first person's
    (`context.first_person`, with `told.household.me` in every language) and others'
    (`context.relatives`)."""
    lex = lexicon()
    me = {fold(w) for w in lex.told.get("household", {}).get("me", ())}

    def words(table: dict) -> dict[str, frozenset[str]]:
        return {la: frozenset(c[0] for c in cs if len(c) == 1) for la, cs in table.items()}

    first = {la: ws | me for la, ws in words(lex.cues.first_person).items()}
    return first, words(lex.cues.relatives)


def owner_word(word: str, langs: frozenset[str]) -> bool:
    """Whether a folded word is the first person in the caption's languages `langs` (and
    English): a word of `context.first_person` or `told.household.me`, or a first-person verb of
    `hardtimes44.self` ("jsem", "byłam", "gittim") or `health51.me` ("mam")."""
    firsts, _ = _persons()
    langs = langs | {"en"}
    if any(word in firsts.get(la, ()) for la in langs):
        return True
    verbs = (_tables()["self"], section_patterns_by_lang("health51")["me"])
    return any(table[la].fullmatch(word) for table in verbs for la in langs if la in table)


def nearest_person(
    tokens: tuple[str, ...],
    at: int,
    langs: frozenset[str],
    household: Callable[[str], bool] | None = None,
) -> tuple[str, int] | None:
    """The nearest person word at or before tokens[at], back to the caption's start across its
    clauses, as ("owner", its index) where it is the first person (`owner_word`), ("household",
    its index) where `household` holds of it (the spouse, the own child), ("others", its index)
    where it is a relative or another (`context.relatives`, `hardtimes44.theirs`, and in the
    caption's languages the in-laws, housemates, neighbours and colleagues of `health52.others`;
    not a word of `health51.not_person` there: the Polish "się"), or None where there is none."""
    _, relatives = _persons()
    langs = langs | {"en"}
    others = frozenset().union(*(relatives.get(la, frozenset()) for la in langs))
    theirs = _tables()["theirs"]
    skip = section_patterns_by_lang("health51")["not_person"]
    apart = section_patterns_by_lang("health52")["others"]
    for k in range(at, -1, -1):
        w = tokens[k]
        if owner_word(w, langs):
            return "owner", k
        if household is not None and household(w):
            return "household", k
        if any(skip[la].fullmatch(w) for la in langs if la in skip):
            continue
        if w in others or theirs.fullmatch(w):
            return "others", k
        if any(apart[la].fullmatch(w) for la in langs if la in apart):
            return "others", k
    return None


def _carrier(tokens: tuple[str, ...], span: tuple[int, int], langs: frozenset[str]) -> str | None:
    """Whose aid stands at `span`: "owner" when the nearest person word before it in the caption
    is the first person in the caption's languages (or, with none, a first-person verb just
    after it: "koltuk değnekleriyle gittim"), "others" when it is a relative or another, None
    when none is (`nearest_person`)."""
    near = nearest_person(tokens, span[0] - 1, langs)
    if near is not None:
        return near[0]
    if any(owner_word(w, langs) for w in tokens[span[1] : span[1] + 2]):
        return "owner"
    return None


def _place(term: str) -> bool:
    """True when a health term names a place of care (hospital, clinic: `hardtimes44.places`; a
    ward of emergency or intensive care: `health51.wards`), whole."""
    folded = fold(term)
    return bool(
        _tables()["places"].fullmatch(folded)
        or section_patterns_by_lang("health51")["wards"]["any"].fullmatch(folded)
    )


def care_reading(
    text: str, tokens: tuple[str, ...], langs: frozenset[str], found: list[Found]
) -> list[Found]:
    """`found` with the owner's aid counted and others' dropped ("others"), a work word of the
    jobless office dropped ("jobless"), and the health terms that tell no care of the owner's
    dropped: a place of care alone that is the setting of another act of the owner's
    ("setting"), a fertility treatment or its clinic beside the owner's pregnancy or child
    ("pregnancy"), every health term where a quick recovery is wished ("wished": `_wished`),
    the doctor, the check-up or the birth bag's hospital of the owner's own pregnancy
    ("pregnancy": `_pregnancy_care`), an ache after an effort ("exertion": `_exertion`), a
    first-aid course's emoji and words ("course": `_first_aid`); and the owner's body told hurt
    (`_body`) added."""
    folded = fold(text)
    found = _first_aid(folded, _exertion(folded, _body(text, langs, found)))
    found = [_aid(tokens, langs, f) for f in found]
    found = _jobless(tokens, _service(found))
    health = [m for m, why, _ in found if m.signal == "health" and why is None]
    if not health:
        return found
    tables = _tables()
    said = {m.signal for m, why, _ in found if why is None}
    if _cause(folded, langs, health):
        return given(found, "health", "cause")
    if _wished(folded, langs):
        return given(found, "health", "wished")
    if "pregnancy" in said and all(
        _pregnancy_care(m.term, folded) or (_setting_term(m, frozenset(said)) and not _stay(folded))
        for m in health
    ):
        return given(found, "health", "pregnancy")
    fertility = tables["fertility"].search(folded)
    if fertility and said & {"pregnancy", "baby"}:
        treatment = fertility.group(0)
        return [
            (m, "pregnancy", s)
            if m.signal == "health"
            and why is None
            and (_place(m.term) or fold(m.term) in treatment or treatment in fold(m.term))
            else (m, why, s)
            for m, why, s in found
        ]
    setting = said & tables["setting"]
    if (
        setting
        and all(_setting_term(m, frozenset(said)) for m in health)
        and not _stay(folded)
        and not ("work" not in said and _household_place(tokens, langs, found))
    ):
        return given(found, "health", "setting")
    return found


def _cause(folded: str, langs: frozenset[str], health: list[Match]) -> bool:
    """True when the caption tells a care service as a public cause (`health52.cause`: closed or
    cut, a campaign, a blood drive, a jab day announced) and its health terms are all places,
    practitioners or signs of care (`_setting_term`): the cause's, no care of the owner's
    ("whoever decided to close the only A&E in the county", "Akcja krwiodawstwa ... szpitala")."""
    if section_search("health52", "cause", folded, langs) is None:
        return False
    return all(_setting_term(m, frozenset({"politics"})) for m in health)


def _stay(folded: str) -> bool:
    """True when the folded caption lays the owner in hospital (`hardtimes44.stay`: a bed, a drip,
    a discharge; `health52.stay`: lying there now, admitted, home from it)."""
    return bool(_tables()["stay"].search(folded) or section_search("health52", "stay", folded))


def _service(found: list[Found]) -> list[Found]:
    """`found` with the ambulance emoji given to the emergency service ("service") where no
    health word of the caption counts beside it: alone it signs a crew, a callout, a course or an
    appeal ("Teď řídím sanitku 🚑", "Gracias a todos los turnos dobles en la Cruz Roja 🚑", "Ein
    riesiges Danke an die Rettungssanitäter ... 🚑🚒"), not whose illness."""
    if any(m.signal == "health" and why is None and m.lang != "emoji" for m, why, _ in found):
        return found
    return [
        (m, "service", s)
        if m.signal == "health" and why is None and m.term == "🚑"
        else (m, why, s)
        for m, why, s in found
    ]


def _setting_term(m: Match, said: frozenset[str]) -> bool:
    """True when a health term names where or by whom care is given, not an illness, beside the
    owner's signals `said`: a place of care (`_place`), a care emoji that signs one
    (`health52.signs`: 🏥 🚑 💉 💊), or a practitioner or a practice (`health52.practice`, whole)
    where the owner's degree, studies, protest or pregnancy is said (`health52.acts`)."""
    tables = section_patterns_by_lang("health52")
    if m.lang == "emoji":
        return bool(tables["signs"]["any"].fullmatch(m.term))
    if _place(m.term):
        return True
    acts = set(lexicon_section("health52")["acts"]["any"])
    return bool(acts & said) and bool(tables["practice"]["any"].fullmatch(fold(m.term)))


def household_kept(
    tokens: tuple[str, ...],
    where: tuple[int, ...],
    langs: frozenset[str],
    found: list[Found],
    names: Callable[[int, str], bool],
    others: tuple[tuple[str, str], ...],
) -> list[Found]:
    """`found` with a health word given to others ("others") kept as the owner's where its clause
    (its index in `where`, its words joined) `names` one of the owner's household (the spouse:
    `caption_elders.spouse_health`, the own child: `caption_child.child_health`) and no
    (section, table) of `others` is found in it (a relative, a practice, a classmate): the
    household's illness is the owner's health by the label guide."""
    out = []
    for m, why, span in found:
        if why == "others" and m.signal == "health" and span is not None:
            clause = " ".join(clause_words(tokens, where, span[0]))
            if names(where[span[0]], clause) and not any(
                section_search(section, table, clause, langs) for section, table in others
            ):
                why = None
        out.append((m, why, span))
    return out


def _household_place(tokens: tuple[str, ...], langs: frozenset[str], found: list[Found]) -> bool:
    """True when a place of care that counts stands beside the owner's spouse (`elders48.spouse`)
    or the owner's own child (a `baby` that counts), in the four words before it or the two
    after it, with no practice there (`elders48.practice`): the household's stay, the owner's
    health ("Co wieczór różaniec za męża w szpitalu", "Hastanedeki eşim için dua")."""
    kids = [s for m, why, s in found if m.signal == "baby" and why is None and s]
    for m, why, span in found:
        if m.signal != "health" or why is not None or span is None or not _place(m.term):
            continue
        lo, hi = max(0, span[0] - 4), span[1] + 2
        window = " ".join(tokens[lo:hi])
        if section_search("elders48", "practice", window, langs):
            continue
        if section_search("elders48", "spouse", window, langs) or any(
            lo <= k[0] < hi for k in kids
        ):
            return True
    return False


def _wished(folded: str, langs: frozenset[str]) -> bool:
    """True when the caption wishes someone a quick recovery (`baby48.get_well`: "Beterschap
    Gerrit", "geçmiş olsun dayı") and thanks no one for such wishes nor quotes them
    (`baby48.thanks`: the owner's own illness)."""
    tables = _care48()
    wish = tables["get_well"]
    if not any(p.search(folded) for la, p in wish.items() if la in langs or la == "en"):
        return False
    return tables["thanks"]["any"].search(folded) is None


def body_told(folded: str) -> bool:
    """Whether the folded caption tells a body hurt, broken or operated on (`baby48.body`), in any
    language (the gate before a caption's languages are told)."""
    return any(p.search(folded) for p in _care48()["body"].values())


def _body(text: str, langs: frozenset[str], found: list[Found]) -> list[Found]:
    """`found` with the owner's own body told hurt, broken or operated on (`baby48.body`, in the
    caption's languages) added as health, where no health term is found (but one of another
    language: the English "operation" in "Opération de la hanche"), no pregnancy is
    told (its aches are its care: "Trentesima settimana, pancione e mal di schiena"), no recovery
    is wished (`_wished`) and no relative, friend or colleague (`context.relatives`,
    `hardtimes44.theirs`, `baby48.body_others`) is named before it in its sentence or in the four
    words after it ("Annem dizinden ameliyat oldu", "Mon pote se fait opérer de l'épaule",
    "Opération du genou de ma mère"), and its sentence is no question."""
    if any(
        (m.signal == "health" and why != "language") or (m.signal == "pregnancy" and why is None)
        for m, why, _ in found
    ):
        return found
    folded = fold(text)
    langs = langs | {"en"}
    if _wished(folded, langs):
        return found
    _, relatives = _persons()
    others = frozenset().union(*(relatives.get(la, frozenset()) for la in langs))
    others |= {fold(w) for w in lexicon_section("baby48")["body_others"]}
    theirs = _tables()["theirs"]
    for lang, pattern in _care48()["body"].items():
        hit = pattern.search(folded) if lang in langs else None
        if hit is None:
            continue
        before = re.split(r"[.!?]", folded[: hit.start()])[-1]
        after = re.match(r"[^.!?]*[.!?]?", folded[hit.end() :]).group(0)
        if after.endswith("?"):
            continue  # asked, not told: "Rückenschmerzen vom Homeoffice? Hier 5 Übungen"
        words = re.findall(r"[^\W\d_]+", before) + re.findall(r"[^\W\d_]+", after)[:4]
        if any(w in others or theirs.fullmatch(w) for w in words):
            continue
        return [*found, (Match("health", hit.group(0), "told"), None, None)]
    return found


def _exertion(folded: str, found: list[Found]) -> list[Found]:
    """`found` with an ache (`health49.ache`: "mal di schiena", "bolí mě", "Kopfschmerzen") given
    to the effort or the night out the caption tells (`health49.exertion`: a hike's kilometres, a
    ride, a match, a move's boxes, a party: "exertion"), unless it keeps coming
    (`health49.again`: "my knees again"): soreness after sport or a hangover is no health (the
    label guide's ruling)."""
    aches = [
        m
        for m, why, _ in found
        if m.signal == "health" and why is None and section_search("health49", "ache", fold(m.term))
    ]
    if not aches or not section_search("health49", "exertion", folded):
        return found
    if section_search("health49", "again", folded):
        return found
    return [(m, "exertion" if m in aches else why, s) for m, why, s in found]


def _first_aid(folded: str, found: list[Found]) -> list[Found]:
    """`found` with the health emoji and the health words inside the words of a first-aid course
    the caption names (`health51.first_aid`: "Formation premiers secours terminée, certificat en
    poche 🩹", "Certificaat EHBO gehaald 🩹", "İlk yardım kursunu tamamladım 🩹") given to the
    course ("course"): the course is schooling, no care of the owner's."""
    hit = section_search("health51", "first_aid", folded)
    if hit is None:
        return found
    words = hit.group(0)
    return [
        (m, "course", s)
        if m.signal == "health"
        and why is None
        and (m.lang == "emoji" or fold(m.term) in words or words in fold(m.term))
        else (m, why, s)
        for m, why, s in found
    ]


def _pregnancy_care(term: str, folded: str) -> bool:
    """True when a health term names the doctor or the check-up of a pregnancy
    (`baby48.pregnancy_care`: "Ärztin", "doktor", "kontrolü"), or is a hospital and the caption
    packs the bag for the birth (`baby48.birth_bag`)."""
    tables = _care48()
    if tables["pregnancy_care"]["any"].fullmatch(fold(term)):
        return True
    return _place(term) and tables["birth_bag"]["any"].search(folded) is not None


@lru_cache(maxsize=1)
def _care48() -> dict[str, dict[str, re.Pattern]]:
    """The `baby48` section's tables of wishes and pregnancy care: per table, one pattern per
    language ("any": every caption)."""
    data = lexicon_section("baby48")
    tables = ("get_well", "thanks", "pregnancy_care", "birth_bag", "body")
    return {k: {la: re.compile("|".join(ps)) for la, ps in data[k].items()} for k in tables}


def _aid(tokens: tuple[str, ...], langs: frozenset[str], f: Found) -> Found:
    """One found term, an aid's judged by its carrier (`_carrier`), others as they were."""
    m, why, span = f
    if m.signal != "health" or span is None or why not in (None, "others"):
        return f
    tables = _tables()
    if not tables["aids"].fullmatch(fold(m.term)):
        return f
    if tables["wig"].fullmatch(fold(m.term)) and tables["costume"].search(" ".join(tokens)):
        return (m, "costume", span)  # "Koningsdag, oranje pruik op"
    carrier = _carrier(tokens, span, langs)
    if carrier == "owner":
        return (m, None, span)
    if carrier == "others":
        return (m, "others", span)
    return f


def _jobless(tokens: tuple[str, ...], found: list[Found]) -> list[Found]:
    """`found` with a work term that stands inside the office or the benefit of the jobless
    (`jobless`: "Úřad práce, třetí schůzka") dropped ("jobless")."""
    if not any(m.signal == "work" and why is None for m, why, _ in found):
        return found
    jobless = _tables()["jobless"]
    covered: set[int] = set()
    for n in (2, 3):  # the offices are named in two or three words
        for i in range(len(tokens) - n + 1):
            if jobless.fullmatch(" ".join(tokens[i : i + n])):
                covered |= set(range(i, i + n))
    return [
        (m, "jobless", s)
        if m.signal == "work" and why is None and s and set(range(*s)) <= covered
        else (m, why, s)
        for m, why, s in found
    ]
