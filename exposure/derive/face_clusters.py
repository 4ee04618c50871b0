"""face_clusters: face encodings grouped into people, where two faces of one photo never meet.

Two faces of one photo are two different people (a cannot-link). The clustering keeps that in
two steps:

1. Faces join by average linkage under a distance threshold, as before, except that two faces of
   one photo are infinitely far apart. Linkage merges the closest pair first, so when two faces of
   one photo could join one cluster, the closer one joins and the other cannot.
2. Clusters of at least `MERGE_MIN_SIZE` faces then merge, closest pair first, while the means of
   their encodings are within `MERGE_THRESHOLD` and they share no photo. The mean of a cluster
   sheds the spread of single photos (angle, light, years), so one person whose photos fell into
   two groups (20 + 10) joins again, while two people, whose means stay almost as far apart as
   their faces, do not. Small clusters are left alone: their means are still single photos.

Measured on ../shared/data/faces (benchmarks/clusters.py): the means of two groups of one
person's photos are at most 0.33 apart (one photo against the rest: 0.38), the means of the
closest two people 0.525, and no two adults' faces of ../shared/data/ages are nearer than 0.58.
"""

from __future__ import annotations

import numpy as np

MERGE_THRESHOLD = 0.4  # between two clusters' mean encodings
MERGE_MIN_SIZE = 3  # faces in each cluster, as a person needs (people.MIN_PHOTOS)

Pairs = tuple[np.ndarray, np.ndarray]  # row indices i < j that cannot link


def cannot_link(groups: np.ndarray) -> Pairs:
    """Every pair of rows (i < j) with the same group (photo id), group by group."""
    codes = _codes(groups)
    order = np.argsort(codes, kind="stable")  # rows of one group together, in row order
    _, starts, counts = np.unique(codes[order], return_index=True, return_counts=True)
    size = np.repeat(counts, counts)
    later = size - (np.arange(len(order)) - np.repeat(starts, counts)) - 1  # partners after it
    first = np.repeat(np.arange(len(order)), later)
    step = np.arange(len(first)) - np.repeat(np.cumsum(later) - later, later) + 1
    return order[first].astype(np.int64), order[first + step].astype(np.int64)


def linkage_labels(X: np.ndarray, threshold: float, cannot: Pairs | None = None) -> np.ndarray:
    """A cluster number per row: average linkage cut at `threshold`; `cannot` pairs never join."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import pdist

    n = len(X)
    if n == 1:
        return np.zeros(1, dtype=int)
    D = pdist(X.astype(np.float64))
    if cannot is not None and len(cannot[0]):
        i, j = np.minimum(*cannot), np.maximum(*cannot)
        # a cluster average over at most n*n/4 pairs stays above the threshold with one such pair
        D[n * i - i * (i + 1) // 2 + (j - i - 1)] = 1.0 + threshold * n * n
    Z = linkage(D, method="average")
    return fcluster(Z, t=threshold, criterion="distance") - 1


def separate(X: np.ndarray, labels: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """`labels` with no two rows of one group in one cluster.

    Of the rows of one group in one cluster, the one nearest the cluster's mean stays; each other
    one becomes a cluster of its own.
    """
    labels = np.asarray(labels).copy()
    codes = _codes(groups)
    keys = labels.astype(np.int64) * (codes.max() + 1) + codes
    order = np.argsort(keys, kind="stable")
    _, starts, counts = np.unique(keys[order], return_index=True, return_counts=True)
    if not (counts > 1).any():
        return labels
    sums, sizes = _sums(X, labels)
    fresh = labels.max() + 1
    for start, count in zip(starts[counts > 1], counts[counts > 1]):
        rows = order[start : start + count]
        c = labels[rows[0]]
        keep = rows[np.linalg.norm(X[rows] - sums[c] / sizes[c], axis=1).argmin()]
        for r in rows[rows != keep]:
            labels[r] = fresh
            fresh += 1
    return labels


def _sums(X: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(sum of the rows, number of rows) per label 0 … labels.max()."""
    from scipy.sparse import csr_matrix

    k, n = labels.max() + 1, len(labels)
    member = csr_matrix((np.ones(n), (labels, np.arange(n))), shape=(k, n))
    sums = member @ np.asarray(X, dtype=np.float64)  # row by row, in order, as np.add.at did
    return sums, np.bincount(labels, minlength=k)


def merge(
    X: np.ndarray,
    labels: np.ndarray,
    groups: np.ndarray,
    threshold: float = MERGE_THRESHOLD,
    min_size: int = MERGE_MIN_SIZE,
) -> np.ndarray:
    """`labels` after joining clusters of `min_size`+ rows whose means are within `threshold`
    and which share no group; renumbered 0, 1, 2 … in order of first row."""
    _, labels = np.unique(labels, return_inverse=True)
    labels = labels.ravel()
    all_sums, sizes = _sums(X, labels)
    big = np.flatnonzero(sizes >= min_size)
    root = np.arange(len(sizes))
    if len(big) > 1:
        codes = _codes(groups)
        sums = {c: all_sums[c] for c in big}
        count = {c: int(sizes[c]) for c in big}
        in_big = np.isin(labels, big)
        photos: dict[int, set] = {c: set() for c in big}
        for c, g in zip(labels[in_big].tolist(), codes[in_big].tolist()):
            photos[c].add(g)
        for _, a, b in _close_pairs(all_sums[big] / sizes[big, None], threshold):
            ra, rb = _find(root, big[a]), _find(root, big[b])
            near = np.linalg.norm(sums[ra] / count[ra] - sums[rb] / count[rb]) <= threshold
            if ra != rb and near and not photos[ra] & photos[rb]:
                root[rb] = ra
                sums[ra] = sums[ra] + sums[rb]
                count[ra] += count[rb]
                photos[ra] |= photos[rb]
    merged = np.array([_find(root, c) for c in range(len(sizes))])[labels]
    _, first, inverse = np.unique(merged, return_index=True, return_inverse=True)
    return np.argsort(np.argsort(first))[inverse.ravel()]


def _find(root: np.ndarray, c: int) -> int:
    while root[c] != c:
        root[c] = root[root[c]]
        c = root[c]
    return int(c)


def _close_pairs(means: np.ndarray, threshold: float, block: int = 2048) -> list:
    """(distance, a, b) for every pair of rows of `means` within `threshold`, a < b, nearest
    first."""
    sq = (means * means).sum(1)
    found = []
    for start in range(0, len(means), block):
        B = means[start : start + block]
        d2 = (B * B).sum(1)[:, None] + sq[None, :] - 2 * B @ means.T
        a, b = np.nonzero(d2 <= threshold * threshold)
        keep = a + start < b
        a, b = a[keep], b[keep]
        d = np.sqrt(np.maximum(d2[a, b], 0))
        found.extend(zip(d.tolist(), (a + start).tolist(), b.tolist()))
    return sorted(found)


def _codes(groups: np.ndarray) -> np.ndarray:
    """Groups as integers 0 … k-1."""
    return np.unique(np.asarray(groups), return_inverse=True)[1].ravel()
