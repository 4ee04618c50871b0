"""Parents of teenagers and single parents (caption_parents, caption_child's `kids_told`): the
owner's child at any age, read by the rules."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # the owner's teenagers told bare or counted as a family counts them
        "Ryanair at 6am with two teenagers who think mornings are a human rights violation",
        "Road trip naar Zeeland met twee pubers achterin. Niemand praat. Heerlijk.",
        "Week-end au ski avec mes deux ados, ils m'ont abandonnée sur la piste verte",
        "Letní dovolená: já a dva puberťáci u moře 🌊",
        "Wakacje nad morzem, ja i dwójka nastolatków, nikt nie chce wstawać",
        "Tatil planı: Ekim'de Kapadokya, ben ve iki ergen 🎈",
        # the owner's own news beside the kids: a puppy, a march, a slipped disc
        "Das ist Bruno, 10 Wochen, seit gestern bei uns. Die Kinder sind völlig verliebt 🐶",
        "Voici Caramel, adopté au refuge hier. Les enfants ne le lâchent plus 🐱",
        # the kids after a year: no count of them
        "Throwback to Lisbon 2015 when the kids still held my hand 😂",
        # the owner a single parent or a co-parent
        "Custody week over, the house is full of socks and noise again",
        "Garde alternée : première semaine sans eux, l'appartement est beaucoup trop calme",
        "Co-ouderschap, week twee. Het huis is stil zonder ze.",
        "Střídavá péče: tenhle týden jsou u táty, já mám konečně klid",
        "Çocuklar bu bayram babalarında, ben de evde kitap okuyorum",
        # a question to other parents of teenagers
        "Zijn jullie pubers ook zo chagrijnig 's ochtends?",
        "Wasze nastolatki też śpią do południa?",
        "Vos ados aussi répondent par des grognements ?",
        # a teenager's milestone told of a name
        "Ethan passed his driving test this morning!!! My nerves are shot",
        "Finn hat seinen Führerschein! Ich darf jetzt Beifahrerin sein 😅",
        "Sanne heeft haar rijbewijs gehaald, de auto is nu van haar",
        "Adéla udělala přijímačky na gympl, celá rodina slaví",
        "Bac de philo demain pour Lucas, je ne dors plus",
        "Vojta má plané neštovice, celý týden doma",
    ],
)
def test_parent_of_older_children_is_baby(caption):
    assert "baby" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # strangers' teenagers, a class of them, the owner once a teenager
        "Im Zug sitzen zwei Teenager, die lautstark über Mathe streiten",
        "School trip with year 9, thirty teenagers and one museum #teacherlife",
        "Je me sens comme une ado devant ce concert",
        # another's single parenthood, another's licence
        "My sister is a single mum of three and she still runs marathons",
        "My boyfriend Tom passed his driving test, finally no more bus",
        "Congratulations to my pupils: Amelia passed her GCSE music with a 9!",
        # a friend's kids, kids these days
        "Kids these days don't know what a landline is",
    ],
)
def test_others_and_figures_stay_silent(caption):
    assert "baby" not in caption_signals(caption)
