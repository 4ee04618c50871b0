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


@pytest.mark.parametrize(
    "caption",
    [
        # a relative's, a friend's or a neighbour's journey told in the third person
        "My neighbour just got back from Peru, the trip of a lifetime, 400 photos of llamas",
        "Mijn buurman is net teruggekomen van drie weken backpacken door Vietnam, wat een verhalen",
        "Meu avô foi pra Aparecida com o grupo da paróquia e trouxe medalhinhas pra todos",
        "Mio zio è tornato da Cuba, il viaggio della sua vita, venti sigari e nessuna foto",
        "Moja babcia poleciała do Norwegii, pierwszy lot samolotem w życiu, dzwoniła z lotniska",
        "Můj strejda letěl poprvé letadlem, do Egypta, volal z letiště",
        # the owner stays behind while the others go
        "Mis primas se van de viaje a Tailandia y yo me quedo con el perro",
        "Die Jungs fliegen nach Mallorca und ich bleib zu Hause",
        "Le mie amiche sono in viaggio in Grecia e io resto col cane",
        "Moi znajomi mają wakacje w Grecji, a ja siedzę w pracy",
        "Všichni kamarádi na dovolené v Řecku a já sedím v práci",
    ],
)
def test_anothers_journey_is_no_travel(caption):
    assert "travel" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # the owner travels too, or the owner's own trip beside a relative named
        "Mes parents fêtent leurs noces d'or, on a tous fait le voyage jusqu'à Annecy",
        "Mi hermano se casa en Ibiza y yo ya tengo billete 🛫",
    ],
)
def test_owner_travels_beside_another(caption):
    assert "travel" in caption_signals(caption)
