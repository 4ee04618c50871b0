"""The detector and classifier files and their loaders: ultralytics' YOLO and ImageNet classifier,
the offline YOLO on onnxruntime (`yolo_onnx`) and the int8 MobileNetV2, behind small typed
interfaces that return the records of `exposure.types` (Detection, Label), boxes in pixels of the
original photo after EXIF rotation.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from ..errors import ModelError
from ..types import DETECT_CONF, Detection, Label
from .vocabulary import imagenet_tag, normalise

DETECTOR_FILES = ("yolo11n.pt", "yolov8n.pt", "yolov8n_int8.onnx")
CLASSIFIER_FILES = ("yolo11n-cls.pt", "mobilenet_v2_int8.onnx")
DEFAULT_DETECTOR, DEFAULT_CLASSIFIER = "yolo11n.pt", "yolo11n-cls.pt"


def model_files(models_dir: Path | None) -> tuple[str, str]:
    """(detector, classifier): the files found in `models_dir`, or ultralytics' standard weights'
    names when it is None. Raises ModelError on a folder without one of each."""
    if models_dir is None:
        return DEFAULT_DETECTOR, DEFAULT_CLASSIFIER
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
    return str(det), str(cls)


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


def load_detector(path: str, cache_dir: Path | None = None):
    """An exported `.onnx` runs on onnxruntime alone (its float rewrite shared by the run's
    workers through `cache_dir`); anything else through ultralytics."""
    if path.endswith(".onnx"):
        from .yolo_onnx import OnnxYoloDetector

        return OnnxYoloDetector(path, cache_dir=cache_dir)
    return UltralyticsDetector(path)


def load_classifier(path: str):
    """The ImageNet classifier at `path`: onnxruntime for `.onnx`, else ultralytics."""
    return OnnxClassifier(path) if path.endswith(".onnx") else UltralyticsClassifier(path)
