"""The one way exposure opens an onnxruntime session: CPU only, a fixed number of threads."""

from __future__ import annotations

from pathlib import Path


def cpu_session(model: str | Path | bytes, threads: int = 1, quiet: bool = False):
    """An onnxruntime InferenceSession of `model` (a file or serialized ONNX) on the CPU, with
    `threads` intra-op threads and one inter-op thread; `quiet`: only errors logged. Raises what
    onnxruntime raises for a file that is not a usable model (each caller says which model)."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = threads
    opts.inter_op_num_threads = 1
    if quiet:
        opts.log_severity_level = 3
    source = model if isinstance(model, bytes) else str(model)
    return ort.InferenceSession(source, opts, providers=["CPUExecutionProvider"])
