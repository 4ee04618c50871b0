"""Fuzz ingest with generated hostile exports until `--records` export records have been made.

    python benchmarks/fuzz_exports.py --records 2000 --seed 1

Each example is a whole export from `tests/builders/fuzz_exports.exports` (Facebook 2018 to 2024,
Messenger, Instagram 2021 and 2025, Takeout sidecars, Facebook HTML, folders with FIFOs, sockets
and links, zips with odd names, invalid UTF-8 names, small bombs and nested zips; fields of the
wrong type, huge strings and numbers, deep nesting, odd encodings), ingested in a forked child
within 20 s and 4 GB. Prints the counts: examples, generated records, read (a photo), named (in
skipped, notes or duplicates), lost, escaped exceptions, hangs, unclean values; exits 1 when any
of the last four is not zero, and prints the first problems.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, seed, settings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.builders.fuzz_check import check  # noqa: E402
from tests.builders.fuzz_exports import exports  # noqa: E402


def fuzz(records: int, first_seed: int, batch: int = 50) -> tuple[Counter, list]:
    """Counts over batches of examples until `records` records were generated, and problems."""
    counts: Counter = Counter()
    problems: list = []

    def one(export) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            out = check(export, Path(tmp))
        counts.update(
            examples=1,
            records=out.records,
            read=out.read,
            named=out.named,
            lost=len(out.lost),
            escaped=out.escaped is not None,
            hangs=out.hang,
            unclean=len(out.unclean),
        )
        if out.lost or out.escaped or out.hang or out.unclean:
            problems.append((out.escaped, out.hang, out.lost[:3], out.unclean[:3]))

    round_ = 0
    while counts["records"] < records:
        run = settings(
            max_examples=batch,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )(given(exports())(one))
        try:
            seed(first_seed * 1_000_003 + round_)(run)()
        except Exception as exc:  # noqa: BLE001 - `one` never raises: this is the generator's
            counts["generator_errors"] += 1
            problems.append((f"generator: {type(exc).__name__}: {str(exc)[:200]}",))
        round_ += 1
    return counts, problems


def main() -> int:
    """Run the fuzzer and print its counts; returns the exit status."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    start = time.perf_counter()
    counts, problems = fuzz(args.records, args.seed)
    keys = ["examples", "records", "read", "named", "lost", "escaped", "hangs", "unclean"]
    keys.append("generator_errors")
    print(" ".join(f"{k}={counts[k]}" for k in keys), f"seconds={time.perf_counter() - start:.0f}")
    for problem in problems[:10]:
        print("problem:", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
