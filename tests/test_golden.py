"""results.json of sample_data/ and of the story archives, compared with committed golden files.

The golden files pin what a scan with the real offline models reports, so that a refactoring that
should change nothing is proved to change nothing. Only `generated_at` and the machine's own
folders (absolute paths) are masked; everything else must match exactly. After a change meant to
alter the results, regenerate them with `EXPOSURE_UPDATE_GOLDEN=1 python -m pytest
tests/test_golden.py` and commit the diff with the change that explains it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from exposure.analysis import scan
from exposure.config import Config

pytestmark = [pytest.mark.slow, pytest.mark.models]

GOLDEN = Path(__file__).parent / "golden"
SAMPLE = Path(__file__).resolve().parent.parent / "sample_data" / "facebook-grace"
UPDATE = os.environ.get("EXPOSURE_UPDATE_GOLDEN") == "1"


def masked(data, roots: list[Path]):
    """`data` with `generated_at` masked and every absolute `roots` prefix replaced by `<root>`."""
    if isinstance(data, dict):
        return {k: "<masked>" if k == "generated_at" else masked(v, roots) for k, v in data.items()}
    if isinstance(data, list):
        return [masked(v, roots) for v in data]
    if isinstance(data, str):
        for root in roots:
            data = data.replace(str(root), "<root>")
    return data


def check(name: str, out: Path, roots: list[Path]) -> None:
    """Compare out/results.json with tests/golden/NAME.json (or write it when updating)."""
    got = masked(json.loads((out / "results.json").read_text(encoding="utf-8")), roots)
    path = GOLDEN / f"{name}.json"
    if UPDATE:
        path.write_text(json.dumps(got, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    want = json.loads(path.read_text(encoding="utf-8"))
    assert got == want, f"results.json of {name} differs from {path}"


def test_sample_data_results_are_unchanged(models_dir, tmp_path):
    out = tmp_path / "out"
    scan(Config(out_dir=out, models_dir=models_dir, quiet=True), [SAMPLE])
    check("sample_data", out, [tmp_path, SAMPLE.parent])


@pytest.mark.data
@pytest.mark.parametrize("gps", [True, False], ids=["gps", "no-gps"])
def test_story_results_are_unchanged(story_scan, gps):
    out, _ = story_scan(gps)
    check("story-gps" if gps else "story-nogps", out, [out.parent])


def test_masking_keeps_everything_but_the_time_and_the_machine_folders(tmp_path):
    data = {"generated_at": "2026-01-01T00:00:00Z", "a": [f"{tmp_path}/x", "y", 0.5]}
    assert masked(data, [tmp_path]) == {"generated_at": "<masked>", "a": ["<root>/x", "y", 0.5]}
