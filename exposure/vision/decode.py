"""Decode a photo once, at the sizes the models need, EXIF rotation applied.

Two arrays come out: `detect`, the full photo (YOLO letterboxes it itself; text, face looks and
encodings read it), and `image`, a working copy of at most `side` px for the classifier, the
faces' whole-photo pass and thumbnails. A JPEG is decoded by libjpeg straight to 1/2, 1/4 or 1/8
of its size (Pillow's `draft` mode) where that still leaves at least `draft_side` px on the long
side: a 4032 px phone photo comes out at 2016 px for a quarter of the decoding time, and every
model after it reads fewer pixels. On the 72 COCO photos upscaled to 4032 px, object precision and
recall against COCO's labels are the same as from the full decode (0.905 and 0.691), with the same
faces; 2 of 112 photos changed a label and 4 a junk text line (benchmarks/decode_draft.py).
Other formats are decoded whole and, above FULL_DECODE_MAX pixels, reduced by the same rule at
once. A truncated
file is decoded as far as its data goes (the rest is grey), as a platform would show it; ingest
already lists it as truncated. Every failure becomes a `DecodeError` whose message is the reason
shown to the user.

Bounds, checked from the header before any pixel is decoded (what exceeds one is a DecodeError
that names it): the file's size (MAX_FILE_BYTES), the pixel count (MAX_PIXELS), the long side
(MAX_SIDE), the aspect ratio (MAX_ASPECT) and the decoded size of the first frame
(MAX_DECODED_BYTES). Of a file with several frames (GIF, TIFF, WebP, APNG, MPO, ICO sizes) only the
first is decoded. Every Pillow mode comes out as RGB: 16-bit, 32-bit and float pixels are scaled
to 0-255 by their range, transparency is laid on white.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFile

from ..ingest import media  # noqa: F401 - registers the HEIC/HEIF opener (pillow-heif)

# Bounds. 120 MP takes a 102 MP medium-format camera's photos (a 200 MP phone sensor's
# full-resolution mode is refused; its default photos are 12.5 MP); a phone's widest panoramas
# are about 10:1 and 30,000 px.
MAX_FILE_BYTES = 200_000_000
MAX_PIXELS = 120_000_000  # above this an image is refused as a decompression bomb
MAX_SIDE = 40_000
MAX_ASPECT = 100  # long side over short side; a strip of a few pixels is no photo to analyse
# The first frame's pixels as Pillow holds them (4 bytes a pixel for colour, I and F modes),
# before a JPEG's draft reduction: MAX_PIXELS in colour, so that a decode stays well under 1 GB
MAX_DECODED_BYTES = 4 * MAX_PIXELS
FULL_DECODE_MAX = 16_000_000  # other formats above this are reduced towards draft_side
TRUNCATED = "truncated image"
_BYTES_PER_PIXEL = {"1": 1, "L": 1, "P": 1, "I;16": 2, "I;16B": 2, "I;16L": 2, "I;16N": 2}
_UPRIGHT = {  # EXIF orientation -> the transpose that makes the photo upright
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


class DecodeError(Exception):
    """A photo that cannot be decoded; the message is the reason."""


@dataclass
class Decoded:
    image: np.ndarray  # RGB uint8, long side at most the requested size
    detect: np.ndarray  # RGB uint8, the full photo (a JPEG reduced to at least draft_side)
    width: int  # of the original photo, after EXIF rotation
    height: int

    @property
    def scale(self) -> float:
        """Multiply `image` pixels by this to get original-photo pixels."""
        return self.width / self.image.shape[1]

    @property
    def detect_scale(self) -> float:
        """Original pixels per pixel of `detect`."""
        return self.width / self.detect.shape[1]


def decode(data: bytes, side: int, draft_side: int | None = None) -> Decoded:
    """RGB pixels of `data`: `image` with its long side reduced to at most `side`, and `detect`,
    the full photo (a JPEG at least twice `draft_side`, default `side`, decoded straight to a size
    of at least `draft_side`); upright; a truncated photo as far as it decodes."""
    draft_side = max(side, draft_side or side)
    try:
        return _decode(data, side, draft_side)
    except DecodeError as exc:
        if str(exc) != TRUNCATED:
            raise
    with _load_truncated():
        return _decode(data, side, draft_side)


@contextmanager
def _load_truncated() -> Iterator[None]:
    """Pillow decodes truncated files inside this block only (its switch is a module global)."""
    saved = ImageFile.LOAD_TRUNCATED_IMAGES
    ImageFile.LOAD_TRUNCATED_IMAGES = True
    try:
        yield
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = saved


def _decode(data: bytes, side: int, draft_side: int) -> Decoded:
    if len(data) > MAX_FILE_BYTES:
        raise DecodeError(
            f"file too large ({len(data) // 1_000_000} MB, the limit is "
            f"{MAX_FILE_BYTES // 1_000_000} MB)"
        )
    try:
        with warnings.catch_warnings():
            # Pillow's notes on odd files go unsaid (its decompression-bomb warning included:
            # the bounds below decide, with a reason); its DecompressionBombError still raises
            warnings.simplefilter("ignore")
            return _pixels(Image.open(io.BytesIO(data)), side, draft_side)
    except DecodeError:
        raise
    except Image.DecompressionBombError:
        raise DecodeError("image too large (decompression bomb)") from None
    except Image.UnidentifiedImageError:
        raise DecodeError("not an image Pillow can read") from None
    except (OSError, SyntaxError, ValueError) as exc:
        text = str(exc).lower()
        reason = TRUNCATED if "truncated" in text else f"corrupt image ({exc})"
        raise DecodeError(reason[:160]) from None
    except MemoryError:
        raise DecodeError("out of memory while decoding") from None
    except Exception as exc:  # noqa: BLE001 - any decoder bug is one skipped photo
        raise DecodeError(f"cannot decode ({type(exc).__name__})") from None


def _pixels(im: Image.Image, side: int, draft_side: int) -> Decoded:
    """The first frame of the opened `im`, bounded, upright, as RGB at both sizes."""
    check_bounds(im.size, im.mode)
    orientation = _orientation(im)
    width, height = im.size
    if orientation in (5, 6, 7, 8):
        width, height = height, width
    if im.format == "JPEG" and max(im.size) >= 2 * draft_side:  # libjpeg can reduce: let it
        f = draft_side / max(im.size)
        im.draft("RGB", (max(1, int(im.width * f)), max(1, int(im.height * f))))
    im.load()  # the current frame: the first, as opened
    check_bounds(im.size, im.mode)  # a frame may differ from its header (ICO, TIFF)
    if im.width * im.height > FULL_DECODE_MAX:  # not a JPEG, or one draft could not reduce
        im = _reduce(im, max(im.size) // draft_side)
    im = _to_rgb(im)
    if orientation in _UPRIGHT:
        im = im.transpose(_UPRIGHT[orientation])
    full = np.asarray(im)
    factor = max(im.size) // side
    if factor >= 2:
        im = im.reduce(factor)  # box filter, fast: most of the way down
    if max(im.size) > side:
        im.thumbnail((side, side), Image.BILINEAR)
    return Decoded(np.asarray(im), full, width, height)


def check_bounds(size: tuple[int, int], mode: str) -> None:
    """Raise DecodeError when an image of `size` (width, height) in Pillow `mode` exceeds a bound;
    returns None when it is within all of them."""
    w, h = size
    if w < 1 or h < 1:
        raise DecodeError(f"image has no pixels ({w}x{h})")
    if w * h > MAX_PIXELS:
        raise DecodeError(
            f"image too large ({w}x{h}, {w * h / 1e6:.0f} MP; the limit is "
            f"{MAX_PIXELS / 1e6:.0f} MP, against decompression bombs)"
        )
    if max(w, h) > MAX_SIDE:
        raise DecodeError(f"image too long ({w}x{h}; the limit is {MAX_SIDE} px a side)")
    if max(w, h) > MAX_ASPECT * min(w, h):
        raise DecodeError(
            f"image too narrow ({w}x{h}, {max(w, h) / min(w, h):.0f}:1; "
            f"the limit is {MAX_ASPECT}:1)"
        )
    if w * h * _BYTES_PER_PIXEL.get(mode, 4) > MAX_DECODED_BYTES:
        raise DecodeError(f"image too large to decode ({w}x{h} in mode {mode})")


def _orientation(im: Image.Image) -> int:
    """The EXIF orientation (1 to 8), 1 when absent, unknown or unreadable."""
    try:
        value = im.getexif().get(0x0112, 1)
    except Exception:  # noqa: BLE001 - broken EXIF: the photo as stored
        return 1
    return value if isinstance(value, int) and value in range(1, 9) else 1


def _reduce(im: Image.Image, factor: int) -> Image.Image:
    """`im` reduced `factor` times by a box filter (1-bit, palette and 16-bit modes converted
    first to one that Pillow reduces)."""
    if factor < 2:
        return im
    if im.mode.startswith("I;16"):
        im = _from_range(np.asarray(im)[::factor, ::factor])  # every factor-th pixel
        return im
    if im.mode in ("1", "P"):
        im = im.convert("RGBA" if im.mode == "P" else "L")
    return im.reduce(factor)


def _to_rgb(im: Image.Image) -> Image.Image:
    """`im` in RGB: high-bit-depth modes scaled by their range, transparency laid on white."""
    if im.mode.startswith("I") or im.mode == "F":
        im = _from_range(np.asarray(im))
    if im.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (
        im.mode == "P" and "transparency" in im.info
    ):
        im = im.convert("RGBA")
        bg = Image.new("RGBA", im.size, (255, 255, 255, 255))
        im = Image.alpha_composite(bg, im)
    return im.convert("RGB")


def _from_range(arr: np.ndarray) -> Image.Image:
    """A grey image of 16-bit, 32-bit or float pixels: values within 0-255 kept, floats within
    0-1 stretched to 0-255, any other range mapped from its lowest and highest value to 0-255
    (a 12-bit scan in 16 bits is not left dark); NaN and infinities are black."""
    values = np.nan_to_num(arr.astype(np.float32), nan=0.0, posinf=0.0, neginf=0.0)
    lo, hi = float(values.min(initial=0.0)), float(values.max(initial=0.0))
    if arr.dtype.kind == "f" and lo >= 0 and hi <= 1:
        values *= 255
    elif lo < 0 or hi > 255:
        values = (values - lo) * (255 / max(hi - lo, 1e-12))
    return Image.fromarray(np.clip(values, 0, 255).astype(np.uint8), "L")
