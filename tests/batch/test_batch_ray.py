"""`exposure batch` end to end on a local Ray (2 CPUs, loopback only), real models, real photos.

Six donated exports (Facebook folder, Facebook zip parts, Instagram zip, Takeout zip parts, a
plain folder, and a zip that is not one). The first run is SIGKILLed once photos are stored; the
second finishes the study; a third skips everything. One scan of two of the archives is the
reference for results.json.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

import psutil
import pytest

from exposure.analysis import scan
from exposure.batch.inputs import find_archives
from exposure.batch.reaper import MARKER, marked
from exposure.config import Config
from tests.batch.study_archives import build_study

pytestmark = [pytest.mark.slow, pytest.mark.models, pytest.mark.data]
PER_ARCHIVE = 6  # two batches per archive, so that a kill can fall inside an archive
GOOD = 5
HOME = Path.home()


def batch(source: Path, out: Path, models: Path, wait: bool = True):
    cmd = [sys.executable, "-m", "exposure", "batch", str(source), "--out", str(out)]
    cmd += ["--workers", "2", "--quiet", "--models", str(models)]
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAY_")}
    if not wait:
        return subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=900)


def stored(out: Path) -> dict[str, dict[str, int]]:
    """{archive: {photo_id: rowid}} of the analyses stored so far (read-only)."""
    rows = {}
    for db in sorted(out.glob("*/exposure.db")):
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            rows[db.parent.name] = dict(con.execute("SELECT photo_id, rowid FROM analyses"))
        except sqlite3.OperationalError:
            rows[db.parent.name] = {}
        finally:
            con.close()
    return rows


def outside() -> set[str]:
    """Entries of /tmp and of the home folder (two levels) that a run could leave behind."""
    found = {str(p) for p in Path("/tmp").iterdir() if p.name.startswith(("ray", "session_"))}
    for top in HOME.iterdir():
        if top.name in (".claude", ".cache", ".npm", ".pyenv", ".rustup", ".cargo", ".m2"):
            continue  # the machine's own tools; .cache is checked below
        found |= {str(top)} | ({str(p) for p in top.iterdir()} if top.is_dir() else set())
    cache = HOME / ".cache"
    found |= {str(p) for p in cache.iterdir()} if cache.is_dir() else set()
    return found


def cluster_facts(temp: Path, driver: int) -> dict:
    """{"procs": [(name, intact, marked, stats_off)], "listening": {address}, "usage_log": [line],
    "usage_files": [path]} of the local cluster at work: for each of its processes, whether its
    /proc environ is whole (no process title written over its start), names the run and has usage
    statistics off; the addresses its processes listen on; what the dashboard's usage-stats module
    logged; the usage reports Ray wrote."""
    facts = {"procs": [], "listening": set(), "usage_log": [], "usage_files": []}
    run = f"{MARKER}={temp}".encode()
    for pid in marked(temp, spare=driver):  # the driver's environ is from before it set any
        state = _environ(pid)
        if state is None:
            continue  # exited while being read
        name, env, conns = state
        stats_off = b"RAY_USAGE_STATS_ENABLED=0" in env
        facts["procs"].append((name, env[0] != b"", run in env, stats_off))
        facts["listening"] |= {c.laddr.ip for c in conns if c.status == psutil.CONN_LISTEN}
    for session in temp.glob("session_2*"):  # not session_latest, a link to the same folder
        log = session / "logs" / "dashboard.log"
        lines = log.read_text(errors="replace").splitlines() if log.is_file() else []
        facts["usage_log"] += [
            line.split(" -- ")[-1] for line in lines if "Usage reporting" in line
        ]
        facts["usage_files"] += [str(p) for p in session.glob("usage_stats.json*")]
    return facts


def _environ(pid: int):
    """(name, environ entries, inet connections) of a live process, None once it has exited."""
    for _ in range(10):
        try:
            proc = psutil.Process(pid)
            env = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
            args = Path(f"/proc/{pid}/cmdline").read_bytes().rstrip(b"\0").split(b"\0")
            conns = proc.net_connections(kind="inet")
            if proc.status() == psutil.STATUS_ZOMBIE:
                return None
        except (OSError, psutil.NoSuchProcess):
            return None
        if env != [b""]:  # an exiting process shows an empty environ, a live one never does
            break
        time.sleep(0.1)
    return _name(args), env, conns


def _name(args: list[bytes]) -> str:
    """A Ray process by its title (ray::...), program (gcs_server) or script (dashboard.py)."""
    if args[0].startswith(b"ray::"):
        return args[0].decode(errors="replace")
    if "python" in Path(args[0].decode()).name:
        args = [a for a in args[1:] if not a.startswith(b"-")] or args
    return Path(args[0].decode(errors="replace")).name


@pytest.fixture(scope="module")
def study(models_dir, test_data):
    base = Path(tempfile.mkdtemp(prefix="xb", dir="/tmp"))  # short: Ray's socket paths
    source, out = base / "in", base / "out"
    names = build_study(test_data, source, per_archive=PER_ARCHIVE)
    before = outside()
    first = batch(source, out, models_dir, wait=False)
    deadline = time.monotonic() + 600
    while first.poll() is None and time.monotonic() < deadline:
        if sum(map(len, stored(out).values())) >= 4:
            break
        time.sleep(0.1)
    facts = cluster_facts(
        out / ".ray", first.pid
    )  # the cluster at work: gcs, raylet, agents, actors
    first.send_signal(signal.SIGKILL)
    first.wait()
    killed = stored(out)
    for _ in range(100):  # the watchdog ends what the driver's Ray left running
        if not marked(out / ".ray"):
            break
        time.sleep(0.2)
    left = marked(out / ".ray")
    second = batch(source, out, models_dir)
    after_second = stored(out)
    yield SimpleNamespace(
        base=base, source=source, out=out, names=names, facts=facts, killed=killed,
        left=left, second=second, stored=after_second, before=before, models=models_dir,
    )  # fmt: skip
    shutil.rmtree(base, ignore_errors=True)


def test_the_kill_fell_inside_the_study_and_left_nothing_running(study):
    assert 4 <= sum(map(len, study.killed.values())) < GOOD * PER_ARCHIVE
    assert study.left == []
    assert not (study.out / ".ray").exists()


def test_the_local_cluster_listened_on_loopback_only_with_usage_stats_off(study):
    procs = study.facts["procs"]
    names = {p[0] for p in procs}
    # the cluster's own processes were there to be checked, each with an environment that can
    # be read in full (SPT_NOENV: Ray's agents do not write their process title over it)
    assert {"gcs_server", "raylet", "dashboard.py", "ray::DashboardAgent"} <= names, procs
    assert "ray::RuntimeEnvAgent" in names and len(procs) >= 6, procs
    assert [p for p in procs if not all(p[1:])] == [], "unreadable, or without the run's flags"
    listening = study.facts["listening"]
    assert listening and listening <= {"127.0.0.1", "::ffff:127.0.0.1"}, listening


def test_the_clusters_usage_reporter_said_it_sends_nothing(study):
    # the dashboard process runs Ray's usage-stats module (even without a dashboard); it logs its
    # verdict when it starts, and would write usage_stats.json beside each report
    assert study.facts["usage_log"] == ["Usage reporting is disabled."], study.facts
    assert study.facts["usage_files"] == [], study.facts


def test_every_good_archive_is_analysed_and_the_broken_one_named(study):
    assert study.second.returncode == 0, study.second.stderr
    assert study.second.stderr.strip().splitlines() == [
        f"exposure: p05-broken: {study.source.absolute() / 'p05-broken.zip'}: no files found"
    ]
    good = [n for n, kind in study.names.items() if kind != "broken"]
    for name in good:
        data = json.loads((study.out / name / "results.json").read_text())
        assert data["archive"]["photos"] == data["archive"]["analyzed"] == PER_ARCHIVE, name
        assert len(study.stored[name]) == PER_ARCHIVE
        assert (study.out / name / "report.html").is_file()
    assert (study.out / "failed.txt").read_text().startswith("p05-broken\t")


def test_nothing_stored_before_the_kill_was_analysed_again(study):
    for name, rows in study.killed.items():
        final = study.stored[name]
        assert {pid: final[pid] for pid in rows} == rows, name  # same rows, same rowids
        assert max(final.values(), default=0) == len(final), name  # no row was replaced


def test_the_study_table_has_a_row_per_archive_and_private_files(study):
    with open(study.out / "study.csv", newline="") as f:
        rows = {r["archive"]: r for r in csv.DictReader(f)}
    assert set(rows) == set(study.names)
    assert rows["p05-broken"]["status"] == "failed" and rows["p05-broken"]["reason"]
    formats = {rows[n]["format"].split("-")[0] for n in rows if n != "p05-broken"}
    assert formats == {"facebook", "instagram", "google", "folder"}
    assert all(rows[n]["claim.metadata.gps"] == "True" for n in rows if n != "p05-broken")
    html = (study.out / "study.html").read_text()
    text = " ".join(html.split())
    assert "Of 5 archives, 100% reveal" in text and "100% reveal gps coordinates" in text
    assert " 0% reveal" not in text  # the headline names what is revealed
    for name in study.names:
        assert name not in html
    for f in ("study.csv", "study.parquet", "study.html", "failed.txt"):
        assert stat.S_IMODE((study.out / f).stat().st_mode) == 0o600


def test_nothing_was_written_outside_the_output_folder(study):
    assert outside() - study.before == set()
    assert not Path("/tmp/ray").exists() and not (HOME / ".ray").exists()


def test_a_rerun_skips_every_finished_archive(study):
    listing = study.base / "study.txt"
    good = [a for a in find_archives(study.source, study.out) if a.name != "p05-broken"]
    listing.write_text("".join(f"{a.paths[0]}\n" for a in good))
    mtimes = {a.name: (study.out / a.name / "results.json").stat().st_mtime_ns for a in good}
    third = batch(listing, study.out, study.models)
    assert third.returncode == 0, third.stderr
    assert stored(study.out) == study.stored
    assert {
        a.name: (study.out / a.name / "results.json").stat().st_mtime_ns for a in good
    } == mtimes
    with open(study.out / "study.csv", newline="") as f:
        assert {r["status"] for r in csv.DictReader(f)} == {"done earlier"}


@pytest.mark.parametrize("name", ["p01-facebook-parts", "p04-folder"])
def test_batch_and_scan_write_the_same_results(study, name):
    archive = next(a for a in find_archives(study.source, study.out) if a.name == name)
    ref = study.base / f"scan-{name}"
    scan(Config(out_dir=ref, models_dir=study.models, workers=1, quiet=True), list(archive.paths))

    def masked(folder: Path) -> dict:
        data = json.loads((folder / "results.json").read_text())
        data["generated_at"] = None
        return data

    assert masked(study.out / name) == masked(ref)
