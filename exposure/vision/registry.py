"""The vision models of a run, in the order the worker runs them: a later model reads what the
earlier ones found (faces read YOLO's persons, ages the faces). A new model is a `Model` in a
module of its own and one line here: its "module.Class" within `exposure.vision`.
"""

from __future__ import annotations

from importlib import import_module

from .model import Model, Options

MODELS: list[str | type[Model]] = [
    "builtin.Decode",
    "builtin.Objects",
    "builtin.Scenes",
    "builtin.Faces",
    "builtin.Ages",
    "builtin.Text",
]


def model_class(entry: str | type[Model]) -> type[Model]:
    """The Model class an entry of MODELS names ("module.Class" in this package), or the entry
    itself when it is already a class."""
    if isinstance(entry, type):
        return entry
    module, _, name = entry.rpartition(".")
    return getattr(import_module(f".{module}", __package__), name)


def build(options: Options) -> list[Model]:
    """Each registered model, set up for `options` (its files found, not loaded)."""
    return [model_class(entry)(options) for entry in MODELS]
