"""What the rule files say about showing their claims: each rule's `report:` block.

The view never names a rule: a claim's section, map layer and "why it matters" line, and which
claim a section reads its data from (`role`: the home, the household), come from the rule files
(`infer.rules.ReportEntry`, validated when the rules load).
"""

from __future__ import annotations

import os

from ..infer.rules import ReportEntry, load_rules

PLAIN = ReportEntry()  # a claim whose rule is gone or says nothing: a plain card


def report_entries(rules_dir: str | os.PathLike) -> dict[str, ReportEntry]:
    """rule id -> its `ReportEntry`, for every rule in `rules_dir`."""
    return {rule.id: rule.report for rule in load_rules(rules_dir)}


def entry(entries: dict[str, ReportEntry], claim: dict) -> ReportEntry:
    """The `ReportEntry` of a claim (a results.json inference); PLAIN when its rule has none."""
    return entries.get(claim["rule_id"], PLAIN)


def by_role(entries: dict[str, ReportEntry], reported: list[dict], role: str) -> dict | None:
    """The first reported claim whose rule declares `role` (`report: {role: household}`), or
    None when no such claim is reported."""
    return next((c for c in reported if entry(entries, c).role == role), None)
