"""Fixtures of the infer tests."""

import pytest


@pytest.fixture
def rules_alone(monkeypatch):
    """The caption reader set to the rules alone (`EXPOSURE_CAPTION_READER=rules`), whatever
    the environment says: a test's file or case asks for it by name, the others keep the default
    (the full reader)."""
    monkeypatch.setenv("EXPOSURE_CAPTION_READER", "rules")
