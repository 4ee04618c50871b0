"""The report's "What changed since your last export": the newer report's side of `exposure diff`.

`exposure diff OLD NEW --in-report` keeps the older scan's claims in NEW's store (meta
`previous_scan`, made by `previous_snapshot`); every later report of NEW compares its current
claims with them, so the section never goes stale when NEW is rescanned or its rules change.
"""

from __future__ import annotations

from typing import Any

from .diff import change_line, diff_document, diff_results

KEPT = ("rule_id", "category", "statement", "confidence", "value")  # of each older claim


def previous_snapshot(results: dict) -> dict:
    """What the newer report keeps of an older scan's results.json: when it was made, its
    archives' names and its claims (no evidence, no photos)."""
    return {
        "generated_at": results.get("generated_at"),
        "archive": {"paths": list((results.get("archive") or {}).get("paths") or [])},
        "inferences": [
            {k: inf.get(k) for k in KEPT}
            for inf in results.get("inferences") or []
            if isinstance(inf, dict) and "rule_id" in inf
        ],
    }


def changes_view(previous: Any, results: dict) -> dict[str, Any] | None:
    """None when no older scan is kept; else {since (date of the older scan), paths (its
    archives), counts ({new, changed, gone}), groups (list of {change, title, lines (list of
    str)}): new first, then changed, then gone}."""
    if not isinstance(previous, dict):
        return None
    document = diff_document(previous, results, diff_results(previous, results))
    titles = {
        "new": "New since then",
        "changed": "Changed",
        "gone": "No longer shown",
    }
    groups = []
    for kind in ("new", "changed", "gone"):
        lines = [change_line(c) for c in document["changes"] if c["change"] == kind]
        if lines:
            groups.append({"change": kind, "title": titles[kind], "lines": lines})
    return {
        "since": str(document["old"]["generated_at"] or "")[:10],
        "paths": document["old"]["paths"],
        "counts": document["counts"],
        "groups": groups,
    }
