"""dlib's 128-d face encoder (the ResNet of `dlib_face_recognition_resnet_model_v1.dat`) on
onnxruntime, built in memory from the weights in dlib's own file.

dlib-bin is built without BLAS: its `compute_face_descriptor` costs about 110 ms of CPU a face.
Here the same network, read from the same file with numpy (dlib's serialization, no dlib code),
is made an ONNX graph with the `onnx` package and run by onnxruntime on one thread. Nothing is
downloaded, nor written outside the run's cache folder. The network is dlib's
dnn_face_recognition_ex.cpp:

    input_rgb_image_sized<150>: (pixel - (122.782, 117.001, 104.298)) / 256, per R, G, B
    con 32 7x7/2 -> affine -> relu -> max_pool 3x3/2
    residual blocks (con 3x3 -> affine -> relu -> con 3x3 -> affine, added to the block's input,
    then relu): 3 of 32 channels; 4 of 64, 3 of 128, 3 of 256 and 1 of 256, each group's first
    downsampling (its first con stride 2, the input 2x2/2 average-pooled)
    -> average over all positions -> fc 256 -> 128 (no bias)

with dlib's rules: a strided con or pool has no padding (3x3/1 pads 1), and add_prev of two
tensors of different shapes has the larger shape, the smaller one's missing part zeros (channels
32 -> 64 ..., and 3x3 + 4x4 -> 4x4 where 8x8 is downsampled: both sums are ONNX Pads). Each
`affine` (batch norm in test mode) is folded into the con before it.

The chips are dlib's own (`dlib.get_face_chip(image, shape, 150, 0.25)`, as compute_face_descriptor
cuts them), so only the network's float arithmetic differs. Measured against face_recognition's
`face_encodings` on the same boxes (benchmarks/face_encoder.py), on all 266 faces HOG finds in
../shared/data (faces/ 64, ages/ 187, coco/ 15): L2 distance max 1.3e-6, mean 8.7e-7 (the
clustering threshold is 0.6); BCubed F1 of the face sets unchanged at 0.986
(benchmarks/clusters.py). The network's time a face on one thread (2-core AVX-512 machine,
shared, so +-30%): dlib 110-157 ms, onnxruntime 6.0-7.1 ms alone, 5.4-6.6 ms in batches of 8.
Loading: this encoder's share (parse, graph, session) is about 0.25 s against 0.06-0.15 s for
dlib's, paid back by the second face. In a scan, the first worker builds the graph once into the
run's cache folder and the others read it (`vision.derived`), as they do dlib's HOG detector.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .derived import derived_file
from .onnx_float import available
from .ort_session import cpu_session

ENCODER_VERSION = "onnx-1"  # part of the faces' identity: bump when the graph changes
CHIP = 150  # px, the chip side the network takes
PADDING = 0.25  # dlib's compute_face_descriptor padding around the 5-point face
MEAN = (122.782, 117.001, 104.298)  # input_rgb_image_sized's averages (checked in the file)
OPSET = 17
# (channels, blocks) of alevel4 .. alevel0, the first block of each but alevel4 downsampling
LEVELS = ((32, 3), (64, 4), (128, 3), (256, 3), (256, 1))
LAYER_NAMES = (
    "input_rgb_image_sized",
    "con_4",
    "affine_",
    "relu_",
    "max_pool_2",
    "avg_pool_2",
    "add_prev_",
    "fc_2",
)


class EncoderError(Exception):
    """The file is not the network described above, or `onnx` is missing."""


@dataclass
class Layer:
    """One layer of dlib's file: its type name, parameters (ints) and tensors."""

    kind: str
    ints: tuple = ()
    arrays: tuple = ()


class _Reader:
    """dlib's serialization: integers as a size byte (0x80: negative) then little-endian bytes,
    floats as integer mantissa and exponent, strings as length then bytes, tensors as version 2,
    4 dims, then float32 little-endian."""

    def __init__(self, data: bytes, pos: int = 0):
        self.data, self.pos = data, pos

    def int(self) -> int:
        """The next integer."""
        head = self.data[self.pos]
        size = head & 0x0F
        if head & 0x70 or size > 8:
            raise EncoderError(f"not a dlib integer at byte {self.pos}")
        value = int.from_bytes(self.data[self.pos + 1 : self.pos + 1 + size], "little")
        self.pos += 1 + size
        return -value if head & 0x80 else value

    def float(self) -> float:
        """The next float (mantissa * 2 ** exponent)."""
        mantissa = self.int()
        return mantissa * 2.0 ** self.int()

    def str(self) -> str:
        """The next string."""
        n = self.int()
        self.pos += n
        return self.data[self.pos - n : self.pos].decode("ascii")

    def tensor(self) -> np.ndarray:
        """The next tensor, float32 of its 4 dims (a read-only view of the data)."""
        if self.int() != 2:
            raise EncoderError(f"not a dlib tensor at byte {self.pos}")
        shape = [self.int() for _ in range(4)]
        n = int(np.prod(shape))
        out = np.frombuffer(self.data, "<f4", n, self.pos)  # read-only view
        self.pos += 4 * n
        return out.reshape(shape)

    def alias(self) -> tuple[int, ...]:
        """The next alias_tensor's 4 dims (a view into a layer's params)."""
        if self.int() != 1:
            raise EncoderError(f"not a dlib alias_tensor at byte {self.pos}")
        return tuple(self.int() for _ in range(4))


def read_layers(data: bytes) -> list[Layer]:
    """The layers of dlib's serialized metric network `data`, input first (dlib writes a network
    innermost first, so in the order they run); tag and skip layers, which hold nothing, are not
    listed. Raises EncoderError on anything else."""
    reader = _Reader(data)
    if reader.int() != 1 or reader.str() != "loss_metric_2":
        raise EncoderError("not a dlib loss_metric network")
    names = b"|".join(re.escape(n.encode()) for n in LAYER_NAMES)
    pattern = re.compile(rb"\x01[\x01-\x20](?:" + names + rb")")
    layers, pos = [], reader.pos
    while match := pattern.search(data, pos):
        if match.start() - pos > 400:  # between layers: versions, flags and empty tensors only
            raise EncoderError(f"unexpected {match.start() - pos} bytes before byte {pos}")
        reader = _Reader(data, match.start())
        kind = reader.str()
        if kind not in LAYER_NAMES:
            pos = match.start() + 1
            continue
        layers.append(_read_layer(reader, kind))
        pos = reader.pos
    if len(data) - pos > 400:
        raise EncoderError("unexpected bytes after the last layer")
    return layers


def _read_layer(r: _Reader, kind: str) -> Layer:
    """The details of one layer of type `kind`, read from `r` just after its name."""
    if kind == "input_rgb_image_sized":
        return Layer(kind, (r.float(), r.float(), r.float(), r.int(), r.int()))
    if kind == "con_4":
        params = r.tensor().ravel()
        n, nr, nc, sy, sx, py, px = (r.int() for _ in range(7))
        filters, biases = r.alias(), r.alias()
        size = int(np.prod(filters))
        if biases != (1, n, 1, 1) or params.size != size + n:
            raise EncoderError("a con_ layer's tensors do not match its filters")
        return Layer(kind, (sy, sx, py, px), (params[:size].reshape(filters), params[size:]))
    if kind == "affine_":
        params = r.tensor().ravel()
        gamma, beta = r.alias(), r.alias()
        mode = r.int()
        k = params.size // 2
        if mode != 0 or gamma != (1, k, 1, 1) or beta != gamma:
            raise EncoderError("an affine_ layer is not per channel")
        return Layer(kind, (), (params[:k], params[k:]))
    if kind in ("max_pool_2", "avg_pool_2"):
        return Layer(kind, tuple(r.int() for _ in range(6)))
    if kind == "fc_2":
        outputs, inputs = r.int(), r.int()
        weights = r.tensor().reshape(inputs, outputs)
        if r.alias() != (inputs, outputs, 1, 1) or r.alias() != (0, 0, 0, 0):
            raise EncoderError("the fc_ layer has a bias or other weights")
        return Layer(kind, (outputs, inputs), (weights,))
    return Layer(kind)  # relu_, add_prev_: nothing to read


class _Graph:
    """An ONNX graph under construction: nodes, initializers, fresh names."""

    def __init__(self):
        from onnx import helper, numpy_helper

        self.helper, self.numpy_helper = helper, numpy_helper
        self.nodes, self.inits, self.count = [], [], 0

    def const(self, array: np.ndarray) -> str:
        """The name of a new initializer holding `array`."""
        name = f"w{len(self.inits)}"
        self.inits.append(self.numpy_helper.from_array(np.ascontiguousarray(array), name))
        return name

    def op(self, op: str, *inputs: str, **attrs) -> str:
        """The name of the output of a new node `op` on `inputs`."""
        self.count += 1
        out = f"t{self.count}"
        self.nodes.append(self.helper.make_node(op, list(inputs), [out], **attrs))
        return out


def check_layers(layers: list[Layer]) -> None:
    """Raise EncoderError unless `layers` are dnn_face_recognition_ex.cpp's network."""
    expected = ["input_rgb_image_sized", "con_4", "affine_", "relu_", "max_pool_2"]
    for i, (_, blocks) in enumerate(LEVELS):
        for b in range(blocks):
            down = ["avg_pool_2"] if b == 0 and i > 0 else []
            expected += ["con_4", "affine_", "relu_", "con_4", "affine_", *down]
            expected += ["add_prev_", "relu_"]
    expected += ["avg_pool_2", "fc_2"]
    if [layer.kind for layer in layers] != expected:
        raise EncoderError("the layers are not dlib's face recognition ResNet")
    if not np.allclose(layers[0].ints[:3], MEAN, atol=1e-3) or layers[0].ints[3:] != (CHIP, CHIP):
        raise EncoderError("the input layer is not input_rgb_image_sized<150>")
    if layers[-2].ints != (0, 0, 1, 1, 0, 0):
        raise EncoderError("the last pooling is not avg_pool_everything")
    channels = [layer.arrays[0].shape[0] for layer in layers if layer.kind == "con_4"]
    if channels[1::2] != [c for c, n in LEVELS for _ in range(n)] or layers[-1].ints[1] != 256:
        raise EncoderError("the layers' channels are not the face ResNet's")


def build_model(layers: list[Layer]):
    """The ONNX model (an onnx.ModelProto) of dlib's network `layers`: input `chips`, uint8
    (N, 150, 150, 3) RGB; output `encodings`, float32 (N, 128). Raises EncoderError when the
    layers are not dnn_face_recognition_ex.cpp's network."""
    from onnx import TensorProto, helper

    check_layers(layers)
    g = _Graph()
    x = g.op("Cast", "chips", to=TensorProto.FLOAT)
    x = g.op("Transpose", x, perm=[0, 3, 1, 2])
    mean = np.array(layers[0].ints[:3], np.float32).reshape(1, 3, 1, 1)
    x = g.op("Mul", g.op("Sub", x, g.const(mean)), g.const(np.float32(1 / 256)))
    rest = iter(layers[1:])  # in the order checked above

    def conv(x: str, relu: bool) -> tuple[str, Layer]:
        con = next(rest)
        x = _con(g, x, con, next(rest))
        if relu:
            next(rest)  # relu_
            x = g.op("Relu", x)
        return x, con

    x, _ = conv(x, relu=True)
    x = _pool(g, next(rest), x)
    side, width = _out(_out(CHIP, layers[1]), layers[4]), LEVELS[0][0]  # 35 px, 32 channels
    for i, (channels, blocks) in enumerate(LEVELS):
        for b in range(blocks):
            tag1 = x
            x, con = conv(x, relu=True)
            x, _ = conv(x, relu=False)
            grow = (0, 0)
            if b == 0 and i > 0:
                pool = next(rest)
                tag1, inner, outer = _pool(g, pool, tag1), _out(side, con), _out(side, pool)
                if outer < inner:  # the pooled input is never the smaller in this network
                    raise EncoderError("a downsampling block's pooled input is the smaller")
                grow, side, width = (channels - width, outer - inner), max(inner, outer), channels
            next(rest), next(rest)  # add_prev_, relu_
            x = g.op("Relu", _add_prev(g, x, tag1, grow))
    next(rest)  # avg_pool_everything
    x = g.op("Flatten", g.op("GlobalAveragePool", x))
    fc = next(rest)
    g.nodes.append(helper.make_node("MatMul", [x, g.const(fc.arrays[0])], ["encodings"]))
    graph = helper.make_graph(
        g.nodes,
        "dlib_face_recognition_resnet_model_v1",
        [helper.make_tensor_value_info("chips", TensorProto.UINT8, ["n", CHIP, CHIP, 3])],
        [helper.make_tensor_value_info("encodings", TensorProto.FLOAT, ["n", fc.ints[0]])],
        g.inits,
    )
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)], ir_version=8)


def _con(g: _Graph, x: str, con: Layer, affine: Layer) -> str:
    """con_ then affine_ on `x` as one Conv (gamma folded into the filters, beta into the bias)."""
    sy, sx, py, px = con.ints
    filters, bias = con.arrays
    gamma, beta = affine.arrays
    w = filters * gamma[:, None, None, None]
    b = bias * gamma + beta
    return g.op(
        "Conv",
        x,
        g.const(w.astype(np.float32)),
        g.const(b.astype(np.float32)),
        kernel_shape=list(filters.shape[2:]),
        strides=[sy, sx],
        pads=[py, px, py, px],
    )


def _out(side: int, layer: Layer) -> int:
    """The side of a con_ or pool layer's output on a `side` x `side` input (dlib: floor)."""
    if layer.kind == "con_4":
        size, (stride, _, pad, _) = layer.arrays[0].shape[2], layer.ints
    else:
        size, _, stride, _, pad, _ = layer.ints
    return (side + 2 * pad - size) // stride + 1


def _pool(g: _Graph, pool: Layer, x: str) -> str:
    """dlib's max_pool_ / avg_pool_ (nr, nc, stride_y, stride_x, pad_y, pad_x) on `x`."""
    nr, nc, sy, sx, py, px = pool.ints
    op = "MaxPool" if pool.kind == "max_pool_2" else "AveragePool"
    return g.op(op, x, kernel_shape=[nr, nc], strides=[sy, sx], pads=[py, px, py, px])


def _add_prev(g: _Graph, block: str, skip: str, grow: tuple[int, int]) -> str:
    """dlib's add_prev of a block's output and its (pooled) input: the larger shape, the smaller
    one's missing part zeros. `grow` is (channels the input lacks, rows and columns the block's
    output lacks): both zero-padded at their end."""
    channels, side = grow
    if side:
        block = g.op("Pad", block, g.const(np.array([0, 0, 0, 0, 0, 0, side, side], np.int64)))
    if channels:
        skip = g.op("Pad", skip, g.const(np.array([0, 0, 0, 0, 0, channels, 0, 0], np.int64)))
    return g.op("Add", block, skip)


def encoder_key(path: str | None = None) -> tuple[str, str | None]:
    """(ENCODER_VERSION, None) when the encoder can be built from `path` (default: the
    face_recognition_models file), else ("dlib", why): faces are then encoded by dlib. Reads
    and checks the file without building the graph."""
    try:
        _layers(path)
    except EncoderError as exc:
        return "dlib", str(exc)
    return ENCODER_VERSION, None


def _layers(path: str | None) -> list[Layer]:
    """The checked layers of the file at `path`; EncoderError when `onnx` is missing or the file
    is not dlib's face ResNet."""
    if not available():
        raise EncoderError("the onnx package is not installed")
    path = path or model_path()
    try:
        with open(path, "rb") as f:
            layers = read_layers(f.read())
        check_layers(layers)
    except (OSError, IndexError, ValueError, UnicodeDecodeError, EncoderError) as exc:
        raise EncoderError(f"{path}: not read as dlib's face ResNet ({exc})") from None
    return layers


class OnnxFaceEncoder:
    """dlib's face ResNet on onnxruntime, built from the file at `path` (default: the
    face_recognition_models file). Raises EncoderError when `onnx` is missing or the file is not
    that network."""

    def __init__(self, path: str | None = None, threads: int = 1, cache_dir: Path | None = None):
        self.session = cpu_session(encoder_graph(path, cache_dir), threads)

    def encode(self, chips: np.ndarray) -> np.ndarray:
        """The 128-d encodings (float32, (N, 128)) of `chips`, uint8 RGB (N, 150, 150, 3)."""
        if len(chips) == 0:
            return np.zeros((0, 128), np.float32)
        return self.session.run(None, {"chips": np.ascontiguousarray(chips, np.uint8)})[0]


def encoder_graph(path: str | None, cache_dir: Path | None) -> bytes:
    """The serialized ONNX graph of the encoder built from the file at `path` (default: the
    face_recognition_models file): made by the first worker of a run in its `cache_dir` and read
    by the others (`vision.derived`), in memory without one. Raises EncoderError as
    `OnnxFaceEncoder` does."""

    def build(out: Path) -> None:
        out.write_bytes(build_model(_layers(path)).SerializeToString())

    shared = derived_file(cache_dir, "face_encoder.onnx", build)
    return shared.read_bytes() if shared else build_model(_layers(path)).SerializeToString()


def model_path() -> str:
    """The path of dlib's face ResNet in the face_recognition_models package."""
    from .face_files import ENCODER, face_model

    return face_model(ENCODER)
