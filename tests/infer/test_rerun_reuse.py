"""Remove-to-hide's re-runs reuse what a removal leaves as it was (`engine.without`: places,
homes, located profiles, tables) and give what deriving everything again gives: the same claims,
the same evidence and the same remove-to-hide lists.

The store is `benchmarks/scale.py`'s made-up archive, small and seeded: a home, a workplace,
weekly places, trips, captions, labels, text lines and three faces a photo (encodings drawn at
random: no model is run).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from benchmarks.scale import make_store
from exposure.analysis import Analysis
from exposure.infer import engine
from exposure.infer.evidence import Evidence
from exposure.infer.rules import load_rules

RULES = Path(__file__).resolve().parents[2] / "rules"


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    """The owner's derived tables of a seeded made-up archive of 1,200 photos, 30% with GPS."""
    encodings = np.random.default_rng(1).normal(0, 0.056, (300, 128))
    folder = make_store(tmp_path_factory.mktemp("scale") / "store", 1200, 0.3, True, encodings)
    with Analysis(folder) as a:
        return a._tables.owner()


def _from_scratch(ev: Evidence, ids: set[str]) -> Evidence:
    """`ev` without the photos `ids`, nothing reused: places, homes, trips, captions' signals
    and every profile derived again from the photos left."""
    keep = lambda df: df[~df["photo_id"].isin(ids)] if len(df) else df  # noqa: E731
    return Evidence(
        keep(ev.photos),
        keep(ev.tags),
        keep(ev.faces),
        ev.checkins,
        ev.owner,
        ev.rules,
        keep(ev.texts),
    )


def test_re_runs_that_reuse_give_what_deriving_again_gives(tables, monkeypatch):
    rules = load_rules(RULES)
    fast = [i.to_dict() for i in engine.infer(rules, engine.evidence_of(tables))]
    monkeypatch.setattr(engine, "without", _from_scratch)
    slow = [i.to_dict() for i in engine.infer(rules, engine.evidence_of(tables))]
    claims = [c for c in slow if c["confidence"] >= 0.5]
    assert len(claims) >= 8  # home, work, routines, pets, hobbies, household: a real run
    assert {"location.home", "routine.weekly"} <= {c["rule_id"] for c in claims}
    assert all(c["remove_to_hide"] for c in claims)
    assert fast == slow
