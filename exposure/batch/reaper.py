"""Ends the processes a batch run's local Ray left behind, and removes its DIR/.ray.

Ray's own reaper ends most of a local cluster when the driver dies, but not its agents (they wait
on a GCS that is gone). Every process of the local cluster inherits MARKER=<DIR/.ray> in its
environment and holds its log files open; `sweep` ends those, by process id. A watchdog (this
file run as a script, in its own session) waits for the driver to close its stdin, or to die,
and then sweeps (sparing the driver): so a SIGKILLed driver leaves nothing running. Standard
library only: it runs as a script, outside the package.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

MARKER = "EXPOSURE_BATCH_RAY"


def marked(temp: Path, spare: int | None = None) -> list[int]:
    """Ids of the processes of a run on `temp` (but this one and `spare`): their environment
    names it, or they hold a file in it open (a process that wrote its title over its environment;
    SPT_NOENV, set by ray_env, keeps Ray's from doing so)."""
    return [
        int(pid)
        for pid in filter(str.isdigit, os.listdir("/proc"))
        if int(pid) not in (os.getpid(), spare) and _of_run(Path("/proc", pid), temp)
    ]


def _of_run(proc: Path, temp: Path) -> bool:
    try:
        if f"{MARKER}={temp}".encode() in (proc / "environ").read_bytes().split(b"\0"):
            return True
        inside = str(temp) + "/"
        return any(os.readlink(fd).startswith(inside) for fd in (proc / "fd").iterdir())
    except OSError:  # gone, or not ours
        return False


def sweep(temp: Path, spare: int | None = None, rounds: int = 25) -> int:
    """SIGKILL what a run on `temp` left running, remove `temp`; the number of processes ended.

    Several rounds: a process that was being forked while the last round listed /proc (a worker
    a dying raylet was starting) shows up in the next one.
    """
    ended = 0
    quiet = 0
    for _ in range(rounds):
        pids = marked(temp, spare)
        for pid in pids:
            try:
                os.kill(pid, signal.SIGKILL)
                ended += 1
            except OSError:
                pass
        quiet = quiet + 1 if not pids else 0
        if quiet >= 3:
            break
        time.sleep(0.2)
    shutil.rmtree(temp, ignore_errors=True)
    return ended


def watch(temp: Path) -> subprocess.Popen:
    """Start the watchdog; close its stdin (`stop`) when the run ends."""
    env = {k: v for k, v in os.environ.items() if k != MARKER}
    return subprocess.Popen(
        [sys.executable, "-I", __file__, str(temp), str(os.getpid())],
        stdin=subprocess.PIPE,
        env=env,
        start_new_session=True,
    )


def stop(watchdog: subprocess.Popen) -> None:
    """Let the watchdog sweep now, and wait for it."""
    watchdog.stdin.close()
    try:
        watchdog.wait(timeout=30)
    except subprocess.TimeoutExpired:
        watchdog.kill()


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    sys.stdin.buffer.read()  # returns when the driver closes the pipe or dies
    sweep(Path(sys.argv[1]), spare=int(sys.argv[2]))
