"""caption_faith: a faith the owner practises, told by its acts, and faith words that are none.

People whose faith, traditions and wide family shape their year write of feasts, prayers and
churches all the time, and most of it says nothing of their own practice. Read with
`captions.yaml`'s `faith46` section:

- the owner who says they do not practise or left their church (`lapsed`: "not religious", "do
  kostela nechodíme", "zero messa", "Kirchenaustritt") practises none of the faith words the
  caption holds: `religion` is dropped ("lapsed");
- a prayer asked of others or sent to someone (`asked`: "please pray for my nan", "prosím o
  modlitbu", "dua edin", "on lui envoie des prières"), where every faith word is a prayer's
  (`prayer`), is a call, no prayer of the owner's ("asked");
- a feast wished to all in a bare greeting (`greeting`, `greeting_all`: "Eid Mubarak a todos",
  "Herkesin Ramazan Bayramı mübarek olsun"; no first-person word, no family, a few words), where
  every faith word is the feast's name (`feast`), is a greeting ("greeting"); a fast's
  encouragement to all ("bon courage à tous ceux qui jeûnent") stays the owner's;
- a church, a mosque or a parish named beside another event of the owner's (a vote, a move, a
  new home, a degree, a job; not their wedding) where every faith word is a building's (`building`:
  "zbieram podpisy pod kościołem", "Verhuisd naar Eindhoven, de kerk hier is kleiner") is a
  place, no worship ("setting");
- a faith word done by a relative outside the owner's household, named before it in its clause
  and not as the owner's company or the one prayed for ("La abuela nos reza el rosario", "a
  minha sogra começou a rezar"; not "with my mum", "a candle for grandad", "Father Mike") is
  theirs ("others").

With `captions.yaml`'s `faith47` section (stop 47):

- the owner who keeps none of the practice this time or says the faith is not theirs (`abstain`:
  "Ramadan dieses Jahr ohne Fasten", "oruç tutamıyorum", "je suis pas juive", "na Pasterkę już
  się nie wybieram") practises none of the faith words the caption holds ("abstains");
- a sacrament (`sacrament`) of a relative or a friend named in the few words after it in its
  clause (`kin_after`: "bautizo del sobrino", "cresima di mio cugino", "Chrzciny Stasia u
  siostry", "Bar micva mého kamaráda"), before any child of the owner's, is theirs: the owner a
  guest ("guest"); not where the owner says they are its godparent (`godparent`: "ich als Patin",
  "yo de madrina"), which the sets label both ways;
- a holy night greeted to all (faith47's `feast`: "Herkesin Kandili mübarek olsun") is a greeting;
- the French fast ("jeûne") found in a caption that writes no "jeûn" is the young ("les jeunes
  du village", "un jeune couple"): folded, the two are one word ("young").

And the owner's practice told by its acts where no faith word counts:

- the blessing of the owner's new home or own animal (`blessing`: "House blessing with Father
  Tom", "Ksiądz przyjdzie poświęcić", "Benedizione degli animali" with "il nostro Birillo");
- the owner's child baptised (`baptised`: "Our little Amara was baptised today", "Ma fille est
  baptisée");
- a journey to a shrine (`shrine`, `journey`: "Compostelle, étape 12", "Viaggio a Lourdes",
  "Pilgerweg nach Santiago, Tag 18"): a pilgrimage, `religion` and `travel` both, unless a
  relative does it ("Mio suocero ha fatto il Cammino di Santiago");
- a candle lit at a church or for someone (`candle`: "Lit a candle for grandad at St Mary's",
  "j'ai allumé un cierge pour papa", "mum yaktık"), unless a relative lights it;
- a rite kept at home or for the owner's own, named (faith47's `rite`: "poprvé jsem vedla seder
  já", "puja met mama", "Baby Idris's aqiqah today", "Yasin okuyorum", "kendi kurbanımızı
  kestirdik"), unless a relative keeps it;
- the owner's wedding with a nikah, outside Turkish where "nikah" is any wedding (faith47's
  `nikah`, `imam_nikah`: "Registry office in the morning, nikah in the afternoon").

With `captions.yaml`'s `faith49` section (stop 49, the label guide's rulings on faith):

- faith words that are set phrases said in passing (`set_phrase`: "elhamdülillah", "Hayırlı
  cumalar", "Amen") are no practice ("set phrase");
- a prayer asked of others for the owner or their own (`asked`, `ask`: "Dedem hastanede,
  dualarınızı bekliyoruz", "Minha mãe tá internada, orem por ela", "Mañana me operan de
  cataratas, rezad un poquito") is the owner's practice ("prayer"), not where it is asked for
  the victims of a disaster or everyone (`stranger`), in jest (`joke`), for an exam (a school or
  graduation signal counts) or thanked for (`religion48`'s `thanked`);
- the owner's wedding in a church, told now or recalled, the church named near the wedding
  (`church_wedding`: "Nos casamos en la ermita del pueblo", "in der kleinen Kapelle das Jawort
  gegeben", "Nasze zdjęcie ślubne, kościół w Wadowicach, 1974"), is their sacrament;
- the owner's part as a godparent in a sacrament (`sacrament` with `godchild` or `faith47`'s
  `godparent`: "Taufe meines Patenkinds", "Battesimo di mia nipote, sono la madrina",
  "Godson's christening") is their practice, though the sacrament is the child's; not a part
  still ahead (`ahead`: "voy a ser la madrina") nor one `religion48`'s `planned`.

With `captions.yaml`'s `faith51` section (stop 51, the label guide's ruling on Prayers): a prayer
asked of others or said by the owner (`pray_for`: "Preghiamo per il piccolo Andrea", "on lui
envoie des prières") for anyone ill, a friend or a neighbour too (a health word found or `ill`:
"Please pray for my friend Maureen having her knee done", "Rezad por mi amiga Pili que está en
la UCI"), is the owner's practice: its faith words taken for another's prayer or a call count
again.

With `captions.yaml`'s `faith54` section (stop 54, the label guide's ruling on Faith):

- a church's service told by words that need a church's context (`_worship_told`): a sermon or
  a church's choir (`sermon`) beside its preacher, a service, a choir or a church's context; a
  preacher (`preacher`: "vicar", "Pfarrer", "dominee", "ksiądz") beside a service or a choir; a
  service (`service`) beside a church's context (`church`: a saint's church, a cathedral, a
  feast of the church year), not where the owner's work is told ("Christmas Day service was
  brutal"); a choir beside a service; not one seen on a screen or in the news (`screen`). A
  priest's news alone ("Our vicar is retiring", "Ksiądz proboszcz przechodzi na emeryturę") is
  no practice of the owner's;
- a feast wished to others named (`greeting_to`: friends, neighbours, customers, "a todos mis
  vecinos"; with `wish`: "Wishing everyone a peaceful Eid"), at any length, where every faith
  word is the feast's and the owner tells no fast or prayer of theirs (`kept`: "ik vast mee"),
  is a greeting ("greeting"); "from our family to yours" stays the owner's own feast.

None is added where the rules found a faith word and judged it (an advert, a wish), nor where the
owner says they do not practise.
"""

from __future__ import annotations

import re

from .caption_lexicon import (
    Match,
    first_words,
    fold,
    lexicon,
    section_patterns_by_lang,
    section_search,
    words_of,
)
from .caption_words import Found, given
from .context import cue_anywhere, why_not_emoji

# the owner's events a church may stand beside as a place: a vote at it, a move away from it
# (not a course: one at a mosque or a church is often of the faith)
BESIDE = frozenset({"politics", "moving", "new_home", "graduation", "work"})
# a relative's word written as a title before a name: a priest or a nun ("thank you Father Mike")
TITLE = re.compile(
    r"\b(Father|Mother|Sister|Brother|Padre|Madre|Hermana|Hermano|Irmã|Irmão|Père|Mère|Sœur|Frère"
    r"|Pater|Schwester|Bruder|Zuster|Broeder|Siostra|Brat|Ojciec|Matka|Otec|Sestra|Bratr|Fra|Suor)"
    r"\s+(?=[A-Z][a-z])"
)
# a greeting to all is a bare one in so many words at most ("Happy Diwali everyone, wishing you
# light and joy"); longer, it tells the owner's own feast ("Ramadan Karim à tous, on prépare la
# chorba pour ce soir")
GREETING_WORDS = 8
# the words after a sacrament where the one it is of is named ("Bautizo de mi sobrina Lucía")
AFTER = 6
# the owner's events a blessing of a home or an animal is told with
BLESSED = frozenset({"new_home", "moving", "pet"})
SHRINES = frozenset("⛪🕌🕍🛕")  # the emoji of a building of a faith, looked at as one
# the tables that say the owner is a sacrament's godparent or name their godchild
GODPARENT = (("faith47", "godparent"), ("faith49", "role"), ("faith49", "godchild"))


def _search(table: str, text: str, langs: frozenset[str] | None = None):
    """The first match of the `faith46` section's `table` in the folded `text`, in the languages
    `langs` (English and "any" beside them; None: every language); or None."""
    return section_search("faith46", table, text, langs)


def faith_said(folded: str) -> bool:
    """True when the folded caption names a shrine and a journey to it, a rite kept, a candle lit,
    a child baptised, a procession walked in or the owner's wedding in a church, in any
    language: the caption's reading goes on to `faith_reading` though no signal word counts
    ("Compostelle, étape 12 : Conques", "Ma fille est baptisée", "trouwden we in de Sint-Bavo")."""
    if _search("shrine", folded) and _search("journey", folded):
        return True
    if section_search("faith47", "rite", folded) or _procession(folded):
        return True
    if _asked(folded) or _godparent(folded) or section_search("faith51", "pray_for", folded):
        return True
    if _we_wed_in_church(folded) or _worship_told(folded):
        return True
    return bool(_search("candle", folded) or _search("baptised", folded))


def _procession(folded: str, langs: frozenset[str] | None = None) -> re.Match | None:
    """The procession the owner walks in, carrying its statue or praying (`religion48`'s
    `procession` with its `carried` or a 🙏: "ho portato la statua in processione", "Levei o
    andor de São Sebastião na procissão"); or None."""
    hit = section_search("religion48", "procession", folded)
    if hit and ("🙏" in folded or section_search("religion48", "carried", folded, langs)):
        return hit
    return None


def faith_reading(
    text: str,
    tokens: tuple[str, ...],
    where: tuple[int, ...],
    langs: frozenset[str],
    found: list[Found],
    folded: str | None = None,
) -> list[Found]:
    """`found` with the owner's `religion` dropped where the caption says it is no practice of
    the owner's (`_no_practice`'s reason), or added ("told") where an act of the owner's tells it
    and no faith word counts (`_practice_told`; a pilgrimage gives `travel` too where none
    counts), or given to a relative who does it (`_theirs`: "la abuela nos reza el rosario");
    `folded`: the caption folded, when the caller has it."""
    folded = fold(text) if folded is None else folded
    found = _wed_in_church(folded, langs, _false_friends(tokens, _young(text, found)))
    prayed = _prayer_for_ill(folded, langs, found)
    if prayed:  # a prayer for someone ill: the owner's practice
        found = [
            (m, None, s) if m.signal == "religion" and w in ("others", "asked") else (m, w, s)
            for m, w, s in found
        ]
    godparent = _godparent(folded, langs)
    if godparent:
        return _godparent_found(godparent, found)
    said = {m.signal for m, why, _ in found if why is None}
    if "religion" in said:
        why = _no_practice(folded, langs, found, said)
        if why:
            return given(found, "religion", why)
        titles = frozenset(fold(t) for t in TITLE.findall(text))  # "Father Mike": a priest
        return [
            (m, "others", s)
            if m.signal == "religion"
            and w is None
            and not (prayed and _search("prayer", fold(m.term)))  # "keep my mum in your prayers"
            and _theirs(tokens, where, s, langs, titles)
            else (m, w, s)
            for m, w, s in found
        ]
    if any(m.signal == "religion" and why != "language" for m, why, _ in found):
        return found  # a faith word the rules judged ("Pellegrinaggio ... iscrizioni aperte")
    told = _practice_told(folded, langs, said, found)
    if not told or _search("lapsed", folded, langs):
        return found  # "Not religious but lit a candle anyway"
    term, act = told
    if act in ("pilgrimage", "candle", "rite", "worship") and _someone_else(
        folded, folded.find(term), langs
    ):
        return found  # "Mio suocero ha fatto il Cammino", "Mum lit a candle for me"
    why = why_not_emoji(lexicon().cues, list(tokens), langs | {"en"}, "religion")
    if why and act not in ("nikah", "prayer"):  # a nikah of the owner's wedding; a prayer for
        return found  # the owner's own, a relative named ("orem por ela", "dua edin")
    found = [*found, (Match("religion", term, "told"), None, None)]
    if act == "pilgrimage" and "travel" not in said:
        found.append((Match("travel", term, "told"), None, None))
    return found


def _young(text: str, found: list[Found]) -> list[Found]:
    """`found` with the French fast ("jeûne") dropped ("young") where the caption writes no
    "jeûn": folded, "les jeunes du village", "un jeune couple" read as a fast."""
    if "jeûn" in text.lower():
        return found
    return [
        (m, "young", s)
        if m.signal == "religion" and w is None and fold(m.term).startswith("jeun")
        else (m, w, s)
        for m, w, s in found
    ]


def _terms(found: list[Found], signal: str) -> list[str]:
    """The folded terms of `signal` that count in `found` (words, not emoji)."""
    return [fold(m.term) for m, why, _ in found if m.signal == signal and why is None]


def _all_of(table: str, terms: list[str], section: str = "faith46") -> bool:
    """True when every term is one of `section`'s `table` (and there is one)."""
    return bool(terms) and all(section_search(section, table, t) for t in terms)


def _no_practice(
    folded: str, langs: frozenset[str], found: list[Found], said: set[str]
) -> str | None:
    """Why the caption's faith words are no practice of the owner's: "sight" (a church looked at,
    `_sight`), "lapsed" (the owner says they do not practise), "abstains" (they keep none of it
    this time), "guest" (a relative's or a friend's sacrament), "asked" (a prayer asked of
    others), "greeting" (a feast greeted to all), "setting" (a church beside another event of the
    owner's); None: they may be."""
    terms = _terms(found, "religion")
    if _set_phrase(folded, langs, found):
        return "set phrase"  # "Tarlada mısır hasadı bitti, hala traktördeyim elhamdülillah"
    if _sight(folded, langs, found):
        return "sight"  # "Kostel sv. Barbory v Kutné Hoře, nádhera", "Ayasofya'nın içi 🕌"
    if _guest_rite(folded, langs, found):
        return "guest"  # "Komunia bratanicy ✝️", "Le petit de nos amis a fait sa communion ⛪"
    if _greeting_to(folded, langs, found):
        return "greeting"  # "Happy Diwali to all our neighbours and friends! 🪔"
    if any(m.signal == "religion" and m.lang == "emoji" for m, why, _ in found if why is None):
        return None  # ⛪ 🕌: the owner shows the practice
    if _search("lapsed", folded, langs):
        return "lapsed"
    if section_search("faith47", "abstain", folded, langs):
        return "abstains"
    if (
        _all_of("prayer", terms)
        and _search("asked", folded, langs)
        and not _prayer_for_ill(folded, langs, found)
    ):
        return "asked"
    feasts = all(_search("feast", t) or section_search("faith47", "feast", t) for t in terms)
    if terms and feasts and _greeting(folded, langs):
        return "greeting"
    if _all_of("building", terms) and said & BESIDE and "wedding" not in said:
        return "setting"
    return _no_practice48(folded, langs, found, terms)


def _no_practice48(
    folded: str, langs: frozenset[str], found: list[Found], terms: list[str]
) -> str | None:
    """Why the caption's faith words `terms` are no practice of the owner's, read with
    `captions.yaml`'s `religion48` section: "lapsed" (the owner says the church is not theirs:
    "não sou muito de igrejas"), "figure" (a pilgrimage to a snack bar or a fair), "planned" (a
    sacrament still ahead: the baby not yet born, its cake already planned), "asked" (thanks for
    others' prayers); None: they may be."""
    if section_search("religion48", "lapsed", folded, langs):
        return "lapsed"
    if _all_of("pilgrimage", terms, "religion48") and section_search(
        "religion48", "profane", folded
    ):
        return "figure"
    sacraments = all(
        section_search("faith47", "sacrament", t) or section_search("religion48", "sacrament", t)
        for t in terms
    )
    unborn = any(m.signal == "pregnancy" for m, _, _ in found)
    if terms and sacraments and (unborn or section_search("religion48", "planned", folded, langs)):
        return "planned"
    if _all_of("prayer", terms) and section_search("religion48", "thanked", folded, langs):
        return "asked"
    return None


def _sight(folded: str, langs: frozenset[str], found: list[Found]) -> bool:
    """True when every faith word that counts is a building of a faith or its emoji (`SHRINES`)
    and the caption tells it looked at (`religion48`'s `sight`: its beauty, its style, a photo;
    `faith51`'s `sight`: the light on it, a picture it makes, a charm: "Kerkje in Giethoorn, zo
    schattig", "Kościół Mariacki o zachodzie słońca", "Ayasofya'nın içi nefes kesici 🕌";
    `family52`'s `sight`: the weather or the hour's light on it: "L'église du village sous la
    neige", "La basílica del Pilar iluminada de noche", "Kościół św. Anny w śniegu"), no
    wedding of the owner's counting ("Trouwen in de kerk ... prachtig") and no rite or worship
    told (`faith51`'s `rite`: a service, a choir, a procession)."""
    counted = [m for m, why, _ in found if m.signal == "religion" and why is None]
    if not counted or any(m.signal == "wedding" and why is None for m, why, _ in found):
        return False
    if not all(
        m.term in SHRINES if m.lang == "emoji" else _building(fold(m.term)) for m in counted
    ):
        return False
    if section_search("faith51", "rite", folded, langs):
        return False  # "Church was packed for Easter, lovely service"
    return bool(
        section_search("religion48", "sight", folded, langs)
        or section_search("faith51", "sight", folded, langs)
        or section_search("family52", "sight", folded, langs)
        or _search_in("sight", folded, langs)
    )


def _building(term: str) -> bool:
    """True when the folded faith `term` is a building of a faith (`faith46`'s, `religion48`'s or
    `faith53`'s `building`: "iglesia", "bazylika", "ermita", "synagoge")."""
    return bool(
        _search("building", term)
        or section_search("religion48", "building", term)
        or _search_in("building", term)
    )


def _false_friends(tokens: tuple[str, ...], found: list[Found]) -> list[Found]:
    """`found` with a faith term dropped ("false friend") where its word is another word the
    lexicon's forms took for it (`religion48`'s `false_friend`: "basilico", "capelo",
    "Rosaria", "Gelsenkirchen", "às terças")."""
    return [
        (m, "false friend", s)
        if m.signal == "religion"
        and w is None
        and s is not None
        and any(section_search("religion48", "false_friend", t) for t in tokens[s[0] : s[1]])
        else (m, w, s)
        for m, w, s in found
    ]


def _wed_in_church(folded: str, langs: frozenset[str], found: list[Found]) -> list[Found]:
    """`found` with the owner's church wedding read as their practice (a sacrament of theirs):
    where the owner's wedding counts and the caption says it was in a church (`religion48`'s
    `church_wedding`: "Nos casamos en la ermita", "Sposati in chiesa", "Ślub w kościele"), the
    church words taken for another's wedding or a sight count again, or the wedding's words
    tell it where none is found."""
    wed = any(m.signal == "wedding" and why is None for m, why, _ in found)
    hit = (_church_wedding(folded, langs) if wed else None) or _we_wed_in_church(folded, langs)
    if not hit:
        return found
    found = [
        (m, None, s)
        if m.signal == "religion" and w in ("others", "tourist") and _building(fold(m.term))
        else (m, w, s)
        for m, w, s in found
    ]
    if any(m.signal == "religion" and why is None for m, why, _ in found):
        return found
    return [*found, (Match("religion", hit.group(0), "told"), None, None)]


def _church_wedding(folded: str, langs: frozenset[str] | None = None) -> re.Match | None:
    """The words of a wedding said to be in a church (`religion48`'s or `faith49`'s
    `church_wedding`: "Nos casamos en la ermita", "Ślub w kościele"); or None."""
    return section_search("religion48", "church_wedding", folded, langs) or section_search(
        "faith49", "church_wedding", folded, langs
    )


def _we_wed_in_church(folded: str, langs: frozenset[str] | None = None) -> re.Match | None:
    """The words of the owner's own wedding in a church, though the rules read the wedding as
    another's or find none (a grandparent or a friend named at it, "trouwden we"): the owner's
    wedding said in the first person (`faith53`'s `we_wed`: "Casámos!", "trouwden we", "ci
    sposavamo") and the church it was in (`_church_wedding`, or `faith53`'s `church_at`: "na
    igrejinha", "in de Sint-Bavo", "w kościele św. Anny"), no relative named before the wedding
    nor just after it (`_guest`: "mijn zus is getrouwd", "Ślub kościelny mojej kuzynki"); or
    None."""
    wed = section_search("faith53", "we_wed", folded, langs)
    mine = langs or frozenset()
    if not wed or _someone_else(folded, wed.start(), mine) or _guest(folded, wed.group(0), mine):
        return None  # "Mijn zus is getrouwd in de kerk", "Ślub kościelny mojej kuzynki"
    return _church_wedding(folded, langs) or section_search("faith53", "church_at", folded, langs)


def _guest_rite(folded: str, langs: frozenset[str], found: list[Found]) -> bool:
    """True when the caption's faith words (its emoji aside) are sacraments (`faith47`'s
    `sacrament`) with the church and the service they are given at (`_building`, `faith53`'s
    `service`), each sacrament a relative's or a friend's (`_guest`) or their child's (`faith53`'s
    `child_of` before it in its clause: "Le petit de nos amis a fait sa première communion"), and
    the owner no godparent at it: the owner a guest ("Comunión de mi sobrino: misa de una hora",
    "Biřmování neteře, hezký obřad ✝️"); not where the owner is its godparent or names their
    godchild (`faith47`'s `godparent`, `faith49`'s `role` and `godchild`)."""
    words = [(fold(m.term), why) for m, why, _ in found if m.signal == "religion"]
    rites = [(t, why) for t, why in words if section_search("faith47", "sacrament", t)]
    if not rites or any(
        section_search(section, table, folded, langs) for section, table in GODPARENT
    ):
        return False  # "Vandaag peter geweest bij het vormsel van mijn petekind ⛪"
    if not all(
        why is not None or _building(t) or _search_in("service", t)
        for t, why in words
        if (t, why) not in rites and t not in SHRINES and t not in "✝☦"
    ):
        return False
    return all(_guest(folded, t, langs) or _child_before(folded, t, langs) for t, _ in rites)


def _search_in(table: str, text: str, langs: frozenset[str] | None = None) -> re.Match | None:
    """The first match of the `faith53` section's `table` in the folded `text`; or None."""
    return section_search("faith53", table, text, langs)


def _child_before(folded: str, term: str, langs: frozenset[str]) -> bool:
    """True when a child of a friend or a relative (`faith53`'s `child_of`: "il figlio della mia
    amica", "le petit de nos amis") is named before the sacrament `term` in its clause."""
    at = folded.find(term)
    clause = re.split(r"[,.;:!?\n]", folded[:at])[-1] if at > 0 else ""
    return bool(_search_in("child_of", clause, langs))


def _guest(folded: str, term: str, langs: frozenset[str]) -> bool:
    """True when a relative or a friend outside the owner's household (`kin_after`) is named in
    the few words after the sacrament `term` in its clause of the folded caption, before any
    child of the owner's ("our son"): theirs is the sacrament, the owner a guest ("bautizo del
    sobrino", "cresima di mio cugino", "battesimo del figlio del mio amico", "Chrzciny Stasia u
    siostry", "Bar micva mého kamaráda")."""
    at = folded.find(term)
    if at < 0:
        return False
    clause = re.split(r"[,.;:!?\n]", folded[at + len(term) :], maxsplit=1)[0]
    words, mine = words_of(clause)[:AFTER], first_words(langs)
    for i, word in enumerate(words):
        word = word.rstrip("'")  # "my best friend's son": the friend's
        if _search("household", word) and i and words[i - 1] in mine:
            return False  # "Bautizo de nuestro hijo, mi hermano de padrino": the owner's child's
        if section_search("faith47", "kin_after", word):
            return True
    return False


def _greeting(folded: str, langs: frozenset[str]) -> bool:
    """True when the caption is a bare greeting of a feast to all: a wish of the feast
    (`greeting`) to all (`greeting_all`) in at most `GREETING_WORDS` words, no first-person word
    and no family at the table ("Eid Mubarak a todos!", "Herkesin Ramazan Bayramı mübarek
    olsun")."""
    words = words_of(folded)
    return (
        len(words) <= GREETING_WORDS
        and not set(words) & first_words(langs)
        and bool(_search("greeting", folded) and _search("greeting_all", folded, langs))
        and not _search("family", folded)
    )


def _greeting_to(folded: str, langs: frozenset[str], found: list[Found]) -> bool:
    """True when every faith word of the caption (its emoji aside) is a feast's name (`faith46`'s
    or `faith47`'s `feast`) wished (`faith46`'s `greeting`, `faith54`'s `wish`) to others named
    (`faith54`'s `greeting_to`: friends, neighbours, customers), at any length and in the first
    person, where the owner tells no fast or prayer of theirs (`kept`): the label guide's ruling
    on Faith, a greeting to all is no practice ("Happy Diwali to all our neighbours and
    friends!", "Feliz Hanukkah aos nossos vizinhos"); not "from our family to yours", the
    owner's own feast."""
    terms = [fold(m.term) for m, why, _ in found if m.signal == "religion" and why is None]
    words = [t for t in terms if t and t[0].isalpha()]
    if not words or not all(
        _search("feast", t) or section_search("faith47", "feast", t) for t in words
    ):
        return False
    if not (_search("greeting", folded) or section_search("faith54", "wish", folded, langs)):
        return False
    if section_search("faith54", "kept", folded, langs):
        return False  # "Ramadan mubarak aan al mijn klanten! Ik vast mee"
    return bool(section_search("faith54", "greeting_to", folded, langs))


def _practice_told(
    folded: str, langs: frozenset[str], said: set[str], found: list[Found]
) -> tuple[str, str] | None:
    """The words of the owner's practice told by an act and the act's kind: "blessing" (of the
    owner's home or animal), "baptised" (the owner's child), "pilgrimage" (a journey to a
    shrine), "candle" (one lit at a church or for someone), "rite" (one kept at home or for the
    owner's own), "procession" (one the owner walks in), "prayer" (one asked or said for someone
    ill, `_prayer_for_ill`), "nikah" (the owner's wedding's); or None."""
    if said & BLESSED:
        hit = _search("blessing", folded, langs)
        if hit:
            return hit.group(0), "blessing"
    hit = _search("baptised", folded, langs)
    if hit and not _kin(hit.group(0), langs):  # "mijn nichtje is gedoopt": the niece's
        return hit.group(0), "baptised"
    shrine, journey = _search("shrine", folded), _search("journey", folded, langs)
    if shrine and journey:
        return shrine.group(0), "pilgrimage"
    hit = _search("candle", folded, langs)
    if hit:
        return hit.group(0), "candle"
    hit = section_search("faith47", "rite", folded, langs)
    if hit:
        return hit.group(0), "rite"
    hit = _procession(folded, langs)
    if hit:
        return hit.group(0), "procession"
    words = _prayer_for_ill(folded, langs, found)
    if words:
        return words, "prayer"
    if "wedding" in said:
        turkish = "tr" in langs and langs <= {"tr", "en"}  # "nikah": any wedding in Turkish
        table = "imam_nikah" if turkish else "nikah"
        hit = section_search("faith47", table, folded, langs)
        if hit:
            return hit.group(0), "nikah"
    hit = _worship_told(folded, langs, "work" in said)
    if hit:
        return hit.group(0), "worship"
    return None


def _worship_told(
    folded: str, langs: frozenset[str] | None = None, working: bool = False
) -> re.Match | None:
    """The words of a church's service the owner was at, told by words that need a church's
    context (`faith54`'s tables): a sermon, hymns or a church's choir (`sermon`: "sermon",
    "Predigt", "preek", "kazanie", "Posaunenchor") beside its preacher, a service, a choir or a
    church's context ("Mooie preek van dominee vanmorgen", "Posaunenchor probt für Ostern"); a
    preacher (`preacher`: "vicar", "Pfarrer", "ksiądz") beside a service or a choir ("Vicar said
    my name wrong at the service again"); a service (`service`) beside a church's context
    (`church`: a saint's church, a cathedral, a parish, a feast of the church year: "choir
    practice ran late, we're doing the Messiah at Christmas service"), not where the owner's work
    is told (`working`: "Christmas Day service was brutal, 200 covers"); a choir (`choir`) beside
    a service. Not one watched on a screen, heard from outside or read of in the news (`screen`:
    "on TV", "retransmise", "haberlerde"). The first of the words found, or None."""
    if section_search("faith54", "screen", folded, langs):
        return None  # "Vánoční bohoslužby v televizi", "Cuma hutbesi haberlerde"
    hits = {
        table: section_search("faith54", table, folded, langs)
        for table in ("sermon", "preacher", "service", "choir", "church")
    }
    service = hits["service"] if not working else None
    pairs = {
        "sermon": (hits["preacher"], hits["service"], hits["choir"], hits["church"]),
        "preacher": (hits["service"], hits["choir"]),
        "service": (hits["church"],),
        "choir": (service,),
    }
    for table, others in pairs.items():
        hit = hits[table] if table != "service" else service
        other = next((o for o in others if o is not None), None)
        if hit and other:
            return min(hit, other, key=lambda h: h.start())
    return None


def _theirs(
    tokens: tuple[str, ...],
    where: tuple[int, ...],
    span: tuple[int, int] | None,
    langs: frozenset[str],
    titles: frozenset[str] = frozenset(),
) -> bool:
    """True when a relative outside the owner's household is named before the faith word at
    `span` in its clause, not as the owner's company nor as a title before a name (`titles`:
    "Father Mike"), with no first-person word between them:
    "la abuela nos reza el rosario", "a minha sogra começou a rezar", "babaannenin duası"."""
    if span is None or span[0] >= len(where):
        return False
    relatives, mine = lexicon().cues.relatives, first_words(langs)
    clause = where[span[0]]
    for i in range(span[0] - 1, -1, -1):
        if where[i] != clause or tokens[i] in mine:
            return False
        word = tokens[i].rstrip("'")
        if (
            word in titles
            or _search("household", word)
            or not (
                cue_anywhere(relatives, [word], langs | {"en"})
                or cue_anywhere(relatives, [tokens[i]], langs | {"en"})
            )
        ):
            continue
        before = " ".join(tokens[max(0, i - 3) : i]) + " "
        return not _search("company", before)
    return False


def _kin(words: str, langs: frozenset[str]) -> bool:
    """True when the folded `words` name a relative outside the owner's household ("mijn zus",
    "ma mère", "my godson")."""
    if _search("kin", words):
        return True
    relatives = lexicon().cues.relatives
    return any(
        cue_anywhere(relatives, [w], langs | {"en"}) and not _search("household", w)
        for w in words_of(words)
    )


def _someone_else(folded: str, start: int, langs: frozenset[str]) -> bool:
    """True when a relative is named before `start` in the folded caption, not as the owner's
    company (`company`: "with my mum"): "Mio suocero ha fatto il Cammino", "Mum lit a candle"."""
    words = words_of(folded[:start])
    relatives = lexicon().cues.relatives
    for i, word in enumerate(words):
        if cue_anywhere(relatives, [word.rstrip("'")], langs | {"en"}):
            before = " ".join(words[max(0, i - 3) : i]) + " "
            if not _search("company", before):
                return True
    return False


def _asked(folded: str, langs: frozenset[str] | None = None) -> re.Match | None:
    """The words of a prayer asked of others (`faith49`'s or `faith53`'s `ask`: "please pray for
    my nan", "orem por ela", "dualarınızı bekliyoruz", "os pido que recéis por ella"); or None."""
    return section_search("faith49", "ask", folded, langs) or section_search(
        "faith53", "ask", folded, langs
    )


def _prayer_for_ill(folded: str, langs: frozenset[str], found: list[Found]) -> str | None:
    """The words of a prayer asked of others (`_asked`) or said by the owner (`faith51`'s
    `pray_for`) for someone ill or a pregnancy, the owner's own or anyone's (a health or
    pregnancy word found, whoever's, or an illness of `faith51`'s `ill`: the label guide's ruling
    on Prayers), or in Turkish asked for a step of the owner's life (a signal of theirs counts:
    "yeni işimde ilk günüm, dua edin"); not one for the victims of a disaster, everyone or a
    priest (`faith49`'s `stranger`), in jest (`joke`), for an exam (`school` or `graduation`
    counts) or thanked for (`religion48`'s `thanked`): "Dedem hastanede, dualarınızı
    bekliyoruz", "Please pray for my friend Maureen having her knee done", "Preghiamo per il
    piccolo Andrea, operato stanotte"; or None."""
    hit = _asked(folded, langs) or section_search("faith51", "pray_for", folded, langs)
    said = {m.signal for m, why, _ in found if why is None}
    if not hit or said & {"school", "graduation"}:
        return None
    cares = {m.signal for m, _, _ in found} & {"health", "pregnancy"}
    cares = cares or _ill(folded, langs)
    if not cares and not ("tr" in langs and said and fold(hit.group(0)).startswith("dua")):
        return None  # "Catering 200 plates tonight, pray for my feet"
    if section_search("faith49", "joke", folded, langs):
        return None
    own = section_patterns_by_lang("faith53")["own_parent"]["any"].sub(" ", folded)
    if section_search("faith49", "stranger", own, langs):
        return None  # "mio padre è in ospedale, pregate per lui": no priest
    return None if section_search("religion48", "thanked", folded, langs) else hit.group(0)


def _ill(folded: str, langs: frozenset[str]) -> re.Match | None:
    """The words of someone ill that the lexicon's health terms lack (`faith51`'s or `faith53`'s
    `ill`: "in intensive care", "Mum's op went fine", "she goes in for her bypass"); or None."""
    return section_search("faith51", "ill", folded, langs) or section_search(
        "faith53", "ill", folded, langs
    )


def _godparent(folded: str, langs: frozenset[str] | None = None) -> str | None:
    """The words of the owner's part as a godparent in a sacrament: the owner said to be its
    godparent at one (`faith49`'s `sacrament` with its `role` or `faith47`'s `godparent`:
    "Battesimo di mia nipote, sono la madrina"), or a godchild named at its baptism (`baptism`
    with `godchild`: "Taufe meines Patenkinds", "Godson's christening"); not a part still ahead
    (`ahead`, `religion48`'s `planned`: "voy a ser la madrina"); or None."""
    sacrament = section_search("faith49", "sacrament", folded, langs)
    if not sacrament:
        return None
    role = section_search("faith49", "role", folded, langs) or section_search(
        "faith47", "godparent", folded, langs
    )
    baptism = section_search("faith49", "baptism", folded)
    if not (role or baptism and section_search("faith49", "godchild", folded, langs)):
        return None
    if section_search("faith49", "ahead", folded, langs) or section_search(
        "religion48", "planned", folded, langs
    ):
        return None
    return sacrament.group(0)


def _godparent_found(words: str, found: list[Found]) -> list[Found]:
    """`found` with the owner's religion counted where they stand godparent at a sacrament
    (`words`, `_godparent`): the sacrament's words taken for a relative's or a guest's count
    again, or `words` tell it where none is found."""
    found = [
        (m, None, s) if m.signal == "religion" and w in ("others", "guest", "whose") else (m, w, s)
        for m, w, s in found
    ]
    if any(m.signal == "religion" and why is None for m, why, _ in found):
        return found
    return [*found, (Match("religion", words, "told"), None, None)]


def _set_phrase(folded: str, langs: frozenset[str], found: list[Found]) -> bool:
    """True when every faith word found (whether it counts or not) is a set phrase said in
    passing (`faith49`'s `set_phrase`: "elhamdülillah", "Hayırlı cumalar", "Amen") and no
    practice is written beside it in words the lexicon lacks (`practice`: "Umre'den döndük")."""
    words = [fold(m.term) for m, why, _ in found if m.signal == "religion" and m.lang != "emoji"]
    return _all_of("set_phrase", [w for w in words if w], "faith49") and not section_search(
        "faith49", "practice", folded, langs
    )
