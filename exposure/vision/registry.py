"""The vision models of a run, in the order the worker runs them: a later model reads what the
earlier ones found (faces read YOLO's persons, ages the faces). A new model is a `Model` in a
module of its own and one line here.
"""

from __future__ import annotations

from .builtin import Ages, Decode, Faces, Objects, Scenes, Text
from .model import Model, Options

MODELS: list[type[Model]] = [Decode, Objects, Scenes, Faces, Ages, Text]


def build(options: Options) -> list[Model]:
    """Each registered model, set up for `options` (its files found, not loaded)."""
    return [cls(options) for cls in MODELS]
