"""English as people write it (english53): a wedding anniversary told without the word wedding,
a move in told without a subject, the move named after it; read by the
rules."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        "Happy 10th anniversary to the woman who still puts up with my boots on the kitchen floor ❤️",
        "Happy 10th anniversary to the man who learned to do my injections when I couldn't ❤️",
        "Anniversary weekend in the Lakes with the wife 🏞️ 15 years and she still laughs at my jokes",
        "Booked!! Flights to Lisbon for our 10th anniversary in June ✈️",
        "Anniversary trip to Crete, 20 years and still sharing a sunbed",
    ],
)
def test_own_anniversary_is_a_wedding(caption):
    assert "wedding" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        "Happy 40th anniversary mum and dad!! ❤️",
        "Happy anniversary to my parents! 40 years and they still share dessert",
        "Happy 2nd anniversary to my boyfriend, love you",
        "Our 5th anniversary as a business! Thanks to all our customers",
        "Happy work anniversary to me, 5 years at the depot",
    ],
)
def test_others_or_no_marriage_anniversary_is_none(caption):
    assert "wedding" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        "Moved in last Saturday and honestly the best bit is the wet room",
        "Finally moved in and the cat already owns the sofa",
        "We've moved in! Still no curtains",
        "Our first night in the bungalow! No stairs!!",
        "Boxes still everywhere from the move but this already feels like home 🥹",
        "Two weeks after the move and I still can't find the kettle",
    ],
)
def test_owner_moved_in_is_a_move(caption):
    assert "moving" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        "Neighbours just moved in next door with 3 kids and a drum kit",
        "Mom moved in with my brother in Phoenix. Strange not having her next door.",
        "Dropped off a lasagne for the new family at no 12, they've just moved in",
        "That chess move at the end was unreal",
    ],
)
def test_others_moving_in_is_no_move(caption):
    assert "moving" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption, given",
    [
        # the household's animal opening its clause and doing something, in English's past tense
        ("the dog ate a whole loaf of bread. He's fine. I'm not.", True),
        ("the cats have claimed the new sofa. we live here now apparently", True),
        ("Easter egg hunt in the garden with my two, the dog found most of them", True),
        ("Le chien a mangé ma chaussure", True),
        # someone else's animal, or an animal not opening its clause
        ("The neighbours dog barked all night again", False),
        ("The dog I walk for Mrs Jones stole my sandwich", False),
        ("Der Hund vom Nachbarn hat wieder gebellt", False),
    ],
)
def test_household_animal_acting(caption, given):
    assert ("pet" in caption_signals(caption)) is given
