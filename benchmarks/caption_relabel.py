"""Caption relabel: move dev captions to a ruling of the label guide, every change logged.

    python benchmarks/caption_relabel.py sets                 # the sets a ruling may relabel
    python benchmarks/caption_relabel.py apply CHANGES.jsonl  # apply and log
    python benchmarks/caption_relabel.py replay ENTRIES.jsonl # re-apply logged changes elsewhere

CHANGES.jsonl, one line per caption changed:
  {"set": "dev13", "line": 41, "caption": "<the caption, exactly>",
   "owner_signals": [...], "mentioned": [...], "convention": "<ruling name>"}
`line` is 0-based. The caption must match the line. `apply` writes the new labels into
benchmarks/data/captions_<set>.jsonl (every other field kept) and appends {"set", "caption",
"before", "after", "convention"} to benchmarks/data/caption_relabels.jsonl; a line already as
asked is skipped. `replay` reads such logged entries (another branch's, at a merge) and applies
each one's change (the signals it added and took away) to the caption found by its text, logging
it again: two rulings that touch one caption compose. Only DEV sets are relabelled, never a
held-out one (`captions.HELD_OUT`): their lines are not read. Stop 49's round (960 lines,
`benchmarks/captions_history.md`) was made with it.
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"
SIGNALS = frozenset(
    "alcohol baby engagement graduation health moving new_home pet politics pregnancy religion"
    " school travel wedding work".split()
)


def dev_sets() -> list[str]:
    """The sets a ruling may relabel: DEV's, none held out."""
    sys.path.insert(0, str(ROOT))
    from benchmarks.captions import DEV, HELD_OUT

    return [s for s in DEV if s not in HELD_OUT]


def _read(name: str) -> tuple[Path, list[dict]]:
    """The path of a set and its rows."""
    p = DATA / f"captions_{name}.jsonl"
    return p, [json.loads(x) for x in p.read_text(encoding="utf-8").splitlines() if x.strip()]


def _write(p: Path, rows: list[dict]) -> None:
    """Writes `rows` to `p`, one JSON object a line, as the sets are written."""
    p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def _labels(r: dict) -> dict[str, list[str]]:
    """A row's two label lists."""
    return {"owner_signals": list(r["owner_signals"]), "mentioned": list(r.get("mentioned", []))}


def apply(path: str, replay: bool = False) -> int:
    """Applies the changes of `path` (asked labels; with `replay`, logged entries whose change is
    applied to the labels found) to the dev sets, logs each in `caption_relabels.jsonl` and returns
    how many lines changed."""
    allowed = set(dev_sets())
    changes = [
        json.loads(x) for x in Path(path).read_text(encoding="utf-8").splitlines() if x.strip()
    ]
    files, log, n = {}, [], 0
    for c in changes:
        name = c["set"]
        if name not in allowed:
            sys.exit(f"{name}: not a dev set you may relabel")
        if name not in files:
            files[name] = _read(name)
        rows = files[name][1]
        if replay:
            idx = [i for i, r in enumerate(rows) if r["caption"] == c["caption"]]
            if not idx:
                print("NOT FOUND", name, c["caption"][:80])
                continue
            i = idx[0]
            r = rows[i]
            before = _labels(r)
            after = {}
            for k in ("owner_signals", "mentioned"):
                add = set(c["after"][k]) - set(c["before"][k])
                rem = set(c["before"][k]) - set(c["after"][k])
                after[k] = sorted((set(before[k]) - rem) | add)
            after["mentioned"] = sorted(set(after["mentioned"]) - set(after["owner_signals"]))
        else:
            i = c["line"]
            r = rows[i]
            if r["caption"] != c["caption"]:
                sys.exit(f"{name}:{i}: caption does not match: {r['caption'][:80]!r}")
            after = {
                "owner_signals": sorted(c["owner_signals"]),
                "mentioned": sorted(c["mentioned"]),
            }
            bad = (set(after["owner_signals"]) | set(after["mentioned"])) - SIGNALS
            if bad or set(after["owner_signals"]) & set(after["mentioned"]):
                sys.exit(f"{name}:{i}: bad signals {bad or 'in both lists'}")
            before = _labels(r)
        if {k: sorted(v) for k, v in before.items()} == after:
            continue
        r["owner_signals"], r["mentioned"] = after["owner_signals"], after["mentioned"]
        log.append(
            {
                "set": name,
                "caption": r["caption"],
                "before": before,
                "after": after,
                "convention": c["convention"],
            }
        )
        n += 1
    for p, rows in files.values():
        _write(p, rows)
    with open(DATA / "caption_relabels.jsonl", "a", encoding="utf-8") as f:
        for e in log:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    print(f"{n} lines relabelled, {len(changes) - n} already so")
    return n


if __name__ == "__main__":
    if sys.argv[1] == "sets":
        print(" ".join(dev_sets()))
    else:
        apply(sys.argv[2], replay=sys.argv[1] == "replay")
