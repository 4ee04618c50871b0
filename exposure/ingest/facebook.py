"""Facebook "Download Your Information" JSON exports, every generation (2018 to now).

The approach of the robust parsers in the spec: walk every JSON file, collect every object with a
local `uri`, and enrich it from what contains it (album, post, place, tags). The same file met in a
post and in an album becomes one record with both descriptions merged.
"""

from __future__ import annotations

from typing import Any

from . import messenger
from .archive import Archive
from .media import MEDIA_SUFFIXES, exif_datetime
from .records import Found, Record, Resolver, coords, keep, load_json, resolve_media, stamp
from .sweep import guess_origin

GENERATIONS = (  # marker folder → format name
    ("your_facebook_activity/", "facebook-json-2024"),
    ("your_activity_across_facebook/", "facebook-json-2023"),
    ("photos_and_videos/", "facebook-json-2018"),
    ("posts/", "facebook-json-2021"),
)
SKIP_KEYS = {"cover_photo", "thumbnail", "backup_uri", "profile_uri", "subtitles"}
NOT_PHOTOS = ("/stickers_used/", "stickers_used/")
PROFILE_ALBUMS = {  # Facebook's own album of profile pictures, in the languages seen
    "profile pictures",
    "fotos del perfil",
    "fotos de perfil",
    "photos de profil",
    "profilbilder",
    "immagini del profilo",
    "foto del profilo",
    "profielfoto's",
    "zdjęcia profilowe",
}
EXIF_KEYS = (
    "taken_timestamp",
    "latitude",
    "longitude",
    "camera_make",
    "camera_model",
    "upload_ip",
    "date_time_original",
    "device_id",
    "modified_timestamp",
    "upload_timestamp",
)


def generation(keys: list[str], root: str) -> str:
    """The export generation (format name) that the marker folders under `root` show."""
    for marker, name in GENERATIONS:
        if any(k.startswith(root + marker) for k in keys):
            return name
    return "facebook-json"


def read(archive: Archive, root: str) -> Found:
    """Every photo a Facebook JSON export names (posts, albums, stories, Messenger), merged."""
    keys = list(archive.files)
    found = Found(format=generation(keys, root))
    resolver = Resolver(archive, [root, ""] if root else [""])
    by_path: dict[str, Record] = {}
    threads: list[messenger.Thread] = []
    for key in keys:
        if not key.startswith(root) or not key.endswith(".json") or _excluded(key):
            continue
        try:
            _read_file(archive, key, key[len(root) :], resolver, by_path, threads, found)
        except Exception as exc:  # noqa: BLE001 - one odd file is one skipped file, never a crash
            found.skipped.append((key, f"cannot be read ({type(exc).__name__})"))
    messenger.mark_senders(threads, found.owner)
    for rec in (r for t in threads for r in t.records):
        if not _excluded(rec.path):
            keep(by_path, rec)
    _sweep_unreferenced(archive, root, by_path, found)
    found.records = list(by_path.values())
    return found


def _read_file(archive, key, rel, resolver, by_path, threads, found: Found) -> None:
    if rel.endswith("profile_information.json"):
        found.owner = _owner(load_json(archive, key, found))
    elif rel.endswith(("check-ins.json", "places_you_have_been_tagged_in.json")):
        found.checkins += _checkins(load_json(archive, key, found), key, found)
    elif rel.endswith("face_recognition.json"):
        found.notes.append((key, "Facebook kept a face-recognition template of you"))
    elif messenger.is_thread_file(rel):
        tree = load_json(archive, key, found)
        threads.append(messenger.read_thread(tree, key, resolver, found, "facebook"))
    elif (tree := load_json(archive, key, found)) is not None:
        base = "story" if "stories" in rel else "album" if "/album/" in "/" + rel else "post"
        for media, ctx in walk(tree, {"origin": base}):
            guarded(_collect, media, ctx, key, resolver, by_path, found, "facebook")


def guarded(collect, media: dict, ctx: dict, key: str, resolver, by_path, found: Found, source):
    """`collect` one media entry of the JSON file `key`; an entry it cannot understand costs that
    entry (noted against the file, its photo is still swept up and read from its own bytes)."""
    try:
        collect(media, ctx, key, resolver, by_path, found, source)
    except Exception as exc:  # noqa: BLE001 - one odd record costs that record
        uri = media.get("uri", "")[:120]
        found.notes.append((key, f"entry {uri!r} not understood ({type(exc).__name__}): ignored"))


def _excluded(key: str) -> bool:
    return any(part in "/" + key for part in NOT_PHOTOS)


def walk(node: Any, ctx: dict[str, Any]):
    """Yield (media object, context) for every object with a `uri`, carrying album/post context."""
    if isinstance(node, list):
        for item in node:
            yield from walk(item, ctx)
    elif isinstance(node, dict):
        ctx = context(node, ctx)
        if isinstance(node.get("uri"), str):
            yield node, ctx
            return
        for key, value in node.items():
            if key not in SKIP_KEYS and isinstance(value, (list, dict)):
                yield from walk(value, ctx)


def context(node: dict[str, Any], ctx: dict[str, Any]) -> dict[str, Any]:
    """What a container (album, post, note, Instagram post) says about the media inside it."""
    new = dict(ctx)
    if isinstance(node.get("photos"), list) and isinstance(node.get("name"), str):
        new["album"] = node["name"]
    if isinstance(node.get("attachments"), list) or (
        isinstance(node.get("data"), list) and "timestamp" in node
    ):
        new.update(_post(node))
    if isinstance(node.get("media"), list):  # a note, or an Instagram post with several media
        text = node.get("text") or node.get("title")
        if isinstance(text, str) and text.strip():
            new.setdefault("caption", text)
        if "creation_timestamp" in node:
            new.setdefault("timestamp", node["creation_timestamp"])
    return new


def _post(post: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"timestamp": post.get("timestamp")}
    for item in _list(post.get("data")):
        if isinstance(item, dict) and isinstance(item.get("post"), str) and item["post"].strip():
            out["caption"] = item["post"]
    for att in _list(post.get("attachments")):
        for item in _list(att.get("data")) if isinstance(att, dict) else []:
            place = item.get("place") if isinstance(item, dict) else None
            if isinstance(place, dict):
                name = place.get("name")
                out["place"] = name if isinstance(name, str) else None
                c = place.get("coordinate")
                c = c if isinstance(c, dict) else {}
                out["place_coords"] = coords(c.get("latitude"), c.get("longitude"))
    out["tagged"] = tag_names(post.get("tags"))
    return out


def _list(value: Any) -> list:
    return value if isinstance(value, list) else []


def tag_names(tags: Any) -> list[str]:
    """Names of tagged people: tags are strings or {"name": ...} objects."""
    names = [t.get("name") if isinstance(t, dict) else t for t in _list(tags)]
    return [n for n in names if isinstance(n, str) and n.strip()]


def exif_fields(media: dict[str, Any]) -> dict[str, Any]:
    """The EXIF-like fields of a media entry: flat 2018 variant, `exif_data` list, or top level."""
    found: dict[str, Any] = {k: media[k] for k in EXIF_KEYS if k in media}
    meta = media.get("media_metadata") or {}
    for kind in ("photo_metadata", "video_metadata"):
        block = meta.get(kind) if isinstance(meta, dict) else None
        if not isinstance(block, dict):
            continue
        exif = block.get("exif_data")
        entries = exif if isinstance(exif, list) else [exif] if isinstance(exif, dict) else []
        for entry in [block, *entries]:  # Instagram splits them over items: keep what is set
            if isinstance(entry, dict):
                found.update({k: v for k, v in entry.items() if k in EXIF_KEYS and _set(v)})
    return found


def _set(value: Any) -> bool:
    return value not in (None, "", 0, 0.0)


def _collect(media, ctx, json_path, resolver, by_path, found: Found, source: str) -> None:
    key = resolve_media(media["uri"], resolver, found)
    if key is not None and not _excluded(key):
        keep(by_path, to_record(media, ctx, key, json_path, found, source))


def to_record(media, ctx, key: str, json_path: str, found: Found, source: str) -> Record:
    """A record from one media entry and its context, for Facebook and Instagram alike."""
    ex = exif_fields(media)
    lat, lon = coords(ex.get("latitude"), ex.get("longitude"))
    make, model = _text(ex.get("camera_make")), _text(ex.get("camera_model"))
    camera = f"{make} {model}" if make and model and not model.startswith(make) else (model or make)
    taken = stamp(ex.get("taken_timestamp"), key, found) if "taken_timestamp" in ex else None
    if taken is None and isinstance(ex.get("date_time_original"), str):
        taken = exif_datetime(ex["date_time_original"])
    own_title = _text(media.get("title"))
    if source == "instagram":
        caption, album = own_title or _text(ctx.get("caption")), _text(ctx.get("album"))
    else:
        caption = _text(media.get("description")) or _text(ctx.get("caption"))
        album = _text(ctx.get("album")) or own_title
    place_lat, place_lon = ctx.get("place_coords") or (None, None)
    origin = ctx.get("origin") or "post"
    if guess_origin(key, source)[0] == "profile picture" or (
        isinstance(album, str) and album.casefold() in PROFILE_ALBUMS
    ):
        origin = "profile picture"
    date_only = taken is not None and "taken_timestamp" not in ex
    return Record(
        path=key,
        source=source,
        album=album or None,
        caption=(caption or "").strip() or None,
        taken_at=taken,
        uploaded_at=stamp(
            media.get("creation_timestamp") or ex.get("upload_timestamp") or ctx.get("timestamp"),
            key,
            found,
        ),
        lat=lat,
        lon=lon,
        camera=str(camera) if camera else None,
        upload_ip=_text(ex.get("upload_ip")),
        place=_text(ctx.get("place")),
        place_lat=place_lat,
        place_lon=place_lon,
        device_id=_text(ex.get("device_id")),
        tagged=list(ctx.get("tagged") or []),
        origin=origin,
        archived=True if ctx.get("archived") else None,
        time_zone="local" if date_only else None,
    )


def _text(value: Any) -> str | None:
    """A text field: a non-empty string (a number, as Meta writes some ids, as text), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return str(value) if abs(value) < 10**40 else None
    return value if isinstance(value, str) and value.strip() else None


def _sweep_unreferenced(archive: Archive, root: str, by_path: dict, found: Found) -> None:
    """Media files no JSON names (the 2018 `your_posts/` folder, stray roots): still photos."""
    for key in archive.files:
        if key in by_path or not key.startswith(root) or _excluded(key):
            continue
        rel = key[len(root) :]
        if ("/media/" in "/" + rel or rel.startswith("photos_and_videos/")) and _media_name(key):
            origin, thread = guess_origin(key, "facebook")
            by_path[key] = Record(path=key, source="facebook", origin=origin, thread=thread)


def _media_name(key: str) -> bool:
    name = key.rsplit("/", 1)[-1]
    return "." not in name or "." + name.rsplit(".", 1)[-1].lower() in MEDIA_SUFFIXES


def _owner(tree: Any) -> str | None:
    if not isinstance(tree, dict):
        return None
    prof = tree.get("profile_v2") or tree.get("profile") or {}
    name = prof.get("name") if isinstance(prof, dict) else None
    if isinstance(name, dict):
        return name.get("full_name")
    return name if isinstance(name, str) else None


def _checkins(tree: Any, path: str, found: Found) -> list[dict[str, Any]]:
    """Check-ins and tagged places: `label_values` lists, one object or an array (pitfall P11)."""
    if isinstance(tree, dict):  # one check-in, or a wrapper {"checkins_v2": [...]}
        tree = (
            [tree]
            if "label_values" in tree
            else next((v for v in tree.values() if isinstance(v, list)), [])
        )
    out = []
    for item in tree if isinstance(tree, list) else []:
        if not isinstance(item, dict):
            continue
        row: dict[str, Any] = {
            "time": stamp(item.get("timestamp"), path, found),
            "place": None,
            "lat": None,
            "lon": None,
            "message": None,
        }
        for lv in _label_values(item.get("label_values") or []):
            label, value = lv.get("label", ""), lv.get("value")
            if label in ("Name", "Place name"):
                row["place"] = value
            elif label == "Coordinates" and isinstance(value, str):
                bits = value.strip("() ").split(",")
                if len(bits) == 2:
                    row["lat"], row["lon"] = coords(bits[0], bits[1])
            elif label == "Visit time":
                row["time"] = stamp(lv.get("timestamp_value"), path, found)
            elif label == "Message":
                row["message"] = value
        if row["place"] or row["lat"] is not None:
            out.append(row)
    return out


def _label_values(items: list[Any]):
    for lv in items:
        if isinstance(lv, dict):
            yield lv
            yield from _label_values(lv.get("dict") or [])
