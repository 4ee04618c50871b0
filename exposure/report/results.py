"""results.json (schema `exposure.results/1`): findings for machines, loaded back identically."""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from ..config import Config
from ..tables import Tables
from ..types import css_to_box
from ..vision.vocabulary import SCENE_TAG_SCORE, TAG_SCORE
from .saved import SCHEMA, Results

__all__ = ["SCHEMA", "Results", "build_results"]


def _iso(t: Any) -> str | None:
    if t is None or (isinstance(t, float) and math.isnan(t)) or t is pd.NaT or pd.isna(t):
        return None
    return pd.Timestamp(t).strftime("%Y-%m-%dT%H:%M:%SZ")


def _num(x: Any) -> float | None:
    return None if x is None or pd.isna(x) else round(float(x), 6)


def _str(x: Any) -> str | None:
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else str(x)


def model_errors(analyses: pd.DataFrame) -> dict[str, list[dict]]:
    """photo_id -> the models that failed on it ([{"model", "reason"}]), for photos with any."""
    if "errors" not in analyses:
        return {}
    return {
        r.photo_id: json.loads(r.errors)
        for r in analyses.itertuples()
        if isinstance(r.errors, str) and r.errors
    }


def photo_entries(tables: Tables) -> list[dict[str, Any]]:
    """results.json's `photos`: one entry per photo with its tags and people."""
    photos: pd.DataFrame = tables["photos"]
    alt = dict(zip(tables["analyses"]["photo_id"], tables["analyses"]["alt_text"]))
    errors = model_errors(tables["analyses"])
    tags: dict[str, list] = {}
    dets = tables["detections"]
    dets = dets[dets["score"] >= TAG_SCORE]
    for pid, label, score in _columns(dets, "photo_id", "label", "score"):
        tags.setdefault(pid, []).append(
            {"label": label, "kind": "object", "score": round(float(score), 3)}
        )
    labels = tables["labels"]
    labels = labels[labels["score"] >= SCENE_TAG_SCORE]
    for pid, label, score, tag in _columns(labels, "photo_id", "label", "score", "tag"):
        score = round(float(score), 3)
        tags.setdefault(pid, []).append({"label": label, "kind": "scene", "score": score})
        if isinstance(tag, str) and tag:  # a label outside the vocabulary has no tag
            tags[pid].append({"label": tag, "kind": "tag", "score": score})
    people: dict[str, list[str]] = {}
    for pid, person in _columns(
        tables["faces"].dropna(subset=["person_id"]), "photo_id", "person_id"
    ):
        if person not in people.setdefault(pid, []):
            people[pid].append(person)
    faces = face_entries(tables["faces"])
    texts = text_entries(tables.get("texts"))
    out = []
    columns = ("photo_id", "path", "album", "caption", "taken_at", "uploaded_at", "origin")
    columns += ("by_owner", "thread", "sent_by_owner", "lat", "lon")
    for (
        pid,
        path,
        album,
        caption,
        taken,
        uploaded,
        origin,
        by_owner,
        thread,
        sent,
        lat,
        lon,
    ) in _columns(photos, *columns, missing={"by_owner": True}):
        out.append(
            {
                "photo_id": pid,
                "path": path,
                "album": _str(album),
                "caption": _str(caption),
                "taken_at": _iso(taken),
                "uploaded_at": _iso(uploaded),
                "source": _str(origin),
                "by_owner": _flag(by_owner),
                "thread": _str(thread),
                "sent_by_owner": _flag(sent),
                "lat": _num(lat),
                "lon": _num(lon),
                "alt_text": _str(alt.get(pid)),
                "tags": _dedupe(tags.get(pid, [])),
                "people": people.get(pid, []),
                "text": texts.get(pid, []),
                "faces": faces.get(pid, []),
            }
        )
        if pid in errors:  # a model failed on it: the other models' results are kept
            out[-1]["errors"] = errors[pid]
    return out


def _columns(df: pd.DataFrame, *names: str, missing: dict | None = None):
    """The rows of `df` as tuples of these columns' values (a column it lacks: `missing`'s value
    for it, else None), read column by column: itertuples is slow over 100,000s of rows."""
    fill = missing or {}
    return zip(
        *(df[n].tolist() if n in df else [fill.get(n)] * len(df) for n in names), strict=True
    )


def face_entries(faces: pd.DataFrame) -> dict[str, list[dict[str, Any]]]:
    """Per photo id, its faces as results.json gives them: person_id, age, band and box
    [x0, y0, x1, y1] (original photo pixels)."""
    out: dict[str, list[dict[str, Any]]] = {}
    names = ("photo_id", "person_id", "age", "band", "top", "right", "bottom", "left")
    for pid, person, age, band, top, right, bottom, left in _columns(faces, *names):
        out.setdefault(pid, []).append(
            {
                "person_id": _str(person),
                "age": None if age is None or pd.isna(age) else round(float(age), 1),
                "band": _str(band),
                "box": [int(v) for v in css_to_box((top, right, bottom, left))],
            }
        )
    return out


def text_entries(texts: pd.DataFrame | None) -> dict[str, list[dict[str, Any]]]:
    """Per photo id, the lines of text read in it as {text, score}, strongest first."""
    out: dict[str, list[dict[str, Any]]] = {}
    if texts is None or texts.empty:
        return out
    for r in texts.sort_values("score", ascending=False, kind="stable").itertuples():
        out.setdefault(r.photo_id, []).append({"text": r.text, "score": round(float(r.score), 3)})
    return out


def _flag(x: Any) -> bool | None:
    return None if x is None or pd.isna(x) else bool(x)


def _dedupe(tags: list[dict]) -> list[dict]:
    best: dict[tuple, dict] = {}
    for t in tags:
        k = (t["label"], t["kind"])
        if k not in best or t["score"] > best[k]["score"]:
            best[k] = t
    return sorted(best.values(), key=lambda t: -t["score"])


def iso_day(t: Any) -> str | None:
    """YYYY-MM-DD of a time, or None."""
    return None if t is None or pd.isna(t) else pd.Timestamp(t).strftime("%Y-%m-%d")


def people_entries(people: pd.DataFrame) -> list[dict[str, Any]]:
    """results.json's `people`: one entry per recurring person."""
    return [
        {
            "person_id": r.person_id,
            "photos": int(r.photos),
            "first_seen": iso_day(r.first_seen),
            "last_seen": iso_day(r.last_seen),
            "is_owner": bool(r.is_owner),
            "co_occurs_with_owner": int(r.co_occurs_with_owner),
            "name": _str(r.name),
        }
        for r in people.itertuples()
    ]


def trip_entries(trips: pd.DataFrame) -> list[dict[str, Any]]:
    """results.json's `trips`: one entry per trip."""
    return [
        {
            "start": iso_day(r.start),
            "end": iso_day(r.end),
            "place": _str(r.place),
            "country": _str(r.country),
            "km_from_home": int(r.km_from_home),
            "photos": list(r.photos),
        }
        for r in trips.itertuples()
    ]


def build_results(config: Config, tables: Tables, interim: dict | None = None) -> Results:
    """The content of results.json from every table (and `tables["inferences"]`); `interim`
    ({"photos_share"}) marks results made from a sample while the full scan goes on."""
    meta = tables["meta"]
    photos = tables["photos"]
    errors = (
        set(tables["analyses"].dropna(subset=["error"])["photo_id"])
        if len(tables["analyses"])
        else set()
    )
    skipped = [{"path": r.path, "reason": r.reason} for r in tables["skipped"].itertuples()]
    named = {s["path"] for s in skipped}  # a photo ingest named (truncated) is named once
    path_of = dict(zip(photos["photo_id"], photos["path"]))
    for r in tables["analyses"].itertuples():
        path = getattr(r, "path", None) or path_of.get(r.photo_id, r.photo_id)
        if isinstance(r.error, str) and r.error and path not in named:  # NaN: none
            skipped.append({"path": path, "reason": r.error})
    data = {
        "schema": SCHEMA,
        "generated_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "archive": {
            "paths": [Path(p).name for p in meta.get("paths", [])],
            "format": meta.get("format"),
            "photos": int(len(photos)),
            "analyzed": int(len(set(tables["analyses"]["photo_id"]) - errors)),
            "skipped": skipped,
            "duplicates": [
                {"path": r.path, "same_as": r.same_as}
                for r in tables.get("duplicates", pd.DataFrame()).itertuples()
            ],
        },
        "photos": photo_entries(tables),
        "people": people_entries(tables["people"]),
        "trips": trip_entries(tables["trips"]),
        "inferences": tables.get("inferences", []),
        "platform": platform_entries(config, tables),
    }
    if interim:
        data["interim"] = dict(interim)
    return Results(data)


def platform_entries(config: Config, tables: Tables) -> list[dict[str, Any]]:
    """Meta's own labels read from the export (`tables["platform"]`), each classed against the
    claims (`tables["inferences"]`): source, label, kind, language, rule_id, status
    (supported, not_supported, not_visible), confidence and the supporting statement."""
    labels = tables.get("platform")
    if labels is None or len(labels) == 0:
        return []
    from ..infer.platform import classify, rules_mapping

    rows = labels.astype(object).where(labels.notna(), None).to_dict("records")
    classed = classify(rows, tables.get("inferences", []), rules_mapping(config.rules_dir))
    for row, entry in zip(rows, classed, strict=True):
        entry["language"] = row.get("language")
    return classed
