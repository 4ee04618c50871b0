"""The photos analysed first, for an interim report: a sample spread over the archive's months,
places and albums, so that the first answers rest on every part of a life, not on its start.

`first_order` puts a stratified sample first and the rest after it, in the archive's order. A
stratum is (month, place, album): month of the photo's time (taken, else uploaded), place as a
0.1° grid cell (about 10 km) or none, album as written. Strata are visited round-robin, each
giving its next photo, until the sample is full, so a month with 500 photos and a month with 5
each get photos before either gets many.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from typing import Any

INTERIM_AT = 500  # an archive with fewer photos to analyse gets no interim report
SHARE = 0.05  # of the photos to analyse, in the sample
MINIMUM, MAXIMUM = 50, 1_000  # photos in the sample, whatever the share


def sample_size(todo: int, interim_at: int = INTERIM_AT) -> int:
    """How many photos the interim report rests on for `todo` photos to analyse: 0 (no interim
    report) below `interim_at`, else 5% within 50 to 1,000, and never more than half."""
    if todo < max(2, interim_at):
        return 0
    return min(todo // 2, max(MINIMUM, min(MAXIMUM, math.ceil(SHARE * todo))))


def first_order(rows: list[dict[str, Any]], size: int) -> list[dict[str, Any]]:
    """`rows` (photos: photo_id, taken_at, uploaded_at, lat, lon, album) with a stratified
    sample of `size` first, then the others in their order; returns a new list."""
    if size <= 0 or size >= len(rows):
        return list(rows)
    strata: OrderedDict[tuple, list[int]] = OrderedDict()
    for i, row in enumerate(rows):
        strata.setdefault(_stratum(row), []).append(i)
    queues = [iter(members) for members in strata.values()]
    picked: list[int] = []
    while len(picked) < size and queues:
        alive = []
        for q in queues:
            i = next(q, None)
            if i is None:
                continue
            picked.append(i)
            alive.append(q)
            if len(picked) == size:
                break
        queues = alive
    chosen = set(picked)
    return [rows[i] for i in picked] + [r for i, r in enumerate(rows) if i not in chosen]


def _stratum(row: dict[str, Any]) -> tuple:
    when = row.get("taken_at") or row.get("uploaded_at")
    month = str(when)[:7] if when is not None and str(when) not in ("NaT", "nan", "None") else ""
    lat, lon = row.get("lat"), row.get("lon")
    place = None
    if _finite(lat) and _finite(lon):
        place = (math.floor(float(lat) * 10), math.floor(float(lon) * 10))
    album = row.get("album")
    return (month, place, album if isinstance(album, str) else "")


def _finite(x: Any) -> bool:
    try:
        return math.isfinite(float(x))
    except (TypeError, ValueError):
        return False
