"""Captions alone against the archive's other captions: a handful of posts that read as illness
or politics is a habit in an archive of few captions, and what the caption reader gives by
chance in one of hundreds (`sensitive.chance_words`, `chance.chance_days`); a life's extra
captions (`lives.with_captions`) go on its uncaptioned posts, one a day."""

from __future__ import annotations

import pandas as pd
import pytest

from exposure.infer.chance import chance_days
from tests.builders.lives import Life, LifeShot, with_captions
from tests.infer.cases import HOME, ev, home_life, reported

# written for this test: the owner's own words, one post a month
ILLNESS = [
    "Physio again, the knee is slowly getting better",
    "Waiting room at the hospital, my turn soon",
    "Back from my MRI scan, results next week",
    "Antibiotics for another week, ugh",
    "Chemo round three done, tired but ok",
]
MARCHES = ["At the climate march today with my sign", "Voted this morning, go vote!"]
DAILY = ["Rainy walk by the river", "Pancakes for breakfast", "New shoes!", "Sunset again",
         "Coffee and a good book", "Lazy Sunday", "Tried a new pasta recipe"]  # fmt: skip


def _said(words: list[str], first_month: int = 2) -> list[dict]:
    return [
        {"id": f"w{i}", "when": f"2019-{first_month + i:02d}-14 18:00", "caption": c, "at": HOME}
        for i, c in enumerate(words)
    ]


def _daily(n: int) -> list[dict]:
    """n captioned posts of daily life saying nothing a rule reads, one a day from 2018-10."""
    days = pd.date_range("2018-10-02", periods=n, freq="D")
    return [
        {"id": f"d{i}", "when": d + pd.Timedelta(hours=12), "at": HOME}
        | {"caption": f"{DAILY[i % len(DAILY)]} #{i}"}
        for i, d in enumerate(days)
    ]


@pytest.mark.parametrize(
    "rule, words", [("sensitive.health", ILLNESS), ("sensitive.politics", MARCHES)]
)
def test_captions_alone_are_a_habit_only_beyond_what_chance_gives(rule, words):
    """Five posts of treatment in five months (two of marches) are claimed among few captions;
    among 400 captioned posts of daily life they are what a reader wrong once in a hundred
    captions gives by chance, and no claim."""
    few = ev(home_life(30, start="2018-10-01") + _said(words))
    many = ev(home_life(30, start="2018-10-01") + _said(words) + _daily(400))
    assert reported(rule, few)
    assert not reported(rule, many)


def test_chance_days_grow_with_the_captioned_posts():
    """The fewest days beyond chance: 1 with no false-signal rate, then more with more posts."""
    assert chance_days(500, 0) == 1
    got = [chance_days(n, 0.01) for n in (0, 50, 200, 1000)]
    assert got == sorted(got) and got[0] == 1 and got[-1] > 10


def _life(days: int, captioned: set[int]) -> Life:
    shots = [
        LifeShot(
            f"2020-01-{d + 1:02d} {h:02d}:00", caption="hi" if d in captioned and h == 9 else ""
        )
        for d in range(days)
        for h in (9, 15)
    ]
    return Life(3, "de", shots, [[] for _ in shots], {}, 1, 0)


def test_extra_captions_go_one_a_day_on_uncaptioned_posts_seeded():
    """k captions on k different days that had none, the same for the same seed; k is cut to the
    free days; the life's own captions stay."""
    lv = _life(20, {0, 5})
    lines = [{"caption": f"line {i}", "lang": g} for i, g in enumerate(["de", "en", "fr"] * 10)]
    got, where = with_captions(lv, lines, 8, seed=1)
    days = [got.shots[i].when[:10] for i in where]
    assert len(set(days)) == 8 and not {"2020-01-01", "2020-01-06"} & set(days)
    assert all(got.shots[i].caption.startswith("line ") for i in where)
    assert sum(bool(s.caption) for s in got.shots) == 10
    assert with_captions(lv, lines, 8, seed=1)[1] == where
    assert len(with_captions(lv, lines, 50, seed=1)[1]) == 18
