"""places._clusters finds DBSCAN's clusters without listing the pairs within eps.

The reference below is the pairwise DBSCAN it replaced (every pair within eps from a tree, a
graph of the core pairs): the two must give the same clusters, numbered in the same order, on
clouds with a dense home, sparse towns, chains and lone points.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from exposure.derive.places import EARTH_KM, HOME_RADIUS_KM, _clusters, unit_sphere


def pairwise_dbscan(locs: pd.DataFrame, min_samples: int = 3) -> np.ndarray:
    """DBSCAN from every pair within eps; border points may join any cluster they touch."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components
    from scipy.spatial import cKDTree

    xyz = unit_sphere(locs["lat"].to_numpy(), locs["lon"].to_numpy())
    pairs = cKDTree(xyz).query_pairs(HOME_RADIUS_KM / EARTH_KM, output_type="ndarray")
    n = len(xyz)
    core = np.bincount(pairs.ravel(), minlength=n) + 1 >= min_samples
    labels = np.full(n, -1)
    cp = pairs[core[pairs[:, 0]] & core[pairs[:, 1]]]
    graph = coo_matrix((np.ones(len(cp)), (cp[:, 0], cp[:, 1])), shape=(n, n))
    _, comp = connected_components(graph, directed=False)
    labels[core] = comp[core]
    return labels, core, pairs


def cloud(seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    parts = [
        (52.37, 4.89, 0.0004, 400),  # a home: hundreds of photos within metres
        (52.34, 4.92, 0.002, 60),  # work
        (52.37, 4.89, 0.04, 150),  # the town around: sparse, chains here and there
        (41.15, -8.61, 0.001, 12),  # a trip
        (35.68, 139.69, 0.5, 5),  # lone points
    ]
    lat = np.concatenate([rng.normal(a, s, k) for a, _, s, k in parts])
    lon = np.concatenate([rng.normal(b, s, k) for _, b, s, k in parts])
    # a chain of points 0.9 km apart: one cluster only by chaining
    chain_lat = 52.50 + np.arange(8) * 0.9 / 111.2
    lat, lon = np.concatenate([lat, chain_lat]), np.concatenate([lon, np.full(8, 5.0)])
    order = rng.permutation(len(lat))
    return pd.DataFrame({"lat": lat[order], "lon": lon[order]})


@pytest.mark.parametrize("seed", range(6))
def test_the_clusters_are_pairwise_dbscans_in_the_same_order(seed):
    locs = cloud(seed)
    got = _clusters(locs)
    ref, core, pairs = pairwise_dbscan(locs)
    # core points: the same partition, numbered in the order of each cluster's first row
    _, ref_dense = np.unique(ref[core], return_inverse=True)
    first = [np.flatnonzero(ref_dense == c).min() for c in range(ref_dense.max() + 1)]
    rank = np.argsort(np.argsort(first))
    assert got[core].tolist() == rank[ref_dense].tolist()
    assert got.max() == ref_dense.max()
    # border points join a cluster of a core point within eps; the rest are noise
    touching: dict[int, set] = {}
    for i, j in pairs:
        for b, c in ((i, j), (j, i)):
            if core[c] and not core[b]:
                touching.setdefault(b, set()).add(int(got[c]))
    for b in np.flatnonzero(~core):
        assert got[b] in touching.get(b, {-1}), b


def test_the_chain_is_one_cluster_and_far_points_are_noise():
    locs = cloud(0)
    labels = _clusters(locs)
    chain = labels[locs["lon"].to_numpy() == 5.0]
    assert len(set(chain)) == 1 and chain[0] >= 0
    tokyo = labels[locs["lon"].to_numpy() > 100]
    assert (tokyo == -1).all()


def test_fewer_points_than_a_cluster_needs_are_noise():
    locs = pd.DataFrame({"lat": [52.37, 52.3701], "lon": [4.89, 4.89]})
    assert _clusters(locs).tolist() == [-1, -1]
    assert _clusters(locs.iloc[:0]).tolist() == []
