"""Classes read from captions_holdout15-16 and dev16-19 (six writers, apart: an ordinary export,
pets' and shops' accounts, ten people over years, a feed, news said without its word, the same
topics about others), each kept only where it showed in two of the six sets or in one and two
older dev sets: signals the owner says without their word (a trade, a pupil, a pet's name, keys,
a due date) and false friends (a friend from school). Captions of no set; each class has
captions that failed on the reader before it, the rest guard."""

import pytest

from exposure.infer.caption_told import pet_named, trade_opening
from exposure.infer.forms import NUMBER_WORDS
from tests.builders.caption_cases import assert_reads

# caption, signals given, signals taken, why
CASES = [
    # a number written as a word stands where a lexicon phrase has `*n` (`forms.NUMBER_WORDS`)
    ("Tres años en Lyon y todavía pido la baguette con acento", {"moving"}, set(), "es"),
    ("dwa dni w Rzymie, nogi odpadają, lody zjedzone", {"travel"}, set(), "pl days"),
    ("three months today, our little sleepy bean", {"baby"}, set(), "en months"),
    # a caption that opens with the owner's trade, then a comma, a place or a time (`trade`)
    ("Kellnerin seit 12 Jahren, heute hat mir ein Gast Blumen geschenkt", {"work"}, set(), "de"),
    ("Fontanero, tercera urgencia del día y son las 10", {"work"}, set(), "es"),
    ("Pompier à Lyon, nuit calme pour une fois", {"work"}, set(), "fr"),
    ("Profe, gracias por todo lo que nos enseñó", set(), {"work"}, "es someone addressed"),
    ("Nurse Ratched would never", set(), {"work"}, "en a name, no comma"),
    # the owner's own pupil, client or patient (`work` words), whoever's news it is (`own_work`)
    ("la mia alunna Giulia ha vinto il concorso di poesia", {"work"}, set(), "it a pupil"),
    ("Vandaag een klant met drie honden in de zaak", {"work"}, set(), "nl a client"),
    ("müşterimin düğün pastası hazır, üç katlı", {"work"}, set(), "tr a customer's"),
    ("Congratulations to my pupils on their results, you earned it", {"work"}, set(), "en"),
    # pets counted in words or walked in the plural; a pet word beside a stray, a café, videos
    ("Mes trois chats ont décidé que le canapé était à eux", {"pet"}, set(), "fr counted"),
    ("Wandeling met de honden langs het kanaal, modder overal", {"pet"}, set(), "nl walked"),
    ("Tierheim sucht Familien für 20 Katzen, bitte teilen", set(), {"pet"}, "de a tally"),
    ("un perrito callejero nos siguió hasta el hotel", set(), {"pet"}, "es a stray"),
    # an animal word and its name (`pet_named`), unless someone else's
    ("Kočka Líza dnes ulovila myš a přinesla mi ji do postele", {"pet"}, set(), "cs"),
    ("Hund Balu hat die Fernbedienung gefressen", {"pet"}, set(), "de"),
    ("Our office cat Biscuit has a new bed", set(), {"pet"}, "en an office's"),
    # a flight or a plane in the first person, backpacking
    ("Letíme do Lisabonu, kufr má 9,8 kila", {"travel"}, set(), "cs"),
    ("volo per Palermo alle 6, caffè al gate", {"travel"}, set(), "it"),
    ("mochilazo por Vietnam, semana dos", {"travel"}, set(), "es"),
    # a new home by its keys, its lease, its purchase or its housewarming
    ("Mamy klucze!!! Trzy pokoje i balkon na zachód", {"new_home"}, set(), "pl keys"),
    ("Abbiamo comprato casa! Ora servono i mobili", {"new_home"}, set(), "it bought"),
    ("Einweihungsfeier am Samstag, bringt Stühle mit", {"new_home"}, set(), "de housewarming"),
    ("Kira kontratını imzaladık, yeni mahalleye alışıyoruz", {"new_home"}, set(), "tr lease"),
    # the owner's child by a pet name, a baby by its night feed or bottle
    ("mi nena ya sabe decir 'gato', estamos orgullosos", {"baby"}, set(), "es"),
    ("Biberon de 3h, puis celui de 5h, je ne sens plus mes bras", {"baby"}, set(), "fr"),
    ("meine kleine Schwester hat Geburtstag", set(), {"baby"}, "de an adjective"),
    # a pregnancy by its due date, its scan or test, its months, its first kick
    ("termín porodu v srpnu, tak snad nebude vedro", {"pregnancy"}, set(), "cs due"),
    ("test pozytywny!!! nie mogę w to uwierzyć", {"pregnancy"}, set(), "pl test"),
    ("Premier coup de pied ressenti pendant le film", {"pregnancy"}, set(), "fr kick"),
    # a degree by its finishing words: the graduation, and no schooling; a school-leaving exam
    # passed is schooling too (the label guide's ruling on student life)
    ("Abi geschafft, jetzt erstmal schlafen", {"graduation", "school"}, set(), "de"),
    ("Licenciatura concluída, agora é procurar emprego", {"graduation"}, set(), "pt"),
    # a friend from school or university is news of theirs, no schooling of the owner's
    ("Kolega z liceum otworzył pizzerię, polecam", set(), {"school"}, "pl"),
    ("Une amie de fac s'est mariée à Nantes ce week-end", set(), {"school"}, "fr"),
]


@pytest.mark.parametrize("caption,given,taken,why", CASES, ids=[c[0] for c in CASES])
def test_class_reads_the_caption(caption, given, taken, why):
    assert_reads(caption, given, taken, why)


@pytest.mark.usefixtures("rules_alone")
def test_due_date_read_by_the_rules():
    # a pregnancy by its due date: the rules read it; the sentence reader's store of 101 DEV
    # sets (stop 54) takes it away (veto 0.295 against 0.3: its 25 nearest captions are of
    # cradles and babies, none a pregnancy), where the 97-set store kept it (0.333)
    assert_reads("Uitgerekend in mei, de wieg staat al klaar", {"pregnancy"}, set(), "nl due")


def test_trade_opens_the_caption():
    assert trade_opening("Camionero, 14 horas de ruta") == "camionero,"
    assert trade_opening("Ich bin Erzieherin in einer Kita") == "ich bin erzieherin in"
    assert trade_opening("Wir haben einen Bäcker gefunden") is None  # not the opening


def test_pet_named_needs_a_capitalised_name():
    assert pet_named("kocour Mourek spí") == [("kocour", "Mourek")]
    assert pet_named("the dog RIP") == []  # capitals throughout
    assert pet_named("der Kater schläft") == []  # no name after it
    assert pet_named("ein Hund Wir", frozenset({"wir"})) == []  # a known word


def test_number_words_are_folded():
    assert {"dwa", "tres", "funf", "dve"} <= NUMBER_WORDS
    assert "on" not in NUMBER_WORDS  # Turkish ten folds to English "on"
