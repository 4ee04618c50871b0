"""A weekly routine's remove-to-hide list takes the whole weekday there, not only its best window:
a spot visited on Sundays at several hours shows the same routine in the next window once one
window's photos are deleted, more windows than the engine's closure rounds add."""

from __future__ import annotations

import pandas as pd

from tests.infer.cases import claims, ev, hides, home_life
from tests.infer.test_whereabouts import FIELD

# (local hour, Sundays seen): five windows of three hours apart, each a routine on its own
SLOTS = [(8, 20), (11, 16), (14, 12), (17, 10), (20, 8)]


def _sundays() -> list[dict]:
    """Photos at the sports ground on Sundays every three weeks from January 2019, at the
    SLOTS' local hours (Amsterdam), each hour on its own number of Sundays."""
    days = pd.date_range("2019-01-06", periods=20, freq="21D")
    return [
        {"id": f"s{h}-{i}", "at": FIELD, "tags": [("bicycle", 0.8)]}
        | {"when": (d + pd.Timedelta(hours=h)).tz_localize("Europe/Amsterdam").tz_convert(None)}
        for h, n in SLOTS
        for i, d in enumerate(days[:n])
    ]


def test_a_routine_seen_at_many_hours_of_its_weekday_hides():
    e = ev(home_life(120, start="2018-10-01") + _sundays())
    found = [i for i in claims("routine.weekly", e) if i.confidence >= 0.5]
    assert [i.value["weekday"] for i in found] == ["sunday"]
    inf = found[0]
    assert inf.value["hours"] == "8-9" and "20 different weeks" in inf.explanation
    assert hides("routine.weekly", e, inf)
