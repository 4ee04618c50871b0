"""What a finished scan read, in words: the lines the terminal shows when little or nothing was.

A run over files that are not photos, or one where every model failed, must not look like a
success: `read_outcome` says so with the most common reasons, and whether nothing was read at all.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .words import list_text, number, plural

if TYPE_CHECKING:
    from .report.saved import Results

TOP_REASONS = 3


@dataclass
class Outcome:
    """The summary line, the warnings to show, and whether no photo at all was read."""

    summary: str
    warnings: list[str] = field(default_factory=list)
    nothing_read: bool = False


def read_outcome(results: Results, vision: bool = True) -> Outcome:
    """The Outcome of a scan's `results`; `vision`: models were on (else none analyses)."""
    arch = results.data["archive"]
    photos, analysed, skipped = arch["photos"], arch["analyzed"], arch["skipped"]
    outcome = Outcome(
        f"{plural(photos, 'photos')}, {number(analysed)} analysed, {number(len(skipped))} "
        f"skipped, {plural(len(results.reported), 'inference')} reported"
    )
    if photos == 0:
        outcome.nothing_read = True
        outcome.warnings.append(
            f"nothing was read: no file of {list_text(arch['paths'])} is a photo exposure can "
            f"read ({number(len(skipped))} skipped); the report is empty"
        )
    elif vision and analysed == 0:
        outcome.warnings.append(f"no photo could be analysed: all {number(photos)} failed")
    elif len(skipped) > photos:
        outcome.warnings.append(
            f"most files were skipped: {number(len(skipped))}, against {number(photos)} read"
        )
    if outcome.warnings and skipped:
        outcome.warnings.append("most common reasons: " + top_reasons(skipped))
    return outcome


def top_reasons(skipped: list[dict], n: int = TOP_REASONS) -> str:
    """The `n` most common skip reasons with their counts, as one line."""
    counts = Counter(str(s.get("reason", "")) for s in skipped)
    return "; ".join(f"{reason} ({number(k)})" for reason, k in counts.most_common(n))
