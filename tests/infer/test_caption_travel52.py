"""Stop 52 (travel52): whose journey a travel word tells and what a place named is, read by the
rules (`caption_trips`).

A relative's journey: the nearest person word before a travel word is a relative in its own
clause, and nothing there is in the first person ("Babaannem ilk kez uçağa bindi", "Teściowie
lecą na wycieczkę do Egiptu"): the relative's trip, not the owner's; the owner with a relative
("mit meinen Eltern"), a relative whose event the owner flies to ("Kuzenimin düğünü için uçtum")
and the owner's own "I" keep the trip.

A move's journey: travel words beside the owner's move told in words (boxes, a removal, a
"trasloco") are the move's ("three flights", "tre viaggi", "a viagem Lisboa–Porto"); a holiday or
a honeymoon beside it stays a trip.

A sight at home: a monastery or a church named by its own name in the caption's language
("Mosteiro dos Jerónimos", "Katedrála svatého Víta", "Sacré-Cœur") is a church in a place named
without a journey (the label guide's ruling on places).

A weekend away named with its place without a word of place ("Ein Wochenende Wien", "Dublin for
the weekend") is a trip; a weekend of something else ("Ready for the weekend") is none."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # a relative's journey
        "Babaannem doksan yaşında ilk kez uçağa bindi, Almanya'daki torunlarını görmeye gitti ✈️",
        "Annemle babam emeklilik tatili için Karadeniz turuna çıktı",
        "Teściowie lecą na wycieczkę do Egiptu, pierwszy raz bez wnuków 😂",
        "Szwagier znowu opowiada o swojej wycieczce do Egiptu, trzeci raz w tym tygodniu",
        "Strejda slavil 60 a dostal k narozkám dovolenou na Kanárech, závidím",
        "Mio nonno racconta sempre del viaggio in nave verso l'Argentina nel '52",
        "Schoonouders vieren hun 50-jarig huwelijk met een reis naar Lourdes",
        "Mama und Papa fliegen nach Bangkok",
        "Ma sœur part en vacances demain",
        "Mi hermano se va de viaje a Japón",
        # a move's journey
        "Trasloco finito. Milano-Monaco in un furgone, con la nonna al telefono tutto il viaggio",
        "last box unpacked, first night under our own roof. Carried a piano up three flights",
        "Cajas, cinta de embalar y mil viajes en el ascensor. Mudanza día 2",
        "a Pipoca fez a viagem Lisboa–Porto na transportadora a miar, mudança concluída",
        # a sight at home
        "Mosteiro dos Jerónimos com a luz da tarde. Lisboa nunca cansa.",
        "Katedrála svatého Víta v zapadajícím slunci. Praha umí.",
        "La basilique du Sacré-Cœur, escaliers de la mort",
    ],
)
def test_another_s_journey_a_move_or_a_sight_at_home_is_no_trip(caption):
    assert "travel" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # the owner travels, with a relative or for a relative's event
        "Mit meinen Eltern im Urlaub in Kroatien 🌴",
        "Con mis abuelos de vacaciones en Portugal",
        "Kuzenimin düğünü için Antalya'ya uçtum, halay bitmedi",
        "Mama und ich fliegen nach Bangkok",
        "Mój brat i ja lecimy na wakacje do Grecji",
        "Our kids loved the flight to Rome",
        # a holiday or a honeymoon beside a move
        "Umzug geschafft! Jetzt erstmal Urlaub auf Mallorca",
        "Déménagement fini, on part en vacances demain",
        "Vandaag 5 jaar getrouwd. Twee verhuizingen en een huwelijksreis naar Bali",
        # a sight abroad
        "Katedra Notre-Dame w Paryżu, niesamowite",
        "Monasterio de los Jerónimos en Lisboa, precioso",
    ],
)
def test_the_owner_s_own_journey_stays_a_trip(caption):
    assert "travel" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        "Ein Wochenende Wien, kein Funk, kein Pieper. Nur Melange und Sachertorte",
        "Dublin for the weekend with the girls ☘️ first Guinness already in hand",
        "Een weekje Toscane met mijn man, 25 jaar getrouwd",
        "Lisboa para el finde 😎",
        "Roma per il weekend, finalmente",
        "Bruxelles pour le week-end avec les copines",
        "Gent voor het weekend",
    ],
)
def test_a_weekend_named_with_its_place_is_a_trip(caption):
    assert "travel" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    ["Ready for the weekend 🍻", "Ein Wochenende Gartenarbeit", "Home for the weekend"],
)
def test_a_weekend_of_something_else_is_no_trip(caption):
    assert "travel" not in caption_signals(caption)
