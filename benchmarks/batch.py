"""A study through `exposure batch` (Ray) against the same archives through sequential `scan`s.

    EXPOSURE_MODELS=../shared/models EXPOSURE_TEST_DATA=../shared/data python benchmarks/batch.py

8 archives x 40 real photos (COCO, 640 px; the layouts of tests/batch/study_archives.py: Facebook
folder and zip parts, Instagram zip, Takeout parts, plain folder). Each side starts from fresh
output folders. Prints photos/s for both, and the peak RSS of each process tree (driver, Ray's
processes and actors; RSS counts pages shared between processes once per process, so the sum
overstates the memory the tree holds).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.measure import run_measured  # noqa: E402
from exposure.batch.inputs import find_archives  # noqa: E402
from tests.batch.study_archives import build_study  # noqa: E402

KINDS = ("facebook", "facebook-parts", "instagram", "takeout", "folder") * 2


def measure(cmd: list[str], env: dict) -> tuple[float, float]:
    """(seconds, peak RSS of the whole process tree in MB)."""
    dt, peak, _, _ = run_measured(cmd, env, interval=0.1)
    return dt, peak / 2**20


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--archives", type=int, default=8)
    ap.add_argument("--photos", type=int, default=40, help="photos per archive")
    ap.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    args = ap.parse_args()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    data = Path(env["EXPOSURE_TEST_DATA"])
    base = Path(tempfile.mkdtemp(prefix="xbb", dir="/tmp"))  # short: Ray's socket paths
    try:
        source = base / "in"
        build_study(data, source, per_archive=args.photos, kinds=KINDS[: args.archives])
        archives = find_archives(source, base / "b")
        n = len(archives) * args.photos
        exe = [sys.executable, "-m", "exposure"]
        t_scan, rss_scan = 0.0, 0.0
        for a in archives:
            out = base / "s" / a.name
            dt, rss = measure([*exe, "scan", *a.paths, "--out", str(out), "--quiet",
                               "--workers", str(args.workers)], env)  # fmt: skip
            t_scan, rss_scan = t_scan + dt, max(rss_scan, rss)
        t_batch, rss_batch = measure(
            [*exe, "batch", str(source), "--out", str(base / "b"), "--quiet",
             "--workers", str(args.workers)], env)  # fmt: skip
        t_again, _ = measure([*exe, "batch", str(source), "--out", str(base / "b"), "--quiet"], env)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    load = os.getloadavg()[0]
    print(f"{len(archives)} archives x {args.photos} photos ({n}), {args.workers} workers, "
          f"{os.cpu_count()} cores, load average {load:.1f} at the end:")  # fmt: skip
    print(f"  sequential scans: {n / t_scan:.2f} photos/s ({t_scan:.1f} s), "
          f"peak RSS {rss_scan:.0f} MB (largest scan)")  # fmt: skip
    print(f"  exposure batch:   {n / t_batch:.2f} photos/s ({t_batch:.1f} s), "
          f"peak RSS {rss_batch:.0f} MB (driver + Ray + actors)")  # fmt: skip
    print(f"  batch / scans: {t_scan / t_batch:.2f}x")
    print(f"  batch again (everything finished): {t_again:.1f} s")


if __name__ == "__main__":
    main()
