"""timeline: what the photos show, month by month, as tidy tables (the base of rules and charts)."""

from __future__ import annotations

import pandas as pd

from ..vision.vocabulary import OBJECT_TAGS, SCENE_TAG_SCORE, TAG_SCORE


def photo_tags(detections: pd.DataFrame, labels: pd.DataFrame) -> pd.DataFrame:
    """One row per (photo, tag): COCO objects, the activities they imply, and scene tags.

    Columns: photo_id, tag, kind ("object", "activity" or "scene"), score (the best one).
    """
    parts = []
    if not detections.empty:
        d = detections[detections["score"] >= TAG_SCORE]
        parts.append(d.assign(tag=d["label"], kind="object")[["photo_id", "tag", "kind", "score"]])
        act = d[d["label"].isin(OBJECT_TAGS)]
        parts.append(
            act.assign(tag=act["label"].map(OBJECT_TAGS), kind="activity")[
                ["photo_id", "tag", "kind", "score"]
            ]
        )
    if not labels.empty:
        lb = labels[(labels["score"] >= SCENE_TAG_SCORE) & labels["tag"].notna()]
        parts.append(lb.assign(kind="scene")[["photo_id", "tag", "kind", "score"]])
    if not parts:
        return pd.DataFrame(columns=["photo_id", "tag", "kind", "score"])
    tags = pd.concat(parts, ignore_index=True)
    tags = tags.sort_values("score", ascending=False).drop_duplicates(["photo_id", "tag"])
    return tags.reset_index(drop=True)


def month_of(when: pd.Series) -> pd.Series:
    """Each time's month as 'YYYY-MM' text (None stays missing)."""
    return when.dt.tz_convert("UTC").dt.strftime("%Y-%m")


def timeline(photos: pd.DataFrame, tags: pd.DataFrame) -> pd.DataFrame:
    """Columns month ("YYYY-MM"), tag, photos: how many photos of that month show the tag."""
    dated = photos.dropna(subset=["when"])[["photo_id", "when"]]
    if dated.empty or tags.empty:
        return pd.DataFrame(columns=["month", "tag", "photos"])
    merged = tags.merge(dated, on="photo_id")
    merged["month"] = month_of(merged["when"])
    out = merged.groupby(["month", "tag"])["photo_id"].nunique().rename("photos").reset_index()
    return out.sort_values(["month", "tag"]).reset_index(drop=True)


def people_by_month(photos: pd.DataFrame, faces: pd.DataFrame) -> pd.DataFrame:
    """Columns month, person_id, photos."""
    named = faces.dropna(subset=["person_id"])[["photo_id", "person_id"]] if len(faces) else faces
    dated = photos.dropna(subset=["when"])[["photo_id", "when"]]
    if len(named) == 0 or dated.empty:
        return pd.DataFrame(columns=["month", "person_id", "photos"])
    merged = named.merge(dated, on="photo_id")
    merged["month"] = month_of(merged["when"])
    return (
        merged.groupby(["month", "person_id"])["photo_id"].nunique().rename("photos").reset_index()
    )
