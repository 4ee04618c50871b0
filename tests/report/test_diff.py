"""`exposure diff`: claims that appeared, went or changed between two scans of one person."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from exposure.report.diff import claim_key, compare, diff_results, diff_text
from tests.builders.common import Tree, exif_with, jpeg


def inf(rule_id, confidence, statement="s", **value):
    return {
        "rule_id": rule_id,
        "category": rule_id.split(".")[0],
        "statement": statement,
        "confidence": confidence,
        "value": value,
    }


def results(*inferences):
    return {
        "schema": "exposure.results/1",
        "archive": {"paths": []},
        "inferences": list(inferences),
    }


# (old claims, new claims, expected [(change, rule_id, changed)]) -- commented cases
CASES = [
    # a claim that was not there, or was there but below 0.5, is new
    ([], [inf("pets.dog", 0.9)], [("new", "pets.dog", [])]),
    ([inf("pets.dog", 0.3)], [inf("pets.dog", 0.9)], [("new", "pets.dog", [])]),
    # a claim that fell below 0.5, or went, is gone
    ([inf("pets.dog", 0.9)], [inf("pets.dog", 0.2)], [("gone", "pets.dog", [])]),
    ([inf("pets.dog", 0.9)], [], [("gone", "pets.dog", [])]),
    # weak in both: nothing to say
    ([inf("pets.dog", 0.3)], [inf("pets.dog", 0.4)], []),
    # the same claim a bit more or less sure (< 0.05): noise, not a change
    ([inf("pets.dog", 0.88)], [inf("pets.dog", 0.9)], []),
    ([inf("pets.dog", 0.7)], [inf("pets.dog", 0.9)], [("changed", "pets.dog", ["confidence"])]),
    # the value moved: home moved, more trips
    (
        [inf("travel.trips", 0.8, count=2)],
        [inf("travel.trips", 0.8, count=5)],
        [("changed", "travel.trips", ["value"])],
    ),
    # two routines of one rule are two claims: a new one appears, the old one stays
    (
        [inf("routine.weekly", 0.8, weekday="sunday", hours="10-12")],
        [
            inf("routine.weekly", 0.8, weekday="sunday", hours="10-12"),
            inf("routine.weekly", 0.7, weekday="tuesday", hours="18-20"),
        ],
        [("new", "routine.weekly", [])],
    ),
    # a life event on another date is another event, not the same one changed
    (
        [inf("life_events.new_home", 0.8, date="2020-03")],
        [
            inf("life_events.new_home", 0.8, date="2020-03"),
            inf("life_events.new_home", 0.8, date="2023-09"),
        ],
        [("new", "life_events.new_home", [])],
    ),
]


@pytest.mark.parametrize("old, new, expected", CASES)
def test_claims_that_appear_go_or_change(old, new, expected):
    got = [(c.change, c.rule_id, c.changed) for c in diff_results(results(*old), results(*new))]
    assert got == expected


def test_a_claim_is_matched_by_rule_and_identity_not_by_place():
    a = inf("routine.weekly", 0.8, weekday="sunday", hours="10-12", lat=52.1)
    b = inf("routine.weekly", 0.8, weekday="sunday", hours="10-12", lat=52.2)
    assert claim_key(a) == claim_key(b) == "routine.weekly|weekday=sunday|hours=10-12"


def folder_archive(root: Path, years: list[int]) -> Path:
    """Photos at home every month of `years`, and in 2023 trips to Lisbon and Tokyo."""
    home, lisbon, tokyo = (52.3676, 4.9041), (38.7223, -9.1393), (35.6762, 139.6503)
    tree = Tree()
    for year in years:
        for month in range(1, 13):
            for day in (3, 17):
                when = f"{year}:{month:02d}:{day:02d} 19:00:00"
                tree.add(f"{year}/{month:02d}-{day}.jpg", jpeg(exif=exif_with(when, home)))
        if year == 2023:
            for i, (place, where) in enumerate((("lisbon", lisbon), ("tokyo", tokyo))):
                for day in range(3):
                    when = f"2023:{5 + 4 * i:02d}:{10 + day:02d} 12:00:00"
                    tree.add(f"trips/{place}-{day}.jpg", jpeg(exif=exif_with(when, where)))
    return tree.write(root)


def scan(archive: Path, out: Path) -> None:
    cmd = [sys.executable, "-m", "exposure", "scan", str(archive), "--out", str(out)]
    proc = subprocess.run(
        [*cmd, "--no-vision", "--quiet"], capture_output=True, text=True, timeout=600
    )
    assert proc.returncode == 0, proc.stderr


@pytest.mark.slow
def test_two_scans_of_one_life_a_year_apart(tmp_path):
    scan(folder_archive(tmp_path / "export-2022", [2021, 2022]), tmp_path / "scan-2022")
    scan(folder_archive(tmp_path / "export-2023", [2021, 2022, 2023]), tmp_path / "scan-2023")
    doc = compare(tmp_path / "scan-2022", tmp_path / "scan-2023")
    kinds = {(c["change"], c["rule_id"]) for c in doc["changes"]}
    assert ("new", "travel.trips") in kinds  # the year of the two trips
    assert ("changed", "metadata.gps") in kinds  # more photos carry GPS
    assert not [c for c in doc["changes"] if c["rule_id"] == "location.home"]  # same home
    assert doc["counts"]["new"] >= 1 and doc["schema"] == "exposure.diff/1"
    text = diff_text(doc)
    assert text.startswith("New since the older scan") and "Changed (" in text
    # the command line: text, and JSON with --json; the newer folder is not rewritten
    proc = subprocess.run(
        [sys.executable, "-m", "exposure", "diff", str(tmp_path / "scan-2022"), str(tmp_path / "scan-2023"), "--json"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["changes"] == doc["changes"]
    report = tmp_path / "scan-2023" / "report.html"
    assert 'id="changes"' not in report.read_text(encoding="utf-8")  # a plain diff only reads
    # --in-report: the newer report gains the section, and keeps it when made again
    cmd = [sys.executable, "-m", "exposure", "diff", str(tmp_path / "scan-2022")]
    proc = subprocess.run(
        [*cmd, str(tmp_path / "scan-2023"), "--in-report"], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    assert "report.html shows what changed" in proc.stdout
    for _ in range(2):
        html = report.read_text(encoding="utf-8")
        section = html[
            html.index('<section id="changes">') : html.index('<section id="meta">')
            if '<section id="meta">' in html
            else html.index('<section id="inferences">')
        ]
        assert "What changed since your last export" in section and "export-2022" in section
        trips = next(c for c in doc["changes"] if c["rule_id"] == "travel.trips")
        assert trips["statement"] in section.replace("&#39;", "'")
        assert f"{doc['counts']['new']} new" in section
        proc = subprocess.run(
            [sys.executable, "-m", "exposure", "report", str(tmp_path / "scan-2023"), "--quiet"],
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert proc.returncode == 0, proc.stderr
    same = compare(tmp_path / "scan-2023", tmp_path / "scan-2023")
    assert same["changes"] == [] and diff_text(same).startswith("Nothing changed")


def test_a_folder_without_a_scan_is_named(tmp_path):
    from exposure.errors import NotAnOutputFolder

    (tmp_path / "old").mkdir()
    with pytest.raises(NotAnOutputFolder, match="no results.json"):
        compare(tmp_path / "old", tmp_path / "old")
    (tmp_path / "old" / "results.json").write_text('{"schema": "exposure.res')
    with pytest.raises(NotAnOutputFolder, match="cannot be read.*exposure report"):
        compare(tmp_path / "old", tmp_path / "old")
