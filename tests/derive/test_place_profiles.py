"""Place profiles (exposure/derive/profiles.py): weak tags added up over the visits to a place, and
the `sensitive` kind reading them (a church seen weakly every Sunday is religion, one strong
photo once is not; three weeks of weak medical signs are health, one hospital visit is not)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from exposure.derive.profiles import place_profiles, strength
from exposure.infer.whereabouts import prepared
from tests.infer.cases import HOME, ev, hides, home_life, reported, run

CHURCH = (52.3600, 4.8850)  # 2 km from home
CLINIC = (52.3500, 4.9300)


def weekly(n: int, start: str, scores: list[float], tag: str, at, every: str = "7D", hour=9):
    """One photo a week (or `every`) at `at`, its tag at the scores given in turn."""
    days = pd.date_range(start, periods=n, freq=every)
    return [
        {"id": f"{tag[:3]}{i}", "when": d + pd.Timedelta(hours=hour), "at": at}
        | {"tags": [(tag, scores[i % len(scores)])]}
        for i, d in enumerate(days)
    ]


WEAK_CHURCH = weekly(16, "2019-01-06", [0.15, 0.1, 0.22, 0.12], "worship", CHURCH)


def test_a_place_seen_weakly_on_every_visit_has_a_strong_profile():
    """Sixteen Sundays of "worship" at 0.1-0.22 give the church a mean near 0.15 over its visits;
    home, with one candle read as an altar in 30 evenings, keeps a mean near 0."""
    rows = home_life(30, start="2018-10-01") + WEAK_CHURCH
    rows[3]["tags"] = [("worship", 0.4)]  # one stray tag at home
    e = ev(rows)
    prof = place_profiles(prepared(e), e.tags, ["worship"])
    church, home = prof.iloc[0], prof.iloc[-1]
    assert (church["visits"], church["days"], church["months"]) == (16, 16, 4)
    assert abs(church["mean"] - 0.1475) < 1e-6
    assert church["noisy_or"] > 0.9
    assert home["days"] == 1 and home["mean"] < 0.02
    assert strength(church) > 0.5 > 0.02 > strength(home)
    assert church["photos"][0] == "wor10"  # the strongest (0.22) first, then by id


def test_a_church_seen_weakly_every_sunday_is_religion_and_one_strong_photo_is_not():
    e = ev(home_life(30, start="2018-10-01") + WEAK_CHURCH)
    inf = run("sensitive.religion", e)
    assert inf.confidence >= 0.5
    assert "weekly routine" in inf.value["signals"]
    assert hides("sensitive.religion", e, inf)
    once = [{"id": "c0", "when": "2019-03-03 09:00", "at": CHURCH, "tags": [("worship", 0.95)]}]
    assert not reported("sensitive.religion", ev(home_life(30, start="2018-10-01") + once))


def test_three_weeks_of_weak_medical_signs_are_health_and_one_hospital_day_is_not():
    treatment = weekly(7, "2019-02-04", [0.12, 0.2, 0.15], "medical", CLINIC, every="3D")
    e = ev(home_life(30, start="2018-10-01") + treatment)
    assert reported("sensitive.health", e)
    visit = [
        {"id": f"v{i}", "when": f"2019-05-02 1{i}:00", "at": CLINIC, "tags": [("medical", 0.7)]}
        for i in range(8)
    ]
    assert not reported("sensitive.health", ev(home_life(30, start="2018-10-01") + visit))
    assert HOME != CLINIC


def test_photos_without_a_date_have_no_period():
    """A folder of undated photos (no EXIF time) with medical tags gives no period profile and no
    error: the period reader once failed on an empty set of dates and stopped the scan."""
    from exposure.derive.profiles import PERIOD_COLUMNS, period_profiles

    photos = pd.DataFrame({"photo_id": ["a", "b"], "when": [pd.NaT, pd.NaT]})
    tags = pd.DataFrame({"photo_id": ["a", "b"], "tag": ["medical"] * 2, "score": [0.9, 0.8]})
    out = period_profiles(photos, tags, ["medical"], 180)
    assert out.empty and list(out.columns) == PERIOD_COLUMNS


def _one_group_at_a_time(prepared: pd.DataFrame, tags: pd.DataFrame, wanted: list[str]):
    """`place_profiles` as it was written first, a loop over (place, tag) groups: the reference
    its grouped columns must give."""
    from exposure.derive.profiles import COLUMNS

    p = prepared[["photo_id", "place_id", "day", "week"]]
    t = tags[tags["tag"].isin(wanted)].groupby(["photo_id", "tag"], as_index=False)["score"].max()
    seen = p.merge(t, on="photo_id")
    visits = p.groupby("place_id")["day"].nunique()
    rows = []
    for (place, tag), g in seen.groupby(["place_id", "tag"]):
        per_day = g.groupby("day")["score"].max().clip(0, 1)
        n = int(visits[place])
        g = g.sort_values(["score", "photo_id"], ascending=[False, True])
        rows.append(
            {
                "place_id": place,
                "tag": tag,
                "visits": n,
                "days": len(per_day),
                "mean": float(per_day.sum() / n),
                "noisy_or": float(1 - (1 - per_day).prod()),
                "months": pd.to_datetime(per_day.index).strftime("%Y-%m").nunique(),
                "weeks": g["week"].nunique(),
                "first": per_day.index.min(),
                "last": per_day.index.max(),
                "photos": list(dict.fromkeys(g["photo_id"])),
            }
        )
    return pd.DataFrame(rows, columns=COLUMNS)


def test_profiles_of_many_places_and_tags_are_those_made_one_group_at_a_time():
    """Grouped columns (no loop per place) give what a loop over each place and tag gives: 2,000
    photos at 40 places over two years, three tags at random scores, some above 1, some photos
    tagged twice with one tag."""
    rng = np.random.default_rng(7)
    n = 2000
    day = pd.Timestamp("2020-01-01") + pd.to_timedelta(rng.integers(0, 730, n), unit="D")
    prepared = pd.DataFrame(
        {
            "photo_id": [f"p{i:04d}" for i in range(n)],
            "place_id": rng.integers(0, 40, n),
            "day": day,
            "week": day - pd.to_timedelta(day.day_of_week, unit="D"),
        }
    )
    k = 3000
    tags = pd.DataFrame(
        {
            "photo_id": [f"p{i:04d}" for i in rng.integers(0, n + 200, k)],  # some not located
            "tag": rng.choice(["worship", "medical", "dog", "other"], k),
            "score": rng.uniform(0, 1.1, k).round(2),  # ties, and scores above 1 clipped
        }
    )
    wanted = ["worship", "medical", "dog"]
    got = place_profiles(prepared, tags, wanted)
    want = _one_group_at_a_time(prepared, tags, wanted)
    assert len(got) > 100 and set(got["tag"]) == set(wanted)
    order = ["place_id", "tag"]
    got = got.sort_values(order, ignore_index=True)
    want = want.sort_values(order, ignore_index=True)
    pd.testing.assert_frame_equal(got, want, check_dtype=False)
    assert got["photos"].tolist() == want["photos"].tolist()
