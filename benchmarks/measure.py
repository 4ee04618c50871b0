"""Run a command and measure it: wall time and the peak RSS of its whole process tree."""

from __future__ import annotations

import subprocess
import threading
import time

import psutil


def run_measured(cmd: list[str], env: dict, interval: float = 0.05) -> tuple[float, int, str, str]:
    """(seconds, peak RSS in bytes summed over the process and its children, stdout, stderr);
    exits with the command's stderr when it fails."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    peak = [0]

    def poll():
        p = psutil.Process(proc.pid)
        while proc.poll() is None:
            try:
                tree = [p, *p.children(recursive=True)]
                peak[0] = max(peak[0], sum(q.memory_info().rss for q in tree))
            except psutil.Error:
                pass
            time.sleep(interval)

    t = threading.Thread(target=poll, daemon=True)
    t.start()
    out, err = proc.communicate()
    dt = time.perf_counter() - t0
    t.join()
    if proc.returncode:
        raise SystemExit(f"{cmd[:4]} failed:\n{err[-3000:]}")
    return dt, peak[0], out, err
