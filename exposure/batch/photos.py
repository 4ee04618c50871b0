"""The vision stage as a Ray Data UDF: an actor that loads the models once and analyses batches.

A batch holds rows (archive, photo_id, container, member): paths, not pixels. Each actor reads
the photo bytes itself from the archive (a folder or zip on storage every node sees at the same
path) and returns, per row, the pickled `PhotoResult`: detections, labels, face boxes and
encodings, alt text and small thumbnails. Only the driver writes them to the archives' stores.
"""

from __future__ import annotations

import pickle
import sys
import tempfile
import zipfile
from pathlib import Path

import numpy as np

from .stages import Analyzer, ModelSpec, PhotoResult, read_member


def photo_worker(spec: ModelSpec) -> type:
    """The UDF class for these models (the models ride on the class, not as constructor
    arguments, which Ray would keep in its object store for actor restarts)."""
    return type("PhotoWorker", (PhotoWorker,), {"spec": spec})


class PhotoWorker:
    """One per actor: `Analyzer` (the three models) built once, then called once per batch."""

    spec: ModelSpec

    def __init__(self):
        cache = Path(tempfile.mkdtemp(prefix="exposure-models-"))  # under DIR/.ray/tmp locally
        self.analyzer = Analyzer(self.spec, cache)
        if "torch" in sys.modules:  # one thread per actor: the actors are the parallelism
            sys.modules["torch"].set_num_threads(1)

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        """The batch's columns plus `result`: one pickled PhotoResult per row, in row order."""
        found: dict[str, PhotoResult] = {}
        good = []
        for pid, container, member in zip(batch["photo_id"], batch["container"], batch["member"]):
            data = _read(str(container), str(member))
            if isinstance(data, str):
                found[pid] = PhotoResult(pid, error=data)
            else:
                good.append((str(pid), data))
        for res in self._analyse(good):
            found[res.photo_id] = res
        out = {k: batch[k] for k in ("archive", "photo_id")}
        out["result"] = np.array([pickle.dumps(found[p]) for p in batch["photo_id"]], dtype=object)
        return out

    def _analyse(self, items: list[tuple[str, bytes]]) -> list[PhotoResult]:
        """All of the batch at once; photo by photo when that fails, so one bad photo is named."""
        try:
            return self.analyzer.analyse(items)
        except Exception:  # noqa: BLE001 - find the photo that fails below
            pass
        out = []
        for item in items:
            try:
                out += self.analyzer.analyse([item])
            except Exception as exc:  # noqa: BLE001 - the photo is listed with the reason
                out.append(PhotoResult(item[0], error=f"analysis failed ({type(exc).__name__})"))
        return out


def _read(container: str, member: str) -> bytes | str:
    """A photo's bytes, or an error text when the file went away or cannot be read."""
    try:
        return read_member(container, member)
    except (OSError, KeyError, zipfile.BadZipFile) as exc:
        return f"cannot read the file again ({type(exc).__name__})"
