"""Face clusters, the owner and the user's corrections."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import numpy as np
import pytest
import yaml

from exposure.derive.people import FaceClusterer

MULTI_PERSON = ("two_people", "obama_and_biden", "kit_with_rose", "32bit")
NAMES = (
    ("obama", "obama"),
    ("biden", "biden"),
    ("alex", "alex_lacamoire"),
    ("lin-manuel", "lin_manuel_miranda"),
    ("johnsnow", "kit_harington"),
)


def identity(path: str) -> str | None:
    """Who a photo of ../shared/data/faces shows, from its folder or file name."""
    parts = path.split("/")
    if parts[0].startswith("person_"):
        return parts[0]
    if "train" in parts:
        return parts[-2]
    name = parts[-1].lower()
    if name.startswith(MULTI_PERSON):
        return None
    return next((who for key, who in NAMES if key in name), None)


def bcubed(truth: list[str], labels: list[int]) -> tuple[float, float]:
    n = len(truth)
    p = r = 0.0
    for t, lab in zip(truth, labels):
        cluster = [tt for tt, ll in zip(truth, labels) if ll == lab]
        same = [ll for tt, ll in zip(truth, labels) if tt == t]
        p += cluster.count(t) / len(cluster)
        r += same.count(lab) / len(same)
    return p / n, r / n


@pytest.mark.slow
def test_clusters_of_the_real_face_sets_are_precise_and_complete(faces_scan):
    db = sqlite3.connect(faces_scan / "exposure.db")
    rows = db.execute(
        "SELECT p.path, f.encoding FROM faces f JOIN photos p ON p.photo_id = f.photo_id"
    ).fetchall()
    per_photo: dict[str, int] = {}
    for path, _ in rows:
        per_photo[path] = per_photo.get(path, 0) + 1
    X = np.stack([np.frombuffer(e, dtype=np.float32) for _, e in rows])
    labels = FaceClusterer().fit_predict(X)  # every face, multi-person photos included
    scored = [
        (identity(p), lab) for (p, _), lab in zip(rows, labels) if per_photo[p] == 1 and identity(p)
    ]
    precision, recall = bcubed([t for t, _ in scored], [lab for _, lab in scored])
    print(f"BCubed over {len(scored)} single-face photos: P={precision:.3f} R={recall:.3f}")
    assert len(scored) >= 40
    assert precision >= 0.95 and recall >= 0.9


def _blobs(
    n_people: int, per_person: int, noise: int, seed: int = 0
) -> tuple[np.ndarray, np.ndarray]:
    """Synthetic encodings: same-person distances about 0.4, different people about 0.9."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(0, 0.056, (n_people, 128))
    X = np.repeat(centres, per_person, axis=0) + rng.normal(0, 0.025, (n_people * per_person, 128))
    y = np.repeat(np.arange(n_people), per_person)
    X = np.vstack([X, rng.normal(0, 0.056, (noise, 128))])
    y = np.concatenate([y, -1 - np.arange(noise)])
    return X.astype(np.float32), y


def test_large_sets_go_through_leaders_and_agree_with_the_exact_clustering():
    X, y = _blobs(40, 30, 100)
    exact = FaceClusterer(max_exact=10_000).fit(X).labels_
    fast = FaceClusterer(max_exact=500, block=256).fit(X)
    assert fast.n_leaders_ < len(X) / 2
    assert bcubed(list(y), list(fast.labels_)) >= (0.99, 0.99)
    assert bcubed(list(exact), list(fast.labels_)) >= (0.99, 0.99)


@pytest.mark.parametrize(
    "case, X, expected",
    [
        # one face: one cluster of one
        ("single", np.zeros((1, 128), np.float32), [0]),
        # no faces at all: no labels, no error
        ("empty", np.zeros((0, 128), np.float32), []),
        # two encodings 0.3 apart are one person; a third 1.0 away is someone else
        (
            "near-and-far",
            np.array([[0] * 128, [0.3] + [0] * 127, [1.0] * 1 + [0.9] + [0] * 126], np.float32),
            "two clusters",
        ),
    ],
)
def test_clusterer_edge_cases(case, X, expected):
    labels = FaceClusterer().fit_predict(X)
    if expected == "two clusters":
        assert labels[0] == labels[1] != labels[2]
    else:
        assert list(labels) == expected


def _exposure(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "exposure", *args, "--quiet"],
        capture_output=True,
        text=True,
        timeout=900,
    )


def test_corrections_rename_and_drop_people_without_models(models_dir, tmp_path):
    out = tmp_path / "out"
    scanned = _exposure(
        "scan", "sample_data/facebook-grace", "--out", str(out), "--models", str(models_dir)
    )
    assert scanned.returncode == 0, scanned.stderr
    before = yaml.safe_load((out / "results.json").read_text())["people"]
    ids = [p["person_id"] for p in before]
    assert len(ids) >= 2 and before[0]["is_owner"]
    (out / "corrections.yaml").write_text(
        yaml.safe_dump({"names": {ids[0]: "Grace"}, "not_a_person": [ids[1]]})
    )
    proc = _exposure("report", str(out))
    assert proc.returncode == 0, proc.stderr
    after = yaml.safe_load((out / "results.json").read_text())["people"]
    assert [p["person_id"] for p in after] == [ids[0]] + ids[2:]
    assert after[0]["name"] == "Grace"


def test_split_by_photo_id_moves_only_that_persons_faces():
    import pandas as pd

    from exposure.derive.people import Corrections, _apply

    faces = pd.DataFrame(
        {
            "face_id": ["a-0", "b-0", "b-1", "c-0"],
            "photo_id": ["a", "b", "b", "c"],
            "person_id": ["person-1", "person-1", "person-2", "person-1"],
        }
    )
    out = _apply(faces, Corrections(merge=[], split={"person-1": ["b"]}, not_a_person=[], names={}))
    assert list(out["person_id"]) == ["person-1", "person-1-split", "person-2", "person-1"]
