"""family.children from face ages (bands), and a new baby from an infant face, case by case."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.infer.cases import HOME, ev, hides, home_life, reported, run


def at_home(prefix: str, days: int, start: str = "2019-02-02") -> list[dict]:
    return [
        {"id": f"{prefix}{i}", "when": d + pd.Timedelta(hours=17), "at": HOME}
        for i, d in enumerate(pd.date_range(start, periods=days, freq="9D"))
    ]


def family(kids: dict[str, float], days: int = 6) -> tuple[list[dict], list[tuple]]:
    """The owner and kids (person -> age) together at home on `days` days."""
    rows = at_home("k", days)
    faces = [(r["id"], "me", 35) for r in rows]
    faces += [(r["id"], kid, age) for r in rows for kid, age in kids.items()]
    return rows, faces


def class_photo() -> tuple[list[dict], list[tuple]]:
    """A school trip: twenty children's faces in two photos of one day, and the owner."""
    rows = [{"id": f"c{i}", "when": "2019-05-14 11:00", "at": (52.0, 5.1)} for i in range(2)]
    faces = [(r["id"], f"pupil{k}", 9) for r in rows for k in range(20)]
    return rows, faces + [(r["id"], "me", 35) for r in rows]


def friends_baby() -> tuple[list[dict], list[tuple]]:
    """Visiting friends: their baby in five photos of one afternoon."""
    rows = [
        {"id": f"f{i}", "when": f"2019-04-06 15:{i:02d}", "at": (52.33, 4.86)} for i in range(5)
    ]
    return rows, [(r["id"], "their baby", 0.5) for r in rows] + [(r["id"], "me", 35) for r in rows]


CHILDREN = [
    # a child of 7 and a toddler of 1 at home with the owner on six days: two children
    ("two kids at home", family({"kid1": 7, "kid2": 1}), {"count": 2, "bands": ["child", "baby"]}),
    # a teenager: not in the baby or child band
    ("a teenager", family({"teen": 15}), None),
    # the kids on two days only (a visit from a niece and nephew)
    ("two days only", family({"niece": 6, "nephew": 4}, days=2), None),
    # a class photo on a school trip: many children, one day
    ("class photo", class_photo(), None),
    # a friend's baby, once
    ("friend's baby once", friends_baby(), None),
]


@pytest.mark.parametrize("case, found, value", CHILDREN, ids=[c[0] for c in CHILDREN])
def test_children_from_face_ages(case, found, value):
    rows, faces = found
    owner = [(r["id"], "me", 35) for r in home_life()[::3]]
    e = ev(home_life() + rows, faces + owner)
    assert reported("family.children", e) is (value is not None)
    if value:
        inf = run("family.children", e)
        assert inf.value == value
        assert hides("family.children", e, inf)


def test_a_new_infant_face_that_keeps_appearing_is_a_new_baby_even_without_a_caption():
    rows = home_life(40)  # from January 2019
    later = at_home("b", 5, start="2020-03-10")
    faces = [(r["id"], "me", 35) for r in later] + [(r["id"], "newborn", 0.2) for r in later]
    inf = run("life_events.new_baby", ev(rows + later, faces))
    assert inf.confidence >= 0.5 and inf.value == {"date": "2020-03"}
    # a friend's baby in one afternoon's photos: not ours
    rows2, faces2 = friends_baby()
    assert not reported("life_events.new_baby", ev(home_life(40) + rows2, faces2))
