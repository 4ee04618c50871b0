"""Load every table of an output folder, the shared input of inference, results and report."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .config import Config
from .store import Store

TIME_COLUMNS = {"photos": ("taken_at", "uploaded_at"), "checkins": ("time",)}


def model_key(store: Store) -> str | None:
    """The model identity of the newest vision run stored in this folder."""
    return store.meta().get("model_key")


def load_tables(config: Config) -> dict[str, pd.DataFrame | dict]:
    """photos, skipped, notes, checkins, analyses, detections, labels, faces and meta."""
    store = Store(Path(config.out_dir))
    try:
        tables: dict[str, pd.DataFrame | dict] = {
            name: store.get_table(name, TIME_COLUMNS.get(name, ()))
            for name in ("photos", "skipped", "notes", "checkins")
        }
        key = model_key(store)
        vision = store.vision_tables(key or "")
        tables.update(vision)
        tables["meta"] = store.meta()
    finally:
        store.close()
    photos = tables["photos"]
    assert isinstance(photos, pd.DataFrame)
    if not photos.empty:
        photos["when"] = photos["taken_at"].fillna(photos["uploaded_at"])
    return tables
