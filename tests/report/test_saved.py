"""results.json as written: strict JSON, indented for a person up to INDENT_UP_TO photos, compact
above, and read back the same either way."""

from __future__ import annotations

import json

import pytest

from exposure.report.saved import INDENT_UP_TO, SCHEMA, Results


@pytest.mark.parametrize("photos, indented", [(3, True), (INDENT_UP_TO + 1, False)])
def test_results_are_indented_for_reading_and_compact_when_large(tmp_path, photos, indented):
    data = {
        "schema": SCHEMA,
        "photos": [{"photo_id": f"p{i}", "lat": float("nan")} for i in range(photos)],
        "inferences": [],
    }
    path = Results(data).save(tmp_path / "results.json")
    text = path.read_text(encoding="utf-8")
    assert ("\n  " in text) == indented
    back = Results.load(path).data
    assert back["photos"][-1] == {"photo_id": f"p{photos - 1}", "lat": None}  # NaN: null
    assert json.loads(text) == back
