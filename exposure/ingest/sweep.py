"""Every export in an archive, each with its own files, and every media file no reader took.

One folder can hold several exports (two Takeouts, a Facebook folder beside a Takeout): each is
found by its marker files, and each file belongs to the export whose root is the longest prefix of
its path. After the readers, `leftovers` lists what none of them named, so that no media file
vanishes: each is a photo (or a skipped file, with its reason) like any other.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .archive import Archive
from .media import IMAGE_KINDS, MEDIA_SUFFIXES, VIDEO_KINDS, sniff
from .records import Found, Record

FAMILY = {"facebook": "facebook", "facebook_html": "facebook", "instagram": "instagram"}
PREFERENCE = ("facebook", "instagram", "google", "facebook_html")  # one reader per root
NESTED_ZIP = "a zip file inside the archive: not read (scan it on its own to include its photos)"
_THREAD = re.compile(
    r"(?:^|/)messages/(?:inbox|archived_threads|filtered_threads|message_requests|e2ee_cutover)/"
    r"([^/]+)/"
)


def exports_in(
    archive: Archive, candidates: list[tuple[str, str]]
) -> list[tuple[str, str, list[str]]]:
    """(reader, root, keys) per export: `candidates` are (reader, root) pairs seen in the files."""
    best: dict[str, str] = {}
    for name, root in candidates:
        if root not in best or PREFERENCE.index(name) < PREFERENCE.index(best[root]):
            best[root] = name
    roots = sorted(best, key=len, reverse=True)
    keys: dict[str, list[str]] = {r: [] for r in roots}
    rest: list[str] = []
    for key in archive.files:
        root = next((r for r in roots if key.startswith(r)), None)
        (keys[root] if root is not None else rest).append(key)
    out = [(best[r], r, keys[r]) for r in sorted(roots)]
    if rest and not out:
        out.append(("folder", "", rest))
    return out


def view(archive: Archive, keys: list[str]) -> Archive:
    """The same archive restricted to `keys`; it shares the open zip parts of `archive`."""
    return replace(archive, files={k: archive.files[k] for k in keys}, skipped=[])


def media_like(archive: Archive, key: str) -> bool:
    """Whether a file is a photo or a video by its name (by its first bytes when it has none)."""
    name = key.rsplit("/", 1)[-1]
    if name.startswith("."):
        return False
    if "." in name:
        return "." + name.rsplit(".", 1)[-1].lower() in MEDIA_SUFFIXES - {""}
    try:
        return sniff(archive.head(key, 32)) in IMAGE_KINDS | VIDEO_KINDS
    except Exception:  # noqa: BLE001 - an unreadable entry is no photo we can list
        return False


def leftovers(
    archive: Archive, found: Found, exports: list[tuple[str, str, list[str]]]
) -> list[Record]:
    """Records for the media files no reader named; stickers go to `found.skipped`."""
    taken = {r.path for r in found.records} | {p for p, _ in found.skipped}
    family = {k: FAMILY.get(name, name) for name, _, keys in exports for k in keys}
    out = []
    for key in archive.files:
        if key in taken:
            continue
        if key.lower().endswith(".zip"):
            found.skipped.append((key, NESTED_ZIP))
            continue
        if not media_like(archive, key):
            continue
        if "stickers_used/" in key:
            found.skipped.append((key, "sticker (not a personal photo)"))
            continue
        source = family.get(key, "folder")
        origin, thread = guess_origin(key, source)
        out.append(Record(path=key, source=source, origin=origin, thread=thread))
    return out


def guess_origin(key: str, source: str) -> tuple[str, str | None]:
    """(origin, Messenger thread) of a file from where it lies in its export."""
    if m := _THREAD.search(key):
        return "messenger", m.group(1)
    if source in ("google", "folder"):
        return ("takeout" if source == "google" else "folder"), None
    folders = key.lower().split("/")[:-1]
    if "stories" in folders or "archived_stories" in key.lower():
        return "story", None
    if any(
        f == "profile" or f.startswith(("profilepictures", "profile_pictures")) for f in folders
    ):
        return "profile picture", None
    if source == "facebook" and "media" in folders[:-1] and folders[-1] != "your_posts":
        return "album", None
    return "post", None
