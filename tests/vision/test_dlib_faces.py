"""exposure's own face calls (dlib_faces) give face_recognition's boxes bit for bit and its
encodings to within ENCODING_TOLERANCE (dlib's ResNet on onnxruntime, `face_encoder`: measured
L2 max 1.3e-6 on all 266 faces HOG finds in ../shared/data, benchmarks/face_encoder.py), or bit for bit
with dlib's own encoder (without `onnx`), on real photos, without loading the models
face_recognition loads and exposure never runs."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from PIL import Image

from exposure.vision.dlib_faces import DlibFaces

# L2 distance, ours to face_recognition's: float32 sums in another order (faces of one person are
# 0.3-0.5 apart, the clustering threshold 0.6; a mistake in the network gives > 0.1)
ENCODING_TOLERANCE = 1e-4


def real_photos(test_data) -> list[np.ndarray]:
    """Six photos of faces/ and two of COCO, as RGB arrays."""
    photos = sorted((test_data / "faces").glob("*/*.jpg"))[:6]
    photos += sorted((test_data / "coco" / "images").glob("*.jpg"))[:2]
    return [np.asarray(Image.open(path).convert("RGB")) for path in photos]


@pytest.mark.data
def test_boxes_and_encodings_are_face_recognitions_own(test_data):
    import face_recognition as fr

    ours = DlibFaces()
    assert ours.encoder == "onnx", ours.encoder_note
    found, worst = 0, 0.0
    for image in real_photos(test_data):
        for upsample in (0, 1):
            boxes = fr.face_locations(image, upsample, "hog")
            assert ours.face_locations(image, upsample) == boxes
            theirs = fr.face_encodings(image, boxes, 1, "small")
            mine = ours.face_encodings(image, boxes, 1)
            assert len(mine) == len(theirs)
            assert all(m.dtype == np.float64 and m.shape == (128,) for m in mine)
            for a, b in zip(mine, theirs):
                worst = max(worst, float(np.linalg.norm(a - b)))
            found += len(boxes)
    assert found >= 6
    assert worst < ENCODING_TOLERANCE


@pytest.mark.data
def test_without_onnx_dlibs_own_encoder_runs_bit_for_bit(test_data, monkeypatch):
    import face_recognition as fr

    monkeypatch.setitem(sys.modules, "onnx", None)  # as if the package were not installed
    ours = DlibFaces()
    assert ours.encoder == "dlib"
    assert ours.encoder_note == "the onnx package is not installed"
    found = 0
    for image in real_photos(test_data)[:3]:
        boxes = fr.face_locations(image, 1, "hog")
        theirs = fr.face_encodings(image, boxes, 1, "small")
        mine = ours.face_encodings(image, boxes, 1)
        assert len(mine) == len(theirs)
        assert all(np.array_equal(a, b) for a, b in zip(mine, theirs))
        found += len(boxes)
    assert found >= 2


def test_an_unreadable_file_falls_back_to_dlib(tmp_path):
    from exposure.vision.face_encoder import EncoderError, OnnxFaceEncoder, encoder_key

    bad = tmp_path / "resnet.dat"
    bad.write_bytes(b"\x01\x01\x01\x0dloss_metric_2" + bytes(1000))
    with pytest.raises(EncoderError, match="not read as dlib's face ResNet"):
        OnnxFaceEncoder(str(bad))
    key, why = encoder_key(str(bad))
    assert key == "dlib" and "resnet.dat" in why
    assert encoder_key()[1] is None


def test_only_the_models_exposure_runs_are_loaded():
    script = (
        "import sys; from exposure.vision.dlib_faces import DlibFaces; f = DlibFaces(); "
        "print('face_recognition' in sys.modules, f._encoder is None)"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "True"]  # dlib's ResNet not loaded either
    with pytest.raises(ValueError, match="HOG"):
        DlibFaces().face_locations(np.zeros((80, 80, 3), np.uint8), 0, model="cnn")


def test_the_encoder_is_part_of_the_vision_cache_key(monkeypatch):
    from exposure.vision.models import model_spec

    onnx = model_spec(None, text=False)
    monkeypatch.setitem(sys.modules, "onnx", None)
    dlib = model_spec(None, text=False)
    assert onnx.key != dlib.key  # a cache made with dlib's own encoder is redone once
    assert onnx.identity["faces"][1] != "dlib" and dlib.identity["faces"][1] == "dlib"
    assert [line for line in dlib.missing if "dlib's own ResNet" in line] == [
        "faces are encoded by dlib's own ResNet (~110 ms a face): the onnx package is not installed"
    ]
    assert not [line for line in onnx.missing if "ResNet" in line]
