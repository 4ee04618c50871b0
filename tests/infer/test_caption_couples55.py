"""A relative's, a friend's or a neighbour's wedding or anniversary told beside the wedding word
(caption_couples.kin_wedding), read by the rules: theirs, unless a word of the owner's own
stands in the caption."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # the one whose wedding it is, after the word (a genitive) or before it
        "Svatba bratrance v Olomouci, tancovalo se do čtyř",
        "Wesele kuzynki pod Poznaniem, orkiestra do białego rana",
        "Mariage du cousin Julien en Bretagne, crêpes à minuit",
        "Hochzeit der Cousine im Allgäu, Blasmusik bis zum Morgen",
        "Boda de la prima Lucía en Toledo, churros a las seis",
        "Casamento do primo Rui em Viseu, rancho até de manhã",
        "Matrimonio della cugina Giulia sul lago, confetti ovunque",
        "Bruiloft van de buren, de hele straat vol ballonnen",
        # an anniversary of grandparents, aunts and uncles, parents
        "Dziadkowie świętują złote gody, tort w kształcie serca",
        "Děda s babičkou slaví 55 let od svatby, pořád se drží za ruce",
        "Opa en oma 60 jaar getrouwd, diamanten bruiloft in de tuin",
        "Los abuelos celebran bodas de oro en el pueblo",
        "Nonni 50 anni di matrimonio, festa in trattoria",
        "Mum and Dad's ruby wedding anniversary, forty years strong",
        # a relative who married
        "Kuzyn ożenił się w Gdańsku, wesele trwało dwa dni",
        "Onkel Herbert hat mit 70 nochmal geheiratet, Respekt",
    ],
)
def test_a_relatives_wedding_is_theirs(caption):
    assert "wedding" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # the owner's own wedding with the family beside it
        "Naše svatba na zahradě, babička tančila do rána 💍",
        "Nasze wesele w remizie, wujek tańczył na stole",
        "Notre mariage à la mairie, mamie a pleuré tout le long",
        "Unsere Hochzeit am See, Oma hat die Torte gebacken",
        "Nuestra boda en la ermita, la abuela lloró toda la misa",
        "Il nostro matrimonio in cascina, la nonna ha ballato tutta la notte",
        "Onze bruiloft in de schuur van opa, strobalen en slingers",
        "Our wedding in the garden, my nan made the cake",
        "Düğünümüzde dedem halay başı oldu 💍",
        "Wedding dress shopping with my mum and sister, I cried",
    ],
)
def test_the_owners_wedding_with_the_family_stays(caption):
    assert "wedding" in caption_signals(caption)
