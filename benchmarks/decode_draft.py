"""A large JPEG decoded at its draft size (libjpeg's DCT scaling, exposure/vision/decode.py) against
the same photo decoded in full: CPU time per model and what every model finds.

    EXPOSURE_MODELS=../shared/models EXPOSURE_TEST_DATA=../shared/data python benchmarks/decode_draft.py

The 72 COCO photos and the 40 photos of benchmarks/vision.py, upscaled to `--side` px (4032, a
phone photo's size) and saved as JPEG (quality 90), go through every model of a scan (text and
ages on) in one process, once decoded as a scan does (at 1/2, 2016 px) and once in full. Prints the
CPU time each model takes per photo (thread time, so the load of a shared machine weighs less than
on wall-clock times), the object labels' precision and recall against COCO's labels (classes with
at least 3 photos, score >= the tag threshold, as benchmarks/yolo_float.py counts them), and every
photo whose labels, face count or text lines differ.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.vision import prepare, time_models  # noqa: E402
from exposure.vision import builtin  # noqa: E402
from exposure.vision.analyzer import Analyzer  # noqa: E402
from exposure.vision.models import model_spec  # noqa: E402
from tests.vision.test_vision import COCO_NAMES  # noqa: E402


def upscale(sources: list[Path], folder: Path, side: int) -> list[Path]:
    """Each photo resized to `side` px on its long side (bicubic), saved as JPEG in `folder`."""
    folder.mkdir(parents=True)
    out = []
    for src in sources:
        im = Image.open(src).convert("RGB")
        f = side / max(im.size)
        im = im.resize((round(im.width * f), round(im.height * f)), Image.BICUBIC)
        im.save(folder / src.name, "JPEG", quality=90)
        out.append(folder / src.name)
    return out


def precision_recall(found: dict, coco: Path) -> tuple[float, float]:
    """Image-level precision and recall of the object labels against COCO's, on COCO photos."""
    truth = {}
    for p in sorted((coco / "images").glob("*.jpg")):
        label = coco / "labels" / f"{p.stem}.txt"
        lines = label.read_text().splitlines() if label.exists() else []
        truth[p.name] = {COCO_NAMES[int(s.split()[0])] for s in lines if s.strip()}
    counts = Counter(c for t in truth.values() for c in t)
    classes = {c for c, n in counts.items() if n >= 3}
    tp = fp = fn = 0
    for path, res in found.items():
        if path.name not in truth or path.parent.name != "coco":
            continue
        got, want = set(res["labels"]) & classes, truth[path.name] & classes
        tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
    return tp / max(1, tp + fp), tp / max(1, tp + fn)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--side", type=int, default=4032)
    args = ap.parse_args()
    data = Path(os.environ["EXPOSURE_TEST_DATA"])
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        spec = model_spec(Path(os.environ["EXPOSURE_MODELS"]), text=True)
        analyzer = Analyzer(spec, tmp)
        photos = upscale(sorted((data / "coco" / "images").glob("*.jpg")), tmp / "coco", args.side)
        photos += prepare(data, tmp / "vision", args.side, 40)
        results = {}
        for name, draft_side in (("draft", builtin.DRAFT_SIDE), ("full", 10**9)):
            saved, builtin.DRAFT_SIDE = builtin.DRAFT_SIDE, draft_side
            try:
                results[name] = time_models(analyzer, photos)
            finally:
                builtin.DRAFT_SIDE = saved
        print(f"{len(photos)} photos at {args.side} px, text and ages on, one thread (CPU time)")
        for name, (found, spent) in results.items():
            p, r = precision_recall(found, data / "coco")
            per = ", ".join(f"{k} {1000 * v / len(photos):.0f}" for k, v in spent.items())
            print(
                f"  {name}: {1000 * sum(spent.values()) / len(photos):.0f} ms a photo ({per}); "
                f"objects against COCO: precision {p:.3f}, recall {r:.3f}; "
                f"{sum(f['faces'] for f in found.values())} faces, "
                f"{sum(len(f['texts']) for f in found.values())} text lines"
            )
        draft, full = results["draft"][0], results["full"][0]
        for path in photos:
            for key in ("labels", "faces", "texts"):
                if draft[path][key] != full[path][key]:
                    print(
                        f"    {path.parent.name}/{path.name} {key}: full {full[path][key]}, "
                        f"draft {draft[path][key]}"
                    )


if __name__ == "__main__":
    main()
