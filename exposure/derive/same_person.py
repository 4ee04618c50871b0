"""same_person: clusters of one person that face clustering left apart, joined by their context.

Clustering (face_clusters) joins two clusters only when their mean encodings are within 0.4: the
distance where two people's means are never seen. One person whose photos fall into two looks
(a haircut, glasses, years apart) can be split further apart than that, and then one partner
becomes two members of the household. Such a pair is joined here when all of these hold:

- neither shares a photo with the other (two faces of one photo are two people), now or once
  joined;
- both recur where the person lives: each is on at least `MIN_HOME` photos at home (the home
  place cluster) on two days or more, or both are seen with the same recurring person (not
  the two themselves) on `MIN_WITH` photos each;
- their mean encodings are within `THRESHOLD`, looser than clustering's 0.4 because the context
  leaves few candidates: the people of one home, not every stranger of the archive.

Pairs join closest first, and a joined cluster's mean and photos are those of both, checked again
before the next pair. Measured on the real face identities of ../shared/data, each photo cut
several ways and encoded by exposure's encoder (tests/builders/households.py): clusters of one
person left apart in simulated households are 0.47-0.48 apart, two different adults 0.50 and
more; two different children can be as close as 0.37, so for them it is the context (brothers
and sisters share photos) that keeps them two. Tuned on seeds 0-39 of benchmarks/households.py
(0.49: every split joined, no two people joined; 0.50 joined two people).
"""

from __future__ import annotations

from collections import Counter, defaultdict

import numpy as np
import pandas as pd

from . import face_clusters

THRESHOLD = 0.49  # between the mean encodings of two clusters of one person
MIN_FACES = 2  # faces a cluster needs before its context means anything
MIN_HOME = 2  # photos at home (on 2+ days) that make a cluster part of the home
MIN_WITH = 2  # photos with the same recurring person that tie two clusters together
MIN_DAYS = 2


def join(
    faces: pd.DataFrame,
    when: pd.Series,
    home_photos: set[str],
    threshold: float | None = None,
) -> pd.Series:
    """The `cluster` of each face (index of `faces`) once clusters of one person seen in the same
    context are joined; `faces` has cluster, photo_id and encoding, `when` maps photo_id to time.
    `threshold`: between two clusters' means (THRESHOLD unless given; 0 joins nothing)."""
    threshold = THRESHOLD if threshold is None else threshold
    labels = faces["cluster"].to_numpy()
    if len(faces) < 2 * MIN_FACES or threshold <= 0:
        return faces["cluster"].copy()
    photos = faces.groupby("cluster")["photo_id"].agg(set).to_dict()
    sizes = faces.groupby("cluster").size()
    cands = [int(c) for c in sizes.index[sizes >= MIN_FACES]]
    if len(cands) < 2:
        return faces["cluster"].copy()
    X = np.stack([np.frombuffer(e, dtype=np.float32) for e in faces["encoding"]])
    _, codes = np.unique(labels, return_inverse=True)
    all_sums, _ = face_clusters._sums(X.astype(float), codes.ravel())
    code_of = dict(zip(labels.tolist(), codes.ravel().tolist()))
    sums = {c: all_sums[code_of[c]] for c in cands}
    count = {c: int(sizes[c]) for c in cands}
    at_home = {c: _recurs(photos[c] & home_photos, when) for c in cands}
    with_ = _companions(faces, cands, sizes)
    root = {c: c for c in cands}
    for _, a, b in _pairs(cands, sums, count, threshold):
        ra, rb = _find(root, a), _find(root, b)
        if ra == rb or photos[ra] & photos[rb]:
            continue
        if np.linalg.norm(sums[ra] / count[ra] - sums[rb] / count[rb]) > threshold:
            continue
        if not (at_home[ra] and at_home[rb]) and not _shared(with_[ra], with_[rb], ra, rb):
            continue
        root[rb] = ra
        sums[ra], count[ra] = sums[ra] + sums[rb], count[ra] + count[rb]
        photos[ra] = photos[ra] | photos[rb]
        with_[ra] = with_[ra] + with_[rb]
        at_home[ra] = at_home[ra] or at_home[rb]
    joined = {c: _find(root, c) for c in cands}
    return faces["cluster"].map(lambda c: joined.get(int(c), c))


def _recurs(ids: set[str], when: pd.Series) -> bool:
    """Whether `ids` are MIN_HOME photos or more on MIN_DAYS days (an undated photo: a day)."""
    if len(ids) < MIN_HOME:
        return False
    days = {when.get(p).date() if not pd.isna(when.get(p)) else p for p in ids}
    return len(days) >= MIN_DAYS


def _companions(faces: pd.DataFrame, cands: list[int], sizes: pd.Series) -> dict[int, Counter]:
    """cluster -> Counter of the recurring clusters (3+ faces) seen in its photos."""
    recurring = set(sizes.index[sizes >= 3])
    by_photo: dict[str, list[int]] = defaultdict(list)
    for photo, c in zip(faces["photo_id"], faces["cluster"]):
        by_photo[photo].append(int(c))
    out = {c: Counter() for c in cands}
    for members in by_photo.values():
        for c in members:
            if c in out:
                out[c].update(k for k in members if k != c and k in recurring)
    return out


def _shared(a: Counter, b: Counter, ra: int, rb: int) -> bool:
    """Whether one recurring person (not ra or rb) is with each on MIN_WITH photos or more."""
    return any(n >= MIN_WITH and b.get(k, 0) >= MIN_WITH for k, n in a.items() if k not in (ra, rb))


def _pairs(cands: list[int], sums: dict, count: dict, threshold: float) -> list:
    """(distance, a, b) of the candidate clusters whose means are within `threshold`, nearest
    first."""
    means = np.array([sums[c] / count[c] for c in cands])
    return [(d, cands[i], cands[j]) for d, i, j in face_clusters._close_pairs(means, threshold)]


def _find(root: dict, c: int) -> int:
    while root[c] != c:
        root[c] = root[root[c]]
        c = root[c]
    return c
