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


# --- travel47 (`caption_trips.trips_told`, `pilgrims_reading`): a term of study abroad, others
# away while the owner stays, another's pilgrimage; the owner's trips remembered are the owner's
# travel as if told now (the label guide's ruling on memories, past49) ----------------------------

TERMS_ABROAD = [
    ("Semestr w Bolonii, na zajęciach rozumiem co trzecie słowo", "pl a semester abroad"),
    ("Semestr v Lisabonu, na koleji je nás šest z pěti zemí", "cs a semester abroad"),
    ("Intercambio en Bolonia, la pasta aquí es otra liga", "es an exchange"),
    ("Auslandssemester in Bologna, ich esse nur noch Pasta", "de a semester abroad"),
    ("Intercâmbio em Lyon, a padaria já sabe o meu nome", "pt an exchange"),
    ("Exchange semester in Leuven, the waffles are a problem", "en an exchange semester"),
]

WEEKENDS_NAMED = [
    ("Week-end dans le Morvan, deux randos et une fondue", "fr a weekend in a region"),
    ("Puente en la Sierra de Cazorla, dos rutas y mucho queso", "es a bridge weekend"),
    ("Feriadão na Serra da Mantiqueira, trilha e fondue", "pt a long weekend"),
    ("Hafta sonu Uludağ: kar, kayak, sucuk ekmek", "tr a weekend named bare"),
    ("Prodloužený víkend na Šumavě, jen my dva", "cs a long weekend"),
    ("Weekend nelle Dolomiti, tre rifugi e uno strudel", "it a weekend in the mountains"),
]

ANNIVERSARIES_AWAY = [
    ("Anniversario di matrimonio a Siena, cena in piazza e poi a letto presto", "it"),
    ("Rocznica ślubu w Sopocie, molo i lody jak dwadzieścia lat temu", "pl"),
    ("Trouwdag nummer 12, we vieren het in Brugge", "nl"),
    ("Dixième anniversaire de mariage à Lisbonne, pastéis au lit", "fr"),
    ("Výročí svatby v Olomouci, jen my dva", "cs"),
    ("Aniversario de boda en Salamanca, cochinillo y paseo", "es"),
]

CHILDHOOD = [
    ("Vroeger gingen we elke zomer naar Spanje met de caravan", "nl"),
    ("Em criança íamos de comboio até Paris, vinte horas sentados", "pt"),
    ("Quand on était petits, on partait chaque été en vacances au camping", "fr"),
    ("Da bambini ogni estate in vacanza al mare in roulotte", "it"),
    ("De niños íbamos cada verano de vacaciones al pueblo en el Seat 600", "es"),
]

REMEMBERED = [
    ("Retrouvé les photos de notre voyage à Rome en 1987, la coupe de cheveux de papa", "fr"),
    ("Erinnerung an die Klassenfahrt nach Paris 1994, die Frisuren!", "de"),
    ("Ho ritrovato le foto dell'Interrail del 2004 a Praga, che coraggio", "it"),
    ("Stare zdjęcie z wycieczki do Pragi w 1999, te spodnie", "pl"),
    ("Encontré las fotos de mi viaje a Londres en 1996, qué pelos", "es"),
]

OTHERS_AWAY = [
    ("Alle sind im Urlaub, und ich sitz im Büro", "de everyone away"),
    ("Mi hermana de vacaciones en la playa y yo trabajando", "es a sister away"),
    ("My sister is on holiday in Spain and I'm at home with her cat", "en a sister away"),
    ("Wszyscy na wakacjach w Grecji, a ja w biurze", "pl everyone on holiday"),
    ("Herkes Bodrum'da tatilde, ben ofisteyim", "tr everyone on holiday"),
    ("Bayramda herkes tatile gitti, biz evde oturuyoruz", "tr everyone away, we at home"),
]

OTHERS_PILGRIMS = [
    ("Dad's back from Hajj and he's still glowing", "en a father's hajj"),
]

# guards: the owner's own course at home, another's term, the owner's own trips beside the cues
OWN_COURSE = [
    ("Erstes Semester Medizin in Wien, Anatomie ist hart", "de a first semester at home"),
    ("Intercâmbio em Coimbra, melhor decisão da minha vida", "pt a town at home"),
    ("Otro semestre en la UBA, vamos con toda", "es another semester at a university"),
    ("Semestr w Krakowie, sesja za tydzień", "pl a city at home"),
    ("Meine Schwester macht ein Auslandssemester in Madrid und schickt nur Fotos", "de a sister's"),
]

NO_WEEKEND_AWAY = [
    ("Hauptsache Wochenende", "de a weekend greeted"),
    ("Gewinnspiel! Wir verlosen ein Wochenende am Chiemsee", "de a prize, no German am"),
    ("Meine Eltern feiern Silberhochzeit in Venedig", "de the parents' anniversary"),
    ("Hochzeitstag Nr. 5, Essen im Lieblingsrestaurant", "de a restaurant after an article"),
    ("Bodas de plata de mis tíos en Toledo", "es the uncle and aunt's anniversary"),
    ("Ruby anniversary lunch at the Harbour Inn, Geoff had the steak", "en a pub at home"),
    ("This weekend in the garden with the kids", "en a weekend at home"),
    ("Ein Wochenende im Garten, endlich Ruhe", "de a garden"),
    ("Die Kollegin hat sich am Wochenende verlobt", "de a time, another's news"),
    ("My sister's weekend in Rome looked amazing", "en a sister's weekend"),
]

STILL_TRIPS_47 = [
    ("Interrail, Tag 6, Ljubljana, ich liebe Nachtzüge", "de the owner's own trip"),
    ("JGA vom Bruder in Prag, ich bin echt zu alt dafür", "de the owner at a brother's stag do"),
    ("Erasmus en Bolonia, primera semana y ya he comido más pasta que en toda mi vida", "es"),
    ("Flitterwochen 1971 am Wörthersee, heute zum Rubinhochzeitstag wieder hier", "de again"),
    ("Foto de nuestro viaje a Roma en 1998 y hoy de nuevo en la Fontana di Trevi", "es again"),
]


@pytest.mark.parametrize("caption, why", TERMS_ABROAD + WEEKENDS_NAMED + ANNIVERSARIES_AWAY)
def test_a_term_abroad_a_weekend_and_an_anniversary_named_with_the_place_are_trips(caption, why):
    assert "travel" in rule_signals(caption), why


@pytest.mark.parametrize("caption, why", OTHERS_AWAY + OTHERS_PILGRIMS)
def test_others_away_and_others_pilgrims_are_no_trip(caption, why):
    assert "travel" not in rule_signals(caption), why


@pytest.mark.parametrize("caption, why", OWN_COURSE + NO_WEEKEND_AWAY)
def test_a_term_at_home_another_s_term_and_a_weekend_at_home_are_no_trip(caption, why):
    assert "travel" not in rule_signals(caption), why


@pytest.mark.parametrize("caption, why", STILL_TRIPS_47 + CHILDHOOD + REMEMBERED)
def test_the_owner_s_own_trips_beside_the_cues_are_read(caption, why):
    assert "travel" in rule_signals(caption), why


# Stop 48 (travel48): a pilgrimage to a shop, a food stall or a stadium is a figure, and a Czech
# pouť with its rides is the village fair: no journey (`caption_trips._pilgrim_figures`)
PILGRIM_FIGURES = [
    ("Saturday pilgrimage to Greggs for the vegan sausage roll 🙏", "en a bakery chain"),
    ("Wallfahrt zur besten Currywurst im Ruhrpott 🙏", "de a sausage stall"),
    ("Pèlerinage du samedi à la boulangerie du coin 🥐", "fr a bakery"),
    ("Peregrinación anual a la churrería de San Ginés 🙏", "es a churros shop"),
    ("Romaria à pastelaria da esquina, pastéis de nata 🙏", "pt a pastry shop"),
    ("Pellegrinaggio alla gelateria di Piazza Navona, fila infinita 🍦", "it an ice cream shop"),
    ("Bedevaart naar de snackbar van Henk, de kroket was het waard", "nl a snack bar"),
    ("Pielgrzymka do cukierni po pączki w Tłusty Czwartek 🍩", "pl a cake shop"),
    ("Pouť u nás ve vsi, kolotoče a perník pro děti", "cs the village fair"),
    ("Kokoreççinin önünde hac kuyruğu vardı, yarım saat bekledik", "tr a queue at a stall"),
]

PILGRIMS_STILL = [
    ("Pielgrzymka na Jasną Górę z parafią, 9 dni pieszo 🙏", "pl a pilgrimage on foot"),
    ("Wallfahrt nach Altötting mit der Pfarrei, 40 km und Blasen", "de a pilgrimage"),
    ("Pèlerinage à Lourdes avec la paroisse, beaucoup d'émotion", "fr a pilgrimage"),
    ("Pouť na Svatý Hostýn s farností, nohy bolí", "cs a pilgrimage"),
    ("Pellegrinaggio a San Giovanni Rotondo con il gruppo di preghiera", "it a pilgrimage"),
]


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("caption, why", PILGRIM_FIGURES)
def test_a_pilgrimage_to_a_shop_or_a_village_fair_is_no_trip(caption, why):
    assert "travel" not in rule_signals(caption), why


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("caption, why", PILGRIMS_STILL)
def test_a_pilgrimage_to_a_shrine_is_still_a_trip(caption, why):
    assert "travel" in rule_signals(caption), why


# Stop 48 (travel48): others who come to stay with the owner for their holidays (grandchildren,
# a cousin home from abroad, a daughter's cat): their holiday, the owner at home
GUESTS_ON_HOLIDAY = [
    ("Next door's tortoise is on holiday at ours for a fortnight 🐢", "en a neighbour's pet"),
    ("Ferien bei Oma und Opa, die Enkel haben heute 30 Eier eingesammelt", "de grandchildren"),
    ("Le lapin de l'école passe les vacances chez nous, il a déjà mangé un câble", "fr"),
    ("Los primos de Madrid llegan de vacaciones, ya tengo la piscina llena", "es cousins"),
    ("A minha irmã chegou da Suíça para as férias, com a carrinha cheia", "pt a sister"),
    ("Il cane della vicina in vacanza da noi, dorme sul divano", "it a neighbour's dog"),
    ("De buren hun kinderen komen in de herfstvakantie logeren, bedjes klaar", "nl"),
    ("Kot sąsiadki u nas na wakacjach, rządzi kanapą", "pl a neighbour's cat"),
    ("Sousedův pes u nás na dovolené, chrápe jak dřevorubec", "cs a neighbour's dog"),
    ("Kuzenlerim tatile geliyor, misafir odası hazır", "tr cousins for their holiday"),
]

OWN_HOLIDAYS_STILL = [
    ("Vacances en Bretagne avec les enfants, crêpes tous les soirs", "fr the owner's holiday"),
    ("Urlaub an der Ostsee mit den Kindern, Strandkorb gemietet", "de the owner's holiday"),
    ("Wakacje nad morzem z dziećmi, bursztyn znaleziony", "pl the owner's holiday"),
    ("Vacanze in Sardegna con la famiglia, mare da sogno", "it the owner's holiday"),
]


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("caption, why", GUESTS_ON_HOLIDAY)
def test_guests_who_come_for_their_holidays_give_no_trip(caption, why):
    assert "travel" not in rule_signals(caption), why


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("caption, why", OWN_HOLIDAYS_STILL)
def test_the_owner_s_own_holidays_are_still_trips(caption, why):
    assert "travel" in rule_signals(caption), why


# Stop 48 (travel48): a holiday that is time off work or school, told by its end or its start,
# a last shift before it or an exam passed: no journey (`travel48`'s `time_off`)
TIME_OFF = [
    ("Thirty reports written. Bring on the holidays.", "en a teacher's end of term"),
    ("Letzte Schicht vor dem Urlaub, die Station ist voll", "de a last shift"),
    ("Conseil de classe terminé, vive les vacances !", "fr the end of term"),
    ("Último turno antes de mis vacaciones, la planta está a tope", "es a last shift"),
    ("Último dia antes das férias, a sala está vazia", "pt a last day"),
    ("Scrutini finiti, in ferie fino a lunedì 😎", "it days off"),
    ("Laatste werkdag voor de zomervakantie, rapporten klaar", "nl a last day at work"),
    ("Egzamin zdany, teraz tylko wakacje!", "pl an exam passed"),
    ("Práce? Dovolená do pondělí 😎", "cs days off"),
    ("Öğrencilerim karnelerini aldı, ben de tatile girdim", "tr a teacher's end of term"),
]

HOLIDAYS_AWAY_STILL = [
    ("Vive les vacances à l'île de Ré, vélo et huîtres", "fr a holiday with its place"),
    ("Urlaub an der Ostsee, endlich Meer", "de a holiday at the sea"),
]


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("caption, why", TIME_OFF)
def test_a_holiday_as_time_off_is_no_trip(caption, why):
    assert "travel" not in rule_signals(caption), why


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("caption, why", HOLIDAYS_AWAY_STILL)
def test_a_holiday_with_its_place_is_still_a_trip(caption, why):
    assert "travel" in rule_signals(caption), why


# Stop 48 (travel48): a caption that is a big city's or a country's name alone, beside emoji, is
# a photo's place: a trip (`caption_trips._place_alone`); not a team's name beside a game's emoji
PLACES_ALONE = [
    ("Lisbon ☀️", "en"),
    ("Lissabon 🌞", "de"),
    ("Lisbonne ☀️🇵🇹", "fr"),
    ("Lisboa 🌅", "es"),
    ("Lisbona ☀️", "it"),
    ("Chorvatsko 🌊🐚", "cs"),
    ("Chorwacja 🌊", "pl"),
]

PLACES_ALONE_NOT = [
    ("Portugal 🇵🇹⚽", "a team's game"),
    ("Lisbon is where my sister lives now", "a sentence, a relative's town"),
]


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("caption, why", PLACES_ALONE)
def test_a_place_named_alone_is_a_trip(caption, why):
    assert "travel" in rule_signals(caption), why


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("caption, why", PLACES_ALONE_NOT)
def test_a_team_s_place_or_a_sentence_is_no_place_alone(caption, why):
    assert "travel" not in rule_signals(caption), why


# Stop 48 (travel48): a trip that is a vehicle's load, a run of a move (`travel48`'s `loads`)
LOADS = [
    ("Helped my sister move flat today, four trips with the van", "en a move's runs"),
    ("Último viaje con la furgoneta y la mudanza terminada", "es a move's last run"),
    ("Zwei Fahrten mit dem Transporter, dann war die Wohnung leer", "de a move's runs"),
    ("Trois allers-retours avec la camionnette, le déménagement est fini", "fr a move's runs"),
    ("Tre viaggi col furgone e il trasloco è finito", "it a move's runs"),
]

LOADS_NOT = [
    ("Road trip in the van through the Highlands, Skye tomorrow", "en a van's road trip"),
]


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("caption, why", LOADS)
def test_a_vehicle_s_loads_are_no_trip(caption, why):
    assert "travel" not in rule_signals(caption), why


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("caption, why", LOADS_NOT)
def test_a_road_trip_in_a_van_is_still_a_trip(caption, why):
    assert "travel" in rule_signals(caption), why
