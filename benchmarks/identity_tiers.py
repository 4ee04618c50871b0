"""How often each tier of the identity finder (`doc_identity.identity`) is right, on the text of
generated documents: the lines a reader gives for doc_corpus's development seeds (boarding passes,
identity papers, letters and look-alikes, tuned on), and each look-alike of doc_corpus.NEGATIVES
drawn `--draws` times in each language.

    python benchmarks/identity_tiers.py [--seeds 0-199] [--draws 50]

A tier is the finder's score for one photo (doc_identity's docstring); a tier is right when the
document is an identity paper. Printed per tier: photos, right, share. Text only: OCR's losses
are benchmarks/documents.py's; the seeds from 1000 stay held out for it.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from exposure.infer.doc_identity import identity  # noqa: E402
from tests.builders import doc_corpus  # noqa: E402


def tiers(seeds: range, draws: int) -> Counter:
    """(score, is identity) -> photos, over the corpus seeds and the drawn look-alikes."""
    out: Counter = Counter()
    for seed in seeds:
        doc = doc_corpus.document(seed)
        hit = identity([t for t, _, _ in doc.lines], set())
        out[(hit[0] if hit else None, doc.kind == "identity")] += 1
    for name, make in sorted(doc_corpus.NEGATIVES.items()):
        for lang in doc_corpus.LANGS:
            for i in range(draws):
                hit = identity(make(random.Random(f"{name}{lang}{i}"), lang), set())
                out[(hit[0] if hit else None, False)] += 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", default="0-199")
    ap.add_argument("--draws", type=int, default=50)
    args = ap.parse_args()
    lo, hi = (int(x) for x in args.seeds.split("-"))
    found = tiers(range(lo, hi + 1), args.draws)
    scores = sorted({s for s, _ in found if s is not None}, reverse=True)
    print(f"{'score':>6}{'photos':>8}{'right':>7}{'share':>7}")
    for s in scores:
        right, wrong = found[(s, True)], found[(s, False)]
        print(f"{s:>6.2f}{right + wrong:>8}{right:>7}{right / (right + wrong):>7.2f}")
    print(
        f"  none{found[(None, True)] + found[(None, False)]:>8} (identity papers: {found[(None, True)]})"
    )


if __name__ == "__main__":
    main()
