"""The timeline of what photos show, on real stores: an archive of people alone is reported."""

from __future__ import annotations

from html.parser import HTMLParser

from exposure.analysis import Analysis, report
from tests.derive.stores import scanned


class _Section(HTMLParser):
    """The text inside <section id=NAME>."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name, self.depth, self.text = name, 0, []

    def handle_starttag(self, tag, attrs):
        if self.depth or (tag == "section" and dict(attrs).get("id") == self.name):
            self.depth += tag == "section"

    def handle_endtag(self, tag):
        if self.depth and tag == "section":
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.text.append(data)


def test_dated_photos_whose_only_tag_is_person_are_reported(tmp_path):
    config = scanned(tmp_path, ("person",))
    results = report(config)  # was: ValueError, cannot convert float NaN to integer
    assert results.data["archive"]["photos"] == 3
    with Analysis.from_config(config) as a:
        assert set(a.timeline["tag"]) == {"person"} and a.timeline["photos"].sum() == 2
    page = _Section("timeline")
    page.feed((config.out_dir / "report.html").read_text(encoding="utf-8"))
    assert "No dated, tagged photos." in "".join(page.text)


def test_a_tag_beside_person_is_charted(tmp_path):
    config = scanned(tmp_path, ("person", "dog"))
    report(config)
    page = _Section("timeline")
    page.feed((config.out_dir / "report.html").read_text(encoding="utf-8"))
    text = "".join(page.text)
    assert "dog" in text and "person" not in text and "No dated" not in text
