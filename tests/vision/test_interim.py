"""First answers early: a large archive has a sample spread over its months, places and albums
analysed first, an interim report written from it, and the full report after; stopped after the
interim report, the folder holds a valid report and the next scan goes on where it stopped."""

from __future__ import annotations

import shutil

import pytest

from exposure import Results
from exposure.analysis import Analysis, scan
from exposure.config import Config
from exposure.vision.sample import first_order, sample_size


def rows(n: int, months: int, places: int) -> list[dict]:
    return [
        {
            "photo_id": f"p{i}",
            "taken_at": f"2020-{1 + (i * 7) % months:02d}-01",
            "lat": 10.0 + (i % places) if places else None,
            "lon": 20.0,
            "album": None,
        }
        for i in range(n)
    ]


@pytest.mark.parametrize(
    "todo, interim_at, size",
    [(499, 500, 0), (500, 500, 50), (2_000, 500, 100), (100_000, 500, 1_000), (24, 10, 12)],
)
def test_the_sample_is_5_percent_within_bounds(todo, interim_at, size):
    assert sample_size(todo, interim_at) == size


def test_every_month_and_place_is_in_the_sample_before_any_gets_two():
    photos = rows(1_000, months=12, places=4)  # 48 strata, most photos in some
    ordered = first_order(photos, 50)
    first = ordered[:50]
    strata = {(p["taken_at"][:7], p["lat"]) for p in photos}
    assert {(p["taken_at"][:7], p["lat"]) for p in first[:48]} == strata
    assert sorted(p["photo_id"] for p in ordered) == sorted(p["photo_id"] for p in photos)
    rest = [p["photo_id"] for p in ordered[50:]]
    assert rest == [p["photo_id"] for p in photos if p["photo_id"] in set(rest)]  # in order


def test_a_sample_of_nothing_or_everything_keeps_the_order():
    photos = rows(10, months=3, places=0)
    assert first_order(photos, 0) == photos and first_order(photos, 10) == photos


class Stop(KeyboardInterrupt):
    """Ctrl-C, right after the interim report is written."""


@pytest.mark.models
@pytest.mark.data
@pytest.mark.slow
def test_an_interim_report_then_the_full_one_and_ctrl_c_between(
    models_dir, test_data, tmp_path, monkeypatch
):
    photos = tmp_path / "photos"
    photos.mkdir()
    for src in sorted((test_data / "coco" / "images").glob("*.jpg"))[:24]:
        shutil.copy(src, photos / src.name)
    out = tmp_path / "out"
    config = Config(out_dir=out, models_dir=models_dir, workers=1, quiet=True, interim_at=10)
    seen: list[str] = []
    real = Analysis.write_interim

    def interim_then_ctrl_c(self):
        seen.append(real(self))
        raise Stop

    monkeypatch.setattr(Analysis, "write_interim", interim_then_ctrl_c)
    with pytest.raises(Stop):
        scan(config, [photos])
    assert "interim report from 12 of 24 photos" in seen[0]
    interim = Results.load(out / "results.json")
    assert interim.data["interim"] == {"photos_share": 0.5}
    assert interim.data["archive"]["photos"] == 24 and interim.data["archive"]["analyzed"] == 12
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "Interim report:" in html and "50% of your photos" in html
    assert html.rstrip().endswith("</html>")

    monkeypatch.setattr(Analysis, "write_interim", real)
    full = scan(config, [photos])  # goes on: the 12 analysed photos are not analysed again
    with Analysis(out) as a:
        assert a.store.meta("analysed_last_run")["analysed_last_run"] == 12
    assert "interim" not in full.data and full.data["archive"]["analyzed"] == 24
    assert "Interim report:" not in (out / "report.html").read_text(encoding="utf-8")
    shown = {i["rule_id"] for i in interim.data["inferences"] if i["confidence"] >= 0.8}
    assert shown <= {i["rule_id"] for i in full.data["inferences"] if i["confidence"] >= 0.8}
