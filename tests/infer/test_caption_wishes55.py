"""A trip only wished (caption_plans' `trips55` tables): a sentence that opens on a day to
come or a dream tells no trip of the owner's, its travel words are a wish; a return wished to a
place once seen and a trip booked stay the owner's, read by the rules."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # a sentence that opens on a day to come: the travel word in the next sentence is a wish
        "Someday we'll see Iceland. For now I look at the airport from the bus window",
        "Algún día iremos a Islandia. Por ahora veo el aeropuerto desde el autobús",
        "Un giorno andremo in Islanda. Per ora guardo l'aeroporto dall'autobus",
        "Um dia vamos à Islândia. Por agora vejo o aeroporto da janela do autocarro",
        "Kiedyś pojedziemy na Islandię. Na razie oglądam lotnisko z okna autobusu",
        "Jednou pojedeme na Island. Zatím koukám na letiště z okna autobusu",
        "Bir gün İzlanda'ya gideceğiz. Şimdilik havalimanını otobüs camından izliyorum",
        "Eines Tages fliegen wir nach Island. Bis dahin sehe ich den Flughafen nur vom Bus aus",
        # a dream opened on
        "Sogno una crociera in Norvegia, senza telefono 🛳️",
        "Mi sueño: un viaje por Vietnam en moto. Ahorrando.",
        "Sonho em fazer uma viagem à Noruega para ver a aurora boreal",
        "Chtěla bych jet na dovolenou do Norska, ale bojím se lodí",
    ],
)
def test_wished_trip_is_no_travel(caption):
    assert "travel" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a return wished to a place once seen: the trip taken is the owner's
        "Someday I want to go back to Crete, best holiday of my life 🏖",
        # a trip taken, whatever the dream it was
        "Pèlerinage à Lourdes avec maman, un vieux rêve réalisé",
        "Vacanze in Sardegna, mare da sogno 🏖",
        # a dream trip booked
        "Finally booked the dream trip for next year: Vietnam, three weeks",
    ],
)
def test_trip_taken_or_booked_stays(caption):
    assert "travel" in caption_signals(caption)
