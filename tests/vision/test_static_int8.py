"""Statically quantized int8 graphs: built offline into the run's cache from the installed models and
the committed ranges, deterministic, and finding what the float graphs find on real photos."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from exposure.vision import static_int8, text, yolo_onnx
from exposure.vision.models import model_spec
from tests.builders.text_photos import DOCUMENTS, photograph, recall
from tests.needs import need, need_fast_text_detector, need_rapidocr
from tests.vision.test_onnx_float import found_again

pytestmark = pytest.mark.models

# On the 72 COCO photos the int8 graph finds again 339 of the float graph's 381 boxes (89%, same
# class, IoU >= 0.5) and tags the same objects on 61 photos (85%), at the same image-level
# precision and recall against COCO's labels (benchmarks/yolo_float.py); these hold on the first 24
BOXES_FOUND_AGAIN = 0.85
SAME_LABELS = 0.75


@pytest.fixture(autouse=True)
def _onnx():
    need("onnx", "pip install onnx")


@pytest.fixture
def offline(monkeypatch):
    """No socket can be opened while the graphs are built."""

    def refuse(*args, **kwargs):
        raise AssertionError("a socket was opened")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.mark.data
def test_the_int8_detector_is_built_offline_into_the_cache_and_finds_the_float_objects(
    models_dir, test_data, tmp_path, offline
):
    path = str(models_dir / "yolov8n_int8.onnx")
    int8 = yolo_onnx.OnnxYoloDetector(path, cache_dir=tmp_path)
    built = tmp_path / "derived" / "detector_int8.onnx"
    assert built.stat().st_size > 1_000_000
    import onnx

    ops = [n.op_type for n in onnx.load(str(built)).graph.node]
    assert ops.count("QuantizeLinear") > 50 and "ConvInteger" not in ops
    # deterministic: built again in memory, the same bytes
    assert yolo_onnx._int8_graph(path, None) == built.read_bytes()

    float_ = yolo_onnx.OnnxYoloDetector(path, int8=False)
    photos = sorted((test_data / "coco" / "images").glob("*.jpg"))[:24]
    a, b, same = [], [], 0
    for p in photos:
        image = np.asarray(Image.open(p).convert("RGB"))
        x, y = float_.detect([image], [1.0])[0], int8.detect([image], [1.0])[0]
        a += x
        b += y
        same += _labels(x) == _labels(y)
    assert len(a) > 100
    assert found_again(a, b) >= BOXES_FOUND_AGAIN * len(a)
    assert same >= SAME_LABELS * len(photos)
    # and it is another graph, not the float one read twice
    assert [round(d.score, 4) for d in a] != [round(d.score, 4) for d in b]


def test_ranges_measured_on_another_file_leave_the_float_graph(models_dir, tmp_path):
    # the classifier's file is not the one the YOLO ranges were measured on
    assert (
        static_int8.ranges_for(yolo_onnx.YOLO_RANGES, models_dir / "mobilenet_v2_int8.onnx") is None
    )
    assert static_int8.ranges_for("no such ranges", models_dir / "yolov8n_int8.onnx") is None
    saved = json.loads((static_int8.RANGES / f"{yolo_onnx.YOLO_RANGES}.json").read_text())
    assert saved["model"] == "yolov8n_int8.onnx" and len(saved["ranges"]) > 200
    copy = tmp_path / "yolov8n_int8.onnx"
    copy.write_bytes((models_dir / "yolov8n_int8.onnx").read_bytes() + b"\0")
    assert yolo_onnx._int8_graph(str(copy), tmp_path) is None
    assert not (tmp_path / "derived" / "detector_int8.onnx").exists()


def test_the_int8_recipe_is_part_of_the_detector_identity(models_dir, monkeypatch):
    spec = model_spec(Path(models_dir), text=False)
    assert spec.identity["detector"][-1] == static_int8.VERSION
    monkeypatch.setattr(static_int8, "RANGES", Path("/nonexistent"))
    assert model_spec(Path(models_dir), text=False).key != spec.key


def test_the_int8_text_detector_is_built_into_the_cache_and_reads_the_documents(tmp_path, offline):
    need_rapidocr()
    need_fast_text_detector()
    reader = text.TextReader(cache_dir=tmp_path)
    assert (tmp_path / "derived" / "text_detector_int8.onnx").stat().st_size > 500_000
    assert reader.model_key.endswith(static_int8.VERSION)
    assert text.TextReader(int8=False).model_key != reader.model_key
    hits = total = 0
    for i, doc in enumerate(DOCUMENTS):
        h, n = recall(doc.words, [line.text for line in reader.read(photograph(doc, i))])
        hits, total = hits + h, total + n
    assert hits >= 0.95 * total  # 79 of 79 words, as in float


def _labels(detections) -> set[str]:
    from exposure.vision.vocabulary import TAG_SCORE

    return {d.label for d in detections if d.score >= TAG_SCORE}
