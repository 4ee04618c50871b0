"""Another's birth told in the third person, "my baby" said of a thing, and the litter of an
animal the owner names (caption_child.births_theirs, caption_child.baby_of_a_thing,
caption_pets.litter_own), read by the rules."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # a relative, a friend, a classmate or a colleague becomes a parent or expects a child
        "Mi amiga Carla ha tenido a su bebé!! 👶💕 Bienvenida al mundo, Alba.",
        "Mis amigos Ana y Jorge esperan gemelos!! 👶👶",
        "Brat z bratową spodziewają się bliźniaków 👶👶",
        "Spolužačka z gymplu čeká trojčata!!! 👶👶👶",
        "Kuzenimin eşi ikiz bekliyor!! 👶👶",
        "Mon frère est papa ! Bienvenue à la petite Jeanne, 3,1 kg de perfection",
        "Oggi il mio migliore amico è diventato papà. Benvenuta al mondo, piccola Ginevra.",
        "Meine Schwester ist Mama geworden 👶 Willkommen, kleiner Paul",
        "Mijn zus is bevallen van een dochter! Welkom kleine Noor 👶",
        "Kardeşim baba oldu! Hoş geldin bebek 👶",
        # "my baby" said of a thing
        "Mein Sauerteig heißt Gerd und ist mein Baby 🍞",
        "Moje orchidej je moje miminko 🌸",
        "Bu kahve makinesi benim bebeğim ☕",
        "Mon bébé 🚲 tout neuf, tout beau",
        "Bebeğim dediğim şey 14 yaşındaki kedim, kimse itiraz etmesin 🐈",
    ],
)
def test_anothers_birth_or_a_things_baby_is_no_baby(caption):
    assert "baby" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # the owner's or the partner's own birth, said with the same words
        "My wife had the baby! 3.4kg, 51 cm 👶",
        "Ich bin Papa geworden! 3400 g, 52 cm 👶",
        "Sono diventato papà! Benvenuto Leo 👶",
        "My baby is 3 today 🎂",
        # the owner's own daughter gave birth; an "and" that folds like "è"
        "Zostałam babcią! Córka urodziła wczoraj synka, 3600 g, 54 cm 👶💙",
        "benvenuto al mondo Leonardo 💙 papà e mamma ti aspettavano da tanto",
    ],
)
def test_the_owners_own_birth_is_a_baby(caption):
    assert "baby" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        "Our Luna is having puppies!! Vet reckons 6 🐶",
        "A Paçoca teve filhotes! Quatro bolinhas de pelo no cesto de roupa 🐱",
        "Notre chienne Nala a eu 7 chiots cette nuit 🐶 on en garde un, les autres cherchent une famille",
    ],
)
def test_a_named_animals_litter_is_a_pet(caption):
    assert "pet" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # the animal's own place after it: no other owner
        "Primera noche en casa nueva 🏠✨ el gato ya ha elegido su sitio",
        "Premier soir dans la nouvelle maison : cartons partout, et le chat qui a déjà choisi son radiateur",
        "Neue Wohnung, der Hund hat schon sein Lieblingsfenster gefunden",
        "Trasloco a Bari fatto! Casa nuova con terrazzo, il cane ha già scelto il suo angolo all'ombra",
        # a possessive pet word
        "Pepe, il nostro gatto, ha 18 anni e ancora pretende la colazione alle 5 del mattino 😾",
    ],
)
def test_the_animals_own_things_and_our_cat_are_a_pet(caption):
    assert "pet" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        "The neighbours' cat had kittens 🐱",
        "She had kittens when she saw the bill",
        # a possessive before a person or an animal is still another's
        "Mi nieto quiere un perro y su madre dice que no 😂 Mi hija dice que el perro se lo paseará ella",
        "Cihangir'e taşındım, kediler her yerde",
    ],
)
def test_anothers_litter_is_no_pet(caption):
    assert "pet" not in caption_signals(caption)
