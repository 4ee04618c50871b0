"""caption_trips: the owner's trips that a church's rite or a holiday called off tell otherwise
than their words.

Read with `captions.yaml`'s `travel46` section, after the rules and before the leisure reading
(`caption_leisure.leisure_reading` calls `trips_reading`):

- a church seen as a tourist gives a trip (`captions.py`: the `tourist` reason), and so does a
  travel word that names one ("cathédrale", "abbaye", "katedra"); where the caption tells a rite
  or a practice (`rite`: "Ostermesse im Dom zu Speyer", "Kerstnachtdienst in de Dom", "baptême
  de ma filleule, église glaciale"), the church is where the rite was: its trip is dropped
  ("rite"), and a tourist's faith is the owner's where no relative nor other person is named
  ("Paasdienst in de kerk, het koor was prachtig"); where the church is the caption's only trip,
  named by a word of the caption's own language or beside a place at home ("Kölner Dom von innen,
  Gänsehaut", "Duomo di Milano al tramonto", "Frauenkirche Dresden"), it is a church in a place
  named without a journey: no trip ("home", `_church_at_home`: the label guide's ruling on places,
  past49);
- a holiday called off, lacking, or a sick leave (`called_off`: "Urlaub abgesagt", "Choruję na
  brak urlopu", "Urlop zdrowotny, lekarz kazał odpocząć") is no journey ("called_off");
- another person who leaves to live or work away, told in the third person with a relative or
  another person named (`leaves`: "Kuzenim Berlin'e yerleşiyor, havalimanında ağlaşma faslı",
  "Il mio testimone va a vivere a Londra, ultimo aperitivo prima del volo"): the airport and the
  flight are the farewell's ("others");
- weekends told as a habit of work or study (`weekends`: "dwa lata weekendów w Łodzi", "pracy
  w weekendy w pizzerii") give no weekend away ("habit");
- a travel agent's window, a brochure or a travel catalogue (`agency`: "Reiseprospekt im
  Briefkasten: Karibik 3.999 €", "Katalog cestovky leží na stole") shows the advert's trips
  ("advert").

Read with the `travel47` section (`trips_told`, called beside `trips_reading`):

- a term of study abroad named where it is (`exchange`: "Semestr w Walencji", "Intercâmbio em
  Paris", "Minor in Istanbul", "Auslandssemester in Lund") is the owner's journey ("told"), but
  a term of the owner's own course (`own_course`: "erstes Semester in Wien", "otro semestre en
  la UBA"), a place at home for the caption's languages ("Intercâmbio em Coimbra" in
  Portuguese), another person's term or one wished for is none; so is a weekend or a bridge
  named with its place (`weekend_at`: "Week-end dans les Vosges", "Puente en los Picos de
  Europa", "Feriadão na Chapada Diamantina", "Hafta sonu Kaçkarlar"; not a word of
  `not_first`, a time or a part of a home), and so is the owner's wedding anniversary (the
  owner's wedding said, no faith practised: a mass at the couple's own church) celebrated at a
  place named with a capital (`anniversary`:
  "Anniversario di nozze a Venezia", "Rocznica ślubu w Zakopanem"; not "Hochzeitstag, Essen im
  Lieblingsrestaurant": `article`);
- a caption that is a big city's or a country's name alone, beside emoji ("Lisbon ☀️",
  "Lisbonne ☀️🇵🇹", "Chorvatsko 🌊🐚": `_place_alone`, travel48), is a photo's place, a trip
  ("told"), though its language cannot be told (every language's home is one); not beside a
  game's emoji or a number (`GAME`: "Portugal 🇵🇹⚽");
- the owner's own trips remembered (a childhood's summers, a photo of a year long past: "Früher
  sind wir jeden Sommer nach Izmir gefahren", "Erinnerung an die Hochzeitsreise 1968 nach
  Rimini") are the owner's travel, as if told now (the label guide's ruling on memories, past49);
- others who travel set against the owner who stays (`me_instead` after someone else named:
  `context.relatives`, `context.others` or `everyone`: "Mama und Papa fliegen nach Bangkok, ich
  gieß die Blumen", "Všichni na Maledivách, já u ředkviček", "annem Antalya'ya gitti, ben evde
  kedisine bakıyorum") are the others' trips ("others");
- a pilgrimage to a shop, a food stall, a stadium or a sale, or a Czech pouť with its rides
  (`travel48`'s `pilgrim_goal`: "Pellegrinaggio alla pizzeria di Gino", "Bedevaart naar de
  nieuwe frietzaak", "Pouť v Hostinném! Kolotoče, perníková srdce") is a figure or the village
  fair: its travel and its faith are "figurative" (`trips_reading`);
- others who come to stay with the owner for their holidays (`travel48`'s `guests`: "I nipotini
  da Torino per le vacanze", "Kot córki u nas na wakacjach", "ze komen in de herfstvakantie
  logeren") have the holiday's words ("others", `trips_reading`);
- a holiday that is time off work or school, told by its end or start, a last shift before it or
  an exam passed (`travel48`'s `time_off`: "Urlop do poniedziałku 😎", "ab Montag Urlaub",
  "Matura zdana, teraz tylko wakacje!") has its holiday's words as no journey ("time_off");
- a trip that is a vehicle's load, a run of a move (`travel48`'s `loads`: "Three trips with the
  horse box", "Último viaje con la furgoneta") has its trip's words as no journey ("loads");
- a pilgrimage's word read as another person's faith ("Dad's been back from Hajj", "Mon père met
  de côté pour le hajj") is their journey too: its travel takes the faith's reason.

Read with the `moves51` section (`trips_reading`: the label guide's ruling on Emigration):

- the owner's move away to live, told in the first person or as the move itself (`emigrates`:
  "one way ticket to Melbourne", "ausgewandert nach Kanada", "Wyjeżdżamy na stałe do Irlandii",
  "yurt dışına yerleşiyoruz") is `moving` ("told", where no moving word counts; another's or a
  wish as an event's emoji would be), and its flight, airport, suitcases and places are the
  move's, no trip ("move"); a holiday word keeps its trip.

Read with the `travel52` section (`trips_reading`):

- a relative's journey (`_travellers`): the nearest person word before a travel word is a
  relative in the word's own clause, not the household, a possessor (`genitive`: "Kuzenimin
  düğünü için uçtum") nor a companion after "with" (`companion`: "mit meinen Eltern"), and no
  first-person word is in the clause or just after the word ("Babaannem ilk kez uçağa bindi",
  "Teściowie lecą na wycieczkę do Egiptu", "Mama und Papa fliegen nach Bangkok"): "others";
- the owner's move told in words (a moving word kept, not an emoji alone) makes its travel words
  the move's, as an emigration does ("tre viaggi col furgone", "three flights" of stairs, "a
  viagem Lisboa–Porto na transportadora, mudança concluída"): "move"; a holiday or a honeymoon
  (`HONEYMOON`) beside it keeps its trip;
- a monastery or a church named by its own name (`CHURCH`: "Mosteiro dos Jerónimos", "Katedrála
  svatého Víta", "Sacré-Cœur") is a church for `_church_at_home`: a sight at home, no trip;
- a weekend or a week named with its place without a word of place (`weekend_at`, read by
  `trips_told` beside `travel47`'s: "Ein Wochenende Wien", "Een weekje Toscane", "Dublin for
  the weekend", "Roma per il weekend"), the place one `caption_places.named_places` knows, is a
  trip ("told"); not "Ready for the weekend", "Ein Wochenende Gartenarbeit".

Measured with the rules alone, line by line over every dev set (`linecmp.py`): 81 lines better,
4 worse (three sights the sets label both ways, a student's train home after the degree).

Read with the `travel53` section (`trips_reading`, `trips_told`):

- a travel word in another sense (`figures`: flights of stairs, "up three flights with no lift",
  "un caffè al volo", "al vuelo") is "figurative";
- a holiday spent at home or none (`at_home`: "Urlaub auf Balkonien", "evde tatil", "dovolená na
  zahradě", "Wer braucht Urlaub, wenn man nen Balkon hat", "vacaciones... que no tengo") makes
  every travel entry "at_home";
- a return from a place of the owner's own town (`returns`: "retour de la maternité", "Net terug
  van het ziekenhuis", "wróciłam z działki", "voltei de carona") makes the return's words
  "local"; weather told for days (`weather`: "Il pleut depuis trois jours à Brest") makes a
  count of days and a place "weather";
- an airport where the owner cries, sees someone off or fetches them (`farewell`:
  "havalimanında ağladık", "Airport run to pick up my sister ✈️") is "others" (`_seen_off`);
- a famous church of the caption's own country (`church_home`: the Sagrada Família in Spanish,
  Ayasofya in Turkish) or a church's emoji alone is a sight at home (`_church_at_home`);
- a weekend away by a compound or with its destination after "to" (`weekend_at`: "na víkend do
  Vídně"; `weekend_named`, the place one `caption_places.named_places` knows: "Skiwochenende in
  Garmisch", "Wochenende nach Prag") and one before a Turkish case ending ("Hafta sonu
  Safranbolu'ya kaçtık") is a trip ("told").

Read with the `resorts54` and `holiday54` sections and `travel53`'s `at_home` (holiday54b):

- a holiday place of the owner's own country (`caption_places.resorts`: "Peak District",
  "Rügen", "Costa Brava", "Mazury", "Šumava", "Bodrum"), which `caption_places.place_travel`
  reads as home, told with a journey or a stay (`stay`: "a few days in", a cottage, a hotel, a
  weekend, "direction", "nos escapamos") is a trip ("told", `_resort_at_home`); not a cottage
  bought or a business opened there (`bought`), a stay won or advertised (`prize`), a question,
  the owner's move or job there, nor the place named without a journey (the label guide's ruling
  on places); a relative or another person named, but a companion ("mit den Kindern"), makes
  it theirs;
- another person's holiday (`holiday54`'s `theirs`: a third person "is on holiday", "enquanto
  ela viaja", "les vacances de ma sœur", "Herkes tatilde") makes the holiday's words, its trips
  and its places "others", and its emoji too where nothing else is left;
- a holiday the owner goes without ("Urlaub fällt aus", "zero vacanze", "Férias no sofá", "tatile
  gitmiyoruz", "místo dovolené") is `at_home`'s.

Measured with the rules alone, line by line over the DEV lines that name a holiday place or a
holiday (`linecmp.py`): see the commit (holiday54b).

Read with the `trips55` section (tripsfp55): a relative, a friend, a colleague or a neighbour
who travels, told in the third person right after them (`travellers`: "Mi madre ha vuelto del
viaje a Benidorm", "Mon voisin revient d'Islande", "Halam umreye gitti"), or the owner who stays
behind while others go (`behind`: "y yo me quedo", "et moi je reste à Clermont", "a já sedím v
práci"), makes every travel word of the caption "others" (`_travellers55`).
"""

from __future__ import annotations

import re
from functools import cache

from .caption_care import nearest_person, owner_word
from .caption_lexicon import (
    Match,
    fold,
    lexicon,
    lexicon_section,
    section_patterns_by_lang,
    section_search,
    words_of,
)
from .caption_moves import kin_near
from .caption_places import (
    DRINKS,
    named_at_home,
    named_places,
    place_not_travel,
    resorts,
    town_at_home,
)
from .caption_words import Found, caption_tokens, enclosing, given
from .context import cue_anywhere, why_not_emoji

# a place of worship named by a travel word ("cathédrale", "abbaye", "katedra", "kathedraal")
CHURCH = re.compile(
    r"cathedr|catedr|katedr|kathedr|abbaye|abbey|abtei|\bdom\b|duomo|kerk|kirche|church|chapel|kapel"
    r"|iglesia|igreja|chiesa|kostel|kosciol|basilic|basiliq|bazylik|basilik|basiliek|mosque"
    r"|moschee|mezquita|mesquita|moschea|meczet|camii|mosteiro|monaster|kloster|klaster|klooster"
    r"|manastir|abadia|opactw|sagrada|sacre-coeur|sainte-chapelle|sixtin|svateho vita|notre-dame"
    r"|ayasofya|hagia sophia|sultanahmet|blue mosque|mavi cami|suleymaniye|selimiye"
)
# the words of an airport, folded: a farewell's or a pick-up's place (`travel53`'s `farewell`)
AIRPORT = re.compile(
    r"airport|aeroport|flughafen|lotnisk|letist|havaliman|havaalan|aeropuert|luchthaven|vliegveld"
)
# the travel phrases of a weekend ("weekend in", "week-end à", "víkend v", "hafta sonu")
WEEKEND = re.compile(r"week-?end|wochenend|fin de semana|fim de semana|vikend|hafta sonu")
# the first folded words of a weekend or a bridge told before its place ("week-end dans les")
WEEKEND_WORDS = frozenset(
    {"week", "weekend", "weekends", "wochenende", "fin", "finde", "fim", "feriadao", "puente"}
    | {"ponte", "vikend", "hafta", "woche", "weekendje", "weekje"}
)
# a pilgrimage's words, folded (a pilgrimage gives a journey and a faith: `implies`)
PILGRIM = re.compile(
    r"pilgrim|wallfahrt|pilger|pelerin|peregrin|romeri|romari|pellegrin|bedevaart|pelgrim"
    r"|pielgrzym|\bpout|\bhac\b|\bumre"
)
# the words of a holiday, folded ("vacances", "wakacje", "tatil"): another's where guests come
HOLIDAY = re.compile(
    r"holiday|half term|vacanc|vacanz|vacacion|ferias|ferien|urlaub|vakantie|wakacj|ferie"
    r"|prazdnin|dovolen|tatil"
)
# the words of a honeymoon, folded: a journey of its own beside a move ("twee verhuizingen en een
# huwelijksreis")
HONEYMOON = re.compile(
    r"honeymoon|flitterwochen|luna de miel|lua de mel|lune de miel|luna di miele|huwelijksreis"
    r"|podroz poslubn|miesiac miodow|libanky|balayi"
)
# the words of a trip that may be a vehicle's load (`travel48`'s `loads`), folded
TRIP = re.compile(r"trip|viaj|viag|voyag|aller|fahrt|rit|kurs|jizd|fur|sefer")
# a word that denies a move, three words before it or two after ("Ik verhuis NIET naar Spanje",
# "Nie, nie przeprowadzam się"), folded
DENIED = re.compile(
    r"\b(?:not|no|nie|niet|nicht|ne|non|nao|nunca|never|jamais|mai|nikdy|nigdy|asla)\b"
)
# a quote that opens before a move ("„Stěhujeme se do vyšší ligy,“ říká trenér")
QUOTE = re.compile('["„“”«»]')
# a game's or a supporter's emoji: a place's name alone beside them is a team's
GAME = re.compile("[\u26bd\u26be\U0001f3c0\U0001f3c6\U0001f3df\U0001f4aa]|\\d")
# the places' false friends that a stay at a holiday place tells of its own (a week of rain in
# Cornwall, the crêpes of Brittany, a brother who minds the father meanwhile): read by
# `trips_told`'s own reasons instead
STAY_TOLD = frozenset({"weather", "food", "people", "partner"})
# the owner's settled life beside a holiday place at home: a cottage bought or moved to, or the
# owner's job there, is no stay away (`_resort_at_home`; a move or a home anyone's)
SETTLED = frozenset({"moving", "new_home", "work"})
# the kinds of a travel entry that name a place or a told trip, read by their own readings
WHERE = frozenset({"place", "told"})
# the reasons of a faith's word that speak of its subject, which its travel shares (a pilgrimage)
WHOSE = frozenset({"others", "wish", "negated", "question"})


def _search(table: str, folded: str, langs: frozenset[str]) -> re.Match | None:
    """The first match of the `travel46` section's `table` in the folded caption, in `langs`
    (English beside them)."""
    return section_search("travel46", table, folded, langs)


def trips_reading(
    text: str, tokens: tuple[str, ...], langs: frozenset[str], found: list[Found], folded: str
) -> list[Found]:
    """`found` with its travel judged again: a pilgrimage to a shop or a village fair
    ("figurative": `_pilgrim_figures`), a tourist's church where a rite is told ("rite";
    its faith given back to the owner where no one else is named) or where it is the caption's
    only trip, at home ("home": `_church_at_home`), every travel entry where
    the holiday is called off ("called_off") or another person named leaves to live away
    ("others"), a weekend's phrase where weekends are a habit ("habit"), every travel
    entry beside a travel agent's window or brochure ("advert"), a travel word in another sense
    ("figurative": `travel53`'s `figures`: "three flights of stairs", "un caffè al volo"), every
    travel entry of a holiday spent at home or none ("at_home": `at_home`: "Urlaub auf
    Balkonien", "evde tatil", "Wer braucht Urlaub, wenn man nen Balkon hat"), a return's words
    from a place of the owner's town ("local": `returns`: "retour de la maternité", "Net terug
    van het ziekenhuis"), a count of days or a place of weather told for days ("weather":
    `weather`: "Il pleut depuis trois jours à Brest"), an airport where the owner sees someone
    off or fetches them, and the emoji beside it ("others": `_seen_off`: "havalimanında
    ağladık", "Airport run to pick up my sister ✈️"), and a holiday's
    words where others come to stay with the owner for theirs ("others": `travel48`'s `guests`)
    or where the holiday is time off work or school ("time_off": `time_off`), and a trip's words
    where the trips are a vehicle's loads ("loads": `loads`)."""
    found = _pilgrim_figures(langs, found, folded)
    said = {m.signal for m, why, _ in found if why is None}
    toured = {(m.term, s) for m, why, s in found if m.signal == "religion" and why == "tourist"}
    churches = toured | {
        (m.term, s) for m, why, s in found if m.signal == "travel" and CHURCH.search(fold(m.term))
    }
    rite = bool(churches) and _search("rite", folded, langs) is not None
    home = bool(churches) and _church_at_home(text, tokens, langs, found, churches)
    off = "travel" in said and _search("called_off", folded, langs) is not None
    leaves = "travel" in said and _search("leaves", folded, langs) is not None
    habit = "travel" in said and _search("weekends", folded, langs) is not None
    advert = "travel" in said and _search("agency", folded, langs) is not None
    guests = "travel" in said and section_search("travel48", "guests", folded, langs) is not None
    idle = "travel" in said and section_search("travel48", "time_off", folded, langs) is not None
    loads = "travel" in said and section_search("travel48", "loads", folded, langs) is not None
    figure = section_search("travel53", "figures", folded, langs) if "travel" in said else None
    back = section_search("travel53", "returns", folded, langs) if "travel" in said else None
    weather = "travel" in said and section_search("travel53", "weather", folded, langs) is not None
    seen_off = _seen_off(langs, found, folded) if "travel" in said else None
    stays = "travel" in said and section_search("travel53", "at_home", folded, langs) is not None
    lent = "travel" in said and section_search("holiday54", "theirs", folded, langs) is not None
    # another's journey told in the third person: "Mon voisin revient d'Islande"
    gone = "travel" in said and _travellers55(folded, langs)
    found, moved = _emigrates(tokens, langs, found, folded)
    moved = moved or any(
        m.signal == "moving" and why is None and m.lang != "emoji" for m, why, _ in found
    )
    found = _travellers(text, tokens, langs, found)
    local = (figure, stays, back, weather, seen_off, lent, gone)
    if not any((rite, home, off, leaves, habit, advert, guests, idle, loads, moved, *local)):
        return found
    cues = lexicon().cues
    theirs = any(cue_anywhere(t, list(tokens), langs) for t in (cues.relatives, cues.others))
    out = []
    for m, why, span in found:
        if m.signal == "travel" and why is None:
            church = (m.term, span) in churches
            why = "figurative" if figure and fold(m.term) in figure.group(0) else None
            why = why or ("at_home" if stays else None)
            holiday = HOLIDAY.search(fold(m.term)) is not None
            theirs_too = holiday or m.lang == "place" or TRIP.match(fold(m.term)) is not None
            why = why or ("others" if lent and theirs_too or gone else None)
            why = why or ("local" if back and fold(m.term) in back.group(0) else None)
            why = why or ("weather" if weather and ("*n" in m.term or m.lang == "place") else None)
            airport = AIRPORT.search(fold(m.term)) is not None
            why = why or ("others" if seen_off and (airport or seen_off == "all") else None)
            why = why or ("rite" if rite and church else "home" if home and church else None)
            why = why or ("called_off" if off else None)
            why = why or ("others" if leaves and theirs else None)
            why = why or ("habit" if habit and WEEKEND.match(fold(m.term)) else None)
            why = why or ("advert" if advert else None)
            why = why or ("others" if guests and holiday else None)
            why = why or ("time_off" if idle and holiday else None)
            why = why or ("loads" if loads and TRIP.match(fold(m.term)) else None)
            away = holiday or HONEYMOON.search(fold(m.term)) is not None  # its own journey
            why = why or ("move" if moved and not away else None)
        elif m.signal == "religion" and why == "tourist" and rite and not theirs:
            why = None  # the rite's church: the owner's practice, as the rite's word is
        out.append((m, why, span))
    return _emoji_theirs(out) if lent or gone else out


def _travellers55(folded: str, langs: frozenset[str]) -> bool:
    """True when a relative, a friend, a colleague or a neighbour of the owner's travels, told
    in the third person right after them (`trips55`'s `travellers`: "Mi madre ha vuelto del
    viaje a Benidorm", "Mijn vriendin is net teruggekomen van", "Halam umreye gitti"), or the
    owner stays behind while others go (`behind`: "y yo me quedo", "et moi je reste à
    Clermont", "e io qui coi bambini"): their journey, not the owner's."""
    tables = ("travellers", "behind")
    return any(section_search("trips55", t, folded, langs) is not None for t in tables)


def _emoji_theirs(found: list[Found]) -> list[Found]:
    """`found` with its travel emoji given "others" where no other travel entry is left the
    owner's (another's holiday told, `holiday54`'s `theirs`: "mis primos están de vacaciones
    ✈️"): the emoji shows their journey."""
    kept = [m for m, why, _ in found if m.signal == "travel" and why is None]
    if not kept or any(m.lang != "emoji" for m in kept):
        return found
    return [
        (m, "others", s) if m.signal == "travel" and why is None else (m, why, s)
        for m, why, s in found
    ]


def _seen_off(langs: frozenset[str], found: list[Found], folded: str) -> str | None:
    """Whether the caption's airport is a farewell's or a pick-up's (`travel53`'s `farewell`: the
    owner cries there, sees someone off or fetches them): "all" where every travel entry kept is
    an airport's word or an emoji, "airport" where others are kept too; None where no farewell
    is told or no airport word is kept or read as another's."""
    trips = [(m, why) for m, why, _ in found if m.signal == "travel"]
    if not any(AIRPORT.search(fold(m.term)) and why in (None, "others") for m, why in trips):
        return None
    kept = [m for m, why in trips if why is None]
    if not section_search("travel53", "farewell", folded, langs):
        return None
    alone = all(m.lang == "emoji" or AIRPORT.search(fold(m.term)) for m in kept)
    return "all" if alone else "airport"


def _travellers(
    text: str, tokens: tuple[str, ...], langs: frozenset[str], found: list[Found]
) -> list[Found]:
    """`found` with the travel words of a relative's journey given "others" (`_relative_travels`:
    "Babaannem ilk kez uçağa bindi", "táta poprvé brečel na letišti", "Mama und Papa fliegen
    nach Bangkok"); the emoji of travel go with them where no travel word is left the owner's."""
    words = [
        (i, s)
        for i, (m, why, s) in enumerate(found)
        if m.signal == "travel" and why is None and s is not None and m.lang not in WHERE
    ]
    if not words:
        return found
    where = caption_tokens(text, lexicon())[1]
    if len(where) != len(tokens):
        return found
    theirs = {i for i, span in words if _relative_travels(tokens, where, span, langs)}
    if not theirs:
        return found
    alone = len(theirs) == len(words)
    return [
        (m, "others", s)
        if k in theirs or alone and m.signal == "travel" and why is None and m.lang == "emoji"
        else (m, why, s)
        for k, (m, why, s) in enumerate(found)
    ]


def _relative_travels(
    tokens: tuple[str, ...], where: list[int], span: tuple[int, int], langs: frozenset[str]
) -> bool:
    """True when the travel word at `span` tells a relative's journey: the nearest person word
    before it (`caption_care.nearest_person`) is a relative (`context.relatives`) in the word's
    own clause, not the owner's household (`travel52`'s `household`), not a possessor
    (`genitive`: "Kuzenimin düğünü için uçtum", "my sister's wedding") nor after "with"
    (`companion`), and neither the clause (but the relative's possessive) nor the
    word and the two words after it are in the first person (`caption_care.owner_word`)."""
    tables = section_patterns_by_lang("travel52")
    near = nearest_person(tokens, span[0] - 1, langs, tables["household"]["any"].fullmatch)
    if near is None or near[0] != "others" or where[near[1]] != where[span[0]]:
        return False
    person = near[1]
    if tokens[person] not in _kin(langs) or tables["genitive"]["any"].fullmatch(tokens[person]):
        return False
    if any(tables["companion"]["any"].fullmatch(w) for w in tokens[max(0, person - 2) : person]):
        return False
    clause = [
        w
        for k, w in enumerate(tokens)
        if where[k] == where[span[0]] and k not in (person - 1, person - 2)
    ]
    after = list(tokens[span[0] : span[1] + 2])
    return not any(owner_word(w, langs) for w in clause + after)


@cache
def _kin(langs: frozenset[str]) -> frozenset[str]:
    """The one-word relatives of `context.relatives` in `langs` and English, folded."""
    table = lexicon().cues.relatives
    return frozenset(p[0] for la in langs | {"en"} for p in table.get(la, ()) if len(p) == 1)


def _emigrates(
    tokens: tuple[str, ...], langs: frozenset[str], found: list[Found], folded: str
) -> tuple[list[Found], bool]:
    """`found` with the owner's move away to live (`moves51`'s `emigrates`) given as `moving`
    ("told") where no moving word counts (judged as an event's emoji would be: a relative's is
    theirs, a wish none, but one told in the first person with no one else in its sentence is
    the owner's household's: `moves54`'s `first_person`, `caption_moves.kin_near`; "negated"
    where denied, asked or quoted: `_unsaid`), and whether such a move is told (its journey is
    no trip)."""
    hit = section_search("moves51", "emigrates", folded, langs)
    if not hit:
        return found, False
    if any(m.signal == "moving" and why is None for m, why, _ in found):
        return found, True
    why = why_not_emoji(lexicon().cues, list(tokens), langs | {"en"}, "moving", True)
    mine = section_search("moves54", "first_person", hit.group(0), langs) is not None
    if why == "others" and mine and not kin_near(folded, hit.start(), hit.end(), langs | {"en"}):
        # the household emigrates together ("We emigrate on Friday … two kids"), unless a scoped
        # class of the context reaches the whole caption
        why = why_not_emoji(lexicon().cues, list(tokens), langs | {"en"}, "moving")
    why = why or ("negated" if _unsaid(folded, hit) else None)
    return [*found, (Match("moving", hit.group(0), "told"), why, None)], True


def _unsaid(folded: str, hit: re.Match) -> bool:
    """True when the move `hit` is denied (`DENIED`, three words before it or two after), asked
    (its clause ends in "?": "Mi trasferisco? Non mi trasferisco?", "Moving to Australia?") or
    quoted (`QUOTE` earlier in its sentence)."""
    before, after = folded[: hit.start()], folded[hit.end() :]
    near = " ".join(words_of(before)[-3:] + [hit.group(0)] + words_of(after)[:2])
    ends = re.search(r"[.!?;,\n]", after)
    sentence = folded[enclosing(folded, hit.start(), hit.end())[0] : hit.start()]
    return bool(DENIED.search(near) or (ends and ends.group(0) == "?") or QUOTE.search(sentence))


def _church_at_home(
    text: str,
    tokens: tuple[str, ...],
    langs: frozenset[str],
    found: list[Found],
    churches: set[tuple[str, tuple[int, int] | None]],
) -> bool:
    """True when a caption not in English alone keeps no travel but a church's (`churches`: seen
    as a tourist, or a travel word that names one), tells no journey nor visit (`past49`'s
    `journey`) and names no place abroad, and names the church by a word of its own language
    ("Kölner Dom von innen, Gänsehaut", "catedral de Burgos, una joya"), names a place at home
    ("Frauenkirche Dresden"), names a famous church of the caption's own country (`travel53`'s
    `church_home`: "La Sagrada Familia iluminada de noche", "Ayasofya yine çok kalabalıktı") or
    shows it by an emoji alone ("De Domkerk van binnen ⛪"): a church in a place named without a
    journey is no trip (the label guide's ruling on places, past49)."""
    own = langs - {"en"}
    kept = [(m, s) for m, why, s in found if m.signal == "travel" and why is None]
    if not own or not kept or any((m.term, s) not in churches for m, s in kept):
        return False
    if section_search("past49", "journey", fold(text), langs):
        return False
    named = named_places(text, list(tokens))
    at_home = named_at_home(named, langs)
    if any(
        n not in at_home and code and names_in & (langs | {"en"}) for n, code, names_in, _ in named
    ):
        return False  # "Katedra w Kolonii": a church abroad
    if all(m.lang == "emoji" for m, _ in kept):
        return True  # "De Domkerk van binnen ⛪": a church's emoji alone names no journey
    famous = section_search("travel53", "church_home", fold(text), own) is not None
    return any(m.lang in own for m, _ in kept) or bool(at_home) or famous


def _pilgrim_figures(langs: frozenset[str], found: list[Found], folded: str) -> list[Found]:
    """`found` with a pilgrimage's words kept by the rules given "figurative" where the
    pilgrimage goes to a shop, a food stall, a stadium or a sale, or is a Czech village fair
    with its rides (`travel48`'s `pilgrim_goal`: "Pellegrinaggio alla pizzeria di Gino")."""
    if not section_search("travel48", "pilgrim_goal", folded, langs):
        return found
    return [
        (m, "figurative", s) if why is None and PILGRIM.search(fold(m.term)) else (m, why, s)
        for m, why, s in found
    ]


def pilgrims_reading(found: list[Found]) -> list[Found]:
    """`found` with the travel of a word that is also a faith's (a pilgrimage, a hajj) given the
    faith's reason where that speaks of its subject (`WHOSE`: "Dad's been back from Hajj")."""
    whose = {(m.term, s): why for m, why, s in found if m.signal == "religion" and why in WHOSE}
    if not whose:
        return found
    return [
        (m, whose.get((m.term, s)), s) if m.signal == "travel" and why is None else (m, why, s)
        for m, why, s in found
    ]


def trips_told(
    text: str, tokens: tuple[str, ...], langs: frozenset[str], found: list[Found], folded: str
) -> list[Found]:
    """`found` with the owner's travel read from the `travel47` section: a term of study abroad,
    a weekend or the owner's anniversary named where it is, or a place named alone
    (`_place_alone`), given as a trip ("told", unless
    another person is named or it is wished for); every travel entry of others' trips set
    against the owner who stays dropped ("others")."""
    said = {m.signal for m, why, _ in found if why is None}
    judged = {w for m, w, _ in found if m.signal == "travel"}  # a place read as another's
    if "travel" not in said and not judged & (WHOSE | {"partner"}):
        habit = _search("weekends", folded, langs)  # "tous les week-ends à Lyon": no weekend away
        told = _exchange(text, tokens, langs, folded) or (None if habit else _weekend_away(text))
        own = "wedding" in said and "religion" not in said  # not at the couple's own church
        told = told or (_anniversary_at(text, folded, langs) if own else None)
        told = told or _place_alone(text)  # "Lisbon ☀️", "Lisbonne ☀️🇵🇹"
        told = told or _resort_at_home(text, tokens, langs, found, folded)  # "Kurzurlaub auf Rügen"
        if told:
            term, before = told
            cues = lexicon().cues
            why = why_not_emoji(cues, list(tokens), langs | {"en"}, "travel", True)
            why = None if why == "rite" else why  # the anniversary's own wedding words
            theirs = any(cue_anywhere(t, before, langs) for t in (cues.relatives, cues.others))
            return [
                *found,
                (Match("travel", term, "told"), why or ("others" if theirs else None), None),
            ]
        return found
    why = _stays(folded, langs)
    if why is None:
        return found
    return given(found, "travel", why)


def _place_alone(text: str) -> tuple[str, list[str]] | None:
    """The words of a caption that is a big city's or a country's name alone, beside emoji
    ("Lisbon ☀️", "Lisbona ☀️"): a photo's place, written in a language of its own that the
    reader cannot tell (every home is one), as a traveller labels a trip; or None (a game's
    emoji: `GAME`)."""
    words = words_of(text)
    if not words or not 0 < len(words) <= 3 or GAME.search(text):
        return None
    spans = [s for _, _, _, s in named_places(text, words) if s]
    if not any(s == (0, len(words)) for s in spans):
        return None
    return text.strip(), []


def _resort_at_home(
    text: str, tokens: tuple[str, ...], langs: frozenset[str], found: list[Found], folded: str
) -> tuple[str, list[str]] | None:
    """The name of a holiday place of the owner's own country (`caption_places.resorts`: a
    coast, an island, a lake, a mountain or a resort: "Peak District", "Rügen", "Costa Brava",
    "Mazury", "Šumava", "Bodrum") told with a journey or a stay (`resorts54`'s `stay`: "a few
    days in", a hotel, a cottage, a weekend, setting off), and the words its reading judges
    (the whole caption but the companions, `_unaccompanied`: a relative or another person
    anywhere else makes the stay theirs, "Wesele kuzynki w Bieszczadach: dwa dni zabawy"); or
    None: no such place, none at home (a place abroad is `caption_places.place_travel`'s), no
    journey nor stay told (a place named without a journey is no trip: the label guide's ruling
    on places), a cottage bought, a move or the owner's job there (`SETTLED`, `resorts54`'s
    `bought`: "Naši koupili chalupu na Šumavě", "Ho aperto il mio B&B in Salento"), a stay won
    or advertised (`prize`, `travel46`'s `agency`), a question ("anyone know a B&B near
    Padstow?"), a wine's name beside a drink, or one of the places' own false friends
    (`caption_places.place_not_travel`: news, a wish, a life there; not those a stay tells of
    its own: `STAY_TOLD`)."""
    if not section_search("resorts54", "stay", folded, langs) or _search("agency", folded, langs):
        return None
    if section_search("resorts54", "bought", folded, langs):
        return None
    if section_search("resorts54", "prize", folded, langs):
        return None
    if any(m.signal in SETTLED and (why is None or m.signal != "work") for m, why, _ in found):
        return None
    named = named_places(text, list(tokens))
    home = named_at_home(named, langs)
    where = caption_tokens(text, lexicon())[1]
    drink = any(m.signal == "alcohol" for m, _, _ in found)
    for name, _, _, span in named:
        if span is None or name not in home or name not in resorts():
            continue
        if len(where) != len(tokens) or name in DRINKS and drink:
            return None
        if _asked(text, tokens, span):
            return None
        if place_not_travel(list(tokens), where, span, langs, text, STAY_TOLD):
            return None
        return name, _unaccompanied(tokens)
    return None


def _unaccompanied(tokens: tuple[str, ...]) -> list[str]:
    """The caption's words but the companions of the journey: a word after "with" and the two
    after it (`travel52`'s `companion`: "mit den Kindern", "con tres niños", "z psem") go with
    the owner, they make no trip another's."""
    companion = section_patterns_by_lang("travel52")["companion"]["any"].fullmatch
    after = {k for i, w in enumerate(tokens) if companion(w) for k in range(i, i + 3)}
    return [w for i, w in enumerate(tokens) if i not in after]


def _asked(text: str, tokens: tuple[str, ...], span: tuple[int, int]) -> bool:
    """True when the sentence that names the place at tokens[span] ends in a question mark
    ("Weiß jemand, ob man mit Hund auf Sylt in die Ferienwohnung darf?"): a stay asked about is
    no trip."""
    words = [fold(w) for w in re.findall(r"[^\W_]+(?:['’][^\W_]+)?|[.!?\n]", text)]
    sentence: list[str] = []
    for w in words:
        if w in ".!?\n":
            if tokens[span[0]] in sentence:
                return w == "?"
            sentence = []
        else:
            sentence.extend(words_of(w))
    return False


def _exchange(
    text: str, tokens: tuple[str, ...], langs: frozenset[str], folded: str
) -> tuple[str, list[str]] | None:
    """The words of a term of study abroad named where it is (`exchange`) and the words before
    them, or None: none told, a term of the owner's own course (`own_course`, `not_place`) or a
    place named at home (a town of the home countries: "Coimbra" in Portuguese)."""
    hit = section_search("travel47", "exchange", folded, langs)
    if not hit:
        return None
    tables = section_patterns_by_lang("travel47")
    place = next(g for g in reversed(hit.groups()) if g)
    if tables["own_course"]["any"].search(folded[: hit.start()]):
        return None
    if tables["not_place"]["any"].search(place):
        return None
    if town_at_home(place, langs) or named_at_home(named_places(text, list(tokens)), langs):
        return None
    return hit.group(0), words_of(folded[: hit.start()])


def trips_said(text: str, folded: str) -> bool:
    """Whether a caption may tell a trip of `trips_told`'s reading or a move of `trips_reading`'s
    with no word of the lexicon: a weekend named with its place, a term of study abroad, an
    anniversary or a move away to live (`moves51`), in any language."""
    tables = ("exchange", "anniversary")
    return (
        _weekend_away(text) is not None
        or any(section_search("travel47", t, folded) for t in tables)
        or section_search("moves51", "emigrates", folded) is not None
    )


def _weekend_away(text: str) -> tuple[str, list[str]] | None:
    """The words of a weekend or a bridge named with its place, as written (`weekend_at`: the
    place with a capital, no word of the lexicon, no time nor part of a home: `leisure45`'s
    `not_place`, no first word of `not_first`; a place named by `caption_places.named_places`
    where no word of place stands before it: `travel52`'s) and the words before them; or None."""
    hits = ((h, named) for p, named in _weekend_patterns() for h in p.finditer(text))
    for hit, named in hits:  # each its own: no overlap
        words = words_of(re.sub(r"['’]\w+$", "", hit.group(0)))  # "Safranbolu'ya"
        opens = words[0] in WEEKEND_WORDS or WEEKEND.search(" ".join(words[:2]))  # "Skiwochenende"
        place = words[-1] if opens else words[0]
        if _no_place(place.rstrip("'")):
            continue
        if named and not named_places(hit.group(0), words):
            continue  # "Ein Wochenende Gartenarbeit", "Ready for the weekend"
        return hit.group(0), words_of(text[: hit.start()])
    return None


def _anniversary_at(text: str, folded: str, langs: frozenset[str]) -> tuple[str, list[str]] | None:
    """The words of the place where the owner's wedding anniversary (`anniversary`) was
    celebrated, named with a capital after a word of place (`leisure45`'s `place_at`: no
    article before a German noun, `article`; no word of the lexicon, no time nor part of a
    home), and the words before them; or None."""
    if not section_search("travel47", "anniversary", folded, langs):
        return None
    article = section_patterns_by_lang("travel47")["article"]["any"]
    for hit in section_patterns_by_lang("leisure45")["place_at"]["any"].finditer(text):
        if article.search(hit.group(0)):
            continue
        place = words_of(re.sub(r"'(?:da|de|ta|te)$", "", hit.group(0)))[-1].rstrip("'")
        if _no_place(place):
            continue
        return hit.group(0), words_of(text[: hit.start()])
    return None


def _no_place(word: str) -> bool:
    """True when the folded `word` after a weekend or an anniversary is no place: a word of the
    lexicon, a time or a part of a home (`leisure45`'s and `travel47`'s `not_place`) or a word
    of `not_first`."""
    tables = section_patterns_by_lang("travel47")
    return (
        word in lexicon().words
        or section_search("leisure45", "not_place", word) is not None
        or tables["not_place"]["any"].search(word) is not None
        or tables["not_first"]["any"].search(word) is not None
    )


@cache
def _weekend_patterns() -> tuple[tuple[re.Pattern, bool], ...]:
    """The `weekend_at` expressions of `travel47`, `travel52` and `travel53` and `travel53`'s
    `weekend_named`, each compiled on its own (a weekend after a word that is no place is still
    found where another expression's match would hide it), each with whether its place must be a
    place named (`travel52`'s and `weekend_named`)."""
    tables = [(name, "weekend_at") for name in ("travel47", "travel52", "travel53")]
    return tuple(
        (re.compile(p), name == "travel52" or table == "weekend_named")
        for name, table in [*tables, ("travel53", "weekend_named")]
        for p in lexicon_section(name)[table]["any"]
    )


def _stays(folded: str, langs: frozenset[str]) -> str | None:
    """ "others" where the caption sets the owner who stays (`me_instead`) against someone else
    named before it (`context.relatives`, `context.others`, `everyone`); else None."""
    hit = section_search("travel47", "me_instead", folded, langs)
    if not hit:
        return None
    before = folded[: hit.start()]
    if section_search("travel47", "everyone", before, langs):
        return "others"
    cues = lexicon().cues
    words = words_of(before)
    if any(cue_anywhere(t, words, langs) for t in (cues.relatives, cues.others)):
        return "others"
    return None
