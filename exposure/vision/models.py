"""The models of a run (`ModelSpec`): the registered models set up for its options, the cache key
made of their identities, the words the report gives them, and the early check of their files.

The detector and classifier loaders live in `vision.loaders` (named here too, for callers), each
model in its own class (`vision.builtin`), their order in `vision.registry`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ModelError
from .builtin import FACE_MODEL, VISION_VERSION
from .loaders import (
    CLASSIFIER_FILES,
    DETECTOR_FILES,
    OnnxClassifier,
    load_classifier,
    load_detector,
    quiet_ultralytics,
)
from .model import Model, Options
from .registry import build

__all__ = [
    "CLASSIFIER_FILES",
    "DETECTOR_FILES",
    "FACE_MODEL",
    "VISION_VERSION",
    "ModelSpec",
    "OnnxClassifier",
    "check_models",
    "load_classifier",
    "load_detector",
    "model_spec",
    "needs_ultralytics",
    "quiet_ultralytics",
]


@dataclass
class ModelSpec:
    """Which models a run uses (`models`, in order, those that are off included), and an
    identity that changes when any of them does."""

    models: list[Model]
    missing: list[str] = field(default_factory=list)  # one line per optional model left out

    @property
    def identity(self) -> dict:
        """Each model's identity under its key (None: the model is off)."""
        return {m.key: m.identity for m in self.models}

    @property
    def key(self) -> str:
        """A short digest of `identity`: the vision cache key."""
        return hashlib.sha256(json.dumps(self.identity, sort_keys=True).encode()).hexdigest()[:16]

    @property
    def description(self) -> str:
        """The models in words, for the report."""
        return "; ".join(w for m in self.models if (w := m.describe()))

    def model(self, name: str) -> Model | None:
        """The model called `name`, if registered."""
        return next((m for m in self.models if m.name == name), None)

    @property
    def detector(self) -> str:
        """The detector's file (or ultralytics' weights' name)."""
        return getattr(self.model("objects"), "path", "")

    @property
    def classifier(self) -> str:
        """The classifier's file (or ultralytics' weights' name)."""
        return getattr(self.model("scenes"), "path", "")

    @property
    def offline(self) -> bool:
        """Whether the model files are offline ones (a models folder)."""
        return bool(getattr(self.model("objects"), "offline", False))

    @property
    def text(self) -> bool:
        """Whether text in photos is read."""
        return bool(self.model("text") and self.model("text").on)

    @property
    def ages(self) -> bool:
        """Whether face ages are estimated."""
        return bool(self.model("ages") and self.model("ages").on)


def model_spec(models_dir: Path | None, text: bool = True) -> ModelSpec:
    """The registered models for the model files in `models_dir` (None: ultralytics' standard
    weights), with the optional text and age models when their packages are installed
    (`text=False`: no text reading). Raises ModelError on a models folder that lacks a file.

    The identity names every model used, so a cache made without one of them is redone once.
    """
    models = build(Options(Path(models_dir) if models_dir is not None else None, text))
    return ModelSpec(models, [m.why for m in models if m.why])


def check_models(spec: ModelSpec) -> None:
    """Fail early, in one line, on a model file that is not a model (before any worker starts)."""
    from .ort_session import cpu_session

    for path in (spec.detector, spec.classifier):
        if not spec.offline:
            continue
        if path.endswith(".onnx"):
            try:
                cpu_session(path, quiet=True)
            except Exception as exc:  # noqa: BLE001
                first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                raise ModelError(f"{path}: not a usable ONNX model ({first[:120]})") from None
        elif Path(path).read_bytes()[:2] != b"PK":
            raise ModelError(f"{path}: not a PyTorch model file")


def needs_ultralytics(spec: ModelSpec) -> bool:
    """Whether either model of `spec` runs through ultralytics (not ONNX)."""
    return not (spec.detector.endswith(".onnx") and spec.classifier.endswith(".onnx"))
