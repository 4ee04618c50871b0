"""The report's "What Meta already lists about you": Meta's own labels beside the photos' claims.

Plain data for the template from results.json's `platform` entries (see `report.results`): the
labels the photos back up (with the claim that does, linked to its card), the ones they do not,
and the ones no photo could show (shopping habits, devices, advertisers), counted by kind.
"""

from __future__ import annotations

from collections import Counter
from pathlib import PurePosixPath
from typing import Any

KIND_TITLES = {
    "interest": "ad interests",
    "category": "categories used to reach you",
    "topic": "topics",
    "advertiser": "advertisers holding your data",
    "peer_group": "friend peer group",
}
SHOWN_NOT_VISIBLE = 60  # labels listed under "photos cannot show"; the rest are counted


def platform_view(entries: list[dict], cards: list[dict]) -> dict[str, Any] | None:
    """None when the export lists none of Meta's labels; else {total, files (list of str),
    kinds (list of {kind, title, count}), supported (list of {label, kind, statement,
    confidence_pct, anchor}), not_supported (list of {label, kind, confidence_pct: the photos'
    strongest claim for it, or None}), not_visible (list of {label, kind}), not_visible_more
    (int: labels not listed)}."""
    if not entries:
        return None
    anchors: dict[str, str] = {}
    for card in cards:
        anchors.setdefault(card["rule_id"], card["anchor"])
    by_status: dict[str, list[dict]] = {"supported": [], "not_supported": [], "not_visible": []}
    for e in entries:
        by_status.setdefault(e["status"], []).append(e)
    kinds = Counter(e["kind"] for e in entries)
    hidden = by_status["not_visible"]
    return {
        "total": len(entries),
        "files": sorted({PurePosixPath(e["source"]).name for e in entries}),
        "kinds": [
            {"kind": k, "title": KIND_TITLES.get(k, k), "count": n} for k, n in kinds.most_common()
        ],
        "supported": [
            {
                "label": e["label"],
                "kind": KIND_TITLES.get(e["kind"], e["kind"]),
                "statement": e.get("statement") or "",
                "confidence_pct": _pct(e.get("confidence")),
                "anchor": anchors.get(e.get("rule_id") or "", ""),
            }
            for e in by_status["supported"]
        ],
        "not_supported": [
            {
                "label": e["label"],
                "kind": KIND_TITLES.get(e["kind"], e["kind"]),
                "confidence_pct": _pct(e.get("confidence")),
            }
            for e in by_status["not_supported"]
        ],
        "not_visible": [
            {"label": e["label"], "kind": KIND_TITLES.get(e["kind"], e["kind"])}
            for e in hidden[:SHOWN_NOT_VISIBLE]
        ],
        "not_visible_more": max(0, len(hidden) - SHOWN_NOT_VISIBLE),
    }


def _pct(confidence: Any) -> int | None:
    return round(100 * confidence) if isinstance(confidence, int | float) else None
