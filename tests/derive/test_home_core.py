"""A home is its dense core: a friend's flat 1.5 km away, joined to it by a few photos on the way,
is in the home's place cluster (chained within 1 km) but not in the home.

The track is written as real photos with GPS in their EXIF, scanned into a real exposure.db and
read back through `Analysis`; the home's photos are what every kind reading `at_home` sees.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from exposure.analysis import Analysis
from exposure.derive.places import _clusters, haversine_km
from tests.builders.life_store import Shot, build

HOME = (52.3700, 4.8900)
FRIEND = (52.3700, 4.8900 + 1.5 / (111.32 * np.cos(np.radians(52.37))))  # 1.5 km east


def _at(rng: np.random.Generator, where: tuple[float, float], m: float) -> tuple[float, float]:
    d = rng.normal(0, m / 111_320, 2)
    return (where[0] + d[0], where[1] + d[1] / np.cos(np.radians(where[0])))


def track() -> tuple[list[Shot], list[str]]:
    """(shots, where each was: "home", "friend" or "bridge"): 60 evenings at home, 15 at the
    friend's flat and three photos on the walk between, 375 m apart."""
    rng = np.random.default_rng(7)
    start = pd.Timestamp("2021-01-04")
    shots, where = [], []
    for d in range(120):
        day = start + pd.Timedelta(days=d)
        if d % 2 == 0:
            for k in range(2):
                shots.append(Shot(f"{day:%Y-%m-%d} 19:{10 * k:02d}", _at(rng, HOME, 20)))
                where.append("home")
        elif d % 8 == 1:
            for k in range(2):
                shots.append(Shot(f"{day:%Y-%m-%d} 21:{10 * k:02d}", _at(rng, FRIEND, 20)))
                where.append("friend")
    for k, t in enumerate((0.25, 0.5, 0.75)):
        lat, lon = (HOME[0] + t * (FRIEND[0] - HOME[0]), HOME[1] + t * (FRIEND[1] - HOME[1]))
        shots.append(Shot(f"2021-02-{10 + k:02d} 16:00", (lat, lon)))
        where.append("bridge")
    return shots, where


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    shots, where = track()
    config, ids = build(tmp_path_factory.mktemp("home-core"), shots)
    a = Analysis(config.out_dir)
    try:
        yield a.tables, dict(zip(ids, where))
    finally:
        a.close()


def test_the_friends_flat_is_chained_into_the_homes_place_cluster(scanned):
    tables, where = scanned
    locs = tables["locations"]
    labels = _clusters(locs)
    home_cluster = set(labels[locs["photo_id"].map(where).eq("home").to_numpy()])
    friend_cluster = set(labels[locs["photo_id"].map(where).eq("friend").to_numpy()])
    assert home_cluster == friend_cluster and len(home_cluster) == 1  # the bridge chains them


def test_the_home_holds_the_home_photos_and_none_of_the_friends_flat(scanned):
    tables, where = scanned
    (home,) = tables["homes"]
    seen = [where[p] for p in home.photo_ids]
    assert seen.count("home") == 120
    assert seen.count("friend") == 0 and seen.count("bridge") == 0
    assert haversine_km(home.lat, home.lon, *HOME) < 0.05


def test_a_home_without_a_dense_core_is_its_whole_place_cluster():
    """Check-ins 400 m apart around a neighbourhood chain at 1 km, never at CORE_KM: the home is
    all of them, not nothing."""
    from exposure.derive.places import homes

    when = pd.date_range("2021-01-04 20:00", periods=12, freq="3D", tz="UTC")
    lat = HOME[0] + (np.arange(12) % 4) * 0.0036  # 400 m steps north
    lon = HOME[1] + (np.arange(12) // 4) * 0.0059  # and east
    locs = pd.DataFrame(
        {"photo_id": [f"c{i}" for i in range(12)], "when": when, "lat": lat, "lon": lon}
    )
    (home,) = homes(locs)
    assert home.points == 12


def _located(rows: list[tuple]) -> pd.DataFrame:
    """A locations table from (kind, when, lat, lon) rows, in time order, ids kind + row."""
    return pd.DataFrame(
        [(f"{k}{i}", t, la, lo) for i, (k, t, la, lo) in enumerate(rows)],
        columns=["photo_id", "when", "lat", "lon"],
    ).sort_values("when")


def test_a_workplace_outweighing_home_in_the_archives_last_weeks_is_no_move():
    """Simulated life seed 5: evenings at home for three years, weekdays at work 1.4 km away, and
    the archive's last year holds three work days and then one evening at home. That year's
    busiest place was work; the home seen after it says the owner never moved. Without that
    evening, work and home were still seen side by side all along: no move either."""
    from exposure.derive.places import homes

    evenings = pd.date_range("2018-01-02 20:00", "2020-12-30", freq="2D", tz="UTC")
    work = pd.date_range("2018-01-03 10:00", "2020-12-30", freq="7D", tz="UTC")
    last = pd.DatetimeIndex(["2021-01-05 10:00", "2021-01-06 10:00", "2021-01-07 10:00"], tz="UTC")
    at_work = (HOME[0] - 0.0126, HOME[1])  # 1.4 km south
    rows = [("h", t, *HOME) for t in evenings] + [("w", t, *at_work) for t in work.append(last)]
    rows.append(("h", pd.Timestamp("2021-01-08 20:00", tz="UTC"), *HOME))
    locs = _located(rows)
    found = homes(locs)
    assert len(found) == 1 and haversine_km(found[0].lat, found[0].lon, *HOME) < 0.01
    without = homes(locs[locs["when"] < pd.Timestamp("2021-01-08", tz="UTC")])
    assert len(without) == 1 and haversine_km(without[0].lat, without[0].lon, *HOME) < 0.01


def test_a_workplace_outweighing_home_in_the_archives_first_weeks_is_no_home():
    """Simulated life seed 7136: an archive that starts on 20 December with three days at work
    and one evening at home (home is seen on too few days of that year to be its home), then
    three years of evenings at home. The first year's busiest place was work; home outweighs it
    over the archive, so home is the one home from the start, not work."""
    from exposure.derive.places import homes

    at_work = (HOME[0] - 0.03, HOME[1])  # 3.3 km south
    first = pd.DatetimeIndex(["2019-12-20 11:00", "2019-12-27 12:00", "2019-12-30 10:00"], tz="UTC")
    work = first.append(pd.date_range("2020-01-06 11:00", "2022-12-30", freq="7D", tz="UTC"))
    evenings = pd.date_range("2019-12-29 20:00", "2022-12-30", freq="3D", tz="UTC")
    rows = [("h", t, *HOME) for t in evenings] + [("w", t, *at_work) for t in work]
    locs = _located(rows)
    found = homes(locs)
    assert len(found) == 1 and haversine_km(found[0].lat, found[0].lon, *HOME) < 0.01
    assert found[0].start == locs["when"].min()


def test_a_weekly_place_winning_the_archives_first_weeks_is_no_home_left():
    """Simulated life 7537: the archive starts with four Saturdays at a hobby place 14 km away and
    three evenings at home; that month's busiest place was the hobby. Both are then seen all
    along, side by side, for years: no move from the hobby to the home, and the home is the one
    home from the start. A real move (the home left, a new one from then on, a few viewings of
    it before) is still a move."""
    from exposure.derive.places import homes

    hobby = (HOME[0] + 0.13, HOME[1])  # 14 km north
    saturdays = pd.date_range("2016-12-03 11:00", "2019-12-28", freq="7D", tz="UTC")
    evenings = pd.date_range("2016-12-20 20:00", "2019-12-30", freq="4D", tz="UTC")
    rows = [("s", t, *hobby) for t in saturdays] + [("h", t, *HOME) for t in evenings]
    found = homes(_located(rows))
    assert len(found) == 1 and haversine_km(found[0].lat, found[0].lon, *HOME) < 0.01

    new_home = (HOME[0] - 0.05, HOME[1])  # 5.5 km south
    before = pd.date_range("2016-12-01 20:00", "2018-06-30", freq="2D", tz="UTC")
    viewings = pd.date_range("2018-04-07 15:00", periods=5, freq="7D", tz="UTC")
    after = pd.date_range("2018-07-01 20:00", "2019-12-30", freq="2D", tz="UTC")
    rows = [("h", t, *HOME) for t in before] + [("n", t, *new_home) for t in viewings.append(after)]
    old, new = homes(_located(rows))
    assert haversine_km(new.lat, new.lon, *new_home) < 0.01
    assert new.start == pd.Timestamp("2018-07-01 20:00", tz="UTC")


def test_the_household_is_seen_within_the_scatter_of_the_homes_own_fixes():
    """Simulated life 7433: friends met at a bar 255 m from a home whose photos lie within about
    40 m of it, chained into the home by walks down the street, were counted in the household
    (inside a fixed 300 m). The spot where the household
    is seen is three times the median scatter of the home's fixes (100-300 m): the bar is out of
    a tight home and in one of poor fixes."""
    from exposure.infer import kinds
    from tests.infer.cases import ev, run

    bar = (HOME[0] + 0.0023, HOME[1])  # 255 m north
    rng = np.random.default_rng(1)
    evenings = pd.date_range("2019-01-02 20:00", periods=120, freq="3D")
    fridays = pd.date_range("2019-01-04 22:00", periods=30, freq="12D")

    def rows(scatter: float) -> tuple[list[dict], list[tuple]]:
        at = [(HOME[0] + dy, HOME[1] + dx) for dy, dx in rng.normal(0, scatter, (120, 2))]
        out = [{"id": f"h{i}", "when": d, "at": p} for i, (d, p) in enumerate(zip(evenings, at))]
        out += [{"id": f"b{i}", "when": d, "at": bar} for i, d in enumerate(fridays)]
        walks = pd.date_range("2019-02-02 17:00", periods=4, freq="30D")  # chain the bar in
        out += [
            {"id": f"w{k}{i}", "when": d, "at": (HOME[0] + k * 0.00077, HOME[1])}
            for k in (1, 2)
            for i, d in enumerate(walks)
        ]
        faces = [(f"h{i}", p, 35) for i in range(120) for p in ("me", "partner")]
        faces += [(f"b{i}", p, 30) for i in range(30) for p in ("me", "friend")]
        return out, faces

    tight = ev(*rows(0.0003))  # fixes within about 35 m
    tight.owner = "me"
    assert "b0" in tight.at_home and "b0" not in kinds.home_core(tight)
    assert run("family.household", tight).value["members"] == ["me", "partner"]
    poor = ev(*rows(0.0012))  # fixes scattered by about 140 m
    poor.owner = "me"
    assert "b0" in kinds.home_core(poor)
