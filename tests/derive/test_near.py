"""near.counts_within gives the counts of a tree's ball query, on a dense home, sparse towns,
repeated points, a batch of pairs split in many, and points too far apart for one grid."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.spatial import cKDTree

from exposure.derive import near
from exposure.derive.places import unit_sphere

R = 250 / 6_371_000  # 250 m on the unit sphere


def tree_counts(xyz: np.ndarray, r: float = R) -> np.ndarray:
    return np.asarray(cKDTree(xyz).query_ball_point(xyz, r=r, return_length=True))


def cloud(seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    spots = [(52.37, 4.89, 0.0004, 600), (52.34, 4.92, 0.001, 200), (52.37, 4.89, 0.03, 400)]
    lat = np.concatenate([rng.normal(a, s, k) for a, _, s, k in spots] + [np.full(15, 52.5)])
    lon = np.concatenate([rng.normal(b, s, k) for _, b, s, k in spots] + [np.full(15, 5.0)])
    return unit_sphere(lat, lon)


@pytest.mark.parametrize("seed", range(5))
def test_the_counts_are_the_trees(seed):
    xyz = cloud(seed)
    assert near.counts_within(xyz, R).tolist() == tree_counts(xyz).tolist()


def test_the_counts_are_the_same_when_the_pairs_are_compared_a_few_at_a_time(monkeypatch):
    xyz = cloud(7)
    monkeypatch.setattr(near, "BATCH", 50)
    assert near.counts_within(xyz, R).tolist() == tree_counts(xyz).tolist()


def test_points_far_apart_and_no_points():
    xyz = unit_sphere(np.array([52.37, -33.9, 35.7, 52.3701]), np.array([4.89, 18.4, 139.7, 4.89]))
    assert near.counts_within(xyz, R).tolist() == [2, 1, 1, 2]
    assert near.counts_within(xyz, 1e-9).tolist() == tree_counts(xyz, 1e-9).tolist()
    assert near.counts_within(np.zeros((0, 3)), R).tolist() == []
