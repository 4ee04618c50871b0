"""What every export builder uses: tiny distinct JPEGs, EXIF, Meta's text encoding, times, a file tree.

Each builder (one module per export family) writes a small export under a folder and returns what a
correct reader must find: `{archive path of the photo: {"taken_at": ..., "lat": ..., "lon": ...,
"caption": ...}}` plus the problems it must record, after the fixture recipe of export-formats.md
(section 6). Images are tiny JPEGs of distinct colours, so every content hash differs.
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PIL import Image

_counter = [0]


def jpeg(size: int = 8, exif: Image.Exif | None = None, seed: int | None = None) -> bytes:
    """A tiny JPEG of a colour no other call returns (unless `seed` repeats)."""
    if seed is None:
        _counter[0] += 1
        seed = _counter[0]
    colour = ((seed * 37) % 256, (seed * 91) % 256, (seed * 53 + seed // 256) % 256)
    buf = io.BytesIO()
    im = Image.new("RGB", (size, size), colour)
    im.putpixel((0, 0), (seed % 256, (seed // 256) % 256, (seed // 65536) % 256))
    # the comment keeps the bytes (and so the content hash) unique whatever the colours
    im.save(
        buf,
        "JPEG",
        quality=95,
        exif=exif if exif is not None else b"",
        comment=f"exposure test {seed}".encode(),
    )
    return buf.getvalue()


def exif_with(
    taken: str | None = None,
    gps: tuple[float, float] | None = None,
    make: str | None = None,
    model: str | None = None,
) -> Image.Exif:
    exif = Image.Exif()
    if make:
        exif[0x010F] = make
    if model:
        exif[0x0110] = model
    if taken:
        exif.get_ifd(0x8769)[0x9003] = taken
    if gps:
        g = exif.get_ifd(0x8825)
        lat, lon = gps
        g[1], g[3] = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
        g[2], g[4] = _dms(abs(lat)), _dms(abs(lon))
    return exif


def _dms(x: float) -> tuple[float, float, float]:
    d = int(x)
    m = int((x - d) * 60)
    s = round(((x - d) * 60 - m) * 60, 4)
    return (float(d), float(m), s)


def moji(node: Any) -> Any:
    """Meta's encoding: every string's UTF-8 bytes as \\u00XX code points."""
    if isinstance(node, str):
        return node.encode("utf-8").decode("latin-1")
    if isinstance(node, list):
        return [moji(x) for x in node]
    if isinstance(node, dict):
        return {k: moji(v) for k, v in node.items()}
    return node


def meta_json(obj: Any) -> bytes:
    return json.dumps(moji(obj)).encode("ascii")


def ts(s: str) -> int:
    return int(datetime.fromisoformat(s).replace(tzinfo=UTC).timestamp())


def utc(s: str) -> datetime:
    return datetime.fromisoformat(s).replace(tzinfo=UTC)


class Tree:
    """Files to write, by path, then written to a folder or split into zip parts."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}

    def add(self, path: str, data: bytes | Any) -> str:
        self.files[path] = data if isinstance(data, bytes) else meta_json(data)
        return path

    def write(self, root: Path) -> Path:
        for path, data in self.files.items():
            p = root / path
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(data)
        return root

    def zip(self, path: Path, only: list[str] | None = None) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
            for name, data in self.files.items():
                if only is None or name in only:
                    zf.writestr(name, data)
        return path


def heic() -> bytes:
    """A tiny HEIF photo with an EXIF capture time."""
    import pillow_heif

    pillow_heif.register_heif_opener()
    buf = io.BytesIO()
    Image.new("RGB", (16, 16), (10, 200, 30)).save(
        buf, "HEIF", exif=exif_with("2021:03:03 03:03:03")
    )
    return buf.getvalue()


# --- a life story for places: a home, a move, four trips ----------------------------------------
