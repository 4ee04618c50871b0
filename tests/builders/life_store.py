"""A real output folder of a life written shot by shot: a plain folder of tiny JPEGs whose EXIF
carries the time and place, scanned without models, then each photo's objects and faces written
into its exposure.db as the vision models would (`Objects.rows`, `Faces.rows`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from exposure.analysis import scan
from exposure.config import Config
from exposure.store import Store
from exposure.types import Detection, Face
from exposure.vision.builtin import Faces, Objects
from exposure.vision.model import Photo, PhotoResult

from .common import Tree, exif_with, jpeg


@dataclass
class Shot:
    """One photo: when ("2020-05-01 19:00"), where ((lat, lon) or None), the objects the detector
    saw in it (labels, score 0.9) and its faces' encodings (left to right)."""

    when: str
    at: tuple[float, float] | None = None
    objects: tuple[str, ...] = ()
    faces: list[np.ndarray] = field(default_factory=list)


def build(root: Path, shots: list[Shot]) -> tuple[Config, list[str]]:
    """(the Config of the scanned output folder root/out, the photo id of each shot)."""
    tree = Tree()
    for i, s in enumerate(shots):
        taken = s.when.replace("-", ":", 2)
        tree.add(f"{s.when[:4]}/shot_{i:05d}.jpg", jpeg(exif=exif_with(f"{taken}:00", s.at)))
    config = Config(out_dir=root / "out", vision=False, quiet=True)
    scan(config, [tree.write(root / "photos")])
    with Store(config.out_dir) as store:
        by_path = dict(store.get_table("photos")[["path", "photo_id"]].itertuples(index=False))
        key = store.meta().get("model_key") or ""
        ids = [by_path[f"{s.when[:4]}/shot_{i:05d}.jpg"] for i, s in enumerate(shots)]
        for pid, s in zip(ids, shots):
            store.put_analysis(key, PhotoResult(pid, rows=_rows(pid, s)))
    return config, ids


def _rows(photo_id: str, s: Shot) -> dict:
    """The detections and faces rows the models would store for the shot."""
    objects = [Detection(label, 0.9, (0, 0, 6, 6), "yolo") for label in s.objects]
    faces = [
        Face((10 + 60 * k, 10, 60 + 60 * k, 70), np.asarray(e, np.float32), b"")
        for k, e in enumerate(s.faces)
    ]
    photo = Photo(photo_id, b"", found={"objects": objects, "faces": faces})
    return {
        **Objects.rows(Objects.__new__(Objects), photo),
        **Faces.rows(Faces.__new__(Faces), photo),
    }
