"""Vision worker processes that the parent hands one batch at a time, so that it always knows
which photos each one holds: a worker that dies (a native crash, killed for memory, SIGKILL) is
replaced, and the photo it held is reported to the parent, which decides whether to try it again.

Each worker loads the models once, says it is ready, then answers batch after batch over its own
pipe. Workers ignore Ctrl-C (the parent handles it) and die with their parent (PR_SET_PDEATHSIG).
"""

from __future__ import annotations

import ctypes
import multiprocessing as mp
import signal
import sys
import zipfile
from collections import deque
from collections.abc import Callable, Iterator
from multiprocessing.connection import wait
from pathlib import Path

from ..errors import ModelError
from ..ingest.archive import read_member
from .analyzer import Analyzer, short_reason
from .model import PhotoResult
from .models import ModelSpec

Batch = list[tuple[str, str, str]]  # (photo_id, container, member)
LOAD_DEATHS = 3  # workers dying while they load the models: the models cannot run here


def _die_with_parent() -> None:
    try:
        ctypes.CDLL("libc.so.6").prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def work(analyzer: Analyzer, batch: Batch) -> list[PhotoResult]:
    """The results of a batch: its photos read again from the archive and analysed (each photo
    named with the reason, should anything outside the models' guards fail)."""
    good, out = [], []
    for photo_id, container, member in batch:
        data = _read(container, member)
        if isinstance(data, str):
            out.append(PhotoResult(photo_id, error=data))
        else:
            good.append((photo_id, data))
    try:
        return out + analyzer.analyse(good)
    except Exception as exc:  # noqa: BLE001 - the photos are listed with the reason
        why = f"analysis failed ({short_reason(exc)})"
        return out + [PhotoResult(photo_id, error=why) for photo_id, _ in good]


def _read(container: str, member: str) -> bytes | str:
    """A photo's bytes again (the archive may be a zip part); an error text if it went away."""
    try:
        return read_member(container, member)
    except (OSError, KeyError, zipfile.BadZipFile) as exc:
        return f"cannot read the file again ({type(exc).__name__})"


def _main(conn, spec: ModelSpec, cache_dir: str, turn: float = 0.0) -> None:
    """A worker: load the models (from the `turn` of their list on, see `Analyzer`), say so, then
    analyse each batch received until told to stop."""
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    try:
        analyzer = Analyzer(spec, Path(cache_dir), turn)
    except Exception as exc:  # noqa: BLE001 - the parent stops the run with this line
        conn.send(
            (
                "failed",
                str(exc) if isinstance(exc, ModelError) else f"cannot load the models ({exc})",
            )
        )
        return
    if "torch" in sys.modules:  # one thread per worker: the workers are the parallelism
        sys.modules["torch"].set_num_threads(1)
    if "cv2" in sys.modules:  # OpenCV's own pool (the text reader's resizes) spins beside it
        sys.modules["cv2"].setNumThreads(1)
    conn.send(("ready", None))
    while True:
        try:
            batch = conn.recv()
        except EOFError:
            return
        if batch is None:
            return
        conn.send(("done", work(analyzer, batch)))


class _Worker:
    """One worker process, its end of the pipe and the batch it holds (None: idle)."""

    def __init__(self, spec: ModelSpec, cache: Path, turn: float = 0.0):
        ctx = mp.get_context("spawn")
        self.conn, child = ctx.Pipe()
        args = (child, spec, str(cache), turn)
        self.process = ctx.Process(target=_main, args=args, daemon=True)
        self.process.start()
        child.close()
        self.ready = False
        self.batch: Batch | None = None

    def give(self, batch: Batch) -> None:
        """Hand the worker a batch."""
        self.batch = batch
        self.conn.send(batch)

    def end(self) -> None:
        """Kill the process (anything it still does is not needed) and wait for it."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()

    def how(self) -> str:
        """How the process ended, in words ("killed by SIGKILL", "exit code 1")."""
        self.process.join()
        code = self.process.exitcode
        if code is not None and code < 0:
            try:
                return f"killed by {signal.Signals(-code).name}"
            except ValueError:
                return f"killed by signal {-code}"
        return f"exit code {code}"


class Crew:
    """`size` worker processes for the models of `spec` (temp files under `cache`), started at
    once; `run` hands them batches; `close` ends them."""

    def __init__(self, spec: ModelSpec, cache: Path, size: int):
        self.spec, self.cache = spec, cache
        size = max(1, size)
        self.workers = [_Worker(spec, cache, i / size) for i in range(size)]
        self.load_deaths = 0
        self.running = True

    def run(
        self, batches: list[Batch], crashed: Callable[[str, str], PhotoResult | None]
    ) -> Iterator[list[PhotoResult]]:
        """The results of each batch as it finishes. A photo whose worker died is given to
        `crashed(photo_id, how)`: its result (not to be tried again) or None (try it again); the
        photos of a larger batch are each tried again alone."""
        queue = deque(batches)
        while queue or any(w.batch for w in self.workers):
            for w in self.workers:
                if w.ready and w.batch is None and queue:
                    w.give(queue.popleft())
            wait([w.conn for w in self.workers] + [w.process.sentinel for w in self.workers])
            for i, w in enumerate(self.workers):
                msg = self._message(w)
                if msg == "dead":
                    yield from self._replace(i, queue, crashed)
                elif msg is not None and msg[0] == "done":
                    w.batch = None
                    yield msg[1]

    def wait_ready(self) -> None:
        """Return once a worker has loaded the models (or one died: `run` replaces it); raises
        ModelError when one cannot load them."""
        while not any(w.ready for w in self.workers):
            wait([w.conn for w in self.workers] + [w.process.sentinel for w in self.workers])
            if any(self._message(w) == "dead" for w in self.workers):
                return

    def _message(self, w: _Worker):
        """The worker's next message, "dead" when it has died, None when it has nothing."""
        try:
            if w.conn.poll():
                msg = w.conn.recv()
                if msg[0] == "failed":
                    raise ModelError(msg[1])
                if msg[0] == "ready":
                    w.ready = True
                return msg
        except (EOFError, OSError):
            return "dead"
        return "dead" if not w.process.is_alive() else None

    def _replace(self, i: int, queue: deque, crashed) -> Iterator[list[PhotoResult]]:
        """Replace dead worker `i`; what it held goes back to the queue or to `crashed`."""
        w = self.workers[i]
        how = w.how()
        w.end()
        held = w.batch
        if not held:
            self.load_deaths += 1
            if self.load_deaths >= LOAD_DEATHS:
                raise ModelError(f"the vision workers die while loading the models ({how})")
        elif len(held) > 1:
            queue.extend([item] for item in held)
        else:
            result = crashed(held[0][0], how)
            if result is None:
                queue.append(held)
            else:
                yield [result]
        self.workers[i] = _Worker(self.spec, self.cache, i / len(self.workers))

    def close(self) -> None:
        """End every worker at once."""
        for w in self.workers:
            w.end()
        self.running = False
