"""Statically quantized int8 graphs (QDQ), built at run time from a float graph and fixed ranges.

onnxruntime runs a graph of QuantizeLinear -> DequantizeLinear pairs around each convolution as
int8 convolutions (VNNI dot products where the CPU has them): on this machine YOLOv8n takes 55 ms
a 640 px photo instead of 110 in float, PP-OCRv4's mobile text detector 36 ms instead of 53 on a
576 px copy; each build costs about 0.6 s of CPU, once a run. Activations are rounded to 8 bits
with fixed ranges, one (min, max) per tensor, measured on 50 ImageNet photos of ../shared/data by
`benchmarks/int8_ranges.py` and committed in `int8_ranges/` (no photo is needed at run time).
Weights are quantized per output channel from the installed float graph; no quantized weights are
committed and nothing is downloaded. A ranges file names the digest of the model file it was
measured on: another file, a missing range, or a graph the quantizer refuses gives None and the
caller runs the float graph. The build is deterministic (the same installed files and ranges give
the same bytes); a scan makes it once into its cache folder (`vision.derived`).
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import numpy as np

from .digest import file_digest

VERSION = "int8-qdq-2"  # part of each quantized model's identity: bump when the recipe changes
RANGES = Path(__file__).parent / "int8_ranges"
MIN_OPSET = 13  # per-channel DequantizeLinear (its `axis`) needs opset 13


def ranges_for(name: str, source: Path) -> dict[str, tuple[float, float]] | None:
    """The committed activation ranges `int8_ranges/{name}.json` (tensor name -> (min, max)) when
    they were measured on the file at `source` (same digest); else None."""
    path = RANGES / f"{name}.json"
    try:
        saved = json.loads(path.read_text())
        if saved["digest"] != file_digest(Path(source)):
            return None
        return {k: (float(lo), float(hi)) for k, (lo, hi) in saved["ranges"].items()}
    except (OSError, ValueError, KeyError, TypeError):
        return None


def available(name: str, source: Path) -> bool:
    """True when an int8 graph can be built for `source`: `onnx` installed, ranges that match."""
    import importlib.util

    return importlib.util.find_spec("onnx") is not None and ranges_for(name, source) is not None


def quantized(
    model: bytes,
    ranges: dict[str, tuple[float, float]],
    keep_float: str = "",
    op_types: tuple[str, ...] = (),
) -> bytes:
    """The float ONNX graph `model` as a QDQ graph: int8 weights per output channel, uint8
    activations with `ranges`; nodes whose name matches the regex `keep_float` stay in float, and
    with `op_types` only nodes of those types are quantized (else every type the quantizer
    knows). Raises what onnx or the quantizer raises for a graph it cannot handle."""
    import onnx
    from onnxruntime.quantization import QuantType
    from onnxruntime.quantization.calibrate import CalibrationMethod, TensorData, TensorsData
    from onnxruntime.quantization.qdq_quantizer import QDQQuantizer
    from onnxruntime.quantization.registry import QDQRegistry, QLinearOpsRegistry

    graph = onnx.load_from_string(model)
    opset = next((o.version for o in graph.opset_import if o.domain in ("", "ai.onnx")), 0)
    if opset < MIN_OPSET:
        from onnx import version_converter

        graph = version_converter.convert_version(graph, MIN_OPSET)
    graph = onnx.shape_inference.infer_shapes(graph)
    tensors = TensorsData(
        CalibrationMethod.MinMax,
        {
            name: TensorData(lowest=np.float32(lo), highest=np.float32(hi))
            for name, (lo, hi) in sorted(ranges.items())
        },
    )
    exclude = [n.name for n in graph.graph.node if keep_float and re.search(keep_float, n.name)]
    op_types = list(op_types) or sorted(set(QDQRegistry) | set(QLinearOpsRegistry))
    previous = logging.root.manager.disable
    logging.disable(logging.WARNING)  # the quantizer's advice goes to the root logger: not ours
    try:
        quantizer = QDQQuantizer(
            graph,
            True,
            False,
            QuantType.QInt8,
            QuantType.QUInt8,
            tensors,
            None,
            exclude,
            op_types,
            {},
        )
        out = quantizer.quantize_model()
    finally:
        logging.disable(previous)
    return out.SerializeToString()


def folded(model: bytes) -> bytes:
    """The float ONNX graph `model` with its Constant nodes made initializers and each
    BatchNormalization that follows a Conv (its only
    reader, weights in initializers) folded into that Conv's weights and bias, serialized: what
    onnxruntime does when it loads a float graph, done before quantizing so that the folded
    weights are the ones rounded to int8."""
    import onnx
    from onnx import numpy_helper

    graph = onnx.load_from_string(model)
    g = graph.graph
    constants = [n for n in g.node if n.op_type == "Constant" and _tensor(n) is not None]
    for n in constants:  # as initializers, which the quantizer reads as weights
        tensor = onnx.TensorProto()
        tensor.CopyFrom(_tensor(n))
        tensor.name = n.output[0]
        g.initializer.append(tensor)
    for n in constants:
        g.node.remove(n)
    inits = {i.name: i for i in g.initializer}
    producer = {o: n for n in g.node for o in n.output}
    readers: dict[str, int] = {}
    for n in g.node:
        for x in n.input:
            readers[x] = readers.get(x, 0) + 1
    dropped, replaced = set(), {}
    for bn in g.node:
        conv = producer.get(bn.input[0]) if bn.op_type == "BatchNormalization" else None
        if conv is None or conv.op_type != "Conv" or readers.get(bn.input[0]) != 1:
            continue
        if len(bn.output) != 1 or not all(x in inits for x in [*bn.input[1:5], conv.input[1]]):
            continue
        if len(conv.input) > 2 and conv.input[2] not in inits:
            continue
        gamma, beta, mean, var = (numpy_helper.to_array(inits[x]) for x in bn.input[1:5])
        eps = next((a.f for a in bn.attribute if a.name == "epsilon"), 1e-5)
        weight = numpy_helper.to_array(inits[conv.input[1]])
        bias = (
            numpy_helper.to_array(inits[conv.input[2]])
            if len(conv.input) > 2
            else np.zeros(weight.shape[0], weight.dtype)
        )
        scale = (gamma / np.sqrt(var + eps)).astype(np.float32)
        names = (conv.input[1] + "_bn_folded", conv.input[1] + "_bn_folded_bias")
        g.initializer.extend(
            [
                numpy_helper.from_array(
                    (weight * scale.reshape(-1, 1, 1, 1)).astype(np.float32), names[0]
                ),
                numpy_helper.from_array(
                    ((bias - mean) * scale + beta).astype(np.float32), names[1]
                ),
            ]
        )
        new = onnx.helper.make_node("Conv", [conv.input[0], *names], [bn.output[0]], name=conv.name)
        new.attribute.extend(conv.attribute)
        replaced[id(conv)] = new
        dropped.add(id(bn))
    nodes = [replaced.get(id(n), n) for n in g.node if id(n) not in dropped]
    del g.node[:]
    g.node.extend(nodes)
    read = {x for n in nodes for x in n.input}
    kept = [i for i in g.initializer if i.name in read]
    del g.initializer[:]
    g.initializer.extend(kept)
    return graph.SerializeToString()


def _tensor(node):
    """The TensorProto a Constant node holds in its `value` attribute, else None."""
    return next((a.t for a in node.attribute if a.name == "value" and a.type == a.TENSOR), None)
