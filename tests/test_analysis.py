"""Analysis: one Store per run, a cached chain of stages, and one place that forgets them."""

from __future__ import annotations

import pytest

import exposure.analysis as analysis_mod
from exposure.analysis import Analysis, report, scan, stored_tables
from exposure.config import Config
from exposure.derive.people import Corrections
from exposure.derive.tables import derive
from exposure.errors import NotAnOutputFolder
from exposure.store import Store
from tests.builders import folder


@pytest.fixture
def phone(tmp_path):
    path, _, _ = folder.plain_folder(tmp_path / "phone")
    return path


def test_a_scan_opens_the_store_once(phone, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(analysis_mod, "Store", lambda out: opened.append(out) or Store(out))
    results = scan(Config(out_dir=tmp_path / "out", vision=False, quiet=True), [phone])
    assert opened == [tmp_path / "out"]
    assert results.data["archive"]["photos"] > 0
    assert (tmp_path / "out" / "report.html").is_file()


def test_each_stage_is_computed_once_and_invalidate_forgets_from_a_stage_on(phone, tmp_path):
    config = Config(out_dir=tmp_path / "out", vision=False, quiet=True)
    scan(config, [phone])
    with Analysis.from_config(config) as a:
        stored, tables, inferences, results = a._stored, a._tables, a._inferences, a.results
        assert a._tables is tables and a.results is results  # cached
        a.invalidate("inferences")
        assert a._stored is stored and a._tables is tables
        assert a._inferences is not inferences and a.results is not results
        a.invalidate("tables")  # e.g. after corrections.yaml changed
        assert a._stored is stored and a._tables is not tables
        a.invalidate()
        assert a._stored is not stored
        with pytest.raises(ValueError):
            a.invalidate("everything")


def test_derive_writes_nothing_and_leaves_the_stored_tables_as_they_were(phone, tmp_path):
    config = Config(out_dir=tmp_path / "out", vision=False, quiet=True)
    scan(config, [phone])
    db = tmp_path / "out" / "exposure.db"
    with Store(config.out_dir) as store:
        stored = stored_tables(store)
    keys, before = set(stored), db.stat().st_mtime_ns
    tables, clusters = derive(stored, Corrections.load(config.out_dir), None)
    assert set(stored) == keys and {"people", "trips", "timeline"} <= set(tables)
    assert clusters == {} and db.stat().st_mtime_ns == before


def test_report_needs_an_output_folder(tmp_path):
    with pytest.raises(NotAnOutputFolder):
        report(Config(out_dir=tmp_path, quiet=True))


def test_tables_are_typed_and_read_like_the_dict_they_replace():
    import pandas as pd

    from exposure.tables import Tables

    photos = pd.DataFrame(
        {"photo_id": ["mine", "sent", "old"], "by_owner": [True, False, None]}
    )  # old: stored before by_owner existed, counts as the owner's
    t = Tables(
        photos=photos,
        detections=pd.DataFrame({"photo_id": ["mine", "sent"], "label": ["dog", "dog"]}),
        locations=pd.DataFrame({"photo_id": ["sent", None], "lat": [1.0, 2.0]}),  # None: check-in
    )
    assert "photos" in t and "texts" not in t and "nonsense" not in t
    assert t.get("texts", "none") == "none" and t["photos"] is photos
    with pytest.raises(KeyError):
        t["texts"]  # not made yet
    with pytest.raises(KeyError, match="not a table"):
        t["nonsense"] = photos
    assert t.keys() == ["photos", "detections", "locations"] and set(t) == set(t.keys())
    own = t.owner()
    assert list(own["photos"]["photo_id"]) == ["mine", "old"]
    assert list(own["detections"]["photo_id"]) == ["mine"]
    assert own["locations"]["lat"].tolist() == [2.0]  # the check-in stays
    assert len(t["photos"]) == 3  # the full tables are left as they were
    everyone = Tables(photos=photos.assign(by_owner=True))
    assert everyone.owner() is everyone
