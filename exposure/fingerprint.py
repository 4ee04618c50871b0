"""Fingerprints of files from their metadata alone: names, sizes, modification times and links.

Nothing is read or hashed byte by byte, so a fingerprint of a large archive costs a directory walk.
`archive_fingerprint` is the one fingerprint of an archive: a scan (`rescan.scan_inputs`) and
`exposure batch` (its done mark) both compare it, over the same files (`parts.export_parts`).
Standard library only: a rescan computes it before pandas or a model loads.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
from pathlib import Path

from .parts import export_parts


class Digest:
    """A sha256 fed with one line per fact (a repr of its parts), and whole folders' metadata."""

    def __init__(self) -> None:
        self._hash = hashlib.sha256()

    def add(self, *parts) -> None:
        """Add one fact; returns None."""
        self._hash.update(repr(parts).encode("utf-8", "surrogateescape") + b"\n")

    def tree(self, root: Path) -> None:
        """Add every folder and file under `root` (links as links, and what a file link points
        to; `__pycache__` left out); returns None."""
        for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
            dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
            here = Path(dirpath)
            self.add(
                "dir",
                os.path.relpath(dirpath, root),
                *(here / d for d in dirnames if (here / d).is_symlink()),
            )
            for name in sorted(filenames):
                p = here / name
                link = os.readlink(p) if p.is_symlink() else None
                self.add(name, link, file_stat(p))

    def package(self, name: str) -> None:
        """Add an installed package's files (its bundled models among them), found without
        importing it; returns None."""
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            spec = None
        locations = list(spec.submodule_search_locations or []) if spec else []
        self.add("package", name, locations)
        for folder in locations:
            self.tree(Path(folder))

    def hexdigest(self) -> str:
        """The digest so far, as hex."""
        return self._hash.hexdigest()


def file_stat(path: Path) -> tuple:
    """(size, mtime in ns) of a file, following links; the error's name when it is unreadable."""
    try:
        st = path.stat()
    except OSError as exc:
        return (type(exc).__name__,)
    return (st.st_size, st.st_mtime_ns)


def archive_fingerprint(archives: list[str | os.PathLike]) -> str | None:
    """A digest of every file of the archive(s) at `archives` (a folder's whole tree; a zip with
    the other parts of its export), which changes when a file may have; None when a path does
    not exist (whoever reads the archive says so)."""
    digest = Digest()
    for raw in archives:
        path = Path(raw)
        if not path.exists():
            return None
        digest.add("archive", os.path.abspath(path), path.resolve())
        if path.is_dir():
            digest.tree(path)
            continue
        for part in export_parts(path):
            digest.add("part", part.name, file_stat(part))
    return digest.hexdigest()
