"""Face clusters before and after cannot-link and the merge of close clusters, on real faces.

    EXPOSURE_TEST_DATA=../shared/data EXPOSURE_MODELS=../shared/models \
        python benchmarks/clusters.py [--out DIR] [--ages]

Scans ../shared/data/faces with exposure (or reuses the scan in --out), labels the largest face
of each photo of a known identity (folder person_a … person_h, knn_examples/train/<name>/, or the
name in the file), and prints BCubed precision, recall and F1 of the clustering before (average
linkage only) and after. --ages adds the 187 faces of ../shared/data/ages, each a different
person, 80 of them children: a test of precision where faces are closest. Last, the held-out
failure: one person's 30 photos in two groups (20 + 10) beside the nearest other person, from
real encodings, over 20 draws.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import warnings
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from exposure.derive.people import FaceClusterer  # noqa: E402
from tests.derive.test_face_clusters import (  # noqa: E402
    bcubed_f1,
    labelled,
    scanned_faces,
    two_groups_beside_another,
)

BEFORE = {"merge_min_size": 10**9}  # no merge step; and fit without groups: no cannot-link


def scan_faces(data: Path, models: Path, out: Path) -> Path:
    """The output folder of a scan of data/faces (reused when it holds one)."""
    from exposure.analysis import scan
    from exposure.config import Config

    if not (out / "exposure.db").is_file():
        t0 = time.perf_counter()
        scan(Config(out_dir=out, models_dir=models, quiet=True), [data / "faces"])
        print(f"scanned {data / 'faces'} in {time.perf_counter() - t0:.0f} s")
    return out


def ages_encodings(data: Path) -> np.ndarray:
    """One encoding per face of data/ages (200 px crops, padded so the detector sees a margin)."""
    from PIL import Image, ImageOps

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import face_recognition as fr
    found = []
    for path in sorted((data / "ages").glob("*.jpg")):
        im = np.asarray(ImageOps.expand(Image.open(path).convert("RGB"), 100, (128, 128, 128)))
        boxes = fr.face_locations(im, 1)
        if len(boxes) == 1:
            found.append(fr.face_encodings(im, boxes, model="small")[0])
    return np.array(found, np.float32)


def report(name: str, X, groups, truth) -> None:
    """BCubed before and after, and the clusters holding two faces of one photo."""
    for when, labels in (
        ("before", FaceClusterer(**BEFORE).fit_predict(X)),
        ("after", FaceClusterer().fit_predict(X, groups=groups)),
    ):
        p, r, f1 = bcubed_f1(truth, labels)
        clashes = sum(n > 1 for n in Counter(zip(labels, groups)).values())
        print(
            f"  {name:<28} {when:<6} P={p:.3f} R={r:.3f} F1={f1:.3f}  "
            f"clusters {len(set(labels)):>3}, holding two faces of one photo: {clashes}"
        )


def held_out(X: np.ndarray, truth: list, draws: int = 20) -> None:
    """person_b's real encodings as two groups (20 + 10), beside person_c's."""
    counts = {"before": [0, 0], "after": [0, 0]}
    for seed in range(draws):
        Z = two_groups_beside_another(X, truth, np.random.default_rng(seed))
        for when, model in (("before", FaceClusterer(**BEFORE)), ("after", FaceClusterer())):
            labels = model.fit_predict(Z)
            counts[when][0] += len(set(labels[:30])) == 1
            counts[when][1] += bool(set(labels[:30]) & set(labels[30:]))
    for when, (one, mixed) in counts.items():
        print(
            f"  {'20 + 10 of person_b':<28} {when:<6} one person in {one}/{draws} draws, "
            f"joined with person_c in {mixed}/{draws}"
        )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, help="scan output folder to reuse or fill")
    ap.add_argument("--ages", action="store_true", help="add the faces of ../shared/data/ages")
    args = ap.parse_args()
    data = Path(os.environ.get("EXPOSURE_TEST_DATA", ROOT.parent / "shared" / "data"))
    models = Path(os.environ.get("EXPOSURE_MODELS", ROOT.parent / "shared" / "models"))
    out = args.out or Path(tempfile.mkdtemp(prefix="exposure-clusters-")) / "out"
    paths, photo_ids, X, heights = scanned_faces(scan_faces(data, models, out))
    truth = labelled(paths, photo_ids, heights)
    groups = np.array(photo_ids)
    print(f"{len(X)} faces in {len(set(photo_ids))} photos, {sum(map(bool, truth))} labelled")
    report("faces", X, groups, truth)
    if args.ages:
        A = ages_encodings(data)
        ids = [f"ages-{i}" for i in range(len(A))]
        report(
            f"faces + {len(A)} ages", np.vstack([X, A]), np.concatenate([groups, ids]), truth + ids
        )
        report(f"{len(A)} ages only", A, np.array(ids), ids)
    held_out(X, truth)


if __name__ == "__main__":
    main()
