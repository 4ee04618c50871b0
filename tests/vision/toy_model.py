"""A toy vision model that tags every photo "toy": what adding a model takes (this file, and one
line in `exposure/vision/registry.py`, or a test's registration)."""

from __future__ import annotations

from exposure.vision.model import Model, Options, Photo, Rows


class ToyModel(Model):
    """Tags every photo "toy" (a scene label, sure)."""

    name, key, tables = "toy", "toy", ("labels",)

    def __init__(self, options: Options) -> None:
        super().__init__(options)
        self.identity = "toy 1"

    def predict(self, photos: list[Photo]) -> list[str]:
        """ "toy", for each photo."""
        return ["toy" for _ in photos]

    def rows(self, photo: Photo) -> Rows:
        """One `labels` row: the label "toy", tag "toy"."""
        tag = photo.found["toy"]
        return {"labels": [{"label": tag, "score": 1.0, "model": "toy", "tag": tag}]}
