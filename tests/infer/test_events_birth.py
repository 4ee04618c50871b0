"""A new baby needs evidence of a birth, not of having children: a caption that gives the caption
lexicon's children signal ("Christmas market with the kids") made a new baby at 0.50 on a
simulated life (seed 5847) with the owner in its one photo and nothing else."""

from __future__ import annotations

import pytest

from tests.infer.cases import REPORT_AT, run
from tests.infer.test_rules import evidence, home_life


def day_out(caption: str, crib: bool = False, before: str | None = None):
    """A year at home, then a day in December 2019 with the owner in its photo and `caption`;
    a crib seen that day when `crib`; `before` a caption posted at home in August 2019."""
    rows = home_life(40)
    day = {"id": "d0", "when": "2019-12-14 16:00", "caption": caption}
    day |= {"tags": [("baby", 0.5)]} if crib else {}
    earlier = [{"id": "b0", "when": "2019-08-03 18:00", "caption": before}] if before else []
    return evidence(rows + earlier + [day], [("d0", "me")])


CASES = [
    # the children signal alone, the owner in the photo: no birth
    ("kids at a market", "Christmas market with the kids", {}, False),
    ("kids, German", "Weihnachtsmarkt mit den Kindern", {}, False),
    # the rule's own birth words say so on their own
    ("welcome to the world", "Welcome to the world, little one", {}, True),
    ("is born, Dutch", "Onze zoon is geboren", {}, True),
    # the children signal beside a crib seen that day, or a pregnancy months before
    ("our daughter and a crib", "Our daughter is here", {"crib": True}, True),
    ("our daughter after a bump", "Our daughter is here", {"before": "20 weeks pregnant"}, True),
]


@pytest.mark.parametrize("case, caption, more, expected", CASES, ids=[c[0] for c in CASES])
def test_a_birth_rests_on_its_own_evidence(case, caption, more, expected):
    inf = run("life_events.new_baby", day_out(caption, **more))
    assert (inf is not None and inf.confidence >= REPORT_AT) is expected
    if not expected and inf is not None:
        assert "nothing else that day shows a birth" in inf.explanation
