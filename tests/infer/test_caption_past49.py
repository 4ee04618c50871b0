"""The label guide's rulings on memories, drinks and places (past49), read by the rules alone:
the owner's own trip remembered is the owner's travel as if told now (`caption_trips`,
`caption_places`), a toast the owner raises is their drinking at anyone's celebration
(`caption_drinks`), and a church in a place named at home without a journey is no trip
(`caption_trips._church_at_home`). Captions from the dev sets."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


# --- memories: the owner's own past trip, a throwback, a photo of a year long past ------------

OWN_TRIPS_REMEMBERED = [
    ("Saudade de Paris 2018, que viagem", "pt"),
    ("Recuerdo del viaje a México 2017, qué tiempos", "es"),
    ("tre anni fa eravamo a Parigi, che nostalgia", "it"),
    ("Herinnering aan onze huwelijksreis naar Valkenburg in 1966, met de brommer 📷", "nl"),
    ("trzy lata temu byliśmy w Paryżu, wspomnienia", "pl"),
    ("Heute vor 20 Jahren waren wir in Kanada, schöne Erinnerungen", "de"),
    ("Souvenir de notre voyage de noces à Biarritz en 1965, la 4L chargée à bloc 📷", "fr"),
    ("found my old boarding pass from Vegas 2011 in a coat pocket", "en"),
    ("Früher sind wir jeden Sommer über den Balkan nach Izmir gefahren", "de a childhood's"),
]

OTHERS_TRIPS_REMEMBERED = [
    ("Mia nonna parla ancora del suo viaggio in America nel 1956 come fosse ieri", "it"),
    ("Opa zeigt wieder die Dias aus Anatolien von 1972", "de"),
    ("Meus pais comemoraram bodas de prata em Paris 💕", "pt"),
    ("Grandpa's war medals came out, he talked about Burma for an hour", "en"),
]


@pytest.mark.parametrize("caption, why", OWN_TRIPS_REMEMBERED)
def test_the_owner_s_trip_remembered_is_travel(caption, why):
    assert "travel" in caption_signals(caption), why


@pytest.mark.parametrize("caption, why", OTHERS_TRIPS_REMEMBERED)
def test_someone_else_s_trip_remembered_is_theirs(caption, why):
    assert "travel" not in caption_signals(caption), why


# --- drinks: a toast the owner raises, whoever's celebration it is ------------------------------

TOASTS_TO_OTHERS = [
    ("Raise a glass to the happy couple! 🥂", "en"),
    ("Brindamos por los novios 🥂", "es"),
    ("Proost op het bruidspaar! 🥂", "nl"),
    ("Gelin ve damada şerefe! 🥂", "tr"),
    ("Congrats to Sam and Elle on the engagement!! About time 💍🥂", "en an emoji"),
    ("Gratulacje dla Kasi i Tomka z okazji zaręczyn! Wreszcie! 💍🥂", "pl an emoji"),
    ("Témoin au mariage de ma meilleure amie, j'ai pleuré tout le discours 🥂", "fr a witness"),
    ("Cheers to Anna on her new job! Knew you'd smash it.", "en cheers to"),
]

NO_DRINK_RAISED = [
    ("Astemia da sempre, al brindisi alzo l'aranciata 🥂", "it teetotal"),
    ("Zéro alcool depuis deux ans, je trinque à l'eau pétillante", "fr no alcohol"),
    ("Ben içmiyorum, ama herkes kadeh kaldırınca kolamı kaldırdım", "tr teetotal"),
    ("Cheers for all the birthday messages, you lot are the best", "en thanks"),
]


@pytest.mark.parametrize("caption, why", TOASTS_TO_OTHERS)
def test_a_toast_to_others_is_the_owner_s_drink_and_their_celebration(caption, why):
    said = caption_signals(caption)
    assert "alcohol" in said, why
    assert not said & {"wedding", "engagement", "work"}, why


@pytest.mark.parametrize("caption, why", NO_DRINK_RAISED)
def test_a_toast_without_a_drink_is_no_drinking(caption, why):
    assert "alcohol" not in caption_signals(caption), why


# --- places: a church in a place named at home, without a journey ------------------------------

CHURCHES_AT_HOME = [
    ("Kölner Dom von innen, Gänsehaut", "de"),
    ("catedral de Burgos, una joya 😍", "es"),
    ("Il Duomo di Milano al tramonto, spettacolo", "it"),
    ("La cathédrale de Chartres au coucher du soleil, magnifique", "fr"),
    ("Kościół Mariacki o zmierzchu. Piękny.", "pl"),
    ("Katedrála sv. Víta v mlze. Nádhera.", "cs"),
    ("Sultanahmet Camii 😍", "tr"),
]

CHURCHES_ON_A_JOURNEY = [
    ("Visita al Duomo di Milano", "it a visit"),
    ("Wochenende in Köln: Dom besichtigt, Kölsch probiert, Füße tot", "de a weekend"),
    ("La Basilica di San Pietro all'alba, Roma in 3 giorni", "it three days"),
    ("Stunning cathedral in Seville, spent an hour just staring at the ceiling", "en abroad"),
    ("Sainte-Chapelle à Paris, les vitraux m'ont laissée sans voix. Ça valait les 3h de TGV", "fr"),
    ("Pèlerinage à Lourdes avec ma paroisse", "fr a pilgrimage"),
]


@pytest.mark.parametrize("caption, why", CHURCHES_AT_HOME)
def test_a_church_at_home_without_a_journey_is_no_trip(caption, why):
    assert "travel" not in caption_signals(caption), why


@pytest.mark.parametrize("caption, why", CHURCHES_ON_A_JOURNEY)
def test_a_church_on_a_journey_or_abroad_is_a_trip(caption, why):
    assert "travel" in caption_signals(caption), why
