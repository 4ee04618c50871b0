"""Holidays read by whose they are and whether there is one, and the owner's trips to holiday
places of their own country (caption_trips: `resorts54`, `holiday54`, `travel53`'s
`at_home`), read by the rules."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # a holiday place at home told with a journey or a stay
        "Three days in the Peak District with the dog, boots still drying 🥾",
        "Cottage in Northumberland for the week, no signal and loads of rain",
        "Kurzurlaub auf Rügen, endlich wieder Meer 🌊",
        "Eine Woche Ostsee mit den Kindern, Sandburgen ohne Ende",
        "Direction la Bretagne pour une semaine de crêpes et de vent",
        "Nos escapamos tres días a la Costa Brava ☀️",
        "Agriturismo nelle Langhe per il ponte, tartufo ovunque",
        "Um fim de semana no Alentejo, só calor e silêncio",
        "Weekendje Zeeland met z'n tweeën, strand en mosselen",
        "Tydzień w domku na Mazurach, jeziora i zero zasięgu",
        "Víkend na chatě na Šumavě, kamna a houby",
        "Bodrum'da bir hafta, otel denize sıfır 🌊",
    ],
)
def test_a_stay_at_a_holiday_place_at_home_is_a_trip(caption):
    assert "travel" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # another person on holiday
        "my cousins are on holiday in Cornwall and send pictures every hour",
        "Meine Schwiegereltern sind im Urlaub, ich gieße ihre Tomaten",
        "Je nourris le chat de la voisine depuis qu'elle est en vacances",
        "Mis tíos están de vacaciones en Tailandia y yo aquí trabajando",
        "Regando as plantas da vizinha enquanto ela viaja ✈️",
        "Mijn buurman is op vakantie in Spanje, ik geef de vissen eten",
        "Krmím psa sousedky, dokud je na dovolené",
        "Herkes tatilde, ben ofiste 35 derecede",
        "Le foto delle vacanze di mia cugina in Grecia mi fanno invidia",
        # the owner with no holiday
        "Bu yaz tatile gitmiyoruz, balkonda çay yeter",
        "Kein Geld, Urlaub fällt aus dieses Jahr 😭",
        "Três anos de poupança e zero férias, mas a casa é nossa",
        "Nikam nejedeme, letos jen zahrada",
        # a holiday place at home named without a journey, or a cottage bought there
        "Rain again over the Peak District",
        "Kamarád koupil chalupu v Krkonoších, závidím",
        "Compramos una caravana en el camping de Peñíscola, nuestra segunda casa",
        "Weiß jemand, ob Hunde auf Sylt in die Ferienwohnung dürfen?",
    ],
)
def test_others_holidays_no_holiday_and_places_without_a_journey_stay_silent(caption):
    assert "travel" not in caption_signals(caption)
