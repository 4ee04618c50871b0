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
