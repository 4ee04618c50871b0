"""The dlib model files of the `face_recognition_models` package, found without importing it: its
`__init__` imports `pkg_resources` (70 ms of CPU in every process) only to join a folder and a
file name."""

from __future__ import annotations

from importlib.util import find_spec
from pathlib import Path

LANDMARKS_5 = "shape_predictor_5_face_landmarks.dat"
ENCODER = "dlib_face_recognition_resnet_model_v1.dat"


def face_model(name: str) -> str:
    """The path of the file `name` in face_recognition_models' `models` folder (it may not exist:
    dlib then says so when it opens it); raises ModuleNotFoundError when the package is not
    installed, as its import would."""
    spec = find_spec("face_recognition_models")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("No module named 'face_recognition_models'")
    return str(Path(list(spec.submodule_search_locations)[0]) / "models" / name)
