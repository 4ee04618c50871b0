"""Write a generated export (`fuzz_exports.Export`) to disk and ingest it in a forked child,
within a time and memory box: what became of every generated record, and any value the photos
table must not hold."""

from __future__ import annotations

import os
import pickle
import resource
import select
import signal
import socket
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from .common import jpeg
from .fuzz_exports import Export


def write(export: Export, root: Path) -> Path:
    """Write `export` under `root` (a folder, or `root/export.zip`); returns what to ingest.

    A generated name the filesystem cannot hold (a file where a folder must be) is dropped.
    """
    root.mkdir(parents=True, exist_ok=True)
    if export.as_zip:
        return _write_zip(export, root / "export.zip")
    base = root / "export"
    base.mkdir()
    for name, data in list(export.files.items()):
        try:
            (base / name).parent.mkdir(parents=True, exist_ok=True)
            (base / name).write_bytes(data)
        except OSError:
            del export.files[name]
    for name, kind in export.specials:
        _special(base, name, kind)
    return base


def _special(base: Path, name: str, kind: str) -> None:
    p = base / name
    try:
        if kind == "fifo":
            os.mkfifo(p)
        elif kind == "link_fifo":
            os.mkfifo(base / "target.fifo")
            os.symlink(base / "target.fifo", p)
        elif kind == "socket":
            with socket.socket(socket.AF_UNIX) as s:
                s.bind(str(p))
        else:
            target = {"dev": "/dev/zero", "loop": name, "broken": "nowhere", "dir_link": "."}[kind]
            os.symlink(target, p)
    except OSError:  # a socket path over 108 bytes, say: that case is not made
        pass


def _write_zip(export: Export, path: Path) -> Path:
    method = zipfile.ZIP_DEFLATED if export.deflate else zipfile.ZIP_STORED
    with zipfile.ZipFile(path, "w", method) as zf:
        for name, data in export.files.items():
            zf.writestr(name, data)
        for name in export.bad_names:
            zf.writestr(zipfile.ZipInfo(name), jpeg())
    raw = path.read_bytes()
    for name in export.bad_names:
        good = name.encode()
        raw = raw.replace(good, good.replace(b"X", b"\xff"))
    path.write_bytes(raw)
    return path


TEXT_COLUMNS = ("album", "caption", "camera", "upload_ip", "place", "device_id", "thread", "sender")


@dataclass
class Outcome:
    """What became of one generated export."""

    records: int = 0  # generated records that name a media file
    read: int = 0  # ... whose file became a photo
    named: int = 0  # ... named in skipped / notes / duplicates (the file, the uri or the JSON)
    lost: list[tuple[str, str]] = field(default_factory=list)  # (json, uri) neither read nor named
    escaped: str | None = None  # an exception out of ingest (EmptyArchive excepted)
    hang: bool = False
    unclean: list[str] = field(default_factory=list)  # values the photos table must not hold


def check(export: Export, root: Path, seconds: float = 20, memory: int = 4 * 2**30) -> Outcome:
    """Ingest the written export in a forked child, within `seconds` and `memory` bytes of
    address space (a hang or a flood stays in the child), and account for every record."""
    path = write(export, root)
    out = Outcome()
    got = in_child(path, seconds, memory)
    if got is None:
        out.hang = True
        return out
    out.escaped, out.unclean = got["escaped"], got["unclean"]
    if not out.escaped:
        _account(export, got["photos"], got["named"], out)
    return out


def in_child(path: Path, seconds: float, memory: int, run=None) -> dict | None:
    """What `run` (default: a summary of ingesting `path`) returns, run in a forked child; None
    when it ran out of time (the child is killed)."""
    import pandas  # noqa: F401 - imported once here, not in every child

    import exposure.ingest  # noqa: F401

    run = run or _summary
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(read_end)
        try:
            resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
            data = pickle.dumps(run(path))
        except BaseException as exc:  # noqa: BLE001 - reported to the parent
            data = pickle.dumps({"escaped": f"{type(exc).__name__}: {str(exc)[:200]}"})
        with os.fdopen(write_end, "wb") as fh:
            fh.write(data)
        os._exit(0)
    os.close(write_end)
    chunks, end = [], time.monotonic() + seconds
    with os.fdopen(read_end, "rb") as fh:
        while (left := end - time.monotonic()) > 0 and select.select([fh], [], [], left)[0]:
            chunk = os.read(fh.fileno(), 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
        else:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return None
    _, status = os.waitpid(pid, 0)
    if not chunks:
        return {"photos": set(), "named": set(), "unclean": [], "escaped": f"died ({status})"}
    got = pickle.loads(b"".join(chunks))
    return {"photos": set(), "named": set(), "unclean": [], **got}


def _summary(path: Path) -> dict:
    from exposure.errors import EmptyArchive
    from exposure.ingest import ingest

    try:
        ing = ingest([path])
    except EmptyArchive:
        return {"escaped": None}
    except Exception as exc:  # noqa: BLE001 - counted: the property is that none escapes
        return {"escaped": f"{type(exc).__name__}: {str(exc)[:200]}"}
    named = {p for p, r in ing.skipped + ing.notes if r} | {p for p, _ in ing.duplicates}
    return {
        "escaped": None,
        "photos": set(ing.photos["path"]),
        "named": named,
        "unclean": unclean(ing),
    }


def _account(export: Export, photos: set, named: set, out: Outcome) -> None:
    for json_path, uri in export.records:
        local = not uri.startswith("https://")
        if json_path.endswith(".json") and uri + ".json" == json_path and uri not in export.files:
            continue  # a Takeout sidecar whose photo is not in the export: no item to name
        out.records += 1
        if local and uri in photos:
            out.read += 1
        elif uri in named or uri[:120] in named or json_path in named:
            out.named += 1
        else:
            out.lost.append((json_path, uri))


def unclean(ing) -> list[str]:
    """Values the photos table, `skipped` and `notes` must never hold (wrong types, huge text,
    impossible places and times)."""
    import math
    from datetime import UTC, datetime, timedelta

    from exposure.ingest.records import MAX_TEXT

    bad = []
    now = datetime.now(UTC) + timedelta(days=1)
    for row in ing.photos.to_dict("records"):
        for col in TEXT_COLUMNS:
            v = row[col]
            if v is not None and not (isinstance(v, float) and math.isnan(v)):
                if not isinstance(v, str) or len(v) > MAX_TEXT:
                    bad.append(f"{col}={str(v)[:40]!r}")
                elif not _storable(v):
                    bad.append(f"{col} is not storable text")
        for a, b in (("lat", "lon"), ("place_lat", "place_lon")):
            la, lo = row[a], row[b]
            if (
                la is not None
                and not math.isnan(la)
                and not (-90 <= la <= 90 and -180 <= lo <= 180)
            ):
                bad.append(f"{a},{b}={la},{lo}")
        for col in ("taken_at", "uploaded_at"):
            t = row[col]
            if t is not None and t == t and not (datetime(1971, 1, 1, tzinfo=UTC) <= t <= now):
                bad.append(f"{col}={t}")
    for p, r in ing.skipped + ing.notes:
        if not (isinstance(p, str) and isinstance(r, str) and r and len(r) < 1000):
            bad.append(f"entry {str(p)[:40]!r}: {str(r)[:60]!r}")
        try:
            (p + r).encode("utf-8")
        except (UnicodeEncodeError, TypeError):
            bad.append(f"entry {p!r} is not storable text")
    return bad


def _storable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
