"""One bad record costs that record (issue 20): a sidecar field of the wrong type costs that field,
named against the sidecar; a Facebook or Instagram entry of the wrong shape costs that entry, its
photo is still read; timestamps are seconds unless the field says otherwise, within 1971 to now."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from exposure.ingest import ingest
from exposure.ingest.records import MAX_TEXT
from exposure.ingest.timeparse import from_unix
from tests.builders.common import Tree, jpeg, ts

G = "Takeout/Google Photos/Photos from 2019/"
FB = "your_facebook_activity/posts/"
YEAR_9999 = 253402300799  # 9999-12-31T23:59:59 in seconds


def _side(taken: int, **extra) -> dict:
    side = {
        "photoTakenTime": {"timestamp": str(taken)},
        "geoData": {"latitude": 41.9, "longitude": 12.5},
        "description": "Trevi at dusk",
    }
    return {**side, **extra}


def test_a_sidecar_field_of_the_wrong_type_costs_that_field_named_by_the_sidecar(tmp_path):
    tree = Tree()
    bad = tree.add(G + "a.jpg", jpeg())
    tree.add(G + "a.jpg.json", _side(ts("2019-07-04T18:30:12"), creationTime="yesterday"))
    good = tree.add(G + "b.jpg", jpeg())
    tree.add(G + "b.jpg.json", _side(ts("2019-07-05T10:00:00")))
    odd = tree.add(G + "c.jpg", jpeg())
    tree.add(G + "c.jpg.json", _side(0, photoTakenTime=[1, 2], geoData="Rome", people=7))
    ing = ingest([tree.write(tmp_path / "t")])
    rows = ing.photos.set_index("path")
    assert rows.loc[bad, "taken_at"] == datetime(2019, 7, 4, 18, 30, 12, tzinfo=UTC)
    assert rows.loc[bad, "caption"] == "Trevi at dusk" and rows.loc[bad, "lat"] == 41.9
    assert rows.loc[good, "taken_at"] == datetime(2019, 7, 5, 10, tzinfo=UTC)
    assert rows.loc[odd, "caption"] == "Trevi at dusk"  # its other fields are kept
    notes = [(p, n) for p, n in ing.notes if "creationTime" in n or "photoTakenTime" in n]
    assert (G + "a.jpg.json", "field 'creationTime' is a string, not an object: ignored") in notes
    assert any(p == G + "c.jpg.json" and "'geoData'" in n for p, n in ing.notes)
    assert not any(p.rstrip("/").endswith("Photos from 2019") for p, _ in ing.notes + ing.skipped)


def test_a_sidecar_that_is_not_an_object_costs_only_its_photo_metadata(tmp_path):
    tree = Tree()
    a = tree.add(G + "a.jpg", jpeg())
    tree.add(G + "a.jpg.json", [1, 2, 3])
    b = tree.add(G + "b.jpg", jpeg())
    tree.add(G + "b.jpg.json", _side(ts("2019-07-05T10:00:00")))
    ing = ingest([tree.write(tmp_path / "t")])
    assert set(ing.photos["path"]) == {a, b}
    assert (G + "a.jpg.json", "sidecar holds a list, not an object: ignored") in ing.notes
    assert ing.photos.set_index("path").loc[b, "lat"] == 41.9


def test_a_year_9999_timestamp_in_seconds_is_rejected_not_read_as_1978(tmp_path):
    tree = Tree()
    p = tree.add(G + "a.jpg", jpeg())
    tree.add(G + "a.jpg.json", _side(YEAR_9999))
    ing = ingest([tree.write(tmp_path / "t")])
    assert ing.photos["taken_at"].isna().all()
    assert (G + "a.jpg.json", f"timestamp '{YEAR_9999}' (9999) is not a plausible date") in (
        ing.notes
    ), ing.notes
    assert len(ing.photos) == 1 and ing.photos.iloc[0]["path"] == p


@pytest.mark.parametrize(
    ("value", "unit", "year"),
    [
        (YEAR_9999, "s", None),  # seconds of the year 9999: not 1978
        (YEAR_9999, "ms", 1978),  # a field that says milliseconds
        (1_600_000_000, "s", 2020),
        (1_600_000_000_000, "s", 2020),  # milliseconds in a seconds field: at least 10^12
        (1_600_000_000_000, "ms", 2020),
        ("1600000000", "s", 2020),  # Google writes strings
        (10**400, "s", None),  # a 400-digit number: out of range, no crash
        ("1e999", "s", None),
        ("nan", "s", None),
        (-5, "s", None),  # 1969
        (4_102_444_800, "s", None),  # 2100: in the future
    ],
)
def test_timestamps_are_seconds_unless_said_and_bounded_to_1971_to_now(value, unit, year):
    dt, problem = from_unix(value, unit)
    assert (dt.year if dt else None) == year
    assert (problem is None) == (year is not None)
    assert problem is None or len(problem) < 120


def _fb(tree: Tree, media: list[dict]) -> None:
    tree.add(FB + "your_posts__check_ins__photos_and_videos_1.json", media)


def test_a_facebook_entry_of_the_wrong_shape_costs_that_entry_and_its_photo_is_read(tmp_path):
    tree = Tree()
    good = tree.add(FB + "media/A/good.jpg", jpeg())
    odd = tree.add(FB + "media/A/odd.jpg", jpeg())
    huge = tree.add(FB + "media/A/huge.jpg", jpeg())
    when = ts("2020-01-01T12:00:00")
    _fb(
        tree,
        [
            {"timestamp": when, "attachments": [{"data": [{"media": {"uri": good}}]}]},
            {
                "timestamp": when,
                "attachments": [{"data": [{"place": {"coordinate": "here"}}, {"media": []}]}],
                "tags": 5,
                "data": "x",
            },
            {"media": [{"uri": odd, "title": {"a": 1}, "media_metadata": [1]}]},
            {"media": [{"uri": huge, "description": "x" * (MAX_TEXT + 5)}]},
        ],
    )
    ing = ingest([tree.write(tmp_path / "fb")])
    rows = ing.photos.set_index("path")
    assert set(rows.index) == {good, odd, huge}
    assert rows.loc[good, "uploaded_at"] == datetime(2020, 1, 1, 12, tzinfo=UTC)
    assert len(rows.loc[huge, "caption"]) == MAX_TEXT
    assert (huge, f"caption cut to {MAX_TEXT:,} characters (it had {MAX_TEXT + 5:,})") in ing.notes
