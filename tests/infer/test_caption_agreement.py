"""The second annotator's labels: read in the set's order, kappa per signal, and the reader on the
pairs both annotators label alike (benchmarks/caption_agreement.py)."""

import json

import pytest

from benchmarks.caption_agreement import agreed, compare, kappa, second_labels


def _write(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_second_labels_by_id_and_complete(tmp_path):
    path = _write(
        tmp_path / "second.jsonl",
        [{"id": 1, "owner_signals": ["pet"]}, {"id": 0, "owner_signals": []}],
    )
    assert second_labels(path, 2) == [set(), {"pet"}]
    with pytest.raises(ValueError, match="the set has 3"):
        second_labels(path, 3)


def test_kappa_is_one_on_agreement_and_below_on_a_disagreement():
    first = [{"pet"}, set(), {"travel"}, set()]
    assert "pet            1.00" in kappa(first, first)
    table = kappa(first, [{"pet"}, {"pet"}, {"travel"}, set()])
    pet = next(line for line in table.splitlines() if line.startswith("pet"))
    assert float(pet.split()[1]) == pytest.approx(0.5)
    assert pet.split()[2:] == ["2", "1"]


def test_the_reader_is_scored_only_where_both_annotators_agree():
    rows = [
        {"caption": "Our puppy Rex came home today, my first dog!", "lang": "en"},
        {"caption": "Our puppy Rex came home today, my first dog!", "lang": "en"},
    ]
    first, second = [{"pet"}, {"pet"}], [{"pet"}, set()]
    counts = agreed(rows, first, second)
    assert counts["pet"]["tp"] + counts["pet"]["fn"] == 1  # the second line is left out
    assert compare(rows, first, second)["all"] == {"tp": 1, "fp": 0, "fn": 1}
