"""A hostile corpus, generated: damaged, tricky and malicious inputs, each with its expected fate.

`build(root)` writes a plain folder archive plus a zip with unsafe entries and returns
{case: (archive path of the file or None, "ok" | "skipped")}. Nothing here is committed as binary.
"""

from __future__ import annotations

import io
import json
import os
import struct
import zipfile
import zlib
from pathlib import Path

from PIL import Image

from .common import exif_with, heic, jpeg


def _png_bomb(w: int = 30000, h: int = 30000) -> bytes:
    """A tiny PNG whose header claims 900 megapixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


def _save(im: Image.Image, fmt: str, **kw) -> bytes:
    buf = io.BytesIO()
    im.save(buf, fmt, **kw)
    return buf.getvalue()


def _photo(size=(96, 64), colour=(200, 120, 40)) -> Image.Image:
    im = Image.new("RGB", size, colour)
    for x in range(0, size[0], 8):
        im.putpixel((x, x % size[1]), (0, 0, 0))
    return im


def _oriented(o: int) -> bytes:
    exif = Image.Exif()
    exif[0x0112] = o
    return _save(_photo((120, 60), (40 + o * 20, 90, 160)), "JPEG", exif=exif)


def _broken_exif() -> bytes:
    data = jpeg(size=40)
    app1 = b"\xff\xe1" + struct.pack(">H", 40) + b"Exif\x00\x00" + b"MM\x00\x2a" + b"\xff" * 28
    return data[:2] + app1 + data[2:]


def _gif() -> bytes:
    frames = [_photo(colour=(i * 60, 10, 10)).convert("P") for i in range(3)]
    return _save(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)


def build(root: Path) -> tuple[list[Path], dict[str, tuple[str | None, str]]]:
    """The corpus: (archives to scan, {case: (path in the archive, expected)})."""
    folder = root / "hostile"
    cases: dict[str, tuple[str | None, str]] = {}

    def put(case: str, rel: str, data: bytes, expected: str) -> None:
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
        cases[case] = (rel, expected)

    good = jpeg(size=48)
    put("truncated jpeg", "bad/truncated.jpg", good[: len(good) // 2], "skipped")
    put("zero-byte jpeg", "bad/empty.jpg", b"", "skipped")
    put("text named jpg", "bad/notes.jpg", b"Dear diary, this is not a photo.\n" * 20, "skipped")
    put("html named jpg", "bad/page.jpg", b"<html><script>alert(1)</script></html>", "skipped")
    put("png named jpg", "odd/really_png.jpg", _save(_photo(), "PNG"), "ok")
    put("decompression bomb", "bad/bomb.png", _png_bomb(), "skipped")
    put("cmyk jpeg", "odd/cmyk.jpg", _save(_photo().convert("CMYK"), "JPEG"), "ok")
    put("grayscale jpeg", "odd/gray.jpg", _save(_photo().convert("L"), "JPEG"), "ok")
    put("16-bit png", "odd/deep.png", _save(Image.new("I;16", (64, 48), 40000), "PNG"), "ok")
    put(
        "palette png with transparency",
        "odd/palette.png",
        _save(_photo().convert("P"), "PNG", transparency=0),
        "ok",
    )
    put("animated gif", "odd/anim.gif", _gif(), "ok")
    put("broken exif", "odd/broken_exif.jpg", _broken_exif(), "ok")
    for o in range(1, 9):
        put(f"exif orientation {o}", f"orient/o{o}.jpg", _oriented(o), "ok")
    put("1x1 image", "odd/pixel.png", _save(Image.new("RGB", (1, 1), (9, 9, 9)), "PNG"), "ok")
    put("webp", "odd/photo.webp", _save(_photo(colour=(10, 200, 90)), "WEBP"), "ok")
    put("heic", "odd/phone.heic", heic(), "ok")
    put("emoji file name", "odd/🎉 party ☕.jpg", jpeg(size=24), "ok")
    put("very deep folder", "/".join(f"d{i}" for i in range(60)) + "/deep.jpg", jpeg(size=24), "ok")
    put("duplicate a", "dup/a.jpg", good, "ok")
    put("duplicate b", "dup/b.jpg", good, "duplicate")
    put(
        "exif gps and camera",
        "odd/gps.jpg",
        jpeg(size=24, exif=exif_with("2019:05:05 10:10:10", (48.1, 11.5), "Canon", "EOS")),
        "ok",
    )
    put(
        "absurd exif year",
        "odd/year3000.jpg",
        jpeg(size=24, exif=exif_with("3000:01:01 00:00:00")),
        "ok",
    )
    put("jpeg with trailing garbage", "odd/trailing.jpg", jpeg(size=24) + b"\x00garbage" * 50, "ok")
    put("caption-like html file name", "odd/<script>x</script>.jpg", jpeg(size=24), "ok")
    # a non-UTF-8 file name (bytes that are not UTF-8)
    raw = os.path.join(os.fsencode(folder / "odd"), b"caf\xe9.jpg")
    Path(os.fsdecode(raw)).write_bytes(jpeg(size=24))
    cases["non-utf-8 file name"] = ("odd/caf?.jpg", "ok")
    # a symlink out of the archive
    outside = root / "outside-secret.jpg"
    outside.write_bytes(jpeg(size=24))
    (folder / "bad").mkdir(exist_ok=True)
    os.symlink(outside, folder / "bad" / "link_out.jpg")
    cases["symlink out of the archive"] = ("bad/link_out.jpg", "skipped")

    # a Facebook export in a zip: broken JSON, wrong types, absurd times, unsafe entries
    zpath = root / "facebook-hostile.zip"
    posts = [
        {
            "timestamp": 1600000000,
            "data": [{"post": "ok post"}],
            "attachments": [
                {
                    "data": [
                        {
                            "media": {
                                "uri": "your_facebook_activity/posts/media/a/ok.jpg",
                                "creation_timestamp": 1600000000,
                            }
                        }
                    ]
                }
            ],
        },
        {
            "timestamp": "yesterday",
            "attachments": [
                {
                    "data": [
                        {
                            "media": {
                                "uri": "your_facebook_activity/posts/media/a/typed.jpg",
                                "creation_timestamp": "soon",
                                "media_metadata": {"photo_metadata": {"exif_data": "not a list"}},
                            }
                        }
                    ]
                }
            ],
        },
        {
            "timestamp": -2208988800,
            "attachments": [
                {
                    "data": [
                        {
                            "media": {
                                "uri": "your_facebook_activity/posts/media/a/y1900.jpg",
                                "creation_timestamp": -2208988800,
                            }
                        }
                    ]
                }
            ],
        },
        {
            "timestamp": 32503680000,
            "attachments": [
                {
                    "data": [
                        {
                            "media": {
                                "uri": "your_facebook_activity/posts/media/a/y3000.jpg",
                                "creation_timestamp": 32503680000,
                            }
                        }
                    ]
                }
            ],
        },
        {
            "timestamp": 1600000000000,
            "attachments": [
                {
                    "data": [
                        {
                            "media": {
                                "uri": "your_facebook_activity/posts/media/a/ms.jpg",
                                "creation_timestamp": 1600000000000,
                            }
                        }
                    ]
                }
            ],
        },
        {
            "timestamp": 1600000000,
            "attachments": [
                {
                    "data": [
                        {
                            "media": {
                                "uri": "../../../../etc/passwd",
                                "creation_timestamp": 1600000000,
                            }
                        }
                    ]
                }
            ],
        },
        {"attachments": "not a list", "data": None},
        "a string where a post should be",
    ]
    with zipfile.ZipFile(zpath, "w") as zf:
        zf.writestr(
            "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
            json.dumps(posts),
        )
        zf.writestr("your_facebook_activity/posts/album/0.json", '{"name": "broken", "photos": [')
        zf.writestr(
            "your_facebook_activity/posts/album/1.json", json.dumps({"name": 5, "photos": "x"})
        )
        for name in ("ok", "typed", "y1900", "y3000", "ms"):
            zf.writestr(f"your_facebook_activity/posts/media/a/{name}.jpg", jpeg(size=24))
        zf.writestr("../escape.jpg", jpeg(size=24))
        zf.writestr("/absolute.jpg", jpeg(size=24))
    zip_cases = {
        "zip: good photo": ("your_facebook_activity/posts/media/a/ok.jpg", "ok"),
        "zip: wrongly typed json": ("your_facebook_activity/posts/media/a/typed.jpg", "ok"),
        "zip: timestamp 1900": ("your_facebook_activity/posts/media/a/y1900.jpg", "ok"),
        "zip: timestamp 3000": ("your_facebook_activity/posts/media/a/y3000.jpg", "ok"),
        "zip: milliseconds": ("your_facebook_activity/posts/media/a/ms.jpg", "ok"),
        "zip: uri with ../": ("../../../../etc/passwd", "skipped"),
        "zip: entry with ../": ("../escape.jpg", "skipped"),
        "zip: absolute entry": ("/absolute.jpg", "skipped"),
    }
    return [folder, zpath], {**cases, **{k: v for k, v in zip_cases.items()}}
