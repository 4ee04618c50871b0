"""ingest: read an export (folder, zip, zip parts) into the `photos` table.

The format is detected from the files, each reader turns the export's own description into
records, and `ingest` reads every file's bytes once: it sniffs the type, hashes the content (the
photo id), reads the header (size, EXIF), and merges byte-identical copies into one photo.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..errors import EmptyArchive
from ..parts import group_exports
from . import facebook, facebook_html, google, instagram
from .archive import Archive, open_archive
from .facts import FACTS_VERSION, FileFacts, examine, examine_all

__all__ = ["FACTS_VERSION", "FileFacts", "Ingested", "examine", "ingest", "read_exports"]
from .media import MEDIA_SUFFIXES
from .platform import PlatformLabel, read_platform_notes
from .records import Found, Record, clean
from .sweep import exports_in, leftovers, view

if TYPE_CHECKING:  # pandas loads when a table is made: a vision worker reads photos without it
    import pandas as pd

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
    "origin",
    "thread",
    "sender",
    "sent_by_owner",
    "by_owner",
    "trashed",
    "archived",
    "time_zone",
]
SOURCE_TIMES = ["taken_at", "uploaded_at"]

_WRAPPERS = (
    "your_facebook_activity/",
    "your_activity_across_facebook/",
    "this_profile's_activity_across_facebook/",
    "this_profile&#039;s_activity_across_facebook/",
)
_FB = re.compile(
    r"(?:^|/)(your_facebook_activity|your_activity_across_facebook|"
    r"this_profile(?:'|&#039;)s_activity_across_facebook|photos_and_videos|"
    r"posts|(?:personal_information/)?profile_information)/(?:album/\d+|your_posts[^/]*|"
    r"your_uncategorized_photos|profile_information|your_photos)\.(json|html?)$"
)
_IG = re.compile(
    r"(?:^|/)(your_instagram_activity|content)/(?:media/|content/)?"
    r"(?:posts_\d+|stories|profile_photos|reels|archived_posts)\.json$"
)
_MESSAGES = re.compile(
    r"(?:^|/)((your_facebook_activity/|your_activity_across_facebook/|your_instagram_activity/)?"
    r"messages/(?:inbox|archived_threads|filtered_threads|message_requests|e2ee_cutover)/"
    r"[^/]+/message_\d+\.(json|html?))$"
)
_GOOGLE = re.compile(r"(?:^|/)(Takeout/Google (?:Photos|Fotos|Foto)|Google (?:Photos|Fotos|Foto))/")


@dataclass
class Ingested:
    """The photos of an export and what was noticed while reading it."""

    paths: list[str]
    format: str
    photos: pd.DataFrame
    skipped: list[tuple[str, str]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)
    checkins: pd.DataFrame = field(default_factory=lambda: _pandas().DataFrame())
    owner: str | None = None
    files: dict = field(default_factory=dict)  # signature → FileFacts, for the next run
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (path, path of the photo)
    platform: list[PlatformLabel] = field(default_factory=list)  # Meta's labels (ads, topics)


def candidates(archive: Archive) -> list[tuple[str, str]]:
    """(reader name, root prefix) for every export marker among the archive's files."""
    found: set[tuple[str, str]] = set()
    for key in archive.files:
        if m := _GOOGLE.search(key):
            found.add(("google", key[: m.end()]))
        if m := _IG.search(key):
            found.add(("instagram", key[: m.start(1)]))
        if m := _FB.search(key):
            root = key[: m.start(1)]
            for wrapper in _WRAPPERS:
                root = root.removesuffix(wrapper)
            found.add(("facebook_html" if m.group(2).startswith("htm") else "facebook", root))
        if m := _MESSAGES.search(key):
            name = "instagram" if m.group(2) == "your_instagram_activity/" else "facebook"
            html = m.group(3).startswith("htm")
            found.add(("facebook_html" if html and name == "facebook" else name, key[: m.start(1)]))
    return sorted(found)


def detect(archive: Archive) -> tuple[str, str]:
    """(reader name, root prefix) of the outermost export in an archive, or ("folder", "")."""
    exports = exports_in(archive, candidates(archive))
    return min(((n, r) for n, r, _ in exports), key=lambda e: (e[1].count("/"), e[1]))


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
        if suffix in MEDIA_SUFFIXES:
            album = _folder_album(key)
            found.records.append(Record(path=key, source="folder", album=album, origin="folder"))
    return found


def _folder_album(key: str) -> str | None:
    return key.rsplit("/", 2)[-2] if "/" in key else None


def ingest(
    paths: list[str | os.PathLike],
    progress: Callable[[int], None] | None = None,
    known: dict[str, FileFacts] | None = None,
) -> Ingested:
    """Read the export(s) at `paths` into the photos table; bad files are listed, never fatal.

    Zip parts of one export are read together (`parts.group_exports`); every other path is an
    export of its own (a Facebook zip and a folder of phone photos, say), and a photo in several
    counts once. `known` maps file signatures (path, size, mtime or zip CRC) to what an earlier
    run learned from the file's bytes, so that an unchanged archive is not read and hashed again.
    """
    pd = _pandas()
    parts = [_ingest_export(group, progress, known) for group in group_exports(paths)]
    if len(parts) == 1:
        return parts[0]
    photos = pd.concat([i.photos for i in parts], ignore_index=True)
    photos["by_owner"] = photos.groupby("photo_id")["by_owner"].transform("max")
    return Ingested(
        paths=[os.fspath(p) for p in paths],
        format="+".join(dict.fromkeys(i.format for i in parts)),
        photos=photos.drop_duplicates("photo_id").reset_index(drop=True),
        skipped=[s for i in parts for s in i.skipped],
        notes=[n for i in parts for n in i.notes],
        duplicates=[d for i in parts for d in i.duplicates] + _dropped(photos),
        checkins=pd.concat([i.checkins for i in parts], ignore_index=True),
        owner=next((i.owner for i in parts if i.owner), None),
        files={k: v for i in parts for k, v in i.files.items()},
        platform=[label for i in parts for label in i.platform],
    )


def _dropped(photos: pd.DataFrame) -> list[tuple[str, str]]:
    """(path, path kept) for the rows that repeat an earlier row's photo."""
    first = photos.drop_duplicates("photo_id").set_index("photo_id")["path"]
    dup = photos[photos.duplicated("photo_id")]
    return [(r.path, first[r.photo_id]) for r in dup.itertuples()]


def _ingest_export(
    paths: list[str | os.PathLike],
    progress: Callable[[int], None] | None,
    known: dict[str, FileFacts] | None,
) -> Ingested:
    pd = _pandas()
    archive = open_archive(paths)
    try:
        found = read_exports(archive)
        platform, platform_notes = read_platform_notes(archive)
        facts = examine_all(archive, found.records, known or {}, progress)
    finally:
        archive.close()
    photos, skipped, duplicates, notes = _photos(archive, found.records, facts)
    skipped = archive.skipped + found.skipped + skipped
    if photos.empty and not skipped:
        raise EmptyArchive(f"{', '.join(map(str, paths))}: no photos found")
    checkins = pd.DataFrame(found.checkins, columns=["time", "place", "lat", "lon", "message"])
    return Ingested(
        paths=[os.fspath(p) for p in paths],
        format=found.format,
        photos=photos,
        skipped=skipped,
        notes=found.notes + notes + platform_notes,
        checkins=checkins,
        owner=found.owner,
        files=facts,
        duplicates=duplicates,
        platform=platform,
    )


def read_exports(archive: Archive) -> Found:
    """Every export found in `archive` (two Takeouts, a Facebook folder beside a Takeout...),
    each read by its reader over its own files, then every media file no reader took.

    A reader that fails is one skipped entry: its files are still listed by the sweep.
    """
    total = Found(format="")
    formats: list[str] = []
    exports = exports_in(archive, candidates(archive))
    for reader, root, keys in exports:
        try:
            found = READERS.get(reader, read_folder)(view(archive, keys), root)
        except Exception as exc:  # noqa: BLE001 - one export's reader bug must not stop the run
            total.skipped.append((root or "/", f"export not readable ({type(exc).__name__})"))
            continue
        formats.append(found.format)
        total.records += found.records
        total.skipped += found.skipped
        total.notes += found.notes
        total.checkins += found.checkins
        total.owner = total.owner or found.owner
    swept = leftovers(archive, total, exports)
    total.records += swept
    if swept and not formats:
        formats.append("folder")
    total.format = "+".join(dict.fromkeys(formats)) or "folder"
    return total


def _photos(archive: Archive, records: list[Record], facts: dict[str, FileFacts]):
    """The photos table, the files skipped (with reasons), the byte-identical copies and the
    fields dropped or cut (notes).

    Descriptions of one photo are merged first; the file's own header fills what they lack after,
    so an EXIF time without an offset never beats a time the export gives in UTC.
    """
    pd = _pandas()
    merged: dict[str, Record] = {}
    skipped: list[tuple[str, str]] = []
    duplicates: list[tuple[str, str]] = []
    notes: list[tuple[str, str]] = []
    for rec in records:
        notes += [(rec.path, problem) for problem in clean(rec)]
        f = facts[archive.files[rec.path].signature]
        if f.kind != "image":
            skipped.append((rec.path, f.reason or f.kind))
            continue
        assert f.photo_id is not None
        if f.warning:
            skipped.append((rec.path, f.warning))
        if f.photo_id in merged:  # a byte-identical copy: one photo, both descriptions
            duplicates.append((rec.path, merged[f.photo_id].path))
            merged[f.photo_id].merge(rec)
        else:
            merged[f.photo_id] = rec
    table = [
        _row(rec, facts[archive.files[rec.path].signature], archive) for rec in merged.values()
    ]
    photos = pd.DataFrame(table, columns=PHOTO_COLUMNS)
    for col in SOURCE_TIMES:
        photos[col] = pd.to_datetime(photos[col], utc=True)
    return photos, skipped, duplicates, notes


def _row(rec: Record, f: FileFacts, archive: Archive) -> dict:
    """One photos-table row: the record, completed from the file's own header."""
    pd = _pandas()
    file_time = pd.Timestamp(f.taken_at).to_pydatetime() if f.taken_at else None
    if file_time is not None and (rec.taken_at is None or f.zoned):
        rec.taken_at, rec.time_zone = file_time, "offset" if f.zoned else "local"
    elif rec.taken_at is not None and rec.time_zone is None:
        rec.time_zone = "utc"
    if rec.lat is None and f.lat is not None:
        rec.lat, rec.lon = f.lat, f.lon
    rec.camera = rec.camera or f.camera
    member = archive.files[rec.path]
    row = dict(vars(rec))
    row.update(
        photo_id=f.photo_id,
        width=f.width,
        height=f.height,
        error=None,
        size=member.size,
        container=member.container,
        member=member.name,
        tagged="; ".join(rec.tagged) or None,
        by_owner=rec.by_owner,
    )
    return row


def _pandas():
    """The pandas module, imported on first use."""
    import pandas

    return pandas
