"""exposure: what your own photo archive gives away."""

from .analysis import Analysis
from .report.results import Results

__all__ = ["Analysis", "Results"]
