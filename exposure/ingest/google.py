"""Google Photos in a Google Takeout export: media files paired with their JSON sidecars.

Pairing follows the quirks in the spec (section 4.2): `.json` and `.supplemental-metadata.json`
sidecars, names cut at 51 characters, `(n)` suffixes that move, `-edited` copies that share the
original's sidecar, media without an extension.
"""

from __future__ import annotations

import re
from typing import Any

from .archive import Archive
from .media import MEDIA_SUFFIXES
from .records import Found, Record, coords, load_json, stamp

YEAR_FOLDER = re.compile(r"^Photos from (18|19|20)\d{2}$")
EDITED = re.compile(
    r"-(edited|effects|smile|mix|bearbeitet|modifié|modificato|bewerkt|edytowane|編集済み|"
    r"ha editado|editat)$",
    re.IGNORECASE,
)
BRACKET = re.compile(r"^(.*?)(\(\d+\))$")
SUPPLEMENTAL = ".supplemental-metadata"
ALBUM_META = {
    "metadata.json",
    "métadonnées.json",
    "metadatos.json",
    "metadati.json",
    "metadaten.json",
    "metadados.json",
    "metagegevens.json",
}


def read(archive: Archive, root: str) -> Found:
    """Photos of a Google Takeout under `root`, merged with their JSON sidecars."""
    found = Found(format="google-takeout")
    folders: dict[str, dict[str, str]] = {}  # folder → {file name: key}
    for key in archive.files:
        if key.startswith(root):
            folder, _, name = key.rpartition("/")
            folders.setdefault(folder, {})[name] = key
    for folder, names in sorted(folders.items()):
        sidecars = {n: k for n, k in names.items() if n.lower().endswith(".json")}
        album = _album(archive, folder, names, found)
        for meta in ALBUM_META:
            sidecars.pop(meta, None)
        for name, key in sorted(names.items()):
            if name.lower().endswith(".json") or not _media_name(name):
                continue
            rec = Record(path=key, source="google", album=album, origin="takeout")
            side = pair(name, sidecars)
            if side is None:
                found.notes.append((key, "no JSON sidecar found; using the file's own metadata"))
            else:
                _apply(rec, load_json(archive, sidecars[side], found), sidecars[side], found)
            found.records.append(rec)
    return found


def _album(archive: Archive, folder: str, names: dict[str, str], found: Found) -> str | None:
    """An album folder's title: from its metadata file (named in the user's language), else the
    folder's name; None for year folders and the root."""
    name = folder.rsplit("/", 1)[-1]
    if YEAR_FOLDER.match(name) or name.startswith("Google "):
        return None
    meta_name = next((n for n in names if n in ALBUM_META), None)
    meta = load_json(archive, names[meta_name], found) if meta_name else None
    title = meta.get("title") if isinstance(meta, dict) else None
    return title.strip() if isinstance(title, str) and title.strip() else name


def _media_name(name: str) -> bool:
    if name.lower() in (
        "archive_browser.html",
        "print-subscriptions.json",
        "shared_album_comments.json",
    ):
        return False
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    return suffix in MEDIA_SUFFIXES and not name.lower().endswith((".html", ".json"))


def pair(name: str, sidecars: dict[str, str]) -> str | None:
    """The sidecar file name that describes media file `name`, or None."""
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    variants = [(stem, "")]
    m = BRACKET.match(stem)
    if m:
        variants.insert(0, (m.group(1), m.group(2)))
    for base, bracket in variants:
        stems = [base]
        edited = EDITED.sub("", base)
        if edited != base:
            stems.append(edited)
        for s in stems:
            full = f"{s}.{ext}" if ext else s
            for cand in _candidates(full, s, bracket):
                if cand in sidecars:
                    return cand
    for base, bracket in variants:
        hit = _by_prefix([base, EDITED.sub("", base)], ext, bracket, sidecars)
        if hit:
            return hit
    return None


def _candidates(full: str, stem: str, bracket: str) -> list[str]:
    names = [
        f"{full}{SUPPLEMENTAL}{bracket}.json",
        f"{full}{bracket}.json",
        f"{stem}{bracket}.json",
        f"{full}{SUPPLEMENTAL}.json",
        f"{full}.json",
    ]
    cut = [_cut(f"{full}{SUPPLEMENTAL}", bracket), _cut(full, bracket)]
    return names + cut


def _cut(base: str, bracket: str) -> str:
    """A sidecar name cut so that the whole file name is at most 51 characters."""
    room = 51 - len(bracket) - len(".json")
    return f"{base[:room]}{bracket}.json"


def _by_prefix(stems: list[str], ext: str, bracket: str, sidecars: dict[str, str]) -> str | None:
    """Last resort for truncated names: the longest sidecar whose name starts the media's."""
    best, best_len = None, 0
    for side in sidecars:
        key = side[: -len(".json")]
        m = BRACKET.match(key)
        side_bracket = m.group(2) if m else ""
        key = m.group(1) if m else key
        if side_bracket != bracket or len(key) < 8:
            continue
        for s in stems:
            full = f"{s}.{ext}{SUPPLEMENTAL}" if ext else s
            if full.startswith(key) and len(key) > best_len:
                best, best_len = side, len(key)
    return best


def _apply(rec: Record, meta: Any, side: str, found: Found) -> None:
    """Fill `rec` from the sidecar `side`; a field of the wrong type costs that field (noted
    against the sidecar), anything else it cannot understand costs that sidecar."""
    if meta is None:
        return
    if not isinstance(meta, dict):
        found.notes.append((side, f"sidecar holds a {_kind(meta)}, not an object: ignored"))
        return
    try:
        _fields(rec, meta, side, found)
    except Exception as exc:  # noqa: BLE001 - one odd sidecar costs that sidecar, not the export
        found.notes.append((side, f"sidecar not understood ({type(exc).__name__}): ignored"))


def _fields(rec: Record, meta: dict, side: str, found: Found) -> None:
    def obj(name: str) -> dict:
        value = meta.get(name)
        if value is None or isinstance(value, dict):
            return value or {}
        found.notes.append((side, f"field {name!r} is a {_kind(value)}, not an object: ignored"))
        return {}

    rec.taken_at = stamp(obj("photoTakenTime").get("timestamp"), side, found)
    rec.time_zone = "utc" if rec.taken_at else None
    rec.trashed = meta.get("trashed") is True or None
    rec.archived = meta.get("archived") is True or None
    rec.uploaded_at = stamp(obj("creationTime").get("timestamp"), side, found)
    geo, exif = obj("geoData"), obj("geoDataExif")
    lat, lon = coords(geo.get("latitude"), geo.get("longitude"))
    if lat is None:
        lat, lon = coords(exif.get("latitude"), exif.get("longitude"))
    rec.lat, rec.lon = lat, lon
    desc = meta.get("description")
    rec.caption = desc.strip() if isinstance(desc, str) and desc.strip() else None
    people = meta.get("people")
    rec.tagged = [
        p["name"]
        for p in (people if isinstance(people, list) else [])
        if isinstance(p, dict) and isinstance(p.get("name"), str) and p["name"].strip()
    ]
    upload = obj("googlePhotosOrigin").get("mobileUpload")
    device = upload.get("deviceType") if isinstance(upload, dict) else None
    rec.device_id = device if isinstance(device, str) and device else None


def _kind(value: Any) -> str:
    """A JSON value's type in words ("string", "list"...)."""
    names = {str: "string", list: "list", dict: "object", bool: "boolean", int: "number"}
    return names.get(type(value), "number" if isinstance(value, float) else type(value).__name__)
