"""people: face encodings clustered into people, the owner, and what each person's photos show.

Clustering is conservative, because merging two siblings into one person (or one person into
many) is the error photo managers are blamed for most: average linkage with a distance threshold
below dlib's usual 0.6, two faces of one photo never in one cluster (face_clusters), and a cluster
only becomes a *person* with several photos on different days; the rest stay unnamed strangers.
Clusters of one person that clustering left apart are then joined when they share no photo, recur
at home or with the same people, and are close enough (same_person).
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
import pandas as pd

from . import face_clusters, same_person
from .corrections import Corrections

THRESHOLD = 0.5  # average-linkage distance: same person ≤ 0.48 and different ≥ 0.62 on average
MIN_PHOTOS = 3
MIN_DAYS = 2
PROFILE_ALBUM = re.compile(r"profile|profil|perfil|foto.*profilo|profielfoto", re.IGNORECASE)


class FaceClusterer:
    """Average-linkage clustering of face encodings, in the scikit-learn style.

    Faces of one photo (`groups` in `fit`) never share a cluster, and clusters of one person that
    linkage left apart merge again when their means are close (see face_clusters).
    Up to `max_exact` encodings are clustered exactly. Larger sets are first reduced to leaders
    (each encoding joins the nearest leader within `leader_radius`, below the closest two different
    people seen, 0.51), the leaders are clustered, and every encoding takes its leader's
    cluster. That keeps 100,000 encodings within a minute and a few GB.
    """

    def __init__(
        self,
        threshold: float = THRESHOLD,
        leader_radius: float = 0.42,
        max_exact: int = 4000,
        block: int = 2048,
        merge_threshold: float = face_clusters.MERGE_THRESHOLD,
        merge_min_size: int = face_clusters.MERGE_MIN_SIZE,
    ):
        self.threshold = threshold
        self.leader_radius = leader_radius
        self.max_exact = max_exact
        self.block = block
        self.merge_threshold = merge_threshold
        self.merge_min_size = merge_min_size

    def fit(self, X: np.ndarray, y: None = None, groups: np.ndarray | None = None) -> FaceClusterer:
        """Cluster the encodings `X` (one row per face); returns self, with `labels_` set.

        Rows with the same `groups` value (photo id) are never one cluster.
        """
        X = np.asarray(X, dtype=np.float32)
        if X.ndim != 2:
            raise ValueError(f"expected a 2-d array of encodings, got shape {X.shape}")
        if len(X) == 0:
            self.labels_ = np.zeros(0, dtype=int)
            return self
        groups = np.arange(len(X)) if groups is None else np.asarray(groups)
        cannot = face_clusters.cannot_link(groups)
        if len(X) <= self.max_exact:
            labels = face_clusters.linkage_labels(X, self.threshold, cannot)
        else:
            leaders, assign = _leaders(X, self.leader_radius, self.block)
            self.n_leaders_ = len(leaders)
            apart = assign[cannot[0]] != assign[cannot[1]]
            lead_cannot = (assign[cannot[0]][apart], assign[cannot[1]][apart])
            labels = face_clusters.linkage_labels(leaders, self.threshold, lead_cannot)[assign]
            labels = face_clusters.separate(X, labels, groups)
        self.labels_ = face_clusters.merge(
            X, labels, groups, self.merge_threshold, self.merge_min_size
        )
        return self

    def fit_predict(
        self, X: np.ndarray, y: None = None, groups: np.ndarray | None = None
    ) -> np.ndarray:
        """A cluster number per row of `X` (see `fit`)."""
        return self.fit(X, groups=groups).labels_


def _leaders(X: np.ndarray, radius: float, block: int) -> tuple[np.ndarray, np.ndarray]:
    """Greedy leader clustering, vectorised by blocks: (leader vectors, leader index per row)."""
    leaders = np.empty((0, X.shape[1]), dtype=np.float32)
    lead_sq = np.empty(0, dtype=np.float32)
    assign = np.empty(len(X), dtype=np.int64)
    r2 = radius * radius
    for start in range(0, len(X), block):
        B = X[start : start + block]
        b_sq = (B * B).sum(1)
        if len(leaders):
            d2 = b_sq[:, None] + lead_sq[None, :] - 2 * B @ leaders.T
            best = d2.argmin(1)
            near = d2[np.arange(len(B)), best] <= r2
        else:
            best, near = np.zeros(len(B), dtype=np.int64), np.zeros(len(B), dtype=bool)
        assign[start : start + len(B)][near] = best[near]
        new: list[int] = []
        for i in np.flatnonzero(~near):  # the rest lead, or join a leader made in this block
            if new:
                d2 = ((B[new] - B[i]) ** 2).sum(1)
                j = int(d2.argmin())
                if d2[j] <= r2:
                    assign[start + i] = len(leaders) + j
                    continue
            assign[start + i] = len(leaders) + len(new)
            new.append(int(i))
        if new:
            leaders = np.vstack([leaders, B[new]])
            lead_sq = np.concatenate([lead_sq, b_sq[new]])
    return leaders, assign


def cluster_faces(
    faces: pd.DataFrame, clusterer: FaceClusterer | None = None, cache: dict | None = None
) -> pd.Series:
    """A cluster number per face (index of `faces`); faces of one photo are never one cluster.

    `cache` (a dict kept by the caller) maps a digest of the faces and the clusterer's parameters
    to earlier labels, so that a report over unchanged faces does not cluster them again.
    """
    if faces.empty:
        return pd.Series(dtype=int)
    clusterer = clusterer or FaceClusterer()
    digest = hashlib.sha256(repr(sorted(vars(clusterer).items())).encode())
    digest.update("".join(faces["face_id"].tolist()).encode())  # as one update per id
    key = digest.hexdigest()[:24]
    if cache is not None and cache.get("key") == key:
        return pd.Series(cache["labels"], index=faces.index)
    X = np.stack([np.frombuffer(e, dtype=np.float32) for e in faces["encoding"].tolist()])
    labels = clusterer.fit_predict(X, groups=faces["photo_id"].to_numpy())
    if cache is not None:
        cache.update(key=key, labels=[int(v) for v in labels])
    return pd.Series(labels, index=faces.index)


def people(
    faces: pd.DataFrame,
    photos: pd.DataFrame,
    corrections: Corrections | None = None,
    home_photos: set[str] | None = None,
    cache: dict | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(faces with `person_id`, the people table). Strangers have person_id None."""
    faces = faces.copy()
    faces["cluster"] = cluster_faces(faces, cache=cache)
    when = photos.set_index("photo_id")["when"] if "when" in photos else pd.Series(dtype=object)
    faces["cluster"] = same_person.join(faces, when, home_photos or set())
    corrections = corrections or Corrections([], {}, [], {})
    faces["person_id"] = _name_clusters(faces, photos)
    corrections.check(set(faces["person_id"].dropna()), faces)
    faces = _apply(faces, corrections)
    table = _table(faces, photos, corrections, home_photos or set())
    return faces, table


def _name_clusters(faces: pd.DataFrame, photos: pd.DataFrame) -> pd.Series:
    """person-1, person-2 … by number of photos, for clusters that recur on different days."""
    if faces.empty:  # no face (or no photo at all): nobody to name
        return pd.Series(None, index=faces.index, dtype=object)
    seen = faces[["cluster", "photo_id"]].drop_duplicates()
    when = pd.to_datetime(seen["photo_id"].map(_when(photos)), utc=True)
    by = seen.groupby("cluster")
    stats = pd.DataFrame(
        {
            "photos": by["photo_id"].size(),
            "first": by["photo_id"].min(),
            "days": when.dt.normalize().groupby(seen["cluster"]).nunique(),
            "undated": when.isna().groupby(seen["cluster"]).any(),
        }
    )
    recurs = (stats["photos"] >= MIN_PHOTOS) & ((stats["days"] >= MIN_DAYS) | stats["undated"])
    ranked = stats[recurs].rename_axis("c").reset_index()
    ranked = ranked.sort_values(["photos", "first", "c"], ascending=[False, True, True])
    names = {c: f"person-{i + 1}" for i, c in enumerate(ranked["c"])}
    return faces["cluster"].map(names)


def _when(photos: pd.DataFrame) -> pd.Series:
    """photo_id -> when (its first row's), empty when photos have no `when`."""
    if "when" not in photos:
        return pd.Series(dtype="datetime64[ns, UTC]")
    return photos.drop_duplicates("photo_id").set_index("photo_id")["when"]


def _apply(faces: pd.DataFrame, c: Corrections) -> pd.DataFrame:
    for group in c.merge:
        if group:
            faces.loc[faces["person_id"].isin(group), "person_id"] = group[0]
    for person, ids in c.split.items():  # face ids, or photo ids (shown in the report)
        mine = faces["person_id"] == person
        moved = mine & (faces["face_id"].isin(ids) | faces["photo_id"].isin(ids))
        faces.loc[moved, "person_id"] = f"{person}-split"
    faces.loc[faces["person_id"].isin(c.not_a_person), "person_id"] = None
    return faces


def _table(
    faces: pd.DataFrame, photos: pd.DataFrame, c: Corrections, home_photos: set[str]
) -> pd.DataFrame:
    cols = [
        "person_id",
        "name",
        "photos",
        "first_seen",
        "last_seen",
        "days_seen",
        "is_owner",
        "co_occurs_with_owner",
        "home_share",
        "thumb",
        "photo_ids",
    ]
    named = faces.dropna(subset=["person_id"])
    if named.empty:
        return pd.DataFrame(columns=cols)
    when = _when(photos)
    owner = find_owner(named, photos)
    owner_photos = set(named.loc[named["person_id"] == owner, "photo_id"])
    rows = []
    for person, group in named.groupby("person_id"):
        pids = sorted(set(group["photo_id"]))
        times = pd.to_datetime(when.reindex(pids), utc=True).dropna().reset_index(drop=True)
        biggest = group.assign(
            area=(group["bottom"] - group["top"]) * (group["right"] - group["left"])
        )
        rows.append(
            {
                "person_id": person,
                "name": c.names.get(person),
                "photos": len(pids),
                "first_seen": times.min() if len(times) else pd.NaT,
                "last_seen": times.max() if len(times) else pd.NaT,
                "days_seen": times.dt.date.nunique() if len(times) else 0,
                "is_owner": person == owner,
                "co_occurs_with_owner": 0 if person == owner else len(set(pids) & owner_photos),
                "home_share": len(set(pids) & home_photos) / len(pids),
                "thumb": biggest.sort_values("area").iloc[-1]["thumb"],
                "photo_ids": pids,
            }
        )
    return (
        pd.DataFrame(rows, columns=cols)
        .sort_values(["photos", "person_id"], ascending=[False, True])
        .reset_index(drop=True)
    )


def find_owner(named_faces: pd.DataFrame, photos: pd.DataFrame) -> str | None:
    """The person most often in the profile-picture album, else the most frequent person."""
    profile = set(photos.loc[photos["album"].fillna("").str.contains(PROFILE_ALBUM), "photo_id"])
    in_profile = named_faces[named_faces["photo_id"].isin(profile)]
    pool = in_profile if not in_profile.empty else named_faces
    counts = pool.groupby("person_id")["photo_id"].nunique()
    return None if counts.empty else str(counts.sort_values(ascending=False).index[0])
