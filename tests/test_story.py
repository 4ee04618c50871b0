"""End to end with the real models: a scripted life story, with and without GPS (issue: rules)."""

from __future__ import annotations

import pandas as pd
import pytest

from exposure.derive.places import haversine_km
from exposure.infer import REPORT_AT
from tests.builders import stories

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module", params=[True, False], ids=["gps", "no-gps"])
def story(request, story_scan):
    _, results = story_scan(request.param)
    found = {i["rule_id"]: i for i in results.data["inferences"]}
    return found, request.param


def _months_apart(a: str, b: str) -> int:
    pa, pb = pd.Period(a[:7], "M"), pd.Period(b[:7], "M")
    return abs((pa - pb).n)


@pytest.mark.parametrize("rule_id", list(stories.EXPECTED))
def test_every_expected_inference_is_reported_with_the_right_value(story, rule_id):
    found, _ = story
    assert rule_id in found, f"{rule_id} not inferred"
    inf = found[rule_id]
    assert inf["confidence"] >= REPORT_AT, f"{rule_id}: {inf['confidence']} ({inf['explanation']})"
    want, got = stories.EXPECTED[rule_id], inf["value"]
    for key, value in want.items():
        if key == "near":
            assert haversine_km(got["lat"], got["lon"], *value) < 5
        elif key in ("date", "since"):
            assert _months_apart(got[key], value) <= 2, (got, value)
        elif key in ("count", "size"):
            assert abs(got[key] - value) <= 1, (got, value)
        else:
            assert got[key] == value
    assert inf["evidence"] and inf["remove_to_hide"] is not None


@pytest.mark.parametrize("rule_id", stories.FALSE_FRIENDS)
def test_no_false_friend_is_reported(story, rule_id):
    found, _ = story
    inf = found.get(rule_id)
    assert inf is None or inf["confidence"] < REPORT_AT, f"{rule_id}: {inf['statement']}"


def test_gps_is_only_claimed_when_photos_carry_it(story):
    found, gps = story
    assert ("metadata.gps" in found) is gps
