"""Files derived from the installed models (`vision.derived`): the first worker of a run builds
them in the run's cache folder, the next reads them, and finds exactly what the first one finds,
on real photos."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from exposure.vision import face_encoder, onnx_float, yolo_onnx
from exposure.vision.derived import derived_file
from exposure.vision.dlib_faces import DlibFaces


def _photos(test_data) -> list[np.ndarray]:
    paths = sorted((test_data / "faces").glob("*/*.jpg"))[:4]
    paths += sorted((test_data / "coco" / "images").glob("*.jpg"))[:2]
    return [np.asarray(Image.open(p).convert("RGB")) for p in paths]


def _refuse(*args, **kwargs):
    raise AssertionError("built again: the derived file should have been read")


@pytest.mark.data
def test_a_second_worker_reads_the_face_detector_and_encoder_the_first_derived(
    test_data, tmp_path, monkeypatch
):
    first = DlibFaces(cache_dir=tmp_path)
    assert (tmp_path / "derived" / "frontal_face_detector.svm").is_file()
    assert (tmp_path / "derived" / "face_encoder.onnx").is_file()
    import dlib

    monkeypatch.setattr(dlib, "get_frontal_face_detector", _refuse)
    monkeypatch.setattr(face_encoder, "build_model", _refuse)
    second = DlibFaces(cache_dir=tmp_path)
    assert second.encoder == "onnx"
    monkeypatch.undo()
    own = DlibFaces()  # no cache folder: everything built in memory, as before
    found = 0
    for image in _photos(test_data):
        boxes = own.face_locations(image, 1)
        assert first.face_locations(image, 1) == second.face_locations(image, 1) == boxes
        mine = np.array(second.face_encodings(image, boxes, 1))
        assert np.array_equal(mine, np.array(own.face_encodings(image, boxes, 1)))
        found += len(boxes)
    assert found >= 4


@pytest.mark.data
def test_a_second_worker_reads_the_detectors_float_rewrite(
    test_data, models_dir, tmp_path, monkeypatch
):
    path = str(models_dir / "yolov8n_int8.onnx")
    first = yolo_onnx.OnnxYoloDetector(path, cache_dir=tmp_path)
    monkeypatch.setattr(yolo_onnx, "float_graph", _refuse)
    second = yolo_onnx.OnnxYoloDetector(path, cache_dir=tmp_path)
    monkeypatch.undo()
    assert (tmp_path / "derived" / "detector_float.onnx").read_bytes() == onnx_float.float_graph(
        path
    )
    images = _photos(test_data)
    assert first.detect(images, [1.0] * 6) == second.detect(images, [1.0] * 6)
    assert sum(map(len, first.detect(images, [1.0] * 6))) >= 6


def test_a_failed_build_leaves_nothing_and_a_missing_folder_builds_in_memory(tmp_path):
    def broken(out):
        out.write_bytes(b"half")
        raise ValueError("not a model")

    with pytest.raises(ValueError, match="not a model"):
        derived_file(tmp_path, "model.onnx", broken)
    assert sorted(p.name for p in (tmp_path / "derived").iterdir()) == ["model.onnx.lock"]
    assert derived_file(tmp_path / "gone", "model.onnx", broken) is None
    assert derived_file(None, "model.onnx", broken) is None


@pytest.mark.data
def test_one_worker_derives_every_onnx_file_and_the_next_builds_nothing(
    models_dir, tmp_path, monkeypatch
):
    from exposure.vision import static_int8
    from exposure.vision.analyzer import Analyzer
    from exposure.vision.models import model_spec

    spec = model_spec(models_dir, text=True)
    Analyzer(spec, tmp_path, turn=0.5)  # a later worker's order of loads: built first all the same
    derived = {p.name for p in (tmp_path / "derived").iterdir()}
    assert {"all.done", "detector_int8.onnx", "face_encoder.onnx"} <= derived
    assert "text_detector_int8.onnx" in derived
    monkeypatch.setattr(static_int8, "quantized", _refuse)
    monkeypatch.setattr(face_encoder, "build_model", _refuse)
    monkeypatch.setattr(yolo_onnx, "float_graph", _refuse)
    second = Analyzer(model_spec(models_dir, text=True), tmp_path)
    assert [m.name for m in second.models] == [m.name for m in spec.models if m.on]
    assert [m.name for m in second.models if m.runtime is None] == ["decode"]


def test_build_once_builds_in_one_worker_and_again_after_a_failure(tmp_path):
    from exposure.vision.derived import build_once

    calls = []

    def broken():
        calls.append("broken")
        raise ValueError("no")

    with pytest.raises(ValueError, match="no"):
        build_once(tmp_path, broken)
    build_once(tmp_path, lambda: calls.append("built"))
    build_once(tmp_path, lambda: calls.append("again"))
    build_once(None, lambda: calls.append("no folder"))
    assert calls == ["broken", "built"]


def test_a_worker_prepares_while_another_builds(tmp_path):
    import fcntl

    from exposure.vision.derived import build_once

    (tmp_path / "derived").mkdir()
    held = open(tmp_path / "derived" / "all.lock", "a")  # noqa: SIM115 - another worker's lock
    fcntl.flock(held, fcntl.LOCK_EX)
    calls = []

    def meanwhile():
        calls.append("meanwhile")
        fcntl.flock(held, fcntl.LOCK_UN)  # the other worker is done (without building)

    build_once(tmp_path, lambda: calls.append("built"), meanwhile)
    build_once(tmp_path, lambda: calls.append("again"), meanwhile)
    held.close()
    assert calls == ["meanwhile", "built"]
