"""Caption rotation: the sentence reader (`caption_knn`) read on the DEV writers by rotation.

    python benchmarks/caption_rotation.py --curve   # F1 with 25/50/75/100% of the others' rows
    python benchmarks/caption_rotation.py --veto    # the veto's forms, the add side as shipped
    python benchmarks/caption_rotation.py --forms   # the store's forms: dims, bits, bytes

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
from dataclasses import dataclass, field
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
from exposure.infer import caption_knn  # noqa: E402
from exposure.infer.caption_knn import mine, pieces, short  # noqa: E402
from exposure.infer.captions import caption_reading  # noqa: E402

WRITERS = [*GROUPS, ["holdout13"], ["holdout14"]]  # today's dev writers, one group each
KMAX = 50
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


@dataclass(frozen=True)
class Veto:
    """A form of the reader: the add side (its share `hi`, whether a caption of few words may
    be added to) and the veto: K neighbours for it, in which pieces it reads p ("caption": all;
    "sentence": those holding the signal's words), whether a first-person word at the signal's
    term spares it, the signals it may take away (None: all), its share `lo`."""

    k: int = caption_knn.K
    where: str = "caption"
    spare_mine: bool = False
    signals: frozenset[str] | None = None
    lo: float = caption_knn.VETO
    hi: float = caption_knn.ADD
    add_short: bool = True


def neighbours(q: np.ndarray, store: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The KMAX nearest store rows (cosine) of each query, nearest first: (sims, indices)."""
    sim = q @ store.T
    idx = np.argpartition(-sim, KMAX, axis=1)[:, :KMAX]
    s = np.take_along_axis(sim, idx, 1)
    order = np.argsort(-s, axis=1, kind="stable")
    return np.take_along_axis(s, order, 1), np.take_along_axis(idx, order, 1)


def share(sims: np.ndarray, idx: np.ndarray, y: np.ndarray, k: int) -> np.ndarray:
    """(pieces, signals) the k nearest rows' exp(SHARP cos)-weighted share holding a signal."""
    w = np.exp(caption_knn.SHARP * (sims[:, :k] - sims[:, :1]))
    w /= w.sum(axis=1, keepdims=True)
    return np.einsum("nk,nks->ns", w, y[idx[:, :k]])


def holding(text: str, terms: list[str]) -> list[int]:
    """The pieces (indices into `pieces(text)`) that hold one of the terms (folded)."""
    return caption_knn.holders(pieces(text), terms)


def judged(g: Group, p_add, p_veto, signals, veto: Veto, terms) -> list[set[str]]:
    """The signals the reader says for each caption of `g` in this form."""
    out = []
    for i, (r, f) in enumerate(zip(g.rows, g.facts)):
        said = set(f["said"])
        if g.rules_only[i]:
            out.append(said)
            continue
        text = r["caption"]
        few = short(text)
        top = p_add[i].max(axis=0)
        added = set()
        if veto.add_short or not few:
            added = {g_ for g_, v in zip(signals, top) if v > veto.hi} - set(f["found"])
        taken = set()
        if not few:
            pv = p_veto[i]
            for s in said:
                if s not in signals or (veto.signals is not None and s not in veto.signals):
                    continue
                if veto.spare_mine and s in f["mine"]:
                    continue
                j = signals.index(s)
                rows = holding(text, terms[i][s]) if veto.where == "sentence" else range(len(pv))
                if max(pv[list(rows), j]) < veto.lo:
                    taken.add(s)
        out.append((said - taken) | added)
    return out


def counts(g: Group, said: list[set[str]]) -> np.ndarray:
    """(tp, fp, fn) of the said signals against the labels."""
    c = np.zeros(3, int)
    for r, s in zip(g.rows, said):
        t = set(r["owner_signals"])
        c += (len(t & s), len(s - t), len(t - s))
    return c


def terms_of(g: Group) -> list[dict[str, list[str]]]:
    """Each caption's counted terms by signal (read anew: the facts cache holds no terms)."""
    out = []
    for r in g.rows:
        reading = caption_reading(r["caption"])
        d: dict[str, list[str]] = {}
        for m, why, _ in reading.found if reading else ():
            if why is None:
                d.setdefault(m.signal, []).append(m.term)
        out.append(d)
    return out


def fold_p(g: Group, sims, idx, y, k: int) -> list[np.ndarray]:
    """Each caption's (pieces, signals) shares at k."""
    s = share(sims, idx, y, k)
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


def rotation(groups, vetoes: dict[str, Veto], frac=1.0, seed=0, form=None) -> dict[str, np.ndarray]:
    """Counts of the rules and of each veto form over the rotation: each group against the rest;
    `form` maps (store, queries) to the store's shipped form (PCA, quantised)."""
    total = {"rules": np.zeros(3, int), **{n: np.zeros(3, int) for n in vetoes}}
    need_terms = any(v.where == "sentence" for v in vetoes.values())
    for i, g in enumerate(groups):
        emb, y, signals = store_of(groups, i, frac, seed)
        q = g.pemb.astype(np.float32)
        if form is not None:
            emb, q = form(emb, q)
        sims, idx = neighbours(q, emb)
        terms = terms_of(g) if need_terms else None
        ps = {
            k: fold_p(g, sims, idx, y, k) for k in {caption_knn.K, *(v.k for v in vetoes.values())}
        }
        total["rules"] += counts(g, [set(f["said"]) for f in g.facts])
        for n, v in vetoes.items():
            said = judged(g, ps[caption_knn.K], ps[v.k], signals, v, terms)
            total[n] += counts(g, said)
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
        cells = [rotation(groups, {"JUDGE3": Veto()}, frac, s) for s in seeds]
        rules = cells[0]["rules"]
        mean_f = np.mean([f1(c["JUDGE3"]) for c in cells])
        print(f"  {frac:4.0%} rules {prf3(rules)}  JUDGE3 {prf3(cells[0]['JUDGE3'])} F̄{mean_f:.3f}")


def vetoes() -> None:
    """The reader's forms over the rotation: the add side, then the veto's."""
    groups = loaded()
    forms = {"none (add only)": Veto(lo=-1.0), "JUDGE3": Veto()}
    for hi in (0.8, 0.85, 0.9):
        forms[f"add {hi}"] = Veto(hi=hi)
    forms["no add to few words"] = Veto(add_short=False)
    forms["rules alone (no add)"] = Veto(lo=-1.0, hi=2.0)
    forms["sentence"] = Veto(where="sentence")
    for k in (10, 20, 30, 50):
        forms[f"k{k}"] = Veto(k=k)
        forms[f"k{k} spare mine"] = Veto(k=k, spare_mine=True)
    for s in sorted(ALL):
        forms[f"all but {s}"] = Veto(signals=ALL - {s})
    total = rotation(groups, forms)
    base = f1(total["JUDGE3"])
    print(f"rotation: {len(groups)} writers, {sum(len(g.rows) for g in groups)} captions")
    print(f"  {'rules':24} {prf3(total['rules'])}  dF vs JUDGE3 {f1(total['rules']) - base:+.4f}")
    for n, c in total.items():
        if n != "rules":
            print(f"  {n:24} {prf3(c)}  dF vs JUDGE3 {f1(c) - base:+.4f}")


def main() -> None:
    """Run the part asked for."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--curve", action="store_true")
    ap.add_argument("--veto", action="store_true")
    args = ap.parse_args()
    if args.curve:
        curve()
    if args.veto:
        vetoes()


if __name__ == "__main__":
    main()
