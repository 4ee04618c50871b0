"""Decoding: a JPEG cut short is analysed as far as it decodes; Pillow's switch for that stays off
everywhere else."""

from __future__ import annotations

import io
import subprocess
import sys

import numpy as np
import pytest
from PIL import Image, ImageFile

from exposure.vision.decode import DecodeError, decode


def _jpeg(width: int = 640, height: int = 480) -> bytes:
    """A photo-like JPEG: a smooth gradient, red on top, blue below."""
    y = np.linspace(0, 1, height)[:, None, None]
    top, bottom = np.array([220, 30, 30]), np.array([30, 30, 220])
    pixels = (top * (1 - y) + bottom * y) * np.ones((1, width, 1))
    buf = io.BytesIO()
    Image.fromarray(pixels.astype(np.uint8)).save(buf, "JPEG", quality=90)
    return buf.getvalue()


@pytest.fixture(autouse=True)
def _pillow_default(monkeypatch):
    """Pillow as it comes (an earlier import of face_recognition may have changed it)."""
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", False)


def test_a_jpeg_cut_short_decodes_as_far_as_it_goes():
    data = _jpeg()
    dec = decode(data[: len(data) * 6 // 10], 1600)
    assert (dec.width, dec.height) == (640, 480)
    whole = decode(data, 1600)
    top = slice(0, 100)  # the first rows are in the part that arrived
    assert np.abs(dec.image[top].astype(int) - whole.image[top].astype(int)).mean() < 2
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False  # set for that one decode only


def test_a_jpeg_cut_in_its_headers_is_still_refused():
    with pytest.raises(DecodeError):
        decode(_jpeg()[:200], 1600)
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False


def test_loading_the_face_models_leaves_pillow_refusing_truncated_files():
    """face_recognition's import turns the switch on for the whole process; the worker undoes it."""
    code = (
        "from PIL import ImageFile; from exposure.vision.faces import FaceAnalyzer; "
        "FaceAnalyzer(); print(ImageFile.LOAD_TRUNCATED_IMAGES)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_huge_jpeg_keeps_its_full_photo_at_the_draft_size_and_a_small_working_copy():
    # 5000 x 3750 (18.75 MP, above FULL_DECODE_MAX): libjpeg decodes straight to 1/2 (2500 px),
    # the largest reduction still at least 1600 px; the working copy is 800 px
    dec = decode(_jpeg(5000, 3750), 800, 1600)
    assert dec.detect.shape[:2] == (1875, 2500) and max(dec.image.shape[:2]) == 800
    assert (dec.width, dec.height) == (5000, 3750) and dec.detect_scale == 2.0
    # without a draft size the full photo is reduced as far as the working copy allows
    assert decode(_jpeg(5000, 3750), 800).detect.shape[:2] == (938, 1250)
    # a 12 MP photo is decoded whole
    assert decode(_jpeg(4000, 3000), 800, 1600).detect.shape[:2] == (3000, 4000)
