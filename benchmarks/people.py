"""Face clustering at scale: 100,000 synthetic encodings (a few hundred identities plus noise).

    python benchmarks/people.py [--identities 300] [--per-person 300] [--noise 10000]

Synthetic encodings follow the statistics of real dlib encodings measured on ../shared/data/faces
(same person about 0.4 apart, different people about 0.9). Prints time, peak memory, leaders and
BCubed precision/recall against the generating identities.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from exposure.derive.people import FaceClusterer  # noqa: E402


def bcubed(truth: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    """BCubed precision and recall, computed from the contingency table (fast for 100k items)."""
    _, t = np.unique(truth, return_inverse=True)
    _, c = np.unique(labels, return_inverse=True)
    pairs, counts = np.unique(np.stack([t, c]), axis=1, return_counts=True)
    size_c = np.bincount(c)[pairs[1]]
    size_t = np.bincount(t)[pairs[0]]
    n = len(truth)
    return float((counts**2 / size_c).sum() / n), float((counts**2 / size_t).sum() / n)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--identities", type=int, default=300)
    ap.add_argument("--per-person", type=int, default=300)
    ap.add_argument("--noise", type=int, default=10_000)
    args = ap.parse_args()
    rng = np.random.default_rng(7)
    centres = rng.normal(0, 0.056, (args.identities, 128))
    X = np.repeat(centres, args.per_person, axis=0)
    X += rng.normal(0, 0.025, X.shape)
    X = np.vstack([X, rng.normal(0, 0.056, (args.noise, 128))]).astype(np.float32)
    y = np.concatenate(
        [np.repeat(np.arange(args.identities), args.per_person), -1 - np.arange(args.noise)]
    )
    order = rng.permutation(len(X))
    X, y = X[order], y[order]
    t0 = time.perf_counter()
    model = FaceClusterer().fit(X)
    dt = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    p, r = bcubed(y, model.labels_)
    print(
        f"{len(X)} encodings ({args.identities} identities x {args.per_person} + {args.noise} noise): "
        f"{dt:.1f} s, peak RSS {peak:.0f} MB, {model.n_leaders_} leaders, "
        f"{len(np.unique(model.labels_))} clusters, BCubed P={p:.3f} R={r:.3f}"
    )


if __name__ == "__main__":
    main()
