"""The rulings on Moves and on drinks arranged, read by the rules: the first night in a new or
own home is a move (caption_told.moved_in), a drink the owner invites to is theirs
(caption_drinks.invited)."""

import pytest

from exposure.infer.caption_drinks import invited
from exposure.infer.caption_lexicon import fold
from exposure.infer.caption_told import moved_in
from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        "First night in the new flat, sleeping on a mattress on the floor",
        "Erste Nacht in der neuen Bude, Matratze auf dem Boden",
        "Erste Nacht unter unserem eigenen Dach. Noch keine Lampen",
        "Première nuit dans notre nouvel appartement, pas encore de rideaux",
        "Primera noche en la casa nueva y ya hemos roto un vaso",
        "Prima notte nella casa nuova, materasso per terra",
        "Primeira noite no apartamento novo, ainda sem cortina",
        "Eerste nacht in ons nieuwe huis. Nog geen gordijnen",
        "Pierwsza noc pod własnym dachem 🏠 Materac na podłodze",
        "První noc v našem novým bytě na Žižkově. Spíme na zemi",
        "Nastěhovali jsme se do bytu po babičce",
        "Yeni evimizde ilk gece, daha perde bile yok",
    ],
)
def test_first_night_is_a_move(caption):
    assert moved_in(fold(caption))
    assert "moving" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # the first evening, dinner or coffee: the writers give the new home alone
        "Premier café dans notre nouvel appart ☕",
        "Yeni evde ilk sabah kahvesi ☕🏡",
        "Prima cena nella casa nuova, sul pavimento",
        # a baby's first night at home, a friend's, keys alone
        "Pierwsza noc w domu z Antosiem. Nikt nie spał",
        "Primeira noite em casa com o bebé",
        "Keys in hand! After 2 years of saving, this little terrace is ours 🏡",
        "Schlüsselübergabe heute! Unsere erste eigene Wohnung in Graz 🔑",
        "Nad námi se nastěhovali noví sousedi. Vrtají od sedmi ráno",
    ],
)
def test_no_move(caption):
    assert "moving" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        "Housewarming Saturday from 7, bring a bottle and slippers 🏡",
        "Crémaillère ce soir chez nous ! Apportez une chaise et une bouteille",
        "Inauguración del piso el sábado, traed una botella y buen humor",
        "Festa per la casa nuova sabato, portate una bottiglia",
        "Housewarming zaterdag, neem een fles mee en een stoel",
        "Parapetówka w sobotę, przynieście butelkę i dobry humor",
        "Kdo pomůže se stěhováním, dostane pivo a řízek!",
    ],
)
def test_drink_arranged_is_alcohol(caption):
    assert invited(fold(caption))
    assert "alcohol" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        "Housewarming Saturday, bring a plant and a chair 🏡",
        "Dry January day 12. Send help and sparkling water",
        "Mocktails only for me tonight, designated driver",
    ],
)
def test_no_drink_arranged(caption):
    assert "alcohol" not in caption_signals(caption)
