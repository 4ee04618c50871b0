"""The owner's children told without a word of theirs (caption_child, kids55): the kids beside
the owner's own drink, trip, degree, engagement or new home, a night feed told by its hour, and a
child's first school day; read by the rules."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # the kids beside the owner's own drink, trip, engagement or home
        "Cold beer on the patio while the kids splash in the paddling pool 🍺",
        "Tinto en la terraza y los niños jugando en la arena 🍷",
        "Urlaub an der Ostsee, die Kinder wollen gar nicht mehr aus dem Wasser",
        "Vakantie in Zeeland, de kinderen zijn de hele dag op het strand",
        "Wakacje w Chorwacji, dzieci nie wychodzą z basenu",
        "Antalya tatili, çocuklar denizden hiç çıkmadı",
        "Pozdrav z dovolené v Itálii, děti celý den v moři",
        # a night feed told by its hour
        "4 am feeds and cold coffee, send help",
        "Mamadas às 4 da manhã e café frio",
        "Segunda toma de la noche y la casa en silencio",
        "Voeding om 4 uur, de hele straat slaapt",
        "Krmení ve 4 ráno, kafe studené",
        # a child's first school day
        "First day of Reception for our little man, bag bigger than him 🎒",
        "Primo giorno di prima elementare per Pietro, zaino enorme 🎒",
        "Tymek idzie do pierwszej klasy, plecak większy od niego",
        "Do první třídy jde Anička, aktovka jak kufr 🎒",
        "Rentrée en CP pour Lucas, cartable tout neuf",
        "Eerste schooldag voor Noor, ze rende zo naar binnen",
        "Ayşe'nin okula ilk günü, çantası kendisinden büyük 🎒",
    ],
)
def test_owners_child_is_baby(caption):
    assert "baby" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # others' children, a teacher's class, a likeness, the owner's own school days
        "Beautiful wedding of Tom and Amy today 🤍 the kids danced till midnight",
        "Mikuláš na náměstí, děti ječely radostí",
        "Vnuk Tomášek šel do první třídy, aktovka větší než on",
        "Ma petite-fille fait sa rentrée en CP lundi",
        "Učím první třídu, dneska první den ve škole",
        "Primo giorno di scuola anche per me, insegno da 20 anni",
        "Nervoso como no primeiro dia de escola, amanhã começo o trabalho novo",
        "Erster Schultag 1962, meine Mutter hat mir Zöpfe geflochten",
        # a feed that is no baby's
        "Karmię kota sąsiadki, bo wyjechała",
        "Krmení ve ZOO bylo super, tučňáci jedli ryby",
    ],
)
def test_not_the_owners_child(caption):
    assert "baby" not in caption_signals(caption)
