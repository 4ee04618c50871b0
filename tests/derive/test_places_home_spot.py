"""Two notions of "at home", and why they differ: the home (`places._core`, its photos
`Evidence.at_home`: the dense core of the home's place cluster, chained within CORE_KM) and the
spot where the household is seen (`kinds.home_core`: within `core_radius_m`, 100-300 m, of the
home's busiest cell). A chain of photos every 100 m down a street joins a friend's flat 600 m
away into the home; the friend, seen there on many evenings, is not a member of the household."""

from __future__ import annotations

import pandas as pd

from exposure.infer import kinds
from tests.infer.cases import HOME, ev, run

STEP = 0.0009  # about 100 m of latitude


def _street_to_a_friend() -> tuple[list[dict], list[tuple]]:
    """Evenings at home with a partner, three walks past each of five points 100 m apart down the
    street, and evenings at a friend's flat 600 m away, over a year."""
    evenings = pd.date_range("2019-01-02 21:00", periods=40, freq="9D")
    rows = [{"id": f"h{i}", "when": d, "at": HOME} for i, d in enumerate(evenings)]
    faces = [(f"h{i}", p, a) for i in range(40) for p, a in (("me", 35), ("partner", 33))]
    for k in range(1, 6):
        walks = pd.date_range(f"2019-0{k}-05 17:00", periods=3, freq="11D")
        rows += [
            {"id": f"s{k}{i}", "when": d, "at": (HOME[0] + k * STEP, HOME[1])}
            for i, d in enumerate(walks)
        ]
    visits = pd.date_range("2019-01-04 22:00", periods=30, freq="12D")
    flat = (HOME[0] + 6 * STEP, HOME[1])
    rows += [{"id": f"f{i}", "when": d, "at": flat} for i, d in enumerate(visits)]
    faces += [(f"f{i}", p, a) for i in range(30) for p, a in (("me", 35), ("friend", 30))]
    return rows, faces


def test_a_flat_chained_into_the_home_is_at_home_but_not_where_the_household_is_seen(
    monkeypatch,
):
    rows, faces = _street_to_a_friend()
    e = ev(rows, faces)
    e.owner = "me"
    assert {"h0", "s30", "f0"} <= e.at_home  # the home: chained within 150 m down the street
    assert "h0" in kinds.home_core(e) and "f0" not in kinds.home_core(e)
    assert run("family.household", e).value == {"size": 2, "members": ["me", "partner"]}
    monkeypatch.setattr(kinds, "HOME_CORE_M", 1e9)  # the household seen anywhere in the home
    monkeypatch.setattr(kinds, "HOME_CORE_SPREAD", 1e9)
    wide = ev(rows, faces)
    wide.owner = "me"
    assert kinds.home_core(wide) == wide.at_home
    assert run("family.household", wide).value["members"] == ["me", "friend", "partner"]
