"""First answers early: when the interim report appears, and whether its sure claims hold.

    EXPOSURE_MODELS=../shared/models EXPOSURE_TEST_DATA=../shared/data \
        python benchmarks/interim.py --photos 2000 --seed 3

Builds a folder archive of N photos from ../shared/data (each re-encoded at 1600 px with its own
EXIF time and GPS, so every one is a new photo): three years of evenings at home, a dog, weekly
sports, trips to Lisbon and Rome. Runs `exposure scan` with every model on (two workers) and
watches the output folder: the time the interim results.json appears (and the share of photos it
rests on), the time of the full one, and whether the claims the interim report makes at 0.8 or
more are among the full report's. The issue's targets: the interim report in under a tenth of
the full scan's time; its claims at >= 0.8 a subset of the full report's.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.builders.common import exif_with  # noqa: E402

HOME, SPORT = (52.3676, 4.9041), (52.3400, 4.8700)
TRIPS = {"lisbon": (38.7223, -9.1393), "rome": (41.9028, 12.4964)}
DOGS = range(151, 269)  # ImageNet's dog classes


def sources(data: Path) -> tuple[list[Path], list[Path]]:
    """(dog photos, other photos) of ../shared/data."""
    imagenet = sorted((data / "imagenet").glob("*.jpg"))
    dogs = [p for p in imagenet if int(p.name[:4]) in DOGS]
    others = [p for p in imagenet if p not in dogs] + sorted((data / "coco" / "images").glob("*"))
    return dogs, others + sorted((data / "ages").glob("*.jpg"))


def build(root: Path, data: Path, n: int, rng: random.Random) -> Path:
    """A folder archive of `n` photos of one made-up life; returns it."""
    dogs, others = sources(data)
    start = datetime(2021, 1, 1)
    root.mkdir(parents=True)
    for i in range(n):
        day = start + timedelta(days=rng.randrange(3 * 365))
        kind = rng.random()
        if kind < 0.08:  # trips: a week in each city, one year each
            city = rng.choice(sorted(TRIPS))
            year = 2022 if city == "lisbon" else 2023
            day = datetime(year, 5 if city == "lisbon" else 9, 10 + rng.randrange(6))
            when, at, src = day.replace(hour=13), TRIPS[city], rng.choice(others)
        elif kind < 0.2:  # Saturday mornings at the sports ground
            day -= timedelta(days=(day.weekday() - 5) % 7)
            when, at, src = day.replace(hour=10), SPORT, rng.choice(others)
        else:  # evenings at home, a dog in a third of them
            src = rng.choice(dogs) if rng.random() < 0.33 else rng.choice(others)
            when, at = day.replace(hour=19 + rng.randrange(3)), HOME
        jitter = (rng.uniform(-2e-4, 2e-4), rng.uniform(-2e-4, 2e-4))
        gps = (at[0] + jitter[0], at[1] + jitter[1])
        with Image.open(src) as im:
            im = im.convert("RGB")
            im.thumbnail((1600, 1600))
            exif = exif_with(when.strftime("%Y:%m:%d %H:%M:%S"), gps, "Phone", "X1")
            im.save(root / f"IMG_{i:05d}.jpg", quality=88, exif=exif)
    return root


def sure(results: dict) -> set[str]:
    """The rule ids claimed at 0.8 or more."""
    return {i["rule_id"] for i in results["inferences"] if i["confidence"] >= 0.8}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--photos", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    data, models = Path(os.environ["EXPOSURE_TEST_DATA"]), os.environ["EXPOSURE_MODELS"]
    with tempfile.TemporaryDirectory(prefix="exposure-bench-interim-") as tmp:
        archive = build(Path(tmp) / "photos", data, args.photos, random.Random(args.seed))
        out = Path(tmp) / "out"
        cmd = [sys.executable, "-m", "exposure", "scan", str(archive), "--out", str(out)]
        cmd += ["--models", models, "--workers", str(args.workers)]
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
        interim, t_interim = None, None
        while proc.poll() is None:
            time.sleep(0.5)
            if interim is None and (out / "results.json").is_file():
                try:
                    data_now = json.loads((out / "results.json").read_text(encoding="utf-8"))
                except ValueError:
                    continue
                if "interim" in data_now:
                    interim, t_interim = data_now, time.perf_counter() - t0
        t_full = time.perf_counter() - t0
        err = proc.stderr.read() if proc.stderr else ""
        if proc.returncode != 0:
            sys.exit(f"scan failed ({proc.returncode}): {err[-2000:]}")
        full = json.loads((out / "results.json").read_text(encoding="utf-8"))
    print(f"{args.photos} photos, every model on, {args.workers} workers (seed {args.seed}):")
    print(f"  full report after {t_full:.0f} s ({args.photos / t_full:.2f} photos/s)")
    if interim is None:
        print("  no interim report seen")
        return
    share = interim["interim"]["photos_share"]
    print(
        f"  interim report after {t_interim:.0f} s ({100 * t_interim / t_full:.1f}% of the full "
        f"scan's time), resting on {100 * share:.1f}% of the photos"
    )
    a, b = sure(interim), sure(full)
    print(f"  claims at >= 0.8: interim {sorted(a)}; full {sorted(b)}")
    print(f"  interim's sure claims among the full report's: {a <= b} (missing: {sorted(a - b)})")


if __name__ == "__main__":
    main()
