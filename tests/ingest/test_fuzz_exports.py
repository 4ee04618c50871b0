"""A fuzzer, not a list (issue 20): generated hostile exports (every Meta generation, Instagram,
Takeout sidecars, Facebook HTML, folders with FIFOs and links, zips with odd names, bad UTF-8,
bombs and nested zips) never make ingest raise or hang, every generated record is read or named
with a reason, and nothing odd reaches the photos table. A small seeded budget runs here; a large
one runs from `benchmarks/fuzz_exports.py`."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from tests.builders.fuzz_check import check, in_child
from tests.builders.fuzz_exports import Export, exports


@settings(
    max_examples=25,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
@given(exports())
def test_generated_exports_never_raise_hang_or_lose_a_record(export: Export):
    with tempfile.TemporaryDirectory() as tmp:
        out = check(export, Path(tmp), seconds=20)
    assert not out.hang, "ingest ran past 20 s"
    assert out.escaped is None, out.escaped
    assert not out.lost, f"neither read nor named: {out.lost}"
    assert not out.unclean, out.unclean
    assert out.read + out.named == out.records


def test_the_time_box_and_the_escape_count_can_fail(tmp_path):
    assert in_child(tmp_path, 1, 2**30, run=lambda _: time.sleep(30)) is None  # a hang
    got = in_child(tmp_path, 5, 2**30, run=lambda _: 1 / 0)
    assert got is not None and got["escaped"].startswith("ZeroDivisionError")
    flood = in_child(tmp_path, 20, 2**30, run=lambda _: bytearray(2 * 2**30))
    assert flood is not None and flood["escaped"].startswith("MemoryError")
