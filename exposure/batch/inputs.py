"""The archives of a study: a folder of exports (one per participant) or a text file listing them.

An export is a folder, a zip, or the zip parts of one export (grouped by `parts.group_exports`,
as `exposure scan` groups them). Each archive gets a name, the name of its output folder: the
folder's or zip's name, without `.zip` and without the part number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .stages import ArchiveNotFound, ExposureError, export_parts, group_exports


class NotAStudy(ExposureError):
    """INPUT is neither a folder of exports nor a text file listing them."""


@dataclass(frozen=True)
class ArchiveInput:
    """One participant's export: its output folder name and the paths `scan` would be given."""

    name: str
    paths: tuple[str, ...]


def find_archives(source: Path, out_dir: Path) -> list[ArchiveInput]:
    """The study's archives in a stable order (so that names, and resumes, are stable)."""
    source = Path(source)
    if source.is_dir():
        out = Path(out_dir).resolve()
        entries = [
            p
            for p in sorted(source.iterdir())
            if not p.name.startswith(".") and p.resolve() != out and _is_export(p)
        ]
    elif source.is_file() and source.suffix.lower() != ".zip":
        entries = _listed(source)
    elif source.exists():
        raise NotAStudy(f"{source}: give a folder of exports or a text file listing them")
    else:
        raise ArchiveNotFound(f"{source}: no such file or folder")
    archives = _group(entries)
    if not archives:
        raise NotAStudy(f"{source}: no export (folder or .zip) found")
    return archives


def _is_export(p: Path) -> bool:
    return p.is_dir() or (p.is_file() and p.suffix.lower() == ".zip")


def _listed(listing: Path) -> list[Path]:
    """The paths named in a text file, one a line (relative to the file's folder; # comments)."""
    paths = []
    for line in listing.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        p = Path(line).expanduser()
        paths.append(p if p.is_absolute() else listing.parent / p)
    return paths


def _group(entries: list[Path]) -> list[ArchiveInput]:
    taken: set[str] = set()
    archives = []
    for group in group_exports(entries):
        parts = export_parts(group[0])
        name = _unique(_name(parts), taken)
        archives.append(ArchiveInput(name, (str(parts[0].absolute()),)))
    return archives


def _name(parts: list[Path]) -> str:
    first = parts[0].resolve() if parts[0].exists() else parts[0]
    stem = first.name[:-4] if first.name.lower().endswith(".zip") else first.name
    if len(parts) > 1:
        stem = re.sub(r"-\d+$", "", stem)
    stem = stem.strip() or "archive"
    return "_" + stem if stem.startswith(".") else stem


def _unique(name: str, taken: set[str]) -> str:
    cand, n = name, 1
    while cand.lower() in taken:
        n += 1
        cand = f"{name}-{n}"
    taken.add(cand.lower())
    return cand
