"""The photos table: one row per distinct photo, its descriptions merged and completed from the
file's own header (size, EXIF time, place and camera)."""

from __future__ import annotations

from .archive import Archive
from .facts import FileFacts
from .records import Record, clean

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


def photos_table(archive: Archive, records: list[Record], facts: dict[str, FileFacts]):
    """The photos table, the files skipped (with reasons), the byte-identical copies and the
    fields dropped or cut (notes).

    Descriptions of one photo are merged first; the file's own header fills what they lack after,
    so an EXIF time without an offset never beats a time the export gives in UTC.
    """
    import pandas as pd  # loads when a table is made: a vision worker reads photos without it

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
    import pandas as pd

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
