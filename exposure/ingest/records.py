"""What every reader produces: one record per referenced media file, plus the problems it met."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .archive import Archive, normalise
from .limits import Refused
from .safejson import MAX_BYTES, Unreadable, parse, too_large
from .timeparse import from_unix

MAX_TEXT = 10_000  # characters of one text field (a caption, an album name): longer is cut
MAX_TAGGED = 500  # people tagged in one photo
TEXT_FIELDS = ("album", "caption", "camera", "upload_ip", "place", "device_id", "thread", "sender")
ORIGINS = ("profile picture", "story", "post", "album", "messenger", "takeout", "folder")


@dataclass
class Record:
    """One media file as an export describes it, before its bytes are read."""

    path: str  # key in the archive (resolved)
    source: str
    album: str | None = None
    caption: str | None = None
    taken_at: datetime | None = None
    uploaded_at: datetime | None = None
    lat: float | None = None
    lon: float | None = None
    camera: str | None = None
    upload_ip: str | None = None
    place: str | None = None
    place_lat: float | None = None
    place_lon: float | None = None
    device_id: str | None = None
    tagged: list[str] = field(default_factory=list)
    origin: str | None = None  # one of ORIGINS: how the photo came to be in the export
    thread: str | None = None  # Messenger: the conversation
    sender: str | None = None  # Messenger: who sent it
    sent_by_owner: bool | None = None  # Messenger: sender is the export's owner (None: unknown)
    trashed: bool | None = None  # Google: in the bin
    archived: bool | None = None  # Google / Instagram: archived
    time_zone: str | None = None  # how `taken_at` was placed in UTC: "utc", "offset", "local"

    @property
    def by_owner(self) -> bool:
        """Whether the photo is evidence about the owner: not a photo someone else sent them."""
        return self.origin != "messenger" or self.sent_by_owner is True

    def merge(self, other: Record) -> None:
        """Fill what this record lacks from another description of the same file.

        The owner's own use of a photo (a post, a profile picture) names its origin over a chat
        that also holds it.
        """
        if _rank(other.origin) < _rank(self.origin):
            self.origin, other.origin = other.origin, self.origin
        for name in self.__dataclass_fields__:
            if name in ("path", "source", "tagged"):
                continue
            if getattr(self, name) in (None, "") and getattr(other, name) not in (None, ""):
                setattr(self, name, getattr(other, name))
        if other.sent_by_owner:
            self.sent_by_owner = True
        self.tagged += [t for t in other.tagged if t not in self.tagged]


def clean(rec: Record) -> list[str]:
    """Make every field of `rec` the type the photos table holds, text cut to MAX_TEXT; returns
    the problems met, in words (a reader's slip or a hostile export never reaches the store)."""
    problems = []
    for name in TEXT_FIELDS:
        value = getattr(rec, name)
        if value is not None and not isinstance(value, str):
            setattr(rec, name, None)
            problems.append(f"{name} is not text: ignored")
        elif value is not None and len(value) > MAX_TEXT:
            setattr(rec, name, value[:MAX_TEXT])
            problems.append(f"{name} cut to {MAX_TEXT:,} characters (it had {len(value):,})")
    for a, b in (("lat", "lon"), ("place_lat", "place_lon")):
        la, lo = coords(getattr(rec, a), getattr(rec, b))
        setattr(rec, a, la), setattr(rec, b, lo)
    for name in ("taken_at", "uploaded_at"):
        if not isinstance(getattr(rec, name), datetime):
            setattr(rec, name, None)
    tagged = [t[:200] for t in rec.tagged if isinstance(t, str)]
    if len(tagged) > MAX_TAGGED:
        problems.append(f"{len(tagged):,} people tagged: the first {MAX_TAGGED} kept")
    rec.tagged = tagged[:MAX_TAGGED]
    return problems


def _rank(origin: str | None) -> int:
    return ORIGINS.index(origin) if origin in ORIGINS else len(ORIGINS)


@dataclass
class Found:
    """What a reader found in an archive."""

    format: str
    records: list[Record] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason): not analysed
    notes: list[tuple[str, str]] = field(default_factory=list)  # (path, problem): analysed anyway
    checkins: list[dict[str, Any]] = field(default_factory=list)
    owner: str | None = None


def fix_text(s: str) -> str:
    """Undo Meta's mojibake (UTF-8 bytes escaped as \\u00XX) and NFC-normalise; else unchanged."""
    if s and not s.isascii() and max(map(ord, s)) < 256:
        try:
            s = s.encode("latin-1").decode("utf-8")
        except UnicodeDecodeError:
            pass
    if not s.isascii():
        try:
            s.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate ("\ud800" in the JSON): no storable text
            s = s.encode("utf-8", "replace").decode("utf-8")
    return unicodedata.normalize("NFC", s)


def fix_tree(node: Any) -> Any:
    """`fix_text` applied to every string (and key) of parsed JSON."""
    if isinstance(node, str):
        return fix_text(node)
    if isinstance(node, list):
        return [fix_tree(x) for x in node]
    if isinstance(node, dict):
        return {fix_text(k): fix_tree(v) for k, v in node.items()}
    return node


def load_json(archive: Archive, path: str, found: Found) -> Any:
    """Parsed, mojibake-fixed JSON of `path`, or None when it cannot be read.

    A file too large, nested too deep, not UTF-8, broken, or unreadable in its zip is listed in
    `found.skipped` with the reason, and the run goes on without it.
    """
    if reason := too_large(archive.files[path].size):
        found.skipped.append((path, reason))  # refused before a byte is read
        return None
    try:
        return fix_tree(parse(archive.read(path, MAX_BYTES)))
    except (Unreadable, Refused) as exc:
        found.skipped.append((path, str(exc)))
    except RecursionError:
        found.skipped.append((path, "JSON nested too deep"))
    except Exception as exc:  # noqa: BLE001 - a broken zip member (CRC, zlib) is one skipped file
        found.skipped.append((path, f"cannot read ({type(exc).__name__}: {str(exc)[:80]})"))
    return None


def is_web(uri: str) -> bool:
    """Whether `uri` points to the web (or is inline data) rather than to a file of the export."""
    return uri.lower().startswith(("http://", "https://", "data:", "//"))


def resolve_media(uri: str, resolver: Resolver, found: Found) -> str | None:
    """The archive key a media `uri` names; a web address or a missing file is recorded."""
    if is_web(uri):
        if not uri.rstrip("/").endswith("facebook.com"):  # placeholder covers are not photos
            found.skipped.append((uri[:120], "web address, the file is not in the export"))
        return None
    key = resolver.resolve(uri)
    if key is None:
        found.skipped.append((uri, "referenced in the export but the file is missing"))
    return key


def keep(by_path: dict[str, Record], rec: Record) -> None:
    """Add a record, merged with an earlier description of the same file."""
    if rec.path in by_path:
        by_path[rec.path].merge(rec)
    else:
        by_path[rec.path] = rec


def coords(lat: Any, lon: Any) -> tuple[float | None, float | None]:
    """A (lat, lon) pair, or (None, None) for 0/0, non-numbers and impossible values."""
    if isinstance(lat, bool) or isinstance(lon, bool):
        return None, None
    try:
        la, lo = float(lat), float(lon)
    except (TypeError, ValueError, OverflowError):
        return None, None
    if (la == 0 and lo == 0) or not (-90 <= la <= 90 and -180 <= lo <= 180):
        return None, None
    return la, lo


def stamp(value: Any, path: str, found: Found, unit: str = "s") -> datetime | None:
    """A Unix timestamp (seconds, or `unit="ms"`) as UTC; an absurd one is noted against `path`
    and dropped."""
    dt, problem = from_unix(value, unit)
    if problem:
        found.notes.append((path, problem))
    return dt


class Resolver:
    """Finds the archive file a `uri` means, as real parsers do (spec pitfall P3).

    Exact path, then under each export root, then with the first component dropped or swapped
    between the 2023 and 2024 Facebook roots, then by the last three components, then by a unique
    file name.
    """

    SWAPS = (
        ("your_activity_across_facebook/", "your_facebook_activity/"),
        ("your_facebook_activity/", "your_activity_across_facebook/"),
    )

    def __init__(self, archive: Archive, roots: list[str]):
        self.files = archive.files
        self.roots = roots
        self.by_tail: dict[str, list[str]] = {}
        self.by_name: dict[str, list[str]] = {}
        for key in self.files:
            parts = key.rsplit("/", 3)
            self.by_tail.setdefault("/".join(parts[-3:]), []).append(key)
            self.by_name.setdefault(parts[-1], []).append(key)

    def resolve(self, uri: str) -> str | None:
        """The archive key that `uri` names (tried under each root, then by file name), or None."""
        uri = normalise(uri.split("?", 1)[0])
        for cand in self._candidates(uri):
            if cand in self.files:
                return cand
        parts = uri.rsplit("/", 3)
        tails = self.by_tail.get("/".join(parts[-3:]), [])
        if len(tails) == 1:
            return tails[0]
        names = self.by_name.get(parts[-1], [])
        return names[0] if len(names) == 1 else None

    def _candidates(self, uri: str) -> list[str]:
        variants = [uri]
        if "'" in uri or "&#039;" in uri:  # folder names written HTML-escaped, or not
            variants += [uri.replace("'", "&#039;"), uri.replace("&#039;", "'")]
        for a, b in self.SWAPS:
            if uri.startswith(a):
                variants.append(b + uri[len(a) :])
        if "/" in uri:
            variants.append(uri.split("/", 1)[1])
        return [root + v for v in variants for root in self.roots]
