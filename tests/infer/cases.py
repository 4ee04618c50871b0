"""Hand-built evidence for the case tables of the new kinds: photos, faces with ages, texts."""

from __future__ import annotations

import pandas as pd

from exposure.infer import REPORT_AT, Evidence, infer
from tests.infer.test_rules import HOME, RULES, evidence, home_life

__all__ = ["HOME", "RULES", "claims", "ev", "home_life", "reported", "run"]


def band(age: float) -> str:
    """The age band of the faces table: baby < 2, child 2-12, teen 13-17, adult."""
    return "baby" if age < 2 else "child" if age < 13 else "teen" if age < 18 else "adult"


def ev(rows: list[dict], faces: list[tuple] = (), texts: list[tuple] = ()) -> Evidence:
    """Evidence from short rows (see test_rules.evidence); faces (photo, person, age) get an age and
    a band; texts are (photo, line)."""
    e = evidence(rows, [(f[0], f[1]) for f in faces])
    if faces:
        e.faces = e.faces.assign(
            age=[float(f[2]) for f in faces], band=[band(float(f[2])) for f in faces]
        )
    e.texts = pd.DataFrame(
        [
            {"photo_id": p, "model": "ocr", "text": t, "score": 0.9}
            | {"x0": 0, "y0": 10 * i, "x1": 100, "y1": 10 * i + 8}
            for i, (p, t) in enumerate(texts)
        ],
        columns=["photo_id", "model", "text", "score", "x0", "y0", "x1", "y1"],
    )
    return e


def claims(rule_id: str, e: Evidence) -> list:
    """Every inference of one rule (a kind may make several), strongest first."""
    return [i for i in infer([RULES[rule_id]], e) if i.rule_id == rule_id]


def run(rule_id: str, e: Evidence):
    """The strongest inference of one rule, or None."""
    found = claims(rule_id, e)
    return found[0] if found else None


def reported(rule_id: str, e: Evidence) -> bool:
    """Whether the rule's strongest inference reaches the reporting threshold."""
    inf = run(rule_id, e)
    return inf is not None and inf.confidence >= REPORT_AT


def hides(rule_id: str, e: Evidence, inf) -> bool:
    """Whether removing the inference's remove_to_hide photos takes that claim below 0.5."""
    from exposure.infer.engine import same_claim

    left = [i for i in claims(rule_id, e.without(set(inf.remove_to_hide))) if same_claim(inf, i)]
    return all(i.confidence < REPORT_AT for i in left)
