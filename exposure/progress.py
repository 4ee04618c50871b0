"""Progress on the terminal: each stage of a run on its own line with its elapsed time (a bar with
rate and ETA where the stage counts photos), and at the end where the time went.

Inside `timed_run` (`exposure scan` and `exposure report`), every `Progress` and `stage` is a stage
of the run: on a terminal its line stays, with its count and time; elsewhere (a log, a pipe) it
writes one line when it ends; `timed_run` prints where the time went. Outside a run (a notebook,
a study's workers), a `Progress` is a bar on a terminal, gone when done, and a `stage` shows
nothing. With --quiet, nothing at all.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TextIO

TICK_S = 0.5  # how often a terminal line's elapsed time is redrawn while nothing else moves


class Run:
    """The stages of one run in order with the seconds spent in each (the time of a stage
    inside another counts for the inner one only)."""

    def __init__(self, quiet: bool, stream: TextIO):
        self.quiet, self.stream = quiet, stream
        self.start = time.monotonic()
        self.seconds: dict[str, float] = {}
        self._open: list[list] = []  # [name, start, seconds of the stages inside it]

    def enter(self, name: str) -> None:
        """A stage begins; returns None."""
        self._open.append([name, time.monotonic(), 0.0])

    def leave(self) -> float:
        """The innermost stage ends; returns its own seconds (without the stages inside it)."""
        name, start, inner = self._open.pop()
        took = time.monotonic() - start
        if self._open:
            self._open[-1][2] += took
        self.seconds[name] = self.seconds.get(name, 0.0) + took - inner
        return took - inner

    def summary(self) -> list[str]:
        """Where the time went: each stage's seconds and share of the whole, then the rest."""
        total = time.monotonic() - self.start
        rows = dict(self.seconds)
        rest = total - sum(rows.values())
        if rows and rest >= 0.05:
            rows["other (imports, the store)"] = rest
        if not rows:
            return [f"where the time went: {duration(total)} in all, no stage had work to do"]
        lines = [f"where the time went ({duration(total)} in all):"]
        width = max((len(name) for name in rows), default=0)
        for name, seconds in rows.items():
            share = 100 * seconds / total if total > 0 else 0.0
            lines.append(f"  {name:{width}}  {duration(seconds):>10}  {share:3.0f}%")
        return lines


_RUN: ContextVar[Run | None] = ContextVar("exposure_run", default=None)


@contextmanager
def timed_run(quiet: bool, stream: TextIO | None = None) -> Iterator[Run]:
    """Collect the stages of the run inside; when it ends without an error, print where the time
    went (unless `quiet`). Inside another run, the outer one collects and prints. Yields the run."""
    outer = _RUN.get()
    if outer is not None:
        yield outer
        return
    run = Run(quiet, stream or sys.stderr)
    token = _RUN.set(run)
    try:
        yield run
    finally:
        _RUN.reset(token)
    if not quiet:
        print("\n".join(run.summary()), file=run.stream, flush=True)


class Progress:
    """`with Progress("analysing photos", quiet, total=n, unit="photo") as bar: bar.update(1)`:
    one stage (see the module's docstring); `total=None` for a stage that counts nothing."""

    def __init__(
        self, desc: str, quiet: bool = False, total: int | None = None, unit: str = "file"
    ):
        self.desc, self.total, self.unit, self.n = desc, total, unit, 0
        self.run = _RUN.get()
        stream = self.run.stream if self.run is not None else sys.stderr
        self.quiet, self.tty = quiet, _isatty(stream)
        self.bar = _bar(self, stream, shown=self.tty and not quiet)
        self._stop, self._ticker = threading.Event(), None
        if self.tty and not quiet and self.run is not None:
            self._ticker = threading.Thread(target=self._tick, daemon=True)
            self._ticker.start()
        if self.run is not None:
            self.run.enter(desc)

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, exc_type, *exc) -> None:
        self._stop.set()
        if self._ticker is not None:
            self._ticker.join()  # no redraw after the last one
        self.bar.close()
        if self.run is None:
            return
        seconds = self.run.leave()
        if exc_type is None and not self.quiet and not self.tty:
            print(f"{self.desc}: {self._done(seconds)}", file=self.run.stream, flush=True)

    def update(self, n: int = 1) -> None:
        """Advance the bar by `n`; returns None."""
        self.n += n
        self.bar.update(n)

    def update_to(self, n: int) -> None:
        """Set the bar to `n` done; returns None."""
        self.update(n - self.n)

    def _done(self, seconds: float) -> str:
        """The stage's end in words: "40 photos in 28.1 s", or the time alone."""
        if self.total is None:
            return duration(seconds)
        things = self.unit if self.n == 1 else f"{self.unit}s"
        return f"{self.n} {things} in {duration(seconds)}"

    def _tick(self) -> None:
        """Redraw the line while the stage waits (loading models moves no count)."""
        while not self._stop.wait(TICK_S):
            self.bar.refresh()


def stage(name: str) -> Progress:
    """A stage that counts nothing (places, people, rules, the report): its own line inside a
    timed run, as quiet as the run; nothing outside one."""
    run = _RUN.get()
    return Progress(name, quiet=run is None or run.quiet)


def duration(seconds: float) -> str:
    """Seconds in words: "0.4 s", "28.1 s", "2 min 05 s", "1 h 12 min"."""
    if seconds < 60:
        return f"{seconds:.1f} s"
    if seconds < 3600:
        return f"{int(seconds // 60)} min {int(seconds % 60):02d} s"
    return f"{int(seconds // 3600)} h {int(seconds % 3600 // 60):02d} min"


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no such method, or a closed stream
        return False


def _bar(progress: Progress, stream: TextIO, shown: bool):
    """The tqdm bar of `progress`: kept on screen inside a run, its count and time alone for a
    stage that counts nothing."""
    from tqdm import tqdm  # here: a rescan of an unchanged archive never draws a bar

    counted = progress.total is not None
    return tqdm(
        total=progress.total,
        desc=progress.desc,
        unit=progress.unit,
        disable=not shown,
        leave=progress.run is not None,
        file=stream,
        dynamic_ncols=True,
        smoothing=0.1,
        bar_format=None if counted else "{desc}: {elapsed_s:.1f} s",
    )
