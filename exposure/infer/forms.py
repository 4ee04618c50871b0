"""forms: the written forms of a lexicon word in its language (gender, number, case).

The lexicon lists a word once, mostly masculine singular; people write "graduada", "laureata",
"diplômées", "Hochzeiten", "biertjes", "szkołach", "svatbu", "köpeğim". `forms("graduado", "es")`
gives {"graduado", "graduada", "graduados", "graduadas"}. Words are folded (no accents) and read
by patterns per language, not by a dictionary: endings that change gender and number in the
Romance languages, plural and case endings in German (adjective endings too: neuer, neuen) and
Dutch, case endings in Polish and Czech (after the stem's last vowel, with the locative's softened
consonant; the possessives, "pies"/"pes" and the ů of "dům" that turns o, "v domě", from a small
table of irregular forms), and
possessive and case suffixes in Turkish (with k -> ğ). Words
of three letters or fewer keep their one form ("vin", "gin" and "bar" inflect into other words),
but for a plural -s in English and the Romance languages ("vins", "pubs"). Longer Italian,
Spanish and Portuguese words in -o/-a take their diminutives ("vacanzine", "cervejinha").
English takes -es only after a sibilant or an o ("beaches", not "exames"), and its possessive
("my son's"). German and Dutch nouns
also read as the head of a compound (`compound_head`: "Klimademo", "Statistikklausur",
"vrijdagborrel") and as its first part (`compound_modifier`: "Umzugskartons", "Hochzeitstag",
"verlovingsfeest"; the linking -s or -es is one of the word's forms).
"""

from __future__ import annotations

from functools import lru_cache

MIN_LEN = 4  # shorter words are read only as written
# numbers two to twelve written as words, folded, in the ten languages (Polish and Czech also in
# their oblique cases); a lexicon's `*n` reads them as it reads digits ("*n years in *": "five
# years in Peterborough", "sei anni a Londra", "twee jaar in Dublin"). Turkish "on" (ten) is left
# out: it folds to English "on".
NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve "
    "dos tres cuatro cinco seis siete ocho nueve diez once doce "
    "dois duas quatro sete oito nove dez onze doze "
    "deux trois quatre cinq sept huit neuf dix douze "
    "zwei drei vier funf sechs sieben acht neun zehn elf zwolf "
    "due tre quattro cinque sei sette otto dieci undici dodici "
    "twee drie vijf zes zeven negen tien twaalf "
    "dwa dwie dwoch trzy trzech cztery czterech piec pieciu szesc szesciu siedem siedmiu osiem "
    "osmiu dziewiec dziewieciu dziesiec dziesieciu "
    "dva dve dvou tri ctyri ctyr pet peti sest sesti sedm sedmi osm osmi devet deviti deset deseti "
    "iki uc dort bes alti yedi sekiz dokuz".split()
)
# ending -> the endings it alternates with (the word's own ending included)
ROMANCE = {
    "es": {
        "o": ("o", "a", "os", "as"),
        "a": ("a", "as", "o", "os"),
        "os": ("os", "as", "o", "a"),
        "as": ("as", "os", "a", "o"),
        "e": ("e", "es"),
        "": ("", "es", "s"),
    },
    "pt": {
        "o": ("o", "a", "os", "as"),
        "a": ("a", "as", "o", "os"),
        "e": ("e", "es"),
        "os": ("os", "as", "o", "a"),
        "as": ("as", "os", "a", "o"),
        "ao": ("ao", "oes", "aes", "aos"),
        "": ("", "es", "s"),
    },
    "it": {"o": ("o", "a", "i", "e"), "a": ("a", "e", "o", "i"), "e": ("e", "i"), "": ("",)},
    "fr": {
        "e": ("e", "es", "ee", "ees"),
        "al": ("al", "aux", "ale", "ales"),
        "": ("", "s", "e", "es", "x"),
    },
}
SUFFIXES = {
    "en": ("", "s", "es"),
    "de": ("", *"e en n s es er ern em nen".split()),
    "nl": ("", *"s en e je tje jes tjes '".split()),
    "pl": tuple(
        "a e i y o u ie em iem ami ach om ow ego emu ej ym ich imi owi ia iu ek ki ach ą ę".split()
    ),
    "cs": tuple(
        "a e i y o u ou em ami ach ech um am ovi eho emu ym ych ymi im imi ich ce ku ky ek".split()
    ),
    "tr": (
        "",
        *"""i u a e im um in un imiz umuz iniz da de ta te dan den tan ten ya ye yi yu lar ler
        lari leri larim lerim larimiz lerimiz imizi imizle imizde imizden imizin ini unu yla yle
        la le nda nde ndan nden m mi mu mizi miz muz niz nuz uz iz yim yiz deyim dayim teyim
        tayim deyiz dayiz deydik daydik teydik taydik deydim daydim imi imle imden mle ina ine una
        une imde imdeyim imizden si su sini sunu sinde sunda sina suna ndayiz ndeyiz ndayim
        ndeyim""".split(),
    ),
}
VOWELS = "aeiouy"
# Polish and Czech locative softening, folded: biuro -> biurze, miasto -> mieście (st -> sci)
SOFTENED = {"r": "rz", "t": "ci", "d": "dzi", "st": "sci", "k": "c", "g": "dz", "ch": "s", "l": "l"}
SOFT = {"k": "g", "t": "d", "p": "b", "c": "c"}  # Turkish: köpek -> köpeğim, kitap -> kitabı
# Romance diminutives of a word in -o/-a this long: vacanzine, cervejinha, perrito
DIMINUTIVE = {
    "it": (6, ("ina", "ine", "ino", "ini", "etta", "ette", "etto", "etti")),
    "es": (5, ("ito", "ita", "itos", "itas", "illo", "illa")),
    "pt": (5, ("inho", "inha", "inhos", "inhas")),
}
PLURAL_S = ("en", "es", "pt", "fr")  # short words still take a plural -s: vins, pubs, bacs
SIBILANT = ("s", "x", "z", "ch", "sh", "o")  # English -es only after these: beaches, heroes
# forms no ending rule gives: Polish and Czech possessives and the dog's mobile vowel (folded)
IRREGULAR = {
    ("moj", "pl"): "moja moje mojego mojej mojemu moim moich moimi",
    ("nasz", "pl"): "nasza nasze naszego naszej naszemu naszym naszych naszymi",
    ("pies", "pl"): "psa psu psem psie psy psow psami psach",
    ("muj", "cs"): "moje moji meho memu mem mym mou mych mymi",
    ("nas", "cs"): "nase nasi naseho nasemu nasem nasim nasich nasimi",
    ("pes", "cs"): "psa psovi psem psi psy psu psum psech",
    ("dum", "cs"): "domu dome domem domy domech domum domecek domek domku",
}
HEAD_MIN = 4  # a compound head this long, after a modifier this long: Klima|demo
HEAD_NOT = frozenset({"werk", "arbeit"})  # kunstwerk, hausarbeit: heads that change the sense
# longer last parts that end in a head: Bahn|preise is no Bahn|reise, Land|kreise no Land|reise
HEAD_SHADOWS = ("preise", "preisen", "kreise", "kreisen", "greise", "greisen")
MODIFIER_MIN = 5  # a compound's first part this long ("Umzug|skartons"; "hund|ertmal" is not)


@lru_cache(maxsize=16384)
def forms(word: str, lang: str) -> frozenset[str]:
    """The folded forms `word` takes in `lang` (the word itself always among them)."""
    if (word, lang) in IRREGULAR:
        return frozenset({word, *IRREGULAR[word, lang].split()})
    short = MIN_LEN - 1 if lang in ("pl", "cs", "tr") else MIN_LEN  # "byt" -> "bytě", "ev" no
    if len(word) < short or not word.isalpha() or lang not in ROMANCE | SUFFIXES:
        plural = lang in PLURAL_S and word.isalpha() and len(word) >= 3
        found = {word, word + "s"} if plural else {word}
        return frozenset(found | ({word + "'"} if lang == "en" and plural else set()))
    if lang == "en":  # and the possessive: "my son's" reads as "son'" + "s"
        es = {word + "es"} if word.endswith(SIBILANT) else set()
        return frozenset({word, word + "s", word + "'"} | es)
    if lang in ROMANCE:
        end = next(e for e in sorted(ROMANCE[lang], key=len, reverse=True) if word.endswith(e))
        stem = word[: len(word) - len(end)]
        found = {word} | {stem + e for e in ROMANCE[lang][end]}
        least, small = DIMINUTIVE.get(lang, (99, ()))
        if len(word) >= least and end in ("o", "a"):
            found |= {stem + e for e in small}
        return frozenset(found | ({stem} if lang == "it" and stem.endswith("i") else set()))
    if lang in ("pl", "cs"):
        return frozenset({word} | {s + e for s in _slavic_stems(word) for e in SUFFIXES[lang]})
    if lang == "tr":
        stems = {word} | ({word[:-1] + SOFT[word[-1]]} if word[-1] in SOFT else set())
        return frozenset({s + e for s in stems for e in SUFFIXES["tr"]} | {word})
    found = {word + e for e in SUFFIXES[lang]}
    if lang == "de" and len(word) >= 5:  # adjectives: neuer, neuen, neues, neue
        end = next((e for e in ("er", "en", "em", "es", "e") if word.endswith(e)), None)
        found |= {word[: -len(end)] + e for e in ("e", "er", "en", "em", "es")} if end else set()
    return frozenset(found)


def compound_head(word: str, lang: str) -> bool:
    """Whether a German or Dutch lexicon word also reads as the last part of a compound: a noun
    of HEAD_MIN letters or more, not a verb or plural in -en, not one of HEAD_NOT."""
    return (
        lang in ("de", "nl")
        and len(word) >= HEAD_MIN
        and word.isalpha()
        and not word.endswith("en")
        and word not in HEAD_NOT
    )


def compound_modifier(word: str, lang: str) -> bool:
    """Whether a German or Dutch lexicon word also reads as the first part of a compound
    ("Umzugskartons", "Hochzeitstag", "verlovingsfeest"): a noun of MODIFIER_MIN letters or more,
    not a verb or plural in -en."""
    return (
        lang in ("de", "nl")
        and len(word) >= MODIFIER_MIN
        and word.isalpha()
        and not word.endswith("en")
    )


def _slavic_stems(word: str) -> set[str]:
    """Stems a Polish or Czech word's case endings go on: without its last vowel, without the
    mobile e of -ek/-ec (pejsek -> pejsk-), and before -ie/-e with the consonant softened
    (biuro -> biurze, uniwersytet -> uniwersytecie)."""
    stem = word[:-1] if word[-1] in VOWELS else word
    stems = {stem}
    if stem.endswith(("ek", "ec")) and len(stem) > 3:
        stems.add(stem[:-2] + stem[-1])
    for hard, soft in SOFTENED.items():
        if stem.endswith(hard):
            stems.add(stem[: len(stem) - len(hard)] + soft)
    return stems
