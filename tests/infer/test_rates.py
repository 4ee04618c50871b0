"""Rates over the archive, on real output folders: trips a year over the years the archive covers,
one trip said as a fact with its own confidence, and a drinking habit said to be regular only at
a regular rate (issue 22: "about 1.1 times a year" from two trips 3.7 years apart in a 3.7-year
archive; "regularly (on 0.05 days a month)" at 0.86)."""

from __future__ import annotations

import pandas as pd
import pytest

from exposure.analysis import Analysis
from exposure.infer import REPORT_AT
from tests.builders.life_store import Shot, build

HOME = (52.3676, 4.9041)  # Amsterdam
LISBON, MADRID = (38.7223, -9.1393), (40.4168, -3.7038)


def home_life(start: str, months: int) -> list[Shot]:
    """Evening photos at home twice a month, from `start` for `months` months."""
    days = pd.date_range(start, periods=months, freq="MS")
    return [
        Shot(f"{(d + pd.Timedelta(days=k)):%Y-%m-%d} 20:00", HOME) for d in days for k in (2, 16)
    ]


def away(place: tuple[float, float], day: str, days: int, per_day: int = 1) -> list[Shot]:
    """Photos away: `per_day` on each of `days` days from `day`."""
    start = pd.Timestamp(day)
    return [
        Shot(f"{start + pd.Timedelta(days=d):%Y-%m-%d} {10 + k:02d}:00", place)
        for d in range(days)
        for k in range(per_day)
    ]


def claim(tmp_path, shots: list[Shot], rule_id: str) -> dict | None:
    """The rule's claim in the results of a real scan of `shots` (None when it makes none)."""
    config, _ = build(tmp_path, shots)
    found = [i for i in Analysis(config.out_dir).results.inferences if i["rule_id"] == rule_id]
    return found[0] if found else None


def test_two_trips_are_a_rate_over_the_years_the_archive_covers(tmp_path):
    """Two trips a year apart in a six-year archive: 0.3 a year (2 / 6 years), not the 1.8 a
    year of the span between them."""
    shots = (
        home_life("2017-01-01", 72) + away(LISBON, "2019-05-10", 3) + away(MADRID, "2020-06-20", 3)
    )
    inf = claim(tmp_path, shots, "travel.trips")
    assert inf["value"]["count"] == 2
    assert inf["value"]["per_year"] == 0.3
    expected = (
        "Travels about once every 3 years (2 trips in 6 years of photos, to Spain and Portugal)"
    )
    assert inf["statement"] == expected


@pytest.mark.parametrize(
    "case, days, per_day, least, most",
    [
        # four days of photos abroad: a fact, and a sure one
        ("four days away", 4, 2, 0.9, 0.97),
        # one photo on one day 200 km away: a day trip, or a wrong location: just about reported
        ("one photo", 1, 1, REPORT_AT, 0.6),
    ],
)
def test_one_trip_is_a_fact_with_a_confidence_of_its_own(
    tmp_path, case, days, per_day, least, most
):
    shots = home_life("2019-01-01", 36) + away(LISBON, "2020-07-01", days, per_day)
    inf = claim(tmp_path, shots, "travel.trips")
    expected = (
        f"Went to Lisbon in July 2020 ({days} day{'s' if days > 1 else ''} away, in Portugal)"
    )
    assert inf["statement"] == expected, case
    assert "times a year" not in inf["statement"], case
    assert least <= inf["confidence"] <= most, (case, inf["confidence"])
    assert inf["explanation"].startswith(
        "Photo locations put you more than 100 km from home on 1 trip:"
    )


def drinks(months: list[str]) -> list[Shot]:
    """A wine glass on the evening of the 10th of each of `months` ("2019-03")."""
    return [Shot(f"{m}-10 21:00", HOME, objects=("wine glass",)) for m in months]


def test_six_drinks_in_ten_years_are_no_regular_habit(tmp_path):
    """Drinks on six days in six months of a ten-year archive (0.05 days a month): the months and
    days thresholds pass, but the rate is not regular, so the claim is not reported."""
    months = ["2015-03", "2016-07", "2018-01", "2019-05", "2021-02", "2023-11"]
    inf = claim(tmp_path, home_life("2014-06-01", 120) + drinks(months), "sensitive.alcohol")
    assert inf["value"]["per_month"] == 0.05
    assert inf["confidence"] < REPORT_AT
    assert "(on 6 days in 10 years)" in inf["statement"]


def test_drinks_once_a_month_are_a_regular_habit(tmp_path):
    """A glass of wine in each month of a two-year archive: a regular rate, reported."""
    months = [f"{m:%Y-%m}" for m in pd.date_range("2019-01-01", periods=24, freq="MS")]
    inf = claim(tmp_path, home_life("2019-01-01", 24) + drinks(months), "sensitive.alcohol")
    assert inf["confidence"] >= 0.8
    assert 0.9 <= inf["value"]["per_month"] <= 1.1
    assert "regularly (on about 1 day a month)" in inf["statement"]
