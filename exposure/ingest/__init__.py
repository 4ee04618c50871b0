"""ingest: read an export (folder, zip, zip parts) into the `photos` table.

The format is detected from the files, each reader turns the export's own description into
records, and `ingest` reads every file's bytes once: it sniffs the type, hashes the content (the
photo id), reads the header (size, EXIF), and merges byte-identical copies into one photo.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..errors import EmptyArchive
from . import facebook, facebook_html, google, instagram
from .archive import Archive, open_archive, sibling_parts
from .media import IMAGE_KINDS, MEDIA_SUFFIXES, VIDEO_KINDS, read_header, sniff
from .records import Found, Record

PHOTO_COLUMNS = [
    "photo_id",
    "path",
    "source",
    "album",
    "caption",
    "taken_at",
    "uploaded_at",
    "lat",
    "lon",
    "camera",
    "upload_ip",
    "place",
    "place_lat",
    "place_lon",
    "device_id",
    "tagged",
    "width",
    "height",
    "error",
    "size",
    "container",
    "member",
]
SOURCE_TIMES = ["taken_at", "uploaded_at"]

_FB = re.compile(
    r"(?:^|/)(your_facebook_activity|your_activity_across_facebook|photos_and_videos|"
    r"posts|profile_information)/(?:album/\d+|your_posts[^/]*|"
    r"your_uncategorized_photos|profile_information|your_photos)\.(json|html?)$"
)
_IG = re.compile(
    r"(?:^|/)(your_instagram_activity|content)/(?:media/|content/)?"
    r"(?:posts_\d+|stories|profile_photos|reels)\.json$"
)
_GOOGLE = re.compile(r"(?:^|/)(Takeout/Google Photos|Google Photos)/")


@dataclass
class Ingested:
    """The photos of an export and what was noticed while reading it."""

    paths: list[str]
    format: str
    photos: pd.DataFrame
    skipped: list[tuple[str, str]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)
    checkins: pd.DataFrame = field(default_factory=pd.DataFrame)
    owner: str | None = None
    files: dict = field(default_factory=dict)  # signature → FileFacts, for the next run


def detect(archive: Archive) -> tuple[str, str]:
    """(reader name, root prefix) of an export, by the files it holds."""
    best: tuple[int, str, str] | None = None
    for key in archive.files:
        for name, pattern in (("google", _GOOGLE), ("instagram", _IG), ("facebook", _FB)):
            m = pattern.search(key)
            if not m:
                continue
            root = key[: m.start(1)]
            for wrapper in ("your_facebook_activity/", "your_activity_across_facebook/"):
                root = root.removesuffix(wrapper)
            if name == "google":
                root = key[: m.end()]
            elif name == "facebook" and m.group(2).startswith("htm"):
                name = "facebook_html"
            cand = (root.count("/"), name, root)
            if best is None or cand[0] < best[0] or (cand[0] == best[0] and name == "facebook"):
                best = cand
    return (best[1], best[2]) if best else ("folder", "")


READERS: dict[str, Callable[[Archive, str], Found]] = {
    "facebook": facebook.read,
    "facebook_html": facebook_html.read,
    "instagram": instagram.read,
    "google": google.read,
}


def read_folder(archive: Archive, root: str) -> Found:
    """A plain folder (or zip) of photos: every media file, described by its own EXIF."""
    found = Found(format="folder")
    for key in archive.files:
        name = key.rsplit("/", 1)[-1]
        suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
        if name.startswith("."):
            continue
        if suffix in MEDIA_SUFFIXES and suffix:
            found.records.append(Record(path=key, source="folder", album=_folder_album(key)))
        elif not suffix:
            found.records.append(Record(path=key, source="folder", album=_folder_album(key)))
    return found


def _folder_album(key: str) -> str | None:
    return key.rsplit("/", 2)[-2] if "/" in key else None


def ingest(
    paths: list[str | os.PathLike],
    progress: Callable[[int], None] | None = None,
    known: dict[str, FileFacts] | None = None,
) -> Ingested:
    """Read the export(s) at `paths` into the photos table; bad files are listed, never fatal.

    Zip parts of one export are read together; every other path is an export of its own (a
    Facebook zip and a folder of phone photos, say), and a photo in several counts once.
    `known` maps file signatures (path, size, mtime or zip CRC) to what an earlier run learned
    from the file's bytes, so that an unchanged archive is not read and hashed again.
    """
    groups: dict[str, list[str | os.PathLike]] = {}
    for p in paths:
        path = Path(p)
        is_zip = path.is_file() and path.suffix.lower() == ".zip"
        groups.setdefault(str(sibling_parts(path)[0] if is_zip else path), []).append(p)
    parts = [_ingest_export(group, progress, known) for group in groups.values()]
    if len(parts) == 1:
        return parts[0]
    photos = pd.concat([i.photos for i in parts], ignore_index=True)
    return Ingested(
        paths=[os.fspath(p) for p in paths],
        format="+".join(dict.fromkeys(i.format for i in parts)),
        photos=photos.drop_duplicates("photo_id").reset_index(drop=True),
        skipped=[s for i in parts for s in i.skipped],
        notes=[n for i in parts for n in i.notes],
        checkins=pd.concat([i.checkins for i in parts], ignore_index=True),
        owner=next((i.owner for i in parts if i.owner), None),
        files={k: v for i in parts for k, v in i.files.items()},
    )


def _ingest_export(
    paths: list[str | os.PathLike],
    progress: Callable[[int], None] | None,
    known: dict[str, FileFacts] | None,
) -> Ingested:
    archive = open_archive(paths)
    try:
        reader, root = detect(archive)
        found = READERS.get(reader, read_folder)(archive, root)
        facts = _examine_all(archive, found.records, known or {}, progress)
    finally:
        archive.close()
    photos, skipped = _photos(archive, found.records, facts)
    skipped = archive.skipped + found.skipped + skipped
    if photos.empty and not skipped:
        raise EmptyArchive(f"{', '.join(map(str, paths))}: no photos found")
    checkins = pd.DataFrame(found.checkins, columns=["time", "place", "lat", "lon", "message"])
    return Ingested(
        paths=[os.fspath(p) for p in paths],
        format=found.format,
        photos=photos,
        skipped=skipped,
        notes=found.notes,
        checkins=checkins,
        owner=found.owner,
        files=facts,
    )


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


def examine(data: bytes) -> FileFacts:
    kind = sniff(data[:32])
    if kind in VIDEO_KINDS:
        return FileFacts("video", reason="video (only photos are analysed)")
    if kind not in IMAGE_KINDS:
        return FileFacts(
            "other", reason="empty file" if not data else "not an image (unrecognised content)"
        )
    header = read_header(data)
    if header.error:
        return FileFacts("unreadable", reason=header.error)
    return FileFacts(
        "image",
        hashlib.sha256(data).hexdigest()[:16],
        header.width,
        header.height,
        header.taken_at.isoformat() if header.taken_at else None,
        header.lat,
        header.lon,
        header.camera,
    )


def _examine_all(
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
        if sig in known:
            facts[sig] = known[sig]
            continue
        try:
            facts[sig] = examine(archive.read(rec.path))
        except Exception as exc:  # noqa: BLE001 - a broken zip entry is one skipped file
            facts[sig] = FileFacts("unreadable", reason=f"cannot read ({type(exc).__name__})")
    return facts


def _photos(archive: Archive, records: list[Record], facts: dict[str, FileFacts]):
    rows: dict[str, dict] = {}
    merged: dict[str, Record] = {}
    skipped: list[tuple[str, str]] = []
    for rec in records:
        member = archive.files[rec.path]
        f = facts[member.signature]
        if f.kind != "image":
            skipped.append((rec.path, f.reason or f.kind))
            continue
        assert f.photo_id is not None
        if f.photo_id in merged:  # a byte-identical copy: one photo, both descriptions
            merged[f.photo_id].merge(rec)
            continue
        rec.taken_at = rec.taken_at or (
            pd.Timestamp(f.taken_at).to_pydatetime() if f.taken_at else None
        )
        if rec.lat is None and f.lat is not None:
            rec.lat, rec.lon = f.lat, f.lon
        rec.camera = rec.camera or f.camera
        merged[f.photo_id] = rec
        rows[f.photo_id] = {
            "photo_id": f.photo_id,
            "width": f.width,
            "height": f.height,
            "error": None,
            "size": member.size,
            "container": member.container,
            "member": member.name,
        }
    table = [dict(vars(merged[pid]), **row) for pid, row in rows.items()]
    for row in table:
        row["tagged"] = "; ".join(row["tagged"]) or None
    photos = pd.DataFrame(table, columns=PHOTO_COLUMNS)
    for col in SOURCE_TIMES:
        photos[col] = pd.to_datetime(photos[col], utc=True)
    return photos, skipped
