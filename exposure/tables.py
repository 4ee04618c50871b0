"""`Tables`: the tables the stages pass to each other, one typed field each.

The store gives the stored ones (`analysis.stored_tables`), derive adds its own
(`derive.tables.derive`), inference adds `inferences`. A table not made yet is None, and reads as
missing: `"texts" in tables` is False before OCR ran, `tables.get("texts", default)` gives the
default. `tables["photos"]`-style access, `get`, `in` and `keys` work as they did on the dict the
stages passed before, so a rule kind or a notebook reads either alike.

`owner()` is the view inference reads: only the photos the owner posted or sent (`by_owner`). A
photo received in a chat tells about its sender, not the owner: a friend's dog sent over Messenger
is not the owner's pet. Homes and trips come from the owner's located photos already (derive uses
`own`), so the view filters rows and derives nothing again.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass, fields
from typing import Any

import pandas as pd

OWNER_FILTERED = ("photos", "detections", "labels", "faces", "tags", "texts", "locations")


@dataclass
class Tables:
    """Every table of one archive by name (None: not made yet)."""

    # stored: ingest
    photos: pd.DataFrame | None = None  # one row per photo (with `when`: taken, else uploaded)
    skipped: pd.DataFrame | None = None  # path, reason
    notes: pd.DataFrame | None = None  # path, problem: metadata problems met while reading
    checkins: pd.DataFrame | None = None  # time, place, lat, lon
    duplicates: pd.DataFrame | None = None  # path, same_as
    platform: pd.DataFrame | None = None  # Meta's own labels, as worded
    meta: dict | None = None  # the store's meta (paths, format, models, model_key, ...)
    # stored: vision, of the current models
    analyses: pd.DataFrame | None = None  # photo_id, error, alt_text, thumb, errors
    detections: pd.DataFrame | None = None  # objects: photo_id, label, score, box, model
    labels: pd.DataFrame | None = None  # whole-photo classes: photo_id, label, score, model, tag
    faces: pd.DataFrame | None = None  # one row per face (person_id once derived)
    texts: pd.DataFrame | None = None  # lines read in photos, strongest first within a photo
    # derived
    locations: pd.DataFrame | None = None  # photo_id, when, lat, lon, source
    homes: list | None = None  # places.Home, strongest first, from the owner's photos
    trips: pd.DataFrame | None = None  # one row per trip away from home
    places_by_month: pd.DataFrame | None = None
    people: pd.DataFrame | None = None  # recurring people, is_owner
    tags: pd.DataFrame | None = None  # photo_id, tag, kind, score
    timeline: pd.DataFrame | None = None  # month, tag, photos
    people_by_month: pd.DataFrame | None = None
    # inferred
    inferences: list | None = None  # results.json entries, strongest first

    def __getitem__(self, name: str) -> Any:
        """The table `name`; raises KeyError when there is no such table or it is not made."""
        value = getattr(self, name, None) if name in _NAMES else None
        if value is None:
            raise KeyError(name)
        return value

    def get(self, name: str, default: Any = None) -> Any:
        """The table `name`, or `default` when there is no such table or it is not made."""
        value = getattr(self, name, None) if name in _NAMES else None
        return default if value is None else value

    def __contains__(self, name: object) -> bool:
        return name in _NAMES and getattr(self, str(name)) is not None

    def __setitem__(self, name: str, value: Any) -> None:
        if name not in _NAMES:
            raise KeyError(f"{name}: not a table (add a field to exposure.tables.Tables)")
        setattr(self, name, value)

    def keys(self) -> list[str]:
        """The names of the tables made so far, in field order."""
        return [n for n in _ORDER if getattr(self, n) is not None]

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys())

    def copy(self, **changes: Any) -> Tables:
        """A shallow copy (the same DataFrames) with `changes` (table name to value) applied."""
        return dataclasses.replace(self, **changes)

    def owned_ids(self) -> set[str] | None:
        """The photo ids the owner posted or sent, or None when that is every photo."""
        photos = self.photos
        if photos is None or photos.empty or "by_owner" not in photos:
            return None
        own = photos["by_owner"].map(lambda v: v is None or pd.isna(v) or bool(v)).astype(bool)
        return None if own.all() else set(photos.loc[own, "photo_id"])

    def own(self, df: pd.DataFrame) -> pd.DataFrame:
        """The rows of `df` from the owner's photos, and those tied to no photo (check-ins)."""
        return _keep(df, self.owned_ids())

    def owner(self) -> Tables:
        """The tables inference reads: the photo tables (OWNER_FILTERED) cut to the owner's
        photos (`own`); the full tables stay here for counts and listings. Itself when every
        photo is the owner's."""
        ids = self.owned_ids()
        if ids is None:
            return self
        return self.copy(**{n: _keep(self[n], ids) for n in OWNER_FILTERED if n in self})


def _keep(df: pd.DataFrame, ids: set[str] | None) -> pd.DataFrame:
    if ids is None or not isinstance(df, pd.DataFrame) or "photo_id" not in df:
        return df
    return df[df["photo_id"].isin(ids) | df["photo_id"].isna()]


_ORDER = tuple(f.name for f in fields(Tables))
_NAMES = frozenset(_ORDER)
