"""The owner's trips told by a booking, a countdown or a work event away, and flights only looked
at or a leave from work that are none (caption_plans.plans_reading), read by the rules."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # a trip booked, paid or counted down to: the label guide's ruling on plans
        "Urlaubsreif. So richtig. Noch 47 Tage bis zum Flug.",
        "Nog 46 dagen tot onze reis naar Japan! Wie heeft tips?",
        "Passagens compradas para Lisboa, faltam 3 semanas",
        # a work event named with its place, at home too
        "Manchester for the conference, Premier Inn breakfast and 400 slides",
        "Manchester conference done. Two days of lanyards. Train home now",
        "Séminaire d'équipe à Biarritz : ateliers le matin, surf l'après-midi",
        "Congreso en Valencia, tres días de ponencias",
        "Congresso a Bologna, due giorni di slide",
        "Konferencja w Gdańsku, dwa dni prezentacji i hotelowe śniadania",
        "Konference v Brně, dva dny přednášek",
        "İzmir'de kongre, iki gün sunum",
    ],
)
def test_plans_travel(caption):
    assert "travel" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # flights or tickets only looked at: a maybe
        "Looking at flights to Lisbon at 2am again, not booking",
        "Mi cuñado se va a Berlín. Ya estoy buscando vuelos baratos para visitarles",
        "A minha melhor amiga vai casar em Goa! Já estou a ver voos.",
        "Ho letto di questi voli a 19 euro per Lisbona. Quasi quasi... no. O sì?",
        "Schau mir schon wieder Flüge nach Bali an, nur gucken",
        "Ik kijk al weken naar vluchten naar Lissabon",
        "Sprawdzam loty do Lizbony co tydzień",
        "Koukám na letenky do Lisabonu každý večer",
        "Her gece Lizbon'a uçak bileti bakıyorum",
        # a booking denied
        "the group chat is planning a holiday we will never, ever book. Ibiza 2025 my foot",
        # a leave from work, days off taken
        "Wracam do pracy po urlopie macierzyńskim. Koleżanki z biura przywitały mnie tortem",
        "Six semaines de béquilles, je vais devoir poser des congés pour survivre à ça",
        # a work event with no place, a call, another person's
        "Conference call at 8am again, kill me",
        "keynote at the conference went fine, slides worked",
        "Les collègues partent en séminaire à Biarritz et moi je garde la boutique",
    ],
)
def test_plans_no_travel(caption):
    assert "travel" not in caption_signals(caption)
