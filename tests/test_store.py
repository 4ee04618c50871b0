"""The output folder's database: the one box convention meets the faces table's columns."""

from __future__ import annotations

import numpy as np

from exposure.store import Store
from exposure.types import Face, box_to_css, css_to_box
from exposure.vision.pool import PhotoResult


def test_a_face_box_is_stored_as_top_right_bottom_left(tmp_path):
    face = Face((10, 20, 30, 60), np.zeros(128, dtype=np.float32), b"")  # x0, y0, x1, y1
    with Store(tmp_path) as store:
        store.put_analysis("m", PhotoResult("p", faces=[face]))
        row = store.vision_tables("m")["faces"].iloc[0]
    assert (row.top, row.right, row.bottom, row.left) == (20, 30, 60, 10)


def test_the_box_conversions_are_inverse():
    assert css_to_box((20, 30, 60, 10)) == (10, 20, 30, 60)
    assert box_to_css(css_to_box((1, 2, 3, 4))) == (1, 2, 3, 4)
