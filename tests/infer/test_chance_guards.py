"""A pet and a school told by captions alone, against the other captions: two or three posts are
the owner's words in an archive of few captions, and what the caption reader gives by chance in
one of hundreds (`chance.beyond_chance` for a pet's caption-only days, `workplaces._beyond_chance`
for a workplace's caption votes; the rules' `caption_chance`)."""

from __future__ import annotations

import pandas as pd

from exposure.infer.workplaces import workplaces
from tests.infer.cases import HOME, ev, home_life, reported
from tests.infer.test_routines import home_life as evenings_at_home
from tests.infer.test_routines import office_days, table
from tests.infer.test_whereabouts import OFFICE, weekdays

# written for this test
DAILY = ["Rainy walk by the river", "Pancakes for breakfast", "New shoes!", "Sunset again",
         "Coffee and a good book", "Lazy Sunday", "Tried a new pasta recipe"]  # fmt: skip
DOG_WORDS = ["Walkies in the rain", "Puppy cuddles all evening"]
SCHOOL_WORDS = ["Exam week, wish me luck", "Lecture at nine, coffee first"]


def _daily(n: int) -> list[dict]:
    """n captioned posts of daily life at home, one a day from 2018-10, saying nothing a rule
    reads."""
    days = pd.date_range("2018-10-02", periods=n, freq="D")
    return [
        {"id": f"x{i}", "when": d + pd.Timedelta(hours=12), "at": HOME}
        | {"caption": f"{DAILY[i % len(DAILY)]} #{i}"}
        for i, d in enumerate(days)
    ]


def _dog_life() -> list[dict]:
    """A dog tagged at home on three days in three months (one short of a pet), and two posts of
    its words alone, a month apart."""
    tagged = [
        {"id": f"d{i}", "when": f"2019-{3 + i:02d}-10 19:00", "tags": [("dog", 0.9)], "at": HOME}
        for i in range(3)
    ]
    said = [
        {"id": f"w{i}", "when": f"2019-{6 + i:02d}-20 19:00", "caption": c, "at": HOME}
        for i, c in enumerate(DOG_WORDS)
    ]
    return home_life(30, start="2018-10-01") + tagged + said


def test_a_pet_said_in_captions_alone_counts_only_beyond_chance():
    """The dog's two caption days make it a pet among few captions; among 400 captioned posts of
    daily life they are what a reader wrong once in a few hundred captions gives, and the three
    tagged days alone are no pet."""
    assert reported("pets.dog", ev(_dog_life()))
    assert not reported("pets.dog", ev(_dog_life() + _daily(400)))


def _office(lunch_captions: bool) -> list[dict]:
    """Tuesdays and Thursdays at the office with laptops, each post captioned; two of them read
    as school, the others say nothing of school or work."""
    rows = office_days(tags={"laptop"})
    for i, r in enumerate(rows):
        r["caption"] = f"{DAILY[i % len(DAILY)]} #{i}" if lunch_captions else None
    rows[3]["caption"], rows[17]["caption"] = SCHOOL_WORDS
    return rows


def test_a_workplace_is_a_school_by_captions_only_beyond_chance():
    """Two posts read as school among two captioned posts decide the kind; among the 30
    captioned posts of the place they are chance's, and its laptops decide: work."""
    few = workplaces(table(evenings_at_home(), _office(False)), HOME, caption_chance=0.01)
    many = workplaces(table(evenings_at_home(), _office(True)), HOME, caption_chance=0.01)
    assert [w.kind for w in few] == ["school"]
    assert [w.kind for w in many] == ["work"]
    assert not any("captions speaking of school" in s for s in many[0].signals)
    # the rule files read it so (`caption_chance` in rules/work.yaml)
    rows = weekdays("o", 15, "2019-01-01", OFFICE, 10, [("laptop", 0.8)])
    for i, r in enumerate(rows):
        r["caption"] = f"{DAILY[i % len(DAILY)]} #{i}"
    rows[3]["caption"], rows[17]["caption"] = SCHOOL_WORDS
    e = ev(home_life(30, start="2018-10-01") + rows)
    assert reported("location.work", e) and not reported("location.school", e)
