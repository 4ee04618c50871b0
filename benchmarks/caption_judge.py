"""Caption judge: train the learned judge of the caption signals and measure how it generalises.

    python benchmarks/caption_judge.py              # rotation: train on three dev sets, test on the fourth
    python benchmarks/caption_judge.py --write      # train on all four, write the weights

The judge (`benchmarks/caption_judge_model.py`, out of the run-time path: it ships no weights) reads each signal the lexicon finds in a caption
(in its language) and says whether the caption speaks of the owner doing or being it. Its
training rows are the candidates of `benchmarks/data/captions_dev{,2,3,4}.jsonl`: label 1 when
the signal is one of the caption's `owner_signals`, else 0 (a false friend).

The rotation trains on three sets and scores the fourth, four times; for each it prints the
precision and recall of the rules alone, of the judge as shipped (it takes away a signal the
rules give below THRESHOLD) and of a judge that also adds the candidates the rules drop (at
1 - THRESHOLD); misses the lexicon never found count against all. `--detail` prints them per
language and per signal. `--no-rules` drops the rules' reasons from the features. `--write` trains on
all four and writes `benchmarks/caption_judge.npy` (float16) and `caption_judge.json`: the
training is full-batch Adam on a fixed number of steps from zeros, so the file is rebuilt bit
for bit.
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
from benchmarks import caption_judge_model as cj  # noqa: E402
from exposure.infer.captions import caption_reading  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
SETS = ["captions_dev.jsonl", "captions_dev2.jsonl", "captions_dev3.jsonl", "captions_dev4.jsonl"]
L2 = 1e-4  # weight of the L2 penalty (per row mean loss)
STEPS = 400
RATE = 0.05
THRESHOLD = 0.3  # a signal the rules give is taken away below it


def load(name: str) -> list[dict]:
    """The labelled captions of one set, each with its rules' reading and candidates' rows."""
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        reading = caption_reading(row["caption"])
        row["cands"] = []
        if reading is not None:
            for s in cj.candidates(reading):
                idx, val = cj.hashed(cj.features(reading, s))
                row["cands"].append((s, idx, val, int(s in row["owner_signals"])))
            row["rules"] = cj.rules_say(reading)
        else:
            row["rules"] = set()
        rows.append(row)
    return rows


def train(rows: list[dict]) -> np.ndarray:
    """Logistic regression with L2 on the candidates of `rows`: full-batch Adam from zeros."""
    cands = [c for r in rows for c in r["cands"]]
    counts = np.array([len(c[1]) for c in cands])
    indptr = np.concatenate([[0], np.cumsum(counts)])
    indices = np.concatenate([c[1] for c in cands])
    data = np.concatenate([c[2] for c in cands])
    y = np.array([c[3] for c in cands], dtype=np.float64)
    n = len(y)
    w = np.zeros(cj.DIM)
    m, v = np.zeros(cj.DIM), np.zeros(cj.DIM)
    b1, b2 = 0.9, 0.999
    for t in range(1, STEPS + 1):
        z = np.add.reduceat(data * w[indices], indptr[:-1])
        p = 1.0 / (1.0 + np.exp(-z))
        r = np.repeat((p - y) / n, counts)
        g = np.bincount(indices, weights=data * r, minlength=cj.DIM) + L2 * w
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        w -= RATE * (m / (1 - b1**t)) / (np.sqrt(v / (1 - b2**t)) + 1e-8)
    return w


def predict(row: dict, w: np.ndarray, threshold: float = THRESHOLD, adds: bool = False) -> set[str]:
    """The signals the rules give for a caption that the judge keeps (at `threshold` or above);
    with `adds`, also the candidates the rules drop that it reads at 1 - threshold or above."""
    out = set()
    for s, idx, val, _ in row["cands"]:
        p = 1.0 / (1.0 + np.exp(-float(val @ w[idx])))
        if (s in row["rules"] and p >= threshold) or (adds and p >= 1 - threshold):
            out.add(s)
    return out


def score(rows: list[dict], said_of) -> dict[str, Counter]:
    """tp, fp, fn overall, per language and per signal for the signals `said_of(row)` gives."""
    counts: dict[str, Counter] = {}
    for row in rows:
        truth, said = set(row["owner_signals"]), said_of(row)
        for key in ("all", "lang:" + row["lang"]):
            counts.setdefault(key, Counter()).update(
                tp=len(truth & said), fp=len(said - truth), fn=len(truth - said)
            )
        for s in truth | said:
            counts.setdefault(s, Counter()).update(
                tp=int(s in truth and s in said),
                fp=int(s in said - truth),
                fn=int(s in truth - said),
            )
    return counts


def pr(c: Counter) -> str:
    """'P 0.91 R 0.83 (tp 120 fp 12 fn 25)' for a count of tp, fp, fn."""
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    return f"P {p:.2f} R {r:.2f} ({c['tp']}/{c['fp']}/{c['fn']})"


def rotation(sets: dict[str, list[dict]], detail: bool) -> None:
    """Train on three sets, score the fourth; print rules-alone and judge figures for each."""
    total_rules, total_judge, total_both = Counter(), Counter(), Counter()
    for held in SETS:
        w = train([r for name in SETS if name != held for r in sets[name]])
        rules = score(sets[held], lambda r: r["rules"])
        judge = score(sets[held], lambda r, w=w: predict(r, w))
        both = score(sets[held], lambda r, w=w: predict(r, w, adds=True))
        total_rules.update(rules["all"])
        total_judge.update(judge["all"])
        total_both.update(both["all"])
        print(
            f"held {held[9:-6]:5} rules {pr(rules['all'])}  judge {pr(judge['all'])}"
            f"  adding too {pr(both['all'])}"
        )
        if detail:
            keys = sorted(k for k in judge if k.startswith("lang:"))
            keys += sorted(k for k in judge if k != "all" and not k.startswith("lang:"))
            for k in keys:
                print(f"    {k:12} rules {pr(rules.get(k, Counter()))}   judge {pr(judge[k])}")
    print(
        f"sum        rules {pr(total_rules)}  judge {pr(total_judge)}  adding too {pr(total_both)}"
    )


def write(sets: dict[str, list[dict]]) -> None:
    """Train on all four sets and write the weights (float16) and the threshold."""
    w = train([r for name in SETS for r in sets[name]])
    np.save(cj.WEIGHTS, w.astype(np.float16))
    meta = {"threshold": THRESHOLD, "dim": cj.DIM, "l2": L2, "steps": STEPS, "sets": SETS}
    cj.META.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {cj.WEIGHTS.relative_to(ROOT)} ({cj.WEIGHTS.stat().st_size} bytes)")


def main() -> None:
    """Print the rotation's figures, or write the weights trained on all sets."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="train on all sets, write the weights")
    ap.add_argument("--detail", action="store_true", help="per language and signal in rotation")
    ap.add_argument("--no-rules", action="store_true", help="the judge reads words alone")
    args = ap.parse_args()
    cj.RULES = not args.no_rules
    sets = {name: load(name) for name in SETS}
    n = sum(len(r["cands"]) for rows in sets.values() for r in rows)
    print(f"{n} candidates in {sum(map(len, sets.values()))} captions")
    if args.write:
        write(sets)
    else:
        rotation(sets, args.detail)


if __name__ == "__main__":
    main()
