"""Every input is bounded before it is read (issue 20): special files are never opened, media are
recognised from their first bytes, zip bombs and bad names cost one entry, nested zips are named,
and huge inputs cost far under 1 GB of memory."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import zipfile
from contextlib import contextmanager
from pathlib import Path

import pytest

from exposure.errors import EmptyArchive
from exposure.ingest import ingest
from exposure.ingest.archive import read_member
from exposure.ingest.limits import MAX_PHOTO_BYTES, Refused
from tests.builders import bounded
from tests.memory import CHILD_PEAK_KB

ROOT = Path(__file__).resolve().parents[2]
GB = 2**30


@contextmanager
def deadline(seconds: float):
    """Fail (instead of hanging the suite) when the block runs longer than `seconds`."""

    def expired(*_):
        raise TimeoutError(f"still running after {seconds} s")

    old = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def peak_ingest(path: Path) -> tuple[dict, int]:
    """Ingest `path` in a fresh Python; returns (skipped as a dict, peak memory in bytes)."""
    script = (
        "import json, sys\n"
        "from exposure.ingest import ingest\n"
        "ing = ingest([sys.argv[1]])\n"
        f"peak = {CHILD_PEAK_KB} * 1024\n"
        "print(json.dumps({'skipped': dict(ing.skipped), 'photos': list(ing.photos['path']),"
        " 'peak': peak}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    got = json.loads(out.stdout.strip().splitlines()[-1])
    return got, got["peak"]


def test_fifos_sockets_and_links_to_them_are_named_and_never_opened(tmp_path):
    kinds = bounded.special_files(tmp_path / "arch")
    with deadline(20):
        ing = ingest([tmp_path / "arch"])
    assert list(ing.photos["path"]) == ["ok.jpg"]
    skipped = dict(ing.skipped)
    for path, kind in kinds.items():
        assert kind in skipped[path], f"{path}: {skipped.get(path)}"


def test_a_fifo_or_a_device_given_as_the_archive_is_refused_without_opening_it(tmp_path):
    import os

    os.mkfifo(tmp_path / "export.zip")
    with deadline(20):
        for path in (tmp_path / "export.zip", Path("/dev/zero")):
            with pytest.raises(EmptyArchive):
                ingest([path])


def test_a_file_that_became_a_fifo_after_indexing_is_not_opened(tmp_path):
    import os

    os.mkfifo(tmp_path / "late.jpg")
    with deadline(10), pytest.raises(Refused, match="FIFO"):
        read_member(str(tmp_path / "late.jpg"), "")


def test_a_3_gb_video_is_recognised_from_its_head_and_costs_far_under_1_gb(tmp_path):
    bounded.sparse(tmp_path / "arch" / "VID_0001.mp4", 3 * GB, bounded.MP4_HEAD)
    bounded.sparse(tmp_path / "arch" / "noname", 3 * GB, bounded.MP4_HEAD)
    (tmp_path / "arch" / "ok.jpg").write_bytes(bounded.jpeg())
    got, peak = peak_ingest(tmp_path / "arch")
    assert got["photos"] == ["ok.jpg"]
    assert "video" in got["skipped"]["VID_0001.mp4"] and "video" in got["skipped"]["noname"]
    assert peak < 1 * GB, f"peak memory {peak / 2**20:.0f} MB"


def test_a_photo_over_the_size_limit_is_skipped_by_its_size(tmp_path):
    jpeg = bounded.jpeg()
    bounded.sparse(tmp_path / "arch" / "huge.jpg", 3 * GB, jpeg[:64])
    got, peak = peak_ingest(tmp_path / "arch")
    assert "photo too large" in got["skipped"]["huge.jpg"]
    assert f"{MAX_PHOTO_BYTES // 2**20} MB" in got["skipped"]["huge.jpg"]
    assert peak < 1 * GB, f"peak memory {peak / 2**20:.0f} MB"
    with pytest.raises(Refused, match="too large"):
        read_member(str(tmp_path / "arch" / "huge.jpg"), "")  # the vision stage's read, too


def test_a_zip_bomb_is_skipped_fast_by_its_ratio(tmp_path):
    bomb = bounded.zip_bomb(tmp_path / "bomb.zip")
    assert bomb.stat().st_size < 4 * 2**20  # about 3 MB that inflate to 3 GB
    with deadline(60):
        got, peak = peak_ingest(bomb)
    assert got["photos"] == ["DCIM/ok.jpg"]
    assert "zip bomb" in got["skipped"]["DCIM/IMG_0001.jpg"]
    assert peak < 1 * GB, f"peak memory {peak / 2**20:.0f} MB"
    with pytest.raises(Refused, match="zip bomb"):
        read_member(str(bomb), "DCIM/IMG_0001.jpg")


def test_an_entry_named_in_invalid_utf8_costs_only_that_entry(tmp_path):
    zpath, good = bounded.bad_utf8_zip(tmp_path / "export.zip")
    with pytest.raises(UnicodeDecodeError):
        zipfile.ZipFile(zpath)  # what Python alone does: the whole zip is lost
    ing = ingest([zpath])
    assert list(ing.photos["path"]) == [good]
    (name, reason), *rest = [(p, r) for p, r in ing.skipped if "UTF-8" in r]
    assert not rest and name == "photos/bad_\u00e9\ufffd.jpg"  # named as well as it can be
    assert read_member(str(zpath), good).startswith(b"\xff\xd8")  # the vision stage reads it


def test_a_zip_inside_the_export_is_named_not_lost(tmp_path):
    zpath, inner = bounded.nested_zip(tmp_path / "export.zip")
    ing = ingest([zpath])
    assert list(ing.photos["path"]) == ["photos/top.jpg"]
    assert "zip file inside the archive" in dict(ing.skipped)[inner]


def test_a_zip_inside_a_folder_archive_is_named_too(tmp_path):
    zpath, _ = bounded.nested_zip(tmp_path / "arch" / "backup.zip")
    (tmp_path / "arch" / "p.jpg").write_bytes(bounded.jpeg())
    ing = ingest([tmp_path / "arch"])
    assert "zip file inside the archive" in dict(ing.skipped)["backup.zip"]


def test_a_device_node_inside_the_archive_is_named_and_never_read(tmp_path):
    import os
    import stat

    (tmp_path / "arch").mkdir()
    (tmp_path / "arch" / "ok.jpg").write_bytes(bounded.jpeg())
    try:
        os.mknod(tmp_path / "arch" / "zero.jpg", stat.S_IFCHR | 0o600, os.makedev(1, 5))
    except (PermissionError, OSError) as exc:
        pytest.skip(f"cannot make a device node here ({exc.strerror})")
    with deadline(20):
        ing = ingest([tmp_path / "arch"])
    assert list(ing.photos["path"]) == ["ok.jpg"]
    assert "a device, not a regular file" in dict(ing.skipped)["zero.jpg"]
    with deadline(5), pytest.raises(Refused, match="device"):
        read_member("/dev/zero", "")  # the vision stage's read refuses it too
