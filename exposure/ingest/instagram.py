"""Instagram JSON exports: 2021-2024 `content/` and the 2025 `your_instagram_activity/`."""

from __future__ import annotations

from typing import Any

from . import messenger
from .archive import Archive
from .facebook import guarded, to_record, walk
from .records import Found, Resolver, keep, load_json, resolve_media

ALBUMS = {  # index file name → album shown in the report
    "posts": "Posts",
    "stories": "Stories",
    "reels": "Reels",
    "profile_photos": "Profile pictures",
    "archived_posts": "Archived posts",
    "recently_deleted_content": "Recently deleted",
    "igtv_videos": "IGTV",
}
ORIGINS = {"Stories": "story", "Profile pictures": "profile picture"}


def generation(keys: list[str], root: str) -> str:
    """`instagram-json-2025` when the 2025 activity folder is under `root`, else 2021."""
    if any(k.startswith(root + "your_instagram_activity/") for k in keys):
        return "instagram-json-2025"
    return "instagram-json-2021"


def _album(key: str) -> str | None:
    stem = key.rsplit("/", 1)[-1].removesuffix(".json")
    stem = stem.rstrip("0123456789").rstrip("_")
    return ALBUMS.get(stem)


def read(archive: Archive, root: str) -> Found:
    """Every photo an Instagram export names: posts, stories, profile, archived, Direct."""
    keys = list(archive.files)
    found = Found(format=generation(keys, root))
    resolver = Resolver(archive, [root, ""] if root else [""])
    by_path: dict = {}
    threads: list[messenger.Thread] = []
    for key in keys:
        rel = key[len(root) :] if key.startswith(root) else None
        if rel is None or not key.endswith(".json"):
            continue
        try:
            _read_file(archive, key, rel, resolver, by_path, threads, found)
        except Exception as exc:  # noqa: BLE001 - one odd file is one skipped file, never a crash
            found.skipped.append((key, f"cannot be read ({type(exc).__name__})"))
    messenger.mark_senders(threads, found.owner)
    for rec in (r for t in threads for r in t.records):
        keep(by_path, rec)
    found.records = list(by_path.values())
    return found


def _read_file(archive, key, rel, resolver, by_path, threads, found: Found) -> None:
    if rel.endswith("personal_information.json"):
        found.owner = _owner(load_json(archive, key, found))
        return
    if messenger.is_thread_file(rel):
        tree = load_json(archive, key, found)
        threads.append(messenger.read_thread(tree, key, resolver, found, "instagram"))
        return
    if not rel.startswith(
        ("content/", "your_instagram_activity/media/", "your_instagram_activity/content/")
    ):
        return
    album = _album(key)
    if album is None:
        return
    tree = load_json(archive, key, found)
    ctx = {"album": album, "origin": ORIGINS.get(album, "post"), "archived": "archived" in key}
    for media, mctx in walk(tree, ctx) if tree is not None else []:
        guarded(_collect, media, mctx, key, resolver, by_path, found, "instagram")


def _collect(media, ctx, key, resolver, by_path, found: Found, source: str) -> None:
    path = resolve_media(media["uri"], resolver, found)
    if path is not None:
        keep(by_path, to_record(media, ctx, path, key, found, source))


def _owner(tree: Any) -> str | None:
    """The account's name (else its username) from personal_information.json."""
    users = tree.get("profile_user") if isinstance(tree, dict) else None
    user = users[0] if isinstance(users, list) and users else {}
    data = user.get("string_map_data") if isinstance(user, dict) else None
    for label in ("Name", "Username"):
        value = (data or {}).get(label) if isinstance(data, dict) else None
        if isinstance(value, dict) and isinstance(value.get("value"), str) and value["value"]:
            return value["value"]
    return None
