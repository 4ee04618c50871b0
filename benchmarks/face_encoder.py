"""dlib's face ResNet on onnxruntime (exposure/vision/face_encoder.py) against dlib's own, as
face_recognition runs it: the same encodings, time a face, and the encoder's load time.

    EXPOSURE_TEST_DATA=../shared/data python benchmarks/face_encoder.py [--quick]

Every face that face_recognition's HOG finds (upsample 1) in data/faces (all folders),
data/ages (each 200 px crop padded by 100 px, as benchmarks/clusters.py reads them) and
data/coco/images is encoded by `face_recognition.face_encodings` and by `DlibFaces` (the ONNX
encoder) on the same boxes. Prints the max and mean L2 distance per set, then the network's time
a face on one thread (dlib's `compute_face_descriptor` on a chip, onnxruntime on the same chip
alone and in batches of 8), and `DlibFaces()`'s load time in a fresh process with either
encoder (median of 3; numpy imported first, as in a worker). --quick: 10 photos a set. On a
shared machine the times carry the load.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
import warnings
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from exposure.vision.dlib_faces import DlibFaces  # noqa: E402

PHOTOS = {".jpg", ".jpeg", ".png"}


def photo_sets(data: Path, quick: bool) -> dict[str, list]:
    """{set name: [(path, padding)]} of the photos whose faces are compared."""
    sets = {
        "faces": [(p, 0) for p in sorted((data / "faces").rglob("*")) if p.suffix in PHOTOS],
        "ages": [(p, 100) for p in sorted((data / "ages").glob("*.jpg"))],
        "coco": [(p, 0) for p in sorted((data / "coco" / "images").glob("*.jpg"))],
    }
    return {k: v[:10] if quick else v for k, v in sets.items()}


def load(path: Path, pad: int) -> np.ndarray:
    """The photo as RGB uint8, padded with grey by `pad` px."""
    im = ImageOps.exif_transpose(Image.open(path)).convert("RGB")
    return np.asarray(ImageOps.expand(im, pad, (128, 128, 128)) if pad else im)


def distances(fr, ours: DlibFaces, photos: list) -> tuple[np.ndarray, list]:
    """L2 distances, one a face, between face_recognition's encodings and ours; and the
    (image, boxes) of each photo with faces."""
    out, found = [], []
    for path, pad in photos:
        image = load(path, pad)
        boxes = fr.face_locations(image, 1)
        if not boxes:
            continue
        theirs = np.array(fr.face_encodings(image, boxes, 1, "small"))
        mine = np.array(ours.face_encodings(image, boxes))
        out.extend(np.linalg.norm(theirs - mine, axis=1))
        found.append((image, boxes))
    return np.array(out), found


def timings(ours: DlibFaces, found: list, limit: int = 64) -> None:
    """ms a face of each encoder's network on the same chips (one thread)."""
    import dlib

    from exposure.vision.face_encoder import model_path

    chips = []
    for image, boxes in found:
        for t, r, b, lf in boxes:
            shape = ours._landmarks(image, dlib.rectangle(lf, t, r, b))
            chips.append(dlib.get_face_chip(image, shape, 150, 0.25))
    chips = chips[:limit]
    net = dlib.face_recognition_model_v1(model_path())
    net.compute_face_descriptor(chips[0])
    t0 = time.perf_counter()
    for chip in chips:
        net.compute_face_descriptor(chip)
    dlib_ms = (time.perf_counter() - t0) / len(chips) * 1000
    onnx = ours._onnx
    onnx.encode(np.stack(chips[:8]))
    t0 = time.perf_counter()
    for chip in chips:
        onnx.encode(chip[None])
    alone = (time.perf_counter() - t0) / len(chips) * 1000
    t0 = time.perf_counter()
    for i in range(0, len(chips), 8):
        onnx.encode(np.stack(chips[i : i + 8]))
    batched = (time.perf_counter() - t0) / len(chips) * 1000
    print(
        f"network, ms a face ({len(chips)} faces, one thread): dlib {dlib_ms:.1f}; "
        f"onnxruntime {alone:.1f} alone, {batched:.1f} in batches of 8"
    )


def load_time(onnx: bool) -> float:
    """Seconds of DlibFaces(onnx=...) in a fresh process, numpy imported first."""
    script = (
        "import time, numpy; t = time.perf_counter(); "
        "from exposure.vision.dlib_faces import DlibFaces; "
        f"f = DlibFaces(onnx={onnx}); print(time.perf_counter() - t, f.encoder)"
    )
    out = subprocess.run(
        [sys.executable, "-W", "ignore", "-c", script],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    return float(out.stdout.split()[0])


def main() -> None:
    data = Path(os.environ["EXPOSURE_TEST_DATA"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import face_recognition as fr
    ours = DlibFaces()
    assert ours.encoder == "onnx", ours.encoder_note
    every, found_all = [], []
    for name, photos in photo_sets(data, "--quick" in sys.argv).items():
        d, found = distances(fr, ours, photos)
        every.extend(d)
        found_all.extend(found)
        print(f"{name:<6} {len(d):>4} faces: L2 max {d.max():.2e}, mean {d.mean():.2e}")
    d = np.array(every)
    print(f"all    {len(d):>4} faces: L2 max {d.max():.2e}, mean {d.mean():.2e}")
    timings(ours, found_all)
    for onnx in (False, True):
        runs = [load_time(onnx) for _ in range(3)]
        which = "onnxruntime" if onnx else "dlib"
        print(f"DlibFaces() with {which}'s encoder: {statistics.median(runs):.2f} s (median of 3)")


if __name__ == "__main__":
    main()
