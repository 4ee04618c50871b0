"""Holiday places that are no big city (`caption_places`' destinations, dest50): an island, a
coast, a lake, a mountain, a holiday region, a resort or a town people visit, named abroad or
alone, is the owner's journey; the same name at home with scenery, a name that is a drink beside
a drink, others there and the owner elsewhere, a wish or a screen stay silent. Captions of no
labelled set: the travel group failed before the class, the silent group guards its false
friends."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


TRAVEL = [
    # a resort named alone (`caption_trips` reads a place named alone)
    "Sylt 🌊🌾",
    "Dolomiti ⛰️",
    "Gran Canaria 🌴",
    "Santorini 💙",
    "Kapadokya 🎈🌄",
    "Ameland 🚲",
    "Krkonoše 🥾",
    "Madeira 🌺☀️",
    "Sonnenuntergang #santorini",
    # a resort or a town people visit, abroad, told with a few words
    "Wochenende am Gardasee, Eis und Wellen",
    "Tramonto su Santorini, senza parole",
    "Dzień trzeci na Krecie, opalona jak rak",
    "Den druhý na Korfu a už nechci domů",
    "Girit, üçüncü gün, deniz harika",
    "Sevilha ☀️ que linda",
    "Marrakech 🐪",
    "Fietsen op Mallorca, dag 2",
    "Strolling round Lake Como with gelato",
]

SILENT = [
    # a resort at home with its scenery or weather: perhaps where the owner lives
    "Sonnenuntergang am Bodensee",
    "Tramonto sul lago di Garda",
    "Krkonoše v mlze",
    "Zonsondergang bij Scheveningen",
    "#tbt Lipno 2019",
    "#zachodslonca #mazury #jezioro #natura",
    # a town people visit, at home
    "Julio en Sevilla",
    "Pioggia su Venezia",
    # others there and the owner elsewhere, a wish, a screen
    "Todos en Bali y yo regando los geranios",
    "Iedereen op Bali, ik bij mijn boerenkool",
    "Kamarádi letí na Bali, my jdeme zalejt kytky",
    "Znajomi na Bali, a ja w korku",
    "Bali is on the vision board for 2027 ✨",
    "Mon fond d'écran: une plage des Seychelles",
    # a name that is another thing: a colour, a game, a Prague ballroom, a shop
    "Chaqueta color burdeos del rastro",
    "Deskovky, chipsy, Carcassonne",
    "Ples v Lucerně, tančili jsme do rána",
    "Eis vom Eiscafé Venezia, ein Gedicht",
]


@pytest.mark.parametrize("caption", TRAVEL)
def test_holiday_place_is_travel(caption):
    assert "travel" in caption_signals(caption)


@pytest.mark.parametrize("caption", SILENT)
def test_holiday_place_false_friends_are_silent(caption):
    assert "travel" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption", ["Ein Glas Porto zum Käse 🍷", "Un verre de Porto avec le fromage 🍷"]
)
def test_a_drink_named_after_its_place_is_no_journey(caption):
    assert caption_signals(caption) == {"alcohol"}
