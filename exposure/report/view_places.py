"""View-model parts for the report's map, its time axes and which claims are sensitive."""

from __future__ import annotations

from typing import Any

import pandas as pd

from ..infer.rules import ReportEntry
from .rule_report import entry
from .svg_map import MapPoint, map_view

LAYER_LABELS = {"home": "Home", "work": "Work", "school": "School"}  # routines: day and hours


def is_sensitive(inference: dict, entries: dict[str, ReportEntry]) -> bool:
    """Whether a claim is in a category the law protects (`report: {section: sensitive}` in its
    rule file): shown first, with why it matters."""
    return entry(entries, inference).section == "sensitive"


def map_points(
    reported: list[dict], trips: list[dict], entries: dict[str, ReportEntry]
) -> list[MapPoint]:
    """The reported claims' places on the map layer their rule names (`report: {map: home}`):
    home, routine places, workplace and school; then the trips."""
    points = []
    for i in reported:
        kind = entry(entries, i).map
        v = i["value"]
        if kind and isinstance(v.get("lat"), (int, float)):
            label = LAYER_LABELS.get(kind) or (
                f"{str(v.get('weekday', '')).title()} {v.get('hours', '')} h"
            )
            points.append(MapPoint(v["lat"], v["lon"], label, kind))
    for t in trips:
        if isinstance(t.get("lat"), (int, float)):
            points.append(MapPoint(t["lat"], t["lon"], t.get("place") or "trip", "trip"))
    return points


def the_map(
    reported: list[dict], trips: pd.DataFrame, entries: dict[str, ReportEntry]
) -> dict[str, Any]:
    """The map's view model (svg_map.map_view): width, height, countries, points."""
    rows = []
    if isinstance(trips, pd.DataFrame) and len(trips) and {"lat", "lon"} <= set(trips.columns):
        rows = [{"lat": r.lat, "lon": r.lon, "place": r.place} for r in trips.itertuples()]
    return map_view(map_points(reported, rows, entries), 640, 360)


def month_ticks(months: list[str]) -> list[dict[str, Any]]:
    """Labels for a time axis over `months` (YYYY-MM): each January (or the first month), as
    {label, left_pct}; at most about eight labels, every few years on long archives."""
    if not months:
        return []
    starts = [k for k, m in enumerate(months) if k == 0 or m.endswith("-01")]
    step = max(1, -(-len(starts) // 8))
    return [
        {"label": months[k][:4] if months[k].endswith("-01") or len(months) > 24 else months[k],
         "left_pct": round(100 * k / len(months), 1)}
        for k in starts[::step]
    ]  # fmt: skip


def claim_timeline(reported: list[dict], anchors: list[str], photos: dict, top: int = 8) -> dict:
    """The month chart of the claims: for each reported claim but the metadata facts (at most
    `top`, in the cards' order), its evidence photos per month, so that a row counts what its card
    counts. {"rows": [{tag (the statement), anchor, total (the card's evidence), bars (list of
    {month, photos, x, height})}], "months": the axis (YYYY-MM, every month of the dated photos)}.
    """
    when = {pid: (p.get("taken_at") or p.get("uploaded_at") or "")[:7] for pid, p in photos.items()}
    dated = sorted(m for m in when.values() if m)
    if not dated:
        return {"rows": [], "months": []}
    months = [str(m) for m in pd.period_range(dated[0], dated[-1], freq="M")]
    index = {m: k for k, m in enumerate(months)}
    rows = []
    for claim, anchor in zip(reported, anchors):
        evidence = list(dict.fromkeys(claim["evidence"]))
        per_month = pd.Series([when.get(p, "") for p in evidence], dtype=str)
        counts = per_month[per_month.isin(index)].value_counts().sort_index()
        if claim["category"] == "metadata" or counts.empty:
            continue
        bars = [{"month": m, "photos": int(n), "x": index[m]} for m, n in counts.items()]
        rows.append({"tag": claim["statement"], "anchor": anchor, "total": len(evidence)})
        rows[-1]["bars"] = bars
    rows = rows[:top]
    peak = max((b["photos"] for r in rows for b in r["bars"]), default=1)
    for r in rows:
        for b in r["bars"]:
            b["height"] = round(30 * b["photos"] / peak, 1)
    return {"rows": rows, "months": months}
