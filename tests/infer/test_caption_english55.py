"""The owner's life events told in English constructions that drop their subject or their word
(caption_english, the lexicon's English drink and politics names), read by the rules."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption, signal",
    [
        # a wedding by its quoted vows, its years counted, a subjectless "married in/at"
        ('Eight years since we said "I do" on a cliff in Cornwall', "wedding"),
        ("Fifteen years ago I said 'I do' in a borrowed dress", "wedding"),
        ("Married 38 years this week and he still steals the duvet", "wedding"),
        ("Two years wed and still arguing about the dishwasher", "wedding"),
        ("Six months of being your wife and I'd do it again", "wedding"),
        ("We made it!! Married at the town hall in a thunderstorm", "wedding"),
        # an engagement by its partner, a wedding ahead of "we", a proposal made, the ring
        ("Engaged to my favourite human 💕", "engagement"),
        ("Sam and I are getting married!!! Still shaking", "engagement"),
        ("Proposed to her on the ferry, she cried, I cried", "engagement"),
        ("Ring shopping done, now to survive the wait", "engagement"),
        # a degree by its letters and its result
        ("MA History: done. Three years of archives", "graduation"),
        ("Passed my LLB, 2:1, time to sleep", "graduation"),
        ("Got my PGCE today, classroom here I come", "graduation"),
        ("Defended my thesis this afternoon, the panel was kind", "graduation"),
        # an English degree inside another language's caption
        ("Finalmente! MSc done, gracias a todos 🎓", "graduation"),
        # a pregnancy by the test's lines, its weeks along, its scan, the baby's number
        ("Two lines. I had to sit down.", "pregnancy"),
        ("Fourteen weeks along and finally telling people", "pregnancy"),
        ("20 week scan went perfectly 🤍", "pregnancy"),
        ("Baby number 3 arriving in October, send coffee", "pregnancy"),
        # a faith practised without its noun
        ("Got confirmed at St Joseph's this morning", "religion"),
        ("Pray for my grandma tonight please, she's in surgery", "religion"),
        # the owner's treatment by its English names
        ("Root canal number two. Never again", "health"),
        ("Got the all clear from the oncologist today 🎉", "health"),
        ("Slipped a disc lifting the sofa, send help", "health"),
        # English drink names and measures
        ("A cheeky G&T on the patio because the sun is out", "alcohol"),
        ("Two espresso martinis deep and ready for karaoke", "alcohol"),
        ("Wee dram by the fire to end the week", "alcohol"),
        # politics: a party's branch, leaflets, the vote before work
        ("Joined my local Labour branch, first meeting Thursday", "politics"),
        ("Voted before work, queue round the church hall", "politics"),
        ("Out with leaflets for our candidate all afternoon", "politics"),
    ],
)
def test_english_construction_is_the_owners(caption, signal):
    assert signal in caption_signals(caption)


@pytest.mark.parametrize(
    "caption, signal",
    [
        # someone else's event before the construction
        ("My sister is twelve weeks along and glowing", "pregnancy"),
        ("Dad's new hip is doing great, he's walking already", "health"),
        ("My best friend got engaged to her girlfriend in Rome", "engagement"),
        # a negation, a part of a course
        ("I'm not engaged to anyone, stop asking", "engagement"),
        ("First month of my part-time MBA done, brain fried", "graduation"),
        # a joke, a marriage to a thing, others asking
        ("Married to my allotment at this point 🥕", "wedding"),
        ("Engaged to my laptop until the deadline passes", "engagement"),
        ("Everyone keeps asking when we're getting engaged. Relax", "engagement"),
        ("Everyone in my feed is getting married and I'm here with my cat", "wedding"),
        # a prayer that is a joke, not a practice
        ("Exam at 9am, pray for my brain cells", "religion"),
        ("Praying for everyone stuck on the M25 tonight", "religion"),
        # a newborn is no pregnancy
        ("The tiny human arrived at dawn, 7lb 1oz", "pregnancy"),
        # two lines of a poem, a scan at the dentist
        ("Wrote two lines of a poem and called it a day", "pregnancy"),
    ],
)
def test_english_false_friend_stays_silent(caption, signal):
    assert signal not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption, signal",
    [
        # the partner's pregnancy told in British English: the household's
        ("The missus is due in April, nursery half painted", "pregnancy"),
        ("Partner's expecting our first, I'm terrified", "pregnancy"),
        # the family doctor
        ("Back at the GP for the third time this month", "health"),
        # the parents in the audience of the owner's graduation
        ("Gown on, cap wonky 🎓 Dad filming the whole thing on his iPad", "graduation"),
        ("Degree in hand. Thank you Mum and Dad for believing in me 🎓", "graduation"),
    ],
)
def test_household_and_audience_are_the_owners(caption, signal):
    assert signal in caption_signals(caption)


@pytest.mark.parametrize(
    "caption, signal",
    [
        # a friend's partner, the owner's child graduating with a parent in the audience
        ("My mate's wife is expecting twins!", "pregnancy"),
        ("My son finished his degree today, his mum cried 🎓", "graduation"),
    ],
)
def test_others_partner_and_child_stay_theirs(caption, signal):
    assert signal not in caption_signals(caption)
