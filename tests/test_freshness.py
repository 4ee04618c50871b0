"""Is the report still up to date? One answer (`rescan.current_results`) for a scan, a rescan,
`Analysis.write` and `exposure batch`'s report task."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from exposure.analysis import Analysis, scan
from exposure.batch.tasks import report_archive
from exposure.config import Config
from exposure.rescan import current_results
from exposure.store import Store

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data" / "facebook-grace"


@pytest.fixture
def scanned(tmp_path) -> Config:
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    config = Config(out_dir=tmp_path / "out", rules_dir=rules, vision=False, quiet=True)
    scan(config, [SAMPLE])
    return config


def current(config: Config):
    with Store(config.out_dir) as store:
        return current_results(config, store)


def html_time(config: Config) -> int:
    return (config.out_dir / "report.html").stat().st_mtime_ns


def test_a_report_just_written_is_current_and_read_back(scanned):
    results = current(scanned)
    assert results is not None
    assert results.data == Analysis.from_config(scanned).results.data | {
        "generated_at": results.data["generated_at"]
    }


@pytest.mark.parametrize(
    "change",
    [
        "rules",  # what the report reads
        "corrections",
        "missing html",
        "damaged results",
    ],
)
def test_a_report_is_out_of_date_when_what_it_reads_changed_or_it_is_gone(scanned, change):
    out = scanned.out_dir
    if change == "rules":
        travel = scanned.rules_dir / "travel.yaml"
        travel.write_text(travel.read_text() + "\n# edited\n")
    elif change == "corrections":
        (out / "corrections.yaml").write_text("names: {}\n")
    elif change == "missing html":
        (out / "report.html").unlink()
    else:
        (out / "results.json").write_text('{"schema": "exposure.results/1", "archi')
    assert current(scanned) is None


def test_batch_and_analysis_rerender_exactly_when_the_report_is_out_of_date(scanned):
    before = html_time(scanned)
    summary = report_archive(scanned)  # exposure batch's report task, without Ray
    assert summary["photos"] == 18 and html_time(scanned) == before
    with Analysis.from_config(scanned) as analysis:
        analysis.write(skip_unchanged=True)
    assert html_time(scanned) == before
    travel = scanned.rules_dir / "travel.yaml"
    travel.write_text(travel.read_text() + "\n# edited\n")
    report_archive(scanned)
    after = html_time(scanned)
    assert after != before and current(scanned) is not None
    with Analysis.from_config(scanned) as analysis:
        analysis.write(skip_unchanged=True)
    assert html_time(scanned) == after
