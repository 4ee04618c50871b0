"""Text in photos: time per photo, and the score threshold that keeps words and drops junk.

    EXPOSURE_TEST_DATA=../shared/data python benchmarks/text.py [--photos 24]

Timing: COCO photos upscaled to 2048 px on the long side (as benchmarks/vision.py does), read
with one onnxruntime thread; detection (on the copy of at most 1280 px, shrink included) and
recognition (of the boxes found) are timed apart, after one warm-up photo. On a shared machine
the figures carry the load of everything else running: say so when quoting them.

Threshold: every line read on the photographed documents, on the COCO sign photos and on the
photos without text (COCO and faces/, checked by eye; see tests/builders/text_photos.py) is kept with its
score, then the junk filter is applied at several thresholds: document word recall, words of the
signs, and lines claimed on photos without text.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from exposure.vision import text as text_module  # noqa: E402
from exposure.vision.text import TextLine, TextReader, keep  # noqa: E402
from tests.builders.text_photos import (  # noqa: E402
    COCO,
    DOCUMENTS,
    NO_TEXT_COCO,
    SIGNS_COCO,
    faces_without_text,
    load,
    photograph,
    recall,
)

THRESHOLDS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)


def upscaled(path: Path, side: int = 2048):
    """A COCO photo resized to `side` px on the long side, RGB array."""
    import numpy as np

    with Image.open(path) as im:
        im = im.convert("RGB")
        f = side / max(im.size)
        return np.asarray(im.resize((round(im.width * f), round(im.height * f)), Image.BICUBIC))


def timing(reader: TextReader, photos: list[Path]) -> None:
    det, rec, boxes = [], [], []
    reader.read(upscaled(photos[0]))  # warm-up
    for path in photos:
        image = upscaled(path)
        t0 = time.perf_counter()
        quads = reader.detect(image)
        t1 = time.perf_counter()
        if quads:
            reader.recognise(image, quads)
        t2 = time.perf_counter()
        det.append((t1 - t0) * 1000)
        rec.append((t2 - t1) * 1000)
        boxes.append(len(quads))
    n = len(photos)
    print(f"{n} COCO photos at 2048 px, 1 thread (shared machine: figures include contention)")
    print(
        f"  detection   {statistics.mean(det):7.0f} ms/photo (median {statistics.median(det):.0f})"
    )
    print(
        f"  recognition {statistics.mean(rec):7.0f} ms/photo (median {statistics.median(rec):.0f}; "
        f"{sum(boxes) / n:.1f} boxes/photo, {sum(rec) / max(1, sum(boxes)):.0f} ms/box)"
    )
    print(f"  total       {statistics.mean(d + r for d, r in zip(det, rec)):7.0f} ms/photo")


def raw_lines(reader: TextReader, image) -> list[TextLine]:
    """Every line read, unfiltered."""
    quads = reader.detect(image)
    if not quads:
        return []
    texts, scores = reader.recognise(image, quads)
    return [TextLine(t.strip(), float(s), (0, 0, 0, 0)) for t, s in zip(texts, scores)]


def thresholds(reader: TextReader, data: Path) -> None:
    docs = [(d.words, raw_lines(reader, photograph(d, i))) for i, d in enumerate(DOCUMENTS)]
    signs = [(w, raw_lines(reader, load(data / COCO.format(p)))) for p, w in SIGNS_COCO.items()]
    blank_photos = [data / COCO.format(p) for p in NO_TEXT_COCO] + faces_without_text(data)
    blank = [raw_lines(reader, load(p)) for p in blank_photos]
    junk = sorted((ln.score, ln.text) for lines in blank for ln in lines if keep(ln, 0.0))
    print(f"\nraw lines of 3+ characters on {len(blank)} photos without text: {len(junk)}")
    print("  highest scores:", ", ".join(f"{t!r} {s:.2f}" for s, t in junk[-5:]))
    print("threshold  doc words  signs  lines on photos without text")
    for t in THRESHOLDS:
        hits = total = 0
        for expected, lines in docs:
            h, n = recall(expected, [ln.text for ln in lines if keep(ln, t)])
            hits, total = hits + h, total + n
        sign_hits = sum(
            any(w in ln.text.lower() for ln in lines if keep(ln, t)) for w, lines in signs
        )
        claimed = sum(1 for lines in blank for ln in lines if keep(ln, t))
        print(f"  {t:.2f}     {hits / total:6.1%}    {sign_hits}/{len(signs)}    {claimed}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=24, help="COCO photos to time")
    parser.add_argument("--side", type=int, default=None, help="detection copy, px")
    parser.add_argument(
        "--detector",
        choices=("installed", "v6"),
        default="installed",
        help="v6: rapidocr's PP-OCRv6 detector even where PP-OCRv4's mobile one is installed",
    )
    parser.add_argument("--no-timing", action="store_true", help="only the threshold table")
    parser.add_argument(
        "--float", action="store_true", help="the detector in float, not statically quantized"
    )
    args = parser.parse_args()
    data = Path(os.environ.get("EXPOSURE_TEST_DATA", ROOT.parent / "shared" / "data"))
    if args.detector == "v6":
        text_module.FAST_PACKAGE = "no PP-OCRv4 detector"
    reader = TextReader(side=args.side, int8=not args.float)
    print(reader.model_key)
    photos = sorted((data / "coco" / "images").glob("*.jpg"))[: args.photos]
    if not args.no_timing:
        timing(reader, photos)
    thresholds(reader, data)


if __name__ == "__main__":
    main()
