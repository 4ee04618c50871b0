"""Instagram JSON exports: 2021-2024 `content/` and the 2025 `your_instagram_activity/`."""

from __future__ import annotations

from .archive import Archive
from .facebook import to_record, walk
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


def generation(keys: list[str], root: str) -> str:
    if any(k.startswith(root + "your_instagram_activity/") for k in keys):
        return "instagram-json-2025"
    return "instagram-json-2021"


def _album(key: str) -> str | None:
    stem = key.rsplit("/", 1)[-1].removesuffix(".json")
    stem = stem.rstrip("0123456789").rstrip("_")
    return ALBUMS.get(stem)


def read(archive: Archive, root: str) -> Found:
    keys = list(archive.files)
    found = Found(format=generation(keys, root))
    resolver = Resolver(archive, [root, ""] if root else [""])
    by_path = {}
    for key in keys:
        rel = key[len(root) :] if key.startswith(root) else None
        if rel is None or not key.endswith(".json"):
            continue
        if not rel.startswith(
            ("content/", "your_instagram_activity/media/", "your_instagram_activity/content/")
        ):
            continue
        album = _album(key)
        if album is None:
            continue
        tree = load_json(archive, key, found)
        for media, ctx in walk(tree, {"album": album}) if tree is not None else []:
            path = resolve_media(media["uri"], resolver, found)
            if path is not None:
                keep(by_path, to_record(media, ctx, path, key, found, "instagram"))
    found.records = list(by_path.values())
    return found
