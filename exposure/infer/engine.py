"""Running rules: every rule's kind function over the evidence, and each inference's remove-to-hide.

`remove_to_hide` is the shortest prefix of the evidence whose removal takes the inference below
0.5, found by re-running the same kind function on the evidence without those photos.
"""

from __future__ import annotations

from pathlib import Path

from .evidence import REPORT_AT, Evidence, Inference
from .kinds import KIND_FUNCTIONS, ORDER
from .rules import Rule, load_rules


def infer(rules: list[Rule], ev: Evidence) -> list[Inference]:
    """Every rule's inference (weak ones included), each with its remove-to-hide set."""
    ev.rules = {r.id: r for r in rules}
    out = []
    for rule in sorted(rules, key=lambda r: ORDER[r.kind]):
        fn = KIND_FUNCTIONS[rule.kind]
        inf = fn(rule, ev)
        if inf is None:
            continue
        if inf.confidence >= REPORT_AT:
            inf.remove_to_hide = remove_to_hide(fn, rule, ev, inf.evidence)
        out.append(inf)
    return sorted(out, key=lambda i: (-i.confidence, i.rule_id))


def remove_to_hide(fn, rule: Rule, ev: Evidence, evidence: list[str]) -> list[str]:
    """The shortest prefix of the evidence (strongest first) whose removal hides the inference."""

    def hidden(k: int) -> bool:
        inf = fn(rule, ev.without(set(evidence[:k])))
        return inf is None or inf.confidence < REPORT_AT

    lo, hi = 0, len(evidence)
    if not hidden(hi):
        return list(evidence)  # even all the evidence is not enough: other photos reveal it too
    while lo < hi:  # smallest k with hidden(k); removal only weakens an inference
        mid = (lo + hi) // 2
        if hidden(mid):
            hi = mid
        else:
            lo = mid + 1
    return list(evidence[:lo])


def run_rules(rules_dir: Path, t: dict) -> list[dict]:
    """The inferences of the rules in `rules_dir` over the derived tables, as results.json
    entries (weak ones included), strongest first."""
    owner = t["people"].loc[t["people"]["is_owner"], "person_id"]
    evidence = Evidence(
        t["photos"],
        t["tags"],
        t["faces"],
        t["checkins"],
        owner=str(owner.iloc[0]) if len(owner) else None,
    ).with_places(t["locations"], t["homes"], t["trips"])
    return [i.to_dict() for i in infer(load_rules(rules_dir), evidence)]
