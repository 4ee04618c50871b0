"""The evidence's located photos, once per evidence: `located` (photo, time, place, caption,
tags) and `timed` (with their local time), read by the kinds about places and hours
(`whereabouts`, `sensitive`) and by `kinds.move`.
"""

from __future__ import annotations

import pandas as pd

from ..derive.ids import among
from ..derive.local_time import with_local_time
from .evidence import Evidence


def located(ev: Evidence) -> pd.DataFrame:
    """photo_id, when, lat, lon, caption, tags (a set per photo): the evidence's located photos
    (made once per evidence)."""
    return ev.shared("located", lambda: _located(ev))


def timed(ev: Evidence) -> pd.DataFrame:
    """The located photos with a time, and their local time (`derive.local_time`): what
    `prepare` reads, whatever the home. Made once per run: a remove-to-hide step that moves the
    home filters these rows instead of looking up time zones again (`profiles_without`)."""

    def make() -> pd.DataFrame:
        p = located(ev).dropna(subset=["when", "lat", "lon"])
        return with_local_time(p) if len(p) else p

    return ev.shared("timed", make)


def _located(ev: Evidence) -> pd.DataFrame:
    locs = ev.locations.dropna(subset=["photo_id"]).drop_duplicates("photo_id")
    if locs.empty:
        return pd.DataFrame(columns=["photo_id", "when", "lat", "lon", "caption", "tags"])
    caption = ev.photos.drop_duplicates("photo_id").set_index("photo_id")["caption"]
    locs = locs[among(locs["photo_id"], caption.index)]
    here = ev.tags[among(ev.tags["photo_id"], set(locs["photo_id"]))] if len(ev.tags) else ev.tags
    tags: dict[str, set] = {}  # the located photos' tags only: a small part of a large archive
    for photo, tag in zip(here["photo_id"].tolist(), here["tag"].tolist()):
        tags.setdefault(photo, set()).add(tag)
    return locs.assign(
        caption=locs["photo_id"].map(caption),
        tags=[frozenset(tags.get(p, ())) for p in locs["photo_id"].tolist()],
    ).reset_index(drop=True)
