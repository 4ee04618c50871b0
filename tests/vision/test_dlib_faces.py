"""exposure's own face calls (dlib_faces) give face_recognition's boxes and encodings bit for bit,
on real photos, without loading the models face_recognition loads and exposure never runs."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from PIL import Image

from exposure.vision.dlib_faces import DlibFaces


@pytest.mark.data
def test_boxes_and_encodings_are_face_recognitions_own(test_data):
    import face_recognition as fr

    ours = DlibFaces()
    photos = sorted((test_data / "faces").glob("*/*.jpg"))[:6]
    photos += sorted((test_data / "coco" / "images").glob("*.jpg"))[:2]
    found = 0
    for path in photos:
        image = np.asarray(Image.open(path).convert("RGB"))
        for upsample in (0, 1):
            boxes = fr.face_locations(image, upsample, "hog")
            assert ours.face_locations(image, upsample) == boxes, path
            theirs = fr.face_encodings(image, boxes, 1, "small")
            mine = ours.face_encodings(image, boxes, 1)
            assert len(mine) == len(theirs)
            assert all(np.array_equal(a, b) for a, b in zip(mine, theirs)), path
            found += len(boxes)
    assert found >= 6


def test_only_the_models_exposure_runs_are_loaded():
    script = (
        "import sys; from exposure.vision.dlib_faces import DlibFaces; DlibFaces(); "
        "print('face_recognition' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"
    with pytest.raises(ValueError, match="HOG"):
        DlibFaces().face_locations(np.zeros((80, 80, 3), np.uint8), 0, model="cnn")
