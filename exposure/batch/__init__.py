"""`exposure batch`: the archives of a study (one per participant) on Ray, and the study table."""

from .runner import BatchConfig, Outcome, run_batch

__all__ = ["BatchConfig", "Outcome", "run_batch"]
