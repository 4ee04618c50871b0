"""ids: which rows of a table hold one of a set of photo ids, fast on pandas' Arrow strings.

pandas 3 stores text as Arrow strings, and `Series.isin(ids)` turns every id of `ids` into an Arrow
scalar one by one (about 20 µs each): remove-to-hide, which drops thousands of ids at each of its
steps from every table, spent most of its time there. `among` hands the ids to Arrow whole.
"""

from __future__ import annotations

from collections.abc import Collection

import numpy as np
import pandas as pd


def among(column: pd.Series, ids: Collection) -> np.ndarray:
    """A bool per row of `column`: whether its value is one of `ids` (as `column.isin(ids)`)."""
    if not len(column) or not len(ids):
        return np.zeros(len(column), dtype=bool)
    import pyarrow as pa
    import pyarrow.compute as pc

    to_arrow = getattr(column.array, "__arrow_array__", None)
    if to_arrow is None:
        return column.isin(ids).to_numpy(dtype=bool)
    values = to_arrow()
    given = getattr(getattr(ids, "array", None), "__arrow_array__", None)
    given = given() if given is not None else None  # ids in an Index or Series of Arrow text
    if given is not None and (
        pa.types.is_string(given.type) or pa.types.is_large_string(given.type)
    ):
        value_set = given.combine_chunks().cast(values.type)
    elif all(isinstance(i, str) for i in ids):
        value_set = pa.array(list(ids), type=values.type)
    else:
        return column.isin(ids).to_numpy(dtype=bool)
    found = pc.is_in(values, value_set=value_set)
    return found.to_numpy(zero_copy_only=False).astype(bool)
