"""The models of a run on a batch of photos, each model and each photo in its own guard.

An exception in a model for a photo records that model's failure for that photo (`errors`, with a
short reason) and the other models still run on it and keep their results; a photo the decode
model cannot read is not analysed further (`error`). A batch that fails in a model is rerun in
that model photo by photo, so only the photo that fails loses the model's result.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np

from .model import Photo, PhotoResult
from .models import ModelSpec
from .vocabulary import OBJECT_TAGS, SCENE_TAG_SCORE, TAG_SCORE, alt_text

PHOTO_THUMB = 160
REASON_CHARS = 160  # a failure's reason is cut to this


class Analyzer:
    """The models of `spec` that are on, loaded once per process (`cache_dir`: the run's private
    folder); `analyse` runs them on photos.

    `turn` (0 to 1) rotates the order the models load in: worker i of n loads from model i/n of
    the list on, so that a file derived for one model (`vision.derived`) is built by one worker
    while the other loads other models, and is read, not built again, when it gets there."""

    def __init__(self, spec: ModelSpec, cache_dir: Path, turn: float = 0.0):
        from .derived import build_once

        self.models = [m for m in spec.models if m.on]
        build_once(
            cache_dir,
            lambda: [_guard(m.derive, Path(cache_dir)) for m in self.models],
            lambda: [_guard(m.prepare, Path(cache_dir)) for m in self.models],
        )
        first = int(turn * len(self.models)) % max(1, len(self.models))
        for model in self.models[first:] + self.models[:first]:
            model.load(Path(cache_dir))

    def analyse(self, items: list[tuple[str, bytes]]) -> list[PhotoResult]:
        """One `PhotoResult` per (photo_id, bytes), in order: each model's rows, the models that
        failed on it, alt text and thumbnail; `error` when the photo could not be read at all."""
        return [result for _, result in self.run(items)]

    def run(self, items: list[tuple[str, bytes]]) -> list[tuple[Photo, PhotoResult]]:
        """(the Photo with what each model found, its PhotoResult) per (photo_id, bytes)."""
        photos = [Photo(pid, data) for pid, data in items]
        results = {p.photo_id: PhotoResult(p.photo_id) for p in photos}
        for model in self.models:
            live = [p for p in photos if results[p.photo_id].error is None]
            for photo, outcome in _guarded(model, live):
                if isinstance(outcome, _Failed):
                    _fail(results[photo.photo_id], model, outcome.exc)
                else:
                    photo.found[model.name] = outcome
        return [(p, self._finish(p, results[p.photo_id])) for p in photos]

    def _finish(self, photo: Photo, res: PhotoResult) -> PhotoResult:
        """`res` with the rows of every model that ran on `photo`, its alt text and thumbnail."""
        photo.data = b""
        if res.error is not None:
            return res
        for model in self.models:
            if model.name not in photo.found:
                continue
            try:
                res.rows.update(model.rows(photo))
            except Exception as exc:  # noqa: BLE001 - the model's rows are lost, not the photo's
                _fail(res, model, exc)
        dec = photo.decoded
        dec.detect = dec.image  # let the full-size pixels go
        try:
            res.alt_text = describe(photo)
            res.thumb = thumbnail(dec.image)
        except Exception as exc:  # noqa: BLE001 - the rows are kept without them
            res.errors.append({"model": "alt text", "reason": short_reason(exc)})
        return res


def _guard(step, cache_dir: Path) -> None:
    """A model's `derive` or `prepare` step; a failure is left to its `load`, which says what is
    wrong."""
    try:
        step(cache_dir)
    except Exception:  # noqa: BLE001, S110 - load builds again and raises the model's own error
        pass


class _Failed:
    """A model's exception for one photo."""

    def __init__(self, exc: Exception):
        self.exc = exc


def _guarded(model, photos: list[Photo]) -> list[tuple[Photo, object]]:
    """(photo, what `model` found in it or a `_Failed`) for each photo: the batch at once, and
    photo by photo when that raises."""
    if not photos:
        return []
    try:
        found = model.predict(photos)
        if len(found) == len(photos):
            return list(zip(photos, found))
    except Exception as exc:  # noqa: BLE001 - each photo again, alone, below
        if len(photos) == 1:
            return [(photos[0], _Failed(exc))]
    out = []
    for photo in photos:
        try:
            out.append((photo, model.predict([photo])[0]))
        except Exception as exc:  # noqa: BLE001 - this photo's failure in this model
            out.append((photo, _Failed(exc)))
    return out


def _fail(res: PhotoResult, model, exc: Exception) -> None:
    """Record `model`'s failure on the photo of `res`: `error` for a model the photo needs."""
    reason = model.reason(exc) or short_reason(exc)
    if model.required:
        res.error = reason
    else:
        res.errors.append({"model": model.name, "reason": reason})


def short_reason(exc: BaseException) -> str:
    """The exception in one short line: its type and the first line of its message."""
    lines = str(exc).strip().splitlines()
    text = f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__
    return text if len(text) <= REASON_CHARS else text[: REASON_CHARS - 1] + "…"


def thumbnail(image: np.ndarray, side: int = PHOTO_THUMB) -> bytes:
    """A small JPEG of the whole photo, for the report's evidence and gallery."""
    from PIL import Image

    im = Image.fromarray(image)
    im.thumbnail((side, side), Image.BILINEAR)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=70)
    return buf.getvalue()


def describe(photo: Photo) -> str:
    """The photo's alt text, Facebook-style, from what the models found."""
    detections = photo.found.get("objects") or []
    faces = photo.found.get("faces") or []
    people = sum(1 for d in detections if d.label == "person" and d.score >= 0.5)
    people = max(people, len(faces))
    objects = sorted((d for d in detections if d.score >= TAG_SCORE), key=lambda d: -d.score)
    words = [d.label for d in objects]
    words += [OBJECT_TAGS[w] for w in words if w in OBJECT_TAGS]
    labels = photo.found.get("scenes") or []
    tags = [lb.tag for lb in labels if lb.tag and lb.score >= SCENE_TAG_SCORE]
    if photo.found.get("text"):
        tags.append("text")
    return alt_text(people, words, tags)
