"""Model files a run derives from the installed ones, built once and shared by its workers.

Some models cost more to build than to read back: dlib's frontal face detector is parsed from a
compressed text stream (0.7-0.8 s of CPU in every worker) and saved in dlib's binary format loads
in 2 ms; the face encoder's ONNX graph is built from dlib's file with the `onnx` package. The first
worker to need such a file builds it under a lock in the run's own cache folder (inside the output
folder, removed at the end of the run), the others and any replacement worker read it. A build is
deterministic (the same installed files give the same bytes) and never downloads anything.

The files built with the `onnx` package (the int8 graphs, the float rewrite, the face encoder) are
all built by one worker (`build_once`): importing `onnx` costs 0.6 s of CPU in a process (its
`ml_dtypes`), paid once a run instead of once a worker.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

FOLDER = "derived"


def derived_file(cache_dir: Path | None, name: str, build: Callable[[Path], None]) -> Path | None:
    """The path of the derived file `name` in `cache_dir`: read as it is when a worker built it
    before, else made by `build(path)` (the first caller does, under a lock; what `build` raises
    is raised). None without a cache folder or when it cannot be written: the caller builds the
    model in memory."""
    if cache_dir is None:
        return None
    folder = Path(cache_dir) / FOLDER
    path = folder / name
    if path.is_file():
        return path
    try:
        import fcntl

        folder.mkdir(mode=0o700, exist_ok=True)
        with open(folder / f"{name}.lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # another worker may be building it: wait
            if not path.is_file():
                part = folder / f"{name}.{os.getpid()}.part"
                try:
                    build(part)
                    os.replace(part, path)
                finally:
                    part.unlink(missing_ok=True)
    except (ImportError, OSError):
        return None
    return path


def build_once(
    cache_dir: Path | None, build: Callable[[], None], meanwhile: Callable[[], None] | None = None
) -> None:
    """Call `build` (which makes derived files with `derived_file`) in the first worker of a run to
    get here, under one lock; the others call `meanwhile` (when given) while it builds, then wait
    for it and find every file made. Returns None; what `build` raises is raised, and the next
    worker to get here tries again. Without a cache folder, nothing is done: each model builds
    what it needs in memory."""
    if cache_dir is None:
        return
    folder = Path(cache_dir) / FOLDER
    done = folder / "all.done"
    if done.is_file():
        return
    try:
        import fcntl

        folder.mkdir(mode=0o700, exist_ok=True)
        lock = open(folder / "all.lock", "a")  # noqa: SIM115 - held for the whole build
    except (ImportError, OSError):
        return
    with lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:  # another worker is building them
            if meanwhile is not None:
                meanwhile()
            fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.is_file():
            build()
            done.touch()
