"""Weekly routines, workplaces and local time: tables of commented cases on hand-built photos."""

from __future__ import annotations

import socket

import pandas as pd
import pytest

from exposure.derive import local_time
from exposure.derive.local_time import local_hour_weekday, zone_at
from exposure.infer.routines import place_clusters, weekly_routines
from exposure.infer.workplaces import workplaces

TZ = "Europe/Amsterdam"
HOME = (52.3676, 4.9041)  # Amsterdam centre
SPORTS = (52.3430, 4.8540)  # a sports ground about 4 km away
CHURCH = (52.3720, 4.8830)  # 1.5 km away
CAFE = (52.3600, 4.8850)
OFFICE = (52.3390, 4.8720)  # an office about 4 km away
BEACH = (52.3740, 4.5330)  # Zandvoort, 25 km: in the home region
LISBON = (38.7223, -9.1393)


def at(local: str, where: tuple[float, float], tz: str = TZ) -> pd.Timestamp:
    """A UTC time from a local wall-clock time at the place."""
    return pd.Timestamp(local, tz=tz).tz_convert("UTC")


def visits(name, start, n, where, hour="19:00", every="7D", tz=TZ, tags=(), caption=None, k=1):
    """`n` visits `every` so often from local `start` (a date) at `hour`, `k` photos each."""
    days = pd.date_range(start, periods=n, freq=every)
    return [
        {
            "photo_id": f"{name}{i}-{j}",
            "when": at(f"{d:%Y-%m-%d} {hour}", where, tz) + pd.Timedelta(minutes=10 * j),
            "lat": where[0] + 0.0002 * j,
            "lon": where[1],
            "tags": set(tags),
            "caption": caption,
        }
        for i, d in enumerate(days)
        for j in range(k)
    ]


def home_life(n=40):
    """Evenings at home every few days for a year: where home is, and nothing else."""
    return visits("h", "2022-01-03", n, HOME, hour="21:00", every="9D")


def table(*groups) -> pd.DataFrame:
    return pd.DataFrame([row for g in groups for row in g])


# --- weekly routines ---------------------------------------------------------------------------
SUMMER = visits("b", "2022-06-04", 14, BEACH, hour="14:00")
ABROAD = visits("l", "2022-02-06", 16, LISBON, hour="10:00", tz="Europe/Lisbon")
ROUTINE_CASES = [
    # Tuesday evenings at a sports ground 4 km from home, 12 weeks over 5 months, two photos a
    # time (19:00 and 19:10 local): a routine, Tuesdays 19-20
    ("sports ground", visits("s", "2022-03-01", 12, SPORTS, every="14D", k=2), "tuesday", "19-20"),
    # Sunday mornings at a church, 8 Sundays over 7 months: a routine, Sundays 10-11
    ("church", visits("c", "2022-02-06", 8, CHURCH, hour="10:15", every="28D"), "sunday", "10-11"),
    # one summer of Saturdays at the beach: 14 weeks over 3 months, 13 of them in summer 2022
    ("one summer at the beach", SUMMER, None, None),
    # four months in Lisbon, a café every Sunday: far from home, so a stay, not a routine
    ("long stay abroad", ABROAD, None, None),
    # sixty photos at a stadium on 4 Tuesdays: dense, but only 4 weeks
    ("few dense days", visits("d", "2022-03-01", 4, SPORTS, every="28D", k=15), None, None),
    # five Tuesdays over four months: one week short of a routine
    ("five weeks", visits("f", "2022-03-01", 5, SPORTS, every="28D"), None, None),
    # six Tuesdays, but within seven weeks: not spread over enough months
    ("six weeks in a row", visits("r", "2022-09-06", 6, SPORTS), None, None),
    # the same place at changing hours and days: no one weekday and window holds the weeks
    (
        "random visits",
        visits("x", "2022-01-01", 20, CAFE, hour="12:00", every="11D")
        + visits("y", "2022-01-05", 20, CAFE, hour="17:00", every="13D"),
        None,
        None,
    ),
    # at the café every weekday morning for months: a commute, not a weekly routine
    (
        "commute",
        [
            r
            for w in range(5)
            for r in visits(f"m{w}", f"2022-01-{3 + w:02d}", 16, CAFE, hour="08:15")
        ],
        None,
        None,
    ),
]


@pytest.mark.parametrize(
    "name,rows,weekday,hours", ROUTINE_CASES, ids=[c[0] for c in ROUTINE_CASES]
)
def test_weekly_routine_cases(name, rows, weekday, hours):
    found = weekly_routines(table(home_life(), rows), HOME)
    if weekday is None:
        assert found == [], [(r.weekday, r.hours, r.weeks) for r in found]
    else:
        assert [(r.weekday, r.hours) for r in found] == [(weekday, hours)]
        assert found[0].confidence >= 0.5


def test_false_friends_fail_on_their_own_gate():
    # without the season gate, the summer at the beach would read as a routine
    found = weekly_routines(table(home_life(), SUMMER), HOME, max_season_share=1.0)
    assert [(r.weekday, r.hours, r.weeks) for r in found] == [("saturday", "14-15", 14)]
    # without a home (so no home region), the stay abroad would read as a routine
    assert [r.weekday for r in weekly_routines(table(ABROAD), None)] == ["sunday"]


def test_routine_record_has_place_weeks_and_value():
    rows = visits("s", "2022-03-01", 12, SPORTS, every="14D", k=2)
    (r,) = weekly_routines(table(home_life(), rows), HOME, namer=lambda lat, lon: "Sloten")
    assert r.weeks == 12 and r.first == "2022-03-01" and r.last == "2022-08-02"
    assert abs(r.lat - SPORTS[0]) < 0.001 and abs(r.lon - SPORTS[1]) < 0.001
    assert 3.5 < r.km_from_home < 5
    assert r.value() == {"weekday": "tuesday", "hours": "19-20", "lat": round(r.lat, 4),
                         "lon": round(r.lon, 4), "place": "Sloten"}  # fmt: skip


def test_routine_evidence_removes_whole_weeks_first():
    rows = visits("s", "2022-03-01", 12, SPORTS, every="14D", k=2)
    (r,) = weekly_routines(table(home_life(), rows), HOME)
    assert len(r.photos) == 24
    assert [set(r.photos[:2]), set(r.photos[2:4])] == [{"s11-0", "s11-1"}, {"s10-0", "s10-1"}]
    # removing 7 weeks (14 photos, leaving 5 weeks) hides the routine: remove-to-hide works
    rest = table(home_life(), [x for x in rows if x["photo_id"] not in set(r.photos[:14])])
    assert weekly_routines(rest, HOME) == []


def test_hours_are_local_time_across_daylight_saving():
    # 19:00 in Amsterdam is 17:00 UTC in summer and 18:00 UTC in winter: one routine, 19-20
    rows = visits("s", "2022-01-04", 26, SPORTS, every="14D")
    utc_hours = {t.hour for t in table(rows)["when"]}
    assert utc_hours == {17, 18}
    (r,) = weekly_routines(table(home_life(), rows), HOME)
    assert (r.weekday, r.hours) == ("tuesday", "19-20")


def test_routine_at_home_is_not_a_place_routine():
    # Sunday evenings at home every week: home is told by location.home, not as a routine
    rows = visits("e", "2022-01-02", 30, HOME, hour="20:00")
    assert weekly_routines(table(rows), HOME) == []


def test_tag_routine_across_two_places():
    # tennis on Thursday evenings, on two courts in turn: no place holds 6 weeks, the tag does
    a = visits("ta", "2022-03-03", 5, SPORTS, hour="18:30", every="28D", tags={"tennis racket"})
    b = visits("tb", "2022-03-17", 5, CHURCH, hour="18:30", every="28D", tags={"tennis racket"})
    assert weekly_routines(table(home_life(), a, b), HOME) == []  # tags not asked for
    (r,) = weekly_routines(table(home_life(), a, b), HOME, tags=["tennis racket"])
    assert (r.weekday, r.hours, r.tag, r.weeks) == ("thursday", "18-19", "tennis racket", 10)


def test_place_routine_names_its_common_tag_and_excluded_places_are_skipped():
    rows = visits("c", "2022-02-06", 8, CHURCH, hour="10:15", every="28D", tags={"church"})
    (r,) = weekly_routines(table(home_life(), rows), HOME, tags=["church"])
    assert r.tag == "church" and r.value()["tag"] == "church"
    assert weekly_routines(table(home_life(), rows), HOME, exclude=[CHURCH]) == []


def test_no_located_photos_no_routines():
    rows = pd.DataFrame({"photo_id": ["a"], "when": [at("2022-01-01 10:00", HOME)],
                         "lat": [None], "lon": [None]})  # fmt: skip
    assert weekly_routines(rows, HOME) == []


# --- work and school ---------------------------------------------------------------------------
def office_days(tags=(), caption=None, n=15, weekdays=(1, 3), start="2022-01-03"):
    """Lunch-time photos at the office on the given weekdays (0 = Monday) every other week."""
    return [
        r
        for w in weekdays
        for r in visits(f"o{w}", pd.Timestamp(start) + pd.Timedelta(days=w), n, OFFICE,
                        hour="12:30", every="14D", tags=tags, caption=caption)
    ]  # fmt: skip


WORK_CASES = [
    # Tuesdays and Thursdays at lunch time, 15 weeks over 7 months, no other sign: works or studies
    ("office, no signs", office_days(), None, "work_or_school"),
    # the same with laptops and a caption about colleagues: work
    (
        "office with captions",
        office_days(tags={"laptop"}, caption="Lunch with colleagues"),
        None,
        "work",
    ),
    # classroom and lecture hall photos: school
    ("lecture halls", office_days(tags={"lecture hall"}), None, "school"),
    # a caption signal alone decides it too ('#backtoschool')
    ("school caption", office_days(caption="#backtoschool"), None, "school"),
    # a friend's flat visited on Saturday afternoons and evenings: not weekday daytime
    (
        "friend's flat",
        visits("f", "2022-01-01", 20, OFFICE, hour="15:00")
        + visits("g", "2022-01-05", 20, OFFICE, hour="20:00"),
        None,
        None,
    ),
    # the gym on weekday evenings: not daytime
    (
        "gym after work",
        visits("y", "2022-01-03", 20, SPORTS, hour="19:30")
        + visits("z", "2022-01-05", 20, SPORTS, hour="19:30"),
        None,
        None,
    ),
    # a weekly Tuesday morning class: one weekday only, a routine rather than a workplace
    ("weekly class", visits("k", "2022-01-04", 20, OFFICE, hour="10:00"), None, None),
    # a two-week conference abroad, every day 9-17: a trip
    (
        "conference abroad",
        visits("a", "2022-05-02", 10, LISBON, hour="11:00", every="1D", tz="Europe/Lisbon"),
        None,
        None,
    ),
    # weekday daytimes at home (working from home): home, not a workplace
    (
        "working from home",
        visits("w", "2022-01-03", 30, HOME, hour="11:00", every="3D"),
        None,
        None,
    ),
]


@pytest.mark.parametrize("name,rows,names,kind", WORK_CASES, ids=[c[0] for c in WORK_CASES])
def test_workplace_cases(name, rows, names, kind):
    found = workplaces(table(home_life(), rows), HOME, names=names)
    if kind is None:
        assert found == [], [(w.kind, w.weeks) for w in found]
    else:
        assert [w.kind for w in found] == [kind]
        assert found[0].confidence >= 0.5
        assert abs(found[0].lat - OFFICE[0]) < 0.001


def test_workplace_takes_its_name_and_kind_from_text_read_in_photos():
    rows = office_days()
    names = pd.DataFrame({"photo_id": [rows[0]["photo_id"], rows[3]["photo_id"], "elsewhere"],
                          "name": ["Vistula Biolabs", "Vistula Biolabs", "Café Nord"],
                          "kind": ["work", "work", None]})  # fmt: skip
    (w,) = workplaces(table(home_life(), rows), HOME, names=names, namer=lambda a, b: "Sloten")
    assert (w.kind, w.name, w.place) == ("work", "Vistula Biolabs", "Sloten")
    assert w.value() == {"lat": round(w.lat, 4), "lon": round(w.lon, 4), "place": "Sloten",
                         "name": "Vistula Biolabs"}  # fmt: skip
    assert w.signals == ["a work name read in 2 photos"]
    assert w.weeks == 15 and w.weekdays == 2 and w.daytime_share == 1.0


def test_no_home_no_workplace():
    assert workplaces(table(office_days()), None) == []


# --- places and local time ---------------------------------------------------------------------
def test_place_clusters_keep_places_apart_and_do_not_chain():
    # a street of points 100 m apart: 250 m places cut it into pieces, not one long place
    lats = [52.36 + 0.0009 * i for i in range(20)]
    labels = place_clusters(lats, [4.9] * 20)
    assert 3 <= len(set(labels)) <= 7
    assert len(set(place_clusters([52.36, 52.3601, 52.40], [4.9, 4.9, 4.9]))) == 2


@pytest.mark.parametrize(
    "utc,lat,lon,zone,hour,weekday",
    [
        ("2023-07-02 08:00", 38.72, -9.14, "Europe/Lisbon", 9, 6),  # summer time in Lisbon
        ("2023-01-08 09:00", 38.72, -9.14, "Europe/Lisbon", 9, 6),  # winter: UTC+0
        ("2023-07-02 23:30", 35.68, 139.65, "Asia/Tokyo", 8, 0),  # already Monday in Tokyo
        ("2023-07-02 03:00", 40.71, -74.01, "America/New_York", 23, 5),  # still Saturday
    ],
)
def test_local_hour_weekday(utc, lat, lon, zone, hour, weekday):
    out = local_hour_weekday([pd.Timestamp(utc, tz="UTC")], [lat], [lon])
    assert (out["tz"][0], out["hour"][0], out["weekday"][0]) == (zone, hour, weekday)


def test_local_time_without_coordinates_uses_the_default_zone():
    out = local_hour_weekday(
        pd.Series([pd.Timestamp("2023-07-02 08:00", tz="UTC"), pd.NaT]),
        [float("nan")] * 2, [float("nan")] * 2, default_zone="Europe/Amsterdam",
    )  # fmt: skip
    assert out["hour"][0] == 10 and pd.isna(out["hour"][1])


def test_time_zones_are_found_offline_with_one_finder(monkeypatch):
    local_time._finder.cache_clear()
    zone_at.cache_clear()

    def no_network(*args, **kwargs):
        raise AssertionError("a network connection was attempted")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    assert zone_at(52.37, 4.90) == "Europe/Amsterdam"
    assert zone_at(-33.87, 151.21) == "Australia/Sydney"
    assert local_time._finder.cache_info().misses == 1  # built once, on first use
