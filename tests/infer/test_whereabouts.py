"""The `routine` and `workplace` kinds, case by case (hours in local time at the place)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.infer.cases import claims, ev, hides, home_life, reported, run

FIELD = (52.3900, 4.8700)  # a sports ground 3.5 km from home
OFFICE = (52.3400, 4.8900)  # 3 km from home
CAMPUS = (52.3560, 4.9550)
BEACH = (52.3740, 4.5300)  # 25 km away: the home region, not a trip


def weekly(prefix, n, start, at, utc_hour, tags=(), every="7D", caption=None) -> list[dict]:
    days = pd.date_range(start, periods=n, freq=every)
    return [
        {"id": f"{prefix}{i}", "when": d + pd.Timedelta(hours=utc_hour), "at": at}
        | {"tags": list(tags), "caption": caption}
        for i, d in enumerate(days)
    ]


def weekdays(prefix, weeks, start, at, utc_hour, tags=(), caption=None) -> list[dict]:
    """Tuesday and Thursday photos, week after week."""
    tue = weekly(f"{prefix}t", weeks, start, at, utc_hour, tags, caption=caption)
    thu = weekly(
        f"{prefix}h", weeks, pd.Timestamp(start) + pd.Timedelta(days=2), at, utc_hour, tags
    )
    return tue + thu


ROUTINES = [
    # Tuesday evenings at a sports ground for four months: 18:30 UTC = 19:30 local in winter
    ("tuesday football", weekly("f", 16, "2019-01-01", FIELD, 18, [("football", 0.8)]), "tuesday"),
    # one summer of Saturdays at the beach: one season, not a routine
    ("summer saturdays", weekly("b", 10, "2019-06-01", BEACH, 12, [("beach", 0.9)]), None),
    # a fortnight abroad with daily photos: a trip
    ("a trip", weekly("r", 14, "2019-05-01", (41.90, 12.45), 10, every="1D"), None),
    # forty photos of one Tuesday at the ground: one day, not weeks
    (
        "one dense day",
        [{"id": f"d{i}", "when": f"2019-02-05 18:{i:02d}", "at": FIELD} for i in range(40)],
        None,
    ),
]


@pytest.mark.parametrize("case, rows, weekday", ROUTINES, ids=[c[0] for c in ROUTINES])
def test_weekly_routine(case, rows, weekday):
    e = ev(home_life(30, start="2018-10-01") + rows)
    found = [i for i in claims("routine.weekly", e) if i.confidence >= 0.5]
    assert [i.value["weekday"] for i in found] == ([weekday] if weekday else [])
    if weekday:
        inf = found[0]
        assert inf.value["hours"] in {"19-20", "18-20", "19-21"}  # local time, not UTC
        assert inf.value["tag"] == "football"
        assert abs(inf.value["lat"] - FIELD[0]) < 0.01
        assert "Tuesdays" in inf.statement
        assert hides("routine.weekly", e, inf)


def test_two_routines_are_two_claims():
    rows = weekly("f", 16, "2019-01-01", FIELD, 18) + weekly("c", 16, "2019-01-06", CAMPUS, 9)
    found = claims("routine.weekly", ev(home_life(30, start="2018-10-01") + rows))
    assert sorted(i.value["weekday"] for i in found) == ["sunday", "tuesday"]
    assert len({tuple(i.remove_to_hide) for i in found}) == 2


WORK = [
    # an office on Tuesdays and Thursdays at 11:00 local for three months, laptops: work
    ("office", weekdays("o", 12, "2019-01-01", OFFICE, 10, [("office", 0.7)]), "location.work"),
    # a campus on weekdays, classroom tags: a school
    ("campus", weekdays("u", 12, "2019-01-01", CAMPUS, 9, [("school", 0.7)]), "location.school"),
    # the same office hours, no sign of what it is: "works or studies", told by location.work
    ("undecided", weekdays("x", 12, "2019-01-01", OFFICE, 10), "location.work"),
    # a friend's place on weekday evenings: not daytime, not work
    ("friend's evenings", weekdays("e", 12, "2019-01-01", OFFICE, 19), None),
    # a gym on Saturdays and Sundays, late mornings: not weekdays
    (
        "weekend gym",
        weekly("g", 12, "2019-01-05", CAMPUS, 10) + weekly("h", 12, "2019-01-06", CAMPUS, 10),
        None,
    ),
    # the beach 25 km away on weekdays of four weeks every July for three years, 12 weeks in
    # all: a hobby's spot come back to each summer, not work (simulated lives without a job
    # were told "works or studies near" their surf or ski spot)
    (
        "every July at the beach",
        [r for y in (2019, 2020, 2021) for r in weekdays(f"b{y}", 4, f"{y}-07-02", BEACH, 9)],
        None,
    ),
    # weekday daytimes at one place in six weeks (a course, a treatment): too few weeks to say
    # work or study (the recurrence is 0.5 at min_weeks, so the claim stays below 0.5)
    ("six weeks of a course", weekdays("c", 6, "2019-01-01", OFFICE, 10), None),
]


@pytest.mark.parametrize("case, rows, rule_id", WORK, ids=[c[0] for c in WORK])
def test_work_and_school(case, rows, rule_id):
    e = ev(home_life(120, start="2018-10-01") + rows)  # evenings at home until January 2022
    found = {r for r in ("location.work", "location.school") if reported(r, e)}
    assert found == ({rule_id} if rule_id else set())
    if rule_id:
        inf = run(rule_id, e)
        assert inf.evidence[0] in {r["id"] for r in rows}
        assert hides(rule_id, e, inf)


def test_a_workplace_seen_in_many_weeks_is_surer_than_one_seen_in_a_few():
    # on simulated lives every place seen on weekday daytimes in 40 weeks or more was the
    # owner's work or school: such a place is claimed at 0.9 and more, one of 12 weeks at about 0.7
    home = home_life(60, start="2018-10-01")  # evenings at home for 20 months
    few = run("location.work", ev(home + weekdays("o", 12, "2019-01-01", OFFICE, 10)))
    many = run("location.work", ev(home + weekdays("o", 45, "2019-01-01", OFFICE, 10)))
    assert 0.6 <= few.confidence <= 0.8 < 0.9 <= many.confidence
    # a summer job held one summer only is still a job: one season of one year is not a
    # hobby's spot come back to year after year
    summer = weekdays("j", 12, "2019-06-04", BEACH, 9)  # June to August
    assert reported("location.work", ev(home + summer))


def test_a_company_name_read_in_a_photo_names_the_workplace():
    rows = weekdays("o", 12, "2019-01-01", OFFICE, 10)
    e = ev(home_life(30, start="2018-10-01") + rows, texts=[("ot0", "Vistula Biolabs GmbH")])
    inf = run("location.work", e)
    assert inf.value["name"] == "Vistula Biolabs GmbH"
    assert inf.statement.startswith("Works near") and "(Vistula Biolabs GmbH)" in inf.statement


def test_a_school_name_read_outweighs_laptops_at_a_campus():
    # a student's laptop is a worker's too: 24 photos of laptops at a campus out-voted the
    # university's name read on three of them, and a student was reported as working there
    rows = weekdays("u", 12, "2019-01-01", CAMPUS, 9, [("laptop", 0.8)])
    texts = [(f"ut{i}", "UNIVERSITEIT LEIDEN") for i in range(3)]
    e = ev(home_life(30, start="2018-10-01") + rows, texts=texts)
    assert reported("location.school", e) and not reported("location.work", e)
    assert "UNIVERSITEIT LEIDEN" in run("location.school", e).statement
    # the same laptops with no name read: work (or "works or studies"), never school
    e = ev(home_life(30, start="2018-10-01") + rows)
    assert reported("location.work", e) and not reported("location.school", e)
