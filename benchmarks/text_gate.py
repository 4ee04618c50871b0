"""Gates that would skip reading text where none is likely: what each one costs, skips and loses.

    EXPOSURE_TEST_DATA=../shared/data python benchmarks/text_gate.py

A gate is worth having only if it loses at most 2% of the lines the full pass (exposure's
`TextReader.read`) keeps on the team's photos with text, and skips enough photos without text to
pay for itself on the photos it lets through. The photos: the photographed documents of
tests/builders/text_photos.py, the 72 COCO photos (signs among them) and the 54 of faces/, each at
2048 px. The gates measured, each at the threshold that loses the fewest lines:

- the text detector itself on a small copy (256, 320, 384 px): the photo goes on when its
  probability map reaches the threshold anywhere;
- edge density on the detector's own 576 px copy: the densest 24 px tile of Canny edges, and the
  share of tiles above 15% edges.

Prints, per gate: its time per photo (one thread), and at each threshold the photos skipped and the
lines lost. The full detector's time is printed beside them: a gate that costs c and skips a share
s of the photos pays when c < s x the detection time.

Measured (2026-12-04, shared machine, thread CPU time): the full read 90 ms a photo; the detector
at 384 px costs 32 ms and skips 101 of 131 photos but loses 3 of the 57 lines (5%, small signs);
at 256 and 320 px it loses 23 and 13. Edge density loses a line before it skips 6 photos: text
and textures (zebras, foliage) have the same edges. No gate both keeps 98% of the lines and pays
for itself, so exposure reads every photo in full.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from exposure.vision.text import FAST_SIDE, TextReader, _shrink  # noqa: E402
from tests.builders.text_photos import DOCUMENTS, load, photograph  # noqa: E402

SMALL_SIDES = (256, 320, 384)
MAP_THRESHOLDS = (0.1, 0.3, 0.5)
TILE = 24


def photos(data: Path) -> list[tuple[str, np.ndarray]]:
    """(name, RGB array at 2048 px) of every photo the gate is judged on."""
    out = [(f"document {d.name}", photograph(d, i)) for i, d in enumerate(DOCUMENTS)]
    out += [(p.name, load(p)) for p in sorted((data / "coco" / "images").glob("*.jpg"))]
    out += [(str(p.relative_to(data)), load(p)) for p in sorted((data / "faces").rglob("*.jpg"))]
    return out


def map_max(reader: TextReader, image: np.ndarray, side: int) -> float:
    """The highest text probability the detector gives a copy of `image` of at most `side` px."""
    small, _ = _shrink(image, side)
    det = reader.detector
    pre = det.get_preprocess()(np.ascontiguousarray(small[:, :, ::-1]))
    return float(det.session(pre)[0, 0].max())


def edges(image: np.ndarray) -> tuple[float, float]:
    """(the densest tile's share of Canny edge pixels, the share of tiles above 15%), on the
    detector's 576 px copy."""
    import cv2

    small, _ = _shrink(image, FAST_SIDE)
    e = cv2.Canny(cv2.cvtColor(small, cv2.COLOR_RGB2GRAY), 80, 200)
    h, w = e.shape
    tiles = e[: h // TILE * TILE, : w // TILE * TILE].reshape(h // TILE, TILE, w // TILE, TILE)
    density = tiles.mean(axis=(1, 3)) / 255
    return float(density.max()), float((density > 0.15).mean())


def report(name: str, scores: list[float], lines: list[int], thresholds) -> None:
    """Photos skipped and lines lost when photos scoring under each threshold are skipped."""
    total = sum(lines)
    cells = []
    for t in thresholds:
        skipped = [n for s, n in zip(scores, lines) if s < t]
        cells.append(f"<{t:g}: skips {len(skipped)}, loses {sum(skipped)}/{total}")
    print(f"  {name}: " + "; ".join(cells))


def main() -> None:
    data = Path(os.environ.get("EXPOSURE_TEST_DATA", ROOT.parent / "shared" / "data"))
    reader = TextReader()
    items = photos(data)
    lines, spent = [], {"full read": 0.0}
    maps = {s: [] for s in SMALL_SIDES}
    dens, share = [], []
    for _, image in items:
        t0 = time.thread_time()
        lines.append(len(reader.read(image)))
        spent["full read"] += time.thread_time() - t0
        for side in SMALL_SIDES:
            t0 = time.thread_time()
            maps[side].append(map_max(reader, image, side))
            spent[f"detector at {side}"] = spent.get(f"detector at {side}", 0.0)
            spent[f"detector at {side}"] += time.thread_time() - t0
        t0 = time.thread_time()
        d, s = edges(image)
        spent["edges"] = spent.get("edges", 0.0) + time.thread_time() - t0
        dens.append(d)
        share.append(s)
    n = len(items)
    print(
        f"{n} photos at 2048 px, {sum(1 for x in lines if x)} with text, {sum(lines)} lines read "
        "by the full pass; CPU ms a photo: "
        + ", ".join(f"{k} {1000 * v / n:.0f}" for k, v in spent.items())
    )
    for side in SMALL_SIDES:
        report(f"detector at {side} px, map max", maps[side], lines, MAP_THRESHOLDS)
    text_dens = sorted(d for d, x in zip(dens, lines) if x)[:3]
    text_share = sorted(s for s, x in zip(share, lines) if x)[:3]
    report("densest edge tile", dens, lines, text_dens)
    report("share of edge tiles", share, lines, text_share)


if __name__ == "__main__":
    main()
