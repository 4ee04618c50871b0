"""A faith practised by the owner, and faith words that are none (faith46, `caption_faith`): the
blessing of the owner's new home or own animal, the owner's child baptised and a journey to a
shrine are the owner's practice; a prayer asked of others, a feast greeted to all, an owner who
says they do not practise and a church beside another event of the owner's are not. Each caption
failed before; the false friends stay silent."""

import pytest

from exposure.infer.captions import rule_signals

BLESSING = [
    (
        "House blessing in our new house this morning, holy water in every room",
        "en",
        "new_home",
    ),
    (
        "Keys to our first flat 🔑 the priest is coming on Sunday, holy water and all",
        "en",
        "new_home",
    ),
    ("Nuestro piso nuevo 🔑 el cura vino a bendecir cada habitación", "es", "new_home"),
    ("Nova casa 🔑 o padre veio benzer a casa no domingo", "pt", "new_home"),
    (
        "Unsere neue Wohnung 🔑 der Pfarrer hat das Haus gesegnet, Weihwasser überall",
        "de",
        "new_home",
    ),
    ("Nuovo appartamento 🔑 il parroco è venuto a benedirlo", "it", "new_home"),
    ("Nowe mieszkanie 🔑 proboszcz przyszedł poświęcić wszystkie pokoje", "pl", "new_home"),
    ("Náš nový byt 🔑 farář přišel požehnat každý pokoj", "cs", "new_home"),
    ("Bénédiction des animaux à la paroisse, notre chienne Praline était sage 🐶", "fr", "pet"),
]

BAPTISED = [
    ("Our twins were baptised on Sunday, both slept through it", "en"),
    ("Notre petit Malo est baptisé, le parrain a fait un discours", "fr"),
    ("Unsere Tochter wurde heute getauft, die Oma hat geweint", "de"),
    ("Onze jongste is vandaag gedoopt, de hele familie was er", "nl"),
    ("Nasza córeczka została ochrzczona w rodzinnej parafii", "pl"),
]

PILGRIMAGE = [
    ("Walked the last stage to Santiago de Compostela, day 6, knees gone", "en"),
    ("Fátima a pé com as vizinhas, dia 3, os pés já não são meus", "pt"),
    ("Wallfahrt nach Altötting, Tag 2, die Füße brennen", "de"),
    ("Pielgrzymka na Jasną Górę, dzień 5, pieszo z parafią", "pl"),
]

NO_PRACTICE = [
    # (a prayer asked for anyone ill is the owner's practice: the ruling on Prayers, faith51)
    ("Happy Eid to everyone celebrating today 🌙", "en greeting"),
    ("Feliz Pascua a todos, que la paséis genial", "es greeting"),
    ("Herkese iyi bayramlar, Ramazan Bayramınız mübarek olsun", "tr greeting"),
    ("Christmas is presents and turkey here, I'm not religious at all, never go to church", "en"),
    ("Natale in famiglia, io non sono praticante ma la messa di mezzanotte la guardo in tv", "it"),
    ("Vánoce bez kostela, do kostela nechodíme, jen cukroví a pohádky", "cs"),
    ("Podpisałam petycję pod kościołem, zbieramy dalej", "pl setting"),
    ("We verhuizen! Weg uit het dorp, de kerk en de bakker gaan we missen", "nl setting"),
]

CANDLE = [
    ("Lit a candle for my grandad at St Patrick's this morning", "en"),
    ("J'ai allumé un cierge pour ma grand-mère à la cathédrale", "fr"),
    ("Encendí una vela por mi abuelo en la catedral", "es"),
    ("Zapaliłam świeczkę za dziadka w katedrze", "pl"),
]

THEIRS = [
    ("La abuela ahora nos reza el rosario por videollamada 😂", "es a grandmother's rosary"),
    ("A minha sogra começou a rezar quando soube da notícia", "pt a mother-in-law's prayer"),
    ("Grandma lights a candle for me before every exam", "en a grandmother's candle"),
]

PRACTICE_KEPT = [
    ("Eid Mubarak from our family to yours, prayers at the mosque this morning 🌙", "en"),
    ("Messe de minuit en famille ⛪ joyeux Noël à tous", "fr"),
    ("Pèlerinage à Lourdes avec la paroisse", "fr"),
]

FALSE_FRIENDS = [
    ("Mio suocero ha fatto il Cammino di Santiago a piedi, giorno 20, mito", "it a relative's way"),
    ("Grandma is back from Lourdes with holy water for everyone", "en a relative's trip"),
    ("Fatima's birthday, day 3 of the party marathon", "en a name"),
    ("The curé came to bless the neighbour's tractor", "en another's blessing, no home"),
    ("Mijn nichtje is vandaag gedoopt in de Sint-Jan", "nl a niece's baptism"),
]


@pytest.mark.parametrize("text,lang,signal", BLESSING)
def test_blessing_of_home_or_animal_is_religion(text, lang, signal):
    assert {"religion", signal} <= rule_signals(text), lang


@pytest.mark.parametrize("text,lang", BAPTISED)
def test_own_child_baptised_is_religion(text, lang):
    assert "religion" in rule_signals(text), lang


@pytest.mark.parametrize("text,lang", PILGRIMAGE)
def test_journey_to_a_shrine_is_a_pilgrimage(text, lang):
    assert {"religion", "travel"} <= rule_signals(text), lang


@pytest.mark.parametrize("text,why", NO_PRACTICE)
def test_faith_words_of_no_practice_are_silent(text, why):
    assert "religion" not in rule_signals(text), why


@pytest.mark.parametrize("text,lang", CANDLE)
def test_candle_lit_by_the_owner_is_religion(text, lang):
    assert "religion" in rule_signals(text), lang


@pytest.mark.parametrize("text,why", THEIRS)
def test_a_relatives_practice_is_theirs(text, why):
    assert "religion" not in rule_signals(text), why


@pytest.mark.parametrize("text,lang", PRACTICE_KEPT)
def test_practice_beside_greetings_kept(text, lang):
    assert "religion" in rule_signals(text), lang


@pytest.mark.parametrize("text,why", FALSE_FRIENDS)
def test_false_friends_stay_silent(text, why):
    assert "religion" not in rule_signals(text), why
