"""Generated hostile images for the image fuzzer (tests/vision/test_fuzz_images.py and
benchmarks/fuzz_images.py): a `Recipe` says what to make, `recipes()` is the hypothesis strategy
that draws them, `make` writes the bytes, and `analyse` is the one call into the vision models.

A recipe covers every Pillow mode, every container Pillow and pillow-heif write, sides from 1 to
30,000 px within a pixel budget, aspect ratios to 1:10,000, 1 to 300 frames, each EXIF orientation
(and a few invalid ones), a header that states a size its data does not have (a decompression
bomb), and bytes cut short or with bits flipped.
"""

from __future__ import annotations

import io
import struct
import warnings
import zlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from hypothesis import strategies as st
from PIL import Image

MODES = ("1", "L", "LA", "P", "PA", "RGB", "RGBA", "CMYK", "YCbCr", "LAB", "HSV")
MODES += ("I;16", "I;16B", "I", "F")
FORMATS = ("JPEG", "PNG", "GIF", "WEBP", "TIFF", "BMP", "ICO", "PPM", "HEIF", "AVIF")
MULTI_FRAME = ("GIF", "WEBP", "TIFF", "PNG", "HEIF", "AVIF")  # save_all writes every frame
EXIF_FORMATS = ("JPEG", "PNG", "WEBP", "TIFF", "HEIF", "AVIF")
MAX_FRAMES = {"HEIF": 4, "AVIF": 4}  # their encoders take seconds a frame
MAX_SIDES = {"WEBP": 16_383, "ICO": 256, "HEIF": 4096, "AVIF": 4096}  # what each encoder takes
SLOW_ENCODERS = ("HEIF", "AVIF")  # kept to SLOW_BUDGET pixels: encoding is the cost, not decoding
SMALL_BUDGET, LARGE_BUDGET, SLOW_BUDGET, FRAMES_BUDGET = 40_000, 30_000_000, 250_000, 200_000
ORIENTATIONS = (None, 1, 2, 3, 4, 5, 6, 7, 8, 0, 9, 65535)  # None: no EXIF; 0, 9, 65535 invalid
BOMB_SIDES = (20_000, 65_535, 100_000, 1_000_000, 2**31 - 1)


@dataclass(frozen=True)
class Recipe:
    """One generated image: container, mode, size, frames, EXIF orientation and damage."""

    fmt: str
    mode: str
    width: int
    height: int
    frames: int = 1
    orientation: int | None = None
    value_range: int = 0  # which range high-bit-depth pixels take (see `_deep`)
    bomb: tuple[int, int] | None = None  # the size the header states instead (PNG, GIF, BMP)
    cut: float | None = None  # keep this fraction of the bytes
    flips: tuple[int, ...] = ()  # bit positions (modulo the length) to flip
    seed: int = 0

    def __str__(self) -> str:
        parts = [f"{self.fmt} {self.mode} {self.width}x{self.height}"]
        parts += [f"{self.frames} frames"] if self.frames > 1 else []
        parts += [f"orientation {self.orientation}"] if self.orientation is not None else []
        parts += [f"range {self.value_range}"] if self.value_range else []
        parts += [f"states {self.bomb[0]}x{self.bomb[1]}"] if self.bomb else []
        parts += [f"cut at {self.cut:.3f}"] if self.cut is not None else []
        parts += [f"{len(self.flips)} bits flipped"] if self.flips else []
        return ", ".join(parts) + f" (seed {self.seed})"


@cache
def writable_modes(fmt: str) -> tuple[str, ...]:
    """The modes of MODES that Pillow (with pillow-heif) writes in `fmt`, found by trying."""
    _register_heif()
    found = []
    for mode in MODES:
        try:
            _image(mode, 4, 3, 0, 0).save(io.BytesIO(), fmt)
        except Exception:  # noqa: BLE001 - not this container's mode
            continue
        found.append(mode)
    return tuple(found)


def formats() -> tuple[str, ...]:
    """The formats of FORMATS this installation writes in at least one mode."""
    return tuple(f for f in FORMATS if writable_modes(f))


@st.composite
def recipes(draw, large: float = 0.0) -> Recipe:
    """A hypothesis strategy of recipes; `large`: the share of them with up to LARGE_BUDGET
    pixels (the rest have up to SMALL_BUDGET, or fewer for slow encoders and many frames)."""
    fmt = draw(st.sampled_from(formats()))
    mode = draw(st.sampled_from(writable_modes(fmt)))
    frames = draw(st.sampled_from((1, 1, 1, 2, 3, 300)) | st.integers(1, 300))
    frames = min(frames, MAX_FRAMES.get(fmt, 300)) if fmt in MULTI_FRAME else 1
    budget = LARGE_BUDGET if draw(st.floats(0, 1)) < large else SMALL_BUDGET
    if fmt in SLOW_ENCODERS:
        budget = min(budget, SLOW_BUDGET)
    if frames > 1:
        budget = max(1, min(budget, FRAMES_BUDGET // frames))
    width, height = draw(_sides(budget, MAX_SIDES.get(fmt, 30_000)))
    bomb = None
    if fmt in ("PNG", "GIF", "BMP") and draw(st.integers(0, 9)) == 0:
        side = st.sampled_from(BOMB_SIDES if fmt != "GIF" else (20_000, 65_535))
        bomb = (draw(side), draw(side))
    damage = draw(st.sampled_from(("none",) * 6 + ("cut", "flip", "both")))
    cut = draw(st.floats(0.0, 1.0) | st.floats(0.05, 0.99)) if damage in ("cut", "both") else None
    flips = draw(st.lists(st.integers(0, 2**40), min_size=1, max_size=24))
    return Recipe(
        fmt,
        mode,
        width,
        height,
        frames,
        draw(st.sampled_from(ORIENTATIONS)) if fmt in EXIF_FORMATS else None,
        draw(st.integers(0, 3)),
        bomb,
        cut,
        tuple(flips) if damage in ("flip", "both") else (),
        draw(st.integers(0, 2**16)),
    )


@st.composite
def _sides(draw, budget: int, max_side: int) -> tuple[int, int]:
    """(width, height): a long side of 1 to `max_side` px and an aspect ratio of up to 10,000:1
    (mostly a photo's), both sides shrunk alike to keep within `budget` pixels."""
    edge = st.sampled_from((1, 2, 3, 7, 16, 31, 32, 33, 100, 255, 256, 1000, 4096, 30_000))
    long = min(draw(edge | st.integers(1, 30_000)), max_side)
    common = st.sampled_from((1, 4 / 3, 3 / 2, 16 / 9, 2, 3, 10, 50))
    rare = st.sampled_from((99, 100, 101, 1000, 10_000)) | st.integers(1, 10_000)
    ratio = draw(st.one_of(common, common, common, rare))
    if long * long / ratio > budget:
        long = max(1, int((budget * ratio) ** 0.5))
    short = max(1, round(long / ratio))
    long = max(1, min(long, budget // short))
    return (long, short) if draw(st.booleans()) else (short, long)


def make(recipe: Recipe) -> bytes:
    """The bytes of `recipe`; raises whatever the encoder raises when it refuses the image."""
    _register_heif()
    frames = [
        _image(recipe.mode, recipe.width, recipe.height, recipe.value_range, recipe.seed + i)
        for i in range(recipe.frames)
    ]
    buf, kwargs = io.BytesIO(), {}
    # Pillow 13's AVIF writer crashes (SIGSEGV) writing EXIF with several frames: one or other
    if recipe.orientation is not None and not (recipe.fmt == "AVIF" and recipe.frames > 1):
        exif = Image.Exif()
        exif[0x0112] = recipe.orientation
        kwargs["exif"] = exif.tobytes()
    if recipe.frames > 1:
        kwargs.update(save_all=True, append_images=frames[1:])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        frames[0].save(buf, recipe.fmt, **kwargs)
    data = buf.getvalue()
    if recipe.bomb:
        data = _state_size(data, recipe.fmt, *recipe.bomb)
    if recipe.cut is not None:
        data = data[: int(len(data) * recipe.cut)]
    return _flip(data, recipe.flips)


def _image(mode: str, width: int, height: int, value_range: int, seed: int) -> Image.Image:
    """A photo-like image in `mode`: diagonal gradients, with noise when it is small."""
    if mode.startswith("I") or mode == "F":
        return _deep(mode, width, height, value_range, seed)
    y = np.linspace(0, 255, height, dtype=np.float32)[:, None]
    x = np.linspace(0, 255, width, dtype=np.float32)[None, :]
    rgb = np.stack([x + 0 * y, y + 0 * x, (x + y) / 2], axis=-1)
    if width * height <= 250_000:
        rng = np.random.default_rng(seed)
        rgb += rng.integers(-30, 30, rgb.shape).astype(np.float32)
    im = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")
    if mode in ("LA", "RGBA", "PA"):
        im.putalpha(Image.fromarray(np.clip(x + 0 * y, 0, 255).astype(np.uint8), "L"))
        return im.convert("P").convert("PA") if mode == "PA" else im.convert(mode)
    return im.convert(mode)


def _deep(mode: str, width: int, height: int, value_range: int, seed: int) -> Image.Image:
    """16-bit, 32-bit or float pixels over one of four ranges: 8-bit, 12-bit, full, extreme (a
    float with NaN and infinities, a signed integer across its whole range)."""
    top = {"F": (1.0, 255.0, 65535.0, 1e30)}.get(mode, (255, 4095, 65535, 2**31 - 1))[value_range]
    ramp = np.linspace(0, 1, width * height, dtype=np.float64).reshape(height, width)
    values = ramp * top
    if mode == "I" and value_range == 3:
        values = values * 2 - top
    if mode == "F":
        arr = values.astype(np.float32)
        if value_range == 3 and arr.size >= 3:
            arr.flat[:3] = (np.nan, np.inf, -np.inf)
        return Image.fromarray(arr, "F")
    if mode == "I":
        return Image.fromarray(values.astype(np.int32), "I")
    arr = np.minimum(values, 65535).astype(">u2" if mode == "I;16B" else "<u2")
    return Image.frombytes(mode, (width, height), arr.tobytes())


def _state_size(data: bytes, fmt: str, width: int, height: int) -> bytes:
    """`data` with its header stating `width` x `height` px (the pixel data left as it is)."""
    if fmt == "PNG" and data[12:16] == b"IHDR":
        ihdr = data[12:16] + struct.pack(">II", width, height) + data[24:29]
        return data[:16] + ihdr[4:] + struct.pack(">I", zlib.crc32(ihdr)) + data[33:]
    if fmt == "GIF":
        size = struct.pack("<HH", min(width, 65535), min(height, 65535))
        at = data.find(b",")  # the first image descriptor states its size too
        data = data[:6] + size + data[10:]
        return data[: at + 5] + size + data[at + 9 :] if at > 0 else data
    if fmt == "BMP":
        return (
            data[:18]
            + struct.pack("<ii", min(width, 2**31 - 1), min(height, 2**31 - 1))
            + data[26:]
        )
    return data


def _flip(data: bytes, positions: tuple[int, ...]) -> bytes:
    """`data` with the bits at `positions` (modulo its length in bits) flipped."""
    if not data or not positions:
        return data
    out = bytearray(data)
    for pos in positions:
        pos %= len(out) * 8
        out[pos // 8] ^= 1 << (pos % 8)
    return bytes(out)


@cache
def _register_heif() -> None:
    """pillow-heif's HEIF (and AVIF, where it has them) writers and readers, once."""
    try:
        import pillow_heif
    except ImportError:
        return
    pillow_heif.register_heif_opener()
    if hasattr(pillow_heif, "register_avif_opener"):
        pillow_heif.register_avif_opener()


# --- the one call into the models (re-point it here when the vision API changes) --------------
def analyser(models_dir: Path, cache_dir: Path):
    """Every vision model of this installation, text included, loaded once."""
    from exposure.vision.models import model_spec
    from exposure.vision.pool import Analyzer

    return Analyzer(model_spec(models_dir, text=True), cache_dir)


def analyse(models, photo_id: str, data: bytes) -> str | None:
    """Run every model on one photo: None when it was analysed, else its named error (the
    reason a user sees). Any exception escapes."""
    (result,) = models.analyse([(photo_id, data)])
    assert result.photo_id == photo_id
    for failed in result.errors:  # a model that failed on it names itself and the reason
        assert set(failed) == {"model", "reason"} and all(map(str.strip, failed.values())), failed
    if result.error is not None:
        assert isinstance(result.error, str) and result.error.strip(), result.error
        return result.error
    assert result.thumb, "an analysed photo has a thumbnail"
    return None
