"""The records the stages pass to each other, and the one box convention of the project.

Boxes are `(x0, y0, x1, y1)`: left, top, right, bottom, in pixels of the original photo after
EXIF rotation. face_recognition speaks (top, right, bottom, left) ("css" order); only
`css_to_box` and `box_to_css` convert between the two, at that library's edge and at the
`faces` table's columns (top, right, bottom, left).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy is not imported for the annotation alone (a rescan never needs it)
    import numpy as np

Box = tuple[float, float, float, float]  # x0, y0, x1, y1
CssBox = tuple[int, int, int, int]  # top, right, bottom, left (face_recognition)
DETECT_CONF = 0.25  # the detectors keep boxes from this score


def css_to_box(css: CssBox) -> Box:
    """(x0, y0, x1, y1) of a face_recognition (top, right, bottom, left) box."""
    top, right, bottom, left = css
    return (left, top, right, bottom)


def box_to_css(box: Box) -> CssBox:
    """(top, right, bottom, left), face_recognition's order, of an (x0, y0, x1, y1) box."""
    x0, y0, x1, y1 = box
    return (y0, x1, y1, x0)


@dataclass
class Detection:
    """An object found by the detector: COCO label, score and box."""

    label: str
    score: float
    box: Box
    model: str = ""


@dataclass
class Label:
    """A whole-photo class from the classifier and the tag it means (None: no tag)."""

    label: str
    score: float
    model: str = ""
    tag: str | None = None


@dataclass
class Face:
    """A face: its box, its 128-d encoding, a small JPEG for the report, and its estimated age
    (years) and age band ('baby', 'child', 'teen', 'adult'), None when ages were not estimated."""

    box: Box
    encoding: np.ndarray
    thumb: bytes = b""
    age: float | None = None
    band: str | None = None
