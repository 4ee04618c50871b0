"""The report in a real browser (Debian chromium through playwright), at a phone's and a desktop's
size: the sensitive claims come first in the summary with why they matter, the offline map shows
home and a trip, evidence links land in the gallery, and no request leaves the page."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from exposure import Results
from exposure.analysis import scan
from exposure.config import Config
from tests.builders.common import Tree, exif_with, jpeg, meta_json, ts
from tests.report.test_report import CHROMIUM_ARGS, _chromium

HOME = (52.3676, 4.9041)
CHURCH = (52.3600, 4.8850)
LISBON = (38.7223, -9.1393)
ROME = (41.9028, 12.4964)
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}


def _post(tree: Tree, i: int, when: str, at, caption: str) -> dict:
    taken = when.replace("-", ":").replace("T", " ")
    uri = tree.add(
        f"your_facebook_activity/posts/media/p_{i}/{i}_n.jpg",
        jpeg(size=24, exif=exif_with(taken=taken, gps=at), seed=i),
    )
    media = {"uri": uri, "creation_timestamp": ts(when), "description": caption}
    return {"timestamp": media["creation_timestamp"], "data": [{"post": caption}]} | {
        "attachments": [{"data": [{"media": media}]}]
    }


@pytest.fixture(scope="module")
def religious(tmp_path_factory) -> Path:
    """A year of evenings at home, Sunday Mass captions in four months, Lisbon and Rome."""
    root = tmp_path_factory.mktemp("browser")
    tree, posts = Tree(), []
    for i in range(24):
        day = f"2019-{1 + i // 2:02d}-{3 + 12 * (i % 2):02d}"
        posts.append(_post(tree, i, f"{day}T20:00:00", HOME, "Evening at home"))
    for k, month in enumerate(["02", "04", "06", "09"]):
        posts.append(_post(tree, 100 + k, f"2019-{month}-10T10:00:00", CHURCH, "Msza święta ⛪"))
    for k in range(4):
        posts.append(_post(tree, 200 + k, f"2019-07-0{2 + k}T12:00:00", LISBON, "Lisboa!"))
        posts.append(_post(tree, 300 + k, f"2019-10-1{2 + k}T12:00:00", ROME, "Roma!"))
    tree.add("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json", posts)
    tree.add(  # what Meta concluded: one label the photos back, one they do not, one unseeable
        "logged_information/other_logged_information/ads_interests.json",
        meta_json({"topics_v2": ["Catholic Church", "Dogs", "Engaged Shoppers"]}),
    )
    archive = tree.write(root / "facebook-religious")
    out = root / "out"
    scan(Config(out_dir=out, vision=False, quiet=True), [archive])
    return out


def test_the_story_reveals_religion_and_places(religious):
    ids = {i["rule_id"] for i in Results.load(religious / "results.json").reported}
    assert {"sensitive.religion", "location.home", "travel.trips"} <= ids


def test_metas_labels_are_set_beside_the_claims(religious):
    platform = Results.load(religious / "results.json").data["platform"]
    status = {p["label"]: (p["status"], p["rule_id"]) for p in platform}
    assert status == {
        "Catholic Church": ("supported", "sensitive.religion"),
        "Dogs": ("not_supported", "pets.dog"),
        "Engaged Shoppers": ("not_visible", None),
    }
    assert {p["source"] for p in platform} == {
        "logged_information/other_logged_information/ads_interests.json"
    }


@pytest.mark.parametrize("size", list(VIEWPORTS))
def test_sensitive_first_and_the_map_on_a_phone_and_a_desktop(religious, size, tmp_path):
    playwright = pytest.importorskip("playwright.sync_api")
    url = (religious / "report.html").as_uri()
    errors, requests = [], []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=_chromium(), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport=VIEWPORTS[size])
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda r: requests.append(r.url))
        page.goto(url)
        page.wait_for_load_state("load")
        first = page.locator("#summary li").first
        assert first.get_attribute("data-rule") == "sensitive.religion"
        assert "GDPR art. 9" in first.inner_text()
        assert page.locator("#inferences article.card").first.get_attribute("id") == (
            "sensitive.religion"
        )
        meta = page.locator("#meta")  # Meta's labels, right after the summary
        assert meta.is_visible() and "What Meta already lists about you" in meta.inner_text()
        backed = meta.locator("ul.meta-supported li")
        assert backed.count() == 1 and "Catholic Church" in backed.inner_text()
        assert backed.locator("a").get_attribute("href") == "#sensitive.religion"
        assert "Dogs" in meta.locator("ul.meta-not-supported").inner_text()
        assert not page.get_by_text("Engaged Shoppers").is_visible()  # folded away
        meta.locator("details.meta-not-visible summary").click()
        assert page.get_by_text("Engaged Shoppers").is_visible()
        svg = page.locator("#places svg.map")
        assert svg.is_visible()
        box = svg.bounding_box()
        assert box["width"] <= VIEWPORTS[size]["width"] and box["height"] > 100
        kinds = page.locator("#places svg.map g.point").evaluate_all(
            "gs => gs.map(g => g.getAttribute('class'))"
        )
        assert {"point point-home", "point point-trip"} <= set(kinds)
        assert page.locator("#places svg.map path.country").count() >= 1  # the Netherlands
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"the page scrolls sideways by {overflow}px"
        link = page.locator("#sensitive\\.religion figure.ev a").first
        target = link.get_attribute("href")
        link.click()
        assert page.evaluate("location.hash") == target
        page.screenshot(path=str(tmp_path / f"{size}.png"), full_page=True)
        shots = Path(os.environ.get("EXPOSURE_SCREENSHOTS", tmp_path))
        page.goto(url)
        page.screenshot(path=str(shots / f"browser-{size}.png"))
        browser.close()
    assert errors == []
    assert [r for r in requests if r.split("#")[0] != url and not r.startswith("data:")] == []
    assert (tmp_path / f"{size}.png").stat().st_size > 10_000
