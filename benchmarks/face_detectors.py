"""Face detectors side by side: exposure's HOG (with and without YOLO persons) against MTCNN.

    EXPOSURE_MODELS=../shared/models EXPOSURE_TEST_DATA=../shared/data \
        python benchmarks/face_detectors.py [--sheets DIR]

Needs `pip install --no-deps facenet-pytorch` (2.6.0 pins numpy<2, torch<2.3, Pillow<10.3; it
runs with the project's versions). Takes about 5 CPU minutes.

Detectors, one thread each (as in a scan worker):
- `hog`: exposure.faces.FaceAnalyzer given no persons: its whole-photo pass alone, as on a photo
  where YOLO found nobody (pyramid from <= NOBODY_LEVEL px: faces of a quarter of the photo);
- `hog+yolo`: FaceAnalyzer as a scan runs it, with the YOLO person boxes (yolov8n_int8.onnx, score
  >= PERSON_SCORE) whose heads get a look; YOLO's own time is not counted (a scan runs it anyway);
- `mtcnn`: facenet-pytorch's MTCNN (weights in its wheel; min face 20 px, thresholds 0.6/0.7/0.7)
  on the 1600 px working copy the encodings come from; `mtcnn>=.95` keeps its surer faces only.
HOG's time is detection only: the 128-d encodings FaceAnalyzer computes are timed apart ("enc"),
and MTCNN boxes would need the same encodings.

Photo sets and what is counted:
- faces/ (59 photos, every one with a face): recall = photos where at least one face is found.
- COCO (72 photos): a labelled person whose box is at least 280 px tall (head about 1/7 of it,
  so >= 40 px) is found when a face's centre lies in the top 40% of the box. Faces whose centre
  lies in no labelled person box are "stray" (false, or a person COCO did not label).
- ages/ (190 UTKFace chips padded to 400 px): recall = chips whose centre lies in a face box;
  any other face is stray.
With --sheets DIR, the stray faces of each detector are saved as contact sheets, to be judged by
eye (precision), with a random sample of all faces found.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import sys
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from exposure.types import box_to_css  # noqa: E402
from exposure.vision.decode import decode  # noqa: E402
from exposure.vision.faces import PERSON_SCORE, FaceAnalyzer  # noqa: E402
from exposure.vision.models import load_detector  # noqa: E402
from exposure.vision.pool import DRAFT_SIDE, WORK_SIDE  # noqa: E402

HEAD = 40  # px: a COCO person counts when its head (box height / 7) is at least this tall
PAD = 100
CENTRE = PAD + 100  # the middle of a padded 200 px chip
MTCNN_SURE = 0.95
Box = tuple[int, int, int, int]  # top, right, bottom, left, original pixels


@dataclass
class Photo:
    name: str
    data: bytes
    persons: list[tuple[float, float, float, float]] = field(default_factory=list)  # labelled


@dataclass
class Found:
    boxes: list[Box]
    seconds: float
    encode_seconds: float = 0.0
    scores: list[float] = field(default_factory=list)


def _jpeg(array: np.ndarray) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(array).save(buf, "JPEG", quality=95)
    return buf.getvalue()


def photo_sets(data: Path) -> dict[str, list[Photo]]:
    """The three sets, as encoded files (a scan decodes each photo itself)."""
    faces = sorted(
        p
        for p in (data / "faces").rglob("*")
        if p.suffix.lower() in (".jpg", ".jpeg", ".png") and "LICENSE" not in p.name
    )
    coco = []
    for p in sorted((data / "coco" / "images").glob("*.jpg")):
        w, h = Image.open(p).size
        label = data / "coco" / "labels" / f"{p.stem}.txt"
        persons = []
        for line in label.read_text().splitlines() if label.exists() else []:
            c, cx, cy, bw, bh = map(float, line.split())
            if int(c) == 0:
                persons.append(
                    ((cx - bw / 2) * w, (cy - bh / 2) * h, (cx + bw / 2) * w, (cy + bh / 2) * h)
                )
        coco.append(Photo(p.name, p.read_bytes(), persons))
    ages = []
    for p in sorted((data / "ages").glob("*.jpg")):
        chip = np.asarray(Image.open(p).convert("RGB"))
        ages.append(Photo(p.name, _jpeg(np.pad(chip, ((PAD, PAD), (PAD, PAD), (0, 0))))))
    return {
        "faces": [Photo(str(p.relative_to(data)), p.read_bytes()) for p in faces],
        "coco": coco,
        "ages": ages,
    }


class _TimedEncodings:
    """face_recognition, with the time spent in face_encodings added up."""

    def __init__(self, fr):
        self.fr, self.seconds = fr, 0.0

    def __getattr__(self, name):
        return getattr(self.fr, name)

    def face_encodings(self, *args, **kwargs):
        t = time.perf_counter()
        try:
            return self.fr.face_encodings(*args, **kwargs)
        finally:
            self.seconds += time.perf_counter() - t


def run_hog(analyzer: FaceAnalyzer, dec, persons) -> Found:
    timed = _TimedEncodings(analyzer.fr)
    analyzer.fr = timed
    t = time.perf_counter()
    faces = analyzer.analyse(dec.detect, dec.detect_scale, dec.image, dec.scale, persons)
    seconds = time.perf_counter() - t
    analyzer.fr = timed.fr
    boxes = [box_to_css(f.box) for f in faces]  # Face boxes are (x0, y0, x1, y1)
    return Found(boxes, seconds - timed.seconds, timed.seconds)


def run_mtcnn(mtcnn, dec) -> Found:
    t = time.perf_counter()
    boxes, probs = mtcnn.detect(Image.fromarray(dec.image))
    seconds = time.perf_counter() - t
    if boxes is None:
        return Found([], seconds)
    s = dec.scale
    out = [(round(y0 * s), round(x1 * s), round(y1 * s), round(x0 * s)) for x0, y0, x1, y1 in boxes]
    return Found(out, seconds, scores=[float(p) for p in probs])


def _centre(box: Box) -> tuple[float, float]:
    t, r, b, lf = box
    return (lf + r) / 2, (t + b) / 2


def _in_head(box: Box, person) -> bool:
    x, y = _centre(box)
    x0, y0, x1, y1 = person
    return x0 <= x <= x1 and y0 <= y <= y0 + 0.4 * (y1 - y0)


def _in(box: Box, person) -> bool:
    x, y = _centre(box)
    x0, y0, x1, y1 = person
    return x0 <= x <= x1 and y0 <= y <= y1


def score(set_name: str, photos: list[Photo], found: list[Found]) -> tuple[str, list]:
    """Recall as described for the set, and the stray faces (photo index, box)."""
    stray = []
    if set_name == "faces":
        hits = sum(bool(f.boxes) for f in found)
        return f"{hits}/{len(photos)} photos", stray
    if set_name == "ages":
        hits = 0
        for i, f in enumerate(found):
            centre = [b for b in f.boxes if b[0] <= CENTRE <= b[2] and b[3] <= CENTRE <= b[1]]
            hits += bool(centre)
            stray += [(i, b) for b in f.boxes if b not in centre]
        return f"{hits}/{len(photos)} chips", stray
    hits = total = 0
    for i, (p, f) in enumerate(zip(photos, found)):
        big = [q for q in p.persons if (q[3] - q[1]) / 7 >= HEAD]
        total += len(big)
        hits += sum(any(_in_head(b, q) for b in f.boxes) for q in big)
        stray += [(i, b) for b in f.boxes if not any(_in(b, q) for q in p.persons)]
    return f"{hits}/{total} persons", stray


def sheet(path: Path, photos: list[Photo], items: list[tuple[int, Box]], side: int = 96) -> None:
    """A contact sheet of face crops (with a quarter-face margin), 10 a row."""
    if not items:
        return
    tiles = []
    for i, (t, r, b, lf) in items:
        im = Image.open(io.BytesIO(photos[i].data)).convert("RGB")
        m = (b - t) // 4
        tiles.append(im.crop((lf - m, t - m, r + m, b + m)).resize((side, side)))
    rows = (len(tiles) + 9) // 10
    out = Image.new("RGB", (10 * side, rows * side), "white")
    for k, tile in enumerate(tiles):
        out.paste(tile, ((k % 10) * side, (k // 10) * side))
    out.save(path)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sheets", type=Path, help="save contact sheets of stray and sampled faces")
    args = ap.parse_args()
    data = Path(os.environ.get("EXPOSURE_TEST_DATA", "../shared/data"))
    models = Path(os.environ.get("EXPOSURE_MODELS", "../shared/models"))
    import torch

    torch.set_num_threads(1)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from facenet_pytorch import MTCNN
    mtcnn = MTCNN(keep_all=True, device="cpu")
    analyzer = FaceAnalyzer()
    yolo = load_detector(str(models / "yolov8n_int8.onnx"))
    sets = photo_sets(data)
    names = ("hog", "hog+yolo", "mtcnn", f"mtcnn>={MTCNN_SURE:.2f}")
    print(
        f"{'set':6s} {'detector':11s} {'recall':>17s} {'faces':>5s} {'stray':>5s} "
        f"{'ms/photo':>8s} {'enc ms':>6s}"
    )
    for set_name, photos in sets.items():
        results: dict[str, list[Found]] = {n: [] for n in names}
        for p in photos:
            dec = decode(p.data, WORK_SIDE, DRAFT_SIDE)
            dets = yolo.detect([dec.detect], [dec.detect_scale])[0]
            persons = [
                d.box
                for d in sorted(dets, key=lambda d: -d.score)
                if d.label == "person" and d.score >= PERSON_SCORE
            ]
            results["hog"].append(run_hog(analyzer, dec, []))
            results["hog+yolo"].append(run_hog(analyzer, dec, persons))
            m = run_mtcnn(mtcnn, dec)
            results["mtcnn"].append(m)
            sure = [(b, s) for b, s in zip(m.boxes, m.scores) if s >= MTCNN_SURE]
            results[names[3]].append(
                Found([b for b, _ in sure], m.seconds, scores=[s for _, s in sure])
            )
        for n in names:
            found = results[n]
            recall, stray = score(set_name, photos, found)
            ms = 1000 * np.mean([f.seconds for f in found])
            enc = 1000 * np.mean([f.encode_seconds for f in found])
            count = sum(len(f.boxes) for f in found)
            print(
                f"{set_name:6s} {n:11s} {recall:>17s} {count:5d} {len(stray):5d} {ms:8.0f} {enc:6.0f}"
            )
            if args.sheets:
                args.sheets.mkdir(parents=True, exist_ok=True)
                tag = n.replace(">=", "_")
                sheet(args.sheets / f"{set_name}_{tag}_stray.png", photos, stray)
                every = [(i, b) for i, f in enumerate(found) for b in f.boxes]
                sample = random.Random(7).sample(every, min(40, len(every)))
                sheet(args.sheets / f"{set_name}_{tag}_sample.png", photos, sample)


if __name__ == "__main__":
    main()
