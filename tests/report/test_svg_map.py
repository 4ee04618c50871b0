"""The offline map: country outlines from a package, points zoomed to, archive text escaped."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import jinja2
import pytest

from exposure.config import bundled
from exposure.report.svg_map import MapPoint, map_view, outlines, render_map

POINTS = [
    MapPoint(52.3676, 4.9041, "Home: Amsterdam", "home"),
    MapPoint(38.7223, -9.1393, "Lisbon, Jul 2021", "trip"),
    MapPoint(41.9028, 12.4964, "Rome, May 2022", "trip"),
    MapPoint(52.3430, 4.8540, "Tuesdays 19-20", "routine"),
]
HOSTILE = '<script>alert("x")</script> & <a href="http://evil.example/">'


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def test_outlines_come_from_the_package_data():
    shapes = outlines()
    assert len(shapes) >= 150
    assert {"NL", "PT", "IT", "FR", "ES", "DE", "JP", "US", "BR"} <= set(shapes)
    lon, lat = shapes["NL"][0][0]
    assert 3 < lon < 8 and 50 < lat < 54  # (lon, lat) in degrees


def test_map_holds_the_countries_of_the_view_and_every_point():
    root = parse(render_map(POINTS, 640, 360))
    codes = {p.get("data-code") for p in root.iter("path")}
    assert {"NL", "PT", "IT", "FR", "ES"} <= codes
    assert "JP" not in codes and "AU" not in codes  # far outside the view: not drawn
    circles = list(root.iter("circle"))
    assert len(circles) == 4
    assert "http" not in render_map(POINTS, 640, 360)  # no URL: nothing to fetch
    for c in circles:  # zoomed to the points: each inside the picture, not on its edge
        assert 10 < float(c.get("cx")) < 630 and 10 < float(c.get("cy")) < 350
    labels = [t.text for t in root.iter("text")]
    assert labels == [p.label for p in POINTS]


def test_points_sit_where_they_are_in_the_world():
    v = map_view(POINTS, 640, 360)
    home, lisbon, rome, _ = v["points"]
    assert lisbon["x"] < home["x"] < rome["x"]  # west to east
    assert home["y"] < rome["y"] < lisbon["y"]  # north to south
    assert [p["kind"] for p in v["points"]] == ["home", "trip", "trip", "routine"]


def test_archive_text_is_escaped_and_nothing_is_linked():
    svg = render_map([MapPoint(52.37, 4.90, HOSTILE, 'home" onload="x')])
    root = parse(svg)  # still well-formed
    assert [t.text for t in root.iter("text")] == [HOSTILE]  # the text, not markup
    assert not list(root.iter("script")) and not list(root.iter("a"))
    assert "http" not in svg.replace("http://evil.example/", "")  # no URL of our own
    assert "<script" not in svg and "href" not in {a for e in root.iter() for a in e.attrib}
    assert {g.get("class") for g in root.iter("g")} >= {"point point-homeonloadx"}


def test_template_partial_draws_the_same_map_escaped():
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(bundled("reports/templates"))),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    points = POINTS + [MapPoint(48.85, 2.35, HOSTILE, "work")]
    html = env.get_template("_map.html").render(map=map_view(points))
    root = parse(html)
    assert len(list(root.iter("circle"))) == 5
    assert [t.text for t in root.iter("text")][-1] == HOSTILE
    assert {p.get("data-code") for p in root.iter("path")} >= {"NL", "FR"}


@pytest.mark.parametrize(
    "points",
    [
        [],  # nothing located: an empty map, not an error
        [MapPoint(float("nan"), 4.9, "no place")],
        [MapPoint(95.0, 4.9, "off the globe")],
    ],
)
def test_no_valid_points_gives_an_empty_map(points):
    root = parse(render_map(points))
    assert not list(root.iter("circle")) and not list(root.iter("path"))


def test_one_point_shows_its_region():
    root = parse(render_map([MapPoint(52.37, 4.90, "Home", "home")], 400, 300))
    assert "NL" in {p.get("data-code") for p in root.iter("path")}
    (c,) = root.iter("circle")
    assert (float(c.get("cx")), float(c.get("cy"))) == (200.0, 150.0)


def test_time_axis_labels_each_year_and_stay_few():
    from exposure.report.view_places import month_ticks

    months = [f"{y}-{m:02d}" for y in range(2016, 2020) for m in range(1, 13)][4:]
    ticks = month_ticks(months)
    assert [t["label"] for t in ticks] == ["2016", "2017", "2018", "2019"]
    assert ticks[0]["left_pct"] == 0 and 0 < ticks[1]["left_pct"] < ticks[2]["left_pct"] < 100
    short = month_ticks(["2020-03", "2020-04", "2020-05"])
    assert [t["label"] for t in short] == ["2020-03"]
    long = month_ticks([f"{y}-{m:02d}" for y in range(2000, 2024) for m in range(1, 13)])
    assert 6 <= len(long) <= 8
