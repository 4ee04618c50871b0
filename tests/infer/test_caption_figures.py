"""A signal's word used of something else (figures45, `caption_figures`): a simile, "my baby" said
of a thing, an advert or an invitation, a campaign met as a nuisance, a strike as news, a saying,
a team's trip, a stadium called a church. Each caption gave its signal before; the owner's own
acts beside such words still count."""

import pytest

from exposure.infer.captions import rule_signals

SIMILE = [
    ("Dormí como un bebé después del turno de noche", "baby", "es like a baby"),
    ("Il a pleuré comme un bébé au coup de sifflet final", "baby", "fr like a baby"),
    ("Hij sliep als een baby na de lange training", "baby", "nl like a baby"),
    ("Slept like a baby after the derby", "baby", "en like a baby"),
    ("Spal jsem jak miminko, dvanáct hodin", "baby", "cs like a baby"),
    ("Köy maçı düğün gibiydi, davul zurna", "wedding", "tr like a wedding"),
    ("Das Dorffest war wie eine Hochzeit, alle haben getanzt", "wedding", "de like a wedding"),
]

THING = [
    ("Mein Baby 😍 (der alte Bulli, frisch lackiert)", "de a van in brackets"),
    ("Mi bebé 😍 (la furgo recién pintada)", "es a van in brackets"),
    ("La mia bambina (la chitarra nuova) è arrivata oggi", "it a guitar in brackets"),
    ("Mijn baby 😍 (de nieuwe trompet)", "nl a trumpet in brackets"),
    ("Moje dziecko 😍 (nowy rower szosowy)", "pl a bike in brackets"),
    ("Mon bébé, cette vieille moto que je retape depuis dix ans", "fr a motorbike after"),
    ("Dit bootje is mijn baby, elke zomer opnieuw geschilderd", "nl a boat joined by is"),
]

ADVERT = [
    ("Cerveza gratis para todos los que vengan el sábado al campo", "alcohol", "es free beer"),
    ("Bière offerte dès 19h au local, venez nombreux", "alcohol", "fr a beer from 7 pm"),
    ("Bier ab 17 Uhr am Sportplatz, alle willkommen!", "alcohol", "de beer from 5, all welcome"),
    ("Pints £3 till nine at the clubhouse, all welcome", "alcohol", "en a price, all welcome"),
    ("Birra a 3€ tutta la sera in piazza, venite!", "alcohol", "it a price, come"),
    ("Iftar bu akşam cami bahçesinde, herkes davetli", "religion", "tr an iftar, all invited"),
]

NEWS = [
    ("Znowu kampania wyborcza, plakaty na każdym płocie, dość", "politics", "pl posters again"),
    ("Otra vez el mitin electoral en la plaza, qué ruido", "politics", "es a rally's noise"),
    ("Yine seçim arabaları sokakta, yine gürültü", "politics", "tr campaign cars again"),
    ("Staking bij de NS morgen, check je reis", "travel", "nl a strike: check your trip"),
    ("Streik bei der Bahn morgen, also Reise verschieben, Achtung", "travel", "de a strike"),
]

FIGURES = [
    ("Il lavoro è salute, diceva mio nonno", "work", "it a saying"),
    ("Praca to zdrowie, mówi dziadek", "work", "pl a saying"),
    ("El trabajo es salud, decía mi abuelo", "work", "es a saying"),
    ("Victory trip for United, open bus to the town hall", "travel", "en a team's trip"),
    ("Siegesreise der Löwen geht weiter", "travel", "de a team's trip"),
    ("El estadio en día de derbi es una catedral", "travel", "es a stadium as a cathedral"),
]

KEPT = [
    ("Our baby is here (3.2 kg) 💙", "baby", "en a baby with its weight"),
    ("Mein Baby schläft im Auto", "baby", "de a baby asleep in the car"),
    ("We voted, then a beer", "politics", "en the owner's vote"),
    (
        "Like every year, our wedding anniversary trip to Rome",
        "wedding",
        "en a habit, not a simile",
    ),
    ("First dance as husband and wife 💍", "wedding", "en a role, not a simile"),
    ("Comme chaque année, notre voyage de noces à Venise", "wedding", "fr a habit"),
    ("I'd like a beer now", "alcohol", "en a wish to drink, no simile"),
    ("Ich trinke ab 18 Uhr ein Bier mit den Kollegen", "alcohol", "de the owner's beer at six"),
    ("Our housewarming tonight, come along, beer in the fridge!", "new_home", "en an invitation"),
    ("Mañana huelga general y allí estaré yo con mi pancarta", "politics", "es my strike"),
]


@pytest.mark.parametrize("caption, signal, why", SIMILE)
def test_a_simile_borrows_the_word(caption, signal, why):
    assert signal not in rule_signals(caption), why


@pytest.mark.parametrize("caption, why", THING)
def test_my_baby_said_of_a_thing_is_no_child(caption, why):
    assert "baby" not in rule_signals(caption), why


@pytest.mark.parametrize("caption, signal, why", ADVERT)
def test_an_advert_or_an_invitation_offers_it(caption, signal, why):
    assert signal not in rule_signals(caption), why


@pytest.mark.parametrize("caption, signal, why", NEWS)
def test_a_campaign_met_as_a_nuisance_or_a_strike_as_news(caption, signal, why):
    assert signal not in rule_signals(caption), why


@pytest.mark.parametrize("caption, signal, why", FIGURES)
def test_a_saying_a_teams_trip_a_stadium_called_a_church(caption, signal, why):
    assert signal not in rule_signals(caption), why


@pytest.mark.parametrize("caption, signal, why", KEPT)
def test_the_owners_own_act_beside_such_words_counts(caption, signal, why):
    assert signal in rule_signals(caption), why


LONG_RUN_CHURCH = [
    ("Der Sonntagslauf ist meine Kirche ⛪", "de the Sunday run, my church"),
    ("De lange duurloop op zondag is mijn kerkdienst", "nl the long run, my service"),
    ("La sortie longue du dimanche, c'est ma messe", "fr the long run, my mass"),
    ("Il lungo della domenica è la mia messa", "it the long run, my mass"),
]


@pytest.mark.parametrize("caption, why", LONG_RUN_CHURCH)
def test_a_long_run_or_the_gym_called_my_church(caption, why):
    assert "religion" not in rule_signals(caption), why


# fans50: the fans' and the gamers' figures
GADGET = [
    ("my baby arrived today 😍 PS5 finally in the house after 4 months", "en a console after"),
    ("Mein Baby ist endlich da 😍 neue Grafikkarte drin, Frames hoch", "de a graphics card"),
    ("Mon bébé 😍 (la nouvelle Switch, calmez-vous)", "fr a console in brackets"),
    ("Mi bebé nueva: Xbox Series X 😍", "es a console after a colon"),
    ("A minha bebé chegou: PS5 nova, preta e linda 😍", "pt a console"),
    ("Mijn baby 😍 (de nieuwe gaming-pc)", "nl a gaming pc"),
    ("Moje dziecko 😍 (nowy PC do gier, nie panikujcie)", "pl a gaming pc"),
    ("Bebeğim geldi 😍 yeni direksiyon seti", "tr a racing wheel"),
    ("Moje miminko 😍 tedy nová konzole", "cs a console"),
    ("Mój bobas 😍 czyli nowy rower szosowy", "pl a bike after 'that is'"),
    ("Meu bebê: o carro novo, lavado e encerado", "pt a car after a colon"),
    ("Mon nouveau bébé : un Look 795 tout carbone 😍", "fr a carbon bike after a colon"),
    ("La mia bambina nuova: Pinarello Dogma, rossa fiammante ❤️", "it a bike's make"),
    ("Yeni bebeğim geldi: Bianchi Oltre 😍", "tr a bike's make"),
]

CHILD_STILL = [
    ("Our baby boy arrived today 😍 3.2kg", "en a birth"),
    ("Mi bebé: Lucía, nacida ayer", "es a child named after a colon"),
    ("Meu bebê dormiu no carro", "pt a child asleep in the car"),
    ("Mein Baby schläft endlich", "de a child asleep"),
    ("Moje miminko: Anička, 3 kg", "cs a child named after a colon"),
]


@pytest.mark.parametrize("caption,why", GADGET)
def test_my_baby_said_of_a_gamers_machine_is_no_child(caption, why):
    assert "baby" not in rule_signals(caption), why


@pytest.mark.parametrize("caption,why", CHILD_STILL)
def test_my_baby_with_no_machine_stays_a_child(caption, why):
    assert "baby" in rule_signals(caption), why
