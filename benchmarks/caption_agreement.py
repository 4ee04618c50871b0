"""Caption agreement: how far two careful readers of the same captions agree, and the reader on what they agree.

    python benchmarks/caption_agreement.py --set benchmarks/data/captions_holdout7.jsonl \
        --second benchmarks/data/captions_holdout7_second.jsonl

A labelled set's `owner_signals` were written by one annotator. A second annotator labels the
same captions blind (the caption and its language only, the label guide, no other label, no
code): `--second` holds one line a caption, in the same order, `{"id", "owner_signals",
"mentioned", "why"}`. Three tables:

1. **The second annotator read as a reader** of the first's labels: precision and recall per
   language and per signal, in the form of `benchmarks/captions.py`. It is the ceiling of the
   caption criterion on that set: a reader that agrees with the second annotator cannot score
   higher against the first.
2. **Cohen's kappa per signal** (a caption either carries the signal as the owner's or not),
   with the number of captions either annotator gives it.
3. **The reader on the agreed pairs**: each (caption, signal) pair where both annotators say the
   same (both the owner's, or both not), the reader's precision and recall on those alone; the
   pairs they disagree on are left out. It is the reader's figure where the label is not a
   matter of convention.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.captions import compare, load, table  # noqa: E402
from exposure.infer.captions import caption_signals  # noqa: E402

SIGNALS = (
    "alcohol baby engagement graduation health moving new_home pet politics pregnancy religion "
    "school travel wedding work"
).split()


def second_labels(path: Path, n: int) -> list[set[str]]:
    """The second annotator's owner signals, one set per caption in the set's order; raises
    ValueError when the file does not label each of the `n` captions once."""
    rows = load(path)
    by_id = {int(r["id"]): set(r["owner_signals"]) for r in rows}
    if sorted(by_id) != list(range(n)) or len(rows) != n:
        raise ValueError(f"{path}: labels {len(rows)} lines for ids {len(by_id)}, the set has {n}")
    return [by_id[i] for i in range(n)]


def kappa(first: list[set[str]], second: list[set[str]]) -> str:
    """Cohen's kappa per signal and over all (caption, signal) pairs, as a printed table."""
    out = [f"{'signal':12} {'kappa':>6} {'either':>6} {'both':>5}"]
    for sig in SIGNALS + ["all"]:
        sigs = SIGNALS if sig == "all" else [sig]
        a = b = both = n = 0
        for f, s in zip(first, second):
            for x in sigs:
                n += 1
                a += x in f
                b += x in s
                both += x in f and x in s
        agree = (n - a - b + 2 * both) / n
        chance = (a / n) * (b / n) + (1 - a / n) * (1 - b / n)
        k = (agree - chance) / (1 - chance) if chance < 1 else 1.0
        out.append(f"{sig:12} {k:>6.2f} {a + b - both:>6} {both:>5}")
    return "\n".join(out)


def agreed(rows: list[dict], first: list[set[str]], second: list[set[str]]) -> dict[str, Counter]:
    """The reader's tp, fp, fn on the (caption, signal) pairs both annotators label alike."""
    counts: dict[str, Counter] = {}
    for row, f, s in zip(rows, first, second):
        said = caption_signals(row["caption"])
        for sig in SIGNALS:
            if (sig in f) != (sig in s):
                continue
            t, r = sig in f, sig in said
            for key in ("all", "lang:" + row["lang"], sig):
                counts.setdefault(key, Counter()).update(
                    tp=int(t and r), fp=int(r and not t), fn=int(t and not r)
                )
    return {k: c for k, c in counts.items() if sum(c.values())}


def main() -> None:
    """Print the three tables for a set and its second annotator's labels."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", type=Path, required=True, help="a labelled JSON-lines caption set")
    ap.add_argument("--second", type=Path, required=True, help="the second annotator's labels")
    args = ap.parse_args()
    rows = load(args.set)
    first = [set(r["owner_signals"]) for r in rows]
    second = second_labels(args.second, len(rows))
    reader = [caption_signals(r["caption"]) for r in rows]
    print(f"{args.set.name}: {len(rows)} captions, second annotator {args.second.name}")
    print("\n1. the second annotator against the first\n" + table(compare(rows, first, second)))
    print("\n2. Cohen's kappa per signal\n" + kappa(first, second))
    print("\nthe reader against the first annotator\n" + table(compare(rows, first, reader)))
    print("\nthe reader against the second annotator\n" + table(compare(rows, second, reader)))
    print(
        "\n3. the reader on the pairs both annotators label alike\n"
        + table(agreed(rows, first, second))
    )


if __name__ == "__main__":
    main()
