"""The command line end to end (without models): outputs, permissions, one-line errors."""

from __future__ import annotations

import json
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data" / "facebook-grace"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "exposure", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=600,
    )


@pytest.fixture(scope="module")
def scanned(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("cli") / "out"
    proc = run("scan", str(SAMPLE), "--out", str(out), "--no-vision", "--quiet")
    assert proc.returncode == 0, proc.stderr
    return out


def test_scan_reads_the_sample_and_writes_the_three_outputs(scanned):
    assert sorted(p.name for p in scanned.iterdir() if not p.name.startswith("exposure.db-")) == [
        ".exposure",  # the marker that makes the folder exposure's
        "exposure.db",
        "report.html",
        "results.json",
    ]
    data = json.loads((scanned / "results.json").read_text())
    assert data["schema"] == "exposure.results/1"
    assert data["archive"]["format"] == "facebook-json-2024"
    assert data["archive"]["photos"] == 18
    assert "<html" in (scanned / "report.html").read_text()


def test_outputs_are_readable_by_the_owner_only(scanned):
    assert stat.S_IMODE(scanned.stat().st_mode) == 0o700
    for f in scanned.iterdir():
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f


def test_report_rerenders_from_the_cache(scanned):
    before = (scanned / "results.json").stat().st_mtime_ns
    proc = run("report", str(scanned), "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert (scanned / "results.json").stat().st_mtime_ns > before


@pytest.mark.parametrize("case", ["missing", "empty", "inside", "no_db"])
def test_misuse_gets_one_clear_line_and_a_nonzero_exit(case, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    args = {
        "missing": ["scan", str(tmp_path / "nope.zip"), "--out", str(tmp_path / "o")],
        "empty": ["scan", str(empty), "--out", str(tmp_path / "o")],
        "inside": ["scan", str(SAMPLE), "--out", str(SAMPLE / "out")],
        "no_db": ["report", str(empty)],
    }[case]
    proc = run(*args, "--quiet")
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("exposure: "), proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (SAMPLE / "out").exists()


def test_a_rescan_rerenders_only_when_something_the_report_reads_changed(tmp_path):
    import shutil

    archive, rules, out = tmp_path / "archive", tmp_path / "rules", tmp_path / "out"
    shutil.copytree(SAMPLE, archive)
    shutil.copytree(ROOT / "rules", rules)
    args = (
        "scan",
        str(archive),
        "--out",
        str(out),
        "--no-vision",
        "--quiet",
        "--rules",
        str(rules),
    )
    html = out / "report.html"

    def rendered_again(change) -> bool:
        before = html.stat().st_mtime_ns
        change()
        proc = run(*args)
        assert proc.returncode == 0, proc.stderr
        return not html.exists() or html.stat().st_mtime_ns != before

    assert run(*args).returncode == 0
    assert not rendered_again(lambda: None)
    travel = rules / "travel.yaml"
    assert rendered_again(lambda: travel.write_text(travel.read_text() + "\n# edited\n"))
    assert not rendered_again(lambda: None)
    assert rendered_again(lambda: (out / "corrections.yaml").write_text("names: {}\n"))
    photo = next(archive.rglob("*.jpg"))

    def mirrored() -> None:
        Image.open(photo).transpose(Image.FLIP_LEFT_RIGHT).save(
            photo.with_name("new-" + photo.name)
        )

    assert rendered_again(mirrored)
    assert rendered_again(lambda: (out / "results.json").unlink())
    assert (out / "results.json").is_file() and html.is_file()


def test_a_rescan_of_an_unchanged_folder_reads_nothing_and_a_changed_one_is_read_again(tmp_path):
    import os
    import shutil
    import sqlite3

    archive, out = tmp_path / "archive", tmp_path / "out"
    shutil.copytree(SAMPLE, archive)
    args = ("scan", str(archive), "--out", str(out), "--no-vision", "--quiet")

    def rescan() -> tuple[dict, set[str]]:
        proc = run(*args)
        assert proc.returncode == 0, proc.stderr
        db = sqlite3.connect(out / "exposure.db")
        meta = {k: json.loads(v) for k, v in db.execute("SELECT key, value FROM meta")}
        ids = {r[0] for r in db.execute("SELECT photo_id FROM photos")}
        db.close()
        return meta, ids

    first, ids = rescan()
    assert first["scan_inputs"]  # stored once the scan finished
    again, same = rescan()
    assert same == ids and again["ingest_digest"] == first["ingest_digest"]
    assert again["scanned_at"] >= first["scanned_at"]
    photos = sorted(p for p in archive.rglob("*.jpg"))
    photo, st = photos[0], photos[0].stat()
    with Image.open(photo) as im:
        im.transpose(Image.FLIP_LEFT_RIGHT).save(photo, "JPEG")  # new bytes
    os.utime(photo, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    changed, now = rescan()
    assert len(now) == len(ids) and len(now - ids) == 1  # the changed photo is a new photo
    assert changed["ingest_digest"] != first["ingest_digest"]
    shutil.copy(photos[1], archive / "added.jpg")  # a byte-identical copy: one photo, one more file
    added, _ = rescan()
    assert added["ingest_digest"] != changed["ingest_digest"]
