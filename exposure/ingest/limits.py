"""Every input is bounded before it is read: the limits, stated once, and the bounded openers.

A file on disk is opened only when `os.stat` says it is a regular file (a FIFO, a device or a
socket is never opened: opening a FIFO blocks, a device never ends), and again checked on the open
descriptor, which is opened non-blocking. A zip entry's declared size is trusted as an upper bound
(Python's zipfile never returns more than it), so an entry is refused from its directory record,
before a byte of it is inflated. Nothing is read whole unless it is a photo under MAX_PHOTO_BYTES
(JSON has its own limit in `safejson`); everything else is recognised from its first HEAD_BYTES.
"""

from __future__ import annotations

import io
import os
import stat
import struct
import zipfile

HEAD_BYTES = 64  # enough to recognise every kind `media.sniff` knows
MAX_PHOTO_BYTES = 200 * 2**20  # a photo larger than this is skipped, never read
MAX_RATIO = 200  # decompressed / compressed size of one zip entry (zeros reach about 1,030)
RATIO_FROM = 2**20  # ... checked for entries that inflate to more than this
MAX_ZIP_TOTAL = 64 * 2**30  # declared bytes of one zip part (Google's parts are at most 50 GB)
MAX_CENTRAL_DIRECTORY = 64 * 2**20  # bytes of a zip's file list: about 500,000 entries


class Refused(OSError):
    """A file that is not read; the message is the reason shown to the user."""


def _mb(n: int) -> str:
    return f"{n / 2**20:,.0f} MB"


def kind_of(mode: int) -> str | None:
    """What a file that is not a regular file is ("a FIFO", "a device"...), None when regular."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def not_regular(path: str | os.PathLike) -> str | None:
    """The reason the file at `path` (links followed) is not read, or None for a regular file."""
    try:
        what = kind_of(os.stat(path).st_mode)
    except OSError as exc:
        return f"cannot read ({exc.strerror})"
    return f"{what}, not a regular file (never opened)" if what else None


def read_file(path: str | os.PathLike, limit: int | None = None) -> bytes:
    """The first `limit` bytes of a regular file (all of it when None); raises `Refused` for a
    FIFO, device or socket, without blocking, and when the file holds more than `limit` bytes
    while `limit` is a size limit (see `read_bounded`)."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(fd, "rb") as fh:
        if what := kind_of(os.fstat(fd).st_mode):
            raise Refused(f"{what}, not a regular file")
        return fh.read() if limit is None else fh.read(limit)


def read_bounded(path: str | os.PathLike, limit: int) -> bytes:
    """The whole regular file at `path`; raises `Refused` when it holds more than `limit` bytes."""
    data = read_file(path, limit + 1)
    if len(data) > limit:
        raise Refused(f"file too large (over {_mb(limit)}, the limit)")
    return data


def entry_refusal(info: zipfile.ZipInfo) -> str | None:
    """Why a zip entry is not read, from its directory record alone; None when it may be."""
    if info.file_size > RATIO_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        ratio = info.file_size / max(info.compress_size, 1)
        return (
            f"zip entry inflates {ratio:,.0f}:1 to {_mb(info.file_size)}, over the "
            f"{MAX_RATIO}:1 limit (a zip bomb?): not read"
        )
    return None


def read_entry(zf: zipfile.ZipFile, name: str, limit: int | None) -> bytes:
    """The bytes of one zip entry, at most `limit` of them (all when None); an entry refused by
    `entry_refusal` raises `Refused`."""
    info = zf.getinfo(name)
    if reason := entry_refusal(info):
        raise Refused(reason)
    with zf.open(info) as fh:
        return fh.read() if limit is None else fh.read(limit)


class BoundedZip(zipfile.ZipFile):
    """A zip part opened by `open_zip`; `bad_names` maps the entries whose names are not UTF-8
    (as zipfile reads them) to the names shown for them."""

    bad_names: dict[str, str]
    owned: io.RawIOBase | None = None  # the patched file object, closed with the zip

    def close(self) -> None:
        """Close the zip and the file object it was opened on; returns nothing."""
        super().close()
        if self.owned is not None:
            self.owned.close()


def open_zip(path: str | os.PathLike) -> BoundedZip:
    """A zip part opened for reading; raises `Refused` when it is no regular file or its file
    list is too large, `zipfile.BadZipFile` when it is no zip.

    Entries whose names are invalid UTF-8 under the UTF-8 flag make Python refuse the whole zip:
    such a zip is opened again with those entries' flag cleared, and the entries are listed in
    the returned object's `bad_names` ({name as read: name shown}) to be skipped.
    """
    if reason := not_regular(path):
        raise Refused(reason)
    with open(path, "rb") as fh:
        _check_directory(fh)
    try:
        zf = BoundedZip(path)
        zf.bad_names = {}
        return zf
    except UnicodeDecodeError:
        pass
    fh = open(path, "rb")  # noqa: SIM115 - owned and closed by the BoundedZip
    try:
        patched, bad = _clear_bad_utf8_flags(fh)
        zf = BoundedZip(patched)
    except BaseException:
        fh.close()
        raise
    zf.bad_names, zf.owned = bad, patched
    return zf


def _check_directory(fh) -> None:
    end = zipfile._EndRecData(fh)  # type: ignore[attr-defined]
    if end is not None and end[zipfile._ECD_SIZE] > MAX_CENTRAL_DIRECTORY:  # type: ignore[attr-defined]
        raise Refused(
            f"zip file list too large ({_mb(end[zipfile._ECD_SIZE])}, the limit is "  # type: ignore[attr-defined]
            f"{_mb(MAX_CENTRAL_DIRECTORY)}): not read"
        )


_CD = struct.Struct("<4s4B4HL2L5H2L")  # a central directory record, as zipfile reads it


def _clear_bad_utf8_flags(fh) -> tuple[_Patched, dict[str, str]]:
    """The zip file with the UTF-8 flag cleared on entries whose names are not UTF-8, and those
    names ({cp437 reading that zipfile will give: UTF-8 reading with replacement characters})."""
    end = zipfile._EndRecData(fh)  # type: ignore[attr-defined]
    if end is None:
        raise zipfile.BadZipFile("no end of central directory")
    size = end[zipfile._ECD_SIZE]  # type: ignore[attr-defined]
    start = end[zipfile._ECD_LOCATION] - size  # type: ignore[attr-defined]
    if end[zipfile._ECD_SIGNATURE] == zipfile.stringEndArchive64:  # type: ignore[attr-defined]
        start -= zipfile.sizeEndCentDir64 + zipfile.sizeEndCentDir64Locator  # type: ignore[attr-defined]
    fh.seek(start)
    data = fh.read(size)
    patches: dict[int, int] = {}
    bad: dict[str, str] = {}
    pos = 0
    while pos + _CD.size <= len(data) and data[pos : pos + 4] == b"PK\x01\x02":
        rec = _CD.unpack_from(data, pos)
        flags, n, extra, comment = rec[5], rec[12], rec[13], rec[14]
        raw = data[pos + _CD.size : pos + _CD.size + n]
        if flags & 0x800:
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                patches[start + pos + 9] = data[pos + 9] & ~0x08
                bad[raw.decode("cp437")] = raw.decode("utf-8", "replace")
        pos += _CD.size + n + extra + comment
    return _Patched(fh, patches), bad


class _Patched(io.RawIOBase):
    """A read-only file with a few bytes replaced (the zip flags that `open_zip` clears)."""

    def __init__(self, fh, patches: dict[int, int]):
        self.fh, self.patches = fh, patches

    def readable(self) -> bool:
        """Always True: this view is for reading."""
        return True

    def seekable(self) -> bool:
        """Always True: zipfile seeks."""
        return True

    def seek(self, offset: int, whence: int = 0) -> int:
        """The new position, as the underlying file's `seek` returns it."""
        return self.fh.seek(offset, whence)

    def tell(self) -> int:
        """The position in the underlying file."""
        return self.fh.tell()

    def read(self, size: int = -1) -> bytes:
        """Up to `size` bytes from the current position, with the patched bytes replaced."""
        pos = self.fh.tell()
        data = self.fh.read(size)
        hits = [p for p in self.patches if pos <= p < pos + len(data)]
        if not hits:
            return data
        buf = bytearray(data)
        for p in hits:
            buf[p - pos] = self.patches[p]
        return bytes(buf)

    def close(self) -> None:
        """Close the underlying file; returns nothing."""
        self.fh.close()
        super().close()
