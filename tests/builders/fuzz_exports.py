"""Generated hostile exports for property-based tests (issue 20): `exports()` is a hypothesis
strategy of whole exports (Facebook 2018 to 2024, Messenger, Instagram 2021 and 2025, Takeout
sidecars, Facebook HTML, plain folders), as a folder (with FIFOs, sockets and links among the
files) or a zip (odd names and flags, names that are not UTF-8, small zip bombs, nested zips).

Each export starts from the real shapes and is then damaged: fields replaced by wrong types, huge
strings and numbers, deep nesting, odd encodings; whole JSON files cut, nested a thousand deep or
written in UTF-16. `fuzz_check.check(export, root)` ingests one within a time box and says what
became of every generated record.
"""

from __future__ import annotations

import copy
import json
import zipfile
from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st

from .common import jpeg

# --- values ---------------------------------------------------------------------------------------

ODD_VALUES = [
    None,
    True,
    0,
    -1,
    10**400,
    253402300799,  # year 9999 in seconds
    1e308,
    float("nan"),
    float("inf"),
    "",
    "\ud800",
    "\u202eevil",
    "Ã©tÃ©",
    "1e999",
    "x" * 100_000,
    {},
    [],
    [[[[[[]]]]]],
]
scalars = st.one_of(
    st.sampled_from(ODD_VALUES),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(alphabet=st.characters(codec=None, categories=None), max_size=30),
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def nest(depth: int, leaf: Any = 1) -> Any:
    """`leaf` inside `depth` lists."""
    for _ in range(depth):
        leaf = [leaf]
    return leaf


odd = st.one_of(values, st.integers(1, 400).map(nest))


# --- media files ----------------------------------------------------------------------------------

MP4 = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2"


@st.composite
def media_bytes(draw) -> bytes | None:
    """A media file's bytes (None: the file is missing from the export)."""
    kind = draw(st.sampled_from(["jpeg"] * 6 + ["cut", "mp4", "empty", "junk", "png", "none"]))
    photo = jpeg(seed=draw(st.integers(1, 10**9)))
    return {
        "jpeg": photo,
        "cut": photo[: len(photo) // 2],
        "mp4": MP4 + bytes(32),
        "empty": b"",
        "junk": draw(st.binary(max_size=64)),
        "png": b"\x89PNG\r\n\x1a\n" + bytes(8),
        "none": None,
    }[kind]


# --- records of each export family ------------------------------------------------------------


def _media(uri: str, t: int) -> dict:
    exif = {"taken_timestamp": t, "latitude": 48.2, "longitude": 16.3, "camera_make": "Apple"}
    return {
        "uri": uri,
        "creation_timestamp": t,
        "title": "t",
        "description": "d",
        "media_metadata": {"photo_metadata": {"exif_data": [exif]}},
    }


def _fb_post(uri: str, t: int) -> dict:
    media = _media(uri, t)
    return {
        "timestamp": t,
        "data": [{"post": "caption"}],
        "tags": [{"name": "Jane"}],
        "attachments": [{"data": [{"media": media}, {"place": {"name": "P", "coordinate": {}}}]}],
    }


FAMILIES: dict[str, tuple[str, str, Any]] = {  # name → (json path, media folder, wrap records)
    "fb2024": (
        "your_facebook_activity/posts/your_posts_1.json",
        "your_facebook_activity/posts/media/A/",
        None,
    ),
    "fb2023": (
        "your_activity_across_facebook/posts/album/0.json",
        "your_activity_across_facebook/posts/media/B/",
        "album",
    ),
    "fb2021": ("posts/your_posts_1.json", "photos_and_videos/C/", None),
    "fb2018": ("photos_and_videos/album/0.json", "photos_and_videos/D/", "album"),
    "messenger": (
        "your_facebook_activity/messages/inbox/jane_1/message_1.json",
        "your_facebook_activity/messages/inbox/jane_1/photos/",
        "thread",
    ),
    "ig2025": ("your_instagram_activity/media/posts_1.json", "media/posts/202001/", "ig"),
    "ig2021": ("content/posts_1.json", "media/posts/202101/", "ig"),
    "takeout": ("", "Takeout/Google Photos/Photos from 2020/", "sidecar"),
    "html": (
        "your_facebook_activity/posts/album/0.html",
        "your_facebook_activity/posts/media/H/",
        "html",
    ),
}


def _record(family: str, uri: str, t: int) -> dict:
    if family == "messenger":
        return {"sender_name": "Jane", "timestamp_ms": t * 1000, "photos": [{"uri": uri}]}
    if family.startswith("ig"):
        return {"media": [_media(uri, t)], "title": "caption", "creation_timestamp": t}
    if family == "takeout":
        return {
            "photoTakenTime": {"timestamp": str(t)},
            "creationTime": {"timestamp": str(t)},
            "geoData": {"latitude": 41.9, "longitude": 12.5},
            "description": "d",
            "people": [{"name": "Jane"}],
        }
    return _media(uri, t) if FAMILIES[family][2] == "album" else _fb_post(uri, t)


def paths_in(node: Any, here: tuple = ()) -> list[tuple]:
    """Every key path of a JSON tree (a mutation target), the `uri`s left out."""
    out = [here] if here else []
    if len(here) > 12:
        return out
    items = (
        node.items()
        if isinstance(node, dict)
        else enumerate(node)
        if isinstance(node, list)
        else []
    )
    for key, value in items:
        if key != "uri":
            out += paths_in(value, (*here, key))
    return out


def put(node: Any, path: tuple, value: Any) -> None:
    """Replace what `path` names inside `node` by `value`."""
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value


@st.composite
def damaged(draw, family: str, uri: str) -> dict:
    """One record of `family` naming `uri`, with up to three fields replaced by odd values."""
    t = draw(st.integers(1_300_000_000, 1_700_000_000))
    rec = _record(family, uri, t)
    targets = paths_in(rec)
    for _ in range(draw(st.integers(0, 3))):  # (never inside a deep nest: stack depth is bounded)
        put(rec, draw(st.sampled_from(targets)), copy.deepcopy(draw(odd)))
        targets = [p for p in paths_in(rec) if len(p) <= 12] or [("x",)]
    return rec


def _has_uri(node: Any, uri: str) -> bool:
    if isinstance(node, dict):
        return node.get("uri") == uri or any(_has_uri(v, uri) for v in node.values())
    return isinstance(node, list) and any(_has_uri(v, uri) for v in node)


def _wrap(family: str, records: list) -> Any:
    kind = FAMILIES[family][2]
    if kind == "album":
        return {"name": "Album", "photos": records}
    if kind == "thread":
        return {"participants": [{"name": "Jane"}, {"name": "Me"}], "messages": records}
    return records


def _html(records: list[tuple[str, dict]]) -> bytes:
    body = "".join(
        f'<div class="pam"><img src="{uri}"><div>{str(rec.get("description"))[:200]}</div>'
        f"<div>Taken {rec.get('creation_timestamp')}</div></div>"
        for uri, rec in records
    )
    return f"<html><head><title>Album</title></head><body>{body}</body></html>".encode(
        "utf-8", "surrogatepass"
    )


# --- whole exports --------------------------------------------------------------------------------


@dataclass
class Export:
    """A generated export: its files, the records its JSON names, and how it is laid out."""

    files: dict[str, bytes] = field(default_factory=dict)
    records: list[tuple[str, str]] = field(default_factory=list)  # (json file, uri)
    as_zip: bool = False
    specials: list[tuple[str, str]] = field(default_factory=list)  # folder: (name, kind)
    bad_names: list[str] = field(default_factory=list)  # zip: names written as invalid UTF-8
    deflate: bool = False


ruin_file = st.sampled_from(["cut", "deep", "utf16", "latin1", "bom"])


def _ruined(data: bytes, how: str) -> bytes:
    if how == "cut":
        return data[: len(data) // 2]
    if how == "deep":
        return b"[" * 1000 + data + b"]" * 1000
    if how == "utf16":
        return data.decode("utf-8", "surrogatepass").encode("utf-16", "surrogatepass")
    if how == "latin1":
        return data.replace(b"caption", b"capt\xe9on")
    return b"\xef\xbb\xbf" + data


@st.composite
def family_files(draw, family: str, export: Export, n: int) -> None:
    """Add `n` records of `family` (and their media files) to `export`."""
    json_path, folder, _ = FAMILIES[family]
    records = []
    for i in range(n):
        name = draw(st.sampled_from(["IMG_%s.jpg", "%s", "photo %s.JPEG", "é%s.png", "v%s.mp4"]))
        uri = folder + name % f"{family}{i}"  # unique: no fallback by file name can confuse two
        data = draw(media_bytes())
        if data is not None:
            export.files[uri] = data
        if draw(st.integers(0, 19)) == 0:
            uri = "https://scontent.example/" + uri
        rec = draw(damaged(family, uri))
        if family == "takeout":
            export.files[uri + ".json"] = _json(rec) if draw(st.booleans()) else b"{"
            export.records.append((uri + ".json", uri))
            continue
        records.append((uri, rec))
    if family == "takeout":
        return
    if family == "html":
        export.files[json_path] = _html(records)
    else:
        data = _json(_wrap(family, [r for _, r in records]))
        export.files[json_path] = (
            _ruined(data, draw(ruin_file)) if draw(st.integers(0, 9)) == 0 else data
        )
    export.records += [(json_path, uri) for uri, rec in records if _has_uri(rec, uri)]


ODD_NAMES = st.one_of(
    st.text(
        alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1, max_size=40
    ),
    st.sampled_from(
        ["../up.jpg", "/abs.jpg", "C:/win.jpg", "a" * 300 + ".jpg", "dir/", ".hidden.jpg"]
    ),
)


@st.composite
def exports(draw) -> Export:
    """A whole export of one to three families, with odd files, as a folder or a zip."""
    export = Export(as_zip=draw(st.booleans()), deflate=draw(st.booleans()))
    families = draw(
        st.lists(st.sampled_from(sorted(FAMILIES)), min_size=1, max_size=3, unique=True)
    )
    if "html" in families:  # an HTML export holds no Meta JSON (whose reader would win its root)
        families = [f for f in families if f in ("html", "takeout")]
    for family in families:
        draw(family_files(family, export, draw(st.integers(1, 8))))
    for name in draw(st.lists(ODD_NAMES, max_size=3)):
        export.files.setdefault(name if export.as_zip else _safe(name), draw(media_bytes()) or b"")
    if export.as_zip:
        export.bad_names = draw(
            st.lists(st.sampled_from(["bad_\u00e9X.jpg", "d/\u00e9X"]), max_size=2, unique=True)
        )
        if draw(st.integers(0, 4)) == 0:
            export.files["nested/old.zip"] = _zip_of({"in.jpg": jpeg()})
        if draw(st.integers(0, 9)) == 0:
            export.files["bomb.jpg"] = bytes(2 * 2**20)  # deflates 1000:1: over the ratio limit
            export.deflate = True
    else:
        kinds = ["fifo", "link_fifo", "socket", "dev", "loop", "broken", "dir_link"]
        export.specials = [
            (f"special_{k}.jpg", k)
            for k in draw(st.lists(st.sampled_from(kinds), max_size=3, unique=True))
        ]
    return export


def _safe(name: str) -> str:
    """A generated name usable on disk: no empty parts, nothing climbing out."""
    parts = [p for p in name.replace("\\", "/").split("/") if p not in ("", ".", "..")]
    return "/".join(p[:200] for p in parts) or "unnamed"


def _zip_of(files: dict[str, bytes]) -> bytes:
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _json(obj: Any) -> bytes:
    """JSON as Meta writes it: every string's UTF-8 bytes as \\u00XX code points (surrogates kept)."""
    return json.dumps(_moji(obj)).encode("ascii")


def _moji(node: Any) -> Any:
    if isinstance(node, str):
        return node.encode("utf-8", "surrogatepass").decode("latin-1")
    if isinstance(node, list):
        return [_moji(x) for x in node]
    if isinstance(node, dict):
        return {_moji(k): _moji(v) for k, v in node.items()}
    return node
