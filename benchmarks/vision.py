"""Vision throughput: `exposure scan` against a naive baseline with the same models.

    EXPOSURE_MODELS=../shared/models EXPOSURE_TEST_DATA=../shared/data python benchmarks/vision.py

Real photos from EXPOSURE_TEST_DATA (COCO and face photos) are upscaled to 2048 and 4032 px on the
long side. The baseline does what a first script would: one process, each photo fully decoded,
`YOLO(model)(path)`, face_recognition on the full image, the classifier on the full image. Prints
photos/s for both, the ratio, the peak RSS of each process tree, how often both agree on the set of
object labels and on the face count (also counting the photos that differ only in faces smaller
than our whole-photo pass reaches: those ours looks for only in the heads of the persons YOLO
found, while the baseline scans the whole 2x-upsampled pyramid), and how much faster a rescan of the
unchanged archive is. Beside each wall-clock figure: the CPU time per photo (user + sys of the
process tree), the figure to compare on a machine shared with other work, and the load average
at the start. With text and ages on (the default), it also prints the CPU time each model adds
per photo, measured in one process on the same photos (YOLO, classifier, faces, ages, text; thread
time, `time_models`, the loop benchmarks/decode_draft.py times with too), and
the scan with `--no-text`, the models the baseline runs (ages, cheap, stay on). Then where the
scan's CPU goes: a table of its fixed costs (a worker's start and model load from an empty cache,
the files it derives from the installed models built by then, the same load with them read back;
`exposure report` on the scanned folder, the stages after vision; the parent's imports, ingest and
store as the rest) and its cost per photo (the models, each photo on one worker).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.measure import run_measured  # noqa: E402
from exposure.vision.faces import WINDOW, first_level  # noqa: E402
from exposure.vision.vocabulary import TAG_SCORE  # noqa: E402

BASELINE = r"""
import json, sys, warnings
warnings.simplefilter("ignore")
import os
os.environ.update(YOLO_OFFLINE="1", YOLO_AUTOINSTALL="false", YOLO_CONFIG_DIR=sys.argv[3])
import numpy as np, face_recognition
from PIL import Image
from ultralytics import YOLO
from exposure.vision.models import OnnxClassifier
models = sys.argv[2]
yolo = YOLO(os.path.join(models, "yolov8n_int8.onnx"), task="detect")
cls = OnnxClassifier(os.path.join(models, "mobilenet_v2_int8.onnx"))
out = {}
for path in json.load(open(sys.argv[1])):
    res = yolo(path, verbose=False)[0]
    labels = sorted({res.names[int(c)] for c, s in zip(res.boxes.cls.tolist(), res.boxes.conf.tolist())
                     if s >= TAG})
    image = face_recognition.load_image_file(path)
    locs = face_recognition.face_locations(image)
    face_recognition.face_encodings(image, locs)
    cls.classify([np.asarray(Image.open(path).convert("RGB"))])
    out[os.path.basename(path)] = {"labels": labels, "faces": len(locs),
                                   "sizes": sorted(b - t for t, r, b, l in locs)}
print(json.dumps(out))
"""


def prepare(data: Path, folder: Path, side: int, limit: int) -> list[Path]:
    """Up to `limit` real photos, each upscaled so its long side is `side` px.

    Past the 99 photos of the data set, mirrored copies make further distinct photos.
    """
    sources = sorted((data / "coco" / "images").glob("*.jpg"))
    faces = sorted((data / "faces").glob("person_*/*.jpg"))
    base = faces[: limit // 4] + sources + faces[limit // 4 :]
    picked = [(src, i >= len(base)) for i, src in enumerate(base * (1 + limit // len(base)))]
    folder.mkdir(parents=True)
    out = []
    for i, (src, mirror) in enumerate(picked[:limit]):
        im = Image.open(src).convert("RGB")
        if mirror:
            im = im.transpose(Image.FLIP_LEFT_RIGHT)
        f = side / max(im.size)
        im = im.resize((round(im.width * f), round(im.height * f)), Image.BICUBIC)
        dst = folder / f"{i:03d}_{src.stem}.jpg"
        im.save(dst, "JPEG", quality=90)
        out.append(dst)
    return out


CPU: list[float] = []  # CPU seconds (user + sys of the process tree) of each measured command


def measure(cmd: list[str], env: dict) -> tuple[float, float, str]:
    """(seconds, peak RSS of the whole process tree in MB, stdout); the CPU time of the command
    and every process it waited for goes to CPU."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    dt, peak, out, _ = run_measured(cmd, env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return dt, peak / 2**20, out


def ours(folder: Path, out: Path, env: dict, *extra: str) -> tuple[float, float, dict]:
    exe = [sys.executable, "-m", "exposure", "scan", str(folder), "--out", str(out), "--quiet"]
    exe += list(extra)
    dt, rss, _ = measure(exe, env)
    db = sqlite3.connect(out / "exposure.db")
    found: dict[str, dict] = {}
    for path, pid in db.execute("SELECT path, photo_id FROM photos"):
        labels = sorted(
            {
                r[0]
                for r in db.execute(
                    "SELECT label FROM detections WHERE photo_id = ? AND score >= ?",
                    (pid, TAG_SCORE),
                )
            }
        )
        sizes = sorted(
            b - t for t, b in db.execute("SELECT top, bottom FROM faces WHERE photo_id = ?", (pid,))
        )
        found[Path(path).name] = {"labels": labels, "faces": len(sizes), "sizes": sizes}
    return dt, rss, found


def naive(photos: list[Path], tmp: Path, env: dict) -> tuple[float, float, dict]:
    listing = tmp / "photos.json"
    listing.write_text(json.dumps([str(p) for p in photos]))
    script = f"TAG = {TAG_SCORE!r}\n" + BASELINE
    dt, rss, out = measure(
        [sys.executable, "-c", script, str(listing), env["EXPOSURE_MODELS"], str(tmp / "ycfg")], env
    )
    return dt, rss, json.loads(out.strip().splitlines()[-1])


def per_model(photos: list[Path], models_dir: Path, cache: Path) -> dict[str, float]:
    """Seconds of CPU per photo each registered model takes (decode, objects, scenes, faces, ages,
    text), one process, photo by photo (`time_models`)."""
    from exposure.vision.analyzer import Analyzer
    from exposure.vision.models import model_spec

    _, spent = time_models(Analyzer(model_spec(models_dir, text=True), cache), photos)
    return {k: v / len(photos) for k, v in spent.items()}


LOAD = r"""
import os, sys, time
from pathlib import Path
t0 = time.process_time()
from exposure.vision.analyzer import Analyzer
from exposure.vision.models import model_spec
Analyzer(model_spec(Path(sys.argv[1]), text=True), Path(sys.argv[2]))
print(time.process_time() - t0, "onnx" in sys.modules)
"""


def worker_load(models_dir: Path, cache: Path, env: dict) -> tuple[float, bool]:
    """(CPU seconds of a new process that imports what a worker does and loads every model with
    the run's cache folder `cache`, whether it imported `onnx`): from an empty folder the derived
    files are built, from a filled one read back."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    _, _, out, _ = run_measured([sys.executable, "-c", LOAD, str(models_dir), str(cache)], env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    _, imported = out.split()
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, imported == "True"


def fixed_costs(out: Path, n: int, cpu_scan: float, models: dict, env: dict) -> list[tuple]:
    """(what, CPU seconds per run, ms per photo of the `n`) for the scan into `out` whose process
    tree took `cpu_scan` seconds: each worker's start and load, the derived files, the stages
    after vision, the models per photo, and the rest (the parent's imports, ingest, store)."""
    cache = out.parent / "load-cache"
    cache.mkdir()
    cold, _ = worker_load(Path(env["EXPOSURE_MODELS"]), cache, env)
    warm, onnx = worker_load(Path(env["EXPOSURE_MODELS"]), cache, env)
    measure([sys.executable, "-m", "exposure", "report", str(out), "--quiet"], env)
    report = CPU.pop()
    workers = len(os.sched_getaffinity(0))  # the scan starts one a core
    photos = sum(models.values()) * n
    rows = [
        (
            f"{workers} workers: start, imports, models loaded (derived files read back)",
            workers * warm,
        ),
        (
            f"derived files built once a run (int8 graphs, dlib's detector; onnx imported {'again' if onnx else 'once'})",
            cold - warm,
        ),
        ("stages after vision (`exposure report` on the folder, its imports included)", report),
        ("models on every photo (thread time)", photos),
    ]
    rows.append(
        (
            "the rest: the parent's imports, ingest and store, the pipes",
            cpu_scan - sum(c for _, c in rows),
        )
    )
    return [(what, cpu, 1000 * cpu / n) for what, cpu in rows]


def time_models(analyzer, photos: list[Path]) -> tuple[dict, Counter]:
    """(what each photo gave: object labels, face count, text lines; CPU seconds each model of
    `analyzer` took over all photos). Photo by photo, each model fed what the ones before it
    found; thread time (the models run on the calling thread), so the load of a shared machine
    weighs less than on the wall clock. The one timing loop of benchmarks/vision.py and
    benchmarks/decode_draft.py."""
    from exposure.vision.model import Photo

    found, spent = {}, Counter()
    for path in photos:
        photo = Photo(path.name, path.read_bytes())
        for model in analyzer.models:
            t0 = time.thread_time()
            (photo.found[model.name],) = model.predict([photo])
            spent[model.name] += time.thread_time() - t0
        got = photo.found
        found[path] = {
            "labels": sorted({d.label for d in got.get("objects", []) if d.score >= TAG_SCORE}),
            "faces": len(got.get("faces", [])),
            "texts": [t.text for t in got.get("text", [])],
        }
    return found, spent


def _extra(base: dict, ours: dict) -> list[int]:
    """Sizes of the baseline's faces left over when each of ours takes its closest in size."""
    left = list(base["sizes"])
    for size in ours["sizes"]:
        if left:
            left.remove(min(left, key=lambda s: abs(s - size)))
    return left if base["faces"] > ours["faces"] else [10**6]  # we found more: not explained


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--photos", type=int, default=40)
    ap.add_argument("--sides", default="2048,4032")
    ap.add_argument(
        "--rescan-photos",
        type=int,
        default=198,
        help="photos for the rescan figure (our scan only, at the last side)",
    )
    args = ap.parse_args()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    data = Path(env["EXPOSURE_TEST_DATA"])
    for side in map(int, args.sides.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            photos = prepare(data, tmp / "photos", side, args.photos)
            load = os.getloadavg()[0]
            t_ours, rss_ours, res_ours = ours(tmp / "photos", tmp / "out", env)
            cpu_ours = CPU[-1]
            t_re, _, _ = ours(tmp / "photos", tmp / "out", env)
            t_plain, _, _ = ours(tmp / "photos", tmp / "out-no-text", env, "--no-text")
            t_base, rss_base, res_base = naive(photos, tmp, env)
            cpu_base = CPU[-1]
            models = per_model(photos, Path(env["EXPOSURE_MODELS"]), tmp / "cache")
            costs = fixed_costs(tmp / "out", len(photos), cpu_ours, models, env)
        n = len(photos)
        same_labels = sum(res_ours[k]["labels"] == res_base[k]["labels"] for k in res_base) / n
        same_faces = sum(res_ours[k]["faces"] == res_base[k]["faces"] for k in res_base) / n
        # the faces our whole-photo pass can reach: the window of its first pyramid level
        reach = WINDOW / first_level(side)
        face_diffs = [k for k in res_base if res_ours[k]["faces"] != res_base[k]["faces"]]
        small_only = [
            k for k in face_diffs if all(s < reach for s in _extra(res_base[k], res_ours[k]))
        ]
        print(
            f"{side} px, {n} photos, {os.cpu_count()} cores, load average {load:.2f} at the start:"
        )
        print(
            f"  exposure scan: {n / t_ours:.2f} photos/s ({t_ours:.1f} s), peak RSS {rss_ours:.0f} MB; "
            f"CPU {1000 * cpu_ours / n:.0f} ms a photo (user + sys, all processes, start to report)"
        )
        print(
            f"  naive baseline: {n / t_base:.2f} photos/s ({t_base:.1f} s), peak RSS {rss_base:.0f} MB; "
            f"CPU {1000 * cpu_base / n:.0f} ms a photo"
        )
        print(f"  speed-up: {t_base / t_ours:.1f}x (in CPU time {cpu_base / cpu_ours:.1f}x)")
        print(
            f"  with the baseline's models only (--no-text; ages on): {n / t_plain:.2f} photos/s, "
            f"{t_base / t_plain:.1f}x"
        )
        print(
            "  CPU time each model adds per photo (one process, one thread): "
            + ", ".join(f"{k} {1000 * v:.0f} ms" for k, v in models.items())
        )
        print("  where the scan's CPU went (user + sys; per run, and per photo of this run):")
        for what, cpu, per_photo in costs:
            print(f"    {what:<92} {cpu:5.1f} s {per_photo:4.0f} ms")
        print(
            f"  agreement: object labels {100 * same_labels:.0f}%, face counts {100 * same_faces:.0f}%"
        )
        print(
            f"  of the {len(face_diffs)} photos with other face counts, {len(small_only)} differ only "
            f"in faces under {reach:.0f} px, which ours looks for only in the heads of YOLO's persons"
        )
        print(
            f"  rescan of the unchanged archive: {t_re:.2f} s, {t_ours / t_re:.0f}x faster than the first scan"
        )
        for k in res_base:
            if (
                res_ours[k]["labels"] != res_base[k]["labels"]
                or res_ours[k]["faces"] != res_base[k]["faces"]
            ):
                print(f"    differs: {k}: ours {res_ours[k]} baseline {res_base[k]}")
    if args.rescan_photos:
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            prepare(data, tmp / "photos", side, args.rescan_photos)
            t_first, rss, _ = ours(tmp / "photos", tmp / "out", env)
            t_re, _, _ = ours(tmp / "photos", tmp / "out", env)
        print(
            f"rescan, {args.rescan_photos} photos at {side} px: first scan {t_first:.1f} s "
            f"(peak RSS {rss:.0f} MB), rescan {t_re:.2f} s: {t_first / t_re:.0f}x faster"
        )


if __name__ == "__main__":
    main()
