"""English constructions the rules missed or misread (english54): a shift told by its kind or
place, the new place lived in or started at, a first night under one's own roof, a home signed
for, a pet's name before "the" and its animal, a breed before a name, an intensifier that holds a
negation ("can't believe"), a teacher's marking counted, "baby" hailed at a clause's end, a
child's first days at a nursery, mass and the Jewish feasts, the clinic in British words, and
"Boss" with no article."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption, signal",
    [
        # a shift told by its kind, its length or its place: the owner's job
        ("First shift as a qualified paramedic done, legs like jelly", "work"),
        ("Last shift at the bakery before Christmas, smelling of cinnamon", "work"),
        ("Two bar shifts and a dissertation due Friday, someone send help", "work"),
        ("Coffee after a 14 hr shift, the sofa is calling", "work"),
        ("Can't come to the quiz, I'm on a late all week", "work"),
        ("Back on the breakfast shift tomorrow at 6, early night for me", "work"),
        # the first or last day at the new place, the agency, the firm
        ("First day at the new place, still can't find the toilets", "work"),
        ("Day 4 at the agency and already three logins I keep forgetting", "work"),
        ("Last day at the firm after nine years, cake in the kitchen at 3", "work"),
        # a teacher's marking counted, a class taught
        ("Marking 120 essays over half term, send biscuits", "work"),
        ("Taught Year 10 about the Tudors and one asked if Henry VIII had TikTok", "work"),
        # the new place lived in, a first night under one's own roof
        ("Put the shelves up in the new place, only two holes in the wrong spot", "new_home"),
        ("The new place needs a new boiler before winter, of course it does", "new_home"),
        ("First night under our own roof in Leeds, takeaway on the floor", "new_home"),
        ("Erste Nacht unter eigenem Dach, die Kisten warten bis morgen", "new_home"),
        ("Eerste nacht onder ons eigen dak, nog geen gordijnen", "new_home"),
        ("Pierwsza noc pod własnym dachem, materac na podłodze", "new_home"),
        # a home signed for (British)
        ("Signed for a three-bed in Norwich today, keys in a fortnight", "new_home"),
        ("We signed for our own little cottage this morning!!", "new_home"),
        # a pet's name before "the" and its animal, a breed before a name
        ("Biscuit the hamster has escaped again, check your shoes", "pet"),
        ("Noodle the cat has taken over the ironing basket", "pet"),
        ("Bramble the lurcher versus the garden hose, round two", "pet"),
        ("Our rescue whippet Olive is three today", "pet"),
        ("Il nostro labrador Ercole ha mangiato il telecomando", "pet"),
        # a child's first days at a nursery, a crèche, a kindergarten: the child's schooling
        ("Our little one started nursery today, I'm a wreck", "school"),
        ("Mia's first day at nursery and I cried in the car park", "school"),
        ("Primo giorno al nido per Bianca, io in lacrime in macchina", "school"),
        ("Pierwszy dzień w przedszkolu, Zosia nawet się nie obejrzała", "school"),
        # mass as the owner's Sunday, feasts and the shul
        ("Mass at St Joseph's then bacon sandwiches, Sunday done right", "religion"),
        ("Early mass before the market, needed the quiet", "religion"),
        ("Hanukkah night 3, the kids lit the candles themselves", "religion"),
        ("Shul this morning, then lunch at my parents'", "religion"),
        # the clinic in British words
        ("Cannula in, waiting for the surgeon, bored already", "health"),
        ("Signed off with stress for a fortnight, trying to rest", "health"),
        # "Boss" with no article opening a clause
        ("Boss just asked for 'a quick word' at 4:55 on a Friday", "work"),
        # an intensifier that holds a negation negates nothing
        ("Can't believe our little one is already walking, slow down", "baby"),
        ("Still can't believe we own a house by the sea now", "new_home"),
    ],
)
def test_english_construction_read(caption, signal):
    assert signal in caption_signals(caption)


@pytest.mark.parametrize(
    "caption, signal",
    [
        # someone else's shift, a shift that is no job's
        ("My husband's first shift at the fire station tonight, I won't sleep", "work"),
        ("She did her last shift at the care home today, so proud of her", "work"),
        ("Big shift in the weather this week, coats back on", "work"),
        # someone else's new place, a home that is not the owner's
        ("Housewarming at Tom's, the new place is gorgeous", "new_home"),
        # a verb or a word before "the" and the animal, someone else's animal
        ("Well the cat's out of the bag now, we're moving!", "pet"),
        ("Our neighbour's Bertie the dog barked all night", "pet"),
        # football, not a home
        ("Can't believe he signed for City, unreal", "new_home"),
        # a negation that does negate, a wish that stays a wish
        ("I can't believe how much I don't miss beer", "alcohol"),
        ("Can't wait to travel again one day, saving up", "travel"),
        # someone else's child at nursery, mass emails, a boss that is no one's job
        ("My niece started nursery today, she looks so tiny", "school"),
        ("Mass emails from the council again, unsubscribe", "religion"),
        ("Like a boss, finished the crossword in ten minutes", "work"),
        # "baby" hailed: no child
        ("Gown returned, hat thrown, class of 2025 baby!!", "baby"),
        ("MSc Hons baby! Three years of late nights done", "baby"),
        ("Keys in hand, we finally did it. First home baby", "baby"),
    ],
)
def test_english_false_friend_silent(caption, signal):
    assert signal not in caption_signals(caption)
