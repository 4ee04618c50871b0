"""The reader of a plain folder (or zip) of photos, and of whatever no export marker claims."""

from __future__ import annotations

from .archive import Archive
from .media import MEDIA_SUFFIXES
from .records import Found, Record


def read_folder(archive: Archive, root: str) -> Found:
    """A plain folder (or zip) of photos: every media file, described by its own EXIF."""
    found = Found(format="folder")
    for key in archive.files:
        name = key.rsplit("/", 1)[-1]
        suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
        if name.startswith("."):
            continue
        if suffix in MEDIA_SUFFIXES:
            album = _folder_album(key)
            found.records.append(Record(path=key, source="folder", album=album, origin="folder"))
    return found


def _folder_album(key: str) -> str | None:
    return key.rsplit("/", 2)[-2] if "/" in key else None
