"""ids.among answers as Series.isin does, for ids given as a set, a list or an Index, on Arrow
text columns and on object columns."""

from __future__ import annotations

import pandas as pd
import pytest

from exposure.derive.ids import among

COLUMN = ["a1", "b2", None, "c3", "a1", "é4"]


@pytest.mark.parametrize(
    "ids",
    [
        {"a1", "é4"},
        ["c3", "zz"],
        pd.Index(["b2", "a1"]),
        pd.Series(["é4"]).drop_duplicates(),
        {"a1", None},
        {1, "a1"},  # not all text: pandas' own isin
        set(),
    ],
    ids=["set", "list", "index", "series", "none-in-set", "mixed", "empty"],
)
@pytest.mark.parametrize("dtype", ["str", object])
def test_among_is_isin(ids, dtype):
    column = pd.Series(COLUMN, dtype=dtype)
    assert among(column, ids).tolist() == column.isin(ids).tolist()


def test_an_empty_column():
    assert among(pd.Series([], dtype="str"), {"a"}).tolist() == []
