"""The study table (one row per archive) and its shareable aggregate, study.html.

study.csv / study.parquet hold, per archive: its name, status (and the reason of a failure),
format, photo counts and, per rule id, whether it is claimed (confidence >= 0.5) and the
confidence; and of Meta's own labels in the export (results.json `platform`), how many of each
status and, per rule id, `meta.<rule_id>`: "supported" when a label Meta lists for it is backed by
the photos, "not_supported" when Meta lists it and the photos do not show it, empty when Meta
lists nothing for it. No photo, caption, place, coordinates, label or claim value is copied.

study.html holds counts and rates only. Small-cell rule: a share computed from fewer than
MIN_CELL archives is not shown, and neither is a count between 1 and MIN_CELL - 1 (it is shown
as "<5"): a rare claim in a small study would point at one participant.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path
from typing import Any

import jinja2
import pandas as pd

from ..words import FILTERS
from .stages import Results, bundled, private_file

MIN_CELL = 5
REPORT_AT = 0.5
STUDY_VIEW_DOC = {
    "title": "str: page title",
    "archives": "int: archives in the study",
    "analysed": "int: archives analysed (this run or an earlier one)",
    "failed": "int: archives that could not be analysed",
    "headline": "list of str: '<share>% reveal <claim>', the most common claims first",
    "rules": "list of {rule_id, title, category, count, share, width}: per rule, archives that "
    "reveal it (count, or '<5'), their share of the analysed archives ('' when hidden) and the "
    "bar's width in percent (0 when hidden); the most common first, hidden counts last",
    "categories": "list of {category, title, rules}: the same rows grouped by category (one "
    "chart each), the categories with the most common claim first",
    "platform": "list of {rule_id, title, listed, listed_share, backed, backed_share}: per rule "
    "that Meta lists in some archive, archives where it does (count and share, under the "
    "small-cell rule) and those where the photos back it; most listed first",
    "platform_archives": "str: archives whose export holds Meta's labels (a cell)",
    "distributions": "list of {title, label, bins (list of {label, count, share, width})}: "
    "photos per archive, claims per archive, formats; `label` heads the bins' column",
    "min_cell": "int: the small-cell threshold",
}
PHOTO_BINS = [(0, 49, "fewer than 50"), (50, 199, "50–199"), (200, 999, "200–999")]
CLAIM_BINS = [(0, 0, "none"), (1, 2, "1–2"), (3, 5, "3–5")]
META_STATUSES = ("supported", "not_supported", "not_visible")


def summarise(results: Results) -> dict[str, Any]:
    """The numbers the study keeps of one archive's results: counts, format, claims by rule id."""
    arch = results.data["archive"]
    claims: dict[str, float] = {}
    for inf in results.inferences:
        claims[inf["rule_id"]] = max(claims.get(inf["rule_id"], 0.0), float(inf["confidence"]))
    meta: dict[str, str] = {}
    statuses: Counter = Counter()
    for label in results.data.get("platform") or []:
        statuses[label.get("status")] += 1
        rid = label.get("rule_id")
        if rid and meta.get(rid) != "supported":
            meta[rid] = label.get("status")
    return {
        "format": arch.get("format"),
        "photos": int(arch.get("photos") or 0),
        "analyzed": int(arch.get("analyzed") or 0),
        "skipped": len(arch.get("skipped") or []),
        "claims": claims,
        "meta": meta,
        "meta_counts": {k: statuses.get(k, 0) for k in META_STATUSES},
    }


def study_table(outcomes: list, rules: list) -> pd.DataFrame:
    """One row per archive: archive, status, reason, format, photos, analyzed, skipped,
    claim.<rule_id> (bool) and confidence.<rule_id> for every rule, meta.supported,
    meta.not_supported, meta.not_visible (label counts) and meta.<rule_id> (status or None)."""
    rule_ids = [r.id for r in rules]
    rows = []
    for o in outcomes:
        s = o.summary or {}
        claims = s.get("claims", {})
        row = {
            "archive": o.archive.name,
            "status": o.status,
            "reason": o.reason,
            "format": s.get("format"),
            "photos": s.get("photos"),
            "analyzed": s.get("analyzed"),
            "skipped": s.get("skipped"),
        }
        for rid in rule_ids + sorted(set(claims) - set(rule_ids)):
            conf = claims.get(rid, 0.0) if o.summary else None
            row[f"claim.{rid}"] = None if conf is None else conf >= REPORT_AT
            row[f"confidence.{rid}"] = None if conf is None else round(conf, 4)
        counts = s.get("meta_counts") or {}
        for status in META_STATUSES:
            row[f"meta.{status}"] = counts.get(status, 0) if o.summary else None
        meta = s.get("meta") or {}
        for rid in rule_ids + sorted(set(meta) - set(rule_ids)):
            row[f"meta.{rid}"] = meta.get(rid)
        rows.append(row)
    table = pd.DataFrame(rows)
    for col in ("photos", "analyzed", "skipped") + tuple(f"meta.{s}" for s in META_STATUSES):
        table[col] = table[col].astype("Int64")
    for col in [c for c in table if c.startswith("claim.")]:
        table[col] = table[col].astype("boolean")
    for col in [c for c in table if c.startswith("confidence.")]:
        table[col] = table[col].astype("Float64")
    return table


def write_study(out: Path, outcomes: list, rules: list) -> pd.DataFrame:
    """DIR/study.csv, DIR/study.parquet, DIR/study.html and DIR/failed.txt; returns the table."""
    table = study_table(outcomes, rules)
    _write(out / "study.csv", lambda p: table.to_csv(p, index=False))
    _write(out / "study.parquet", lambda p: table.to_parquet(p, index=False))
    html = render_study(study_view(table, rules))
    _write(out / "study.html", lambda p: p.write_text(html, encoding="utf-8"))
    failed = [f"{o.archive.name}\t{o.reason}\n" for o in outcomes if o.status == "failed"]
    if failed:
        _write(out / "failed.txt", lambda p: p.write_text("".join(failed), encoding="utf-8"))
    else:
        (out / "failed.txt").unlink(missing_ok=True)
    return table


def _write(path: Path, write) -> None:
    """Write through a private temp file, so that a reader never sees half a file."""
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    write(tmp)
    private_file(tmp)
    tmp.replace(path)


# --- the aggregate -------------------------------------------------------------------------------
def cell(count: int, total: int) -> tuple[str, str]:
    """(count, share) as shown: hidden when the share rests on fewer than MIN_CELL archives or
    when the count is a small cell (1 to MIN_CELL - 1)."""
    if total < MIN_CELL:
        return (str(count) if count == 0 or count >= MIN_CELL else f"<{MIN_CELL}"), ""
    if 0 < count < MIN_CELL:
        return f"<{MIN_CELL}", ""
    return str(count), f"{round(100 * count / total)}%"


def study_view(table: pd.DataFrame, rules: list) -> dict[str, Any]:
    """The documented view model of study.html (STUDY_VIEW_DOC): counts and rates only."""
    done = table[table["status"] != "failed"]
    total = len(done)
    view_rules = []
    for r in rules:
        col = f"claim.{r.id}"
        count = int(done[col].fillna(False).sum()) if col in done else 0
        shown, share = cell(count, total)
        view_rules.append(
            {
                "rule_id": r.id,
                "title": r.title,
                "category": r.category,
                "count": shown,
                "share": share,
                "width": round(100 * count / total) if share else 0,
                "_n": count if share else -1,  # a hidden count sorts last, in file order
            }  # fmt: skip
        )
    view_rules.sort(key=lambda v: -v["_n"])  # stable: ties keep the rule files' order
    ranked = [v for v in view_rules if v["share"] and v["_n"]]
    for v in view_rules:
        del v["_n"]
    claims = done[[c for c in done if c.startswith("claim.")]].fillna(False).sum(axis=1)
    formats = Counter(str(f).split("-")[0] for f in done["format"])
    return {
        "title": "exposure: study summary",
        "archives": len(table),
        "analysed": total,
        "failed": int((table["status"] == "failed").sum()),
        "headline": [f"{v['share']} reveal {v['title'].lower()}" for v in ranked[:6]],
        "rules": view_rules,
        "categories": by_category(view_rules),
        "platform": platform_rows(done, rules, total),
        "platform_archives": cell(
            int((done[[f"meta.{s}" for s in META_STATUSES]].fillna(0).sum(axis=1) > 0).sum()),
            total,
        )[0],
        "distributions": [
            {
                "title": "Photos per archive",
                "label": "Photos",
                "bins": _bins(done["photos"], PHOTO_BINS, total),
            },
            {
                "title": "Claims per archive",
                "label": "Claims",
                "bins": _bins(claims, CLAIM_BINS, total),
            },
            {
                "title": "Export formats",
                "label": "Format",
                "bins": [_bin(name, n, total) for name, n in sorted(formats.items())],
            },
        ],
        "min_cell": MIN_CELL,
    }


def platform_rows(done: pd.DataFrame, rules: list, total: int) -> list[dict]:
    """Per rule that Meta lists in at least one archive: {rule_id, title, listed, listed_share,
    backed, backed_share}, each count and share under the small-cell rule; most listed first."""
    rows = []
    for r in rules:
        col = f"meta.{r.id}"
        if col not in done:
            continue
        listed = int(done[col].notna().sum())
        backed = int((done[col] == "supported").sum())
        if listed:
            (n, share), (b, b_share) = cell(listed, total), cell(backed, total)
            rows.append(
                {"rule_id": r.id, "title": r.title, "listed": n, "listed_share": share,
                 "backed": b, "backed_share": b_share, "_n": listed if share else -1}
            )  # fmt: skip
    rows.sort(key=lambda v: -v["_n"])
    for v in rows:
        del v["_n"]
    return rows


def by_category(rows: list[dict]) -> list[dict]:
    """`rows` (already most common first) grouped by category, in the order each category first
    appears, so that the category of the most common claim comes first; returns
    [{category, title, rules}]."""
    groups: dict[str, list[dict]] = {}
    for row in rows:
        groups.setdefault(row["category"], []).append(row)
    return [
        {"category": cat, "title": cat.replace("_", " ").capitalize(), "rules": members}
        for cat, members in groups.items()
    ]


def _bins(values: pd.Series, edges: list[tuple[int, int, str]], total: int) -> list[dict]:
    values = pd.to_numeric(values, errors="coerce").fillna(0)
    bins = [_bin(label, int(values.between(lo, hi).sum()), total) for lo, hi, label in edges]
    top = edges[-1][1]
    return bins + [_bin(f"more than {top}", int((values > top).sum()), total)]


def _bin(label: str, count: int, total: int) -> dict:
    shown, share = cell(count, total)
    width = round(100 * count / total) if share else 0
    return {"label": label, "count": shown, "share": share, "width": width}


def render_study(view: dict[str, Any], templates: Path | None = None) -> str:
    """study.html from the view model (autoescaped; nothing from an archive is in it anyway)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates or bundled("reports/templates"))),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters.update(FILTERS)
    return env.get_template("study.html").render(**view)
