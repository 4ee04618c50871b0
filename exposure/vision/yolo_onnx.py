"""An ultralytics YOLO detector exported to ONNX, run with onnxruntime alone.

Same pre- and post-processing as ultralytics' own ONNX backend (letterbox to the model's square
input with grey 114 padding, RGB/255, best class per box, class-aware NMS at IoU 0.7, at most 300
boxes) but without importing torch: a worker then starts in a second instead of ten and uses a
fifth of the memory. A dynamically quantized graph (the offline `yolov8n_int8.onnx`) is rewritten
with its convolutions in float (`onnx_float`: the same weights, a third less time) and, where its
activation ranges are committed (`static_int8`), quantized again statically: int8 activations
too, half the float graph's time (110 -> 55 ms a photo on one thread), the detection head kept in
float. On the 72 COCO photos of ../shared/data image-level precision and recall are 0.905 and
0.691 as in float (`benchmarks/yolo_float.py`); `tests/vision/test_onnx_float.py` and
`tests/vision/test_static_int8.py` check that each graph finds what the one before finds.
"""

from __future__ import annotations

import ast
from pathlib import Path

import numpy as np

from ..errors import ModelError
from ..types import DETECT_CONF, Detection
from .derived import derived_file
from .onnx_float import float_graph
from .ort_session import cpu_session
from .static_int8 import quantized, ranges_for

IOU = 0.7
MAX_DET = 300
MAX_WH = 7680  # class offset for class-aware NMS, as ultralytics
YOLO_RANGES = "yolov8n"  # static_int8's ranges file for the offline yolov8n_int8.onnx
# Nodes left in float by the int8 graph: the detection head after its first conv block (boxes in
# pixels and class scores would share one 8-bit range; quantized, no box passes the threshold).
# The whole head in float costs 12 ms more a photo and finds no more (benchmarks/yolo_float).
KEEP_FLOAT = r"^/model\.22/(?!cv[23]\.\d/cv[23]\.\d\.0/)"


class OnnxYoloDetector:
    def __init__(
        self,
        path: str,
        conf: float = DETECT_CONF,
        threads: int = 1,
        cache_dir: Path | None = None,
        int8: bool = True,
    ):
        try:
            # static int8 where its ranges are committed, else float convolutions, else as shipped
            model = (int8 and _int8_graph(path, cache_dir)) or _float_graph(path, cache_dir) or path
            self.session = cpu_session(model, threads)
            meta = self.session.get_modelmeta().custom_metadata_map
            self.names = {int(k): v for k, v in ast.literal_eval(meta["names"]).items()}
        except Exception as exc:  # noqa: BLE001 - any load failure means "not a model"
            raise ModelError(f"{path}: not an ultralytics YOLO ONNX model ({exc})") from exc
        inp = self.session.get_inputs()[0]
        self.input = inp.name
        self.size = int(inp.shape[2]) if isinstance(inp.shape[2], int) else 640
        self.name, self.conf = Path(path).name, conf

    def detect(self, images: list[np.ndarray], scales: list[float]) -> list[list[Detection]]:
        """Detections per image, boxes scaled by `scales` to original pixels."""
        return [self._one(im, s) for im, s in zip(images, scales)]

    def _one(self, image: np.ndarray, scale: float) -> list[Detection]:
        x, r, (left, top) = letterbox(image, self.size)
        pred = self.session.run(None, {self.input: x})[0][0].T  # (anchors, 4 + classes)
        scores = pred[:, 4:]
        cls = scores.argmax(1)
        conf = scores[np.arange(len(cls)), cls]
        keep = conf > self.conf
        boxes, conf, cls = xywh2xyxy(pred[keep, :4]), conf[keep], cls[keep]
        order = nms(boxes + (cls[:, None] * MAX_WH), conf, IOU)[:MAX_DET]
        h, w = image.shape[:2]
        out = []
        for i in order:
            x0, y0, x1, y1 = boxes[i]
            x0, x1 = np.clip([(x0 - left) / r, (x1 - left) / r], 0, w)
            y0, y1 = np.clip([(y0 - top) / r, (y1 - top) / r], 0, h)
            box = tuple(float(v * scale) for v in (x0, y0, x1, y1))
            out.append(Detection(self.names[int(cls[i])], float(conf[i]), box, self.name))
        return out


def derive(path: str, cache_dir: Path) -> None:
    """Build the derived graphs the detector at `path` loads (int8, else the float rewrite) in the
    run's `cache_dir`; returns None."""
    _int8_graph(path, cache_dir) or _float_graph(path, cache_dir)


def _float_graph(path: str, cache_dir: Path | None) -> bytes | None:
    """`onnx_float.float_graph(path)`, made by the first worker of a run and read by the others
    (`vision.derived`; an empty file: the graph is run as it is)."""

    def build(out: Path) -> None:
        out.write_bytes(float_graph(path) or b"")

    shared = derived_file(cache_dir, "detector_float.onnx", build)
    return float_graph(path) if shared is None else shared.read_bytes() or None


def _int8_graph(path: str, cache_dir: Path | None) -> bytes | None:
    """The float graph of `path` statically quantized with its committed ranges (`static_int8`),
    made by the first worker of a run and read by the others; None where there are no ranges for
    this file or the graph cannot be quantized (an empty file in the cache)."""

    def make() -> bytes:
        ranges = ranges_for(YOLO_RANGES, Path(path))
        graph = ranges and _float_graph(path, cache_dir)
        if not graph:
            return b""
        try:
            return quantized(graph, ranges, KEEP_FLOAT)
        except Exception:  # noqa: BLE001 - a graph we cannot quantize is run in float
            return b""

    if ranges_for(YOLO_RANGES, Path(path)) is None:
        return None
    shared = derived_file(cache_dir, "detector_int8.onnx", lambda out: out.write_bytes(make()))
    return (make() if shared is None else shared.read_bytes()) or None


def letterbox(image: np.ndarray, size: int) -> tuple[np.ndarray, float, tuple[int, int]]:
    """(NCHW float input, resize ratio, (left, top) padding) as ultralytics' LetterBox."""
    import cv2

    h, w = image.shape[:2]
    r = min(size / h, size / w)
    nw, nh = max(round(w * r), 1), max(round(h * r), 1)
    if (nw, nh) != (w, h):
        image = cv2.resize(image, (nw, nh), interpolation=cv2.INTER_LINEAR)
    dw, dh = (size - nw) / 2, (size - nh) / 2
    top, bottom = round(dh - 0.1), round(dh + 0.1)
    left, right = round(dw - 0.1), round(dw + 0.1)
    image = cv2.copyMakeBorder(
        image, top, bottom, left, right, cv2.BORDER_CONSTANT, value=(114, 114, 114)
    )
    x = np.ascontiguousarray(image.transpose(2, 0, 1)[None], dtype=np.float32) / 255.0
    return x, r, (left, top)


def xywh2xyxy(b: np.ndarray) -> np.ndarray:
    """Boxes (centre x, centre y, width, height) as (x0, y0, x1, y1)."""
    out = np.empty_like(b)
    out[:, 0] = b[:, 0] - b[:, 2] / 2
    out[:, 1] = b[:, 1] - b[:, 3] / 2
    out[:, 2] = b[:, 0] + b[:, 2] / 2
    out[:, 3] = b[:, 1] + b[:, 3] / 2
    return out


def nms(boxes: np.ndarray, scores: np.ndarray, iou: float) -> list[int]:
    """Indices kept by greedy non-maximum suppression, best score first."""
    order = scores.argsort()[::-1]
    area = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    keep = []
    while order.size:
        i = order[0]
        keep.append(int(i))
        rest = order[1:]
        xx0 = np.maximum(boxes[i, 0], boxes[rest, 0])
        yy0 = np.maximum(boxes[i, 1], boxes[rest, 1])
        xx1 = np.minimum(boxes[i, 2], boxes[rest, 2])
        yy1 = np.minimum(boxes[i, 3], boxes[rest, 3])
        inter = np.clip(xx1 - xx0, 0, None) * np.clip(yy1 - yy0, 0, None)
        overlap = inter / (area[i] + area[rest] - inter + 1e-9)
        order = rest[overlap <= iou]
    return keep
