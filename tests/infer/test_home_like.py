"""A home is judged by when it is photographed (`home_like`): a home seen only at
weekends keeps its move; a place seen on one day of the week, or in one season, is no home."""

import pandas as pd

from tests.infer.cases import HOME, ev, hides, run

NEW_HOME = (HOME[0] + 0.05, HOME[1])
CHURCH = (HOME[0] - 0.03, HOME[1] + 0.02)


def _old_home() -> list[dict]:
    first = pd.date_range("2019-01-01 20:00", periods=150, freq="2D")
    return [{"id": f"a{i}", "when": d, "at": HOME} for i, d in enumerate(first)]


def _weekends(start: str, weeks: int, days=(5, 6), at=NEW_HOME, tag="b") -> list[dict]:
    """Photos at `at` on the given days of the week (5 Saturday, 6 Sunday) of `weeks` weeks
    from `start`, at 10:00, 14:00 and 21:00 in turn."""
    monday = pd.Timestamp(start).normalize() - pd.Timedelta(days=pd.Timestamp(start).weekday())
    rows = []
    for w in range(weeks):
        for d in days:
            hour = (10, 14, 21)[(w + d) % 3]
            when = monday + pd.Timedelta(weeks=w, days=d, hours=hour)
            rows.append({"id": f"{tag}{w}-{d}", "when": when, "at": at})
    return rows


def test_a_home_photographed_only_at_weekends_keeps_its_move():
    """A move to a home seen only on Saturdays and Sundays, over a year and a half of weekends
    (a weekday worker who photographs home only at weekends): the move is claimed as surely as
    one to a home seen every day, and it still hides."""
    e = ev(_old_home() + _weekends("2019-11-01", 80))
    inf = run("life_events.new_home", e)
    assert inf is not None and inf.confidence >= 0.8
    assert hides("life_events.new_home", e, inf)


def test_a_night_shift_workers_home_seen_in_the_daytime_keeps_its_move():
    """A night-shift worker's new home, photographed at 13:00 on every day of the week: under
    half its photos are in the evening or at the weekend, yet its weekends make it a home."""
    days = pd.date_range("2019-11-04 13:00", periods=300, freq="D")
    e = ev(_old_home() + [{"id": f"b{i}", "when": d, "at": NEW_HOME} for i, d in enumerate(days)])
    assert run("life_events.new_home", e).confidence >= 0.8


def test_a_place_of_one_weekend_day_or_one_season_is_no_home():
    """After the old home's years, only a church on Sunday mornings, or only a seaside place on
    the weekends of two summers: no move is claimed to either."""
    sundays = _weekends("2019-11-01", 80, days=(6,), at=CHURCH, tag="c")
    assert run("life_events.new_home", ev(_old_home() + sundays)).confidence <= 0.4
    summers = _weekends("2020-06-29", 9, at=CHURCH, tag="s") + _weekends("2021-06-28", 9, at=CHURCH)
    assert run("life_events.new_home", ev(_old_home() + summers)).confidence <= 0.4
