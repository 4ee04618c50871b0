"""The identity finder on identity papers of every layout the lexicon's countries print, and on
look-alikes: recall per country and document type, and the look-alikes found as identity.

    python benchmarks/id_layouts.py [--draws 20] [--seed 0] [--errors]

The papers and look-alikes are text lines written apart from the finder (tests/builders/
id_layouts.py, id_lookalikes.py); each photo's lines go through `found_documents` as the scan
stores them, and a paper counts as found when the identity claim reaches REPORT_AT. Text only:
OCR's losses are benchmarks/documents.py's.

Measured (5 Dec 2026, --draws 20 --seed 0; found/all per country):
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.documents import evidence  # noqa: E402
from exposure.infer.documents import found_documents  # noqa: E402
from exposure.infer.evidence import REPORT_AT  # noqa: E402
from exposure.infer.rules import load_rules  # noqa: E402
from tests.builders.id_layouts import cases  # noqa: E402
from tests.builders.id_lookalikes import lookalikes  # noqa: E402


def found(photos: dict[str, list[str]]) -> set[str]:
    """The keys of `photos` whose lines the identity rule reports."""
    rule = next(r for r in load_rules(ROOT / "rules") if r.id == "documents.identity")
    ev = evidence(
        {k: [[t, 1.0, 0, i, 1, i + 1] for i, t in enumerate(lines)] for k, lines in photos.items()}
    )
    hits = found_documents(rule, ev)
    return set(hits.loc[hits["score"] >= REPORT_AT, "photo_id"])


def main() -> None:
    """Print recall per country and document type, and the look-alikes found."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--draws", type=int, default=20)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--errors", action="store_true", help="print the papers missed and look-alikes found"
    )
    args = ap.parse_args()
    papers = {
        f"{c}|{k}|{name}|{i}": (c, k, lines)
        for i, (c, k, name, lines) in enumerate(cases(args.draws, args.seed))
    }
    others = {
        f"{name}|{i}": lines
        for i, (name, lines) in enumerate(lookalikes(args.draws * 5, args.seed))
    }
    hit = found({k: v[2] for k, v in papers.items()} | others)
    total, right = Counter(), Counter()
    for key, (country, kind, _) in papers.items():
        for cell in ((country, kind), (country, "all"), ("all", kind), ("all", "all")):
            total[cell] += 1
            right[cell] += key in hit
    kinds = sorted({k for _, k in total if k != "all"}) + ["all"]
    countries = list(dict.fromkeys(c for c, _ in total if c != "all")) + ["all"]
    print("country " + " ".join(f"{k[:9]:>9}" for k in kinds))
    for c in countries:
        cells = [f"{right[(c, k)]}/{total[(c, k)]}" if total[(c, k)] else "-" for k in kinds]
        print(f"{c:7} " + " ".join(f"{x:>9}" for x in cells))
    wrong = Counter(k.split("|")[0] for k in others if k in hit)
    print(f"look-alikes found as identity: {sum(wrong.values())} of {len(others)} {dict(wrong)}")
    if args.errors:
        for key in sorted(papers):
            if key not in hit:
                print("  FN", key, papers[key][2])
        for key in sorted(others):
            if key in hit:
                print("  FP", key, others[key])


if __name__ == "__main__":
    main()
