"""Meta's own labels through a whole scan: read from real export layouts in three languages,
stored, classed against the photos' claims in results.json, and listed in the report."""

from __future__ import annotations

import pytest

from exposure import Analysis, Results
from exposure.analysis import scan
from exposure.config import Config
from tests.builders import platform as meta
from tests.builders.common import Tree
from tests.report.test_browser import CHURCH, HOME, _post

LANGUAGES = [meta.facebook_2021_es, meta.facebook_2023_de, meta.facebook_2024_fr]


def _life(tree: Tree) -> None:
    """A year of evenings at home and Sunday Mass in four months (religion and home claimed)."""
    posts = []
    for i in range(24):
        day = f"2019-{1 + i // 2:02d}-{3 + 12 * (i % 2):02d}"
        posts.append(_post(tree, i, f"{day}T20:00:00", HOME, "Evening at home"))
    for k, month in enumerate(["02", "04", "06", "09"]):
        posts.append(_post(tree, 100 + k, f"2019-{month}-10T10:00:00", CHURCH, "Msza święta ⛪"))
    tree.add("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json", posts)


@pytest.fixture(scope="module", params=LANGUAGES, ids=lambda b: b.__name__)
def scanned(request, tmp_path_factory):
    root = tmp_path_factory.mktemp(request.param.__name__)
    tree = Tree()
    _life(tree)
    expected = request.param(tree)
    archive = tree.write(root / "export")
    out = root / "out"
    scan(Config(out_dir=out, vision=False, quiet=True), [archive])
    return out, expected


def test_every_label_is_read_and_classed(scanned):
    out, expected = scanned
    platform = Results.load(out / "results.json").data["platform"]
    want = {(path, label, kind) for path, labels in expected.items() for label, kind in labels}
    assert {(p["source"], p["label"], p["kind"]) for p in platform} == want
    assert {p["status"] for p in platform} <= {"supported", "not_supported", "not_visible"}
    assert all(p["status"] == "not_visible" for p in platform if p["kind"] == "advertiser")


def test_a_mapped_label_is_supported_exactly_when_its_claim_is_reported(scanned):
    out, _ = scanned
    results = Results.load(out / "results.json")
    reported = {i["rule_id"]: i for i in results.reported}
    mapped = [p for p in results.data["platform"] if p["rule_id"]]
    assert mapped, "each language names at least one claim photos can show"
    for p in mapped:
        assert (p["status"] == "supported") == (p["rule_id"] in reported), p
        if p["status"] == "supported":
            assert p["statement"] == reported[p["rule_id"]]["statement"]


def test_the_notebook_and_the_report_show_them(scanned):
    out, expected = scanned
    with Analysis(out) as a:
        table = a.platform
    assert len(table) == sum(map(len, expected.values()))
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "What Meta already lists about you" in html
    backed = table[table["status"] == "supported"]["label"]
    assert all(label in html for label in backed)


def test_the_religion_label_of_each_language_is_backed_by_the_mass_photos(scanned):
    out, _ = scanned
    platform = Results.load(out / "results.json").data["platform"]
    religion = [p for p in platform if p["rule_id"] == "sensitive.religion"]
    for p in religion:
        assert p["status"] == "supported", p
