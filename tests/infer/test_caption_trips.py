"""Stop 44 (trips44): travel, moving and new_home as parents, carers and people abroad tell them,
in the caption languages (each failed before these words joined `signals.travel`,
`signals.moving` and `signals.new_home` of captions.yaml).

Travel: a family holiday told by its campsite or its school break and a place ("Kamperen in de
Vogezen", "Pfingstferien am Bodensee", "half term in Devon"), a week or a weekend at the sea, a
respite stay while someone else cares, the owner's own flight ("ich fliege morgen", "uçtum"), a
trip home for Christmas from abroad, a pilgrim's stage on the Camino. Moving: the keys handed
back, a last look at the empty flat, leaving the home of many years. New home: our first house,
my name on the lease, "mamy swoje M3".

Abroad (caption_places `feast` and the food shops): a feast of the home country kept in a
place abroad, or a home food found in a shop there, is the life of one who lives there, while a
week in the same city is still a trip.

Silent: a campsite as a business or a wish, a holiday at home, a pilgrimage someone else made, a
time that flew, a relative flown in, a first house only dreamt of."""

import pytest

from exposure.infer.captions import rule_signals

TRAVEL = [
    ("Kamperen in de Vogezen met twee peuters, de tent hield het droog", "nl camping"),
    ("Zelten am Bodensee mit den Kindern, jede Nacht Gewitter", "de camping"),
    ("Camping in Dordogne avec les petits, on a survécu aux moustiques", "fr camping"),
    ("Campeggio in Toscana, tre notti sotto le stelle con i bimbi", "it camping"),
    ("Acampada en la sierra de Gredos con los críos, volvimos llenos de barro", "es camping"),
    ("Campismo na Serra da Estrela com os miúdos, frio de rachar", "pt camping"),
    ("Kemping nad jeziorem z dziećmi, komary gratis", "pl camping"),
    ("Pfingstferien am Bodensee, drei Kinder und ein Tretboot", "de a school break"),
    ("Meivakantie op Ameland met de kinderen en de fietsen", "nl a school break"),
    ("Half term in Devon with the kids, rain every single day", "en a school break"),
    ("Majówka nad jeziorem z dzieciakami i grillem", "pl a school break"),
    ("Ferie w Szczyrku, Zuzia pierwszy raz na sankach", "pl a school break"),
    ("Tydzień nad morzem w Ustce, tylko ja i książki", "pl a week at the sea"),
    ("Týden u moře v Chorvatsku, mamka hlídá psa", "cs a week at the sea"),
    ("Una settimana al mare in Calabria, finalmente", "it a week at the sea"),
    ("Una semana de respiro en Galicia mientras mi hermana cuida de mamá", "es a respite week"),
    ("Oma ligt in het ziekenhuis, ik vlieg morgen naar huis", "nl the owner's flight"),
    ("Flew to Lisbon for my cousin's graduation, back on Monday", "en the owner's flight"),
    ("Babamın doğum günü için İzmir'e uçtum", "tr the owner's flight"),
    ("Jedu domů na Vánoce, poprvé po dvou letech v Irsku", "cs home for Christmas"),
    ("Pilgern auf dem Jakobsweg, Tag 4, die Blasen werden mehr", "de a pilgrim's stage"),
    ("Walked the last stretch of the Camino this morning", "en a pilgrim's stage"),
]

MOVING = [
    ("Handed back the keys to the flat today, eight years in that place", "en keys handed back"),
    ("Ho riconsegnato le chiavi del monolocale, che strano", "it keys handed back"),
    ("Entreguei as chaves do apartamento ao senhorio, acabou", "pt keys handed back"),
    ("Sleutels ingeleverd, het lege huis galmde", "nl keys handed back"),
    ("Anahtarları teslim ettim, yeni bir sayfa", "tr keys handed back"),
    ("Me voy del piso donde crecieron mis hijas", "es leaving the home of years"),
    ("Lasciamo Bologna dopo vent'anni, si va verso il mare", "it leaving a city"),
]

NEW_HOME = [
    ("Our first house! The roof leaks but it's ours", "en our first house"),
    ("Nuestra primera casa, con goteras pero nuestra", "es our first house"),
    ("Klíče od našeho prvního domu jsou tady!", "cs our first house"),
    ("My name on the lease for the first time at 40", "en my own lease"),
    ("Mamy swoje M3, kredyt na 25 lat", "pl our own flat"),
]

SILENT = [
    ("Mijn broer begint een camping aan de kust", "travel", "nl a campsite as a business"),
    ("Sommerferien zu Hause, die Kinder langweilen sich", "travel", "de a holiday at home"),
    ("Mein Onkel hat den Jakobsweg mit 70 geschafft", "travel", "de someone else's Camino"),
    ("Time flew by so fast this year", "travel", "en time that flew"),
    ("Mum flew in from Lagos for the christening", "travel", "en a relative flown in"),
    ("One day we'll have our own little place by the lake", "new_home", "en a wish"),
    ("La mia coinquilina trasloca, casa vuota stasera", "moving", "it a flatmate's move"),
]


ABROAD_HOME = [
    ("Wigilia w Dublinie, barszcz jak u mamy", "pl Christmas Eve abroad"),
    ("Día de la Hispanidad en Múnich con los de la peña", "es a national day abroad"),
    ("Dia de Portugal em Berlim, bifanas e fado até tarde", "pt a national day abroad"),
    ("Sucuk aradık, Hollanda'da Türk marketinde bulduk", "tr a home food in a shop"),
    ("Enfin une boulangerie française à Chicago", "fr a home bakery abroad"),
]

STILL_TRIPS = [
    ("Tydzień w Dublinie, Guinness i deszcz", "pl a week in a city"),
    ("Quatro dias em Berlim, a cidade é linda", "pt days in a city"),
]


@pytest.mark.parametrize("text,why", ABROAD_HOME, ids=[w for _, w in ABROAD_HOME])
def test_home_feasts_and_foods_abroad_are_no_trip(text, why):
    assert "travel" not in rule_signals(text)


@pytest.mark.parametrize("text,why", TRAVEL + STILL_TRIPS, ids=[w for _, w in TRAVEL + STILL_TRIPS])
def test_trips_are_read(text, why):
    """A trip told by its campsite, its flight, a home visit from abroad, and a stay in the same
    cities as a home feast's (`STILL_TRIPS`: the feast class does not take them)."""
    assert "travel" in rule_signals(text)


@pytest.mark.parametrize("text,why", MOVING, ids=[w for _, w in MOVING])
def test_moving_out_is_read(text, why):
    assert "moving" in rule_signals(text)


@pytest.mark.parametrize("text,why", NEW_HOME, ids=[w for _, w in NEW_HOME])
def test_a_new_home_is_read(text, why):
    assert "new_home" in rule_signals(text)


@pytest.mark.parametrize("text,signal,why", SILENT, ids=[w for *_, w in SILENT])
def test_false_friends_stay_silent(text, signal, why):
    assert signal not in rule_signals(text)
