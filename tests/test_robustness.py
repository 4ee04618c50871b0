"""Hostile inputs, crashes, no network, safe outputs (real models, real processes)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from tests.builders import hostile

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow
NO_NET = """
import os, socket
_log = os.environ["EXPOSURE_NET_LOG"]
_Socket = socket.socket
def _refuse(what):
    with open(_log, "a") as f:
        f.write(f"{os.getpid()} {what}\\n")
    raise OSError("network disabled by the test")
class _NoNetSocket(_Socket):
    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None and family in (-1, socket.AF_INET, socket.AF_INET6):
            _refuse(f"socket({family})")
        super().__init__(family, type, proto, fileno)
socket.socket = _NoNetSocket
socket.getaddrinfo = lambda *a, **k: _refuse(f"getaddrinfo{a[:1]}")
socket.create_connection = lambda *a, **k: _refuse(f"connect{a[:1]}")
"""


def snapshot(folder: Path) -> dict[str, str]:
    """Every file and link below `folder`, with a hash of its content (links: their target)."""
    out = {}
    for dirpath, dirs, files in os.walk(folder):
        for name in files + [d for d in dirs if os.path.islink(os.path.join(dirpath, d))]:
            p = os.path.join(dirpath, name)
            key = os.fsencode(os.path.relpath(p, folder)).hex()
            out[key] = (
                os.readlink(p)
                if os.path.islink(p)
                else hashlib.sha256(Path(p).read_bytes()).hexdigest()
            )
    return out


def run_scan(archive: Path, out: Path, env: dict, *extra: str, **kw) -> subprocess.CompletedProcess:
    cmd = [
        sys.executable,
        "-m",
        "exposure",
        "scan",
        str(archive),
        "--out",
        str(out),
        "--quiet",
        *extra,
    ]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=900, **kw)


@pytest.fixture
def sandbox(tmp_path, models_dir):
    """An environment whose HOME and TMPDIR are empty folders we can inspect afterwards."""
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    tmp.mkdir()
    env = dict(
        os.environ,
        HOME=str(home),
        TMPDIR=str(tmp),
        XDG_CONFIG_HOME=str(home / ".config"),
        EXPOSURE_MODELS=str(models_dir),
        PYTHONPATH=str(ROOT),
    )
    return env, home, tmp


def test_the_hostile_corpus_is_survived(tmp_path, sandbox):
    env, home, tmp = sandbox
    archives, cases = hostile.build(tmp_path)
    assert len(cases) >= 30
    before = {
        a: snapshot(a) if a.is_dir() else hashlib.sha256(a.read_bytes()).hexdigest()
        for a in archives
    }
    outside_before = sorted(p.name for p in tmp_path.iterdir())
    results = {}
    for i, archive in enumerate(archives):
        out = tmp_path / f"out{i}"
        proc = run_scan(archive, out, env)
        assert proc.returncode == 0, proc.stderr
        assert "Traceback" not in proc.stderr + proc.stdout
        results[archive] = json.loads((out / "results.json").read_text())
    # the archives are untouched, and nothing was written outside the output folders
    for a in archives:
        assert (
            snapshot(a) if a.is_dir() else hashlib.sha256(a.read_bytes()).hexdigest()
        ) == before[a]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(outside_before + ["out0", "out1"])
    assert list(home.rglob("*")) == [] and list(tmp.rglob("*")) == []
    photos = {p["path"]: p for r in results.values() for p in r["photos"]}
    skipped = {s["path"]: s["reason"] for r in results.values() for s in r["archive"]["skipped"]}
    for case, (path, expected) in cases.items():
        if expected == "ok":
            assert path in photos, f"{case}: {path} not read ({skipped.get(path)})"
            assert photos[path]["alt_text"], f"{case}: not analysed"
            assert path not in skipped, f"{case}: also skipped: {skipped[path]}"
        elif expected == "skipped":
            assert path in skipped and skipped[path].strip(), (
                f"{case}: {path} not listed as skipped"
            )
            assert "\n" not in skipped[path]
        else:  # a byte-identical duplicate: one photo
            assert path not in photos and path not in skipped
    # EXIF orientation 6 (rotated 90°): the photo is 60x120 once upright
    db = sqlite3.connect(tmp_path / "out0" / "exposure.db")
    assert db.execute(
        "SELECT width, height FROM photos WHERE path = 'orient/o6.jpg'"
    ).fetchone() == (60, 120)
    # absurd times are dropped and noted, not believed
    assert photos["odd/year3000.jpg"]["taken_at"] is None
    ms = photos["your_facebook_activity/posts/media/a/ms.jpg"]
    assert ms["taken_at"] is None
    # the caption-like file name is text in the report, not markup
    assert "<script>x</script>" not in (tmp_path / "out0" / "report.html").read_text()


def _analysed(out: Path) -> int:
    try:
        db = sqlite3.connect(f"file:{out / 'exposure.db'}?mode=ro", uri=True, timeout=1)
        return db.execute("SELECT COUNT(*) FROM analyses").fetchone()[0]
    except sqlite3.Error:
        return 0


def _tags(out: Path) -> dict:
    data = json.loads((out / "results.json").read_text())
    return {p["photo_id"]: (p["alt_text"], [t["label"] for t in p["tags"]]) for p in data["photos"]}


def test_a_killed_scan_resumes_with_the_same_results(tmp_path, sandbox, test_data):
    env, _, _ = sandbox
    photos = test_data / "coco" / "images"
    reference = tmp_path / "reference"
    assert run_scan(photos, reference, env).returncode == 0
    out = tmp_path / "killed"
    proc = subprocess.Popen(
        [sys.executable, "-m", "exposure", "scan", str(photos), "--out", str(out), "--quiet"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.time() + 300
    while _analysed(out) < 12 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
    assert proc.poll() is None, "the scan finished before it could be killed"
    workers = psutil.Process(proc.pid).children(recursive=True)
    proc.send_signal(signal.SIGKILL)  # the parent only, as `kill -9` would
    proc.wait()
    done_before = _analysed(out)
    assert 12 <= done_before < 72
    gone, alive = psutil.wait_procs(workers, timeout=10)
    assert alive == []  # the workers died with their parent
    again = run_scan(photos, out, env)
    assert again.returncode == 0, again.stderr
    db = sqlite3.connect(out / "exposure.db")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("SELECT COUNT(*), COUNT(DISTINCT photo_id) FROM analyses").fetchone() == (
        72,
        72,
    )
    meta = dict(db.execute("SELECT key, value FROM meta"))
    assert json.loads(meta["analysed_last_run"]) == 72 - done_before  # nothing analysed twice
    assert _tags(out) == _tags(reference)


def test_ctrl_c_stops_cleanly_and_keeps_the_work(tmp_path, sandbox, test_data):
    env, _, _ = sandbox
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "exposure",
            "scan",
            str(test_data / "imagenet"),  # 500 photos: the scan is still on them at the 8th
            "--out",
            str(out),
            "--quiet",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        # as from a terminal: a test run before may leave SIGINT ignored, which a child inherits
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.time() + 300
    while _analysed(out) < 8 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
    assert proc.poll() is None, "the scan ended before it could be interrupted"
    os.killpg(proc.pid, signal.SIGINT)  # what the terminal does on Ctrl-C
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130
    assert err.strip().splitlines() == [
        "exposure: interrupted; finished photos are kept, run the same command again to go on"
    ]
    assert _analysed(out) >= 8
    assert not (out / ".cache").exists()


def test_a_full_scan_works_without_any_network(tmp_path, sandbox, test_data):
    env, _, _ = sandbox
    site = tmp_path / "nonet"
    site.mkdir()
    (site / "sitecustomize.py").write_text(NO_NET)
    log = tmp_path / "net.log"
    env = dict(env, PYTHONPATH=f"{site}{os.pathsep}{ROOT}", EXPOSURE_NET_LOG=str(log))
    cmd = [
        sys.executable,
        "-m",
        "exposure",
        "scan",
        str(ROOT / "sample_data" / "facebook-grace"),
        "--out",
        str(tmp_path / "out"),
        "--quiet",
    ]
    if shutil.which("unshare") and os.geteuid() == 0:
        cmd = ["unshare", "--net", *cmd]  # and a network namespace with no interface up
    check = subprocess.run(
        [sys.executable, "-c", "import socket; socket.create_connection(('127.0.0.1', 9))"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert "network disabled" in check.stderr  # the blocker works in this environment
    log.unlink()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr
    assert json.loads((tmp_path / "out" / "results.json").read_text())["archive"]["analyzed"] == 18
    assert not log.exists(), log.read_text()  # nothing even tried


def test_ultralytics_is_imported_with_telemetry_sync_and_installs_off(tmp_path):
    code = f"""
import PIL.Image
before = PIL.Image.open
from pathlib import Path
from exposure.vision.models import quiet_ultralytics
quiet_ultralytics(Path({str(tmp_path)!r}), offline=True)
from ultralytics.utils import SETTINGS, events, checks
import ultralytics.utils as uu, os
assert PIL.Image.open is before, "PIL.Image.open is still patched"
assert SETTINGS["sync"] is False and events.events.enabled is False
assert os.environ["YOLO_AUTOINSTALL"] == "false" and uu.ONLINE is False
print("ok")
"""
    env = dict(os.environ, HOME=str(tmp_path / "home"), PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert proc.stdout.strip() == "ok", proc.stderr[-2000:]
    assert not (tmp_path / "home").exists()  # its settings file went where we said
    assert list(tmp_path.rglob("settings.json"))


def test_without_models_and_offline_the_scan_stops_with_one_line(tmp_path, sandbox):
    env, _, _ = sandbox
    site = tmp_path / "nonet"
    site.mkdir()
    (site / "sitecustomize.py").write_text(NO_NET)
    env = {k: v for k, v in env.items() if k != "EXPOSURE_MODELS"}
    env.update(
        PYTHONPATH=f"{site}{os.pathsep}{ROOT}",
        EXPOSURE_NET_LOG=str(tmp_path / "net.log"),
        EXPOSURE_CACHE=str(tmp_path / "model-cache"),
    )
    proc = run_scan(ROOT / "sample_data" / "facebook-grace", tmp_path / "out", env)
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr[-3000:]
    assert "yolo11n.pt: not on this computer" in lines[0] and "--models" in lines[0]
    assert not list(Path.cwd().glob("yolo11n*.pt"))  # nothing dropped in the current folder


@pytest.mark.parametrize("case", ["not a model", "bad rule"])
def test_misuse_of_models_and_rules_is_one_line(case, tmp_path, sandbox):
    env, _, _ = sandbox
    extra = []
    if case == "not a model":
        models = tmp_path / "models"
        models.mkdir()
        (models / "yolov8n_int8.onnx").write_text("this is not a model")
        (models / "mobilenet_v2_int8.onnx").write_text("nor this")
        (models / "imagenet_classes.txt").write_text("tench\n")
        extra = ["--models", str(models)]
    else:
        rules = tmp_path / "rules"
        rules.mkdir()
        (rules / "pets.yaml").write_text("id: pets.dog\ncategory: pets\nkind: recurring_tag\n")
        extra = ["--rules", str(rules)]
    proc = run_scan(ROOT / "sample_data" / "facebook-grace", tmp_path / "out", env, *extra)
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("exposure: "), proc.stderr
    assert ("yolov8n_int8.onnx" in lines[0]) if case == "not a model" else ("pets.yaml" in lines[0])
