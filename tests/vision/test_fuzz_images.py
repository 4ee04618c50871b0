"""The image fuzzer, a small seeded budget (benchmarks/fuzz_images.py runs the large one):
generated hostile images (every mode and container, any size and aspect ratio, many frames, each
EXIF orientation, header-stated bombs, cut and bit-flipped bytes) give a picture or a named
DecodeError, never another exception, and every model takes each one without raising."""

from __future__ import annotations

import signal
from contextlib import contextmanager

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from PIL import ImageFile

from exposure.vision.decode import MAX_ASPECT, MAX_PIXELS, MAX_SIDE, DecodeError, decode
from tests.builders.fuzz_images import Recipe, analyse, analyser, make, recipes

SIDE, DRAFT = 800, 1600
SEEDED = settings(
    database=None,  # nothing written into the repository
    derandomize=True,  # the same examples on every run: a failure is the same failure
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@contextmanager
def time_box(seconds: int):
    """Raise TimeoutError in this block after `seconds` (a hang becomes a failure)."""

    def expired(*_):
        raise TimeoutError(f"no answer in {seconds} s")

    saved = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, saved)


def _within_bounds(recipe: Recipe) -> bool:
    w, h = recipe.width, recipe.height
    return w * h <= MAX_PIXELS and max(w, h) <= MAX_SIDE and max(w, h) <= MAX_ASPECT * min(w, h)


def _intact(recipe: Recipe) -> bool:
    return recipe.bomb is None and recipe.cut is None and not recipe.flips


@pytest.fixture(autouse=True)
def _pillow_default(monkeypatch):
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", False)


@pytest.mark.slow
@settings(SEEDED, max_examples=40)
@given(recipe=recipes())
def test_a_generated_image_decodes_to_rgb_or_a_named_decode_error(recipe):
    data = make(recipe)
    with time_box(30):
        try:
            dec = decode(data, SIDE, DRAFT)
        except DecodeError as exc:
            assert str(exc).strip()
            assert not (_intact(recipe) and _within_bounds(recipe)), f"{recipe}: {exc}"
            return
    assert dec.image.dtype == np.uint8 and dec.image.ndim == 3 and dec.image.shape[2] == 3
    assert dec.detect.dtype == np.uint8 and dec.detect.shape[2] == 3
    assert 1 <= max(dec.image.shape[:2]) <= SIDE
    assert dec.width >= 1 and dec.height >= 1
    if _intact(recipe) and recipe.fmt != "ICO":  # ICO keeps the sizes of its icon list
        assert {dec.width, dec.height} == {recipe.width, recipe.height}, recipe


@pytest.fixture(scope="module")
def models(models_dir, tmp_path_factory):
    return analyser(models_dir, tmp_path_factory.mktemp("cache"))


@pytest.mark.models
@pytest.mark.slow
@settings(SEEDED, max_examples=12)
@given(recipe=recipes())
def test_every_model_takes_a_generated_image_without_raising(models, recipe):
    data = make(recipe)
    with time_box(120):
        error = analyse(models, "fuzzed", data)
    if error is None:
        return
    assert not (_intact(recipe) and _within_bounds(recipe)), f"{recipe}: {error}"


@pytest.mark.models
@pytest.mark.parametrize(
    "recipe",
    [
        Recipe("PNG", "RGB", 3000, 30),  # 100:1, a banner: text, faces, YOLO
        Recipe("PNG", "RGB", 1, 1),
        Recipe("TIFF", "F", 33, 2, value_range=3),  # NaN and infinities
        Recipe("GIF", "P", 40, 30, frames=300),
        Recipe("JPEG", "CMYK", 64, 48, orientation=6, cut=0.7),
    ],
    ids=str,
)
def test_every_model_takes_the_edge_cases(models, recipe):
    with time_box(120):
        error = analyse(models, "edge", make(recipe))
    assert error is None or "truncated" in error
