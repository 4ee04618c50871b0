"""Which paths make one export: the zip parts of one export belong together.

Facebook, Instagram and Google split a large export into zip parts (`facebook-jdoe-…-1.zip`,
`takeout-20240516T230250Z-001.zip`, …). Given any one part, the others are found beside it by
their shared export id. Reading (`ingest`), the rescan's fingerprint and `exposure batch` all ask
here, so they agree on what an export is. Standard library only: a rescan asks before pandas loads.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TypeVar

P = TypeVar("P", str, os.PathLike)


def part_prefix(name: str) -> str | None:
    """The export id of a zip part's file name (Google `takeout-<ts>-NNN`: to the second dash;
    Meta `…-N`: to the last), or None when the name carries no part number."""
    stem = name[:-4] if name.lower().endswith(".zip") else name
    if stem.startswith("takeout-"):
        bits = stem.split("-")
        return "-".join(bits[:2]) if len(bits) > 2 else None
    if "-" not in stem or not stem.rsplit("-", 1)[1].isdigit():
        return None
    return stem.rsplit("-", 1)[0]


def export_parts(path: str | os.PathLike) -> list[Path]:
    """The files of the export `path` is part of, sorted: for a zip file, every zip beside it
    with the same export id (itself included); for anything else (a folder, a missing path),
    `[path]`."""
    p = Path(path)
    if not (p.suffix.lower() == ".zip" and p.is_file()):
        return [p]
    prefix = part_prefix(p.name)
    if prefix is None:
        return [p]
    found = [q for q in p.parent.glob("*.zip") if part_prefix(q.name) == prefix]
    return sorted(found) or [p]


def group_exports(paths: list[P]) -> list[list[P]]:
    """`paths` grouped by export, in the order first seen: paths whose `export_parts` begin at
    the same file (links resolved) are one export; each group keeps the paths as given."""
    groups: dict[Path, list[P]] = {}
    for p in paths:
        groups.setdefault(export_parts(p)[0].resolve(), []).append(p)
    return list(groups.values())
