"""The timeline of what photos show, on real stores: an archive of people alone is reported."""

from __future__ import annotations

from html.parser import HTMLParser

from exposure.analysis import Analysis, report
from exposure.config import Config
from exposure.store import Store
from exposure.types import Detection
from exposure.vision.pool import PhotoResult
from tests.builders import folder


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


def _scan_with_tags(tmp_path, labels: list[str]):
    """A scanned plain folder (no models) whose every photo shows `labels`; returns the Config."""
    from exposure.analysis import scan

    path, _, _ = folder.plain_folder(tmp_path / "phone")
    config = Config(out_dir=tmp_path / "out", vision=False, quiet=True)
    scan(config, [path])
    with Store(config.out_dir) as store:
        key = store.meta().get("model_key") or ""
        for pid in store.get_table("photos")["photo_id"]:
            found = [Detection(label, 0.9, (0, 0, 5, 5), "yolo") for label in labels]
            store.put_analysis(key, PhotoResult(pid, detections=found))
    return config


def test_dated_photos_whose_only_tag_is_person_are_reported(tmp_path):
    config = _scan_with_tags(tmp_path, ["person"])
    results = report(config)  # was: ValueError, cannot convert float NaN to integer
    assert results.data["archive"]["photos"] == 3
    with Analysis.from_config(config) as a:
        assert set(a.timeline["tag"]) == {"person"} and a.timeline["photos"].sum() == 2
    page = _Section("timeline")
    page.feed((config.out_dir / "report.html").read_text(encoding="utf-8"))
    assert "No dated, tagged photos." in "".join(page.text)


def test_a_tag_beside_person_is_charted(tmp_path):
    config = _scan_with_tags(tmp_path, ["person", "dog"])
    report(config)
    page = _Section("timeline")
    page.feed((config.out_dir / "report.html").read_text(encoding="utf-8"))
    text = "".join(page.text)
    assert "dog" in text and "person" not in text and "No dated" not in text
