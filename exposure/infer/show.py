"""What `exposure rules` prints: the rules with their files, and one rule's thresholds in words."""

from __future__ import annotations

import difflib
import textwrap
from pathlib import Path

from ..errors import RuleError
from .rules import Rule
from .thresholds import DEFAULTS, meaning

WIDTH = 100  # the text is wrapped to this many columns


def rule_list(rules: list[Rule], rules_dir: Path) -> list[str]:
    """The lines of `exposure rules`: where the rules come from, a header, one line per rule
    (id, kind, file, title) and the count."""
    lines = [f"rules in {rules_dir}", f"{'id':28} {'kind':17} {'file':18} title"]
    lines += [f"{r.id:28} {r.kind:17} {r.file:18} {r.title}" for r in rules]
    return lines + [f"{len(rules)} rules, all valid; `exposure rules --show RULE_ID` explains one"]


def find_rule(rules: list[Rule], rule_id: str, rules_dir: Path) -> Rule:
    """The rule `rule_id`; raises `RuleError` naming the closest ids when there is none."""
    by_id = {r.id: r for r in rules}
    if rule_id in by_id:
        return by_id[rule_id]
    names = {r.id.split(".", 1)[1]: r.id for r in rules}  # "wedding" for life_events.wedding
    close = [i for i in by_id if rule_id.lower() in i] or [
        *difflib.get_close_matches(rule_id, list(by_id), n=3, cutoff=0.6),
        *(names[n] for n in difflib.get_close_matches(rule_id, list(names), n=3)),
    ]
    close = list(dict.fromkeys(close))[:3]
    hint = f"did you mean {', '.join(close)}?" if close else "`exposure rules` lists them"
    raise RuleError(f"no rule {rule_id!r} in {rules_dir}; {hint}")


def rule_details(rule: Rule, rules_dir: Path) -> list[str]:
    """The lines of `exposure rules --show`: the rule's file, kind, statement, and each threshold
    with its value and what it does (those the file sets, then those left at the kind's
    default)."""
    lines = [
        f"{rule.id}: {rule.title}",
        f"file:       {Path(rules_dir) / rule.file}{rule.source[len(rule.file) :]}",
        f"kind:       {rule.kind}",
        *_wrapped("statement:  ", rule.statement),
    ]
    defaults = DEFAULTS.get(rule.kind, {})
    rows = [(name, value, "") for name, value in rule.thresholds.items()]
    rows += [(n, v, "default") for n, v in defaults.items() if n not in rule.thresholds]
    if not rows:
        return lines + ["thresholds: none (this kind reads none)"]
    lines.append("thresholds: (value, then what it does)")
    width = max(len(str(name)) for name, _, _ in rows)
    for name, value, how in rows:
        said = meaning(rule.kind, name) if name in defaults else ""
        said = said or f"not read by the kind {rule.kind}: it changes nothing"
        said = f"(the kind's default) {said}" if how else said
        lines += _wrapped(f"  {name:{width}}  {_number(value):>6}  ", said)
    return lines


def _number(value: float) -> str:
    """A threshold as the rule file would write it (3, 0.45)."""
    return f"{value:g}" if isinstance(value, (int, float)) else str(value)


def _wrapped(head: str, text: str) -> list[str]:
    """`text` after `head`, wrapped to WIDTH with the next lines indented under it."""
    return textwrap.wrap(text, WIDTH, initial_indent=head, subsequent_indent=" " * len(head)) or [
        head.rstrip()
    ]
