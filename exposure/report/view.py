"""The view model of report.html: plain data for the templates, documented in VIEW_MODEL_DOC.

The templates never see a DataFrame or HTML built in Python: `view_model` turns results.json and
the tables into plain dicts, lists, numbers and strings (documented in VIEW_MODEL_DOC; a test fails
when the two drift apart). Archive text is always escaped: autoescape is on and nothing is marked
safe. Thumbnails are data URIs and charts are inline SVG drawn by the templates from numbers.
"""

from __future__ import annotations

import base64
from collections import Counter
from typing import Any

import pandas as pd

from ..infer.rules import ReportEntry
from ..tables import Tables
from .mask import mask_text
from .results import Results, iso_day
from .rule_report import by_role, entry
from .view_changes import changes_view
from .view_places import claim_timeline, is_sensitive, month_ticks, the_map
from .view_platform import platform_view

CATEGORY_TITLES = {
    "pets": "Pets",
    "hobbies": "Hobbies",
    "travel": "Travel",
    "location": "Home",
    "family": "Family",
    "life_events": "Life events",
    "metadata": "Metadata",
    "sensitive": "Sensitive (protected by law)",
    "routine": "Routine",
    "documents": "Documents in photos",
}
VIEW_MODEL_DOC = {
    "title": "str: page title",
    "archive": "dict: paths (list[str]), format, photos, analyzed, "
    "skipped (list of {path, reason})",
    "generated_at": "str: when results.json was made (UTC, ISO 8601)",
    "interim_pct": "int or None: for an interim report (a sample analysed while the full scan "
    "goes on), the share of the photos it rests on, in percent",
    "summary": "list of {rule_id, anchor, statement, confidence_pct, category, sensitive (bool), "
    "why}: "
    "reported inferences, sensitive ones (GDPR art. 9) first, each with why it matters, "
    "then strongest first",
    "cards": "list of {rule_id, anchor (the card's id: rule_id, -2, -3 for a rule's further "
    "claims), category, category_title, statement, confidence_pct, explanation, "
    "sensitive (bool), why, evidence (list of {photo_id, thumb, caption, date, href: the "
    "photo's anchor in the gallery}), more_evidence (int), remove_count, "
    "remove (list of {photo_id, path}: the first REMOVE_SHOWN), more_remove (int)}: in the "
    "summary's order",
    "platform": "dict or None: Meta's own labels beside the claims (view_platform.platform_view)",
    "changes": "dict or None: claims new, changed or gone since an older scan kept by "
    "`exposure diff --in-report` (view_changes.changes_view)",
    "map": "dict: svg_map.map_view of home, trips, routine places, workplace and school "
    "(width, height, countries (list of {code, d}), points (list of {x, y, label, kind, "
    "colour})); points is empty when nothing is located",
    "people": "list of {person_id, label, photos, first_seen, last_seen, is_owner, "
    "in_household, thumb}: recurring people, most photos first",
    "home": "dict or None: place, country, lat, lon, statement",
    "trips": "list of {start, end, place, country, km, photos}",
    "trips_by_year": "list of {year, count, width_pct, places}: for the bar chart",
    "claim_timeline": "list of {tag (a claim's statement), anchor (its card), total (its "
    "evidence photos, as the card counts them), bars (list of {month, photos, x, height})}: "
    "each reported claim's evidence per month, metadata facts aside",
    "claim_months": "list of str: the claim chart's axis (YYYY-MM): every month of the "
    "dated photos",
    "claim_ticks": "list of {label, left_pct}: the labelled time axis under the claim charts",
    "timeline": "list of {tag, total, bars (list of {month, photos, x, height})}: "
    "top tags per month",
    "timeline_months": "list of str: the months on the timeline's axis (YYYY-MM), first and last",
    "timeline_ticks": "list of {label, left_pct}: the labelled time axis under each chart "
    "(years, or months on a short archive)",
    "metadata": "list of {label, count, share_pct}: photos carrying GPS, places, "
    "upload IPs, devices",
    "devices": "list of {name, count}",
    "gallery": "list of {photo_id, anchor, path, thumb, alt_text, caption, date, text (list of "
    "str: the lines read in the photo, masked, strongest first), ages (list of str: each face's "
    "age band)}: what the platform saw; every photo a card shows first (its anchor is the cards' "
    "href), then others",
    "notes": "list of {path, problem}: metadata problems met while reading",
    "models": "str: the models used, or a note that vision did not run",
    "weak": "list of {statement, confidence_pct}: inferences below the reporting threshold",
}
GALLERY_SIZE = 48
GALLERY_TEXT = 4  # lines of text shown per photo
REMOVE_SHOWN = 100  # paths listed under "remove to hide" (every one is in results.json)
TOP_TAGS = 6


def data_uri(jpeg: Any) -> str:
    """A JPEG's bytes as a data URI for an <img>; "" when there is none."""
    if not isinstance(jpeg, (bytes, bytearray)) or not jpeg:
        return ""
    return "data:image/jpeg;base64," + base64.b64encode(jpeg).decode("ascii")


class Thumbs:
    """photo_id -> its thumbnail as a data URI, encoded when asked: a report shows the evidence
    and one page of the gallery, not every photo of a 50,000-photo archive."""

    def __init__(self, analyses: pd.DataFrame):
        has = "thumb" in analyses
        self._jpeg = dict(zip(analyses["photo_id"], analyses["thumb"])) if has else {}

    def get(self, photo_id: str, default: str = "") -> str:
        """The data URI of the photo's thumbnail, `default` when it has none."""
        return data_uri(self._jpeg.get(photo_id)) or default


def view_model(results: Results, tables: Tables, entries: dict[str, ReportEntry]) -> dict[str, Any]:
    """Everything report.html shows, as plain data; the keys are documented in VIEW_MODEL_DOC.
    `entries`: each rule's `report:` block by rule id (`rule_report.report_entries`)."""
    data = results.data
    photos = {p["photo_id"]: p for p in data["photos"]}
    thumbs = Thumbs(tables["analyses"])
    sensitive_first = lambda i: not is_sensitive(i, entries)  # noqa: E731 (stable: then strongest)
    reported = sorted(results.reported, key=sensitive_first)
    cards = [_card(i, photos, thumbs, entries) for i in reported]
    for k, c in enumerate(cards):  # a rule with several claims (routines): one anchor each
        same = sum(1 for d in cards[:k] if d["rule_id"] == c["rule_id"])
        c["anchor"] = c["rule_id"] + (f"-{same + 1}" if same else "")
    chart = claim_timeline(reported, [c["anchor"] for c in cards], photos)
    household = (by_role(entries, results.reported, "household") or {"value": {}})["value"]
    return {
        "title": "Your photo archive, read by a machine",
        "archive": data["archive"],
        "generated_at": data["generated_at"],
        "interim_pct": _interim_pct(data.get("interim")),
        "summary": [
            {
                k: c[k]
                for k in ("rule_id", "anchor", "statement", "confidence_pct", "category")
                + ("sensitive", "why")
            }
            for c in cards
        ],
        "cards": cards,
        "platform": platform_view(data.get("platform") or [], cards),
        "changes": changes_view(tables["meta"].get("previous_scan"), data),
        "people": _people(tables["people"], household.get("members", [])),
        "home": _home(by_role(entries, results.reported, "home")),
        "trips": [
            {
                "start": t["start"],
                "end": t["end"],
                "place": t["place"] or "?",
                "country": t["country"] or "",
                "km": t["km_from_home"],
                "photos": len(t["photos"]),
            }
            for t in data["trips"]
        ],
        "trips_by_year": _trips_by_year(data["trips"]),
        "map": the_map(reported, tables.get("trips"), entries),
        "claim_timeline": chart["rows"],
        "claim_months": chart["months"],
        "claim_ticks": month_ticks(chart["months"]),
        "timeline": _timeline(tables["timeline"]),
        "timeline_months": _months(tables["timeline"]),
        "timeline_ticks": month_ticks(_months(tables["timeline"])),
        "metadata": metadata_rows(tables["photos"]),
        "devices": devices(tables["photos"]),
        "gallery": [
            {
                "photo_id": p["photo_id"],
                "anchor": anchor(p["photo_id"]),
                "path": p["path"],
                "thumb": thumbs.get(p["photo_id"], ""),
                "alt_text": p["alt_text"] or "",
                "caption": p["caption"] or "",
                "date": (p["taken_at"] or "")[:10],
                "text": [mask_text(t["text"]) for t in p.get("text") or []][:GALLERY_TEXT],
                "ages": [f["band"] for f in p.get("faces") or [] if f.get("band")],
            }
            for p in _gallery_photos(data["photos"], cards)
        ],
        "notes": [{"path": r.path, "problem": r.problem} for r in tables["notes"].itertuples()],
        "models": tables["meta"].get("models") or "vision not run: no objects, scenes or faces",
        "weak": [
            {"statement": i["statement"], "confidence_pct": round(100 * i["confidence"])}
            for i in data["inferences"]
            if i["confidence"] < 0.5
        ],
    }


def _interim_pct(interim: Any) -> int | None:
    share = interim.get("photos_share") if isinstance(interim, dict) else None
    return max(1, round(100 * share)) if isinstance(share, int | float) else None


def anchor(photo_id: str) -> str:
    """The id of a photo's figure in the gallery (cards link to it as #photo-…)."""
    return f"photo-{photo_id}"


def _gallery_photos(photos: list[dict], cards: list[dict]) -> list[dict]:
    """Every photo a card shows (so that each evidence link lands), then others up to
    GALLERY_SIZE, in the archive's order."""
    shown = {e["photo_id"] for c in cards for e in c["evidence"]}
    first = [p for p in photos if p["photo_id"] in shown]
    rest = [p for p in photos if p["photo_id"] not in shown]
    return first + rest[: max(0, GALLERY_SIZE - len(first))]


def _card(i: dict, photos: dict, thumbs: Thumbs, entries: dict[str, ReportEntry]) -> dict:
    shown = list(dict.fromkeys(i["evidence"]))[:12]
    return {
        "rule_id": i["rule_id"],
        "category": i["category"],
        "category_title": CATEGORY_TITLES.get(i["category"], i["category"].title()),
        "statement": i["statement"],
        "confidence_pct": round(100 * i["confidence"]),
        "explanation": i["explanation"],
        "sensitive": is_sensitive(i, entries),
        "why": entry(entries, i).why,
        "evidence": [
            {
                "photo_id": pid,
                "href": "#" + anchor(pid),
                "thumb": thumbs.get(pid, ""),
                "caption": (photos.get(pid) or {}).get("caption") or "",
                "date": ((photos.get(pid) or {}).get("taken_at") or "")[:10],
            }
            for pid in shown
        ],
        "more_evidence": max(0, len(i["evidence"]) - len(shown)),
        "remove_count": len(i["remove_to_hide"]),
        "remove": [
            {"photo_id": pid, "path": (photos.get(pid) or {}).get("path") or pid}
            for pid in i["remove_to_hide"][:REMOVE_SHOWN]
        ],
        "more_remove": max(0, len(i["remove_to_hide"]) - REMOVE_SHOWN),
    }


def _people(people: pd.DataFrame, household: list[str]) -> list[dict[str, Any]]:
    out = []
    for r in people.itertuples():
        label = (
            r.name
            if isinstance(r.name, str) and r.name
            else ("You (the owner)" if r.is_owner else r.person_id)
        )
        out.append(
            {
                "person_id": r.person_id,
                "label": label,
                "photos": int(r.photos),
                "first_seen": iso_day(r.first_seen) or "",
                "last_seen": iso_day(r.last_seen) or "",
                "is_owner": bool(r.is_owner),
                "in_household": r.person_id in household,
                "thumb": data_uri(r.thumb),
            }
        )
    return out


def _home(home: dict | None) -> dict[str, Any] | None:
    if home is None:
        return None
    v = home["value"]
    return {
        "place": v.get("place") or "",
        "country": v.get("country") or "",
        "lat": v["lat"],
        "lon": v["lon"],
        "statement": home["statement"],
    }


def _trips_by_year(trips: list[dict]) -> list[dict[str, Any]]:
    years: dict[str, list[str]] = {}
    for t in trips:
        years.setdefault(t["start"][:4], []).append(t["place"] or "?")
    top = max((len(v) for v in years.values()), default=1)
    return [
        {
            "year": y,
            "count": len(v),
            "width_pct": round(100 * len(v) / top),
            "places": ", ".join(dict.fromkeys(v)),
        }
        for y, v in sorted(years.items())
    ]


def _months(timeline: pd.DataFrame) -> list[str]:
    if timeline.empty:
        return []
    months = pd.period_range(timeline["month"].min(), timeline["month"].max(), freq="M")
    return [str(m) for m in months]


def _timeline(timeline: pd.DataFrame) -> list[dict[str, Any]]:
    """Bars for the most frequent tags, one per month of the archive's span (x in months)."""
    if timeline.empty:
        return []
    months = _months(timeline)
    index = {m: i for i, m in enumerate(months)}
    totals = timeline.groupby("tag")["photos"].sum().sort_values(ascending=False)
    top = [t for t in totals.index if t != "person"][:TOP_TAGS]
    if not top:  # people alone (every photo has them): no chart of what the photos show
        return []
    peak = max(1, int(timeline[timeline["tag"].isin(top)]["photos"].max()))
    out = []
    for tag in top:
        rows = timeline[timeline["tag"] == tag]
        bars = [
            {
                "month": r.month,
                "photos": int(r.photos),
                "x": index[r.month],
                "height": round(30 * int(r.photos) / peak, 1),
            }
            for r in rows.itertuples()
        ]
        out.append({"tag": tag, "total": int(totals[tag]), "bars": bars})
    return out


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
    """The ten most frequent cameras or phones, as {name, count}."""
    if photos.empty:
        return []
    counts = Counter(c for c in photos["camera"].dropna())
    return [{"name": k, "count": v} for k, v in counts.most_common(10)]
