"""Format detection: which exports an archive holds, found by their marker files.

A marker is a file only one exporter writes (Facebook's `your_posts_1.json`, Instagram's
`posts_1.json`, Messenger's `message_1.json`, Takeout's `Google Photos/` folder); the path before
it is that export's root. `candidates` lists every (reader, root) pair seen; `sweep.exports_in`
then picks one reader per root and gives each export its files.
"""

from __future__ import annotations

import re

from .archive import Archive

_WRAPPERS = (
    "your_facebook_activity/",
    "your_activity_across_facebook/",
    "this_profile's_activity_across_facebook/",
    "this_profile&#039;s_activity_across_facebook/",
)
_FB = re.compile(
    r"(?:^|/)(your_facebook_activity|your_activity_across_facebook|"
    r"this_profile(?:'|&#039;)s_activity_across_facebook|photos_and_videos|"
    r"posts|(?:personal_information/)?profile_information)/(?:album/\d+|your_posts[^/]*|"
    r"your_uncategorized_photos|profile_information|your_photos)\.(json|html?)$"
)
_IG = re.compile(
    r"(?:^|/)(your_instagram_activity|content)/(?:media/|content/)?"
    r"(?:posts_\d+|stories|profile_photos|reels|archived_posts)\.json$"
)
_MESSAGES = re.compile(
    r"(?:^|/)((your_facebook_activity/|your_activity_across_facebook/|your_instagram_activity/)?"
    r"messages/(?:inbox|archived_threads|filtered_threads|message_requests|e2ee_cutover)/"
    r"[^/]+/message_\d+\.(json|html?))$"
)
_GOOGLE = re.compile(r"(?:^|/)(Takeout/Google (?:Photos|Fotos|Foto)|Google (?:Photos|Fotos|Foto))/")


def candidates(archive: Archive) -> list[tuple[str, str]]:
    """(reader name, root prefix) for every export marker among the archive's files."""
    found: set[tuple[str, str]] = set()
    for key in archive.files:
        if m := _GOOGLE.search(key):
            found.add(("google", key[: m.end()]))
        if m := _IG.search(key):
            found.add(("instagram", key[: m.start(1)]))
        if m := _FB.search(key):
            root = key[: m.start(1)]
            for wrapper in _WRAPPERS:
                root = root.removesuffix(wrapper)
            found.add(("facebook_html" if m.group(2).startswith("htm") else "facebook", root))
        if m := _MESSAGES.search(key):
            name = "instagram" if m.group(2) == "your_instagram_activity/" else "facebook"
            html = m.group(3).startswith("htm")
            found.add(("facebook_html" if html and name == "facebook" else name, key[: m.start(1)]))
    return sorted(found)
