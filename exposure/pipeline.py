"""The two runs the CLI offers: `scan` (ingest + vision + report) and `report` (from the cache)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from .config import Config
from .errors import NotAnOutputFolder, UnsafeOutput
from .infer import load_rules
from .ingest import FileFacts, Ingested, ingest
from .people import CORRECTIONS
from .progress import Progress
from .results import Results, build_results
from .store import INGEST_TABLES, Store, private_dir, private_file


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
            inputs = report_inputs(config, store)
            unchanged = inputs is not None and store.meta().get("report_inputs") == inputs
        finally:
            store.close()
        if unchanged:  # same photos, analyses, rules, templates and code: the files stand
            return Results.load(Path(config.out_dir) / "results.json")
        return report(config)
    finally:
        os.umask(old_umask)


def save_ingested(store: Store, ing: Ingested) -> None:
    digest = hashlib.sha256()
    for frame in (ing.photos, ing.checkins):
        digest.update(frame.to_json(date_format="iso", default_handler=str).encode())
    digest.update(
        repr((ing.skipped, ing.notes, ing.paths, ing.format, ing.owner, ing.duplicates)).encode()
    )
    store.put_table("photos", ing.photos)
    store.put_table("skipped", pd.DataFrame(ing.skipped, columns=["path", "reason"]))
    store.put_table("notes", pd.DataFrame(ing.notes, columns=["path", "problem"]))
    store.put_table("duplicates", pd.DataFrame(ing.duplicates, columns=["path", "same_as"]))
    store.put_table("checkins", ing.checkins)
    store.put_table(
        "files", pd.DataFrame([{"signature": sig, **vars(f)} for sig, f in ing.files.items()])
    )
    store.set_meta(
        paths=ing.paths,
        format=ing.format,
        owner=ing.owner,
        scanned_at=datetime.now(UTC).isoformat(timespec="seconds"),
        ingest_digest=digest.hexdigest(),
    )


def report_inputs(config: Config, store: Store) -> str | None:
    """A digest of everything `report` reads, or None when its output files are missing.

    A rescan of an unchanged archive then skips re-inferring and re-rendering: the ingested
    tables and the analyses (count and last row, which a re-analysis moves), the rules, the
    templates, the user's corrections and exposure's own code.
    """
    out = Path(config.out_dir)
    if not ((out / "results.json").is_file() and (out / "report.html").is_file()):
        return None
    h = hashlib.sha256()
    for name in (*INGEST_TABLES, "analyses", "faces"):
        try:
            row = store.db.execute(f"SELECT COUNT(*), MAX(rowid) FROM {name}").fetchone()  # noqa: S608
        except sqlite3.OperationalError:
            row = None
        h.update(repr((name, row)).encode())
    meta = store.meta()
    h.update(repr(meta.get("model_key")).encode())
    h.update(meta.get("ingest_digest", "").encode())
    for folder in (config.rules_dir, config.templates_dir):
        for f in sorted(Path(folder).rglob("*")):
            if f.is_file():
                h.update(f.name.encode() + b"\0" + f.read_bytes())
    corrections = out / CORRECTIONS
    h.update(corrections.read_bytes() if corrections.is_file() else b"-")
    for f in sorted(Path(__file__).parent.rglob("*.py")):
        st = f.stat()
        h.update(f"{f}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()


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
        store = Store(config.out_dir)
        try:
            store.set_meta(report_inputs=report_inputs(config, store))
        finally:
            store.close()
        return results
    finally:
        os.umask(old_umask)
