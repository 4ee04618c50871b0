"""benchmarks/lives.py's figures, with remove-to-hide checked as a deletion for some rules only.

    EXPOSURE_TEST_DATA=../shared/data python benchmarks/lives_hide_some.py --seeds 0-99 \
        [--rules life_events.new_home] [--words own|heldout] [--cache FILE] [--dump FILE]

`lives.py --hide` re-derives every reported claim after deleting its list, which takes minutes
a life on a loaded machine; a change to one kind (here `routines.home_like`, read by the move
alone) moves only its own claims. This runs the same lives and prints the same table, then
checks the reported claims of `--rules` with `benchmarks/hiding.check`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.hiding import check  # noqa: E402
from benchmarks.lives import REPORTED, dumped, pool_from, run, score, table  # noqa: E402
from tests.builders.lives import BANKS, life, phrase_banks  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", default="0-99", help="first-last (0-99: development)")
    ap.add_argument("--rules", default="life_events.new_home", help="comma-separated rule ids")
    ap.add_argument("--words", choices=["own", *BANKS], default="own")
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--dump", type=Path, help="every decided claim as JSON lines (lives.py's)")
    args = ap.parse_args()
    phrase_banks(args.words)
    lo, hi = (int(x) for x in args.seeds.split("-"))
    data = Path(os.environ.get("EXPOSURE_TEST_DATA", ROOT.parent / "shared" / "data"))
    pool = pool_from(args.cache, data)
    lives, scores, checked = [], [], []
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="exposure-lives-") as tmp:
        for seed in range(lo, hi + 1):
            lv = life(seed, pool, args.words)
            claims, folder = run(lv, Path(tmp) / str(seed))
            s = score(lv, claims)
            if args.dump:
                with args.dump.open("a") as fh:
                    fh.writelines(json.dumps(d, default=str) + "\n" for d in dumped(lv, claims))
            checked += [(seed, c, after) for c, after in check(folder, set(args.rules.split(",")))]
            lives.append(lv)
            scores.append(s)
            missed = [r for r, (t_, c, _) in s["outcome"].items() if t_ and not c]
            wrong = [r for r, (t_, c, _) in s["outcome"].items() if c and not t_]
            print(f"  seed {seed}: size {s['size']}/{lv.size}; missed {missed}; false {wrong}",
                  flush=True)  # fmt: skip
    print(f"\n{len(lives)} lives, seeds {lo}-{hi}, {args.words} words "
          f"({time.perf_counter() - t0:.0f} s)")  # fmt: skip
    print(table(scores, lives))
    shown = [(seed, c, after) for seed, c, after in checked if after >= REPORTED]
    print(
        f"\nremove-to-hide of {args.rules}: {len(checked) - len(shown)} of {len(checked)} "
        f"reported claims fall below {REPORTED} once their listed photos are deleted"
    )
    for seed, c, after in shown:
        print(f"  still shown: seed {seed} {c['rule_id']} {c['confidence']:.2f} -> {after:.2f}")


if __name__ == "__main__":
    main()
