"""recurring_tag's detector quality: `quality_floor` (fitted per rule on simulated lives) lifts
weak tags seen on many days, never a claim its gates hold at 0.3 (no models)."""

from __future__ import annotations

from dataclasses import replace

from exposure.infer import REPORT_AT, infer
from tests.infer.test_rules import HOME, RULES, evidence, home_life


def _football(n: int, score: float, same_day: bool = False) -> list[dict]:
    """Football tags at `score` on n days a fortnight apart (or n photos of one day)."""
    return [
        {
            "id": f"f{i}",
            "when": f"2020-03-07 15:{i:02d}" if same_day else f"2020-{3 + i // 2:02d}-{1 + 14 * (i % 2):02d} 15:00",
            "tags": [("football", score)],
            "at": (52.31, 4.94),
        }
        for i in range(n)
    ]  # fmt: skip


def _conf(rows: list[dict], floor: float | None) -> float:
    rule = RULES["hobbies.football"]
    thresholds = {k: v for k, v in rule.thresholds.items() if k != "quality_floor"}
    if floor is not None:
        thresholds["quality_floor"] = floor
    found = infer([replace(rule, thresholds=thresholds)], evidence(home_life() + rows))
    return found[0].confidence if found else 0.0


def test_weak_tags_on_many_days_keep_the_rules_quality_floor():
    rows = _football(12, 0.3)  # 12 days over 6 months, each tag at 0.3: mean quality 0.375
    default, fitted = _conf(rows, None), _conf(rows, 0.7)
    # recurrence 1 - 0.5^(12 / 3) = 0.94, times 0.6 + 0.4 x 0.375 = 0.75 by default and
    # 0.7 + 0.3 x 0.375 = 0.81 at 0.7
    assert abs(default - 0.9375 * 0.75) < 0.001 and abs(fitted - 0.9375 * 0.8125) < 0.001
    assert RULES["hobbies.football"].thresholds["quality_floor"] == 0.8
    # strong tags are full quality whatever the floor
    assert _conf(_football(12, 0.9), 0.6) == _conf(_football(12, 0.9), 1.0)


def test_the_floor_never_lifts_a_burst_or_too_few_days_above_03():
    burst = _football(12, 0.3, same_day=True)  # one match day, 12 photos
    few = _football(2, 0.9)  # two days: below min_days
    for rows in (burst, few):
        assert 0 < _conf(rows, 1.0) <= 0.3 < REPORT_AT


def test_a_pet_seen_at_home_on_four_days_in_four_months_is_reported():
    rows = [
        {"id": f"c{i}", "when": f"2020-{3 + 2 * i:02d}-05 19:00", "tags": [("cat", 0.9)], "at": HOME}
        for i in range(4)
    ]  # fmt: skip
    found = [i for i in infer([RULES["pets.cat"]], evidence(home_life() + rows))]
    # four days at home count eight (home_weight 2, min_days 4): 1 - 0.5^2 = 0.75
    assert abs(found[0].confidence - (1 - 0.5**2)) < 0.01
