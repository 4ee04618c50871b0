"""The identity finder on identity papers of every layout the lexicon's countries print, and on
look-alikes: recall per country and document type, and the look-alikes found as identity.

    python benchmarks/id_layouts.py [--draws 20] [--seed 0] [--errors]

The papers and look-alikes are text lines written apart from the finder (tests/builders/
id_layouts.py, id_lookalikes.py); each photo's lines go through `found_documents` as the scan
stores them, and a paper counts as found when the identity claim reaches REPORT_AT. Text only:
OCR's losses are benchmarks/documents.py's.

Measured (5 Dec 2026, --draws 20 --seed 0; papers found per country, before -> after the finder
learnt the state headers, field and number labels of every language, birth dates in every printed
form, the bare card, and the PPS, CPF, CURP, CUIL, AHV, Austrian and Belgian card numbers, SSN;
the layouts were written first, the finder then fixed class by class):
    NL     153/160 -> 160/160    card 53->60/60
    BE      99/100 -> 100/100    card 19->20/20
    UK       57/60 -> 57/60
    IE       60/80 -> 75/80      number card 0->15/20
    US      65/100 -> 99/100     licence 10->20/20, card 15->19/20, number card 0->20/20
    ES     117/120 -> 119/120    card 38->40/40
    MX       19/60 -> 60/60      licence 0->20/20, card 0->20/20, passport 19->20/20
    AR       58/80 -> 79/80      licence 0->20/20, card 18->19/20
    PT      96/100 -> 100/100    card 18->20/20, permit 18->20/20
    BR       51/80 -> 80/80      licence 2->20/20, card 29->40/40
    FR     108/120 -> 120/120    licence 32->40/40, card 39->40/40, permit 17->20/20
    CH     108/120 -> 119/120    card 19->20/20, number card 14->19/20, permit 15->20/20
    DE     100/100 -> 100/100
    AT      78/100 -> 98/100     card 18->20/20, number card 0->18/20
    IT     136/140 -> 140/140    card 38->40/40, permit 18->20/20
    PL     118/120 -> 120/120    card 38->40/40
    CZ      98/100 -> 99/100     card 19->20/20
    SK       79/80 -> 79/80
    TR      99/100 -> 99/100
    all  1699/1920 -> 1903/1920  licence 344->420/420, card 461->518/520, number card 34->92/100,
                                 passport 379->380/380, permit 262->274/280
    (card: identity card front; back: its back; permit: residence permit)
Look-alikes (gym, loyalty, library, transit cards, boarding passes, tickets, receipts, bank and
business cards; 100 of each) found as identity: 1 (a gym card: a member number passing the BSN's
11-test beside "Nombre") -> 0 of 900. Misses left: papers that lost their number and title both,
a UK residence permit without its title, an Argentine DNI whose number is only dotted digits.
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
