"""Every stage in sight: each stage of `scan` and `report` on its own line with its time, where the
time went at the end, models loading as a stage of their own, and --quiet quiet."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from exposure.progress import Progress, Run, duration, stage, timed_run

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data" / "facebook-grace"
AFTER_VISION = ["places", "people", "timeline", "rules", "writing the report"]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "exposure", *args], capture_output=True, text=True, timeout=600
    )


def stage_lines(stderr: str) -> list[str]:
    """The names of the stages' own lines ("places: 0.1 s"), in order, up to the summary."""
    head = stderr.split("where the time went")[0]
    return [m[1] for m in re.finditer(r"^([a-z ]+): .*\d s$", head, re.M)]


def summary(stderr: str) -> dict[str, str]:
    """stage -> its time, from the summary of where the time went."""
    part = stderr.split("where the time went (")[1]
    rows = re.findall(r"^  (.+?)\s{2,}(\S+ \S+(?: \S+ \S+)?)\s+\d+%$", part, re.M)
    return dict(rows)


class Terminal(io.StringIO):
    """A stream that says it is a terminal, as stderr is when a person runs exposure."""

    def isatty(self) -> bool:
        return True


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    out = tmp_path_factory.mktemp("progress") / "out"
    return out, run("scan", str(SAMPLE), "--out", str(out), "--no-vision")


def test_a_scan_shows_each_stage_with_its_time_then_where_the_time_went(scanned):
    out, proc = scanned
    assert proc.returncode == 0, proc.stderr
    assert stage_lines(proc.stderr) == ["reading the archive", *AFTER_VISION]
    times = summary(proc.stderr)
    assert list(times)[:-1] == ["reading the archive", *AFTER_VISION]
    assert list(times)[-1].startswith("other")
    assert all(re.fullmatch(r"\d+\.\d s", t) for t in times.values()), times
    assert "18 photos" in proc.stdout  # the outcome stays on stdout


def test_a_report_shows_its_own_stages_and_where_the_time_went(scanned):
    out, _ = scanned
    proc = run("report", str(out))
    assert proc.returncode == 0, proc.stderr
    assert stage_lines(proc.stderr) == AFTER_VISION
    assert list(summary(proc.stderr))[: len(AFTER_VISION)] == AFTER_VISION


def test_an_unchanged_rescan_says_it_had_nothing_to_do(scanned):
    out, _ = scanned
    proc = run("scan", str(SAMPLE), "--out", str(out), "--no-vision")
    assert proc.returncode == 0, proc.stderr
    assert stage_lines(proc.stderr) == []
    assert re.search(r"^where the time went: \d+\.\d s in all, no stage", proc.stderr, re.M)


@pytest.mark.parametrize("command", ["scan", "report"])
def test_quiet_stays_quiet(tmp_path, command):
    out = tmp_path / "out"
    proc = run("scan", str(SAMPLE), "--out", str(out), "--no-vision", "--quiet")
    if command == "report":
        proc = run("report", str(out), "--quiet")
    assert proc.returncode == 0
    assert proc.stderr == "" and proc.stdout == ""


@pytest.mark.models
@pytest.mark.parametrize("workers", [1, 2])
def test_models_load_as_a_stage_of_their_own_before_the_photo_bar(
    models_dir, test_data, tmp_path, workers
):
    """The bar used to sit at 0/N while the models loaded: now loading is its own line, and the
    photo bar begins when they are ready (one worker: in this process; two: worker processes)."""
    from exposure.analysis import scan
    from exposure.config import Config

    photos = tmp_path / "photos"
    photos.mkdir()
    for src in sorted((test_data / "coco" / "images").glob("*.jpg"))[:2]:
        (photos / src.name).write_bytes(src.read_bytes())
    config = Config(
        out_dir=tmp_path / "out", models_dir=models_dir, workers=workers, text=False, quiet=False
    )
    terminal = Terminal()
    with timed_run(False, terminal):
        scan(config, [photos])
    shown = terminal.getvalue()
    lines = shown.split("where the time went")[0]
    loading, bar = lines.index("loading models: "), lines.index("analysing photos: ")
    assert loading < bar
    assert "loading models" not in lines[bar:]  # loaded once, before the first photo
    assert "0/2" in lines[bar:] and "2/2" in lines[bar:]  # the bar starts once they are loaded
    times = summary(shown)
    assert list(times)[:3] == ["reading the archive", "loading models", "analysing photos"]


# --- the pieces --------------------------------------------------------------------------------
def test_on_a_terminal_each_stage_line_stays_with_its_time():
    terminal = Terminal()
    with timed_run(False, terminal):
        with stage("loading models"):
            time.sleep(0.6)  # longer than a tick: the line is redrawn while it waits
        with Progress("analysing photos", False, total=3, unit="photo") as bar:
            bar.update(3)
    shown = terminal.getvalue()
    assert shown.count("loading models: ") >= 2  # drawn, then redrawn with its time
    assert re.search(r"loading models: 0\.[6-9] s", shown)
    assert "3/3" in shown
    assert "where the time went (" in shown


def test_outside_a_run_a_stage_shows_nothing_and_a_bar_is_gone_when_done(capsys):
    with stage("rules"):
        pass
    with Progress("reading archives", False, total=2) as bar:
        bar.update(2)
    assert capsys.readouterr().err == ""  # not a terminal: no bar, no line


def test_a_failed_run_prints_no_summary():
    stream = io.StringIO()
    with pytest.raises(ValueError), timed_run(False, stream):
        with stage("rules"):
            raise ValueError("a rule file is bad")
    assert stream.getvalue() == ""


def test_time_in_a_stage_inside_another_counts_for_the_inner_one_only(monkeypatch):
    clock = iter([0.0, 1.0, 2.0, 5.0, 6.0])  # start, enter outer, enter inner, leave, leave
    monkeypatch.setattr(time, "monotonic", lambda: next(clock))
    r = Run(True, io.StringIO())
    r.enter("report")
    r.enter("rules")
    assert r.leave() == 3.0
    assert r.leave() == 2.0
    assert r.seconds == {"report": 2.0, "rules": 3.0}


@pytest.mark.parametrize(
    "seconds, said",
    [(0.04, "0.0 s"), (28.14, "28.1 s"), (125, "2 min 05 s"), (4320, "1 h 12 min")],
)
def test_durations_read_as_people_write_them(seconds, said):
    assert duration(seconds) == said
