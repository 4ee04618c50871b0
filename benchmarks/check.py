"""`exposure check` with warm models: how long "what would this photo add?" takes.

    EXPOSURE_MODELS=../shared/models EXPOSURE_TEST_DATA=../shared/data python benchmarks/check.py

Builds and scans tests/builders/check_story.py (twelve evenings at home), then checks, in one
process, a photographed boarding pass (OCR reads it: a new travel document), a landscape (nothing
new) and a photo already in the archive (no model runs). The first check loads the models (cold);
each is then timed `--repeat` times with the models loaded (warm). The issue's target: a check with
warm models under 10 s on 2 cores.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from exposure.analysis import scan  # noqa: E402
from exposure.check import check  # noqa: E402
from exposure.config import Config  # noqa: E402
from tests.builders import check_story  # noqa: E402


def timed(photo: Path, out: Path, models: Path) -> tuple[float, dict]:
    """(seconds, check document) of one check of `photo` against `out`."""
    t0 = time.perf_counter()
    document = check([photo], out, models)
    return time.perf_counter() - t0, document


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3, help="warm checks per photo")
    args = ap.parse_args()
    models, data = Path(os.environ["EXPOSURE_MODELS"]), Path(os.environ["EXPOSURE_TEST_DATA"])
    with tempfile.TemporaryDirectory(prefix="exposure-bench-check-") as tmp:
        root = Path(tmp)
        archive = check_story.build(data, root)
        t0 = time.perf_counter()
        scan(Config(out_dir=root / "out", models_dir=models, quiet=True), [archive])
        print(f"scan of {check_story.EVENINGS} photos: {time.perf_counter() - t0:.1f} s")
        (root / "new").mkdir()
        photos = {
            "boarding pass": check_story.boarding_pass(root / "new"),
            "landscape": check_story.landscape(data, root / "new"),
            "photo already in the archive": check_story.archive_photo(archive),
        }
        cold, _ = timed(photos["boarding pass"], root / "out", models)
        print(f"first check (models load): {cold:.1f} s")
        for name, photo in photos.items():
            runs = [timed(photo, root / "out", models) for _ in range(args.repeat)]
            seconds = sorted(t for t, _ in runs)
            exposes = runs[-1][1]["exposes"]
            print(
                f"{name}: warm check {seconds[len(seconds) // 2]:.2f} s median "
                f"(min {seconds[0]:.2f}, max {seconds[-1]:.2f}; exposes: {exposes})"
            )
    print(f"cores: {len(os.sched_getaffinity(0))}")


if __name__ == "__main__":
    main()
