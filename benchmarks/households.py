"""A person stays one person: simulated households before and after joining clusters by context.

    EXPOSURE_TEST_DATA=../shared/data python benchmarks/households.py [--households 50]
        [--seed 1000] [--cache FILE]

Each household (tests/builders/households.py) is made of real encodings of the face identities of
../shared/data, found and encoded by exposure's own detector and encoder (computed once a run, or
read from --cache), written into a real output folder (tests/builders/life_store.py) and read
back through `Analysis`: people, homes and the family.household claim. For each household, once
with the join of same_person off (before) and once on (after), it counts whether the household's
size is right and the pairwise precision and recall of identity over all faces (two faces are
"the same" when they have one person id, or, unnamed, one cluster). Seeds 0-39 were used to
tune same_person; report from seeds of 1000 and up.
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from exposure.analysis import Analysis  # noqa: E402
from exposure.derive import same_person  # noqa: E402
from tests.builders.households import Household, Pool, face_pool, household  # noqa: E402
from tests.builders.life_store import build  # noqa: E402


def pairwise(truth: list[str], labels: list[str]) -> tuple[int, int, int]:
    """(pairs together in both, pairs together in the labels, pairs together in the truth)."""

    def together(xs) -> int:
        return sum(n * (n - 1) // 2 for n in Counter(xs).values())

    return together(zip(truth, labels)), together(labels), together(truth)


def measure(h: Household, out: Path) -> dict[str, tuple]:
    """when -> (household size claimed, pairwise counts), before and after the join."""
    config, ids = build(out, h.shots)
    truth = {f"{pid}-{i}": name for pid, names in zip(ids, h.who) for i, name in enumerate(names)}
    found = {}
    for when, threshold in (("before", 0.0), ("after", same_person.THRESHOLD)):
        saved, same_person.THRESHOLD = same_person.THRESHOLD, threshold
        try:
            a = Analysis(config.out_dir)
            claims = [i for i in a.results.inferences if i["rule_id"] == "family.household"]
            size = claims[0]["value"]["size"] if claims and claims[0]["confidence"] >= 0.5 else 1
            faces = a.faces
        finally:
            same_person.THRESHOLD = saved
            a.close()
        labels = [
            p if isinstance(p, str) else f"c{c}"
            for p, c in zip(faces["person_id"], faces["cluster"])
        ]
        found[when] = (size, pairwise([truth[f] for f in faces["face_id"]], labels))
    return found


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--households", type=int, default=50)
    ap.add_argument("--seed", type=int, default=1000, help="first seed (0-39 tuned same_person)")
    ap.add_argument("--cache", type=Path, help="a file keeping the face pool between runs")
    args = ap.parse_args()
    data = Path(os.environ.get("EXPOSURE_TEST_DATA", ROOT.parent / "shared" / "data"))
    t0 = time.perf_counter()
    if args.cache and args.cache.exists():
        pool: Pool = pickle.loads(args.cache.read_bytes())
    else:
        pool = face_pool(data)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(pool))
    print(
        f"face pool: {sum(map(len, pool.adults.values()))} photos of {len(pool.adults)} adults, "
        f"{len(pool.children)} children, {len(pool.grownups)} guests ({time.perf_counter() - t0:.0f} s)"
    )
    right = Counter()
    sums = {w: [0, 0, 0] for w in ("before", "after")}
    off = Counter()
    with tempfile.TemporaryDirectory(prefix="exposure-households-") as tmp:
        for k in range(args.households):
            seed = args.seed + k
            h = household(seed, pool)
            found = measure(h, Path(tmp) / str(seed))
            for when, (size, counts) in found.items():
                right[when] += size == h.size
                off[(when, size - h.size)] += 1
                sums[when] = [s + c for s, c in zip(sums[when], counts)]
            print(
                f"  seed {seed}: true size {h.size}, before {found['before'][0]}, after {found['after'][0]}",
                flush=True,
            )
    n = args.households
    print(
        f"\n{n} households, seeds {args.seed}-{args.seed + n - 1}, join threshold {same_person.THRESHOLD}"
    )
    for when in ("before", "after"):
        both, pred, true = sums[when]
        errors = ", ".join(f"{d:+d}: {c}" for (w, d), c in sorted(off.items()) if w == when and d)
        print(
            f"  {when:<6} household size right {right[when]}/{n} ({right[when] / n:.0%}); "
            f"pairwise precision {both / pred:.3f} recall {both / true:.3f}; size off by {errors or 'none'}"
        )


if __name__ == "__main__":
    main()
