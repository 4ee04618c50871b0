"""A dynamically quantized ONNX detector rewritten with float convolutions, in memory.

`onnxruntime.quantization.quantize_dynamic` turns each convolution into DynamicQuantizeLinear ->
ConvInteger -> Cast -> Mul (scales) [-> Add (bias)]. onnxruntime has no fast kernel for
ConvInteger on CPU: on a 2-core AVX-512 machine the offline YOLOv8n int8 takes 180-200 ms a
640 px photo, and the same weights, dequantized and run as float Conv (which onnxruntime fuses
and lays out in blocks), 115-135 ms. The weights are the quantized ones, bit for bit once
dequantized; only the activations stay in float instead of being rounded to 8 bits at each layer.
Measured on the 72 COCO photos of ../shared/data: 364 of the int8 model's 370 boxes found again
(same class, IoU >= 0.5), the same object labels on 68 photos; `benchmarks/yolo_float.py`.

The rewritten model is handed to onnxruntime as bytes (in a scan, built once into the run's cache
folder and read by every worker: `vision.derived`). A graph with any
convolution in another shape, or without the `onnx` package, is left as it is (None).
"""

from __future__ import annotations

import importlib.util

import numpy as np

REWRITE = "float-conv-1"  # part of the detector's identity: bump when the rewrite changes


def available() -> bool:
    """True when the `onnx` package (which reads and writes the graph) is installed."""
    return importlib.util.find_spec("onnx") is not None


def float_graph(path: str) -> bytes | None:
    """The model at `path` as serialized ONNX with each dynamically quantized convolution made a
    float Conv with the dequantized weights; None when it has none, when any of them is not in
    quantize_dynamic's shape, or when `onnx` is not installed."""
    if not available():
        return None
    import onnx

    try:
        model = onnx.load(path)
        if not _rewrite(model.graph):
            return None
        onnx.checker.check_model(model)
        return model.SerializeToString()
    except Exception:  # noqa: BLE001 - a graph we cannot rewrite is run as it is
        return None


def _rewrite(graph) -> bool:
    """Rewrite `graph` in place; True when every ConvInteger was replaced."""
    from onnx import helper, numpy_helper

    inits = {i.name: i for i in graph.initializer}
    producer = {o: n for n in graph.node for o in n.output}
    consumers: dict[str, list] = {}
    for n in graph.node:
        for x in n.input:
            consumers.setdefault(x, []).append(n)

    def const(name: str) -> np.ndarray:
        return numpy_helper.to_array(inits[name])

    def only_consumer(name: str, op: str):
        users = consumers.get(name, [])
        return users[0] if len(users) == 1 and users[0].op_type == op else None

    replaced, dropped, new_inits = {}, set(), []
    for n in graph.node:
        if n.op_type != "ConvInteger":
            continue
        quant = producer.get(n.input[0])
        cast = only_consumer(n.output[0], "Cast")
        mul = cast and only_consumer(cast.output[0], "Mul")
        scales = mul and producer.get(mul.input[1])
        if not (quant and quant.op_type == "DynamicQuantizeLinear" and mul and scales):
            return False
        weight_scale = [i for i in scales.input if i in inits]
        if scales.op_type != "Mul" or len(weight_scale) != 1 or n.input[1] not in inits:
            return False
        wq = const(n.input[1]).astype(np.float32)
        zero = const(n.input[3]).astype(np.float32) if len(n.input) > 3 and n.input[3] else 0.0
        scale = const(weight_scale[0]).astype(np.float32)
        if np.ndim(scale) == 1 and scale.size > 1:  # per output channel
            scale = scale.reshape(-1, 1, 1, 1)
            zero = np.reshape(zero, (-1, 1, 1, 1)) if np.ndim(zero) else zero
        weight = (wq - zero) * scale
        bias, out, last = np.zeros(weight.shape[0], np.float32), mul.output[0], mul
        add = only_consumer(mul.output[0], "Add")
        if add is not None:
            b = add.input[1] if add.input[0] == mul.output[0] else add.input[0]
            b_node = producer.get(b)
            b_const = b_node.input[0] if b_node is not None and b_node.op_type == "Reshape" else b
            if b_const in inits and const(b_const).size == weight.shape[0]:
                bias, out, last = const(b_const).reshape(-1).astype(np.float32), add.output[0], add
        names = (n.input[1] + "_float", n.input[1] + "_float_bias")
        new_inits += [numpy_helper.from_array(a, name) for a, name in zip((weight, bias), names)]
        conv = helper.make_node("Conv", [quant.input[0], *names], [out], name=n.name + "_float")
        conv.attribute.extend(n.attribute)
        replaced[id(n)] = conv
        dropped.update({id(cast), id(mul), id(last)})
    if not replaced:
        return False
    nodes = [replaced.get(id(n), n) for n in graph.node if id(n) not in dropped]
    outputs = {o.name for o in graph.output}
    while True:  # drop what nothing reads any more (the quantizers, the scale products)
        read = {x for n in nodes for x in n.input} | outputs
        alive = [n for n in nodes if any(o in read for o in n.output)]
        if len(alive) == len(nodes):
            break
        nodes = alive
    del graph.node[:]
    graph.node.extend(nodes)
    read = {x for n in nodes for x in n.input}
    kept = [i for i in graph.initializer if i.name in read] + new_inits
    del graph.initializer[:]
    graph.initializer.extend(kept)
    return True
