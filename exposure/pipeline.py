"""The two runs the CLI offers: `scan` (ingest + vision + report) and `report` (from the cache)."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from .config import Config
from .errors import NotAnOutputFolder, UnsafeOutput
from .infer import load_rules
from .ingest import FileFacts, Ingested, ingest
from .progress import Progress
from .results import Results, build_results
from .store import Store, private_dir, private_file


def check_output(out_dir: Path, archives: list[str | os.PathLike]) -> None:
    """Refuse an output folder inside an archive folder (we never write into an archive)."""
    out = Path(out_dir).resolve()
    for a in archives:
        a = Path(a).resolve()
        if a.is_dir() and (out == a or out.is_relative_to(a)):
            raise UnsafeOutput(
                f"{out_dir}: the output folder is inside the archive {a}; "
                "choose a folder outside it"
            )


def scan(config: Config, archives: list[str | os.PathLike]) -> Results:
    """Read the archive(s), analyse every new photo, and write results.json and report.html."""
    check_output(config.out_dir, archives)
    load_rules(config.rules_dir)  # a bad rule stops the run before any work, in one line
    old_umask = os.umask(0o077)
    try:
        private_dir(config.out_dir)
        store = Store(config.out_dir)
        try:
            with Progress("reading the archive", config.quiet) as bar:
                ingested = ingest(archives, progress=bar.update_to, known=load_file_facts(store))
            save_ingested(store, ingested)
            if config.vision:
                from .vision import analyse  # heavy imports only when models are used

                analyse(config, store)
        finally:
            store.close()
        return report(config)
    finally:
        os.umask(old_umask)


def save_ingested(store: Store, ing: Ingested) -> None:
    store.put_table("photos", ing.photos)
    store.put_table("skipped", pd.DataFrame(ing.skipped, columns=["path", "reason"]))
    store.put_table("notes", pd.DataFrame(ing.notes, columns=["path", "problem"]))
    store.put_table("checkins", ing.checkins)
    store.put_table(
        "files", pd.DataFrame([{"signature": sig, **vars(f)} for sig, f in ing.files.items()])
    )
    store.set_meta(
        paths=ing.paths,
        format=ing.format,
        owner=ing.owner,
        scanned_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )


def load_file_facts(store: Store) -> dict[str, FileFacts]:
    """What earlier runs learned from each file's bytes, by file signature."""
    table = store.get_table("files")
    if table.empty:
        return {}
    table = table.astype(object).where(table.notna(), None)
    return {r.pop("signature"): FileFacts(**r) for r in table.to_dict("records")}


def report(config: Config) -> Results:
    """Re-infer and re-render from `config.out_dir`'s cache; never runs a model."""
    db = Path(config.out_dir) / "exposure.db"
    if not db.is_file():
        raise NotAnOutputFolder(f"{config.out_dir}: no exposure.db here; run `exposure scan` first")
    old_umask = os.umask(0o077)
    try:
        from .tables import load_tables, run_rules

        tables = load_tables(config)
        tables["inferences"] = run_rules(config.rules_dir, tables)
        results = build_results(config, tables)
        results.save(Path(config.out_dir) / "results.json")
        from .report import render

        html_path = Path(config.out_dir) / "report.html"
        html_path.write_text(render(config, results, tables), encoding="utf-8")
        private_file(html_path)
        return results
    finally:
        os.umask(old_umask)
