"""near: how many points lie within a distance of each point, without visiting every pair.

A home holds thousands of photos within metres of each other: counting each one's neighbours
point by point (a tree's ball query) costs the square of that. Here points fall into grid cells of
side r/8; two cells whose boxes lie wholly within r of each other add their sizes to each other's
points at once, and only pairs of cells that straddle the distance r are looked at point by point.
The counts are those of `cKDTree.query_ball_point(..., return_length=True)`.
"""

from __future__ import annotations

import numpy as np

BATCH = 4_000_000  # point pairs compared at once along the cells that straddle r


def counts_within(xyz: np.ndarray, r: float) -> np.ndarray:
    """For each row of `xyz` (points in 3-d), the number of rows within straight-line distance
    `r` of it, itself included."""
    from scipy.spatial import cKDTree

    xyz = np.asarray(xyz, dtype=float)
    n = len(xyz)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    side = r / 8
    cell = np.floor(xyz / side).astype(np.int64)
    cell -= cell.min(axis=0)
    if cell.max() >= 2**21:  # points too far apart for one grid: the tree's own count
        return np.asarray(cKDTree(xyz).query_ball_point(xyz, r=r, return_length=True))
    key = (cell[:, 0] << 42) | (cell[:, 1] << 21) | cell[:, 2]
    _, first, cell_of, sizes = np.unique(
        key, return_index=True, return_inverse=True, return_counts=True
    )
    cells, cell_of = cell[first], cell_of.ravel()
    order = np.argsort(cell_of, kind="stable")
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    reach = r + 2 * side * np.sqrt(3)  # cell centres of boxes that may hold points within r
    a, b = cKDTree((cells + 0.5) * side).query_pairs(reach, output_type="ndarray").T
    steps = np.abs(cells[a] - cells[b])
    far = side * np.sqrt((np.maximum(steps + 1, 0) ** 2).sum(axis=1))  # farthest two points
    close = side * np.sqrt((np.maximum(steps - 1, 0) ** 2).sum(axis=1))  # closest two points
    whole = far <= r * (1 - 1e-9)
    per_cell = sizes.astype(np.int64)  # a cell (diagonal r/8 * 3**0.5) counts all its points
    per_cell += np.bincount(a[whole], weights=sizes[b[whole]], minlength=len(sizes)).astype(
        np.int64
    )
    per_cell += np.bincount(b[whole], weights=sizes[a[whole]], minlength=len(sizes)).astype(
        np.int64
    )
    counts = per_cell[cell_of]
    edge = ~whole & (close <= r * (1 + 1e-9))
    _count_pairs(xyz, r, a[edge], b[edge], sizes, starts, order, counts)
    return counts


def _count_pairs(xyz, r, a, b, sizes, starts, order, counts) -> None:
    """Add to `counts` the pairs of points within `r` between cells a[k] and b[k], point by
    point, a batch of about BATCH pairs at a time."""
    na, nb = sizes[a].astype(np.int64), sizes[b].astype(np.int64)
    pairs = na * nb
    ends = np.cumsum(pairs)
    lo = 0
    while lo < len(a):
        hi = max(lo + 1, int(np.searchsorted(ends, ends[lo] - pairs[lo] + BATCH, side="right")))
        sel = slice(lo, hi)
        rep = pairs[sel]
        k = np.repeat(np.arange(hi - lo), rep)
        local = np.arange(rep.sum()) - np.repeat(np.cumsum(rep) - rep, rep)
        i = order[starts[a[sel]][k] + local // nb[sel][k]]
        j = order[starts[b[sel]][k] + local % nb[sel][k]]
        near = ((xyz[i] - xyz[j]) ** 2).sum(axis=1) <= r * r
        counts += np.bincount(i[near], minlength=len(counts))
        counts += np.bincount(j[near], minlength=len(counts))
        lo = hi
