"""exposure: what your own photo archive gives away."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .analysis import Analysis
    from .report.results import Results

__all__ = ["Analysis", "Results"]


def __getattr__(name: str):
    """`exposure.Analysis` and `exposure.Results`, imported on first use: the command line starts
    without pandas, which a rescan of an unchanged archive never needs."""
    if name == "Analysis":
        from .analysis import Analysis

        return Analysis
    if name == "Results":
        from .report.results import Results

        return Results
    raise AttributeError(f"module 'exposure' has no attribute {name!r}")
