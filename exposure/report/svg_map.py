"""svg_map: an offline map of home, trips, routine places and workplace, as inline SVG.

Country outlines come from the `countryinfo` package (MIT), which ships each country's outline as
GeoJSON in its data folder (Natural Earth-like, 1:110m; 173 countries, small islands and a few
states such as Hungary and Serbia have none). Only those JSON files are read; the package's code
is not run, and nothing is fetched: no tiles, no fonts, no links.

The projection is equirectangular with longitudes scaled by the cosine of the middle latitude,
zoomed to the points' extent plus a margin. `map_view` returns the numbers a template draws
(the report's way: a jinja partial with autoescape); `render_map` returns the SVG markup itself,
with every label escaped, for notebooks and tests.
"""

from __future__ import annotations

import importlib.util
import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from pathlib import Path

MIN_SPAN_DEG = 1.0  # the smallest view, in degrees of latitude: a single point shows its region
COLOURS = {"home": "#c0392b", "trip": "#2471a3", "routine": "#7d3c98", "work": "#1e8449",
           "school": "#b9770e"}  # fmt: skip


@dataclass(frozen=True)
class MapPoint:
    """A point to draw: where, its label (archive text, escaped when drawn) and its kind."""

    lat: float
    lon: float
    label: str = ""
    kind: str = "trip"  # home, trip, routine, work, school


@lru_cache(maxsize=1)
def outlines() -> dict[str, list[list[tuple[float, float]]]]:
    """ISO alpha-2 code -> the country's rings as (lon, lat) lists, from `countryinfo`'s data.

    Empty when the package is not installed (the map then shows the points alone).
    """
    spec = importlib.util.find_spec("countryinfo")
    if spec is None or spec.origin is None:
        return {}
    out: dict[str, list[list[tuple[float, float]]]] = {}
    for path in sorted((Path(spec.origin).parent / "data").glob("*.json")):
        info = json.loads(path.read_text(encoding="utf-8"))
        code = (info.get("ISO") or {}).get("alpha2")
        features = (info.get("geoJSON") or {}).get("features") or []
        rings = [ring for f in features for ring in _rings(f.get("geometry") or {})]
        if code and rings:
            out[code] = rings
    return out


def _rings(geometry: dict) -> list[list[tuple[float, float]]]:
    polygons = {
        "Polygon": [geometry.get("coordinates")],
        "MultiPolygon": geometry.get("coordinates"),
    }
    return [
        [(float(x), float(y)) for x, y, *_ in ring]
        for polygon in polygons.get(geometry.get("type"), []) or []
        for ring in polygon or []
    ]


@dataclass(frozen=True)
class _View:
    """The projection: lon/lat to SVG pixels."""

    lon0: float
    lat1: float  # latitude at the top edge
    scale: float  # pixels per projected degree
    kx: float  # cos(middle latitude): longitude degrees are shorter away from the equator

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        return (lon - self.lon0) * self.kx * self.scale, (self.lat1 - lat) * self.scale


def _view(points: list[MapPoint], width: int, height: int, margin: float) -> _View:
    lats, lons = [p.lat for p in points], [p.lon for p in points]
    kx = math.cos(math.radians((max(lats) + min(lats)) / 2))
    span_y = max(max(lats) - min(lats), MIN_SPAN_DEG) * (1 + 2 * margin)
    span_x = max((max(lons) - min(lons)) * kx, MIN_SPAN_DEG) * (1 + 2 * margin)
    scale = min(width / span_x, height / span_y)
    mid_lat, mid_lon = (max(lats) + min(lats)) / 2, (max(lons) + min(lons)) / 2
    lat1 = mid_lat + height / scale / 2
    lon0 = mid_lon - width / scale / 2 / kx
    return _View(lon0, lat1, scale, kx)


def map_view(points: list[MapPoint], width: int = 640, height: int = 360, margin: float = 0.15):
    """The map as numbers for a template: {width, height, countries: [{code, d}],
    points: [{x, y, label, kind, colour}]}; country paths are SVG path data (no text in them)."""
    points = [p for p in points if _valid(p)]
    if not points:
        return {"width": width, "height": height, "countries": [], "points": []}
    view = _view(points, width, height, margin)
    countries = []
    for code, rings in sorted(outlines().items()):
        d = " ".join(_path(view, ring, width, height) for ring in rings)
        if d.strip():
            countries.append({"code": code, "d": d.strip()})
    drawn = []
    for p in points:
        x, y = view.xy(p.lon, p.lat)
        kind = re.sub(r"[^a-z_]", "", str(p.kind).lower()) or "point"
        drawn.append({"x": round(x, 1), "y": round(y, 1), "label": str(p.label), "kind": kind,
                      "colour": COLOURS.get(kind, "#333333")})  # fmt: skip
    return {"width": width, "height": height, "countries": countries, "points": drawn}


def _valid(p: MapPoint) -> bool:
    return all(isinstance(v, (int, float)) and math.isfinite(v) for v in (p.lat, p.lon)) and (
        abs(p.lat) <= 90 and abs(p.lon) <= 180
    )


def _path(view: _View, ring: list[tuple[float, float]], width: int, height: int) -> str:
    """SVG path data for one ring, or '' when the ring lies wholly outside the view."""
    pts = [view.xy(lon, lat) for lon, lat in ring]
    xs, ys = [x for x, _ in pts], [y for _, y in pts]
    if max(xs) < 0 or min(xs) > width or max(ys) < 0 or min(ys) > height:
        return ""
    out, last = [], None
    for x, y in pts:
        cell = (round(x, 1), round(y, 1))
        if cell != last:
            out.append(f"{cell[0]:g},{cell[1]:g}")
            last = cell
    return "M" + " L".join(out) + " Z" if len(out) > 2 else ""


def render_map(
    points: list[MapPoint], width: int = 640, height: int = 360, margin: float = 0.15
) -> str:
    """Inline SVG markup of the map: country outlines, then each point with its escaped label.

    Meant for inline use in HTML (no namespace declaration, so no URL at all in the markup).
    """
    v = map_view(points, width, height, margin)
    parts = [
        f'<svg class="map" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="Map of the places found">',
        f'<rect width="{width}" height="{height}" fill="#eaf2f8"/>',
        '<g class="countries" fill="#f4f1ea" stroke="#a6a6a6" stroke-width="0.6">',
    ]
    parts += [
        f'<path class="country" data-code="{c["code"]}" d="{c["d"]}"/>' for c in v["countries"]
    ]
    parts.append('</g><g class="points" font-family="sans-serif" font-size="12">')
    for p in v["points"]:
        label = escape(p["label"], quote=True)
        parts.append(
            f'<g class="point point-{p["kind"]}"><title>{label}</title>'
            f'<circle cx="{p["x"]}" cy="{p["y"]}" r="5" fill="{p["colour"]}" stroke="#fff"/>'
            f'<text x="{p["x"] + 7}" y="{p["y"] + 4}">{label}</text></g>'
        )
    parts.append("</g></svg>")
    return "".join(parts)
