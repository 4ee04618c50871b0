"""Real output folders without models: a plain folder scanned with `vision=False`, then vision rows
written by hand into its exposure.db (tags, and one recurring face that becomes person-1)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from exposure.analysis import scan
from exposure.config import Config
from exposure.store import Store
from exposure.types import Detection, Face
from exposure.vision.builtin import _det, _face_row
from exposure.vision.model import PhotoResult
from tests.builders import folder


def scanned(tmp_path: Path, labels: tuple[str, ...] = (), face: bool = False) -> Config:
    """The Config of a scanned plain folder (3 photos, 2 dated) whose every photo shows `labels`
    and, with `face`, one face of the same person (person-1)."""
    path, _, _ = folder.plain_folder(tmp_path / "phone")
    config = Config(out_dir=tmp_path / "out", vision=False, quiet=True)
    scan(config, [path])
    encoding = np.full(128, 0.05, dtype=np.float32)
    with Store(config.out_dir) as store:
        key = store.meta().get("model_key") or ""
        for pid in store.get_table("photos")["photo_id"]:
            found = [Detection(label, 0.9, (0, 0, 5, 5), "yolo") for label in labels]
            faces = [Face((1, 1, 6, 6), encoding)] if face else []
            rows = {
                "detections": [
                    dict(zip(("label", "score", "x0", "y0", "x1", "y1", "model"), _det(d)))
                    for d in found
                ],
                "faces": [_face_row(pid, i, f) for i, f in enumerate(faces)],
            }  # as the objects and faces models write them
            store.put_analysis(key, PhotoResult(pid, rows=rows))
    return config
