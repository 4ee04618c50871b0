"""The trips and drinks of people who live for their free time (leisure45, `caption_leisure`): a
tasting at a brewery or a distillery at a named place is a journey there; days counted on a walk,
a ride or a stay are a journey; a drink named where the owner drinks none of it (a soft drink of
their own, the driver's seat, a pregnancy) is no drinking of the owner's. Each caption failed
before; the false friends stay silent."""

import pytest

from exposure.infer.captions import rule_signals

DAYS_COUNTED = [
    ("Five days walking the Pennine Way, feet in pieces", "en days walking"),
    ("Drei Tage wandern im Allgäu, jeden Abend Käsespätzle", "de days hiking"),
    ("Sei giorni nelle Dolomiti con lo zaino", "it days in a region"),
    ("Drie dagen fietsen langs de Maas met mijn zus", "nl days cycling"),
    ("Pięć dni szlakiem przez Beskid Niski, bez zasięgu", "pl days on a trail"),
    ("Frig Yolu'nda üç gün, sırt çantası ve yayla çorbası", "tr days on a trail"),
    ("Cinco días recorriendo Asturias en furgoneta", "es days going round a region"),
]

TASTING_AT_A_PLACE = [
    ("Distillery tour on Islay, five drams and no regrets 🥃", "en a distillery at a place"),
    ("Speciaalbier bij de brouwerij in Leuven, wat een tripel 🍺", "nl a brewery at a place"),
    ("Piwo kraftowe w browarze w Żywcu, najlepsze w życiu 🍺", "pl a brewery at a place"),
]

ABSTAINS = [
    ("Pub lunch with the lads, orange juice for me", "en juice for me"),
    ("Sunday roast at the pub, I had a lemonade", "en a lemonade of the owner's"),
    ("Biergarten mit den Kollegen, ich trink Apfelschorle", "de a soft drink of her own"),
    ("Glühwein am Stand, für mich Kinderpunsch", "de punch for children for me"),
    ("Apéro au bord du lac, un kir pour eux, jus de pomme pour moi", "fr juice for me"),
    ("Spritz al tramonto con le amiche, per me succo di pesca", "it juice for me"),
    ("Borrel op het terras, spa rood voor mij", "nl water for me"),
    ("Grill u teściów, piwo w lodówce, dla mnie sok", "pl juice for me"),
    ("Svatomartinské víno na stole, pro mě kofola", "cs a cola for me"),
    ("Sangría para todos, yo conduzco", "es the driver"),
    ("Caipirinha para todos, eu conduzo", "pt the driver"),
    ("Vinho verde na esplanada, para mim água", "pt water for me"),
]

SILENT = [
    ("Wine tasting at home with the neighbours 🍷", "en no place named"),
    ("Brewery tour at Christmas, five tasters 🍺", "en a feast, no place"),
    ("Whisky-Tasting in der Destillerie, der Zwölfjährige war top 🥃", "de a common noun"),
]

STILL_DRINKS = [
    ("Wine tasting in the Douro, I drank everything 🍷", "en drinking"),
    ("Grillabend, ich trinke Bier, Oma trinkt Apfelschorle", "de beer of the owner's"),
]


@pytest.mark.parametrize("caption, why", DAYS_COUNTED)
def test_days_counted_on_a_walk_a_ride_or_a_stay_are_a_journey(caption, why):
    assert "travel" in rule_signals(caption), why


@pytest.mark.parametrize("caption, why", TASTING_AT_A_PLACE)
def test_a_tasting_at_a_named_place_is_a_journey(caption, why):
    assert "travel" in rule_signals(caption), why


@pytest.mark.parametrize("caption, why", ABSTAINS)
def test_a_drink_named_where_the_owner_drinks_none_is_no_drinking(caption, why):
    assert "alcohol" not in rule_signals(caption), why


@pytest.mark.parametrize("caption, why", SILENT)
def test_a_tasting_at_home_at_a_feast_or_at_a_common_noun_is_no_journey(caption, why):
    assert "travel" not in rule_signals(caption), why


@pytest.mark.parametrize("caption, why", STILL_DRINKS)
def test_the_owner_who_drinks_still_drinks(caption, why):
    assert "alcohol" in rule_signals(caption), why
