"""The output folder is exposure's alone: refused when foreign, held by one run, never damaged.

Real `python -m exposure` processes over the sample export and small real folders, without models.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from exposure.analysis import Analysis
from exposure.errors import NotAnOutputFolder, OutputBusy, UnsafeOutput
from exposure.outcome import read_outcome
from exposure.outdir import MARKER, check_claim, claim, is_ours, lock
from exposure.report.saved import Results
from tests.test_cli import SAMPLE, run

HOLD = (
    "import sys; from pathlib import Path; from exposure.outdir import claim, lock\n"
    "with lock(claim(Path(sys.argv[1]))):\n"
    "    print('held', flush=True); sys.stdin.read()\n"
)


def scan(archive: Path, out: Path, *extra: str) -> subprocess.CompletedProcess:
    return run("scan", str(archive), "--out", str(out), "--no-vision", "--quiet", *extra)


def snapshot(folder: Path) -> dict:
    """Every path under `folder` with its mode and bytes (folders: mode only)."""
    found = {".": stat.S_IMODE(folder.stat().st_mode)}
    for p in sorted(folder.rglob("*")):
        mode = stat.S_IMODE(p.lstat().st_mode)
        found[str(p.relative_to(folder))] = (mode, p.read_bytes() if p.is_file() else None)
    return found


def one_line(proc: subprocess.CompletedProcess) -> str:
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr
    return lines[0]


@pytest.fixture
def phone(tmp_path) -> Path:
    folder = tmp_path / "phone"
    folder.mkdir()
    for i in range(3):
        Image.new("RGB", (64, 48), (60 * i, 90, 30)).save(folder / f"IMG_{i}.jpg", quality=90)
    return folder


# --- a folder that is not ours ------------------------------------------------------------------
def test_a_foreign_folder_is_refused_and_left_exactly_as_it_was(tmp_path, phone):
    home = tmp_path / "home"  # as `--out ~`: a cache folder with a file, results.json, mode 755
    (home / ".cache" / "app").mkdir(parents=True)
    (home / ".cache" / "app" / "state.bin").write_bytes(b"keep me")
    (home / "results.json").write_text('{"mine": true}')
    (home / "report.html").write_text("<p>my report</p>")
    os.chmod(home, 0o755)
    before = snapshot(home)
    proc = scan(phone, home)
    assert proc.returncode == 2
    line = one_line(proc)
    assert str(home) in line and "did not make" in line and "--out" in line
    assert snapshot(home) == before  # nothing written, chmod-ed or deleted; no error.log
    proc = run("report", str(home))  # report follows the same rule
    assert proc.returncode == 2 and "no exposure.db" in one_line(proc)
    assert snapshot(home) == before


def test_an_out_folder_holding_an_archive_under_dot_cache_is_refused(tmp_path, phone):
    out = tmp_path / "work"
    archive = out / ".cache" / "export"
    archive.parent.mkdir(parents=True)
    phone.rename(archive)
    before = snapshot(out)
    proc = scan(archive, out)
    assert proc.returncode == 2 and str(out) in one_line(proc)
    assert snapshot(out) == before


@pytest.mark.slow
def test_a_new_an_empty_and_an_older_exposure_folder_are_accepted(tmp_path, phone):
    new, empty = tmp_path / "a" / "new", tmp_path / "empty"
    empty.mkdir(mode=0o755)
    for out in (new, empty):
        assert scan(phone, out).returncode == 0
        assert json.loads((out / MARKER).read_text())["made_by"] == "exposure"
        assert stat.S_IMODE(out.stat().st_mode) == 0o700
        assert stat.S_IMODE((out / MARKER).stat().st_mode) == 0o600
    (new / MARKER).unlink()  # as an output folder made before the marker existed
    assert is_ours(new)
    proc = scan(phone, new)
    assert proc.returncode == 0, proc.stderr
    assert (new / MARKER).is_file()  # marked from now on


def test_a_study_folder_is_not_a_scan_folder(tmp_path, phone):
    study = claim(tmp_path / "study", "study")
    with pytest.raises(UnsafeOutput, match="study folder"):
        check_claim(study)
    assert is_ours(study, "study") and not is_ours(study)
    scanned = claim(tmp_path / "scanned")
    with pytest.raises(UnsafeOutput, match="a scan folder"):
        check_claim(scanned, "study")


def test_analysis_refuses_a_folder_with_an_exposure_db_it_did_not_make(tmp_path):
    folder = tmp_path / "other"
    folder.mkdir()
    con = sqlite3.connect(folder / "exposure.db")
    con.execute("CREATE TABLE notes (text)")
    con.close()
    with pytest.raises(NotAnOutputFolder, match="not made by exposure"):
        Analysis(folder)


def test_an_internal_error_leaves_its_log_only_in_a_folder_of_ours(tmp_path, phone):
    from exposure.cli import _crash

    foreign = tmp_path / "foreign"
    foreign.mkdir()
    ours = claim(tmp_path / "ours")
    for folder in (foreign, ours):
        try:
            raise RuntimeError("boom")
        except RuntimeError as exc:
            with pytest.raises(SystemExit):
                _crash(exc, folder)
    assert list(foreign.iterdir()) == []
    assert "RuntimeError: boom" in (ours / "error.log").read_text()


# --- one run at a time ----------------------------------------------------------------------------
@pytest.mark.slow
def test_a_second_run_on_a_held_folder_gets_one_line_and_a_non_zero_exit(tmp_path, phone):
    out = tmp_path / "out"
    assert scan(phone, out).returncode == 0
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(out)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        before = snapshot(out)
        for proc in (scan(SAMPLE, out), run("report", str(out))):
            assert proc.returncode == OutputBusy.exit_code
            assert "another exposure run is using this folder" in one_line(proc)
        assert snapshot(out) == before
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    assert scan(SAMPLE, out).returncode == 0  # released when the holder ended


def test_the_lock_is_released_when_its_process_is_killed(tmp_path):
    out = claim(tmp_path / "out")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(out)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "held"
    with pytest.raises(OutputBusy):
        with lock(out):
            pass
    holder.kill()
    holder.wait(timeout=30)
    with lock(out), lock(out):  # free again, and nested use in one process is allowed
        pass


# --- two archives into one folder ---------------------------------------------------------------
def archive_names(out: Path) -> list[str]:
    return [
        Path(p).name for p in json.loads((out / "results.json").read_text())["archive"]["paths"]
    ]


@pytest.mark.slow
def test_the_results_describe_the_archive_of_the_last_finished_scan(tmp_path, phone):
    out = tmp_path / "out"
    for archive in (SAMPLE, phone, SAMPLE):
        assert scan(archive, out).returncode == 0
        assert archive_names(out) == [archive.name]
    # two at once: each either finishes, or is refused while the other holds the folder
    procs = {
        archive.name: subprocess.Popen(
            [sys.executable, "-m", "exposure", "scan", str(archive), "--out", str(out)]
            + ["--no-vision", "--quiet"],
            stderr=subprocess.PIPE,
            text=True,
        )
        for archive in (phone, SAMPLE)
    }
    finished: list[str] = []
    deadline = time.time() + 300
    while len(finished) < len(procs) and time.time() < deadline:
        finished += [n for n, p in procs.items() if n not in finished and p.poll() is not None]
        time.sleep(0.02)
    codes = {n: p.wait() for n, p in procs.items()}
    for name, proc in procs.items():
        err = proc.stderr.read()
        assert codes[name] in (0, OutputBusy.exit_code), err
        assert codes[name] == 0 or "another exposure run" in err
    succeeded = [n for n in finished if codes[n] == 0]
    assert succeeded and archive_names(out) == [succeeded[-1]]
    data = json.loads((out / "results.json").read_text())
    assert data["archive"]["photos"] == (18 if succeeded[-1] == SAMPLE.name else 3)


# --- damaged files ----------------------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize("damage", ["truncated", "a list"])
def test_a_damaged_results_json_is_rebuilt_by_the_next_scan(tmp_path, phone, damage):
    out = tmp_path / "out"
    assert scan(phone, out).returncode == 0
    results = out / "results.json"
    good = json.loads(results.read_text())
    text = {"truncated": results.read_text()[:200], "a list": "[]"}[damage]
    results.write_text(text)
    for _ in range(2):  # the rescan that finds nothing changed, and one after it
        proc = scan(phone, out)
        assert proc.returncode == 0, proc.stderr
        assert json.loads(results.read_text())["archive"] == good["archive"]


@pytest.mark.parametrize("kind", ["garbage", "foreign sqlite", "damaged pages"])
def test_a_damaged_or_foreign_exposure_db_is_named_with_the_fix(tmp_path, phone, kind):
    out = tmp_path / "out"
    assert scan(SAMPLE if kind == "damaged pages" else phone, out).returncode == 0
    db = out / "exposure.db"
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the main file
    con.close()
    for extra in out.glob("exposure.db-*"):
        extra.unlink()
    if kind == "damaged pages":  # exposure's header and schema, garbage after the second page
        with open(db, "r+b") as f:
            f.seek(8192)
            f.write(os.urandom(db.stat().st_size - 8192))
    elif kind == "garbage":
        db.unlink()
        db.write_bytes(os.urandom(4096))
    else:
        db.unlink()
        con = sqlite3.connect(db)
        con.execute("CREATE TABLE contacts (name TEXT)")
        con.execute("INSERT INTO contacts VALUES ('Ada')")
        con.commit()
        con.close()
    before = db.read_bytes()
    for proc in (scan(phone, out), run("report", str(out))):
        assert proc.returncode == 2, proc.stderr
        line = one_line(proc)
        assert str(db) in line and "move it away" in line
    if kind != "damaged pages":
        assert db.read_bytes() == before  # another program's file is never written to
    assert not (out / "error.log").exists()


# --- nothing read -------------------------------------------------------------------------------
def test_a_folder_of_non_photos_says_nothing_was_read_and_exits_non_zero(tmp_path):
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / "notes.txt").write_text("hello")
    (junk / "fake.jpg").write_bytes(b"not a jpeg at all" * 10)
    (junk / "empty.png").write_bytes(b"")
    proc = run("scan", str(junk), "--out", str(tmp_path / "out"), "--no-vision")
    assert proc.returncode == 3, proc.stderr
    assert "0 photos" in proc.stdout
    assert "nothing was read" in proc.stderr and "most common reasons" in proc.stderr
    assert "not an image" in proc.stderr
    assert (tmp_path / "out" / "results.json").is_file()
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")  # the report says so too
    summary = html[html.index('<section id="summary">') : html.index("</section>")]
    skipped = Results.load(tmp_path / "out" / "results.json").data["archive"]["skipped"]
    assert "No photo could be read from this archive" in summary
    assert f"The {len(skipped)} files skipped" in summary and len(skipped) >= 2


def results(photos: int, analysed: int, reasons: list[str]) -> Results:
    skipped = [{"path": f"f{i}", "reason": r} for i, r in enumerate(reasons)]
    archive = {"paths": ["x"], "photos": photos, "analyzed": analysed, "skipped": skipped}
    return Results({"archive": archive, "inferences": [{"confidence": 0.9, "category": "c"}]})


@pytest.mark.parametrize(
    "photos, analysed, reasons, vision, says",
    [
        (10, 10, [], True, None),  # all read and analysed: the counts alone
        (1, 1, [], True, None),  # one photo: "1 photo", not "1 photos"
        (1204, 1204, [], True, None),  # counts as people write them: 1,204
        (10, 0, [], False, None),  # --no-vision: none analysed, as asked
        (0, 0, ["not an image"] * 2, True, "nothing was read"),
        (4, 0, ["decode failed"] * 4, True, "no photo could be analysed"),
        (2, 2, ["too large"] * 3 + ["not an image"] * 5, True, "most files were skipped"),
    ],
)
def test_the_outcome_says_when_little_or_nothing_was_read(photos, analysed, reasons, vision, says):
    outcome = read_outcome(results(photos, analysed, reasons), vision)
    noun = "photo" if photos == 1 else "photos"
    assert outcome.summary.startswith(f"{photos:,} {noun}, {analysed:,} analysed")
    assert outcome.summary.endswith(", 1 inference reported")
    assert outcome.nothing_read == (photos == 0)
    if says is None:
        assert outcome.warnings == []
    else:
        assert says in outcome.warnings[0]
        if reasons:  # the most common reason first, with its count
            top = max(set(reasons), key=reasons.count)
            assert outcome.warnings[-1].startswith(
                f"most common reasons: {top} ({reasons.count(top)})"
            )


def test_a_scan_started_while_another_is_between_reading_and_writing_is_refused(
    tmp_path, phone, monkeypatch
):
    # Before the lock, B's scan in this window (A's vision stage) replaced A's tables: A exited 0
    # with B's archive in its results.json, and stored A's inputs beside them.
    import exposure.pipeline as pipeline
    from exposure.analysis import scan as scan_in_process
    from exposure.config import Config

    out, second = tmp_path / "out", []
    save = pipeline.save_ingested

    def save_then_scan_b(store, ingested):
        save(store, ingested)
        second.append(scan(phone, out))

    monkeypatch.setattr(pipeline, "save_ingested", save_then_scan_b)
    results = scan_in_process(Config(out_dir=out, vision=False, quiet=True), [SAMPLE])
    assert second[0].returncode == OutputBusy.exit_code, second[0].stderr
    assert "another exposure run" in one_line(second[0])
    assert [Path(p).name for p in results.data["archive"]["paths"]] == [SAMPLE.name]
    assert archive_names(out) == [SAMPLE.name] and results.data["archive"]["photos"] == 18


def test_a_rescan_of_an_unchanged_archive_takes_the_lock_without_importing_pandas(tmp_path, phone):
    out = tmp_path / "out"
    assert scan(phone, out).returncode == 0
    cmd = [sys.executable, "-X", "importtime", "-m", "exposure", "scan", str(phone), "--out"]
    proc = subprocess.run(
        [*cmd, str(out), "--no-vision", "--quiet"], capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    imported = {line.rsplit("|", 1)[-1].strip() for line in proc.stderr.splitlines()}
    assert "exposure.outdir" in imported and "exposure.rescan" in imported
    assert not imported & {"pandas", "numpy", "exposure.analysis"}
