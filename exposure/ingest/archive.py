"""One read-only view over the files of an export: a folder, a zip, or several zip parts.

Every file is addressed by its path relative to the export root (POSIX, NFC-normalised), whichever
part or folder holds it. Nothing here writes: archives are only ever read.
"""

from __future__ import annotations

import base64
import os
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..errors import ArchiveNotFound, EmptyArchive
from ..parts import export_parts
from .limits import (
    MAX_PHOTO_BYTES,
    MAX_ZIP_TOTAL,
    BoundedZip,
    Refused,
    entry_refusal,
    not_regular,
    open_zip,
    read_bounded,
    read_entry,
    read_file,
)


def path_to_text(path: str) -> str:
    """A path as storable text; a name that is not UTF-8 is kept exactly, escaped."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return "fsb64:" + base64.b64encode(os.fsencode(path)).decode("ascii")


def text_to_path(text: str) -> Path:
    """The path that `path_to_text` stored as `text` (base64 when it was not valid UTF-8)."""
    if text.startswith("fsb64:"):
        return Path(os.fsdecode(base64.b64decode(text[6:])))
    return Path(text)


def read_member(container: str, name: str, limit: int = MAX_PHOTO_BYTES) -> bytes:
    """The bytes of one file: on disk (`name` empty) or an entry of the zip `container`.

    Raises `Refused` (an OSError) for a file that is no regular file or holds more than `limit`.
    """
    if not name:
        return read_bounded(text_to_path(container), limit)
    with open_zip(text_to_path(container)) as zf:
        return _bounded_entry(zf, name, limit)


def _bounded_entry(zf: zipfile.ZipFile, name: str, limit: int | None) -> bytes:
    """A whole zip entry; raises `Refused` when it inflates to more than `limit` bytes."""
    if reason := entry_refusal(zf.getinfo(name)):
        raise Refused(reason)
    if limit is not None and zf.getinfo(name).file_size > limit:
        raise Refused(f"file too large (over {limit / 2**20:,.0f} MB, the limit)")
    return read_entry(zf, name, None)


def normalise(path: str) -> str:
    """The key a path is stored under: NFC, forward slashes, no leading './'."""
    path = unicodedata.normalize("NFC", path.replace("\\", "/"))
    while path.startswith("./"):
        path = path[2:]
    return path


@dataclass(frozen=True)
class Member:
    """Where one file's bytes live: a file on disk, or an entry of a zip part."""

    container: str  # absolute path of the folder's file or of the zip
    name: str  # entry name inside the zip, "" for a plain file
    size: int
    stamp: str = ""  # changes when the content may have: mtime of a file, CRC of a zip entry

    @property
    def signature(self) -> str:
        """Identifies this version of this file without reading it."""
        return f"{self.container}|{self.name}|{self.size}|{self.stamp}"


@dataclass
class Archive:
    """The files of one export, merged over all of its parts."""

    paths: list[str]  # what the user named, for the report
    files: dict[str, Member] = field(default_factory=dict)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    _zips: dict[str, BoundedZip] = field(default_factory=dict, repr=False)

    def read(self, path: str, limit: int | None = None) -> bytes:
        """Bytes of the file at `path` (a key of `files`); keeps zip parts open between reads.

        Raises `Refused` when the file holds more than `limit` bytes (no limit when None: JSON
        and photos are checked against their limits by their size before they are read).
        """
        member = self.files[path]
        if not member.name:
            where = text_to_path(member.container)
            return read_file(where) if limit is None else read_bounded(where, limit)
        return _bounded_entry(self._zip(member.container), member.name, limit)

    def head(self, path: str, size: int) -> bytes:
        """The first `size` bytes of the file at `path`, without reading the rest."""
        member = self.files[path]
        if not member.name:
            return read_file(text_to_path(member.container), size)
        return read_entry(self._zip(member.container), member.name, size)

    def _zip(self, container: str) -> BoundedZip:
        zf = self._zips.get(container)
        if zf is None:
            zf = self._zips[container] = open_zip(text_to_path(container))
        return zf

    def close(self) -> None:
        """Close the zip files this archive opened; returns nothing."""
        for zf in self._zips.values():
            zf.close()
        self._zips.clear()

    def add(self, path: str, member: Member) -> None:
        """Register `member` under `path` (the first part that holds a path wins)."""
        key = normalise(path)
        if key in self.files:
            return  # the same path in two parts: keep the first, as the spec recommends
        self.files[key] = member


def _unsafe(name: str) -> bool:
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return name.startswith(("/", "\\")) or bool(re.match(r"^[A-Za-z]:", name)) or ".." in parts


def _add_zip(archive: Archive, zpath: Path) -> None:
    try:
        zf = open_zip(zpath)
    except Refused as exc:
        archive.skipped.append((zpath.name, str(exc)))
        return
    except Exception as exc:  # noqa: BLE001 - whatever a broken zip raises, it is one skipped part
        archive.skipped.append((zpath.name, f"not a readable zip file ({str(exc)[:120]})"))
        return
    with zf:
        total = 0
        for info in zf.infolist():
            if info.is_dir():
                continue
            if reason := _entry_problem(zf, info, total):
                archive.skipped.append((zf.bad_names.get(info.filename, info.filename), reason))
                continue
            total += info.file_size
            archive.add(
                info.filename,
                Member(
                    path_to_text(str(zpath.resolve())),
                    info.filename,
                    info.file_size,
                    f"crc{info.CRC:08x}",
                ),
            )


def _entry_problem(zf: BoundedZip, info: zipfile.ZipInfo, total: int) -> str | None:
    """Why one zip entry is skipped (its name, its size, its compression ratio), or None."""
    if info.filename in zf.bad_names:
        return "zip entry name is not valid UTF-8 though the zip says it is: not read"
    if _unsafe(info.filename):
        return "unsafe path in zip (absolute or '..')"
    if total + info.file_size > MAX_ZIP_TOTAL:
        return f"over {MAX_ZIP_TOTAL // 2**30} GB of files in one zip part: not read"
    return entry_refusal(info)


def _add_folder(archive: Archive, root: Path) -> None:
    real_root = root.resolve()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        here = Path(dirpath)
        for d in list(dirnames):
            p = here / d
            if p.is_symlink():
                dirnames.remove(d)
                archive.skipped.append((_rel(p, root), "symbolic link to a folder (not followed)"))
        for fname in sorted(filenames):
            p = here / fname
            rel = _rel(p, root)
            if reason := _not_a_file(p, real_root):
                archive.skipped.append((rel, reason))
                continue
            try:
                st = p.stat()
            except OSError as exc:
                archive.skipped.append((rel, f"cannot read ({exc.strerror})"))
                continue
            archive.add(
                rel, Member(path_to_text(str(p.absolute())), "", st.st_size, f"m{st.st_mtime_ns}")
            )


def _not_a_file(p: Path, real_root: Path) -> str | None:
    """Why a folder entry is not read (a link out of the archive, a FIFO, a device), or None.

    Decided by `stat` alone: such a file is never opened (opening a FIFO blocks for ever).
    """
    try:
        if p.is_symlink() and not p.resolve().is_relative_to(real_root):
            return "symbolic link out of the archive"
    except (OSError, RuntimeError):
        return "symbolic link that cannot be resolved (a loop?)"
    return not_regular(p)


def _rel(p: Path, root: Path) -> str:
    return os.fsdecode(p.relative_to(root)).encode("utf-8", "replace").decode("utf-8")


def open_archive(paths: list[str | os.PathLike]) -> Archive:
    """Index the files of the export(s) at `paths` without extracting anything."""
    archive = Archive(paths=[os.fspath(p) for p in paths])
    seen: set[Path] = set()
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            raise ArchiveNotFound(f"{p}: no such file or folder")
        for part in export_parts(p):
            if part.resolve() in seen:
                continue
            seen.add(part.resolve())
            if part.is_dir():
                _add_folder(archive, part)
            elif reason := not_regular(part):
                archive.skipped.append((part.name, reason))
            else:
                _add_zip(archive, part)
    if not archive.files:
        raise EmptyArchive(f"{', '.join(archive.paths)}: no files found")
    return archive
