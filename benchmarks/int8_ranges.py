"""Measure the activation ranges of the statically quantized int8 graphs (exposure/vision/static_int8.py).

    EXPOSURE_MODELS=../shared/models EXPOSURE_TEST_DATA=../shared/data python benchmarks/int8_ranges.py

Runs each float graph (YOLOv8n rewritten with float convolutions from the offline
`yolov8n_int8.onnx`; PP-OCRv4's mobile text detector with its constants and batch norms folded)
on every tenth photo of ../shared/data/imagenet (50 photos, none of them among the COCO photos or
documents the accuracy is measured on), prepared as the detector prepares a photo (YOLO's 640 px
letterbox; the text detector's copy of at most FAST_SIDE px, normalised by rapidocr), and writes
each tensor's (min, max) over them to exposure/vision/int8_ranges/NAME.json with the digest of the
model file measured. Development time only: a scan reads the committed file and never a photo of
../shared/data. Prints the tensors measured per model.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from exposure.vision import static_int8  # noqa: E402
from exposure.vision.digest import file_digest  # noqa: E402
from exposure.vision.onnx_float import float_graph  # noqa: E402
from exposure.vision.text import DET_RANGES, TextReader, model_files  # noqa: E402
from exposure.vision.yolo_onnx import YOLO_RANGES, letterbox  # noqa: E402

STEP = 10  # every tenth ImageNet photo: 50 photos


def photos(data: Path) -> list[np.ndarray]:
    """The calibration photos, RGB arrays."""
    paths = sorted((data / "imagenet").glob("*.jpg"))[::STEP]
    return [np.asarray(Image.open(p).convert("RGB")) for p in paths]


def ranges(model: bytes, feeds: list[dict]) -> dict[str, list[float]]:
    """Each float tensor's [min, max] over `feeds` with onnxruntime's MinMax calibrator."""
    from onnxruntime.quantization import CalibrationMethod
    from onnxruntime.quantization.calibrate import create_calibrator

    class Reader:
        def __init__(self):
            self.it = iter(feeds)

        def get_next(self):
            return next(self.it, None)

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "model.onnx"
        path.write_bytes(model)
        calibrator = create_calibrator(
            path,
            None,
            augmented_model_path=str(Path(tmp) / "augmented.onnx"),
            calibrate_method=CalibrationMethod.MinMax,
        )
        calibrator.collect_data(Reader())
        data = calibrator.compute_data().data
    return {
        k: [float(np.min(v.range_value[0])), float(np.max(v.range_value[1]))]
        for k, v in sorted(data.items())
    }


def text_inputs(images: list[np.ndarray]) -> list[np.ndarray]:
    """What rapidocr hands the text detector for each image (shrunk, normalised, NCHW)."""
    reader, seen = TextReader(int8=False), []
    engine = reader.detector.session

    class Recorder:
        def __call__(self, x):
            seen.append(x)
            return engine(x)

    reader.detector.session = Recorder()
    for image in images:
        reader.detect(image)
    return seen


def save(name: str, source: Path, found: dict, what: str) -> None:
    out = static_int8.RANGES / f"{name}.json"
    out.parent.mkdir(exist_ok=True)
    saved = {"model": source.name, "digest": file_digest(source), "measured": what}
    lines = [f"  {json.dumps(k)}: {json.dumps(v)}" for k, v in found.items()]
    head = json.dumps(saved, indent=1)[:-2]  # one tensor a line below the header
    out.write_text(head + ',\n "ranges": {\n' + ",\n".join(lines) + "\n }\n}\n")
    print(f"{out.relative_to(ROOT)}: {len(found)} tensors of {source.name}")


def main() -> None:
    data = Path(os.environ.get("EXPOSURE_TEST_DATA", ROOT.parent / "shared" / "data"))
    models = Path(os.environ.get("EXPOSURE_MODELS", ROOT.parent / "shared" / "models"))
    images = photos(data)
    what = f"benchmarks/int8_ranges.py: every {STEP}th photo of imagenet/ ({len(images)})"
    yolo = models / "yolov8n_int8.onnx"
    feeds = [{"images": letterbox(im, 640)[0]} for im in images]
    save(YOLO_RANGES, yolo, ranges(float_graph(str(yolo)), feeds), what)
    det = model_files()[0]
    feeds = [{"x": x} for x in text_inputs(images)]
    save(DET_RANGES, det, ranges(static_int8.folded(det.read_bytes()), feeds), what)


if __name__ == "__main__":
    main()
