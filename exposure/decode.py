"""Decode a photo once, at the size the models need: EXIF rotation applied, JPEGs decoded reduced.

Pillow's `draft` mode lets libjpeg decode a 4032 px JPEG straight to 1/2, 1/4 or 1/8 of its size,
which is most of the saving over a full decode. Every failure becomes a `DecodeError` whose message
is the one-line reason shown to the user.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageOps

MAX_PIXELS = 120_000_000  # above this an image is refused as a decompression bomb


class DecodeError(Exception):
    """A photo that cannot be decoded; the message is the reason."""


@dataclass
class Decoded:
    image: np.ndarray  # RGB uint8, long side at most the requested size
    width: int  # of the original photo, after EXIF rotation
    height: int

    @property
    def scale(self) -> float:
        """Multiply array pixels by this to get original-photo pixels."""
        return self.width / self.image.shape[1]


def decode(data: bytes, side: int) -> Decoded:
    """RGB pixels of `data`, long side reduced to at most `side`, upright."""
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
            if im.format == "JPEG" and max(im.size) > side:
                f = side / max(im.size)
                im.draft("RGB", (max(1, int(im.width * f)), max(1, int(im.height * f))))
            im.load()
            im = ImageOps.exif_transpose(im) or im
            im = _to_rgb(im)
            if max(im.size) > side:
                im.thumbnail((side, side), Image.BILINEAR)
            return Decoded(np.asarray(im), width, height)
    except DecodeError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise DecodeError("image too large (decompression bomb)") from None
    except Image.UnidentifiedImageError:
        raise DecodeError("not an image Pillow can read") from None
    except (OSError, SyntaxError, ValueError) as exc:
        text = str(exc).lower()
        reason = "truncated image" if "truncated" in text else f"corrupt image ({exc})"
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
