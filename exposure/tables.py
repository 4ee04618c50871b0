"""Every table of an output folder, loaded from the cache and derived again (in seconds)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from . import people as people_stage
from . import places, timeline
from .config import Config
from .infer import Evidence, infer, load_rules
from .store import Store

TIME_COLUMNS = {"photos": ("taken_at", "uploaded_at"), "checkins": ("time",)}


def load_tables(config: Config) -> dict:
    """photos, skipped, notes, checkins, analyses, detections, labels, faces, meta, and the
    derived people, locations, homes, trips, tags and timeline."""
    store = Store(Path(config.out_dir))
    try:
        tables: dict = {
            name: store.get_table(name, TIME_COLUMNS.get(name, ()))
            for name in ("photos", "skipped", "notes", "checkins", "duplicates")
        }
        tables["meta"] = store.meta()
        tables.update(store.vision_tables(tables["meta"].get("model_key") or ""))
    finally:
        store.close()
    photos = tables["photos"]
    if not photos.empty:
        photos["when"] = photos["taken_at"].fillna(photos["uploaded_at"])
    else:
        photos["when"] = pd.Series(dtype="datetime64[ns, UTC]")
    derive(config, tables)
    return tables


def derive(config: Config, t: dict) -> None:
    """people, places and timeline from the stored tables; no model runs."""
    photos = t["photos"]
    t["locations"] = places.locations(photos, t["checkins"])
    t["homes"] = places.homes(t["locations"])
    t["trips"] = places.trips(t["locations"], t["homes"])
    t["places_by_month"] = places.places_by_month(t["locations"], t["homes"])
    home_ids = {p for h in t["homes"] for p in h.photo_ids}
    corrections = people_stage.Corrections.load(config.out_dir)
    cache = dict(t["meta"].get("face_clusters") or {})
    t["faces"], t["people"] = people_stage.people(t["faces"], photos, corrections, home_ids, cache)
    if cache != t["meta"].get("face_clusters"):
        t["meta"]["face_clusters"] = cache
        store = Store(Path(config.out_dir))
        try:
            store.set_meta(face_clusters=cache)
        finally:
            store.close()
    t["tags"] = timeline.photo_tags(t["detections"], t["labels"])
    t["timeline"] = timeline.timeline(photos, t["tags"])
    t["people_by_month"] = timeline.people_by_month(photos, t["faces"])


def run_rules(rules_dir: Path, t: dict) -> list[dict]:
    """The inferences of the rules in `rules_dir` over the tables, as results.json entries."""
    owner = t["people"].loc[t["people"]["is_owner"], "person_id"]
    evidence = Evidence(
        t["photos"],
        t["tags"],
        t["faces"],
        t["checkins"],
        owner=str(owner.iloc[0]) if len(owner) else None,
    ).with_places(t["locations"], t["homes"], t["trips"])
    return [i.to_dict() for i in infer(load_rules(rules_dir), evidence)]
