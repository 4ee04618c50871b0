"""Decode a photo once, at the sizes the models need, EXIF rotation applied.

Two arrays come out: `detect`, the full photo (YOLO letterboxes it itself; text, face looks and
encodings read it), and `image`, a working copy of at most `side` px for the classifier, the
faces' whole-photo pass and thumbnails. Up to FULL_DECODE_MAX pixels (a 12 MP phone photo) the photo
is decoded in full, because YOLO's own linear resize from the full photo is what its results are
known for: from a pre-reduced copy, 3 in 40 photos at 4032 px changed a label. Above it, Pillow's
`draft` mode lets libjpeg decode straight to 1/2, 1/4 or 1/8 of the size, which is most of the cost
of a large JPEG. A truncated file is decoded as far as its data goes (the rest is grey), as a
platform would show it; ingest already lists it as truncated. Every failure becomes a `DecodeError`
whose message is the reason shown to the user.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFile, ImageOps

from ..ingest import media  # noqa: F401 - registers the HEIC/HEIF opener (pillow-heif)

MAX_PIXELS = 120_000_000  # above this an image is refused as a decompression bomb
FULL_DECODE_MAX = 16_000_000
TRUNCATED = "truncated image"


class DecodeError(Exception):
    """A photo that cannot be decoded; the message is the reason."""


@dataclass
class Decoded:
    image: np.ndarray  # RGB uint8, long side at most the requested size
    detect: np.ndarray  # RGB uint8, the full photo (or its draft-mode reduction when huge)
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
    the full photo (a JPEG above FULL_DECODE_MAX pixels decoded straight to a size of at least
    `draft_side`, default `side`); upright; a truncated photo as far as it decodes."""
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
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data))
            if im.width * im.height > MAX_PIXELS:
                raise DecodeError(f"image too large ({im.width}x{im.height}, decompression bomb)")
            orientation = im.getexif().get(0x0112, 1) if hasattr(im, "getexif") else 1
            width, height = im.size
            if orientation in (5, 6, 7, 8):
                width, height = height, width
            if im.format == "JPEG" and im.width * im.height > FULL_DECODE_MAX:
                f = draft_side / max(im.size)
                im.draft("RGB", (max(1, int(im.width * f)), max(1, int(im.height * f))))
            im.load()
            im = ImageOps.exif_transpose(im) or im
            im = _to_rgb(im)
            full = np.asarray(im)
            factor = max(im.size) // side
            if factor >= 2:
                im = im.reduce(factor)  # box filter, fast: most of the way down
            if max(im.size) > side:
                im.thumbnail((side, side), Image.BILINEAR)
            return Decoded(np.asarray(im), full, width, height)
    except DecodeError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise DecodeError("image too large (decompression bomb)") from None
    except Image.UnidentifiedImageError:
        raise DecodeError("not an image Pillow can read") from None
    except (OSError, SyntaxError, ValueError) as exc:
        text = str(exc).lower()
        reason = TRUNCATED if "truncated" in text else f"corrupt image ({exc})"
        raise DecodeError(reason[:160]) from None
    except Exception as exc:  # noqa: BLE001 - any decoder bug is one skipped photo
        raise DecodeError(f"cannot decode ({type(exc).__name__})") from None


def _to_rgb(im: Image.Image) -> Image.Image:
    if getattr(im, "is_animated", False):
        im.seek(0)
    if im.mode in ("I;16", "I;16B", "I;16L", "I"):
        arr = np.asarray(im, dtype=np.uint32)
        top = max(int(arr.max()), 1)
        im = Image.fromarray((arr * (255.0 / top if top > 255 else 1)).astype(np.uint8), "L")
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        im = im.convert("RGBA")
        bg = Image.new("RGBA", im.size, (255, 255, 255, 255))
        im = Image.alpha_composite(bg, im)
    return im.convert("RGB")
