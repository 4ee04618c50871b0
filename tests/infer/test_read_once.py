"""What the kinds read once per run gives what reading every photo gives: caption signals and
caption hits read once per distinct caption, household members from one groupby.

Captions from real exports repeat (the photos of a post share one; most photos have none), so the
tables here repeat them too; the answers are compared with reading each photo on its own.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from exposure.infer.captions import rule_hits, signals_table
from exposure.infer.engine import caption_signals
from exposure.infer.evidence import Evidence, caption_hits

CAPTIONS = [
    "Mr & Mrs van den Berg 💍",
    "Tom & Anna's wedding 💍",
    "our baby girl is here",
    None,
    "",
    "Sunday walk with the dog",
    "Wir haben geheiratet! 💒",
    "beer with friends #tgif",
    "nieuw huis! 🏡 we zijn verhuisd",
    "At church this morning",
]


def _photos(n: int = 120) -> pd.DataFrame:
    rng = np.random.default_rng(7)
    return pd.DataFrame(
        {
            "photo_id": [f"p{i:04d}" for i in range(n)],
            "caption": [CAPTIONS[i] for i in rng.integers(0, len(CAPTIONS), n)],
            "when": pd.date_range("2022-01-01", periods=n, freq="D", tz="UTC"),
        }
    )


def _evidence(photos: pd.DataFrame) -> Evidence:
    empty = pd.DataFrame(columns=["photo_id"])
    return Evidence(photos, empty, empty, empty)


def test_caption_signals_are_signals_table_row_for_row():
    photos = _photos()
    want = signals_table(photos)
    got = caption_signals(photos)
    assert len(want) > 10  # weddings, babies, moves: the captions do give signals
    pd.testing.assert_frame_equal(got.astype(object), want.astype(object))


def test_caption_signals_of_no_caption_is_empty():
    photos = _photos(5).assign(caption=None)
    assert caption_signals(photos).empty
    assert list(caption_signals(photos).columns) == ["photo_id", "signal", "term", "lang"]


def test_caption_hits_are_each_caption_read_alone():
    photos = _photos()
    ev = _evidence(photos)
    words = {"en": ["wedding", "church"], "nl": ["verhuisd"]}
    got = caption_hits(ev, words)
    want = rule_hits(photos.set_index("photo_id")["caption"], words).astype(bool)
    assert got.any() and not got.all()
    assert got.tolist() == want.tolist() and got.index.tolist() == want.index.tolist()
    plain = caption_hits(ev, ["dog", "tgif"])
    said = photos["caption"].fillna("").str.lower().str.contains(r"(?<!\w)(?:dog|tgif)(?!\w)")
    assert plain.tolist() == said.tolist()
