"""Face detection with the real models on real photos: the pyramid levels and the second look.

face_recognition's `face_locations(image)` scans a pyramid from twice the photo's size down; exposure
scans the same levels from the first one of at most MAIN_LEVEL px, then looks again at the top of
each small person. These tests hold both halves to what face_recognition itself finds.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from exposure.types import box_to_css
from exposure.vision import faces as faces_mod
from exposure.vision.models import model_spec
from exposure.vision.pool import Analyzer

pytestmark = pytest.mark.slow

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import face_recognition


@pytest.fixture(scope="module")
def analyzer(models_dir, tmp_path_factory) -> Analyzer:
    return Analyzer(model_spec(models_dir), tmp_path_factory.mktemp("models-cache"))


def _upscaled(path: Path, side: int | None) -> bytes:
    im = Image.open(path).convert("RGB")
    f = side / max(im.size) if side else 1.0
    im = im.resize((round(im.width * f), round(im.height * f)), Image.BICUBIC)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=90)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("photo", "side"),
    [
        ("coco/images/000000000110.jpg", 2048),
        ("coco/images/000000000368.jpg", 2048),
        ("faces/person_a/img62.jpg", 2048),
        ("faces/person_a/img62.jpg", None),  # 660 px: small enough for the whole pyramid
        ("coco/images/000000000110.jpg", None),
    ],
)
def test_first_pass_finds_what_face_recognition_finds_on_the_whole_photo(
    analyzer, test_data, photo, side
):
    """Every face face_recognition finds within the first pass's reach, at the same place."""
    data = _upscaled(test_data / photo, side)
    full = np.asarray(Image.open(io.BytesIO(data)))
    reference = face_recognition.face_locations(full)  # what a script would do: 2x, all levels
    reach = faces_mod.WINDOW / faces_mod.first_level(max(full.shape[:2]))
    expected = sorted(b for b in reference if b[2] - b[0] >= 0.9 * reach)
    assert expected, "the photo should have a face within reach"

    found = sorted(box_to_css(f.box) for f in analyzer.analyse([("p", data)])[0].faces)
    assert len(found) >= len(expected)
    for box in expected:
        assert any(max(abs(a - b) for a, b in zip(box, f)) <= 4 for f in found), (box, found)


def test_a_small_face_in_a_large_photo_is_found_by_the_second_look(
    analyzer, test_data, monkeypatch
):
    """A person whose face is 70 px in a 4032 px photo: below the first pass's reach (143 px)."""
    person = Image.open(test_data / "faces/person_c/img37.jpg").convert(
        "RGB"
    )  # standing, in a suit
    (t, r, b, lf), *_ = face_recognition.face_locations(np.asarray(person))
    full_face = face_recognition.face_encodings(np.asarray(person), [(t, r, b, lf)])[0]
    f = 70 / (b - t)
    small = person.resize((round(person.width * f), round(person.height * f)), Image.LANCZOS)
    background = Image.open(test_data / "coco/images/000000000034.jpg").convert("RGB")  # zebra
    canvas = background.resize((4032, 3024), Image.BICUBIC)
    at = (2600, 1200)
    canvas.paste(small, at)
    buf = io.BytesIO()
    canvas.save(buf, "JPEG", quality=92)

    result = analyzer.analyse([("p", buf.getvalue())])[0]
    assert any(d.label == "person" for d in result.detections)
    assert len(result.faces) == 1, result.faces
    x0, y0, x1, y1 = result.faces[0].box
    assert at[0] <= x0 < x1 <= at[0] + small.width and at[1] <= y0 < y1 <= at[1] + small.height
    assert 50 <= y1 - y0 <= 110
    assert np.linalg.norm(result.faces[0].encoding - full_face) < 0.6  # still the same person

    monkeypatch.setattr(faces_mod, "MAX_LOOKS", 0)
    assert (
        analyzer.analyse([("p", buf.getvalue())])[0].faces == []
    )  # the first pass alone misses it
