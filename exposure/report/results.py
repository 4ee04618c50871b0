"""results.json (schema `exposure.results/1`): findings for machines, loaded back identically."""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from ..config import Config
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


def photo_entries(tables: dict) -> list[dict[str, Any]]:
    """results.json's `photos`: one entry per photo with its tags and people."""
    photos: pd.DataFrame = tables["photos"]
    alt = dict(zip(tables["analyses"]["photo_id"], tables["analyses"]["alt_text"]))
    errors = model_errors(tables["analyses"])
    tags: dict[str, list] = {}
    for r in tables["detections"].itertuples():
        if r.score < TAG_SCORE:
            continue
        tags.setdefault(r.photo_id, []).append(
            {"label": r.label, "kind": "object", "score": round(float(r.score), 3)}
        )
    for r in tables["labels"].itertuples():
        if r.score < SCENE_TAG_SCORE:
            continue
        score = round(float(r.score), 3)
        tags.setdefault(r.photo_id, []).append({"label": r.label, "kind": "scene", "score": score})
        if isinstance(r.tag, str) and r.tag:  # a label outside the vocabulary has no tag
            tags[r.photo_id].append({"label": r.tag, "kind": "tag", "score": score})
    people: dict[str, list[str]] = {}
    for r in tables["faces"].dropna(subset=["person_id"]).itertuples():
        if r.person_id not in people.setdefault(r.photo_id, []):
            people[r.photo_id].append(r.person_id)
    faces = face_entries(tables["faces"])
    texts = text_entries(tables.get("texts"))
    out = []
    for p in photos.itertuples():
        out.append(
            {
                "photo_id": p.photo_id,
                "path": p.path,
                "album": _str(p.album),
                "caption": _str(p.caption),
                "taken_at": _iso(p.taken_at),
                "uploaded_at": _iso(p.uploaded_at),
                "source": _str(getattr(p, "origin", None)),
                "by_owner": _flag(getattr(p, "by_owner", True)),
                "thread": _str(getattr(p, "thread", None)),
                "sent_by_owner": _flag(getattr(p, "sent_by_owner", None)),
                "lat": _num(p.lat),
                "lon": _num(p.lon),
                "alt_text": _str(alt.get(p.photo_id)),
                "tags": _dedupe(tags.get(p.photo_id, [])),
                "people": people.get(p.photo_id, []),
                "text": texts.get(p.photo_id, []),
                "faces": faces.get(p.photo_id, []),
            }
        )
        if p.photo_id in errors:  # a model failed on it: the other models' results are kept
            out[-1]["errors"] = errors[p.photo_id]
    return out


def face_entries(faces: pd.DataFrame) -> dict[str, list[dict[str, Any]]]:
    """Per photo id, its faces as results.json gives them: person_id, age, band and box
    [x0, y0, x1, y1] (original photo pixels)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for r in faces.itertuples():
        age = getattr(r, "age", None)
        out.setdefault(r.photo_id, []).append(
            {
                "person_id": _str(getattr(r, "person_id", None)),
                "age": None if age is None or pd.isna(age) else round(float(age), 1),
                "band": _str(getattr(r, "band", None)),
                "box": [int(v) for v in css_to_box((r.top, r.right, r.bottom, r.left))],
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


def build_results(config: Config, tables: dict, interim: dict | None = None) -> Results:
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


def platform_entries(config: Config, tables: dict) -> list[dict[str, Any]]:
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
