"""`exposure batch`: the archives of a study (one per participant) on Ray, and the study table.

Each archive is read by a Ray task, the photos of all archives go through one Ray Data
`map_batches` over an actor pool that loads the models once (`photos`), and the driver alone
writes each archive's `exposure.db`, so every archive's folder is exactly what `exposure scan`
writes. `study` turns the finished folders into study.csv/.parquet and an aggregate study.html
that holds counts and rates only. `stages` is the one module that imports the pipeline.
"""

from .runner import BatchConfig, Outcome, run_batch

__all__ = ["BatchConfig", "Outcome", "run_batch"]
