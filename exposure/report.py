"""report.html: one self-contained page rendered by jinja2 from a documented view model.

The templates never see a DataFrame or HTML built in Python: `view_model` turns results.json and
the tables into plain dicts, lists and strings (documented in `VIEW_MODEL_DOC`), and archive text is
always escaped (autoescape on, nothing marked safe).
"""

from __future__ import annotations

import base64
from collections import Counter
from pathlib import Path
from typing import Any

import jinja2
import pandas as pd

from .config import Config
from .results import Results

VIEW_MODEL_DOC = {
    "title": "str: page title",
    "archive": "dict: paths (list[str]), format, photos, analyzed, skipped (list of {path, reason})",
    "generated_at": "str: when results.json was made (UTC)",
    "summary": "list of {statement, confidence_pct, category}: reported inferences, strongest first",
    "cards": "list of {rule_id, category, statement, confidence_pct, explanation, evidence "
             "(list of {photo_id, thumb, caption}), remove_count, remove (list of photo ids)}",
    "metadata": "list of {label, count, share_pct}: photos carrying GPS, upload IPs, devices",
    "devices": "list of {name, count}",
    "gallery": "list of {photo_id, path, thumb, alt_text, caption, date}",
    "notes": "list of {path, problem}: metadata problems met while reading",
    "models": "str: the models used, or a note that vision did not run",
}


def environment(templates_dir: Path) -> jinja2.Environment:
    """The one jinja Environment: autoescape on, undefined names are errors."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        autoescape=jinja2.select_autoescape(default=True, default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["pct"] = lambda x: f"{x:.0f}%"
    return env


def render(config: Config, results: Results, tables: dict) -> str:
    env = environment(config.templates_dir)
    return env.get_template("report.html").render(**view_model(results, tables))


def data_uri(jpeg: bytes | None) -> str:
    return "data:image/jpeg;base64," + base64.b64encode(jpeg).decode() if jpeg else ""


def view_model(results: Results, tables: dict) -> dict[str, Any]:
    data = results.data
    photos = {p["photo_id"]: p for p in data["photos"]}
    thumbs = tables.get("thumbs", {})
    reported = results.reported
    cards = [{
        "rule_id": i["rule_id"], "category": i["category"], "statement": i["statement"],
        "confidence_pct": round(100 * i["confidence"]), "explanation": i["explanation"],
        "evidence": [{"photo_id": pid, "thumb": thumbs.get(pid, ""),
                      "caption": (photos.get(pid) or {}).get("caption") or ""}
                     for pid in i["evidence"][:12]],
        "remove_count": len(i["remove_to_hide"]), "remove": i["remove_to_hide"],
    } for i in reported]
    return {
        "title": "What your photos reveal",
        "archive": data["archive"],
        "generated_at": data["generated_at"],
        "summary": [{"statement": c["statement"], "confidence_pct": c["confidence_pct"],
                     "category": c["category"]} for c in cards],
        "cards": cards,
        "metadata": metadata_rows(tables["photos"]),
        "devices": devices(tables["photos"]),
        "gallery": [{"photo_id": p["photo_id"], "path": p["path"],
                     "thumb": thumbs.get(p["photo_id"], ""), "alt_text": p["alt_text"] or "",
                     "caption": p["caption"] or "", "date": (p["taken_at"] or "")[:10]}
                    for p in data["photos"][:60]],
        "notes": [{"path": r.path, "problem": r.problem} for r in tables["notes"].itertuples()],
        "models": tables["meta"].get("models") or "vision not run: no objects, scenes or faces",
    }


METADATA_CHECKS = (
    ("carry GPS coordinates", "lat"),
    ("are tied to a named place (check-in or post location)", "place"),
    ("carry the IP address they were uploaded from", "upload_ip"),
    ("name the camera or phone that took them", "camera"),
)


def metadata_rows(photos: pd.DataFrame) -> list[dict[str, Any]]:
    """How many photos carry each kind of revealing metadata."""
    if photos.empty:
        return []
    rows = []
    for label, column in METADATA_CHECKS:
        count = int(photos[column].notna().sum())
        rows.append({"label": label, "count": count, "share_pct": round(100 * count / len(photos))})
    return rows


def devices(photos: pd.DataFrame) -> list[dict[str, Any]]:
    if photos.empty:
        return []
    counts = Counter(c for c in photos["camera"].dropna())
    return [{"name": k, "count": v} for k, v in counts.most_common(10)]
