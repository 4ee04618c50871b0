"""What a media file is (by its bytes, not its name) and what its own header says.

Only headers are read here: size, EXIF capture time, GPS and camera. Pixels are decoded once, later,
by the vision stage.
"""

from __future__ import annotations

import io
import re
import warnings
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from PIL import ExifTags, Image

from .timeparse import plausible

try:  # HEIC/HEIF photos from phones
    from pillow_heif import register_heif_opener

    register_heif_opener()
except ImportError:  # pragma: no cover - pillow-heif is a dependency
    pass

IMAGE_KINDS = {"jpeg", "png", "gif", "webp", "heic", "bmp", "tiff"}
VIDEO_KINDS = {"mp4", "mov", "video"}
MEDIA_SUFFIXES = {
    ".jpg",
    ".jpeg",
    ".png",
    ".gif",
    ".webp",
    ".heic",
    ".heif",
    ".bmp",
    ".tif",
    ".tiff",
    ".mp4",
    ".mov",
    ".m4v",
    ".3gp",
    ".avi",
    ".mkv",
    "",
}


def sniff(head: bytes) -> str | None:
    """The kind of a file from its first bytes, or None when it is no image or video we know."""
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[:2] == b"BM":
        return "bmp"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"heic", b"heix", b"mif1", b"msf1", b"heim", b"heis", b"hevc", b"avif"):
            return "heic"
        if brand == b"qt  ":
            return "mov"
        return "mp4"
    if head[:4] == b"RIFF" and head[8:11] == b"AVI":
        return "video"
    return None


@dataclass
class Header:
    """What an image's own header tells: size and the EXIF fields that matter for privacy."""

    width: int | None = None
    height: int | None = None
    taken_at: datetime | None = None
    lat: float | None = None
    lon: float | None = None
    camera: str | None = None
    zoned: bool = False  # `taken_at` had an EXIF offset and is true UTC; else local time as UTC
    error: str | None = None


_GPS_IFD = 0x8825
_EXIF_IFD = 0x8769
_TAG = {name: code for code, name in ExifTags.TAGS.items()}


def read_header(data: bytes) -> Header:
    """Size, capture time, GPS and camera from an image's header; never raises."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(data)) as im:
                h = Header(width=im.width, height=im.height)
                _read_exif(im, h)
                w, hh = h.width, h.height
                if _orientation(im) in (5, 6, 7, 8):
                    h.width, h.height = hh, w
                return h
    except Image.DecompressionBombError:
        return Header(error="image too large (decompression bomb)")
    except Exception as exc:  # noqa: BLE001 - any broken header is a skipped photo, not a crash
        return Header(error=f"unreadable image ({type(exc).__name__})")


def _orientation(im: Image.Image) -> int:
    try:
        return int(im.getexif().get(0x0112, 1))
    except Exception:  # noqa: BLE001
        return 1


def _read_exif(im: Image.Image, h: Header) -> None:
    try:
        exif = im.getexif()
    except Exception:  # noqa: BLE001 - broken EXIF: keep the image, drop the metadata
        return
    if not exif:
        return
    make = _text(exif.get(_TAG["Make"]))
    model = _text(exif.get(_TAG["Model"]))
    if model:
        h.camera = model if (not make or model.startswith(make)) else f"{make} {model}"
    try:
        sub = exif.get_ifd(_EXIF_IFD)
        original = sub.get(_TAG["DateTimeOriginal"])
        stamp = _text(original or exif.get(_TAG["DateTime"]))
        offset = _offset(_text(sub.get(0x9011 if original else 0x9010) or sub.get(0x9010)))
        h.taken_at = exif_datetime(stamp)
        if h.taken_at is not None and offset is not None:
            h.taken_at, h.zoned = h.taken_at - offset, True
    except Exception:  # noqa: BLE001
        pass
    try:
        gps = exif.get_ifd(_GPS_IFD)
        lat = _dms(gps.get(2), gps.get(1))
        lon = _dms(gps.get(4), gps.get(3))
        if lat is not None and lon is not None and not (lat == 0 and lon == 0):
            if -90 <= lat <= 90 and -180 <= lon <= 180:
                h.lat, h.lon = lat, lon
    except Exception:  # noqa: BLE001
        pass


_OFFSET = re.compile(r"^([+-])(\d{2}):?(\d{2})$")


def _offset(text: str | None) -> timedelta | None:
    """An EXIF OffsetTime value such as '+02:00' as a timedelta, or None."""
    m = _OFFSET.match(text or "")
    if not m or int(m.group(2)) > 14:
        return None
    delta = timedelta(hours=int(m.group(2)), minutes=int(m.group(3)))
    return -delta if m.group(1) == "-" else delta


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    s = str(value).strip("\x00 ").strip()
    return s or None


def _dms(value: object, ref: object) -> float | None:
    if not value or len(value) != 3:  # type: ignore[arg-type]
        return None
    d, m, s = (float(x) for x in value)  # type: ignore[union-attr]
    deg = d + m / 60 + s / 3600
    if _text(ref) in ("S", "W"):
        deg = -deg
    return deg


def exif_datetime(stamp: str | None) -> datetime | None:
    """An EXIF 'YYYY:MM:DD HH:MM:SS' (no zone; taken as UTC) or None when absent or absurd."""
    if not stamp:
        return None
    for fmt in ("%Y:%m:%d %H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y%m%dT%H%M%S.%fZ", "%Y:%m:%d"):
        try:
            dt = datetime.strptime(stamp.strip()[:26], fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
        return dt if plausible(dt) else None
    return None


def truncated(data: bytes, kind: str | None) -> bool:
    """Whether a JPEG or PNG ends before its last marker (cut short in a download or a copy).

    A JPEG must hold its end-of-image marker after the first start-of-scan (the EXIF thumbnail
    has its own, earlier); a PNG must hold its IEND chunk. Trailing bytes after them are fine.
    """
    if kind == "png":
        return b"IEND" not in data
    if kind != "jpeg":
        return False
    pos, end = 2, len(data)
    while pos + 4 <= end and data[pos] == 0xFF:
        marker = data[pos + 1]
        if marker == 0xDA:  # start of scan: entropy-coded data follows
            return data.find(b"\xff\xd9", pos) < 0
        if marker in _BARE_MARKERS:
            pos += 1 if marker == 0xFF else 2
        else:
            pos += 2 + (data[pos + 2] << 8 | data[pos + 3])
    return True  # the headers end before any scan: the pixels are missing


_BARE_MARKERS = frozenset({0x01, 0xFF, *range(0xD0, 0xD8)})  # markers without a length
