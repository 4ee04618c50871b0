"""remove_to_hide is exact below HIDE_PRECISION photos and within 1/HIDE_PRECISION of the shortest
prefix above, with a few re-runs of the kind however long the evidence.

The kind here is a stand-in whose claim falls below 0.5 once `need` of its photos are gone: what
is pinned is the search, not a rule.
"""

from __future__ import annotations

import math

import pytest

from exposure.infer.engine import HIDE_PRECISION, remove_to_hide
from exposure.infer.evidence import Inference


class _Ev:
    def __init__(self, gone: frozenset = frozenset()):
        self.gone = gone

    def without(self, ids):
        return _Ev(self.gone | frozenset(ids))


def _claim(evidence: list[str], confidence: float = 0.9) -> Inference:
    return Inference("pets.dog", "pets", "Has a dog", confidence, {}, "", evidence)


def _kind(evidence: list[str], need: int, runs: list):
    def fn(rule, ev):
        runs.append(len(ev.gone))
        return _claim(evidence, 0.4 if len(ev.gone & set(evidence)) >= need else 0.9)

    return fn


@pytest.mark.parametrize(
    ("photos", "need"),
    [
        (40, 27),  # short: exact
        (HIDE_PRECISION - 1, 1),
        (1000, 700),  # long: within 1/64
        (40_000, 12_345),
        (40_000, 39_999),  # nearly all of them
    ],
)
def test_the_prefix_hides_the_claim_and_is_at_most_a_64th_longer_than_the_shortest(photos, need):
    evidence = [f"p{i}" for i in range(photos)]
    runs: list = []
    found = remove_to_hide(_kind(evidence, need, runs), None, _Ev(), _claim(evidence))
    assert found == evidence[: len(found)]
    assert need <= len(found) <= need + len(found) // HIDE_PRECISION
    if photos < HIDE_PRECISION:
        assert len(found) == need
        assert len(runs) <= 2 + math.ceil(math.log2(photos))
    else:  # about log2(64) halvings from the size of the answer: 16 for 40,000 photos when exact
        assert len(runs) <= 3 + math.log2(HIDE_PRECISION) + math.ceil(math.log2(photos / need))


def test_a_claim_that_needs_every_photo_gone_costs_two_re_runs():
    evidence = [f"p{i}" for i in range(40_000)]
    runs: list = []
    found = remove_to_hide(_kind(evidence, 40_000, runs), None, _Ev(), _claim(evidence))
    assert found == evidence and len(runs) == 2


def test_a_claim_other_photos_reveal_too_lists_all_its_evidence():
    evidence = [f"p{i}" for i in range(500)]
    runs: list = []
    found = remove_to_hide(_kind(evidence, 501, runs), None, _Ev(), _claim(evidence))
    assert found == evidence and len(runs) == 1
