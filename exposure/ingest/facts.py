"""What each file's bytes say (kind, content hash, header), learned once and cached by signature.

A file is recognised from its first bytes before anything else is read: a video, or anything that
is no image, is never read further, and an image over MAX_PHOTO_BYTES is skipped by its size.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from .archive import Archive
from .limits import HEAD_BYTES, MAX_PHOTO_BYTES, Refused
from .media import IMAGE_KINDS, VIDEO_KINDS, read_header, sniff, truncated
from .records import Record


@dataclass
class FileFacts:
    """What a file's bytes say: its kind, content hash and header. Cached by file signature."""

    kind: str  # image, video, other, empty, unreadable
    photo_id: str | None = None
    width: int | None = None
    height: int | None = None
    taken_at: str | None = None  # ISO, from the file's own EXIF
    lat: float | None = None
    lon: float | None = None
    camera: str | None = None
    reason: str | None = None
    zoned: bool = False  # taken_at came with its EXIF offset (true UTC)
    warning: str | None = None  # read, but named in `skipped` too (a truncated photo)
    version: int = 0  # FACTS_VERSION of the code that examined the file


FACTS_VERSION = 2


def examine(data: bytes) -> FileFacts:
    """What a file's bytes are: kind, content hash, header facts, or the reason it is no photo."""
    kind = sniff(data[:32])
    if kind in VIDEO_KINDS:
        return FileFacts("video", reason="video (only photos are analysed)")
    if kind not in IMAGE_KINDS:
        return FileFacts(
            "other", reason="empty file" if not data else "not an image (unrecognised content)"
        )
    header = read_header(data)
    cut = truncated(data, kind)
    if header.error:
        reason = f"truncated, {header.error}" if cut else header.error
        return FileFacts("unreadable", reason=reason, version=FACTS_VERSION)
    return FileFacts(
        "image",
        hashlib.sha256(data).hexdigest()[:16],
        header.width,
        header.height,
        header.taken_at.isoformat() if header.taken_at else None,
        header.lat,
        header.lon,
        header.camera,
        zoned=header.zoned,
        warning="truncated (the file ends before the image does)" if cut else None,
        version=FACTS_VERSION,
    )


def examine_all(
    archive: Archive, records: list[Record], known: dict[str, FileFacts], progress
) -> dict[str, FileFacts]:
    """Facts for every record's file, by signature: from `known`, else from its bytes."""
    facts: dict[str, FileFacts] = {}
    for i, rec in enumerate(records):
        if progress and i % 200 == 0:
            progress(i)
        sig = archive.files[rec.path].signature
        if sig in facts:
            continue
        if sig in known and known[sig].version == FACTS_VERSION:
            facts[sig] = known[sig]
            continue
        try:
            facts[sig] = examine_file(archive, rec.path)
        except Refused as exc:
            facts[sig] = FileFacts("unreadable", reason=str(exc))
        except Exception as exc:  # noqa: BLE001 - a broken zip entry is one skipped file
            facts[sig] = FileFacts("unreadable", reason=f"cannot read ({type(exc).__name__})")
    return facts


def examine_file(archive: Archive, path: str) -> FileFacts:
    """The facts of one archive file, reading its first bytes, then the rest only for a photo
    under the size limit."""
    head = archive.head(path, HEAD_BYTES)
    kind = sniff(head[:32])
    if kind not in IMAGE_KINDS:
        return examine(head)  # a video, an empty file or no image: the head says so
    size = archive.files[path].size
    if size > MAX_PHOTO_BYTES:
        return FileFacts(
            "unreadable",
            reason=f"photo too large ({size / 2**20:,.0f} MB, the limit is "
            f"{MAX_PHOTO_BYTES // 2**20} MB): not read",
            version=FACTS_VERSION,
        )
    return examine(archive.read(path, MAX_PHOTO_BYTES))
