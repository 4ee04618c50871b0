"""Face ages on ../shared/data/ages: error per band, child vs adult, time per face.

    EXPOSURE_TEST_DATA=../shared/data python benchmarks/ages.py

Each 200 px UTKFace chip is padded with 100 px of black, face_recognition's HOG (1 upsample) finds
the face, and exposure.vision.ages reads its age. Prints the mean absolute error and mean signed
error per labelled band, the bands given, child vs adult right (teens not scored), and ms per face
(landmarks, chip and network; the model load apart). Then a check of calibration: a monotone map
from estimate to age (isotonic regression) fitted on one half of the faces and scored on the
other half, both ways round.
"""

from __future__ import annotations

import csv
import os
import sys
import time
import warnings
from pathlib import Path

import numpy as np
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from exposure.vision.ages import AgeEstimator, band  # noqa: E402

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import face_recognition

BANDS = ("baby", "child", "teen", "adult")
PAD = 100


def run(folder: Path) -> tuple[np.ndarray, np.ndarray, list[float], int]:
    """Labelled and estimated ages of the faces found, ms per face, and the faces missed."""
    est = AgeEstimator()
    t = time.perf_counter()
    est.estimate(np.zeros((100, 100, 3), np.uint8), [(20, 80, 80, 20)])
    print(f"model: {est.model_key}; load {1000 * (time.perf_counter() - t):.0f} ms")
    ages, estimates, times, missed = [], [], [], 0
    with open(folder / "labels.csv", newline="") as f:
        for row in csv.DictReader(f):
            chip = np.asarray(Image.open(folder / row["file"]).convert("RGB"))
            image = np.pad(chip, ((PAD, PAD), (PAD, PAD), (0, 0)))
            boxes = face_recognition.face_locations(image, 1, "hog")
            if not boxes:
                missed += 1
                continue
            box = max(boxes, key=lambda b: (b[2] - b[0]) * (b[1] - b[3]))
            t = time.perf_counter()
            estimates.append(est.estimate(image, [box])[0])
            times.append(1000 * (time.perf_counter() - t))
            ages.append(int(row["age"]))
    return np.array(ages), np.array(estimates), times, missed


def child_vs_adult(ages: np.ndarray, estimates: np.ndarray) -> tuple[int, int, int, int]:
    """Children (<= 12) read as baby/child and adults (>= 18) read as adult: right, of."""
    bands = np.array([band(e) for e in estimates])
    child, adult = ages <= 12, ages >= 18
    return (
        int(np.isin(bands[child], ["baby", "child"]).sum()),
        int(child.sum()),
        int((bands[adult] == "adult").sum()),
        int(adult.sum()),
    )


def report(ages: np.ndarray, estimates: np.ndarray) -> None:
    """Error per labelled band, the bands given, and child vs adult."""
    print(f"{'labelled':9s} {'faces':>5s} {'MAE':>6s} {'bias':>6s}   given: " + " ".join(BANDS))
    truth = np.array([band(a) for a in ages])
    given = np.array([band(e) for e in estimates])
    for b in BANDS:
        m = truth == b
        err = estimates[m] - ages[m]
        counts = " ".join(f"{int((given[m] == g).sum()):>{len(g)}d}" for g in BANDS)
        print(f"{b:9s} {m.sum():5d} {np.abs(err).mean():6.1f} {err.mean():+6.1f}          {counts}")
    c, nc, a, na = child_vs_adult(ages, estimates)
    print(f"child vs adult right: {c + a}/{nc + na} = {(c + a) / (nc + na):.1%}", end=" ")
    print(f"(children {c}/{nc}, adults {a}/{na})")


def isotonic(x: np.ndarray, y: np.ndarray):
    """A non-decreasing step map fitted to (x, y) by pool-adjacent-violators."""
    order = np.argsort(x)
    xs, blocks = x[order], [[float(v), 1] for v in y[order]]
    merged: list[list[float]] = []
    for v, n in blocks:
        merged.append([v, n])
        while len(merged) > 1 and merged[-2][0] > merged[-1][0]:
            v2, n2 = merged.pop()
            v1, n1 = merged.pop()
            merged.append([(v1 * n1 + v2 * n2) / (n1 + n2), n1 + n2])
    fitted = np.repeat([v for v, _ in merged], [int(n) for _, n in merged])
    return lambda q: np.interp(q, xs, fitted)


def calibration(ages: np.ndarray, estimates: np.ndarray) -> None:
    """Child vs adult and MAE on each half, raw and through a map fitted on the other half."""
    halves = np.arange(len(ages)) % 2 == 0
    for name, fit in (("even", halves), ("odd", ~halves)):
        test = ~fit
        f = isotonic(estimates[fit], ages[fit])
        for label, e in (("raw", estimates[test]), ("calibrated", f(estimates[test]))):
            c, nc, a, na = child_vs_adult(ages[test], e)
            mae = np.abs(e - ages[test]).mean()
            print(
                f"fit on {name:4s}, scored on the other half, {label:10s}: "
                f"child vs adult {c + a}/{nc + na} = {(c + a) / (nc + na):.1%}, MAE {mae:.1f}"
            )


def main() -> None:
    data = Path(os.environ.get("EXPOSURE_TEST_DATA", "../shared/data"))
    ages, estimates, times, missed = run(data / "ages")
    print(f"faces: {len(ages)} read, {missed} not found by HOG")
    report(ages, estimates)
    print(f"ms per face: median {np.median(times):.1f}, mean {np.mean(times):.1f} (1 thread)")
    calibration(ages, estimates)


if __name__ == "__main__":
    main()
