"""Peak memory as a test can trust it: this process's peak since a point, and a fresh child's own.

`ru_maxrss` cannot tell either: it never goes down, and Linux carries it across `exec`, so a child
started by a large pytest process reports its parent's size. Linux's per-process high-water mark
(`VmHWM`) starts afresh at `exec` and is reset by writing 5 to `/proc/self/clear_refs`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

STATUS = Path("/proc/self/status")
# for a child's script: its own peak in kB (VmHWM), from the moment it started
CHILD_PEAK_KB = (
    "next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM'))"
)


def _status(field: str) -> int:
    """A `kB` field of /proc/self/status (VmHWM, VmRSS)."""
    with STATUS.open() as f:
        return next(int(line.split()[1]) for line in f if line.startswith(field + ":"))


@contextmanager
def growth() -> Iterator[Callable[[], int]]:
    """Within the block, a function giving how far (kB) this process's peak memory has risen
    above its size at the start of the block."""
    Path("/proc/self/clear_refs").write_text("5")  # the peak starts again from the size now
    start = _status("VmRSS")
    yield lambda: _status("VmHWM") - start
