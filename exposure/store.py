"""The output folder's SQLite database: the ingested tables and the per-photo vision cache.

Vision results are keyed by (photo content hash, model identity), so a re-run only analyses new
photos or photos not yet seen by the current models. WAL mode and one commit per finished photo
batch make an interrupted scan resume where it stopped, with nothing half-written.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import CorruptStore

if TYPE_CHECKING:  # pandas is imported by the methods that build frames: a rescan needs none
    import pandas as pd

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS analyses (
    photo_id TEXT, model_key TEXT, error TEXT, alt_text TEXT, thumb BLOB, errors TEXT,
    PRIMARY KEY (photo_id, model_key));
CREATE TABLE IF NOT EXISTS crashes (
    photo_id TEXT, model_key TEXT, times INTEGER, PRIMARY KEY (photo_id, model_key));
CREATE TABLE IF NOT EXISTS detections (
    photo_id TEXT, model_key TEXT, label TEXT, score REAL,
    x0 REAL, y0 REAL, x1 REAL, y1 REAL, model TEXT);
CREATE INDEX IF NOT EXISTS detections_photo ON detections (photo_id, model_key);
CREATE TABLE IF NOT EXISTS labels (
    photo_id TEXT, model_key TEXT, label TEXT, score REAL, model TEXT, tag TEXT);
CREATE INDEX IF NOT EXISTS labels_photo ON labels (photo_id, model_key);
CREATE TABLE IF NOT EXISTS faces (
    face_id TEXT PRIMARY KEY, photo_id TEXT, model_key TEXT,
    top INTEGER, right INTEGER, bottom INTEGER, left INTEGER, encoding BLOB, thumb BLOB,
    age REAL, band TEXT);
CREATE INDEX IF NOT EXISTS faces_photo ON faces (photo_id, model_key);
CREATE TABLE IF NOT EXISTS texts (
    photo_id TEXT, model_key TEXT, model TEXT, text TEXT, score REAL,
    x0 INTEGER, y0 INTEGER, x1 INTEGER, y1 INTEGER);
CREATE INDEX IF NOT EXISTS texts_photo ON texts (photo_id, model_key);
"""
# Columns added since a table was first made: an older exposure.db gains them when opened.
ADDED_COLUMNS = {"faces": (("age", "REAL"), ("band", "TEXT")), "analyses": (("errors", "TEXT"),)}
VISION_TABLES = ("detections", "labels", "faces", "texts")  # the models' rows, by model_key
INGEST_TABLES = ("photos", "skipped", "notes", "checkins")
SQLITE_MAGIC = b"SQLite format 3\x00"
STORE_TABLES = {"analyses"}  # the table every exposure.db has had


def private_dir(path: Path) -> Path:
    """Create `path` (and parents that are missing) readable by the owner only."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path, 0o700)
    return path


def private_file(path: Path) -> Path:
    """Make sure a file we wrote is readable by the owner only."""
    if path.exists():
        os.chmod(path, 0o600)
    return path


@contextmanager
def private_umask() -> Iterator[None]:
    """Files and folders created inside the block are readable by the owner only."""
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


def store_problem(path: Path) -> str | None:
    """Why the file at `path` is not an exposure.db we may open (damaged, another program's
    database), read without writing; None when it is ours, empty or missing."""
    try:
        with open(path, "rb") as f:
            head = f.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"cannot be read ({exc.strerror})"
    if not head:
        return None
    if head != SQLITE_MAGIC:
        return "is not an SQLite database (damaged, or another program's file)"
    try:
        names = table_names(path, timeout=60)
    except sqlite3.Error as exc:
        return f"is a damaged database ({exc})"
    if names and not STORE_TABLES <= names:
        return "is another program's database (it lacks exposure's tables)"
    return None


def table_names(path: Path, timeout: float = 5) -> set[str]:
    """The names in the SQLite file `path`'s schema, read with the file opened read-only; raises
    sqlite3.Error when it cannot be read."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=timeout)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    finally:
        con.close()


def corrupt_store(path: Path, reason: str) -> CorruptStore:
    """The one-line error for an exposure.db that cannot be used, with the fix."""
    return CorruptStore(
        f"{path}: {reason}; move it away (or delete it) and scan again: every photo is then "
        "analysed anew"
    )


@contextmanager
def store_errors(out_dir: Path) -> Iterator[None]:
    """Turn an SQLite error met while using `DIR/exposure.db` into `CorruptStore`."""
    try:
        yield
    except Exception as exc:  # pandas wraps SQLite's errors in its own DatabaseError
        damage = _damage(exc)
        if damage is None:
            raise
        raise corrupt_store(Path(out_dir) / "exposure.db", f"is damaged ({damage})") from None


def _damage(exc: BaseException | None) -> sqlite3.DatabaseError | None:
    """The SQLite error that says the file is damaged, in `exc` or its causes; None if none
    (a locked, read-only or full disk is an OperationalError: not damage)."""
    while exc is not None:
        if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError):
            return exc
        exc = exc.__cause__ or exc.__context__
    return None


class Store:
    """`DIR/exposure.db`: open once per run; every write is its own short transaction."""

    def __init__(self, out_dir: Path):
        self.path = Path(out_dir) / "exposure.db"
        problem = store_problem(self.path)
        if problem is not None:  # before anything is written into another program's file
            raise corrupt_store(self.path, problem)
        fd = os.open(self.path, os.O_CREAT | os.O_RDWR, 0o600)
        os.close(fd)
        self.db = sqlite3.connect(self.path, timeout=60)
        try:
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(SCHEMA)
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self.db.close()
            raise corrupt_store(self.path, f"is damaged ({exc})") from None
        for extra in ("-wal", "-shm"):
            private_file(Path(str(self.path) + extra))

    def _migrate(self) -> None:
        """Add the columns that an exposure.db made by an older exposure lacks."""
        for table, columns in ADDED_COLUMNS.items():
            have = {row[1] for row in self.db.execute(f"PRAGMA table_info({table})")}
            with self.db:
                for name, kind in columns:
                    if name not in have:
                        self.db.execute(f"ALTER TABLE {table} ADD COLUMN {name} {kind}")

    def close(self) -> None:
        """Close the database connection."""
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- ingest tables -------------------------------------------------------------------------
    def put_table(self, name: str, frame: pd.DataFrame) -> None:
        """Replace the table `name` with `frame` (times stored as ISO text)."""
        import pandas as pd

        frame = frame.copy()
        for col in frame.columns:
            if pd.api.types.is_datetime64_any_dtype(frame[col]):
                frame[col] = frame[col].map(lambda t: None if pd.isna(t) else t.isoformat())
        with self.db:
            frame.to_sql(name, self.db, if_exists="replace", index=False)

    def get_table(self, name: str, times: tuple[str, ...] = ()) -> pd.DataFrame:
        """The table `name` (empty when missing), with the `times` columns as UTC times."""
        import pandas as pd

        try:
            frame = pd.read_sql_query(f"SELECT * FROM {name}", self.db)  # noqa: S608 - our names
        except (pd.errors.DatabaseError, sqlite3.OperationalError):
            return pd.DataFrame()
        for col in times:
            if col in frame:
                frame[col] = pd.to_datetime(frame[col], utc=True, format="ISO8601")
        return frame

    def set_meta(self, **values) -> None:
        """Store each keyword as a JSON value under its name in `meta`."""
        with self.db:
            self.db.executemany(
                "INSERT OR REPLACE INTO meta VALUES (?, ?)",
                [(k, json.dumps(v, default=str)) for k, v in values.items()],
            )

    def meta(self, *keys: str) -> dict:
        """Every `meta` value by key, JSON-decoded (only those of `keys`, when given)."""
        if not keys:
            return {k: json.loads(v) for k, v in self.db.execute("SELECT key, value FROM meta")}
        marks = ",".join("?" * len(keys))
        rows = self.db.execute(f"SELECT key, value FROM meta WHERE key IN ({marks})", keys)  # noqa: S608
        return {k: json.loads(v) for k, v in rows}

    # --- vision cache --------------------------------------------------------------------------
    def done(self, model_key: str) -> set[str]:
        """The ids of the photos already analysed with `model_key`."""
        rows = self.db.execute("SELECT photo_id FROM analyses WHERE model_key = ?", (model_key,))
        return {r[0] for r in rows}

    def put_analysis(self, model_key: str, result) -> None:
        """Store one photo's vision result atomically (all of it, or nothing): its rows by table
        (`result.rows`: table -> [{column: value}], as each model made them), replacing the
        photo's earlier rows of `model_key`, and its `analyses` row (error, alt text, thumbnail,
        the models that failed on it)."""
        pid = result.photo_id
        with self.db:
            for table in dict.fromkeys([*VISION_TABLES, *result.rows]):
                self.db.execute(
                    f"DELETE FROM {_name(table)} WHERE photo_id = ? AND model_key = ?",  # noqa: S608
                    (pid, model_key),
                )
            for table, rows in result.rows.items():
                if not rows:
                    continue
                columns = ["photo_id", "model_key", *map(_name, rows[0])]
                self.db.executemany(
                    f"INSERT OR REPLACE INTO {_name(table)} ({', '.join(columns)}) "  # noqa: S608
                    f"VALUES ({', '.join('?' * len(columns))})",
                    [(pid, model_key, *(row[c] for c in columns[2:])) for row in rows],
                )
            errors = json.dumps(result.errors) if result.errors else None
            self.db.execute(
                "INSERT OR REPLACE INTO analyses (photo_id, model_key, error, alt_text, thumb, "
                "errors) VALUES (?,?,?,?,?,?)",
                (pid, model_key, result.error, result.alt_text, result.thumb, errors),
            )

    def count_crash(self, model_key: str, photo_id: str) -> int:
        """Count one more worker that died analysing `photo_id` with `model_key`: the count."""
        with self.db:
            self.db.execute(
                "INSERT INTO crashes VALUES (?, ?, 1) ON CONFLICT (photo_id, model_key) "
                "DO UPDATE SET times = times + 1",
                (photo_id, model_key),
            )
        row = self.db.execute(
            "SELECT times FROM crashes WHERE photo_id = ? AND model_key = ?", (photo_id, model_key)
        ).fetchone()
        return int(row[0])

    def vision_tables(self, model_key: str) -> dict[str, pd.DataFrame]:
        """analyses, detections, labels, faces (with age and band) and texts of `model_key`, as
        DataFrames; texts strongest first within each photo."""
        import pandas as pd

        q = lambda sql: pd.read_sql_query(sql, self.db, params=(model_key,))  # noqa: E731
        faces = q(
            "SELECT face_id, photo_id, top, right, bottom, left, encoding, thumb, age, band "
            "FROM faces WHERE model_key = ?"
        )
        return {
            "analyses": q(
                "SELECT photo_id, error, alt_text, thumb, errors FROM analyses WHERE model_key = ?"
            ),
            "detections": q(
                "SELECT photo_id, label, score, x0, y0, x1, y1, model "
                "FROM detections WHERE model_key = ?"
            ),
            "labels": q(
                "SELECT photo_id, label, score, model, tag FROM labels WHERE model_key = ?"
            ),
            "faces": faces,
            "texts": q(
                "SELECT photo_id, text, score, x0, y0, x1, y1, model FROM texts "
                "WHERE model_key = ? ORDER BY photo_id, score DESC, rowid"
            ),
        }


def _name(name: str) -> str:
    """`name` as a table or column name, refused unless it is a plain identifier."""
    if not name.isidentifier():
        raise ValueError(f"not a table or column name: {name!r}")
    return name
