"""The reader table: each export format's reader by name, and `read_exports`, which runs them.

A reader is `read(archive, root) -> Found`: the records of the photos its export describes, with
what it skipped and noticed. `formats.candidates` names the reader of each export found.
"""

from __future__ import annotations

from collections.abc import Callable

from . import facebook, facebook_html, google, instagram
from .archive import Archive
from .folder import read_folder
from .formats import candidates
from .records import Found
from .sweep import exports_in, leftovers, view

READERS: dict[str, Callable[[Archive, str], Found]] = {
    "facebook": facebook.read,
    "facebook_html": facebook_html.read,
    "instagram": instagram.read,
    "google": google.read,
    "folder": read_folder,
}


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
