"""Captions: precision and recall of the caption signals that speak of the owner.

    python benchmarks/captions.py --set benchmarks/data/captions_dev.jsonl [--errors] [--variants]
    python benchmarks/captions.py --set benchmarks/data/captions_dev2.jsonl --errors
    python benchmarks/captions.py --set benchmarks/data/captions_dev3.jsonl --errors
    python benchmarks/captions.py --set benchmarks/data/captions_dev4.jsonl --errors
    python benchmarks/captions.py --set benchmarks/data/captions_dev5.jsonl --errors
    python benchmarks/captions.py --set benchmarks/data/captions_dev6.jsonl --errors
    python benchmarks/captions.py --set benchmarks/data/captions_probe6.jsonl   # figures only
    python benchmarks/captions.py --set benchmarks/data/captions_holdout2.jsonl --errors --causes
    python benchmarks/captions.py --set benchmarks/data/captions_holdout2.jsonl --as-written
    python benchmarks/captions.py --set benchmarks/data/captions_holdout3.jsonl --errors --causes
    python benchmarks/captions.py --set benchmarks/data/captions_holdout4.jsonl --errors --causes
    python benchmarks/captions.py --set benchmarks/data/captions_holdout5.jsonl --errors --causes
    python benchmarks/captions.py --set benchmarks/data/captions_holdout6.jsonl --errors --causes
    python benchmarks/captions.py --set benchmarks/data/captions_holdout7.jsonl --errors --causes
    python benchmarks/captions.py --set benchmarks/data/captions_dev7.jsonl --errors --causes
    python benchmarks/captions.py --set benchmarks/data/captions_dev8.jsonl --errors --causes
    python benchmarks/captions.py --set benchmarks/data/captions_holdout8.jsonl --errors --causes
    python benchmarks/captions.py --set benchmarks/data/captions_holdout9.jsonl --errors --causes
    python benchmarks/captions.py --set benchmarks/data/captions_holdout11.jsonl --errors --causes
    python benchmarks/captions.py --set benchmarks/data/captions_holdout12.jsonl --errors --causes
    python benchmarks/captions.py --set benchmarks/data/captions_holdout13.jsonl --errors --causes
    python benchmarks/captions.py --set benchmarks/data/captions_holdout14.jsonl --errors --causes
    python benchmarks/captions.py --set benchmarks/data/captions_dev12.jsonl --errors   # dev10-12
    EXPOSURE_CAPTION_READER=rules python benchmarks/captions.py --set benchmarks/data/captions_dev15.jsonl --errors --causes   # dev13-15
    EXPOSURE_CAPTION_READER=rules python benchmarks/captions.py --set benchmarks/data/captions_dev19.jsonl --errors   # dev16-19
    EXPOSURE_CAPTION_READER=rules python benchmarks/captions.py --set benchmarks/data/captions_dev27.jsonl --errors --causes   # holdout17-18, dev20-27
    EXPOSURE_CAPTION_READER=rules python benchmarks/captions.py --set benchmarks/data/captions_holdout22.jsonl --errors --causes   # holdout19-22
    EXPOSURE_CAPTION_READER=rules python benchmarks/captions.py --set benchmarks/data/captions_holdout24.jsonl --errors --causes   # holdout23-24
    EXPOSURE_CAPTION_READER=rules python benchmarks/captions.py --set benchmarks/data/captions_holdout28.jsonl --errors --causes   # holdout25-28
    python benchmarks/captions.py --all   # every dev set's P/R, the held-out sets per language

The reader measured is the product's (`caption_signals`): by default the rules, whose signals
the sentence reader then judges by the nearest captions of a store
(`exposure/infer/caption_knn.py`); `EXPOSURE_CAPTION_READER=rules` measures the rules alone.
The store holds every DEV set's captions with their labels, so with it on a dev set is read
against itself and its figures are inflated; only the held-out sets' figures measure it. Its
form since judge6 (add 0.85, veto k25, a first-person word spares, politics kept; store with
dev10-12): test 0.944/0.860 F.900 -> 0.945/0.878 F.910, holdout 0.832/0.898 F.864 ->
0.842/0.913 F.876, holdout10 0.718/0.664 F.690 -> 0.723/0.689 F.705. Earlier forms:

    set        rules alone         + JUDGE3 as first wired   + JUDGE3 with its two guards
    holdout13  0.687/0.553 F.613   0.726/0.627 F.673         0.73/0.61 (382/144/240)
    holdout14  0.815/0.674 F.738   0.845/0.711 F.772         0.85/0.71 (421/76/175)
    test       0.944/0.861 F.900   0.950/0.891 F.919         0.95/0.88 (410/20/56)
    holdout    0.832/0.898 F.864   0.837/0.909 F.872         0.84/0.90 (478/93/52)
    holdout10  0.718/0.664 F.690   0.716/0.710 F.713         0.72/0.69 (397/156/178)

(the guards: no veto in a caption of fewer than four words, no signal added whose words the
rules found and judged; the first form's counts are those `benchmarks/caption_encoder.py --ship
judge3` gives its `pca256 int8` form). Reading 1,013 captions (holdout13) takes 2.0 s with the rules alone and 24.4 s with the reader
(a shared 2-core machine at load 7; the encoder is nearly all of it: `--ship judge3` timed it at
22.6 s for 1,000 captions that hour, 2.3-2.7 s on a quieter machine earlier).

The rounds before this one (dev2-12, holdout2-14: what each set read before and after, the
classes kept, those measured and left out) are told in `benchmarks/captions_history.md`.

This round (stop 55): no new ruling; holdout53, holdout54, dev53 and dev54 became dev sets (105;
the store at PCA 96, 3 bits), and eleven helpers read work told beside it (studies beside a job,
one's own apprentice, the company's do: `caption_labour`), trips told by their acts and trips only
wished or someone else's (`caption_journeys`, `caption_plans`, `caption_trips`), English's own
constructions (`caption_english`), the owner's children beside the owner's acts and a child's
first school day, school by its acts and local names, the household's animal, the first night in a
home (`caption_household`), language exams and degrees in hand, fasts, questions answered yes, and
relatives' weddings as theirs (`caption_couples.kin_reading`); two read this round's blind dev
twins (captions_dev55, LGBTQ+ people and their families: a Pride march joined; captions_dev56, small
shop owners and sellers: the shop's notices and days). Its classes, counts and the held-out
writers' start -> end figures are in `benchmarks/captions_history.md` ("Stop 55"), after stop 54's
round.

The held-out sets measure the reader; do not tune on them, nor read their `--errors`:
captions_test.jsonl (701), captions_holdout.jsonl (932), captions_holdout10.jsonl (526), and stop
55's blind writers captions_holdout55.jsonl (LGBTQ+ people and their families, 18-70) and
captions_holdout56.jsonl (small shop owners, market traders and online sellers, 25-70), written from
the guide with its rulings and each labelled again blind by a second annotator (`_second`);
captions_dev55.jsonl and captions_dev56.jsonl, blind dev writers in the same two styles, are not yet
in DEV (they join it with a whole rebuild of the store). The three older held-out sets keep the
conventions they were written with (they are never relabelled: their lines are not read). Stop 54's
blind writers, dev sets from stop 55: captions_holdout53.jsonl (academics, researchers and doctoral
students, 24-70) and captions_holdout54.jsonl (single parents and parents of teenagers, 30-60), each
labelled again blind by a second annotator (`_second`), with captions_dev53.jsonl and
captions_dev54.jsonl (blind dev writers in the same two styles). Stop 53's blind writers, dev sets
from stop 54: captions_holdout51.jsonl (hospitality and tourism workers, 18-62) and
captions_holdout52.jsonl (migrants and their families, 18-72), each labelled again blind by a second
annotator (`_second`), with captions_dev51.jsonl and captions_dev52.jsonl (blind dev writers in the
same two styles). Stop 52's blind writers, dev sets from stop 53: captions_holdout49.jsonl
(tradespeople, drivers and manual workers, 19-65) and captions_holdout50.jsonl (people living with a
chronic illness or disability, 16-70), each labelled again blind by a second annotator (`_second`),
with captions_dev49.jsonl and captions_dev50.jsonl (blind dev writers in the same two styles). Stop
51's blind writers, dev sets from stop 52: captions_holdout47.jsonl (uniformed, emergency and care
workers, 22-62) and captions_holdout48.jsonl (artists, musicians and creators, 18-55), each labelled
again blind by a second annotator (`_second`), with captions_dev47.jsonl and captions_dev48.jsonl
(blind dev writers in the same two styles). Stop 50's blind writers, dev sets from stop 51:
captions_holdout45.jsonl (pet and animal people, 20-70) and captions_holdout46.jsonl (sports fans
and gamers, 16-50), each labelled again blind by a second annotator (`_second`), with
captions_dev45.jsonl and captions_dev46.jsonl (blind dev writers in the same two styles). Stop 49's
blind writers, dev sets from stop 50: captions_holdout43.jsonl (students and young people online,
15-25) and captions_holdout44.jsonl (city office workers and commuters, 25-55), written from the
guide with its rulings and each labelled again blind by a second annotator (`_second`), with
captions_dev43.jsonl and captions_dev44.jsonl (blind dev writers in the same two styles). Stop 48's
blind writers, dev sets from stop 49: captions_holdout41.jsonl (people who work with food and drink
or live for it, 20-60) and captions_holdout42.jsonl (older people and retirees, 60-90), with
captions_dev41.jsonl and captions_dev42.jsonl (blind dev writers in the same two styles). Stop 47's
blind writers, dev sets from stop 48: captions_holdout39.jsonl (people whose work is caring for
others or teaching, 22-65) and captions_holdout40.jsonl (the countryside and small towns, 25-85),
with captions_dev39.jsonl and captions_dev40.jsonl (blind dev writers in the same two styles). Stop
46's blind writers, dev sets from stop 47: captions_holdout37.jsonl (amateur athletes and fitness
lovers, 18-60) and captions_holdout38.jsonl (people whose faith, traditions and wide family shape
their year, 20-80), with captions_dev37.jsonl and captions_dev38.jsonl (blind dev writers in the
same two styles). Stop 45's blind writers, dev sets from stop 46: captions_holdout35.jsonl (couples
building a life together, 22-40) and captions_holdout36.jsonl (people who live for their free time:
travel, food and drink, hobbies, 20-70), with captions_dev35.jsonl and captions_dev36.jsonl (blind
dev writers in the same two styles). Stop 44's blind writers, dev sets from stop 45:
captions_holdout33.jsonl (people who work for themselves or with their hands, 22-65) and
captions_holdout34.jsonl (people whose lives run through clubs and communities, 18-75), with
captions_dev33.jsonl and captions_dev34.jsonl (blind dev writers in the same two styles). Stop 43's
blind writers, dev sets from stop 44: captions_holdout31.jsonl (parents of young children, 27-45)
and captions_holdout32.jsonl (people going through hard times or caring for others, 30-75), with
captions_dev31.jsonl and captions_dev32.jsonl (blind dev writers in the same two styles). Stop 42's
blind writers, dev sets from stop 43: captions_holdout29.jsonl (young people's Instagram and
Facebook, 16-26) and captions_holdout30.jsonl (people living abroad who write home), with
captions_dev29.jsonl and captions_dev30.jsonl (blind dev writers in the same two styles, the prompts
the same, the writers apart). Stop 41's blind writers, dev sets from stop 42:
captions_holdout27.jsonl (the Facebook of adults 50-80) and captions_holdout28.jsonl (one adult's
ten-year export). Stop 40's blind writers, dev sets from stop 41: captions_holdout25.jsonl (1,000: a
plain feed of adults, 59% with an owner signal) and captions_holdout26.jsonl (1,000: album titles,
life events, check-ins and captions as an export holds them), each written from the one-page guide
alone (`benchmarks/data/caption_label_guide.md`) and labelled again blind by a second annotator
(`_second`: holdout25 0.96/0.95, kappa 0.95; holdout26 1.00/0.96, kappa 0.98). Start (4ac6931:
captions18's rules, judge11's store) -> end (57b4198: captions19, child40, places40, the watching
cues; judge13's 48-set store, V < 0.3 with named words at 0.25): holdout25 0.85/0.78 (600/102/168)
-> 0.86/0.79 (608/96/160), rules alone 0.84/0.74 (566/106/202) -> 0.84/0.75 (578/107/190); holdout26
0.86/0.79 (547/92/147) -> 0.86/0.80 (558/89/136), rules alone 0.85/0.72 (502/88/192) -> 0.86/0.75
(520/87/174); on the pairs both annotators label alike 0.86/0.81 -> 0.87/0.82 and 0.85/0.81 ->
0.86/0.83. Per language no set meets the bar (holdout25 tr 0.897/0.80 is nearest). holdout23 and
holdout24 (stop 39's writers, 1,094 and 1,016 captions) are dev sets from stop 40; their figures
when they were held out, and the earlier rounds', are in `benchmarks/captions_history.md`.

How far two careful readers agree (`benchmarks/caption_agreement.py`): a second annotator
labelled captions_test and holdout7 blind (`captions_test_second.jsonl`,
`captions_holdout7_second.jsonl`: the caption and its language, a one-page guide, no other label).
On captions_test the two agree at 0.98/1.00 (kappa 0.99); on holdout7 at 0.91/0.96 (kappa 0.93:
a named place as a trip, after-work drinks as work, a move as a new home), so against a new
writer's labels even a second careful reader scores under 0.9 precision in de, pl and tr. The
reader on the pairs both annotators label alike read holdout7 0.76/0.75 before its round: its
errors there are errors of reading, not of convention.

The set holds one caption a line, labelled apart from the lexicon: `{"caption", "lang",
"owner_signals": [...], "mentioned": [...], "why"}`. A signal the reader gives (`caption_signals`)
is right when it is one of the caption's `owner_signals`; the labelled `mentioned` signals (other
people's, negated, figurative, a church on a walk) are the false friends. Precision and recall
are printed overall, per language (the labelled one) and per signal; `--errors` lists each miss
and each false signal with why the reader kept or dropped the words it found.

`--variants` reads `benchmarks/data/caption_variants.yaml`: per signal and language, captions in
which one word (in [brackets]) is a form the lexicon does not list as written (a feminine, a
plural, a case, a diminutive); it prints, per signal and language, how many of them the reader
finds (the recall on forms it never saw), and names any bracketed word the lexicon lists.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from exposure.infer.caption_knn import enabled, prime  # noqa: E402
from exposure.infer.captions import (  # noqa: E402
    LANGUAGES,
    caption_signals,
    lexicon,
    read_caption,
    words_of,
)

VARIANTS = ROOT / "benchmarks" / "data" / "caption_variants.yaml"
DATA = ROOT / "benchmarks" / "data"
DEV = [
    "dev",
    *(f"dev{k}" for k in (*range(2, 9), *range(10, 55))),
    *(f"holdout{k}" for k in (*range(2, 10), *range(11, 55))),
]
HELD_OUT = [
    "test",
    "holdout",
    "holdout10",
    "holdout55",
    "holdout56",
]  # their figures only, per language: never their errors


RELABELLED = "relabelled:"  # a `why` with this names a label changed by a stated rule
# the label's why, read for the cause of an error (`causes`)
FIGURATIVE = re.compile(
    r"figure|slang|idiom|joke|lyric|song|metaphor|pet name|trap|as busy|as sauce|flavour|service|"
    r"reminder|nothing readable|no signal|videos|animal|tortoise|turtle|storks|puppies|kittens"
)
MOOD = re.compile(r"planned|wish|not yet|hope|future|plan\b")
NEGATION = re.compile(r"negation|refus|non-alcoholic|abstain|unemployed|no alcohol")
MEMORY = re.compile(r"remembered|throwback")


def load(path: Path, as_written: bool = False) -> list[dict]:
    """The labelled captions of a JSON-lines file; with `as_written`, the relabelled lines as first
    written: their `as_written` signals (holdout3), else their `baby` taken back out (holdout2)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    if as_written:
        for row in rows:
            if "as_written" in row:
                row["owner_signals"] = row["as_written"]
            elif RELABELLED in row.get("why", ""):
                row["owner_signals"] = [s for s in row["owner_signals"] if s != "baby"]
    return rows


def score(rows: list[dict]) -> dict[str, Counter]:
    """Counts tp, fp, fn of the reader overall ("all"), per language ("lang:xx") and per signal."""
    truths = [set(row["owner_signals"]) for row in rows]
    prime([row["caption"] for row in rows])  # the product's sentence reader, in batches
    return compare(rows, truths, [caption_signals(row["caption"]) for row in rows])


def compare(rows: list[dict], truths: list[set[str]], saids: list[set[str]]) -> dict[str, Counter]:
    """Counts tp, fp, fn of `saids` against `truths` (one set a row of `rows`) overall ("all"),
    per language ("lang:xx") and per signal."""
    counts: dict[str, Counter] = {}
    for row, truth, said in zip(rows, truths, saids):
        for key in ("all", "lang:" + row["lang"]):
            c = counts.setdefault(key, Counter())
            c.update(tp=len(truth & said), fp=len(said - truth), fn=len(truth - said))
        for s in truth | said:
            c = counts.setdefault(s, Counter())
            c.update(tp=int(s in truth and s in said), fp=int(s in said - truth))
            c.update(fn=int(s in truth - said))
    return counts


def ratio(a: int, b: int) -> str:
    """a / b to two places, '-' when b is 0."""
    return f"{a / b:.2f}" if b else "-"


def table(counts: dict[str, Counter]) -> str:
    """Precision, recall and counts per key, overall first, then languages, then signals."""
    keys = ["all"] + sorted(k for k in counts if k.startswith("lang:"))
    keys += sorted(k for k in counts if k != "all" and not k.startswith("lang:"))
    out = [f"{'':14} {'prec':>5} {'recall':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for k in keys:
        c = counts[k]
        p, r = ratio(c["tp"], c["tp"] + c["fp"]), ratio(c["tp"], c["tp"] + c["fn"])
        out.append(f"{k:14} {p:>5} {r:>6} {c['tp']:>4} {c['fp']:>4} {c['fn']:>4}")
    return "\n".join(out)


def errors(rows: list[dict]) -> str:
    """Each caption the reader got wrong: what it said, the truth, and its reading."""
    out = []
    for row in rows:
        truth, said = set(row["owner_signals"]), caption_signals(row["caption"])
        if truth != said:
            found = [(m.signal, m.term, m.lang, why) for m, why in read_caption(row["caption"])]
            miss, extra = sorted(truth - said), sorted(said - truth)
            out.append(f"[{row['lang']}] {row['caption']!r}\n  missed {miss} false {extra}")
            out.append(f"  read {found}\n  why: {row.get('why', '')}")
    return "\n".join(out)


def causes(rows: list[dict]) -> str:
    """A table of the errors' causes: each missed or false signal sorted by the reader's reason
    for the word it found (language, negated, others, ...) or else by the label's `why`
    (figurative, a plan or wish, a negation, a memory); a miss with no word found is a missing
    form or paraphrase, a false signal read only from an emoji is an emoji read as the owner's,
    and the rest are someone else's (agent/person)."""
    count: Counter = Counter()
    for row in rows:
        truth, said = set(row["owner_signals"]), caption_signals(row["caption"])
        read = read_caption(row["caption"])
        why = row.get("why", "").lower()
        for s in truth - said:
            whys = {w for m, w in read if m.signal == s}
            if s == "travel" and MEMORY.search(why):
                cause = "convention: a remembered trip is travel"
            elif whys and whys <= {"language"}:
                cause = "language detection"
            elif whys:
                cause = "context over-read: " + ", ".join(sorted(str(w) for w in whys))
            else:
                cause = "missing form or paraphrase"
            count["missed", cause] += 1
        for s in said - truth:
            terms = [m for m, w in read if m.signal == s and w is None]
            if NEGATION.search(why):
                cause = "negation"
            elif MOOD.search(why):
                cause = "mood/tense (a plan, a wish)"
            elif MEMORY.search(why):
                cause = "convention: a memory"
            elif FIGURATIVE.search(why):
                cause = "figurative or another sense"
            elif all(m.lang == "emoji" for m in terms):
                cause = "an emoji read as the owner's"
            else:
                cause = "agent/person (someone else's, a job, a place)"
            count["false", cause] += 1
    out = [f"{'error':6} {'cause':48} {'n':>4}"]
    for (kind, cause), n in sorted(count.items(), key=lambda x: (x[0][0], -x[1])):
        out.append(f"{kind:6} {cause:48} {n:>4}")
    return "\n".join(out)


def variants(path: Path = VARIANTS) -> str:
    """Recall on word forms the lexicon does not list, per signal and language."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    written = {" ".join(t.words) for t in lexicon().signals.terms()}
    out = [f"{'signal':12} {'lang':4} {'found':>5} {'of':>3}  missed"]
    total = Counter()
    for signal, by_lang in data.items():
        for lang, captions in by_lang.items():
            found, missed = 0, []
            for caption in captions:
                word = re.search(r"\[([^]]+)\]", caption).group(1)
                if " ".join(words_of(word)) in written:
                    out.append(f"  ! {signal}/{lang}: [{word}] is listed in the lexicon")
                if signal in caption_signals(caption.replace("[", "").replace("]", "")):
                    found += 1
                else:
                    missed.append(word)
            total.update(found=found, n=len(captions))
            out.append(f"{signal:12} {lang:4} {found:>5} {len(captions):>3}  {', '.join(missed)}")
    out.append(f"{'all':12} {'':4} {total['found']:>5} {total['n']:>3}")
    return "\n".join(out)


def all_sets() -> str:
    """One line of P/R per dev set (and probe6), then each held-out set per language."""
    out = [f"{'set':10} {'prec':>5} {'recall':>6} {'tp':>5} {'fp':>4} {'fn':>4}"]
    total = Counter()
    for name in [*DEV, "probe6"]:
        c = score(load(DATA / f"captions_{name}.jsonl"))["all"]
        if name != "probe6":
            total.update(c)
        p, r = ratio(c["tp"], c["tp"] + c["fp"]), ratio(c["tp"], c["tp"] + c["fn"])
        out.append(f"{name:10} {p:>5} {r:>6} {c['tp']:>5} {c['fp']:>4} {c['fn']:>4}")
    t = total
    p, r = ratio(t["tp"], t["tp"] + t["fp"]), ratio(t["tp"], t["tp"] + t["fn"])
    out.append(f"{'dev all':10} {p:>5} {r:>6} {t['tp']:>5} {t['fp']:>4} {t['fn']:>4}")
    if enabled():
        out.append("(dev sets read against the store that holds them: inflated; held out below)")
    for name in HELD_OUT:
        path = DATA / f"captions_{name}.jsonl"
        if not path.exists():
            out.append(f"{name:10} (not written yet: {path.name} is missing)")
            continue
        counts = score(load(path))
        cells = []
        for key in ["all", *(f"lang:{la}" for la in LANGUAGES)]:
            c = counts.get(key, Counter())
            p, r = ratio(c["tp"], c["tp"] + c["fp"]), ratio(c["tp"], c["tp"] + c["fn"])
            cells.append(f"{key.removeprefix('lang:')} {p}/{r}")
        out.append(f"{name:10} " + "  ".join(cells))
    return "\n".join(out)


def main() -> None:
    """Print the tables for a labelled set (and the variants' recall when asked)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", type=Path, help="a labelled JSON-lines caption set")
    ap.add_argument("--errors", action="store_true", help="list the captions read wrong")
    ap.add_argument("--variants", action="store_true", help="recall on unlisted word forms")
    ap.add_argument("--causes", action="store_true", help="a table of the errors' causes")
    ap.add_argument("--as-written", action="store_true", help="relabelled lines as first written")
    ap.add_argument("--all", action="store_true", help="P/R of every dev and held-out set")
    args = ap.parse_args()
    if args.all:
        print(all_sets())
    if args.set:
        rows = load(args.set, args.as_written)
        langs = Counter(r["lang"] for r in rows)
        print(
            f"{args.set}: {len(rows)} captions ({', '.join(f'{la} {langs[la]}' for la in LANGUAGES)})"
        )
        print(table(score(rows)))
        if args.causes:
            print(causes(rows))
        if args.errors:
            print(errors(rows))
    if args.variants:
        print(variants())


if __name__ == "__main__":
    main()
