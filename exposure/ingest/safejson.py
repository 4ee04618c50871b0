"""JSON from an export, parsed within bounds: no one file can exhaust memory or the stack.

A file is refused before it is read when it is larger than MAX_BYTES (the size comes from the
folder or the zip directory, never from reading it), and before it is parsed when its brackets
nest deeper than MAX_DEPTH (the depth is a running sum in numpy; brackets inside strings are
removed by a regular expression only when that quick sum finds a deep file, and the parser's own
RecursionError is caught as well). Real exports nest about 12 deep and split their lists over
files of a few megabytes.
"""

from __future__ import annotations

import json
import re
from typing import Any

import numpy as np

MAX_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 200
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_STEP = np.zeros(256, dtype=np.int8)
_STEP[[ord("["), ord("{")]] = 1
_STEP[[ord("]"), ord("}")]] = -1


class Unreadable(ValueError):
    """A JSON file that is not read; the message is the reason shown to the user."""


def too_large(size: int) -> str | None:
    """The reason a file of `size` bytes is not parsed, or None when it may be."""
    if size > MAX_BYTES:
        return f"JSON file too large ({size / 1e6:.0f} MB, the limit is {MAX_BYTES / 1e6:.0f} MB)"
    return None


def depth(data: bytes) -> int:
    """How deep the brackets of JSON `data` nest, strings ignored."""
    if data.count(b"[") + data.count(b"{") <= MAX_DEPTH:
        return data.count(b"[") + data.count(b"{")  # an upper bound, and small: no scan needed
    if (quick := _running_max(data)) <= MAX_DEPTH:  # brackets in strings rarely matter
        return quick
    return _running_max(_STRING.sub(b"", data))


def _running_max(data: bytes) -> int:
    steps = _STEP[np.frombuffer(data, dtype=np.uint8)]
    return int(np.cumsum(steps, dtype=np.int32).max(initial=0))


def parse(data: bytes) -> Any:
    """Parsed JSON of `data`; raises `Unreadable` with a reason for text we will not parse."""
    if reason := too_large(len(data)):
        raise Unreadable(reason)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if data[:2] not in (b"\xff\xfe", b"\xfe\xff"):
            raise Unreadable(f"bad encoding (not UTF-8 at byte {exc.start})") from None
        text = data.decode("utf-16")
        data = text.encode("utf-8")
    if (d := depth(data)) > MAX_DEPTH:
        raise Unreadable(f"JSON nested too deep ({d} levels, the limit is {MAX_DEPTH})")
    try:
        return json.loads(text)
    except RecursionError:
        raise Unreadable("JSON nested too deep") from None
    except ValueError as exc:
        raise Unreadable(f"broken JSON ({str(exc)[:80]})") from None
