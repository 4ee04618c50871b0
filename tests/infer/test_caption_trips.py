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


# --- travel46 (`caption_trips`): a church's rite, a holiday called off, another person leaving,
# weekends as a habit, a travel agent's window; a weekend away for two ---------------------------

RITE_IN_A_CHURCH = [
    ("Pfingstmesse im Dom, der Chor war wunderbar", "de a feast's mass in the cathedral"),
    ("Paasdienst in de kathedraal, het orgel was prachtig", "nl an Easter service"),
    ("Baptême de mon neveu, la cathédrale était glaciale", "fr a nephew's baptism"),
]

CALLED_OFF = [
    ("Urlaub storniert, der Chef braucht mich doch", "de a holiday cancelled"),
    ("Vacaciones canceladas, me toca quedarme en casa", "es holidays cancelled"),
    ("Vakantie geannuleerd, de auto is kapot", "nl a holiday cancelled"),
    ("Wakacje odwołane, szef się nie zgodził", "pl holidays called off"),
    ("Our holiday was cancelled, the airline went bust", "en a holiday cancelled"),
]

OTHERS_LEAVE = [
    ("Moja siostra wyjeżdża do Irlandii na stałe, pożegnanie na lotnisku", "pl a sister"),
    ("Kuzenim Hollanda'ya yerleşiyor, havalimanında sarılıp ağladık", "tr a cousin"),
    ("Mi hermano se va a vivir a Berlín, despedida en el aeropuerto", "es a brother"),
]

HABIT_WEEKENDS = [
    ("Studia zaoczne, trzy lata weekendów w Poznaniu i kawy z automatu", "pl study weekends"),
    ("Trois ans de cours du soir et tous les week-ends à Lyon pour le master", "fr every weekend"),
]

ADVERTS = [
    ("The travel agent in town has Bali for £2k in the window. I have £20", "en a window"),
    ("Im Schaufenster vom Reisebüro: Urlaub auf Mallorca ab 499 €", "de an agency's window"),
    ("L'agence de voyages du quartier ferme, plus personne n'y réserve", "fr an agency closing"),
    ("Katalog cestovky na stole, Egypt za 20 tisíc, zase jen listujeme", "cs a catalogue"),
]

WEEKENDS_AWAY = [
    ("Week-end en amoureux à Colmar, choucroute et vin chaud", "fr a weekend for two"),
    ("Enfin partis en week-end, les enfants chez mamie", "fr off for the weekend"),
    ("Fim de semana romântico em Gramado, fondue e frio", "pt a romantic weekend"),
    ("Romantický víkend na Šumavě, jen my dva", "cs a romantic weekend"),
    ("Weekend romantico a Verona, il balcone di Giulietta 😅", "it a romantic weekend"),
    ("Ruta de tapas por Cádiz con mi chico, seis bares y una caña en cada uno", "es tapas route"),
]

STILL_TRIPS_46 = [
    ("Kölner Dom von innen, einfach gewaltig", "de a cathedral seen, no rite told"),
    ("Voyage à Lourdes avec la paroisse, on a prié à la grotte", "fr a pilgrimage journey"),
    ("Week-end à Lisbonne, on a annulé le restaurant mais pas le fado", "fr a plan changed"),
]


@pytest.mark.parametrize("caption, why", RITE_IN_A_CHURCH)
def test_a_church_where_a_rite_is_told_is_no_trip(caption, why):
    assert "travel" not in rule_signals(caption), why


def test_the_rite_s_church_is_the_owner_s_faith_where_no_one_else_is_named():
    assert "religion" in rule_signals("Kerstnachtdienst in de Domkerk, prachtig gezongen")


@pytest.mark.parametrize("caption, why", CALLED_OFF + OTHERS_LEAVE + HABIT_WEEKENDS + ADVERTS)
def test_holidays_called_off_others_leaving_habits_and_adverts_are_no_trip(caption, why):
    assert "travel" not in rule_signals(caption), why


@pytest.mark.parametrize("caption, why", WEEKENDS_AWAY + STILL_TRIPS_46)
def test_weekends_away_and_trips_told_beside_them_are_read(caption, why):
    assert "travel" in rule_signals(caption), why
