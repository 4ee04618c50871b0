"""`exposure check PHOTO... --against DIR`: what posting these photos would add to a scan's claims.

`check(photos, against)` reads the photos (each must be an image: one line naming it otherwise),
copies DIR's store into a run folder of its own inside DIR (`vision.pool.new_cache`, removed at
the end) while it holds DIR's lock, adds the photos that DIR's archive does not already hold (as
if posted now), analyses them with the models of DIR's scan (the content-hash cache serves the
rest), derives and infers on the copy, and compares the claims with DIR's current ones
(`report.additions`). DIR's exposure.db, results.json and report.html are never written.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .config import CORRECTIONS, Config, bundled
from .errors import ModelError, PhotoNotReadable
from .ingest.limits import MAX_PHOTO_BYTES, Refused, not_regular, read_bounded
from .outdir import claimed, require_ours
from .report.saved import Results
from .store import Store, corrupt_store, private_umask, store_errors, store_problem

SMALL = 4  # up to this many new photos are analysed in this process (no worker to start)


@dataclass
class Photo:
    """One photo given to `check`: its path as given, its content id, and its bytes."""

    path: str
    photo_id: str
    data: bytes


def check(
    photos: list[str | os.PathLike],
    against: str | os.PathLike,
    models_dir: str | os.PathLike | None = None,
    rules_dir: str | os.PathLike | None = None,
    quiet: bool = True,
    workers: int = 0,
) -> dict:
    """What `photos` would add to the claims of the scan in `against`; returns the check
    document (`report.additions.check_document`: `exposes` is True when anything new would be
    exposed, `additions` says what and names the photos that do it).

    Raises `PhotoNotReadable` for a photo that is no readable image, `NotAnOutputFolder` for a
    folder that holds no scan, `ModelError` when the models given are not those of the scan.
    """
    from .infer import load_rules
    from .report.additions import additions, check_document

    out = require_ours(Path(against))
    rules = Path(rules_dir) if rules_dir else bundled("rules")
    if rules_dir:
        load_rules(rules)  # a bad rule file: one line, before any work
    given = [read_photo(p) for p in photos]
    with private_umask(), run_folder(out) as run:
        saved = snapshot(out, run)
        with store_errors(run), Store(run) as store:
            known = _known_ids(store)
            fresh = [p for p in given if p.photo_id not in known]
            listed = [
                {"path": p.path, "photo_id": p.photo_id, "known": p.photo_id in known}
                for p in given
            ]
            if not fresh:
                return check_document(str(against), listed, [])
            config = _config(run, store, models_dir, rules, quiet, workers, len(fresh))
            before = _current_claims(out, config, store, saved)
            _add_photos(store, run, fresh)
            if config.vision:
                from .vision.pool import analyse

                analyse(config, store)
                _unreadable(store, fresh)
        after = _claims(config)
    new_photos: dict[str, list[str]] = {}
    for p in fresh:
        new_photos.setdefault(p.photo_id, []).append(p.path)
    return check_document(str(against), listed, additions(before, after, new_photos))


def read_photo(path: str | os.PathLike) -> Photo:
    """The photo at `path` read whole, with its content id; raises `PhotoNotReadable` naming it
    and the reason when it is missing, not a regular file, too large, or no image."""
    from .ingest import examine

    p = Path(path)
    if not p.exists():
        raise PhotoNotReadable(f"{path}: no such file")
    if reason := not_regular(p):
        raise PhotoNotReadable(f"{path}: {reason}")
    try:
        data = read_bounded(p, MAX_PHOTO_BYTES)
    except Refused as exc:
        raise PhotoNotReadable(f"{path}: {exc}") from None
    except OSError as exc:
        raise PhotoNotReadable(f"{path}: cannot read ({exc.strerror})") from None
    facts = examine(data)
    if facts.kind != "image" or facts.photo_id is None:
        raise PhotoNotReadable(f"{path}: {facts.reason or 'not a photo'}")
    return Photo(os.fspath(path), facts.photo_id, data)


@contextmanager
def run_folder(out: Path) -> Iterator[Path]:
    """A new private folder for this check inside the scan folder `out`, removed at the end."""
    from .vision.pool import new_cache

    run = new_cache(out)
    try:
        yield run
    finally:
        shutil.rmtree(run, ignore_errors=True)


def snapshot(out: Path, run: Path) -> Results | None:
    """Copy the scan's store (and corrections.yaml) into `run`, holding the scan folder's lock
    while reading; returns its results.json as it was then (None when missing or damaged)."""
    from .rescan import saved_results

    db = out / "exposure.db"
    if problem := store_problem(db):
        raise corrupt_store(db, problem)
    with claimed(out), store_errors(out):
        source = sqlite3.connect(db, timeout=60)  # read only: closing it leaves the file as is
        target = sqlite3.connect(run / "exposure.db")
        try:
            source.backup(target)
        finally:
            source.close()
            target.close()
        corrections = out / CORRECTIONS
        if corrections.is_file():
            (run / CORRECTIONS).write_bytes(read_bounded(corrections, MAX_PHOTO_BYTES))
        return saved_results(out)


def _known_ids(store: Store) -> set[str]:
    """The ids of the photos the scanned archive holds."""
    photos = store.get_table("photos")
    return set(photos["photo_id"]) if "photo_id" in photos else set()


def _config(run, store, models_dir, rules: Path, quiet: bool, workers: int, n: int) -> Config:
    """The settings to analyse the new photos with: the models of the scan (with or without
    text, as it was made); no models when it was made without any. Raises `ModelError` when
    `models_dir` does not give the scan's models."""
    from .vision.models import model_spec

    key = store.meta("model_key").get("model_key")
    config = Config(
        out_dir=run,
        models_dir=models_dir,
        rules_dir=rules,
        quiet=quiet,
        workers=1 if n <= SMALL else workers,
        vision=bool(key),
    )
    if not key:
        return config
    for text in (True, False):
        spec = model_spec(config.models_dir, text=text)
        if spec.key == key:
            config.text = text
            return config
    raise ModelError(
        f"{run.parent}: it was scanned with other models ({store.meta('models').get('models')}); "
        "give the --models folder of that scan (or scan it again with these)"
    )


def _current_claims(out: Path, config: Config, store: Store, saved) -> list[dict]:
    """The scan's claims as its results.json gives them when it is up to date with these rules
    (see `rescan.report_inputs`), else inferred anew from the copy of its store."""
    from .rescan import report_inputs

    if saved is not None:
        current = Config(out_dir=out, rules_dir=config.rules_dir)
        stored = store.meta("report_inputs").get("report_inputs")
        if stored is not None and report_inputs(current, store) == stored:
            return saved.inferences
    return _claims(config)


def _claims(config: Config) -> list[dict]:
    """The claims inferred from the store in `config.out_dir`, as results.json gives them."""
    import json

    from .analysis import Analysis

    with Analysis.from_config(config) as analysis:
        inferences = analysis.tables["inferences"]
    return json.loads(Results({"inferences": inferences}).to_json())["inferences"]


def _add_photos(store: Store, run: Path, fresh: list[Photo]) -> None:
    """Add `fresh` to the copy's photos table, read as a folder export and uploaded now (a photo
    without its own capture time is dated now)."""
    import pandas as pd

    from .ingest import ingest

    folder = run / "photos"
    folder.mkdir()
    names: set[str] = set()
    for i, photo in enumerate(fresh):
        name = Path(photo.path).name
        name = name if name not in names and not name.startswith(".") else f"{i}-{name}"
        names.add(name)
        (folder / name).write_bytes(photo.data)
    new = ingest([folder]).photos
    new["uploaded_at"] = pd.Timestamp(datetime.now(UTC))
    old = store.get_table("photos", ("taken_at", "uploaded_at"))
    store.put_table("photos", pd.concat([old, new], ignore_index=True) if len(old) else new)


def _unreadable(store: Store, fresh: list[Photo]) -> None:
    """Raise `PhotoNotReadable` for a new photo that the models could not decode."""
    key = store.meta("model_key")["model_key"]
    for photo in fresh:
        row = store.db.execute(
            "SELECT error FROM analyses WHERE photo_id = ? AND model_key = ?", (photo.photo_id, key)
        ).fetchone()
        if row is not None and row[0]:
            raise PhotoNotReadable(f"{photo.path}: {row[0]}")
