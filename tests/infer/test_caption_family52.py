"""Stop 52's family readings, by the rules alone: "my baby" said of a car, an instrument or a
record, another's child named or another's children raised (`caption_child.family52_reading`), a
church looked at in the snow or the night's light (`caption_faith._sight`), and the household's
tally that counts one animal among its own (`caption_pets.tallied_animal`). Captions of no set."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # "my baby" a car by its make, its body shop or its wash; an instrument; a record
        "Mi bebé recién salido del taller 😍 #seat #ibiza",
        "La mia bambina è tornata dal carrozziere, lucida come nuova",
        "Moje miminko po myčce 😍 #fabia",
        "Picked up my new baby today, full service history and two owners",
        "Mein Baby 🖤 (die neue Gibson)",
        "Şu an tek bebeğim yeni albüm, haftaya çıkıyor 🎶",
        # another's child named: a cousin's son, a brother's daughter
        "Kuzenimin oğlu okula başladı, çok tatlı",
        "Bratrova dcera dnes poprvé do školy 🎒",
        # another's children counted as a life's: a grandmother raised them
        "Mi abuela cumpliría hoy 100 años. Tuvo once hijos y nunca se quejó",
        "Mia nonna avrebbe compiuto 100 anni. Ha avuto otto figli e un orto enorme",
        "Minha avó criou sete filhos sozinha",
        "Babička by dnes měla devadesát. Vychovala šest dětí a nikdy si nestěžovala",
    ],
)
def test_no_child_of_the_owners(caption):
    assert "baby" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        "Mi bebé recién bañado 😍",
        "Mon bébé dort enfin 😴",
        "My baby girl's first steps today 😭",
        "Ho cresciuto tre figli da sola e oggi il più piccolo si laurea",
        "Kerst in de kerk met de kinderen, mooie mis",
    ],
)
def test_the_owners_child_stays(caption):
    assert "baby" in caption_signals(caption)


def test_another_childs_school_is_theirs():
    assert "school" not in caption_signals("Kuzenimin oğlu okula başladı, çok tatlı")


@pytest.mark.parametrize(
    "caption",
    ["La iglesia del pueblo bajo la nieve ❄️", "Kościół Mariacki nocą ✨"],
)
def test_a_church_in_the_snow_or_the_night_is_a_sight(caption):
    assert "religion" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        "Messe de minuit en famille à l'église du village sous la neige",
        "Poszliśmy na mszę, kościół w śniegu",
        "Missa do galo com a família ❤️ igreja cheia",
    ],
)
def test_worship_in_the_snow_stays(caption):
    assert "religion" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        "Dix ans de mariage : deux enfants, trois appartements et un chat",
        "Diez años casados, dos hijos y un perro después",
        "Zehn Jahre verheiratet, zwei Kinder, ein Hund und kein bisschen leiser",
        "Tien jaar getrouwd, twee kinderen en een kat",
        "Dziesięć lat po ślubie, dwoje dzieci i jeden kot",
    ],
)
def test_the_households_tally_counts_its_animal(caption):
    assert "pet" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        "Campaigning for the election: three doors slammed, one dog barked",
        "Puerta a puerta para las municipales: dos portazos y un perro que ladraba",
        "Nouveaux voisins : deux enfants et un chien. Mariés depuis juin, eux aussi",
    ],
)
def test_no_tally_of_a_canvasser_or_the_neighbours(caption):
    assert "pet" not in caption_signals(caption)
