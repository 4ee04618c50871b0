"""Home, moves and trips from a generated archive with a known story.

The same story three times: photo GPS, check-ins only, and captions only ("Evening in Amsterdam").
"""

from __future__ import annotations

import pytest

from exposure.analysis import Analysis, scan
from exposure.config import Config
from exposure.derive import placenames
from exposure.derive.places import haversine_km
from tests.builders import stories


@pytest.fixture(
    scope="module", params=[True, False, None], ids=["photo-gps", "check-ins-only", "captions-only"]
)
def story(request, tmp_path_factory):
    root = tmp_path_factory.mktemp("story")
    path, expected = stories.places_story(root, gps=request.param)
    config = Config(out_dir=root / "out", vision=False, quiet=True)
    scan(config, [path])
    return Analysis.from_config(config).tables, expected


def test_home_is_found_within_5_km_and_the_move_month_is_right(story):
    tables, expected = story
    homes = tables["homes"]
    assert len(homes) == 2
    for home, (lat, lon) in zip(homes, expected["homes"]):
        assert haversine_km(home.lat, home.lon, lat, lon) < 5
    assert homes[1].start.strftime("%Y-%m") == expected["move_month"]


def test_exactly_the_four_trips_with_their_dates_and_countries(story):
    tables, expected = story
    trips = tables["trips"]
    got = [
        (t.start.strftime("%Y-%m-%d"), t.end.strftime("%Y-%m-%d"), t.country)
        for t in trips.itertuples()
    ]
    assert got == expected["trips"]
    assert all(t.km_from_home > 100 for t in trips.itertuples())


def test_a_day_out_20_km_away_is_not_a_trip(story):
    tables, _ = story
    assert not any(t.start.strftime("%Y-%m") == "2020-05" for t in tables["trips"].itertuples())


def test_places_by_month_shows_home_months_and_each_trip_abroad(story):
    tables, expected = story
    table = tables["places_by_month"]
    assert table["photos"].sum() == len(tables["locations"])
    away = table[table["away"]]
    for start, _, country in expected["trips"]:
        assert ((away["month"] == start[:7]) & (away["country"] == country)).any(), start
    trip_months = {m for s, e, _ in expected["trips"] for m in (s[:7], e[:7])}
    assert set(away["month"]) == trip_months
    # every month of the archive has the home of that time, not away
    home = table[~table["away"]]
    assert set(home["month"]) >= set(table["month"]) - trip_months


@pytest.mark.parametrize(
    ("caption", "countries", "town"),
    [
        ("Sunset in Lisbon", (), ("Lisbon", "PT")),
        ("Em Lisboa com amigos", (), ("Lisbon", "PT")),  # another language, the town's own name
        ("New Year in Wien", (), ("Vienna", "AT")),
        ("📍 Zurich", (), ("Zürich", "CH")),  # a pin; accents do not matter
        ("Pizza in New York City!", (), ("New York City", "US")),  # the longest name first
        ("tapas en Valencia", (), ("Valencia", "VE")),  # the most populous Valencia …
        ("tapas en Valencia", ("ES",), ("Valencia", "ES")),  # … unless the archive is in Spain
        ("Back from Rome", (), None),  # not taken there
        ("Flight to Rome tomorrow", (), None),
        ("Tulips in March", (), None),  # March is a town in England, but not here
        ("Life in Paradise", (), None),
        ("in lisbon", (), None),  # a place name starts with a capital letter
        ("photo 12", (), None),
    ],
)
def test_a_caption_names_the_town_it_was_taken_in(caption, countries, town):
    found = placenames.locate(caption, frozenset(countries))
    assert (None if found is None else (found.name, found.country)) == town
