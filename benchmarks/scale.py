"""The stages after vision on a large archive: a store of N made-up photos, timed stage by stage.

    EXPOSURE_TEST_DATA=../shared/data EXPOSURE_MODELS=../shared/models \
        python benchmarks/scale.py --photos 1000,10000,100000 [--out DIR] [--export]

For each N it writes DIR/N/exposure.db through the project's own Store and tables, without running
a model: photos over five years (about 30% with GPS: a home, a workplace on weekday daytimes,
weekly places at their hour, the town around, trips), captions, detections, labels, texts and
faces (3 per photo on average: 300,000 at 100,000 photos; encodings drawn from real ones plus
noise: the real ones are computed once with the face model from ../shared/data/faces and kept in
DIR/encodings.npy).
Then, in a fresh process, it times `exposure report`'s chain stage by stage (tables, places,
people, tags, rules with remove-to-hide apart, results, report, JSON) and prints the peak memory
and the sizes of report.html and results.json. `--export` adds the real-size export case: 5,000
photos, 1,600 with GPS, captions, no vision rows (and the same with vision rows).

Measured (issue 23, 2 shared cores at load 5-7, so CPU seconds are the figure; the same claims,
evidence and remove-to-hide lists before and after): 100,000 photos 162 -> 108 s CPU (414 ->
217 s wall), peak 2.7 GB, report.html 4.9 MB, 2.2 ms/photo against 4.9 at 10,000 (30 -> 19 s
CPU); the export of 5,000 photos 4.4 s CPU (8.6 s wall) without vision rows, 15.9 -> 13.6 s CPU
(45.6 -> 19.9 s wall) with them.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HOME = (52.370, 4.890)
WORK = (52.340, 4.920)
WEEKLY = [  # (lat, lon, weekday, hour, caption, label)
    (52.380, 4.870, 6, 10, "sunday service", "church"),
    (52.360, 4.910, 1, 18, "training night", "dumbbell"),
    (52.390, 4.930, 3, 19, "climbing again", "sports car"),
]
TRIPS = [(41.15, -8.61), (40.42, -3.70), (48.86, 2.35), (35.68, 139.69), (45.46, 9.19)]
CAPTIONS = [
    "Sunday walk with the dog",
    "beer with friends #tgif",
    "",
    "",
    "new office view",
    "lovely dinner",
    "our baby girl is here",
    "hiking in the hills #hiking #mountains",
    "At church this morning",
    "back to school",
    "great wine tonight",
    "",
    "Beach day! #summer",
]
COCO = ["person", "dog", "cup", "wine glass", "bicycle", "car", "laptop", "book", "chair", "cat"]
SPAN_DAYS = 5 * 365
THUMB_BYTES = 6000
START = pd.Timestamp("2019-01-07", tz="UTC")


# --- the made-up archive ----------------------------------------------------------------------
def real_encodings(out: Path) -> np.ndarray:
    """128-d encodings of the faces in ../shared/data/faces (and ages/), computed once and kept
    in `out`/encodings.npy; random ones with the same spread when no data or model is there."""
    cache = out / "encodings.npy"
    if cache.is_file():
        return np.load(cache)
    data = Path(os.environ.get("EXPOSURE_TEST_DATA", ROOT.parent / "shared" / "data"))
    files = sorted(p for d in ("faces", "ages") for p in (data / d).rglob("*.[jp][pn]g"))
    encs: list[np.ndarray] = []
    try:
        from PIL import Image, ImageOps

        from exposure.vision.dlib_faces import DlibFaces

        faces = DlibFaces()
        for f in files[:400]:
            img = np.asarray(ImageOps.exif_transpose(Image.open(f)).convert("RGB"))
            boxes = faces.face_locations(img, 1)
            encs += faces.face_encodings(img, boxes) if boxes else []
    except Exception as exc:  # noqa: BLE001 - a benchmark can go on with random encodings
        print(f"no real encodings ({exc}); using random ones", file=sys.stderr)
    arr = np.array(encs) if encs else np.random.default_rng(1).normal(0, 0.056, (300, 128))
    np.save(cache, arr)
    print(f"{len(arr)} real face encodings kept in {cache}", file=sys.stderr)
    return arr


def _when(rng, n: int) -> pd.DatetimeIndex:
    return START + pd.to_timedelta(rng.uniform(0, SPAN_DAYS * 86400, n), unit="s")


def photos_table(rng, n: int, gps: int) -> pd.DataFrame:
    """The photos table: times over five years, `gps` of them located, captions."""
    from exposure.ingest import PHOTO_COLUMNS

    when = _when(rng, n).to_series().reset_index(drop=True)
    lat, lon = np.full(n, np.nan), np.full(n, np.nan)
    caption = rng.choice(CAPTIONS, n).astype(object)
    located = rng.choice(n, gps, replace=False)
    kind = rng.choice(
        ["home", "work", "weekly", "town", "trip"], gps, p=[0.45, 0.15, 0.1, 0.2, 0.1]
    )
    for i, k in zip(located, kind):
        if k == "trip":
            trip = rng.integers(0, 4 * len(TRIPS))  # each place visited a few times
            centre = TRIPS[trip % len(TRIPS)]
            when[i] = START + pd.Timedelta(days=int(trip * 97 % SPAN_DAYS) + rng.uniform(0, 5))
        elif k == "town":
            centre = (HOME[0] + rng.normal(0, 0.05), HOME[1] + rng.normal(0, 0.05))
        elif k == "home":
            centre = HOME
        else:
            centre, weekday, hour = _timed_place(rng, k)
            day = START + pd.Timedelta(weeks=int(rng.integers(0, SPAN_DAYS // 7)))
            when[i] = day + pd.Timedelta(days=weekday, hours=hour - 1 + rng.uniform(0, 2))
            if k == "weekly":
                caption[i] = WEEKLY[[w[:2] for w in WEEKLY].index(centre)][4]
        lat[i], lon[i] = centre[0] + rng.normal(0, 0.0004), centre[1] + rng.normal(0, 0.0004)
    df = pd.DataFrame({c: None for c in PHOTO_COLUMNS}, index=range(n))
    df["photo_id"] = [f"{i:040x}" for i in range(n)]
    df["path"] = [f"media/posts/{i // 100}/{i}.jpg" for i in range(n)]
    df["source"], df["origin"], df["album"] = "instagram", "post", "Posts"
    df["caption"], df["lat"], df["lon"] = caption, lat, lon
    df["taken_at"] = pd.to_datetime(when, utc=True)
    df["uploaded_at"] = df["taken_at"] + pd.Timedelta(hours=2)
    df["width"], df["height"], df["size"], df["by_owner"] = 1080, 1350, 250_000, True
    return df


def _timed_place(rng, kind: str):
    if kind == "work":
        return WORK, int(rng.integers(0, 5)), int(rng.integers(9, 17))
    lat, lon, weekday, hour, _, _ = WEEKLY[rng.integers(0, len(WEEKLY))]
    return (lat, lon), weekday, hour


def vision_results(rng, photos: pd.DataFrame, encodings: np.ndarray):
    """One PhotoResult per photo: detections, labels, a few text lines, faces (3 on average)."""
    from exposure.types import box_to_css
    from exposure.vision.model import PhotoResult
    from exposure.vision.vocabulary import VOCABULARY

    imagenet = [(name, g.tag) for g in VOCABULARY.imagenet for name in g.classes.values()]
    # a household of 4 seen often, friends now and then, strangers once
    people = rng.choice(len(encodings), min(len(encodings), 120), replace=False)
    weight = 1.0 / np.arange(1, len(people) + 1) ** 1.1
    weight /= weight.sum()
    thumb = b"\xff\xd8" + rng.bytes(THUMB_BYTES)  # the size of a real photo's thumbnail
    for pid in photos["photo_id"]:
        dets = [
            {"label": str(rng.choice(COCO)), "score": float(rng.uniform(0.3, 0.95))}
            | dict(x0=10.0, y0=10.0, x1=200.0, y1=200.0, model="yolo")
            for _ in range(rng.poisson(2))
        ]
        labels = []
        for _ in range(3):
            name, tag = imagenet[rng.integers(0, len(imagenet))]
            labels.append(
                {"label": name, "score": float(rng.uniform(0.05, 0.6)), "model": "mobilenet"}
                | {"tag": tag}
            )
        faces = []
        for k in range(rng.poisson(3)):
            who = people[rng.choice(len(people), p=weight)]
            enc = (encodings[who] + rng.normal(0, 0.02, 128)).astype("float32")
            top, right, bottom, left = box_to_css((40 * k, 40, 40 * k + 40, 80))
            faces.append(
                {"face_id": f"{pid}-{k}", "top": top, "right": right, "bottom": bottom}
                | {"left": left, "encoding": enc.tobytes(), "thumb": b"", "age": 30.0}
                | {"band": "adult"}
            )
        texts = (
            [
                {"model": "rapidocr", "text": "Sunday service 10:00", "score": 0.9}
                | dict(x0=0, y0=0, x1=50, y1=10)
            ]
            if rng.random() < 0.05
            else []
        )
        rows = {"detections": dets, "labels": labels, "faces": faces, "texts": texts}
        yield PhotoResult(pid, rows, thumb=thumb)


def make_store(out: Path, n: int, gps_share: float, vision: bool, encodings) -> Path:
    """Write `out`/exposure.db with n made-up photos (and their vision rows when `vision`); a
    store made before is kept (it is written aside and moved in place when whole)."""
    from exposure.store import Store

    if (out / "exposure.db").exists():
        return out
    part = out.with_name(out.name + ".part")
    shutil.rmtree(part, ignore_errors=True)
    part.mkdir(parents=True)
    rng = np.random.default_rng(n)
    photos = photos_table(rng, n, int(n * gps_share))
    with Store(part) as store:
        store.put_table("photos", photos)
        for name, cols in (
            ("skipped", ["path", "reason"]),
            ("notes", ["path", "problem"]),
            ("duplicates", ["path", "same_as"]),
            ("checkins", ["time", "place", "lat", "lon", "message"]),
        ):
            store.put_table(name, pd.DataFrame(columns=cols))
        store.set_meta(paths=["made-up"], format="instagram", owner=None, model_key="scale")
        if vision:
            store.db.execute("PRAGMA synchronous = OFF")
            for res in vision_results(rng, photos, encodings):
                store.put_analysis("scale", res)
    shutil.rmtree(out, ignore_errors=True)
    part.rename(out)
    return out


# --- the timed chain ---------------------------------------------------------------------------
TIMES: dict[str, float] = defaultdict(float)
STACK: list[str] = []  # the stages running now, innermost last: each second counts once


def _timed(owner, name: str, stage: str) -> None:
    fn = getattr(owner, name)

    def wrapper(*a, **k):
        t0 = time.perf_counter()
        STACK.append(stage)
        try:
            return fn(*a, **k)
        finally:
            STACK.pop()
            dt = time.perf_counter() - t0
            TIMES[stage] += dt
            if STACK:
                TIMES[STACK[-1]] -= dt  # exclusive: the outer stage does not count it again

    setattr(owner, name, wrapper)


def measure(folder: Path) -> dict:
    """Run `exposure report`'s chain on `folder`; seconds per stage, peak RSS, file sizes."""
    from exposure import analysis as an
    from exposure.config import Config
    from exposure.derive import people, places, timeline
    from exposure.infer import engine

    for mod, names, stage in (
        (places, ("locations", "homes", "trips", "places_by_month"), "places"),
        (people, ("people",), "people"),
        (timeline, ("photo_tags", "timeline", "people_by_month"), "tags"),
        (engine, ("remove_to_hide",), "remove-to-hide"),
    ):
        for name in names:
            _timed(mod, name, stage)
    from exposure.store import Store

    with Store(folder) as store:  # people clustered afresh, as in the first report after a scan
        store.set_meta(face_clusters=None)
    config = Config(out_dir=folder)
    t0, cpu0 = time.perf_counter(), time.process_time()
    with an.Analysis.from_config(config) as a:
        steps = {"tables": "_stored", "derive": "_tables", "rules": "_inferences"}
        steps |= {"results": "_results", "report": "_html"}
        for stage, attr in steps.items():
            holder = type("Step", (), {"run": staticmethod(an.Analysis.__dict__[attr].func)})
            _timed(holder, "run", stage)
            a.__dict__[attr] = holder.run(a)  # computed here, in order, then cached as usual
        _timed(a, "write", "write")
        a.write()
    TIMES["total"] = time.perf_counter() - t0
    TIMES["cpu"] = time.process_time() - cpu0
    saved = json.loads((folder / "results.json").read_text(encoding="utf-8"))
    part_mb = {k: len(json.dumps(v, separators=(",", ":"))) / 2**20 for k, v in saved.items()}
    return {
        "seconds": {k: round(v, 2) for k, v in TIMES.items()},
        "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "report_mb": round((folder / "report.html").stat().st_size / 2**20, 2),
        "results_mb": round((folder / "results.json").stat().st_size / 2**20, 2),
        "photos_mb": round(part_mb.get("photos", 0), 2),  # results.json's parts
        "inferences_mb": round(part_mb.get("inferences", 0), 2),
        "claims": sum(i["confidence"] >= 0.5 for i in a._inferences),
        "faces": len(a._stored["faces"]),
        "located": int(a._stored["photos"]["lat"].notna().sum()),
    }


def run_case(folder: Path, label: str, n: int) -> None:
    """Measure `folder` in a fresh process (its own peak memory) and print one line."""
    out = subprocess.run(
        [sys.executable, __file__, "--measure", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode:
        print(f"{label}: failed\n{out.stderr[-3000:]}")
        return
    r = json.loads(out.stdout.strip().splitlines()[-1])
    s = r["seconds"]
    stages = ", ".join(f"{k} {v}" for k, v in s.items() if k not in ("total", "cpu"))
    print(
        f"{label}: {s['total']:.1f} s, CPU {s['cpu']:.1f} s ({1000 * s['total'] / n:.2f} ms/photo; "
        f"{stages}); "
        f"peak {r['peak_mb']} MB; report.html {r['report_mb']} MB, results.json "
        f"{r['results_mb']} MB (photos {r['photos_mb']}, inferences {r['inferences_mb']}); "
        f"{r['claims']} claims; {r['faces']} faces, {r['located']} "
        "photos with GPS",
        flush=True,
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--photos", default="1000,10000")
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "out" / "scale"))
    ap.add_argument("--export", action="store_true", help="the 5,000-photo export cases too")
    ap.add_argument("--measure", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        print(json.dumps(measure(Path(args.measure))))
        return
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    encodings = real_encodings(out)
    cases = [(int(n), 0.3, True, f"{int(n)} photos") for n in args.photos.split(",") if n]
    if args.export:
        cases += [
            (5000, 0.32, False, "export 5000 photos, no vision"),
            (5000, 0.32, True, "export 5000 photos, with vision"),
        ]
    for n, share, vision, label in cases:
        t = time.perf_counter()
        folder = make_store(
            out / f"{n}-{'v' if vision else 'nv'}-{share}", n, share, vision, encodings
        )
        print(f"{label}: store made in {time.perf_counter() - t:.0f} s", file=sys.stderr)
        run_case(folder, label, n)


if __name__ == "__main__":
    main()
