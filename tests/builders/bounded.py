"""Inputs that must be bounded before they are read (issue 20): special files, huge sparse files,
zip bombs, zips with names that are not UTF-8, nested zips. Each is made on the spot (no binary
is committed) and returns the paths a test needs.
"""

from __future__ import annotations

import os
import socket
import struct
import zipfile
import zlib
from pathlib import Path

from .common import jpeg

MP4_HEAD = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2"


def special_files(root: Path) -> dict[str, str]:
    """A folder archive with one photo beside a FIFO, a link to it, a socket and a link to a
    device; returns {archive path: what it is}. The socket is left bound (closed by the OS)."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "ok.jpg").write_bytes(jpeg())
    os.mkfifo(root / "pipe.jpg")
    os.symlink(root / "pipe.jpg", root / "link_to_pipe.jpg")
    os.symlink("/dev/zero", root / "zero.jpg")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(root / "sock.jpg"))
    sock.close()
    return {
        "pipe.jpg": "FIFO",
        "link_to_pipe.jpg": "FIFO",
        "zero.jpg": "link out of the archive",
        "sock.jpg": "socket",
    }


def sparse(path: Path, size: int, head: bytes) -> Path:
    """A file of `size` bytes that starts with `head` and takes no disk space (a hole)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(head)
        fh.truncate(size)
    return path


def zip_bomb(path: Path, name: str = "DCIM/IMG_0001.jpg", size: int = 3 * 2**30) -> Path:
    """A zip whose one entry inflates to `size` zero bytes (3 GB from about 3 MB), beside a photo.

    The deflate stream is one block of 16 MB of zeros, repeated: after a full flush the
    compressor forgets what came before, so every such block is the same bytes (seconds to
    make, where deflating 3 GB takes half a minute).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    chunk = bytes(16 * 2**20)
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = comp.compress(chunk) + comp.flush(zlib.Z_FULL_FLUSH)
    tail = comp.flush()
    count = size // len(chunk)
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(chunk, crc)
    photo = jpeg()
    with open(path, "wb") as fh:
        entries = [
            _entry(fh, "DCIM/ok.jpg", 0, [photo], zlib.crc32(photo), len(photo)),
            _entry(fh, name, 8, [block] * count + [tail], crc, count * len(chunk)),
        ]
        _directory(fh, entries)
    return path


_LOCAL = struct.Struct("<4s2B4HL2L2H")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")


def _entry(fh, name: str, method: int, chunks: list[bytes], crc: int, usize: int) -> tuple:
    """Write one local header and its data; returns what the central directory needs."""
    offset, raw = fh.tell(), name.encode()
    csize = sum(map(len, chunks))
    fh.write(_LOCAL.pack(b"PK\x03\x04", 20, 0, 0, method, 0, 0x21, crc, csize, usize, len(raw), 0))
    fh.write(raw)
    for c in chunks:
        fh.write(c)
    return raw, method, crc, csize, usize, offset


def _directory(fh, entries: list[tuple]) -> None:
    start = fh.tell()
    for raw, method, crc, csize, usize, offset in entries:
        fh.write(
            _CENTRAL.pack(
                b"PK\x01\x02",
                20,
                3,
                20,
                0,
                0,
                method,
                0,
                0x21,
                crc,
                csize,
                usize,
                len(raw),
                0,
                0,
                0,
                0,
                0o644 << 16,
                offset,
            )
        )
        fh.write(raw)
    size = fh.tell() - start
    fh.write(
        struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries), size, start, 0)
    )


def bad_utf8_zip(path: Path) -> tuple[Path, str]:
    """A zip of two photos, one named with invalid UTF-8 under the UTF-8 flag; returns the zip
    and the good photo's name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("photos/good.jpg", jpeg())
        info = zipfile.ZipInfo("photos/bad_\u00e9X.jpg")  # non-ASCII: written with the UTF-8 flag
        zf.writestr(info, jpeg())
    data = path.read_bytes()
    good = "photos/bad_\u00e9X.jpg".encode()
    assert data.count(good) == 2  # local header and central directory
    path.write_bytes(data.replace(good, good.replace(b"X", b"\xff")))
    return path, "photos/good.jpg"


def nested_zip(path: Path) -> tuple[Path, str]:
    """A zip holding a photo and another zip of photos; returns the zip and the inner zip's name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    inner = path.with_name("inner.zip")
    with zipfile.ZipFile(inner, "w") as zf:
        zf.writestr("a.jpg", jpeg())
        zf.writestr("b.jpg", jpeg())
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("photos/top.jpg", jpeg())
        zf.write(inner, "photos/old_phone.zip")
    inner.unlink()
    return path, "photos/old_phone.zip"
