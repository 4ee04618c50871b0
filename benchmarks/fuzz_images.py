"""The image fuzzer at scale: generated hostile images through decode and every vision model.

    EXPOSURE_MODELS=../shared/models python benchmarks/fuzz_images.py --images 5000 --seed 1

hypothesis draws the recipes (tests/builders/fuzz_images.py: every Pillow mode and container, sides
1-30,000 px, aspect ratios to 1:10,000, 1-300 frames, each EXIF orientation, header-stated bombs,
cut and bit-flipped bytes; `--large` of them with up to 30 MP). Worker processes load every model
once and analyse one image at a time; one that takes longer than `--timeout` seconds is a hang
(killed and replaced), one that dies is a crash. Printed: images generated (and those the encoder
refused), analysed, named errors by reason, escaped exceptions, crashes, hangs, the peak RSS of a
worker while it analysed one image (its making left out) and which image, time. Exit status 1 when anything escaped or hung.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from multiprocessing.connection import wait
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.builders.fuzz_images import analyse, analyser, make, recipes  # noqa: E402


def generate(count: int, seed: int, large: float) -> list:
    """`count` recipes drawn by hypothesis from `seed` (generation only: no shrinking)."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as seeded

    drawn: list = []

    @seeded(seed)
    @settings(
        max_examples=count,
        database=None,
        phases=[Phase.generate],
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(recipes(large=large))
    def draw(recipe):
        drawn.append(recipe)

    draw()
    return drawn


def _peak_kb() -> int:
    """This process's peak resident memory (kB) since it started or since `_reset_peak`."""
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmHWM"))


def _reset_peak() -> None:
    """Start this process's peak resident memory afresh (Linux), so that the peak after an
    image is its analysis's alone, not the generator's."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass


def _worker(conn, models_dir: str, cache: str) -> None:
    """Load the models, then answer (outcome, detail, seconds, peak kB) for each recipe sent."""
    models = analyser(Path(models_dir), Path(cache))
    conn.send(("ready", "", 0.0, _peak_kb()))
    while True:
        index, recipe = conn.recv()
        try:
            data = make(recipe)
        except Exception as exc:  # noqa: BLE001 - the encoder refused: not an image to test
            conn.send(("unmade", type(exc).__name__, 0.0, _peak_kb()))
            continue
        _reset_peak()
        start = time.perf_counter()
        try:
            error = analyse(models, f"fuzz{index}", data)
            outcome, detail = ("analysed", "") if error is None else ("named", error)
        except BaseException as exc:  # noqa: BLE001 - what the property forbids, counted
            outcome, detail = "escaped", f"{type(exc).__name__}: {str(exc)[:200]}"
        conn.send((outcome, detail, time.perf_counter() - start, _peak_kb()))


class Pool:
    """Worker processes fed one recipe at a time; a hang is killed and the worker replaced."""

    def __init__(self, workers: int, models_dir: str, timeout: float):
        self.models_dir, self.timeout = models_dir, timeout
        self.cache = tempfile.mkdtemp(prefix="exposure-fuzz-")
        self.ctx = mp.get_context("spawn")
        self.procs = [self._start() for _ in range(workers)]

    def _start(self):
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=_worker, args=(child, self.models_dir, self.cache))
        proc.daemon = True
        proc.start()
        child.close()
        self.loaded_kb = max(getattr(self, "loaded_kb", 0), parent.recv()[3])  # models loaded
        return [proc, parent, None, 0.0]  # process, pipe, job, sent at

    def run(self, recipes: list, on_result) -> None:
        """Analyse every recipe, calling on_result(index, outcome, detail, seconds, peak kB,
        worker slot)."""
        queue = list(enumerate(recipes))[::-1]
        while queue or any(p[2] is not None for p in self.procs):
            for slot in self.procs:
                if slot[2] is None and queue:
                    slot[2], slot[3] = queue.pop(), time.monotonic()
                    slot[1].send(slot[2])
            ready = wait([p[1] for p in self.procs if p[2] is not None], timeout=1.0)
            for i, slot in enumerate(self.procs):
                if slot[2] is None:
                    continue
                if slot[1] in ready:
                    try:
                        outcome, detail, seconds, peak = slot[1].recv()
                    except (EOFError, OSError):
                        code = slot[0].exitcode
                        self._replace(i, on_result, "crashed", f"worker died (exit {code})")
                        continue
                    on_result(slot[2][0], outcome, detail, seconds, peak, i)
                    slot[2] = None
                elif time.monotonic() - slot[3] > self.timeout:
                    self._replace(i, on_result, "hung", f"over {self.timeout:.0f} s")

    def _replace(self, i: int, on_result, outcome: str, detail: str) -> None:
        proc, _, job, sent = self.procs[i]
        proc.kill()
        proc.join()
        on_result(job[0], outcome, detail, time.monotonic() - sent, 0, i)
        self.procs[i] = self._start()

    def close(self) -> None:
        """End the workers and remove their cache folder."""
        for proc, conn, _, _ in self.procs:
            proc.kill()
            proc.join()
            conn.close()
        shutil.rmtree(self.cache, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--images", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before a hang")
    parser.add_argument("--large", type=float, default=0.01, help="share of images up to 30 MP")
    args = parser.parse_args()
    models_dir = os.environ.get("EXPOSURE_MODELS")
    if not models_dir:
        sys.exit("set EXPOSURE_MODELS to the offline models folder")
    from exposure.vision.models import model_spec

    print("models:", model_spec(Path(models_dir), text=True).description, flush=True)
    start = time.perf_counter()
    drawn = generate(args.images, args.seed, args.large)
    print(f"generated {len(drawn)} recipes in {time.perf_counter() - start:.0f} s", flush=True)
    counts, reasons, bad = Counter(), Counter(), []
    peak = {"kb": 0, "at": "", "loaded": 0}
    seconds: list[float] = []

    def on_result(index, outcome, detail, took, kb, worker):
        counts[outcome] += 1
        seconds.append(took)
        if outcome == "named":
            reasons[detail.split(" (")[0]] += 1
        if outcome in ("escaped", "crashed", "hung"):
            bad.append(f"{outcome}: {detail} <- {drawn[index]}")
            print(bad[-1], flush=True)
        if kb > peak["kb"]:
            peak["kb"], peak["at"] = kb, str(drawn[index])
        done = sum(counts.values())
        if done % 250 == 0:
            print(
                f"{done}/{len(drawn)} {dict(counts)} {time.perf_counter() - start:.0f} s",
                flush=True,
            )

    pool = Pool(args.workers, models_dir, args.timeout)
    peak["loaded"] = pool.loaded_kb
    try:
        pool.run(drawn, on_result)
    finally:
        pool.close()
    report(args, drawn, counts, reasons, bad, peak, seconds, time.perf_counter() - start)
    return 1 if bad else 0


def report(args, drawn, counts, reasons, bad, peak, seconds, elapsed) -> None:
    """Print the counts."""
    tested = len(drawn) - counts["unmade"]
    print(f"\nfuzz_images --images {args.images} --seed {args.seed} --workers {args.workers}")
    print(f"generated: {len(drawn)} ({counts['unmade']} refused by the encoder, {tested} tested)")
    print(f"analysed: {counts['analysed']}")
    print(f"named errors: {counts['named']}")
    for reason, n in reasons.most_common():
        print(f"  {n:5d}  {reason}")
    print(f"escaped exceptions: {counts['escaped']}")
    print(f"crashed workers: {counts['crashed']}")
    print(f"hangs (over {args.timeout:.0f} s): {counts['hung']}")
    for line in bad[:30]:
        print("  ", line)
    slowest = max(seconds, default=0.0)
    print(
        f"peak RSS of a worker analysing one image: {peak['kb'] / 1024:.0f} MB, on {peak['at']} "
        f"({peak['loaded'] / 1024:.0f} MB with the models loaded)"
    )
    print(f"time: {elapsed:.0f} s; slowest image {slowest:.1f} s")


if __name__ == "__main__":
    sys.exit(main())
