"""Stop 53 (travel53): a travel word that tells no journey of the owner's, and a weekend away told
by its compound or its destination, read by the rules (`caption_trips`).

A travel word in another sense: flights of stairs carried up or down ("up three flights with no
lift"), "on the fly" in Italian and Spanish ("un caffè al volo", "un bocadillo al vuelo"); flights
booked or flown stay a trip.

A holiday spent at home or none (`travel53`'s `at_home`: "Urlaub auf Balkonien", "evde tatil",
"dovolená na zahradě", "Wer braucht Urlaub, wenn man nen Balkon hat"): no journey; a holiday
somewhere stays one.

A return from a place of the owner's own town (`returns`: "Retour de chez le médecin", "Net terug
van het ziekenhuis", "wróciłam z działki") and days of weather in a place (`weather`: "Il pleut
depuis trois jours à Brest") tell no journey; a return from abroad stays one.

The owner's own engagement abroad ("Nos hemos prometido en Roma", "Verloofd in Parijs") is a
trip though a bystander or the partner is named and crutches are told (`caption_places`); a
sister's engagement abroad is hers.

An airport where the owner cries, sees someone off or fetches them ("havalimanında ağladık",
"Airport run to pick up my sister ✈️") is the other's journey's; the owner's own departure
stays a trip.

A sight at home: a famous church of the caption's own country named in its language ("La
Sagrada Familia iluminada de noche", "Ayasofya yine çok kalabalıktı") or a church's emoji alone
("De Domkerk van binnen ⛪") is a church without a journey (the label guide's ruling on places);
the same church named by a writer from elsewhere stays a trip.

A weekend away by its compound or its destination after "to" ("Skiwochenende in Garmisch", "na
víkend do Vídně", "Hafta sonu Safranbolu'ya kaçtık") is a trip; a weekend in the snow is
none."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # flights of stairs, on the fly
        "Carried the new wardrobe up four flights of stairs, my legs are done",
        "My fiancé carried my wheelchair up three flights because the lift was broken. Keeper.",
        "Pulled a muscle lifting a combi boiler up three flights with no lift",
        "Un caffè al volo prima del turno ☕",
        "Un bocadillo al vuelo y a seguir currando",
        # a holiday at home, or none
        "Urlaub auf Balkonien dieses Jahr ☀️",
        "Wer braucht Urlaub, wenn man nen Balkon hat 🌞",
        "Bu sene tatil yok, evde tatil 😂",
        "Letos zase dovolená na zahradě, na Chorvatsko nemáme 🙃",
        "Vacances à la maison cette année, et c'est très bien 🌞",
        "Con este calor solo pienso en las vacaciones... que no tengo 😭",
        "Wakacje na balkonie, kawa i leżak 🌞",
        # a return from the hospital, the doctor, the allotment; weather for days in a place
        "Retour de chez le médecin avec de bonnes nouvelles : rien de cassé",
        "Net terug van het ziekenhuis: de knieoperatie is goed gegaan.",
        "Wróciłam z działki z koszem pomidorów 🍅",
        "Fui de bengala, voltei de carona com uma enfermeira que conheci lá",
        "Zurück vom Arzt, alles gut, nur eine Zerrung",
        "Il pleut depuis trois jours à Brest. Normal",
        "Tá chovendo há 3 dias em Porto Alegre",
        "Piove da tre giorni, Genova sembra Londra",
        # an airport where the owner sees someone off or fetches them
        "Airport run to pick up my sister ✈️",
        "Ma sœur emménage à Montréal, je vais pleurer à l'aéroport",
        "Babam hacca gidiyor, bütün aile havalimanında ağladık",
        "Bin am Flughafen, aber nur um meine Eltern abzuholen",
        "Ciocia z Chicago przyjechała po 20 latach, cała rodzina na lotnisku, płacz",
        # a famous church at home, a church's emoji alone
        "La Sagrada Familia iluminada de noche. Ni creyente soy y se me pone la piel de gallina",
        "Ayasofya yine çok kalabalıktı ama o kubbe… ✨",
        "De Domkerk van binnen, wat een licht ⛪",
    ],
)
def test_a_travel_word_of_no_journey_is_no_trip(caption):
    assert "travel" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        "Booked flights to Tokyo!!! April can't come soon enough ✈️",
        "Three flights to Bali booked 🌴",
        "Volo per Lisbona prenotato ✈️",
        "Urlaub in Kroatien, endlich Meer 🌊",
        "Sagrada Familia von innen, Wahnsinn",
        "Retour de Lisbonne, quelle semaine ☀️",
        "Cried at the airport leaving Bali after two weeks 😭",
        "Finally at the airport, Lisbon here we come ✈️",
        "Wróciłam z Chorwacji, opalona i szczęśliwa",
        # a weekend away by its compound or its destination
        "Skiwochenende in Garmisch mit den Jungs ❄️",
        "Mädelswochenende in Hamburg 💃",
        "Jsme zasnoubení a jedeme to oslavit na víkend do Vídně 🥂",
        "Wypad na weekend do Zakopanego ⛰️",
        "Hafta sonu Safranbolu'ya kaçtık 🏘️ Lokumlar çantada",
        "Weekend naar Parijs met mijn lief",
    ],
)
def test_the_owner_s_journey_stays_a_trip(caption):
    assert "travel" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    ["Wochenende im Schnee, herrlich", "Wellnesswochenende im Bett mit Tee und Serien 😅"],
)
def test_a_weekend_of_no_place_is_no_trip(caption):
    assert "travel" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        "Nos hemos prometido en Roma 💍🇮🇹 Sí, delante de la Fontana di Trevi, con trescientos "
        "turistas mirando y un señor vendiendo palos de selfie al lado.",
        "Verloofd in Parijs!!! 💍 Op de trappen van Montmartre, met mijn krukken naast me.",
    ],
)
def test_the_owner_s_engagement_abroad_is_a_trip(caption):
    assert "travel" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    ["Mi hermana se ha prometido en París 💍", "Meine Schwester hat sich in Paris verlobt 💍"],
)
def test_another_s_engagement_abroad_is_no_trip_of_the_owner_s(caption):
    assert "travel" not in caption_signals(caption)
