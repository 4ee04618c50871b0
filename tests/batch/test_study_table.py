"""The study table and its aggregate (no Ray, no models): columns, small cells, nothing personal."""

from __future__ import annotations

import stat
from dataclasses import dataclass
from html.parser import HTMLParser

import pandas as pd
import pytest

from exposure.batch.inputs import ArchiveInput
from exposure.batch.runner import Outcome
from exposure.batch.study import (
    MIN_CELL,
    STUDY_VIEW_DOC,
    cell,
    render_study,
    study_table,
    study_view,
    write_study,
)


@dataclass
class Rule:
    id: str
    title: str
    category: str


class Cells(HTMLParser):
    """The count and share cells of each rule's row, and the page's text."""

    def __init__(self):
        super().__init__()
        self.cells: dict[str, dict] = {}
        self.rule = self.cls = None
        self.text = ""

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "tr":
            self.rule = attrs.get("data-rule")
        elif tag == "td" and self.rule:
            self.cls = attrs.get("class")

    def handle_endtag(self, tag):
        self.cls = None if tag == "td" else self.cls

    def handle_data(self, data):
        self.text += data
        if self.rule and self.cls in ("count", "share"):
            self.cells.setdefault(self.rule, {})[self.cls] = data.strip()


RULES = [Rule("location.home", "Home", "location"), Rule("pets.dog", "Dog", "pets")]


def outcome(name: str, claims: dict | None, status: str = "analysed") -> Outcome:
    summary = None
    if claims is not None:
        summary = {"format": "facebook-json-2024", "photos": 60, "analyzed": 58, "skipped": 2}
        summary["claims"] = claims
    reason = "no files found" if status == "failed" else None
    return Outcome(ArchiveInput(name, (f"/data/{name}.zip",)), status, reason, summary)


@pytest.mark.parametrize(
    "count, total, shown",
    [
        (0, 3, ("0", "")),  # too few archives for any share
        (3, 3, ("<5", "")),  # ... and a small count is hidden too
        (5, 4, ("5", "")),  # impossible but harmless: still no share below 5 archives
        (0, 10, ("0", "0%")),  # none of many: a share of 0 points at nobody
        (1, 10, ("<5", "")),  # one participant of ten: hidden
        (4, 10, ("<5", "")),
        (5, 10, ("5", "50%")),  # the first count shown
        (10, 10, ("10", "100%")),
    ],
)
def test_the_small_cell_rule(count, total, shown):
    assert cell(count, total) == shown
    assert MIN_CELL == 5


def test_a_row_per_archive_with_claim_and_confidence_per_rule():
    table = study_table(
        [
            outcome("alice", {"location.home": 0.9, "pets.dog": 0.2}),
            outcome("bob", {}),
            outcome("carol", None, "failed"),
        ],
        RULES,
    )
    assert list(table["archive"]) == ["alice", "bob", "carol"]
    assert list(table["status"]) == ["analysed", "analysed", "failed"]
    assert table.loc[0, "claim.location.home"] and not table.loc[0, "claim.pets.dog"]
    assert table.loc[0, "confidence.pets.dog"] == 0.2
    assert table.loc[1, "confidence.location.home"] == 0.0  # analysed, nothing found
    assert pd.isna(table.loc[2, "confidence.location.home"])  # failed: unknown, not zero
    assert table.loc[2, "reason"] == "no files found"


def test_shares_are_shown_from_five_archives_on_and_small_counts_never():
    homes = [outcome(f"p{i}", {"location.home": 0.9}) for i in range(6)]
    dogs = [outcome(f"d{i}", {"location.home": 0.1, "pets.dog": 0.8}) for i in range(2)]
    view = study_view(study_table(homes + dogs + [outcome("x", None, "failed")], RULES), RULES)
    rows = {r["rule_id"]: r for r in view["rules"]}
    assert (view["archives"], view["analysed"], view["failed"]) == (9, 8, 1)
    assert (rows["location.home"]["count"], rows["location.home"]["share"]) == ("6", "75%")
    assert (rows["pets.dog"]["count"], rows["pets.dog"]["share"]) == ("<5", "")
    assert view["headline"] == ["75% reveal home"]
    few = study_view(study_table(homes[:4], RULES), RULES)
    assert all(r["share"] == "" for r in few["rules"]) and few["headline"] == []


def test_the_view_model_is_documented():
    view = study_view(study_table([outcome("a", {})], RULES), RULES)
    assert set(view) == set(STUDY_VIEW_DOC)


def test_the_aggregate_names_no_archive_and_the_files_are_private(tmp_path):
    outcomes = [outcome(f"participant-{i}", {"location.home": 0.9}) for i in range(5)]
    outcomes.append(outcome("participant-broken", None, "failed"))
    write_study(tmp_path, outcomes, RULES)
    html = (tmp_path / "study.html").read_text()
    assert "participant" not in html and "/data/" not in html
    page = Cells()
    page.feed(html)
    assert page.cells["location.home"]["share"] == "100%"
    assert page.cells["pets.dog"] == {"count": "0", "share": "0%"}
    assert "Of 5 archives, 100% reveal home" in " ".join(page.text.split())
    assert "6 archives in the study: 5 analysed, 1 could not be." in " ".join(page.text.split())
    (tmp_path / "one").mkdir()
    write_study(tmp_path / "one", outcomes[:1], RULES)  # one archive: "1 archive", not "1 archives"
    one = " ".join((tmp_path / "one" / "study.html").read_text().split())
    assert "1 archive in the study: 1 analysed, 0 could not be." in one
    back = pd.read_parquet(tmp_path / "study.parquet")
    assert list(back["archive"]) == [o.archive.name for o in outcomes]
    assert (tmp_path / "failed.txt").read_text().startswith("participant-broken\t")
    for name in ("study.csv", "study.parquet", "study.html", "failed.txt"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600


def test_render_fails_loudly_on_a_missing_view_field():
    with pytest.raises(Exception, match="headline|undefined"):
        render_study({k: 0 for k in STUDY_VIEW_DOC if k != "headline"})


def test_claims_are_sorted_by_how_common_and_charted_per_category(tmp_path):
    rules = RULES + [Rule("pets.cat", "Cat", "pets"), Rule("travel.trips", "Trips", "travel")]
    outcomes = [outcome(f"h{i}", {"location.home": 0.9, "pets.cat": 0.9}) for i in range(5)]
    outcomes += [outcome(f"c{i}", {"pets.cat": 0.9, "travel.trips": 0.7}) for i in range(3)]
    view = study_view(study_table(outcomes, rules), rules)
    # cat 8, home 5, dog 0 (shown: 0%), then trips (3, shown as <5): a hidden count sorts last,
    # never by its true value (that would rank the small cells)
    assert [r["rule_id"] for r in view["rules"]] == [
        "pets.cat",
        "location.home",
        "pets.dog",
        "travel.trips",
    ]
    assert [r["width"] for r in view["rules"]] == [100, 62, 0, 0]
    assert [(c["category"], [r["rule_id"] for r in c["rules"]]) for c in view["categories"]] == [
        ("pets", ["pets.cat", "pets.dog"]),
        ("location", ["location.home"]),
        ("travel", ["travel.trips"]),
    ]
    write_study(tmp_path, outcomes, rules)
    html = (tmp_path / "study.html").read_text()
    assert html.count('<table class="study" data-category=') == 3  # one chart per category
    assert html.count("<thead>") == 3 + 3  # every table has a header row, distributions too
    assert '<th scope="col">Photos</th>' in html


def _with_meta(results_platform: list[dict], claims: dict[str, float]) -> dict:
    from exposure.batch.study import summarise
    from exposure.report.saved import Results

    inferences = [
        {"rule_id": rid, "confidence": conf, "statement": "s", "value": {}}
        for rid, conf in claims.items()
    ]
    data = {"archive": {"format": "facebook", "photos": 9, "analyzed": 9, "skipped": []}}
    return summarise(Results(data | {"inferences": inferences, "platform": results_platform}))


def test_metas_labels_are_counted_per_rule_under_the_small_cell_rule(tmp_path):
    def label(rid, status, text="x"):
        return {"source": "a.json", "label": text, "kind": "interest", "rule_id": rid,
                "status": status}  # fmt: skip

    backed = [label("pets.dog", "supported"), label("pets.dog", "not_supported", "Dogs")]
    outcomes = []
    for i in range(6):  # Meta lists a dog in all six; the photos back it in the first five
        summary = _with_meta(
            backed if i < 5 else backed[1:] + [label(None, "not_visible", "Engaged Shoppers")],
            {"pets.dog": 0.9 if i < 5 else 0.1},
        )
        outcomes.append(
            Outcome(ArchiveInput(f"p{i}", (f"/d/p{i}.zip",)), "analysed", None, summary)
        )
    outcomes.append(outcome("no-meta", {"location.home": 0.9}))  # an export without Meta's files
    table = study_table(outcomes, RULES)
    assert list(table["meta.pets.dog"][:6]) == ["supported"] * 5 + ["not_supported"]
    assert pd.isna(table.loc[6, "meta.pets.dog"]) and table.loc[6, "meta.supported"] == 0
    assert list(table["meta.not_visible"]) == [0, 0, 0, 0, 0, 1, 0]
    view = study_view(table, RULES)
    assert view["platform"] == [
        {"rule_id": "pets.dog", "title": "Dog", "listed": "6", "listed_share": "86%",
         "backed": "5", "backed_share": "71%"}
    ]  # fmt: skip
    assert view["platform_archives"] == "6"
    write_study(tmp_path, outcomes, RULES)
    html = (tmp_path / "study.html").read_text()
    assert "What Meta lists" in html and "Engaged Shoppers" not in html and "Dogs" not in html
