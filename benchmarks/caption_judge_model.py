"""caption_judge_model: two learned readers of a caption's signals, beside the rules.

Kept beside the benchmarks, out of the run-time path: they ship no weights. Trained on seven
writers' captions and scored on the eighth, in turn, neither raised precision and recall together
(`benchmarks/caption_judge.py` gives the figures), so `caption_signals` reads the rules alone.
`judged` gives what the veto would make of a reading; `finder_features` are the finder's.

The lexicon finds the candidate words; the context rules (`context.py`) say why a word would not
count. The judge reads each signal a caption's words or emoji give (in the caption's language)
and gives the probability that the caption says the OWNER does or is it: a logistic regression
with L2 over hashed features of

- the signal, the caption's languages, each term found and why the rules keep or drop it (the
  rules' cues: negated, others, question, quoted, whose, tourist, a scoped class), whether it is
  an emoji or a word;
- the words around each term found (three before, three after), with and without the signal;
- the caption's words and word pairs, its words beside the signal, and its character 3- and
  4-grams (folded), each group scaled to norm 1;
- cues anywhere in the caption: first person, others, relatives, negation, a question.

With weights, a signal the rules give would count unless the judge reads it below its threshold
(`caption_judge.json`): then none of its terms counts (why: "judge"). The veto only takes away;
the finder (one logistic a signal over the whole caption's words, word pairs and within-word
character 3-5-grams, and with `STACKED` the rules' reading) also adds. `benchmarks/caption_judge.py
--write` trains both on every writer's group (rebuilding the weights bit for bit, here).
"""

from __future__ import annotations

import json
import zlib
from functools import lru_cache
from pathlib import Path

import numpy as np

from exposure.infer.caption_lexicon import emoji_of, fold, lexicon, words_of
from exposure.infer.captions import Found, Reading
from exposure.infer.context import cue_anywhere

WEIGHTS = Path(__file__).with_name("caption_judge.npy")
META = Path(__file__).with_name("caption_judge.json")
DIM = 1 << 15  # hashed feature space (float16 weights: 64 KiB)
WINDOW = 3  # words on each side of a term found


def candidates(reading: Reading) -> list[str]:
    """The signals the judge reads in a caption: those of its terms in the caption's language
    (a word of another language stays dropped), in reading order."""
    return list(dict.fromkeys(m.signal for m, why, _ in reading.found if why != "language"))


def rules_say(reading: Reading) -> set[str]:
    """The signals the rules alone give (a term found that they keep)."""
    return {m.signal for m, why, _ in reading.found if why is None}


GROUPS = frozenset({"words", "sigwords", "grams"})  # the feature groups read (all, shipped)
RULES = True  # whether the rules' reasons are features (off: the judge reads the words alone)


def features(reading: Reading, signal: str) -> list[tuple[str, float]]:
    """The named features of one candidate signal of a caption, each with its value."""
    s = f"s={signal}"
    toks = [t for t in reading.tokens if t != "|"]
    out: list[tuple[str, float]] = [(s, 1.0), ("bias", 1.0)]
    langs = sorted(reading.langs) or ["?"]
    out += [(f"l={la}", 1.0) for la in langs] + [(f"{s}|l={la}", 1.0) for la in langs]
    mine = [(m, why, span) for m, why, span in reading.found if m.signal == signal]
    kept = any(why is None for _, why, _ in mine)
    if RULES:
        out += [(f"{s}|rules={kept}", 1.0), (f"rules={kept}", 1.0)]
    out.append((f"{s}|n={min(len(mine), 3)}", 1.0))
    window: list[tuple[str, float]] = []
    for m, why, span in mine:
        src = "emoji" if m.lang == "emoji" else "word"
        term = fold(m.term)
        why = why if RULES else "-"
        out += [(f"why={why}", 1.0), (f"{s}|why={why}", 1.0), (f"{s}|src={src}|why={why}", 1.0)]
        out += [(f"{s}|t={term}", 1.0), (f"t={term}|why={why}", 1.0)]
        if span is not None:
            i, j = span
            left = [t for t in reading.tokens[max(0, i - WINDOW) : i] if t != "|"]
            right = [t for t in reading.tokens[j : j + WINDOW] if t != "|"]
            tagged = i > 0 and "|" in reading.tokens[max(0, i - 1) : i + 1]
            out.append((f"{s}|hashtag={tagged or reading.where[i] >= 10_000}", 1.0))
            window += [(f"L={w}", 1.0) for w in left] + [(f"R={w}", 1.0) for w in right]
            window += [(f"{s}|L={w}", 1.0) for w in left] + [(f"{s}|R={w}", 1.0) for w in right]
    out += window
    out += _cues(reading, toks)
    if "words" in GROUPS:
        words = [f"c={w}" for w in toks] + [f"b={a}_{b}" for a, b in zip(toks, toks[1:])]
        out += _scaled(words)
    if "sigwords" in GROUPS:
        out += _scaled([f"{s}|c={w}" for w in toks])
    if "grams" in GROUPS:
        text = " ".join(fold(reading.text).split())
        grams = [f"g={text[k : k + n]}" for n in (3, 4) for k in range(max(0, len(text) - n + 1))]
        out += _scaled(grams)
    return out


def _scaled(names: list[str]) -> list[tuple[str, float]]:
    """Each distinct name with value 1/sqrt(count of names): the group has norm about 1."""
    names = list(dict.fromkeys(names))
    v = 1.0 / np.sqrt(len(names)) if names else 0.0
    return [(n, float(v)) for n in names]


def _cues(reading: Reading, toks: list[str]) -> list[tuple[str, float]]:
    """Cue features anywhere in the caption (the rules' cue tables, in its languages)."""
    cues = lexicon().cues
    langs = reading.langs | {"en"}
    out = []
    for name, table in (
        ("first", cues.first_person),
        ("others", cues.others),
        ("relatives", cues.relatives),
        ("negation", cues.negation),
    ):
        if cue_anywhere(table, toks, langs):
            out.append((f"cue={name}", 1.0))
    if "?" in reading.text:
        out.append(("cue=question", 1.0))
    if "#" in reading.text:
        out.append(("cue=hashtags", 1.0))
    return out


def hashed(feats: list[tuple[str, float]]) -> tuple[np.ndarray, np.ndarray]:
    """Feature names hashed into `DIM` (crc32, so the same on every run): indices and values,
    a name seen twice summed."""
    idx = np.fromiter((zlib.crc32(n.encode()) % DIM for n, _ in feats), dtype=np.int64)
    val = np.fromiter((v for _, v in feats), dtype=np.float64)
    uniq, inv = np.unique(idx, return_inverse=True)
    return uniq, np.bincount(inv, weights=val)


@lru_cache(maxsize=1)
def model() -> tuple[np.ndarray, float] | None:
    """The judge's weights and threshold, read once (None without the weights file)."""
    if not WEIGHTS.exists() or not META.exists():
        return None
    meta = json.loads(META.read_text(encoding="utf-8"))
    return np.load(WEIGHTS).astype(np.float64), float(meta["threshold"])


def probability(reading: Reading, signal: str, weights: np.ndarray) -> float:
    """The probability that the caption says the owner does or is `signal`."""
    idx, val = hashed(features(reading, signal))
    z = float(val @ weights[idx])
    return 1.0 / (1.0 + np.exp(-z))


def judged(reading: Reading) -> list[Found]:
    """The reading's terms with the judge's word: a signal the rules give and the judge reads
    below its threshold counts on none of its terms ("judge"). The judge takes, never gives: on
    held sets, signals it added beyond the rules were wrong more often than right
    (`benchmarks/caption_judge.py`)."""
    found = list(reading.found)
    m_ = model()
    if m_ is None:
        return found
    weights, threshold = m_
    for signal in rules_say(reading):
        if probability(reading, signal, weights) < threshold:
            found = [
                (m, "judge", sp) if m.signal == signal and why is None else (m, why, sp)
                for m, why, sp in found
            ]
    return found


# --- the finder: one logistic per signal over the whole caption's words ---------------------

SIGNALS = (
    "wedding engagement baby pregnancy graduation school work new_home moving pet travel "
    "religion health alcohol politics"
).split()
STACKED = True  # whether the finder reads the rules' reading beside the words
FINDER_DIM = 1 << 16  # hashed feature space of the finder (x 15 signals, float16: 1.9 MiB)


def finder_features(text: str, reading: Reading | None = None) -> list[tuple[str, float]]:
    """The finder's named features of a caption: its folded words and emoji, its word pairs and
    the character 3- to 5-grams within each word ('<' and '>' mark its ends), each group scaled
    to norm about 1, a bias, and with `STACKED` what the rules read in it: each signal they give
    ("r=work") and each term they found with why they drop it ("f=work|why=others")."""
    words = words_of(text) + emoji_of(text)
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:])]
    ends = [f"<{w}>" for w in words]
    grams = [w[k : k + n] for w in ends for n in (3, 4, 5) for k in range(len(w) - n + 1)]
    out = [("bias", 1.0)] + _scaled(["w=" + w for w in words]) + _scaled(["p=" + p for p in pairs])
    out += _scaled(["g=" + g for g in grams])
    if STACKED and reading is not None:
        out += [(f"r={s}", 1.0) for s in sorted(rules_say(reading))]
        out += [(f"f={m.signal}|why={why}", 1.0) for m, why, _ in reading.found]
    return out


def finder_hashed(text: str, reading: Reading | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The finder's features of a caption hashed into `FINDER_DIM`: indices and values."""
    feats = finder_features(text, reading)
    idx = np.fromiter((zlib.crc32(n.encode()) % FINDER_DIM for n, _ in feats), dtype=np.int64)
    val = np.fromiter((v for _, v in feats), dtype=np.float64)
    uniq, inv = np.unique(idx, return_inverse=True)
    return uniq, np.bincount(inv, weights=val)
