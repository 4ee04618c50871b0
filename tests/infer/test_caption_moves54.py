"""A migrant's move told in passing and the false trips of a life abroad (caption_moves,
caption_trips, caption_abroad, caption_plans with `moves54` and `travel54`), read by the
rules."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # the arrival in the new country told in passing: luggage, money, the year, the age
        "Throwback to the day we arrived at Gatwick with 4 suitcases and no plan",
        "Seit ich mit 22 aus Porto kam, hatte ich hier drei Jobs und zwei Wohnungen",
        "Moi je suis arrivée de Dakar il y a 12 ans, aujourd'hui je suis infirmière",
        "Vim de Luanda com 20 anos e uma mala, hoje abro o meu restaurante",
        "Sono arrivata a Dublino quando avevo vent'anni, con una valigia e tanti sogni",
        "Toen we in 1998 uit Turkije kwamen, sprak niemand van ons Nederlands",
        "Přijeli jsme z Kyjeva před třemi lety a dnes máme vlastní kavárnu",
        "2012'de Münih'e geldiğimde hiç Almanca bilmiyordum",
        # a return home for good, at retirement or after years away
        "Retired at last! Now back to Cork for good",
        "Ruhestand! 35 Jahre bei Bosch, jetzt zurück nach Kroatien",
        "In pensione dopo 40 anni di Svizzera, ora si torna in Abruzzo",
        "Pensioen erop, na 30 jaar terug naar Suriname",
        # the owner's pet flown over with the household
        "Our cat flew with us from Lagos to Leeds in the hold and sulked for a week",
        "Nasz pies leciał z nami z Gdańska do Oslo i szczekał całą drogę",
        # an emigration told in the first person, the household beside it
        "We emigrate next month! The kids think it's an adventure, my husband is less sure",
    ],
)
def test_migration_is_moving(caption):
    assert "moving" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # someone else's emigration, a holiday at retirement
        "My brother emigrated to Canada last year and now sends photos of snow",
        "Mein Kumpel Jens ist nach Spanien ausgewandert, der Glückspilz",
        "Rente! Jetzt erstmal Urlaub, ab nach Mallorca",
        "Retired! Off to Portugal for two weeks in the sun",
    ],
)
def test_not_the_owners_move(caption):
    assert "moving" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a relative's journey to the owner
        "Meu pai chega de São Paulo amanhã, vou buscá-lo ao aeroporto de Genebra",
        "Mama przylatuje jutro z Krakowa, odbieram ją z lotniska w Oslo",
        # a flight priced too dear or only looked at
        "Checked flights to Manila three times tonight, still can't afford them",
        "Letenka domů stojí jako můj nájem, takže Vánoce zase v Dublinu",
        # a dish of home cooked abroad, a wedding anniversary with the years abroad
        "Svíčková v Kanadě, chutná skoro jako doma",
        "Vandaag 12 jaar getrouwd, waarvan 10 in Spanje",
        "Eşimle 20 yıl önce İzmir'de evlenmiştik, bugün Viyana'da pasta kestik",
        # the owner's own move abroad: no trip
        "Retired at last! Now back to Cork for good",
    ],
)
def test_no_trip_of_the_owners(caption):
    assert "travel" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        "Flights to Lima booked! Three weeks with the family in December ✈️",
        "Anniversario di matrimonio a Vienna, dieci anni insieme 💍",
        "Rente! Jetzt erstmal Urlaub, ab nach Mallorca",
    ],
)
def test_trips_stay_trips(caption):
    assert "travel" in caption_signals(caption)
