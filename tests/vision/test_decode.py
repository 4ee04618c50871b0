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
    # 5000 x 3750: libjpeg decodes straight to 1/2 (2500 px),
    # the largest reduction still at least 1600 px; the working copy is 800 px
    dec = decode(_jpeg(5000, 3750), 800, 1600)
    assert dec.detect.shape[:2] == (1875, 2500) and max(dec.image.shape[:2]) == 800
    assert (dec.width, dec.height) == (5000, 3750) and dec.detect_scale == 2.0
    # without a draft size the full photo is reduced as far as the working copy allows
    assert decode(_jpeg(5000, 3750), 800).detect.shape[:2] == (938, 1250)
    # a 12 MP phone photo too (at 1/2: 2000 px), one under twice the draft size is decoded whole
    assert decode(_jpeg(4000, 3000), 800, 1600).detect.shape[:2] == (1500, 2000)
    assert decode(_jpeg(3000, 2250), 800, 1600).detect.shape[:2] == (2250, 3000)


def _png(pixels: np.ndarray, mode: str | None = None, **save) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(pixels, mode).save(buf, "PNG", **save)
    return buf.getvalue()


def _stating(width: int, height: int) -> bytes:
    """A 1x1 PNG whose header states `width` x `height` px: a decompression bomb's shape."""
    from tests.builders.fuzz_images import _state_size

    return _state_size(_png(np.zeros((1, 1, 3), np.uint8)), "PNG", width, height)


@pytest.mark.parametrize(
    "width, height, reason",
    [
        (12_000, 11_000, r"image too large \(12000x11000, 132 MP; the limit is 120 MP"),
        (100_000, 100_000, r"image too large \(decompression bomb\)"),  # Pillow's own error
        (2**31 - 1, 2**31 - 1, r"image too large"),
        (45_000, 1_000, r"image too long \(45000x1000; the limit is 40000 px a side\)"),
        (30_000, 200, r"image too narrow \(30000x200, 150:1; the limit is 100:1\)"),
        (0, 10, r"no pixels|not an image"),
    ],
)
def test_a_header_stating_a_size_over_a_bound_is_refused_before_decoding(width, height, reason):
    with pytest.raises(DecodeError, match=reason):
        decode(_stating(width, height), 800)


def test_a_strip_past_the_aspect_bound_is_refused_and_one_at_it_decodes():
    with pytest.raises(DecodeError, match="image too narrow"):
        decode(_png(np.full((5, 3000, 3), 90, np.uint8)), 800)  # 600:1
    dec = decode(_png(np.full((4000, 40, 3), 90, np.uint8)), 800)  # 100:1, standing
    assert (dec.width, dec.height) == (40, 4000) and dec.image.shape == (800, 8, 3)


def test_a_file_over_the_size_bound_is_refused_unread(monkeypatch):
    import exposure.vision.decode as decoding

    data = _jpeg()
    monkeypatch.setattr(decoding, "MAX_FILE_BYTES", len(data) - 1)
    with pytest.raises(DecodeError, match=r"file too large \(0 MB, the limit is 0 MB\)"):
        decode(data, 800)


@pytest.mark.slow
def test_pillows_decompression_bomb_warning_is_the_bound_not_an_exception(recwarn):
    """Above Pillow's 89 MP warning, within MAX_PIXELS: decoded (a JPEG, at its draft size)."""
    buf = io.BytesIO()
    Image.new("RGB", (10_000, 9_000), (40, 120, 200)).save(buf, "JPEG", quality=50)
    dec = decode(buf.getvalue(), 800, 1600)
    assert (dec.width, dec.height) == (10_000, 9_000) and max(dec.detect.shape) == 2500
    assert not [w for w in recwarn if "DecompressionBomb" in type(w.message).__name__]


def test_of_300_frames_only_the_first_is_decoded():
    frames = [Image.new("RGB", (64, 48), (i % 256, 255 - i % 256, 60)) for i in range(300)]
    for fmt in ("GIF", "TIFF", "WEBP", "PNG"):
        buf = io.BytesIO()
        frames[0].save(buf, fmt, save_all=True, append_images=frames[1:], lossless=True)
        dec = decode(buf.getvalue(), 800)
        assert dec.image.shape == (48, 64, 3), fmt
        assert np.abs(dec.image[24, 32].astype(int) - (0, 255, 60)).max() <= 2, fmt


# EXIF orientation -> how a photo stored as `a` looks upright, in numpy terms
UPRIGHT = {
    1: lambda a: a,
    2: lambda a: a[:, ::-1],
    3: lambda a: a[::-1, ::-1],
    4: lambda a: a[::-1],
    5: lambda a: a.transpose(1, 0, 2),
    6: lambda a: np.rot90(a, -1),
    7: lambda a: a.transpose(1, 0, 2)[::-1, ::-1],
    8: lambda a: np.rot90(a, 1),
}


@pytest.mark.parametrize("orientation", sorted(UPRIGHT))
def test_each_exif_orientation_is_applied(orientation):
    stored = np.zeros((4, 6, 3), np.uint8)
    stored[0, 0], stored[0, -1], stored[-1, 0] = (255, 0, 0), (0, 255, 0), (0, 0, 255)
    exif = Image.Exif()
    exif[0x0112] = orientation
    dec = decode(_png(stored, exif=exif.tobytes()), 800)
    upright = UPRIGHT[orientation](stored)
    assert np.array_equal(dec.image, upright)
    assert (dec.width, dec.height) == (upright.shape[1], upright.shape[0])


@pytest.mark.parametrize("orientation", [0, 9, 65535])
def test_an_invalid_exif_orientation_leaves_the_photo_as_stored(orientation):
    stored = np.arange(4 * 6 * 3, dtype=np.uint8).reshape(4, 6, 3)
    exif = Image.Exif()
    exif[0x0112] = orientation
    assert np.array_equal(decode(_png(stored, exif=exif.tobytes()), 800).image, stored)


def _tiff(im: Image.Image) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "TIFF")
    return buf.getvalue()


COLOURS = np.array([[[200, 30, 40], [30, 160, 60], [40, 50, 210], [250, 250, 250]]], np.uint8)


@pytest.mark.parametrize("mode", ["1", "L", "LA", "P", "PA", "RGB", "RGBA", "CMYK", "YCbCr", "LAB"])
def test_every_8_bit_mode_decodes_to_its_rgb(mode):
    im = Image.fromarray(np.repeat(COLOURS, 3, axis=0), "RGB").convert(mode)
    dec = decode(_tiff(im), 800)
    expected = np.asarray(im.convert("RGBA" if "A" in mode else "RGB"))[..., :3]
    assert dec.image.dtype == np.uint8 and dec.image.shape == (3, 4, 3)
    assert np.abs(dec.image.astype(int) - expected.astype(int)).max() <= 3, mode


def test_hsv_which_no_file_holds_converts_to_its_rgb():
    from exposure.vision.decode import _to_rgb

    hsv = Image.fromarray(COLOURS, "RGB").convert("HSV")
    assert np.abs(np.asarray(_to_rgb(hsv)).astype(int) - COLOURS).max() <= 3


def test_transparency_is_laid_on_white():
    rgba = np.zeros((2, 2, 4), np.uint8)  # fully transparent black
    assert (decode(_png(rgba, "RGBA"), 800).image == 255).all()


@pytest.mark.parametrize(
    "mode, values, grey",
    [
        ("I;16", [0, 32768, 65535], [0, 128, 255]),  # full 16-bit range: v / 257
        ("I;16B", [0, 32768, 65535], [0, 128, 255]),
        ("I;16", [0, 2048, 4095], [0, 128, 255]),  # a 12-bit scan in 16 bits: not left dark
        ("I;16", [0, 100, 200], [0, 100, 200]),  # already 8-bit values: kept
        ("I", [-1000, 0, 1000], [0, 128, 255]),  # signed: from its lowest to its highest
        ("F", [0.0, 0.5, 1.0], [0, 128, 255]),  # 0-1 floats: not black
        ("F", [0.0, 5e5, 1e6], [0, 128, 255]),  # large floats: not clipped to white
        ("F", [0.0, float("nan"), 255.0], [0, 0, 255]),  # NaN: black
    ],
)
def test_high_bit_depth_pixels_are_scaled_by_their_range(mode, values, grey):
    dtype = {"I;16": "<u2", "I;16B": ">u2", "I": "<i4", "F": "<f4"}[mode]
    row = np.array(values, dtype=dtype).reshape(1, 3)
    dec = decode(_tiff(Image.frombytes(mode, (3, 1), row.tobytes())), 800)
    assert np.abs(dec.image[0, :, 0].astype(int) - grey).max() <= 1, dec.image[0]
    assert (dec.image[..., 0] == dec.image[..., 2]).all()  # grey
