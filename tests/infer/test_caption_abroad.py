"""A place named that is where the owner lives, works or comes from, without a journey told
(caption_abroad), read by the rules."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # a hotel told as a workplace: reception, housekeeping, a contract, an internship, shifts
        "Third season at the hotel reception, I could check people in blindfolded",
        "Housekeeping life: 16 rooms before lunch at the hotel again",
        "Contrato assinado: rececionista num hotel no Algarve a partir de maio",
        "Turnos de doce horas en el hotel y mañana libre por fin",
        "Praktikum an der Rezeption im Hotel, Woche drei, ich kenne jeden Stammgast",
        "Stage de six mois à la réception d'un hôtel à Annecy, premier jour demain",
        "Stagione all'hotel finita, la reception mi mancherà un po'",
        "Eerste week stage in het hotel, de receptie is een gekkenhuis",
        "Kolejny sezon na recepcji w hotelu, goście z całej Europy",
        "Od pondělí nastupuju na recepci do hotelu u přehrady",
        "Çalıştığım otelin mutfağında yine sabah vardiyası",
    ],
)
def test_a_hotel_that_is_a_workplace_is_no_trip(caption):
    assert "travel" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # the owner's life where they live, the longing for home, where they come from
        "Homesick again 🇵🇭",
        "Heimweh. Der Winter in Toronto ist zu lang 🇨🇦",
        "Saudades da minha terra. Nenhum café em Londres sabe a isto",
        "Tęsknota za domem, Dublin dziś cały w deszczu",
        "Stýská se mi po mámě, v Dublinu zase prší",
        "Memleketimi özledim, Amsterdam'ın yağmuru bitmiyor",
        "Ik mis de Hollandse kaas, in Sydney kost hij een vermogen",
        "Mi manca il mare, a Berlino c'è solo la Sprea",
        "Extraño mi tierra, Berlín es gris todo el año",
        "Chaque jeudi, foot avec les Portugais de Londres",
        "Sou de Luanda, vivo em Lisboa há 10 anos e ainda me perco no metro",
        "Vivo a Londra da sei anni e ancora non capisco le prese",
    ],
)
def test_a_place_where_the_owner_lives_is_no_trip(caption):
    assert "travel" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a passport as paperwork or citizenship
        "Passport renewed, new photo looks like a mugshot",
        "Eindelijk mijn Nederlandse paspoort, genaturaliseerd na 7 jaar",
        "Passaporto italiano rinnovato in questura, tre mesi di attesa",
    ],
)
def test_a_passport_as_paperwork_is_no_trip(caption):
    assert "travel" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a stay at a hotel, a journey home or away told, a work trip away
        "Two nights at a hotel in Lisbon, the breakfast alone was worth it",
        "Wochenende im Hotel am Gardasee, endlich Urlaub",
        "Back in Manila for two weeks with the family, missed it so much",
        "Weekend à Lisbonne, la saudade me prend déjà",
        "Conference in Berlin, hotel by the station, meetings all day",
        "Tydzień w Chorwacji z dzieciakami, tęsknota za domem zero",
        "Honeymoon in Bali, we got engaged there two years ago too 💍",
        "Zaręczyliśmy się w Paryżu 💍 pod wieżą Eiffla",
    ],
)
def test_a_journey_told_stays_a_trip(caption):
    assert "travel" in caption_signals(caption)
