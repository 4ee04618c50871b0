"""The offline YOLO as shipped (int8, dynamically quantized), the same weights rewritten with float
convolutions (exposure/vision/onnx_float.py) and that rewrite statically quantized (int8 weights
and activations, exposure/vision/static_int8.py): time per photo and what each finds.

    EXPOSURE_MODELS=../shared/models EXPOSURE_TEST_DATA=../shared/data python benchmarks/yolo_float.py

One onnxruntime thread, the 72 COCO photos at their own size (YOLO reads a 640 px letterbox of
any photo), after one warm-up each. Prints: ms a photo for each graph, boxes found again by the
other (same class, IoU >= 0.5), photos with the same object labels, and image-level precision and
recall of each against COCO's labels (classes with at least 3 photos, score >= the tag threshold,
as tests/vision/test_vision.py counts them). Times are CPU time of this process (one thread), so
that other processes on a shared machine weigh less on them.
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from exposure.vision.vocabulary import TAG_SCORE  # noqa: E402
from exposure.vision.yolo_onnx import OnnxYoloDetector  # noqa: E402
from tests.vision.test_onnx_float import detectors, found_again  # noqa: E402
from tests.vision.test_vision import COCO_NAMES  # noqa: E402


def main() -> None:
    data = Path(os.environ["EXPOSURE_TEST_DATA"]) / "coco"
    model = Path(os.environ["EXPOSURE_MODELS"]) / "yolov8n_int8.onnx"
    photos = sorted((data / "images").glob("*.jpg"))
    truth = {}
    for p in photos:
        label = data / "labels" / f"{p.stem}.txt"
        lines = label.read_text().splitlines() if label.exists() else []
        truth[p] = {COCO_NAMES[int(s.split()[0])] for s in lines if s.strip()}
    counts = Counter(c for t in truth.values() for c in t)
    classes = {c for c, n in counts.items() if n >= 3}
    graphs = dict(zip(("int8 as shipped", "float rewrite"), detectors(model)))
    graphs["static int8"] = OnnxYoloDetector(str(model))
    found, times = {}, {}
    for name, det in graphs.items():
        det.detect([np.zeros((480, 640, 3), np.uint8)], [1.0])
        found[name], times[name] = [], 0.0
        for p in photos:
            image = np.asarray(Image.open(p).convert("RGB"))
            t0 = time.process_time()
            found[name].append(det.detect([image], [1.0])[0])
            times[name] += time.process_time() - t0
    print(f"{len(photos)} COCO photos, one thread")
    for name in graphs:
        tp = fp = fn = 0
        for p, dets in zip(photos, found[name]):
            got = {d.label for d in dets if d.score >= TAG_SCORE} & classes
            want = truth[p] & classes
            tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
        print(
            f"  {name}: {times[name] / len(photos) * 1000:.0f} ms a photo, "
            f"{sum(map(len, found[name]))} boxes, precision {tp / (tp + fp):.3f}, "
            f"recall {tp / (tp + fn):.3f}"
        )
    names = list(graphs)
    for before, after in zip(names, names[1:]):
        a, b = found[before], found[after]
        same = sum(labels(x) == labels(y) for x, y in zip(a, b))
        print(
            f"  {before} boxes found again by {after}: {sum(map(found_again, a, b))}/"
            f"{sum(map(len, a))}; same object labels on {same}/{len(photos)} photos"
        )


def labels(detections) -> set[str]:
    """The object labels a photo is tagged with."""
    return {d.label for d in detections if d.score >= TAG_SCORE}


if __name__ == "__main__":
    main()
