"""Claims on simulated lives against their truth: precision and recall per rule, household size,
trips, false-friend claims and a reliability table.

    EXPOSURE_TEST_DATA=../shared/data python benchmarks/lives.py [--lives 50] [--seed 5000]
        [--cache FILE] [--verbose] [--hide] [--words own|heldout|heldout2] [--seeds 3,7] [--dump FILE]

Each life (tests/builders/lives.py) is drawn at random with its truth, written into a real output
folder (photos scanned without models, then the models' rows as they would give them, captions
as an export's) and read back through `Analysis`. A rule is claimed when one of its claims has a
confidence of at least 0.5. Seeds 0-99 are for development; report from seeds of 5000 and up.
`--words heldout` (or `heldout2`) draws the captions and documents from phrase banks written apart
from the simulator's own (tests/builders/lives_words_heldout.py, lives_words_heldout2.py;
`lives.phrase_banks`).

`--captions FILE` (repeatable) `--extra 50,200,500`: each life is read again with K captions of
labelled sets whose `owner_signals` is empty and that say no hobby's words of the owner (others'
news, negation, wishes, jokes, and captions of no signal, in the sets' proportions; half of them in
the life's language, three tenths English) put on K of its uncaptioned days, one post a day
(`lives.with_captions`, seeded). No such caption speaks of the owner, so a claim (>= 0.5) of a rule
the truth does not hold that the plain life does not make is a stranger's words taken for the
owner's: lives with one, such claims per rule with their confidences (and the captions behind them,
dev sets only), and the truth's precision and recall with the captions. Dev: seeds 0-99 with
captions_holdout7, dev7, dev8, holdout2-6; report on seeds 6400+ with captions_holdout10,
captions_test, captions_holdout (never holdout8/9: another reader's dev; holdout11/12: the
coordinator's). Before (c9e09b4), K=200: dev (seeds 0-19) 16/20 lives with such a claim, 25 claims
(health 0.92-0.95 x7, politics 0.82-0.91 x8, graduation 0.65 x6, new baby 0.50 x3, school 0.97 x1),
precision 0.819, recall 0.989 (1.000/1.000 without); K=500: 20/20 lives, 42 claims, 0.733/0.977;
fresh (seeds 6400-6415) 16/16 lives, 52 claims (health x14, politics x13, new baby 0.50-0.55 x10,
graduation x9, alcohol 0.58-0.75 x3, school x2, religion 0.52 x1). A reader right four times in five
reads faith, illness or a protest into about one caption in a hundred that says nothing of the
owner: 200 captioned posts give three such days, what a habit needed. After
(`sensitive.chance_words`, the event kind's bare caption weighed by `caption_chance`): dev (seeds
0-19) K=200 1/20 lives, 1 claim (location.work read as school 0.97: the workplace rule, not captions
alone), precision 0.989, recall 0.989; K=500 3/20 (school 0.96 x2, hobbies.football 0.66 from
football captions, `recurring_tag`), 0.966/0.977; fresh (6400-6415), K=200: 3/16 lives, 3 claims
(school 0.96-0.97 x2, new baby 0.55 x1), precision 0.955, recall 0.955 with the captions
(1.000/1.000 without). Own words, seeds 0-49: 1.000/1.000, household 50/50, before and after (one
claim moved from 0.9+ to 0.8-0.9); held-out words, seeds 0-9: 1.000/1.000, household 10/10, the same
table before and after. Pets and school (3564640 before, bd8d3d7 after: a pet's caption-only days
and a workplace's caption votes counted only beyond `chance.chance_days`, pets' `caption_chance`
0.005, work and school 0.01, measured on dev7, dev8, holdout2-9's captions of others: 9 and 8 of
5133 read as a dog or a cat, 39 and 31 as school or work), `--captions` dev7 dev8 holdout2-9
`--extra 200,500`: dev seeds 0-9 before K=200 3/10 lives, 3 claims (football 0.59, graduation 0.65,
new baby 0.50), 0.951/1.000; K=500 1/10 (wedding 0.70), 1.000/1.000; seeds 10-19 before K=200 0/10,
K=500 3/10 lives, 4 claims (cat 0.71 with new pet 0.64, school 0.96, wedding 0.70), 0.959/0.979;
after K=200 0/10, K=500 1/10 (wedding 0.70), 1.000/1.000. Fresh (captions_test, holdout, holdout10),
seeds 6700-6709: before and after alike, K=200 0/10 lives, 1.000/1.000; K=500 1/10 (health 0.95),
0.979/1.000; seeds 6710-6719 alike, K=200 0/10, K=500 1/10 (health 0.95), 0.981/1.000. `--hide`, dev
seeds 0-19: 190 of 191 before (seed 10's Sundays 12-15 at a cycling spot fell to 0.76 as Sundays
15-16), 191 of 191 after (`Routine.more`); seeds 20-39 208 of 208 before and after. Own words
(--lives 50 --seed 0): seeds 0-19 the same table before and after (1.000/1.000, household 20/20),
seeds 20-39 the same table before and after, seeds 20-49 after 1.000/1.000, household 30/30;
held-out words (--words heldout, seeds 0-9) the same table before and after, 1.000/1.000, household
10/10. The wedding (stop 38: `owned_chance` 0.0005, `owner_weight` 0.1; stop 37's strangers gave 5
of 20 lives a wedding at 0.70, one misread caption drawn into five lives): strangers' captions
(holdout21, holdout22, unseen by the reader) on fresh seeds 8100-8119, K=200 and K=500 0/20 lives,
1.000/0.989 (one new home missed, with or without them)."""

from __future__ import annotations

import argparse
import json
import os
import pickle
import sys
import tempfile
import time
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks import captions  # noqa: E402
from benchmarks.captions import load  # noqa: E402
from benchmarks.hiding import check  # noqa: E402
from exposure.analysis import Analysis  # noqa: E402
from exposure.infer.caption_rules import rule_hits  # noqa: E402
from exposure.infer.rules import CAPTION_KEYS, load_rules  # noqa: E402
from tests.builders.households import Pool, face_pool  # noqa: E402
from tests.builders.lives import (  # noqa: E402
    BANKS,
    Life,
    life,
    phrase_banks,
    with_captions,
    write,
)

REPORTED = 0.5
BINS = [0.5, 0.6, 0.7, 0.8, 0.9, 1.0001]


def pool_from(cache: Path | None, data: Path) -> Pool:
    """The face pool: read from `cache` when it loads, else computed (and kept there)."""
    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())
    pool = face_pool(data)
    if cache:
        cache.write_bytes(pickle.dumps(pool))
    return pool


def score(lv: Life, claims: list[dict]) -> dict:
    """What exposure claimed about one life against its truth: `outcome` rule -> (truth,
    claimed, best confidence), `size` (claimed household size), `trips` (claimed trip count),
    `false` (the false friends that gave a claim), `claims` [(rule, confidence, right)]."""
    best: dict[str, float] = defaultdict(float)
    claims = [_as_school(c) if lv.truth.get("location.school") else c for c in claims]
    for c in claims:
        best[c["rule_id"]] = max(best[c["rule_id"]], c["confidence"])
    outcome = {r: (t, best[r] >= REPORTED, best[r]) for r, t in lv.truth.items()}
    house = [c for c in claims if c["rule_id"] == "family.household"]
    size = house[0]["value"].get("size", 1) if house and house[0]["confidence"] >= REPORTED else 1
    trips = [c for c in claims if c["rule_id"] == "travel.trips"]
    n_trips = sum(int(c["value"].get("count", 1)) for c in trips if c["confidence"] >= REPORTED)
    false = [(r, w) for r, w in lv.false_friends if not lv.truth.get(r) and best[r] >= REPORTED]
    graded = [(c["rule_id"], c["confidence"], bool(lv.truth[c["rule_id"]])) for c in claims
              if c["rule_id"] in lv.truth and c["confidence"] >= REPORTED]  # fmt: skip
    graded += [("family.household", house[0]["confidence"], size == lv.size)] if house else []
    return {"outcome": outcome, "size": size, "trips": n_trips, "false": false, "claims": graded}


def dumped(lv: Life, claims: list[dict]) -> list[dict]:
    """Each claim of a rule the life's truth decides, at any confidence: seed, rule_id,
    confidence, right (the truth), statement, explanation and value."""
    claims = [_as_school(c) if lv.truth.get("location.school") else c for c in claims]
    return [
        {"seed": lv.seed, "rule_id": c["rule_id"], "confidence": c["confidence"],
         "right": bool(lv.truth[c["rule_id"]]), "statement": c.get("statement"),
         "explanation": c.get("explanation"), "value": c.get("value")}
        for c in claims if c["rule_id"] in lv.truth
    ]  # fmt: skip


def _as_school(claim: dict) -> dict:
    """A "works or studies" claim (location.work) read as the school claim it also is."""
    if claim["rule_id"] == "location.work" and claim["statement"].startswith("Works or studies"):
        return {**claim, "rule_id": "location.school"}
    return claim


def run(lv: Life, out: Path) -> tuple[list[dict], Path]:
    """The claims exposure reports on the life (results.json entries), and its output folder."""
    claims, folder, _ = run_ids(lv, out)
    return claims, folder


def run_ids(lv: Life, out: Path) -> tuple[list[dict], Path, list[str]]:
    """`run`'s claims and output folder, and the photo id of each of the life's shots."""
    config, ids = write(out, lv)
    a = Analysis(config.out_dir)
    try:
        return list(a.results.inferences), Path(config.out_dir), ids
    finally:
        a.close()


HELD_OUT = frozenset(f"captions_{name}" for name in captions.HELD_OUT)  # their captions unshown


def strangers(lv: Life, base: list[dict], lines: list[dict], k: int, out: Path) -> dict:
    """The life read again with k captions of `lines` (none of which speaks of the owner) on its
    uncaptioned posts (`lives.with_captions`): `score` of its claims, and `new`, the claims
    (rule, confidence, [the injected captions among their evidence]) of rules the truth does not
    hold and the life without those captions does not claim (>= 0.5): claims from strangers'
    words. `k` is the number of captions put."""
    injected, where = with_captions(lv, lines, k, seed=k)
    claims, _, ids = run_ids(injected, out)
    said = {ids[i]: injected.shots[i].caption for i in where}
    school = lv.truth.get("location.school")
    before = {c["rule_id"] for c in (_as_school(c) if school else c for c in base)
              if c["confidence"] >= REPORTED}  # fmt: skip
    new = []
    for c in (_as_school(c) if school else c for c in claims):
        if c["confidence"] < REPORTED or lv.truth.get(c["rule_id"]) or c["rule_id"] in before:
            continue
        behind = dict.fromkeys(
            p for p in [*c["evidence"], *c.get("remove_to_hide", [])] if p in said
        )
        new.append((c["rule_id"], c["confidence"], [said[p] for p in behind]))
    return {"score": score(lv, claims), "new": new, "k": len(where)}


def outcomes(scores: list[dict]) -> dict[str, Counter]:
    """Per rule, the tp/fp/fn/tn counts of the truth's rules over `score`s."""
    per: dict[str, Counter] = defaultdict(Counter)
    for s in scores:
        for rule, (truth, claimed, _) in s["outcome"].items():
            per[rule][("tp" if truth else "fp") if claimed else ("fn" if truth else "tn")] += 1
    return per


def strangers_words(path: Path) -> list[dict]:
    """The lines of a labelled caption set (benchmarks/data/captions_*.jsonl) that say nothing of
    the owner: no `owner_signals`, and no hobby's words said of the owner (`hobby_words`: a
    fan's "what a match ⚽" says what `hobbies.football` states, though it carries none of the
    15 signals; the other rules' own words stay in, as their false readings are what the check
    counts). Others' news, negation, wishes, jokes, things seen, and
    captions that name nothing at all, in the set's own proportions."""
    rows = [x for x in load(path) if not x.get("owner_signals")]
    said = pd.Series(False, index=range(len(rows)))
    texts = pd.Series([x["caption"] for x in rows], dtype=object)
    for words in hobby_words():
        said |= rule_hits(texts, words, "activity").astype(bool)
    return [x for x, own in zip(rows, said) if not own]


@cache
def hobby_words() -> tuple[dict[str, list[str]], ...]:
    """The caption words by language (`captions: {en: [...], ...}`) of each rule whose words are
    an activity's (`captions: {about: activity}`: the hobbies), read from the rule files once a
    run."""
    out = []
    for rule in load_rules(ROOT / "rules"):
        words = {k: v for k, v in (rule.vocabulary.get("captions") or {}).items()
                 if k not in CAPTION_KEYS and v}  # fmt: skip
        if words and rule.caption_about() == "activity":
            out.append(words)
    return tuple(out)


def micro(scores: list[dict]) -> tuple[float, float]:
    """(precision, recall) of the truth's rules over `score`s."""
    tot = sum(outcomes(scores).values(), Counter())
    return tot["tp"] / max(1, tot["tp"] + tot["fp"]), tot["tp"] / max(1, tot["tp"] + tot["fn"])


def strangers_table(
    base: list[dict], got: dict[int, list[dict]], lives: list[Life], show: bool
) -> str:
    """The printed figures of `--captions`: per K, lives with a claim from strangers' words, those
    claims per rule with their confidences (and, when `show`, the captions behind them), and
    the truth's precision and recall without and with the captions."""
    p0, r0 = micro(base)
    lines = [f"\nstrangers' words: without them precision {p0:.3f} recall {r0:.3f}"]
    for k, rs in got.items():
        p, r = micro([x["score"] for x in rs])
        hit = [(lv.seed, c) for lv, x in zip(lives, rs) for c in x["new"]]
        put = sum(x["k"] for x in rs) / max(1, len(rs))
        lines.append(
            f"K={k} ({put:.0f} put a life on average): lives with a claim from strangers' words "
            f"{len({s for s, _ in hit})}/{len(rs)}, claims {len(hit)}; precision {p:.3f} "
            f"recall {r:.3f}"
        )
        by = defaultdict(list)
        for seed, c in hit:
            by[c[0]].append((seed, c))
        for rule, cs in sorted(by.items()):
            confs = ", ".join(f"{c[1]:.2f}" for _, c in cs)
            lines.append(f"  {rule:<26}{len(cs):>4}: {confs}")
            for seed, c in cs if show else []:
                lines.append(f"    seed {seed} {c[1]:.2f}: " + " | ".join(c[2][:6]))
    return "\n".join(lines)


def table(scores: list[dict], lives: list[Life]) -> str:
    """The printed figures: per rule, micro, household, trips, false friends, reliability."""
    per = outcomes(scores)
    lines = [f"{'rule':<26}{'true':>6}{'TP':>5}{'FP':>5}{'FN':>5}{'P':>7}{'R':>7}"]
    for rule in sorted(per):
        c = per[rule]
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else float("nan")
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else float("nan")
        flag = " <" if c["tp"] + c["fn"] >= 10 and r < 0.8 else ""
        lines.append(
            f"{rule:<26}{c['tp'] + c['fn']:>6}{c['tp']:>5}{c['fp']:>5}{c['fn']:>5}{p:>7.2f}{r:>7.2f}{flag}"
        )
    p, r = micro(scores)
    n = len(lives)
    exact = sum(s["size"] == lv.size for s, lv in zip(scores, lives))
    off = Counter(s["size"] - lv.size for s, lv in zip(scores, lives) if s["size"] != lv.size)
    trips = sum(s["trips"] == lv.trips for s, lv in zip(scores, lives))
    planted = sum(bool(lv.false_friends) for lv in lives)
    fooled = [(lv.seed, f) for s, lv in zip(scores, lives) for f in s["false"]]
    lines += [
        f"micro: precision {p:.3f} recall {r:.3f} (targets 0.97, 0.9)",
        f"household size exact in {exact}/{n} ({exact / n:.0%}); off by "
        + (", ".join(f"{d:+d}: {k}" for d, k in sorted(off.items())) or "none"),
        f"trips counted exactly in {trips}/{n} ({trips / n:.0%})",
        f"false-friend claims in {len({s for s, _ in fooled})}/{n} lives "
        f"({len({s for s, _ in fooled}) / n:.0%}; {planted} lives had false friends): "
        + (", ".join(f"seed {s} {r} ({w})" for s, (r, w) in fooled) or "none"),
        "",
        "reliability (claims reported, by confidence):",
        f"{'bin':<10}{'claims':>7}{'right':>7}{'share':>7}",
    ]
    graded = [g for s in scores for g in s["claims"]]
    for lo, hi in zip(BINS, BINS[1:]):
        got = [g for g in graded if lo <= g[1] < hi]
        share = sum(g[2] for g in got) / len(got) if got else float("nan")
        lines.append(
            f"{lo:.1f}-{min(hi, 1):.1f}  {len(got):>7}{sum(g[2] for g in got):>7}{share:>7.2f}"
        )
    by_rule = defaultdict(list)
    for rule, conf, right in graded:
        by_rule[rule].append((conf, right))
    lines.append("per rule: mean confidence vs share right (over: mean > share + 0.1)")
    for rule, got in sorted(by_rule.items()):
        mean = sum(c for c, _ in got) / len(got)
        share = sum(r for _, r in got) / len(got)
        verdict = "over" if mean > share + 0.1 else "under" if mean < share - 0.1 else "ok"
        lines.append(
            f"  {rule:<26}{len(got):>4} claims, mean {mean:.2f}, right {share:.2f}: {verdict}"
        )
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lives", type=int, default=50)
    ap.add_argument("--seed", type=int, default=5000, help="first seed (0-99: development)")
    ap.add_argument(
        "--seeds", help="these seeds only, comma-separated (instead of --lives, --seed)"
    )
    ap.add_argument("--cache", type=Path, help="a file keeping the face pool between runs")
    ap.add_argument("--verbose", action="store_true", help="each life's misses and false claims")
    ap.add_argument(
        "--hide",
        action="store_true",
        help="also delete each reported claim's remove-to-hide photos, derive everything again "
        "(benchmarks/hiding.py) and count the claims that fall below 0.5",
    )
    ap.add_argument(
        "--words",
        choices=["own", *BANKS],
        default="own",
        help="the phrase banks of captions and documents: the simulator's own, or those written "
        "apart from it (heldout: tests/builders/lives_words_heldout.py, heldout2: "
        "lives_words_heldout2.py)",
    )
    ap.add_argument(
        "--dump",
        type=Path,
        help="write every claim of a rule the truth decides, at any confidence, as JSON lines "
        "(seed, rule_id, confidence, right, statement, explanation, value) to fit confidences",
    )
    ap.add_argument(
        "--captions",
        type=Path,
        action="append",
        help="a labelled caption set (repeatable): its captions that say nothing of the owner are "
        "put on each life's uncaptioned posts (`--extra`) and the claims they make are counted",
    )
    ap.add_argument(
        "--extra", default="50,200,500", help="with --captions: how many captions a life gets"
    )
    args = ap.parse_args()
    words = [x for f in args.captions or [] for x in strangers_words(f)]
    extra = [int(x) for x in args.extra.split(",")] if words else []
    show = not any(f.stem in HELD_OUT for f in args.captions or [])
    got: dict[int, list[dict]] = {k: [] for k in extra}
    try:
        phrase_banks(args.words)
    except ValueError as e:
        sys.exit(f"lives.py: {e}")
    data = Path(os.environ.get("EXPOSURE_TEST_DATA", ROOT.parent / "shared" / "data"))
    t0 = time.perf_counter()
    pool = pool_from(args.cache, data)
    lives, scores, hidden = [], [], []
    with tempfile.TemporaryDirectory(prefix="exposure-lives-") as tmp:
        seeds = [int(x) for x in args.seeds.split(",")] if args.seeds else None
        for seed in seeds or range(args.seed, args.seed + args.lives):
            lv = life(seed, pool, args.words)
            t = time.perf_counter()
            claims, folder = run(lv, Path(tmp) / str(lv.seed))
            s = score(lv, claims)
            if args.dump:
                with args.dump.open("a") as fh:
                    fh.writelines(json.dumps(d, default=str) + "\n" for d in dumped(lv, claims))
            if args.hide:
                hidden += [(lv.seed, c, after) for c, after in check(folder)]
            lives.append(lv)
            scores.append(s)
            for k in extra:
                got[k].append(strangers(lv, claims, words, k, Path(tmp) / f"{lv.seed}-{k}"))
            new = [f"{k}: {c[0]} {c[1]:.2f}" for k in extra for c in got[k][-1]["new"]]
            missed = [r for r, (t_, c, _) in s["outcome"].items() if t_ and not c]
            wrong = [r for r, (t_, c, _) in s["outcome"].items() if c and not t_]
            print(
                f"  seed {lv.seed} ({lv.lang}, {len(lv.shots)} photos, {time.perf_counter() - t:.0f} s): "
                f"size {s['size']}/{lv.size}, trips {s['trips']}/{lv.trips}"
                + (f"; missed {missed}" if missed and args.verbose else "")
                + (f"; false {wrong}" if wrong else "")
                + (f"; from strangers' words {new}" if new else ""),
                flush=True,
            )
    print(f"\n{len(lives)} lives, seeds {lives[0].seed}-{lives[-1].seed}, "
          f"{args.words} words "
          f"({time.perf_counter() - t0:.0f} s)")  # fmt: skip
    print(table(scores, lives))
    if extra:
        print(strangers_table(scores, got, lives, show))
    if args.hide:
        shown = [(seed, c, after) for seed, c, after in hidden if after >= REPORTED]
        n = len(hidden)
        print(
            f"\nremove-to-hide as a deletion: {n - len(shown)} of {n} reported claims fall below "
            f"{REPORTED} once their listed photos are deleted ({(n - len(shown)) / max(n, 1):.1%})"
        )
        for seed, c, after in shown:
            print(f"  still shown: seed {seed} {c['rule_id']} {c['confidence']:.2f} -> {after:.2f} "
                  f"({len(c['remove_to_hide'])} photos listed)")  # fmt: skip


if __name__ == "__main__":
    main()
