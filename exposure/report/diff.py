"""What changed between two scans of one person's exports: claims that appeared, went, or changed.

`diff_results(old, new)` compares two results.json documents (as loaded). A claim is matched
across the two by its rule id and, for rules that make several claims (a weekly routine per
place and hour, a life event per date), by the parts of its value that name which one it is.
Only reported claims (confidence >= 0.5) appear or go; a claim reported in both scans has
changed when its value changed or its confidence moved by CONFIDENCE_STEP or more.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..errors import NotAnOutputFolder
from .saved import Results

REPORT_AT = 0.5  # the report's own threshold (infer.REPORT_AT), kept here to stay pandas-free
CONFIDENCE_STEP = 0.05  # a smaller move of the confidence is noise between two runs
# value fields that say *which* claim of a rule it is (several claims share one rule id)
IDENTITY = ("weekday", "hours", "tag", "animal", "name")
SCHEMA = "exposure.diff/1"


@dataclass
class Change:
    """One claim that appeared ("new"), went ("gone") or changed ("changed")."""

    change: str
    rule_id: str
    category: str
    statement: str  # the newer statement (the older one when the claim went)
    was: str | None = None  # the older statement, when it differs
    confidence: float | None = None  # in the newer scan (None: not there at all)
    confidence_was: float | None = None  # in the older scan (None: not there at all)
    value: Any = None
    value_was: Any = None
    changed: list[str] = field(default_factory=list)  # for "changed": "value", "confidence"


def claim_key(inference: dict) -> str:
    """The key that matches one claim across two scans: its rule id and identifying values."""
    value = inference.get("value") if isinstance(inference.get("value"), dict) else {}
    parts = [str(inference.get("rule_id", ""))]
    parts += [f"{k}={value[k]}" for k in IDENTITY if value.get(k) not in (None, "")]
    if str(inference.get("rule_id", "")).startswith("life_events.") and value.get("date"):
        parts.append(f"date={value['date']}")  # two weddings are two claims, not one changed
    return "|".join(parts)


def _claims(results: dict) -> dict[str, dict]:
    """Each claim of `results` by its key (the strongest when a key repeats)."""
    out: dict[str, dict] = {}
    for inf in results.get("inferences") or []:
        if not isinstance(inf, dict) or "rule_id" not in inf:
            continue
        key = claim_key(inf)
        if key not in out or _conf(inf) > _conf(out[key]):
            out[key] = inf
    return out


def _conf(inference: dict | None) -> float | None:
    if inference is None:
        return None
    try:
        return round(float(inference.get("confidence") or 0.0), 2)
    except (TypeError, ValueError):
        return 0.0


def diff_results(old: dict, new: dict) -> list[Change]:
    """The claims that appeared, went or changed from `old` to `new` (results.json documents);
    returns them new first, then changed, then gone, each strongest first."""
    before, after = _claims(old), _claims(new)
    changes = []
    for key in sorted(set(before) | set(after)):
        a, b = before.get(key), after.get(key)
        ca, cb = _conf(a), _conf(b)
        shown_a, shown_b = (ca or 0) >= REPORT_AT, (cb or 0) >= REPORT_AT
        latest = b or a
        assert latest is not None
        change = Change(
            change="",
            rule_id=str(latest.get("rule_id")),
            category=str(latest.get("category") or ""),
            statement=str(latest.get("statement") or ""),
            confidence=cb,
            confidence_was=ca,
            value=b.get("value") if b else None,
            value_was=a.get("value") if a else None,
        )
        if a and b and a.get("statement") != b.get("statement"):
            change.was = str(a.get("statement") or "")
        if shown_b and not shown_a:
            change.change = "new"
        elif shown_a and not shown_b:
            change.change = "gone"
        elif shown_a and shown_b:
            if change.value != change.value_was:
                change.changed.append("value")
            if abs((cb or 0) - (ca or 0)) >= CONFIDENCE_STEP:
                change.changed.append("confidence")
            if not change.changed:
                continue
            change.change = "changed"
        else:
            continue
        changes.append(change)
    order = {"new": 0, "changed": 1, "gone": 2}
    return sorted(changes, key=lambda c: (order[c.change], -(c.confidence or c.confidence_was)))


def diff_document(old: dict, new: dict, changes: list[Change]) -> dict:
    """The diff as JSON (schema exposure.diff/1): when each scan was made, and the changes."""

    def scan(results: dict) -> dict:
        arch = results.get("archive") or {}
        return {"generated_at": results.get("generated_at"), "paths": arch.get("paths") or []}

    return {
        "schema": SCHEMA,
        "old": scan(old),
        "new": scan(new),
        "counts": {k: sum(c.change == k for c in changes) for k in ("new", "changed", "gone")},
        "changes": [asdict(c) for c in changes],
    }


def diff_text(document: dict) -> str:
    """The diff document (`diff_document`) as lines for a terminal: what is new, what changed
    and what went."""
    changes = document["changes"]
    if not changes:
        return "Nothing changed: the same claims, with the same values."
    heads = {"new": "New since the older scan", "changed": "Changed", "gone": "No longer shown"}
    lines: list[str] = []
    for kind, mark in (("new", "+"), ("changed", "~"), ("gone", "-")):
        group = [c for c in changes if c["change"] == kind]
        if group:
            lines.append(f"{heads[kind]} ({len(group)}):")
            lines += [f"  {mark} {change_line(c)}" for c in group]
    return "\n".join(lines)


def change_line(c: dict) -> str:
    """One change (a `Change` as a dict) in words: the statement and how its confidence moved."""

    def pct(x: float | None) -> str:
        return "not found" if x is None else f"{round(100 * x)}%"

    if c["change"] == "new":
        was = "" if c["confidence_was"] is None else f", was {pct(c['confidence_was'])}"
        return f"{c['statement']} (confidence {pct(c['confidence'])}{was})"
    if c["change"] == "gone":
        now = "no longer found" if c["confidence"] is None else f"now {pct(c['confidence'])}"
        return f"{c['statement']} (was {pct(c['confidence_was'])}, {now})"
    text = c["statement"] if c["was"] is None else f"{c['was']} → {c['statement']}"
    if "confidence" in c["changed"]:
        text += f" ({pct(c['confidence_was'])} → {pct(c['confidence'])})"
    return text


def dumps(document: dict) -> str:
    """The diff document as indented JSON text."""
    return json.dumps(document, ensure_ascii=False, indent=2)


def load_scan(out_dir: str | os.PathLike) -> dict:
    """The results.json of the scan folder `out_dir`; raises `NotAnOutputFolder` with the fix
    when there is none or it cannot be read."""
    path = Path(out_dir) / "results.json"
    if not path.is_file():
        raise NotAnOutputFolder(f"{out_dir}: no results.json here; run `exposure scan` first")
    try:
        return Results.load(path).data
    except (OSError, ValueError) as exc:  # a truncated file, another program's JSON
        raise NotAnOutputFolder(
            f"{path}: cannot be read ({exc}); run `exposure report {out_dir}` to write it again"
        ) from None


def compare(old_dir: str | os.PathLike, new_dir: str | os.PathLike) -> dict:
    """The diff document (see `diff_document`) between the scans in two output folders."""
    old, new = load_scan(old_dir), load_scan(new_dir)
    return diff_document(old, new, diff_results(old, new))
