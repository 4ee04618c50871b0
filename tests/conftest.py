"""Shared fixtures: where the real photos and offline models are, and tiny exports."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

IN_CI = os.environ.get("CI") == "true"


def _env_path(var: str, what: str) -> Path:
    value = os.environ.get(var)
    if not value:
        if IN_CI:
            pytest.fail(f"{var} is not set in CI: {what} are required there")
        pytest.skip(f"{var} not set: {what} not available")
    path = Path(value)
    if not path.is_dir():
        pytest.fail(f"{var}={value} is not a folder")
    return path


@pytest.fixture(scope="session")
def models_dir() -> Path:
    """The offline models (../shared/models), from EXPOSURE_MODELS."""
    return _env_path("EXPOSURE_MODELS", "offline models")


@pytest.fixture(scope="session")
def test_data() -> Path:
    """The real photos (../shared/data), from EXPOSURE_TEST_DATA."""
    return _env_path("EXPOSURE_TEST_DATA", "real test photos")


@pytest.fixture(scope="session")
def faces_scan(models_dir, test_data, tmp_path_factory) -> Path:
    """The output folder of one real scan of ../shared/data/faces (all identity sets)."""
    from exposure.analysis import scan
    from exposure.config import Config

    out = tmp_path_factory.mktemp("faces") / "out"
    scan(Config(out_dir=out, models_dir=models_dir, quiet=True), [test_data / "faces"])
    return out


@pytest.fixture(scope="session")
def story_scan(models_dir, test_data, tmp_path_factory):
    """scan(gps) -> (output folder, Results) of the scripted story (tests/stories.py), once each."""
    from exposure.analysis import scan
    from exposure.config import Config
    from tests.builders import stories

    done: dict = {}

    def run(gps: bool):
        if gps not in done:
            root = tmp_path_factory.mktemp("story")
            archive = stories.build(test_data, root, gps=gps)
            out = root / "out"
            done[gps] = (
                out,
                scan(Config(out_dir=out, models_dir=models_dir, quiet=True), [archive]),
            )
        return done[gps]

    return run
