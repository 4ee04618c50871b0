"""Vision workers started ahead of a first scan: they analyse its photos, leave nothing behind and
are never started where a scan may have nothing to analyse or must not write."""

from __future__ import annotations

import shutil
import stat

import pytest

from exposure.analysis import scan
from exposure.config import Config
from exposure.vision.pool import Workers, start_workers


def test_no_workers_ahead_for_a_rescan_one_worker_no_vision_or_a_refused_folder(tmp_path):
    archive = tmp_path / "photos"
    archive.mkdir()
    scanned = tmp_path / "scanned"
    scanned.mkdir()
    (scanned / "exposure.db").write_bytes(b"")
    for config in (
        Config(out_dir=scanned, workers=2),  # a rescan: perhaps nothing to analyse
        Config(out_dir=tmp_path / "a", workers=1),
        Config(out_dir=tmp_path / "b", workers=2, vision=False),
        Config(out_dir=archive / "out", workers=2),  # inside the archive: refused later
    ):
        with start_workers(config, [archive]) as workers:
            assert workers is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["photos", "scanned"]
    assert list(archive.iterdir()) == []  # nothing written into the archive


@pytest.mark.models
@pytest.mark.data
@pytest.mark.slow
def test_workers_started_ahead_analyse_the_first_scan_and_leave_nothing(
    models_dir, test_data, tmp_path
):
    photos = tmp_path / "photos"
    photos.mkdir()
    for src in sorted((test_data / "coco" / "images").glob("*.jpg"))[:3]:
        shutil.copy(src, photos / src.name)
    ahead = Config(out_dir=tmp_path / "ahead", models_dir=models_dir, workers=2, quiet=True)
    with start_workers(ahead, [photos]) as workers:
        assert isinstance(workers, Workers)
        assert stat.S_IMODE((tmp_path / "ahead").stat().st_mode) == 0o700
        first = scan(ahead, [photos], workers=workers)
        processes = [w.process for w in workers.pool.workers]
        cache = workers.cache
    assert not any(p.is_alive() for p in processes)  # ended with the block
    assert cache.parent == tmp_path / "ahead" and not cache.exists()
    assert (
        sorted(
            p.name for p in (tmp_path / "ahead").iterdir() if p.name.startswith(".exposure-run-")
        )
        == []
    )
    plain = scan(Config(out_dir=tmp_path / "plain", models_dir=models_dir, quiet=True), [photos])
    assert len(first.data["photos"]) == 3
    strip = lambda r: [{k: p[k] for k in ("path", "alt_text", "text")} for p in r.data["photos"]]  # noqa: E731
    assert strip(first) == strip(plain)
