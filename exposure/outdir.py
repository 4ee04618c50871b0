"""The output folder is exposure's alone: claimed with a marker, held by one run at a time.

`claim` accepts a new folder, an empty one, or one exposure made (its marker `.exposure`, or an
older output folder whose `exposure.db` is exposure's own, which is then marked). Anything else is
refused with one line before anything is written, chmod-ed or deleted. `lock` holds the folder
for one process (an flock on the marker, released when the process ends, however it ends).
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import NotAnOutputFolder, OutputBusy, UnsafeOutput
from .store import STORE_TABLES, corrupt_store, store_problem, table_names

MARKER = ".exposure"  # {"made_by": "exposure", "format": 1, "kind": "scan" | "study"}
FORMAT = 1
STUDY_FILES = ("study.csv", "study.html", "study.parquet")
OTHER_KIND = {"scan": "a study folder of `exposure batch`", "study": "a scan folder"}
_held: dict[Path, tuple[int, int]] = {}  # folder -> (fd, depth): a lock this process holds


def marker(out_dir: Path) -> dict | None:
    """The folder's marker as written by `claim`, or None when it has none (or not ours)."""
    try:
        data = json.loads((Path(out_dir) / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    return data if isinstance(data, dict) and data.get("made_by") == "exposure" else None


def is_ours(out_dir: Path, kind: str = "scan") -> bool:
    """True when exposure made `out_dir` for a run of `kind` (marked, or an older output folder)."""
    out = Path(out_dir)
    if not out.is_dir():
        return False
    mark = marker(out)
    if mark is not None:
        return mark.get("kind", "scan") == kind
    if kind == "study":
        try:
            folders = [d for d in out.iterdir() if d.is_dir()]
        except OSError:
            return False
        return any((out / f).is_file() for f in STUDY_FILES) or any(
            is_exposure_store(d / "exposure.db") for d in folders
        )
    return is_exposure_store(out / "exposure.db")


def is_exposure_store(path: Path) -> bool:
    """True when `path` is an SQLite file holding exposure's tables (opened read-only)."""
    if not Path(path).is_file():
        return False
    try:
        return STORE_TABLES <= table_names(path)
    except sqlite3.Error:
        return False


def check_claim(out_dir: Path, kind: str = "scan") -> None:
    """Refuse `out_dir` unless it is missing, empty or exposure's own; writes nothing.

    Returns None; raises `UnsafeOutput` with the reason and what to do."""
    out = Path(out_dir)
    if not out.exists() and not out.is_symlink():
        return
    if not out.is_dir():
        raise UnsafeOutput(f"{out}: not a folder; give --out a new or empty folder")
    if is_ours(out, kind):
        return
    try:
        entries = sorted(p.name for p in out.iterdir())
    except OSError as exc:
        raise UnsafeOutput(f"{out}: cannot list the folder ({exc.strerror})") from None
    if not entries:
        return
    db = out / "exposure.db"
    problem = store_problem(db) if kind == "scan" and db.is_file() else None
    if problem:
        raise corrupt_store(db, problem)
    other = OTHER_KIND[kind] if is_ours(out, _other(kind)) else None
    shown = ", ".join(entries[:3]) + (", …" if len(entries) > 3 else "")
    what = other or f"a folder exposure did not make (it holds {shown})"
    raise UnsafeOutput(
        f"{out}: {what}; exposure writes only into a new or empty folder, or one it made: "
        "choose another --out"
    )


def _other(kind: str) -> str:
    return "scan" if kind == "study" else "study"


def claim(out_dir: Path, kind: str = "scan") -> Path:
    """Check `out_dir` (see `check_claim`), then create it owner-only and mark it as exposure's.

    Returns the folder."""
    out = Path(out_dir)
    check_claim(out, kind)
    out.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(out, 0o700)
    if marker(out) is None:
        path = out / MARKER
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump({"made_by": "exposure", "format": FORMAT, "kind": kind}, f)
            f.write("\n")
    return out


def require_ours(out_dir: Path) -> Path:
    """`out_dir` when it holds a scan exposure made; returns it, else raises NotAnOutputFolder."""
    out = Path(out_dir)
    if not (out / "exposure.db").is_file():
        raise NotAnOutputFolder(f"{out}: no exposure.db here; run `exposure scan` first")
    if not is_ours(out):
        raise NotAnOutputFolder(
            f"{out}: this exposure.db was not made by exposure (or is damaged); "
            "run `exposure scan ARCHIVE --out NEW_FOLDER` to make a new one"
        )
    return out


@contextmanager
def lock(out_dir: Path) -> Iterator[Path]:
    """Hold `out_dir` (claimed already) for this process for the `with` block; yields the folder.

    A second process gets `OutputBusy` at once. Nested use in one process is allowed."""
    out = Path(out_dir).resolve()
    if out in _held:
        fd, depth = _held[out]
        _held[out] = (fd, depth + 1)
    else:
        fd = os.open(out / MARKER, os.O_RDONLY | os.O_CLOEXEC)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise OutputBusy(
                f"{out_dir}: another exposure run is using this folder; wait until it ends, "
                "or choose another --out"
            ) from None
        _held[out] = (fd, 1)
    try:
        yield Path(out_dir)
    finally:
        fd, depth = _held[out]
        if depth == 1:
            del _held[out]
            os.close(fd)
        else:
            _held[out] = (fd, depth - 1)


@contextmanager
def claimed(out_dir: Path, kind: str = "scan") -> Iterator[Path]:
    """`claim` then `lock`: the folder for one run of `kind`; yields it."""
    with lock(claim(out_dir, kind)) as out:
        yield out
