"""Caption rotation: the sentence reader (`caption_knn`) read on the DEV writers by rotation.

    python benchmarks/caption_rotation.py --curve   # F1 with 25/50/75/100% of the others' rows
    python benchmarks/caption_rotation.py --grid    # the reader's forms: add, veto, guards
    python benchmarks/caption_rotation.py --shapes  # the store's shapes: dims, bits, bytes
    python benchmarks/caption_rotation.py --speed   # seconds, the rules alone and with the reader

Each dev writer's group is read against a store of the other groups' captions (whole-caption
USE-multilingual-v3 vectors, as `benchmarks/caption_store.py` builds the shipped store), each
caption's pieces as the product cuts them (`caption_knn.pieces`), and the reader decides as the
product does (`caption_knn.decide`: its guards, Czech left to the rules, a signal whose words the
rules found and judged never added). Figures are P/R F1 (tp/fp/fn) over every signal. Only DEV
is read: the held-out sets are measured by `benchmarks/captions.py --all` alone. Embeddings and
the rules' readings are cached in `caption_encoder.CACHE`. The figures are in
`benchmarks/caption_encoder.py`'s docstring.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.caption_encoder import (  # noqa: E402
    GROUPS,
    cached,
    detected,
    embedded,
    embedded_pieces,
    f1,
    prf3,
    rows_of,
)
from benchmarks.caption_store import pca, project, quantise  # noqa: E402
from exposure.infer.caption_knn import (  # noqa: E402
    FORM,
    Form,
    decide,
    mine,
    nearest,
    short,
    weigh,
)
from exposure.infer.captions import caption_reading  # noqa: E402

WRITERS = [
    *GROUPS,
    *([n] for n in ("holdout13", "holdout14", "dev10", "dev11", "dev12")),
    *([n] for n in ("dev13", "dev14", "dev15", "holdout15", "holdout16")),
]  # one a writer
KMAX = 50
JUDGE3 = Form(add=0.7, k_veto=10, spare_mine=False, keep=frozenset())  # as first wired
ALL = frozenset(
    "wedding engagement baby pregnancy graduation school work new_home moving pet travel"
    " religion health alcohol politics".split()
)


def facts(name: str, rows: list[dict]) -> list[dict]:
    """Each caption's rules reading as the reader's hook sees it: `said` (the signals that count),
    `found` (every signal whose words were found), `mine` (said with a first-person word at
    them), cached."""
    path = cached(f"{name}.facts.json")
    if path.exists():
        out = json.loads(path.read_text())
        if len(out) == len(rows):
            return out
    out = []
    for r in rows:
        reading = caption_reading(r["caption"])
        found = reading.found if reading else ()
        said = sorted({m.signal for m, why, _ in found if why is None})
        out.append(
            {
                "said": said,
                "found": sorted({m.signal for m, _, _ in found}),
                "mine": sorted(mine(reading)) if reading else [],
            }
        )
    path.write_text(json.dumps(out))
    return out


@dataclass
class Group:
    """One writer's captions: rows, truths, rules facts, whole and piece vectors, the gate."""

    names: list[str]
    rows: list[dict] = field(default_factory=list)
    emb: np.ndarray | None = None
    pemb: np.ndarray | None = None
    owner: np.ndarray | None = None
    facts: list[dict] = field(default_factory=list)
    rules_only: np.ndarray | None = None

    def load(self) -> Group:
        """Fill the group from its sets' caches."""
        embs, pembs, owners, gates, base = [], [], [], [], 0
        for n in self.names:
            rows = rows_of(n)
            embs.append(embedded(n, rows))
            pe, ow = embedded_pieces(n, rows)
            pembs.append(pe)
            owners.append(ow + base)
            gates += detected(n, rows)
            self.facts += facts(n, rows)
            self.rows += rows
            base += len(rows)
        self.emb, self.pemb = np.vstack(embs), np.vstack(pembs)
        self.owner = np.concatenate(owners)
        self.rules_only = np.array([g == "cs" for g in gates])
        return self


def judged(g: Group, p: dict[int, list[np.ndarray]], signals, form: Form) -> list[set[str]]:
    """The signals the reader says for each caption of `g` in this form (`caption_knn.decide`,
    with the shares at each k in `p`)."""
    out = []
    for i, (r, f) in enumerate(zip(g.rows, g.facts)):
        said = set(f["said"])
        if g.rules_only[i]:
            out.append(said)
            continue
        shares = (p[form.k_add][i], p[form.k_veto][i])
        added, taken = decide(shares, signals, said, set(f["mine"]), short(r["caption"]), form)
        out.append((said - taken) | (added - set(f["found"])))
    return out


def counts(g: Group, said: list[set[str]]) -> np.ndarray:
    """(tp, fp, fn) of the said signals against the labels."""
    c = np.zeros(3, int)
    for r, s in zip(g.rows, said):
        t = set(r["owner_signals"])
        c += (len(t & s), len(s - t), len(t - s))
    return c


def fold_p(g: Group, sims, idx, y, k: int) -> list[np.ndarray]:
    """Each caption's (pieces, signals) shares at k."""
    s = weigh(sims, idx, y, k)
    return [s[g.owner == i] for i in range(len(g.rows))]


def store_of(groups: list[Group], skip: int, frac: float = 1.0, seed: int = 0):
    """The others' whole-caption vectors and (rows, signals) labels, a share `frac` of them."""
    emb = np.vstack([h.emb for j, h in enumerate(groups) if j != skip])
    rows = [r for j, h in enumerate(groups) if j != skip for r in h.rows]
    if frac < 1.0:
        keep = np.sort(np.random.default_rng(seed).permutation(len(rows))[: int(frac * len(rows))])
        emb, rows = emb[keep], [rows[i] for i in keep]
    signals = tuple(sorted({s for r in rows for s in r["owner_signals"]}))
    y = np.array([[float(s in r["owner_signals"]) for s in signals] for r in rows], np.float32)
    return emb.astype(np.float32), y, signals


def rotation(groups, forms: dict[str, Form], frac=1.0, seed=0, shape=None) -> dict[str, np.ndarray]:
    """Counts of the rules and of each form over the rotation: each group against the rest;
    `shape` maps (store, queries) to the store's shipped form (PCA, quantised)."""
    total = {"rules": np.zeros(3, int), **{n: np.zeros(3, int) for n in forms}}
    ks = {k for f in forms.values() for k in (f.k_add, f.k_veto)}
    for i, g in enumerate(groups):
        emb, y, signals = store_of(groups, i, frac, seed)
        q = g.pemb.astype(np.float32)
        if shape is not None:
            emb, q = shape(emb, q)
        sims, idx = nearest(q, emb, KMAX)
        p = {k: fold_p(g, sims, idx, y, k) for k in ks}
        total["rules"] += counts(g, [set(f["said"]) for f in g.facts])
        for n, form in forms.items():
            total[n] += counts(g, judged(g, p, signals, form))
    return total


def loaded() -> list[Group]:
    """The dev writers' groups, loaded."""
    return [Group(list(n)).load() for n in WRITERS]


def curve() -> None:
    """F1 of the rules and JUDGE3 as shipped, the store 25/50/75/100% of the others' rows."""
    groups = loaded()
    print(f"rotation: {len(groups)} writers, {sum(len(g.rows) for g in groups)} captions")
    for frac in (0.25, 0.5, 0.75, 1.0):
        seeds = (0, 1) if frac < 1 else (0,)
        cells = [rotation(groups, {"JUDGE3": JUDGE3}, frac, s) for s in seeds]
        rules = cells[0]["rules"]
        mean_f = np.mean([f1(c["JUDGE3"]) for c in cells])
        print(f"  {frac:4.0%} rules {prf3(rules)}  JUDGE3 {prf3(cells[0]['JUDGE3'])} F̄{mean_f:.3f}")


def dp(c, rules) -> float:
    """Precision of counts `c` less the rules'."""
    return c[0] / max(1, c[0] + c[1]) - rules[0] / max(1, rules[0] + rules[1])


def grid() -> None:
    """The reader's forms over the rotation: the add share, the veto's k, a first-person word
    sparing, politics kept; then, at FORM, each signal left out of the veto."""
    groups = loaded()
    forms = {"JUDGE3": JUDGE3, "FORM": FORM}
    for add in (0.7, 0.8, 0.85, 0.9, 9.0):
        for k in (10, 20, 30):
            for spare in (False, True):
                for keep in (frozenset(), frozenset({"politics"})):
                    name = f"add {add if add < 1 else '-':4} veto k{k}"
                    name += (" mine" if spare else "") + (" keep politics" if keep else "")
                    forms[name] = Form(add=add, k_veto=k, spare_mine=spare, keep=keep)
        forms[f"add {add if add < 1 else '-':4} no veto"] = Form(add=add, veto=-1.0)
    for g in sorted(ALL - FORM.keep):
        forms[f"FORM, {g} kept"] = replace(FORM, keep=FORM.keep | {g})
    total = rotation(groups, forms)
    rules = total.pop("rules")
    print(f"rotation: {len(groups)} writers, {sum(len(g.rows) for g in groups)} captions")
    print(f"  {'rules':36} {prf3(rules)}")
    for n, c in total.items():
        print(f"  {n:36} {prf3(c)}  dF {f1(c) - f1(rules):+.4f} dP {dp(c, rules):+.4f}")


def shaped(dims: int, bits: int):
    """The store as `caption_store.py` ships it: PCA to `dims` fitted on the store, each
    dimension quantised to `bits` with its own scale; a map (store, queries) -> both as read."""

    def shape(emb: np.ndarray, q: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        mean, proj = pca(emb, dims)
        z = project(emb, mean, proj)
        codes, scale = quantise(z, bits)
        return codes * scale, project(q, mean, proj)

    return shape


def shapes() -> None:
    """FORM over the rotation with each shape of the store, and the bytes at today's DEV."""
    from benchmarks.caption_store import build, npz_bytes

    groups = loaded()
    cells = {"float32 512": None}
    for dims, bits in ((256, 8), (128, 8), (96, 8), (64, 8), (256, 4), (192, 4), (160, 4)):
        cells[f"pca{dims} int{bits}"] = (dims, bits)
    cells["pca128 int4"] = (128, 4)
    print(f"rotation: {len(groups)} writers, {sum(len(g.rows) for g in groups)} captions")
    for name, cell in cells.items():
        total = rotation(groups, {"FORM": FORM}, shape=None if cell is None else shaped(*cell))
        rules, c = total["rules"], total["FORM"]
        size = "" if cell is None else f"{len(npz_bytes(build(*cell))) / 1e6:.2f} MB"
        print(f"  {name:12} {size:8} {prf3(c)}  dF {f1(c) - f1(rules):+.4f} dP {dp(c, rules):+.4f}")


def forget() -> None:
    """Empty the readers' per-caption caches (not the models and tables loaded once)."""
    from exposure.infer import caption_knn, captions, language

    caption_knn._SEEN.clear()
    for mod in (captions, language, caption_knn):
        for f in vars(mod).values():
            if hasattr(f, "cache_info") and f.cache_info().maxsize != 1:
                f.cache_clear()


def speed() -> None:
    """Seconds to read 1,000 captions (holdout13's first, as `benchmarks/captions.py` scores
    them) and a run of 5,000 photos (`captions.signals_table`; captions drawn from dev12 and
    dev11 with repeats, one in five photos uncaptioned), the rules alone and with the reader
    (the encoder loaded before the clock starts)."""
    import os
    import time

    import pandas as pd

    from benchmarks.captions import score
    from exposure.infer import caption_knn
    from exposure.infer.captions import signals_table

    rows = rows_of("holdout13")[:1000]
    pool = [r["caption"] for n in ("dev12", "dev11") for r in rows_of(n)]
    rng = np.random.default_rng(0)
    caps = [pool[i] if i >= 0 else None for i in rng.integers(-len(pool) // 4, len(pool), 5000)]
    photos = pd.DataFrame({"photo_id": [f"p{i}" for i in range(5000)], "caption": caps})
    caption_knn.encoder()
    caption_knn.store()
    for reader in ("rules", "sentences"):
        os.environ["EXPOSURE_CAPTION_READER"] = reader
        forget()
        t0 = time.perf_counter()
        score(rows)
        t1 = time.perf_counter()
        forget()
        signals_table(photos)
        t2 = time.perf_counter()
        print(f"  {reader:9} 1,000 captions {t1 - t0:5.1f} s   5,000 photos {t2 - t1:5.1f} s")


def main() -> None:
    """Run the part asked for."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--curve", action="store_true")
    ap.add_argument("--grid", action="store_true")
    ap.add_argument("--shapes", action="store_true")
    ap.add_argument("--speed", action="store_true")
    args = ap.parse_args()
    if args.curve:
        curve()
    if args.grid:
        grid()
    if args.shapes:
        shapes()
    if args.speed:
        speed()


if __name__ == "__main__":
    main()
