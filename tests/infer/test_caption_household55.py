"""The household's animal opening a sentence, the first night of a new home a move, and a new
home's neighbours no movers (caption_household), read by the rules."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # an animal opening the caption or a clause, bare or after its article, acting
        "Kočka zase leží na mé klávesnici, pracovat se nedá",
        "Kot ukradł mi kanapkę z talerza, zero wstydu",
        "Il gatto mi ruba sempre la sedia quando mi alzo",
        "A cadela roubou a meia do meu marido outra vez",
        "The dog brought me his lead at 5am, again",
        "Cat knocked my coffee off the desk during the meeting",
        "Kediler bütün gece koridorda koştu, uyuyamadım",
        "Pes se naučil otevírat dveře od spíže",
        "Le chien dort sur mon pull préféré",
    ],
)
def test_opening_animal_is_pet(caption):
    assert "pet" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # someone else's animal, an animal on a screen, a hangover, a compound
        "Le chat de ma voisine dort sur notre balcon",
        "Kot sąsiadów znowu siedzi na naszym płocie",
        "Kedi videoları izlerken gece yarısı oldu",
        "Kater heute, nie wieder Tequila",
        "Dog walkers everywhere in the park this morning",
    ],
)
def test_others_animal_stays_silent(caption):
    assert "pet" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # the first night told beside the new home, in any order; the new home's neighbours
        "Nieuwe woning, eerste nacht, nog geen gordijnen",
        "Neues Haus, erste Nacht auf der Luftmatratze",
        "Apartamento novo, primeira noite no colchão",
        "Pierwsza noc w nowym mieszkaniu, a sąsiad z góry już wierci",
        "Primera noche en la casa nueva y los vecinos de arriba ya de fiesta",
    ],
)
def test_first_night_is_moving(caption):
    assert "moving" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a first night that is no home of the owner's: a hotel, a friend's flat
        "First night at the hotel in Rome, pasta already",
        "Pierwsza noc mojej siostry w jej nowym mieszkaniu, zazdroszczę",
    ],
)
def test_other_first_night_is_no_move(caption):
    assert "moving" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # the first night after the move, or in a home of the owner's named: a new home and a move
        "Umzug geschafft! Erste Nacht auf der Matratze, Pizza aus dem Karton",
        "Mudanza hecha, primera noche con el colchón en el suelo",
        "first night in the flat, no curtains and a pizza on the floor",
        "Prima notte nell'appartamento, senza tende e con la pizza sul pavimento",
        "Eerste nacht in het rijtjeshuis, nog geen gordijnen",
    ],
)
def test_first_night_is_new_home(caption):
    assert {"moving", "new_home"} <= caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a walk with a name: the household's dog walked
        "Passeggiata con Fufi lungo il fiume, è tornata piena di fango",
        "Spacer z Azorem nad jeziorem, zgubił patyk trzy razy",
        "Procházka s Bertíkem po lese, domů přišel celý mokrý",
        "Balade avec Caramel au bord du lac, il a couru après les canards",
        "Paseo con Lola por la playa, ha perseguido a todas las gaviotas",
        "Rainy walk with Biscuit, he found every puddle",
    ],
)
def test_walk_with_name_is_pet(caption):
    assert "pet" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a walk with a relative or the children
        "Passeggiata con mia nonna al lago, che pace",
        "Long walk with Sarah and the kids along the beach",
    ],
)
def test_walk_with_relative_is_no_pet(caption):
    assert "pet" not in caption_signals(caption)
