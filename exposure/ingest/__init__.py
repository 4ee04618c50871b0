"""ingest: read an export (folder, zip, zip parts) into the `photos` table.

The format is detected from the files (`formats`), each reader turns the export's own description
into records (`readers`: the reader table; `folder`: a plain folder of photos), and `ingest` reads
every file's bytes once (`facts`): it sniffs the type, hashes the content (the photo id), reads the
header (size, EXIF), and merges byte-identical copies into one photo (`table`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..errors import EmptyArchive
from ..parts import group_exports
from .archive import open_archive
from .facts import FACTS_VERSION, FileFacts, examine, examine_all
from .platform import PlatformLabel, read_platform_notes
from .readers import read_exports
from .table import PHOTO_COLUMNS, photos_table

__all__ = [
    "FACTS_VERSION",
    "PHOTO_COLUMNS",
    "FileFacts",
    "Ingested",
    "examine",
    "ingest",
    "read_exports",
]

if TYPE_CHECKING:  # pandas loads when a table is made: a vision worker reads photos without it
    import pandas as pd


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
    photos, skipped, duplicates, notes = photos_table(archive, found.records, facts)
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


def _pandas():
    """The pandas module, imported on first use."""
    import pandas

    return pandas
