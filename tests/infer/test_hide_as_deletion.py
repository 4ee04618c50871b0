"""Remove-to-hide checked as a deletion (issue 22): the photos a claim lists are deleted from the
export, the export is scanned again (places, people and every kind derived afresh), and the claim
is then below 0.5.

The life: two years of evenings at home with a partner (real face encodings of ../shared/data),
a dog at home, Tuesday evenings at a sports ground, weekday days at an office, two trips.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from exposure.analysis import Analysis
from exposure.infer import REPORT_AT
from exposure.infer.engine import same_claim
from exposure.infer.evidence import Inference
from tests.builders.life_store import Shot, build

HOME = (52.3676, 4.9041)
SPORT = (52.3550, 4.9300)  # 2 km from home
OFFICE = (52.3400, 4.8700)
LISBON, ROME = (38.7223, -9.1393), (41.9028, 12.4964)


@pytest.fixture(scope="module")
def encodings(test_data):
    """(owner's, partner's) real encodings: a few cuts of their real photos."""
    from tests.builders.households import face_pool

    pool = face_pool(test_data, cuts=2, children=0, grownups=0, adults=("person_a", "person_b"))
    return [np.concatenate(pool.adults[n]) for n in ("person_a", "person_b")]


def life(encodings) -> list[Shot]:
    rng = np.random.default_rng(7)
    owner, partner = encodings
    face = lambda who: who[rng.integers(len(who))]  # noqa: E731
    shots = []
    for week in range(100):
        monday = pd.Timestamp("2020-01-06") + pd.Timedelta(weeks=int(week))
        at = lambda d, h, m=monday: f"{m + pd.Timedelta(days=d):%Y-%m-%d} {h:02d}:00"  # noqa: E731
        faces = [face(owner), face(partner)] if week % 2 else [face(partner)]
        shots.append(Shot(at(4, 20), HOME, ("dog",) if week % 3 == 0 else (), faces))
        if week % 2 == 0:
            shots.append(Shot(at(1, 19), SPORT, ("sports ball",)))
        if week % 3 == 1:
            shots.append(Shot(at(week % 5, 11), OFFICE, ("laptop",)))
    for place, day in ((LISBON, "2020-07-01"), (ROME, "2021-05-10")):
        for d in range(3):
            shots.append(Shot(f"{pd.Timestamp(day) + pd.Timedelta(days=d):%Y-%m-%d} 13:00", place))
    return shots


@pytest.mark.slow
@pytest.mark.models
@pytest.mark.data
def test_deleting_each_claims_list_and_scanning_again_hides_the_claim(encodings, tmp_path):
    shots = life(encodings)
    config, ids = build(tmp_path / "full", shots)
    claims = [
        i for i in Analysis(config.out_dir).results.inferences if i["confidence"] >= REPORT_AT
    ]
    kinds = {c["rule_id"].split(".")[0] for c in claims}
    assert {"location", "routine", "pets", "travel"} <= kinds, sorted(kinds)
    still = []
    for n, c in enumerate(claims):
        gone = set(c["remove_to_hide"])
        assert gone, c["rule_id"]
        kept = [s for s, pid in zip(shots, ids) if pid not in gone]
        if not kept:
            continue  # every photo listed (the share with GPS): nothing is left to claim it
        again_config, _ = build(tmp_path / f"without-{n}", kept)
        again = Analysis(again_config.out_dir).results.inferences
        before = Inference(**c)
        after = [i for i in again if same_claim(before, Inference(**i))]
        if any(i["confidence"] >= REPORT_AT for i in after):
            still.append((c["statement"], len(gone), [i["confidence"] for i in after]))
    assert not still, still
