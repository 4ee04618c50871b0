"""Shared profiles: the best window from per-hour counts, and places kept across remove-to-hide
steps only when the removed photos play no part in them."""

from __future__ import annotations

import numpy as np
import pandas as pd

from exposure.infer.routines import _best_window
from exposure.infer.whereabouts import prepared
from tests.infer.cases import claims, ev, home_life
from tests.infer.test_whereabouts import FIELD, weekly


def _brute_best(rows: pd.DataFrame, window_h: int):
    """The window with most distinct weeks, then most photos, the earliest of equals: one
    filter per window, as the kind first did it."""
    best, key = None, (0, 0)
    for start in range(0, 25 - window_h):
        inside = rows[(rows["hour"] >= start) & (rows["hour"] < start + window_h)]
        k = (inside["week"].nunique(), len(inside))
        if k > key:
            best, key = inside, k
    return best


def test_best_window_is_the_one_filtering_each_window_finds():
    rng = np.random.default_rng(0)
    for n in (1, 3, 20, 200):
        for window_h in (1, 3, 5):
            weeks = pd.Timestamp("2022-01-03") + pd.to_timedelta(rng.integers(0, 8, n) * 7, "D")
            rows = pd.DataFrame({"hour": rng.integers(0, 24, n), "week": weeks})
            got, want = _best_window(rows, window_h), _brute_best(rows, window_h)
            assert got.index.tolist() == want.index.tolist()


def _life() -> list[dict]:
    field = weekly("f", 16, "2019-01-01", FIELD, 18, [("football", 0.8)])
    unlocated = [{"id": f"u{i}", "when": f"2019-0{1 + i}-05 12:00"} for i in range(3)]
    return home_life(30, start="2018-10-01") + field + unlocated


def test_removing_unlocated_photos_keeps_places_and_profiles():
    e = ev(_life())
    before = claims("routine.weekly", e)
    homes, profile = e.homes, prepared(e)
    kept = e.without({"u0", "u1"})
    assert kept.homes is homes and prepared(kept) is profile
    fresh = ev([r for r in _life() if r["id"] not in {"u0", "u1"}])
    assert [i.to_dict() for i in claims("routine.weekly", kept)] == [
        i.to_dict() for i in claims("routine.weekly", fresh)
    ]
    assert before


def test_removing_located_photos_derives_places_again():
    e = ev(_life())
    profile = prepared(e)
    gone = e.without({"f0", "f1"})
    assert "homes" not in gone.__dict__
    assert set(prepared(gone)["photo_id"]) == set(profile["photo_id"]) - {"f0", "f1"}
