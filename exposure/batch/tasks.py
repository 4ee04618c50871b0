"""What runs per archive as a Ray task: reading the export, and inferring + rendering its report.

Both are plain functions over paths and a Config, the same steps `exposure scan` takes, so that a
batch output folder is exactly a scan output folder.
"""

from __future__ import annotations

import os

from .stages import Config, Store, current_results, ingest, report


def read_archive(paths: list[str], known: dict):
    """The archive's `Ingested` tables (photos, skipped, notes, check-ins, file facts).

    Runs on any node: the archive must be at the same path there. Nothing is written.
    """
    return ingest(paths, known=known)


def report_archive(config: Config) -> dict:
    """Infer and render results.json and report.html from the archive's cache, as `scan` does
    (skipped when nothing the report reads changed). Returns the study row's numbers.

    Runs on the driver's node, beside the output folder.
    """
    from .study import summarise

    old_umask = os.umask(0o077)
    try:
        store = Store(config.out_dir)
        try:
            results = current_results(config, store)
        finally:
            store.close()
        return summarise(results or report(config))
    finally:
        os.umask(old_umask)
