"""The caption rules' own tests read with the rules alone: they pin what the lexicon and the
context rules say. The sentence reader (`caption_knn`) that judges the rules' signals in a run
has its own tests (`test_caption_knn.py`) and is measured on the labelled sets
(`benchmarks/captions.py`); it reads 41 of these modules' 876 cases otherwise (listed in the
commit that wired it in)."""

from __future__ import annotations

import pytest

RULES_ALONE = {
    "test_captions.py",
    "test_captions_rings_colours.py",
    "test_captions_told.py",
    "test_captions_trades.py",
}


@pytest.fixture(autouse=True)
def _caption_rules_alone(request, monkeypatch):
    if request.node.path.name in RULES_ALONE:
        monkeypatch.setenv("EXPOSURE_CAPTION_READER", "rules")
