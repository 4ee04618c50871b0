"""The offline int8 YOLO rewritten with float convolutions: the same detector, run a third faster."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from exposure.vision import onnx_float, yolo_onnx
from exposure.vision.models import model_spec
from tests.needs import need

pytestmark = pytest.mark.models


def iou(a, b) -> float:
    """Intersection over union of two (x0, y0, x1, y1) boxes."""
    w = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    h = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - w * h
    return w * h / union if union else 0.0


def found_again(these, those) -> int:
    """How many of `these` detections have one in `those` of the same class with IoU >= 0.5."""
    used, n = set(), 0
    for d in these:
        for j, e in enumerate(those):
            if j not in used and e.label == d.label and iou(d.box, e.box) >= 0.5:
                used.add(j)
                n += 1
                break
    return n


def detectors(model: Path):
    """(the int8 graph as shipped, the float rewrite), both OnnxYoloDetector (the rewrite not
    quantized again: `static_int8`)."""
    rewrite = yolo_onnx.float_graph
    yolo_onnx.float_graph = lambda path: None
    try:
        shipped = yolo_onnx.OnnxYoloDetector(str(model))
    finally:
        yolo_onnx.float_graph = rewrite
    return shipped, yolo_onnx.OnnxYoloDetector(str(model), int8=False)


@pytest.fixture(autouse=True)
def _onnx():
    need("onnx", "pip install onnx")


def test_every_quantized_convolution_becomes_a_float_conv(models_dir):
    import onnx

    path = models_dir / "yolov8n_int8.onnx"
    before = onnx.load(str(path)).graph
    after = onnx.load_from_string(onnx_float.float_graph(str(path))).graph
    convs = sum(n.op_type == "ConvInteger" for n in before.node)
    assert convs > 50
    ops = [n.op_type for n in after.node]
    assert "ConvInteger" not in ops and "DynamicQuantizeLinear" not in ops
    assert ops.count("Conv") == convs
    assert [o.name for o in after.output] == [o.name for o in before.output]
    assert [i.name for i in after.input] == [i.name for i in before.input]


def test_the_rewrite_finds_what_the_int8_graph_finds_on_real_photos(models_dir, test_data):
    shipped, rewritten = detectors(models_dir / "yolov8n_int8.onnx")
    photos = sorted((test_data / "coco" / "images").glob("*.jpg"))[:16]
    a, b = [], []
    for p in photos:
        image = np.asarray(Image.open(p).convert("RGB"))
        a += shipped.detect([image], [1.0])[0]
        b += rewritten.detect([image], [1.0])[0]
    assert len(a) > 40
    assert found_again(a, b) >= 0.95 * len(a)
    assert found_again(b, a) >= 0.9 * len(b)
    # and it is another graph, not the shipped one read twice
    assert [round(d.score, 4) for d in a] != [round(d.score, 4) for d in b]


def test_a_graph_in_another_shape_is_run_as_it_is(models_dir, tmp_path):
    # the classifier is statically quantized (QuantizeLinear/DequantizeLinear, no ConvInteger)
    assert onnx_float.float_graph(str(models_dir / "mobilenet_v2_int8.onnx")) is None
    broken = tmp_path / "broken.onnx"
    broken.write_bytes(b"not a model")
    assert onnx_float.float_graph(str(broken)) is None


def test_the_rewrite_is_part_of_the_detector_identity(models_dir, monkeypatch):
    rewritten = model_spec(Path(models_dir), text=False)
    monkeypatch.setattr(onnx_float, "available", lambda: False)
    as_shipped = model_spec(Path(models_dir), text=False)
    assert onnx_float.REWRITE in rewritten.identity["detector"]
    assert rewritten.key != as_shipped.key
