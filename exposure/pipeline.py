"""Filling `DIR/exposure.db`: ingest (the archive's photos and metadata) and vision (models).

Everything after this reads the store only; see `exposure.analysis` for the tables, inferences,
results.json and report.html that come from it.
"""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime

import pandas as pd

from .config import Config, check_output
from .infer import load_rules
from .ingest import FileFacts, Ingested, ingest
from .outdir import check_claim, claim
from .progress import Progress
from .store import Store

PLATFORM_COLUMNS = ["source", "label", "kind", "language"]  # Meta's labels, as worded


def prepare(config: Config, archives: list[str | os.PathLike]) -> None:
    """Check the output folder and the rules before any work, then claim the folder (owner only,
    marked as exposure's; see `exposure.outdir`).

    Returns nothing; raises `UnsafeOutput` or `RuleError` with one line when the run cannot go on.
    """
    check_output(config.out_dir, archives)
    check_claim(config.out_dir)
    load_rules(config.rules_dir)  # a bad rule stops the run before any work, in one line
    claim(config.out_dir)


def fill(
    config: Config, archives: list[str | os.PathLike], store: Store, workers=None, interim=None
) -> None:
    """Read the archive(s) into `store` and analyse every photo not yet seen by these models
    (with `workers`, a `vision.pool.Workers`, when they were started ahead; `interim`, called once
    a large archive's sample is analysed: see `vision.pool.analyse`).

    Returns nothing: the store holds the photos, metadata and vision results afterwards.
    """
    with Progress("reading the archive", config.quiet) as bar:
        ingested = ingest(archives, progress=bar.update_to, known=load_file_facts(store))
    save_ingested(store, ingested)
    if config.vision:
        from .vision.pool import analyse  # heavy imports only when models are used

        analyse(config, store, workers, interim)


def save_ingested(store: Store, ing: Ingested) -> None:
    """Replace the ingested tables and their meta (paths, format, owner, digest); returns None."""
    digest = hashlib.sha256()
    for frame in (ing.photos, ing.checkins):
        digest.update(frame.to_json(date_format="iso", default_handler=str).encode())
    digest.update(
        repr(
            (ing.skipped, ing.notes, ing.paths, ing.format, ing.owner, ing.duplicates, ing.platform)
        ).encode()
    )
    store.put_table("photos", ing.photos)
    store.put_table("skipped", pd.DataFrame(ing.skipped, columns=["path", "reason"]))
    store.put_table("notes", pd.DataFrame(ing.notes, columns=["path", "problem"]))
    store.put_table("duplicates", pd.DataFrame(ing.duplicates, columns=["path", "same_as"]))
    store.put_table("checkins", ing.checkins)
    store.put_table("platform", pd.DataFrame(map(vars, ing.platform), columns=PLATFORM_COLUMNS))
    store.put_table(
        "files", pd.DataFrame([{"signature": sig, **vars(f)} for sig, f in ing.files.items()])
    )
    store.set_meta(
        paths=ing.paths,
        format=ing.format,
        owner=ing.owner,
        scanned_at=datetime.now(UTC).isoformat(timespec="seconds"),
        ingest_digest=digest.hexdigest(),
        scan_inputs=None,  # until the run finishes (see exposure.rescan)
    )


def load_file_facts(store: Store) -> dict[str, FileFacts]:
    """What earlier runs learned from each file's bytes, by file signature."""
    table = store.get_table("files")
    if table.empty:
        return {}
    table = table.astype(object).where(table.notna(), None)
    return {r.pop("signature"): FileFacts(**r) for r in table.to_dict("records")}
