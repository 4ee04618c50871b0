"""What the vocabulary's groups catch with the real classifier, and what it tags by mistake.

    EXPOSURE_MODELS=../shared/models EXPOSURE_TEST_DATA=../shared/data python benchmarks/vocabulary.py

ImageNet (EXPOSURE_TEST_DATA/imagenet, one photo per even class, the file name gives the index):
for each group of exposure/vocabulary.yaml, how many of its classes with a photo get the group's
tag, as exposure tags a photo: a top-5 label of the classifier (MobileNetV2 int8, preprocessing as
in exposure.models) with probability >= SCENE_TAG_SCORE whose class maps to that tag. `own` counts
the photos whose own class is among those labels.

COCO (EXPOSURE_TEST_DATA/coco, 72 everyday photos with object labels): per tag, the photos the
classifier tags and the photos the detector's objects (>= TAG_SCORE) tag. A tag is `backed` when
the photo's ground-truth labels hold a COCO class that means the same (a wine glass for alcohol,
a laptop for office); the others are listed, to be looked at, and counted as false.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from exposure.vision.decode import decode  # noqa: E402
from exposure.vision.models import load_classifier, load_detector  # noqa: E402
from exposure.vision.vocabulary import (  # noqa: E402
    OBJECT_TAGS,
    SCENE_TAG_SCORE,
    TAG_SCORE,
    VOCABULARY,
)

SIDE = 800  # exposure's decode size (WORK_SIDE)
# COCO ground-truth classes that back a tag on a COCO photo
BACKED_BY = {
    "dog": {"dog"},
    "cat": {"cat"},
    "bird": {"bird"},
    "horse": {"horse"},
    "alcohol": {"wine glass", "bottle"},
    "office": {"laptop", "keyboard", "mouse", "tv"},
    "books": {"book"},
    "child": {"teddy bear"},
    "flight": {"airplane"},
    "luggage": {"suitcase"},
    "party": {"cake"},
    "boat": {"boat"},
    "boating": {"boat"},
    "sailing": {"boat"},
    "vehicle": {"car", "motorcycle", "truck"},
    "transit": {"bus", "train", "car"},
    "school": {"bus"},
    "food": {"pizza", "sandwich", "hot dog", "donut", "cake", "broccoli", "carrot", "bowl"},
    "tennis": {"tennis racket", "sports ball"},
    "baseball": {"baseball bat", "baseball glove"},
    "sport:baseball": {"baseball bat", "baseball glove"},
    "skiing": {"skis"},
    "snowboarding": {"snowboard"},
    "surfing": {"surfboard"},
    "skateboarding": {"skateboard"},
    "kites": {"kite"},
    "ball sports": {"sports ball"},
    "cycling": {"bicycle"},
    "sport:frisbee": {"frisbee"},
}
# tags on COCO photos that no label backs, judged true by looking at the photo
LOOKED_AT = {
    ("000000000250", "sign"): "a street-name sign (Greenwich St)",
    ("000000000382", "mountains"): "a snowy mountain slope",
    ("000000000368", "football"): "children playing football",
}


def photos(folder: Path) -> list[Path]:
    """The JPEGs of `folder`, sorted."""
    return sorted(folder.glob("*.jpg"))


def classify(clf, paths: list[Path]) -> dict[str, list]:
    """Photo stem -> top-5 labels, decoded as exposure decodes."""
    return {p.stem: clf.classify([decode(p.read_bytes(), SIDE).image])[0] for p in paths}


def scene_tags(labels) -> dict[str, tuple[str, float]]:
    """Tag -> (label, score) of the best label giving it, as the timeline takes scene tags."""
    out: dict[str, tuple[str, float]] = {}
    for lb in labels:
        if lb.tag and lb.score >= SCENE_TAG_SCORE and lb.tag not in out:
            out[lb.tag] = (lb.label, lb.score)
    return out


def summed_tags(labels) -> set[str]:
    """Tags whose top-5 probabilities, summed over the classes mapped to them, reach the
    threshold (not what exposure does today: crib 0.075 + cradle 0.026 would make 'baby')."""
    total: dict[str, float] = defaultdict(float)
    for lb in labels:
        if lb.tag:
            total[lb.tag] += lb.score
    return {t for t, p in total.items() if p >= SCENE_TAG_SCORE}


def imagenet_table(labels: dict[str, list]) -> None:
    """Print, per group, the classes with a photo that get the group's tag."""
    by_index = {int(stem[:4]): labs for stem, labs in labels.items()}
    print(f"ImageNet groups (top-5, p >= {SCENE_TAG_SCORE}): classes with a photo that get the tag")
    print(
        f"{'group':24} {'tag':24} {'classes':>7} {'photos':>6} {'tagged':>6} {'own':>4} {'sum':>4}  missed"
    )
    total = [0, 0, 0, 0]
    for g in VOCABULARY.imagenet:
        with_photo = [i for i in g.classes if i in by_index]
        tagged = [i for i in with_photo if g.tag in scene_tags(by_index[i])]
        own = [
            i
            for i in with_photo
            if any(
                lb.label == g.classes[i].lower() and lb.score >= SCENE_TAG_SCORE
                for lb in by_index[i]
            )
        ]
        summed = [i for i in with_photo if g.tag in summed_tags(by_index[i])]
        missed = ", ".join(g.classes[i] for i in with_photo if i not in tagged)
        total = [a + len(b) for a, b in zip(total, (with_photo, tagged, own, summed))]
        rate = f"{len(tagged)}/{len(with_photo)}" if with_photo else "-"
        print(
            f"{g.name[:24]:24} {g.tag[:24]:24} {len(g.classes):7} {len(with_photo):6} "
            f"{rate:>6} {len(own):4} {len(summed):4}  {missed[:70]}"
        )
    print(
        f"all groups: {total[1]}/{total[0]} mapped classes with a photo get their tag "
        f"({total[1] / max(total[0], 1):.0%}); {total[2]} of them as their own class; "
        f"{total[3]} if a tag summed its classes' top-5 probabilities"
    )


def coco_truth(folder: Path, names: tuple[str, ...]) -> dict[str, set[str]]:
    """Photo stem -> the COCO class names its label file lists."""
    truth = {}
    for p in photos(folder / "images"):
        f = folder / "labels" / f"{p.stem}.txt"
        lines = f.read_text().split("\n") if f.is_file() else []
        truth[p.stem] = {names[int(line.split()[0])] for line in lines if line.strip()}
    return truth


def coco_table(labels: dict[str, list], objects: dict[str, list], truth) -> None:
    """Print, per tag, the COCO photos tagged and how many are not backed by the labels."""
    hits: dict[str, list[tuple[str, str, str, float]]] = defaultdict(list)
    for stem, labs in labels.items():
        for tag, (label, score) in scene_tags(labs).items():
            hits[tag].append((stem, "scene", label, score))
    for stem, dets in objects.items():
        seen = set()
        for d in sorted(dets, key=lambda d: -d.score):
            tag = OBJECT_TAGS.get(d.label)
            if tag and d.score >= TAG_SCORE and tag not in seen:
                seen.add(tag)
                hits[tag].append((stem, "object", d.label, d.score))
    n = len(labels)
    print(f"\nCOCO ({n} photos): tags given, and those not backed by the photo's labels")
    print(
        f"{'tag':24} {'photos':>6} {'backed':>6} {'false':>5} {'rate':>6}  not backed (photo: label p)"
    )
    for tag in sorted(hits):
        per_photo = {}
        for stem, kind, label, score in hits[tag]:
            per_photo.setdefault(stem, (kind, label, score))
        backed = [
            s for s in per_photo if truth[s] & BACKED_BY.get(tag, set()) or (s, tag) in LOOKED_AT
        ]
        false = {s: v for s, v in per_photo.items() if s not in backed}
        listing = "; ".join(f"{s[-4:]}: {lb} {p:.2f}" for s, (_, lb, p) in sorted(false.items()))
        print(
            f"{tag[:24]:24} {len(per_photo):6} {len(backed):6} {len(false):5} "
            f"{len(false) / n:6.1%}  {listing[:90]}"
        )
    extra = sum(len(summed_tags(labs) - set(scene_tags(labs))) for labs in labels.values())
    print(f"summing a tag's top-5 probabilities would add {extra} scene tags to these photos")
    quiet = [t for t in VOCABULARY.tags() if t not in hits]
    print(f"tags given to no COCO photo: {', '.join(quiet)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--models", default=os.environ.get("EXPOSURE_MODELS", "../shared/models"))
    ap.add_argument("--data", default=os.environ.get("EXPOSURE_TEST_DATA", "../shared/data"))
    args = ap.parse_args()
    models, data = Path(args.models), Path(args.data)
    clf = load_classifier(str(models / "mobilenet_v2_int8.onnx"))
    det = load_detector(str(models / "yolov8n_int8.onnx"))
    t0 = time.perf_counter()
    imagenet = classify(clf, photos(data / "imagenet"))
    coco_paths = photos(data / "coco" / "images")
    coco = classify(clf, coco_paths)
    objects = {}
    for p in coco_paths:
        d = decode(p.read_bytes(), SIDE)
        objects[p.stem] = det.detect([d.detect], [d.detect_scale])[0]
    took = time.perf_counter() - t0
    imagenet_table(imagenet)
    coco_table(coco, objects, coco_truth(data / "coco", VOCABULARY.coco_classes))
    print(f"\n{len(imagenet) + len(coco)} photos classified, {len(coco)} detected in {took:.0f} s")


if __name__ == "__main__":
    main()
