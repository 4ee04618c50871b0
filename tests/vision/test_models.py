"""Models as plug-ins: the registry's order, a model added by one file and one registration, and
each model's failure kept to the photo it failed on, a worker that dies included."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from exposure.analysis import scan
from exposure.config import Config
from exposure.errors import ModelError
from exposure.vision import registry
from exposure.vision.builtin import Decode, Text
from exposure.vision.models import model_spec
from tests.needs import need_rapidocr
from tests.vision.hostile_models import (
    KILL_MARK,
    RAISE_MARK,
    DyingLoadModel,
    KillingModel,
    RaisingModel,
    UnloadableModel,
)
from tests.vision.toy_model import ToyModel


def photos(folder: Path, n: int, marked: dict[int, bytes] | None = None) -> Path:
    """`n` small JPEGs of noise in `folder` (photo i followed by marked[i], when given)."""
    folder.mkdir(exist_ok=True)
    rng = np.random.default_rng(len(list(folder.iterdir())))
    for i in range(n):
        path = folder / f"p{len(list(folder.iterdir()))}.jpg"
        Image.fromarray(rng.integers(0, 255, (48, 64, 3), dtype=np.uint8)).save(path)
        if marked and i in marked:
            path.write_bytes(path.read_bytes() + marked[i])
    return folder


def results(out: Path) -> dict:
    return json.loads((out / "results.json").read_text(encoding="utf-8"))


def tags(photo: dict) -> list[str]:
    return [t["label"] for t in photo["tags"]]


def test_the_registry_runs_decode_then_every_model_in_order():
    spec = model_spec(None, text=False)
    names = [m.name for m in spec.models]
    assert names == ["decode", "objects", "scenes", "faces", "ages", "text"]
    assert not spec.model("text").on  # --no-text: registered, off, and said so in the words
    assert spec.description.endswith("text: not read")


def test_a_toy_model_registered_in_one_line_tags_every_photo(tmp_path, monkeypatch):
    monkeypatch.setattr(registry, "MODELS", [Decode, ToyModel])  # the one line (alone, to be fast)
    archive = photos(tmp_path / "photos", 3)
    out = tmp_path / "out"
    scan(Config(out_dir=out, workers=1, quiet=True), [archive])
    entries = results(out)["photos"]
    assert [tags(p) for p in entries] == [["toy"]] * 3
    db = sqlite3.connect(out / "exposure.db")
    assert db.execute("SELECT COUNT(*) FROM labels WHERE model = 'toy'").fetchone() == (3,)


def test_a_model_that_raises_on_one_photo_loses_only_its_own_result(tmp_path, monkeypatch):
    monkeypatch.setattr(registry, "MODELS", [Decode, RaisingModel, ToyModel])
    archive = photos(tmp_path / "photos", 3, {1: RAISE_MARK})
    out = tmp_path / "out"
    scan(Config(out_dir=out, workers=1, quiet=True), [archive])
    data = results(out)
    by_path = {p["path"]: p for p in data["photos"]}
    failed = by_path["p1.jpg"]
    assert failed["errors"] == [
        {"model": "raiser", "reason": "ValueError: this photo is marked to fail"}
    ]
    assert tags(failed) == ["toy"]  # the later model still ran on it
    assert all("errors" not in by_path[p] for p in ("p0.jpg", "p2.jpg"))
    assert data["archive"]["analyzed"] == 3 and data["archive"]["skipped"] == []


@pytest.mark.slow
def test_a_worker_killed_on_a_photo_is_replaced_and_the_photo_is_not_tried_past_the_limit(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(registry, "MODELS", [Decode, KillingModel, ToyModel])
    attempts = tmp_path / "attempts.log"
    monkeypatch.setenv("EXPOSURE_TEST_ATTEMPTS", str(attempts))
    archive = photos(tmp_path / "photos", 4, {2: KILL_MARK})
    out = tmp_path / "out"
    scan(Config(out_dir=out, workers=2, quiet=True), [archive])
    first = results(out)
    assert sorted(p["path"] for p in first["photos"] if tags(p)) == ["p0.jpg", "p1.jpg", "p3.jpg"]
    assert len(first["archive"]["skipped"]) == 1, first["archive"]["skipped"]
    [skipped] = first["archive"]["skipped"]
    assert skipped["path"] == "p2.jpg"
    assert "2 times" in skipped["reason"] and "SIGKILL" in skipped["reason"]
    assert attempts.read_text().count("kill ") == 2

    photos(archive, 1)  # a new photo: the next scan analyses again
    scan(Config(out_dir=out, workers=2, quiet=True), [archive])
    second = results(out)
    assert attempts.read_text().count("kill ") == 2  # not tried again
    assert second["archive"]["skipped"] == first["archive"]["skipped"]
    assert sum(1 for p in second["photos"] if tags(p)) == 4
    assert not [p for p in out.iterdir() if p.name.startswith(".exposure-run-")]


@pytest.mark.parametrize("workers", [1, 2])
def test_the_run_folder_is_new_and_a_cache_folder_in_the_output_folder_is_kept(
    tmp_path, monkeypatch, workers
):
    monkeypatch.setattr(registry, "MODELS", [Decode, ToyModel])
    archive = photos(tmp_path / "photos", 1)
    out = tmp_path / "out"
    scan(Config(out_dir=out, workers=workers, quiet=True), [archive])
    keep = out / ".cache" / "keep.txt"  # as `--out ~` has ~/.cache
    keep.parent.mkdir()
    keep.write_text("mine")
    photos(archive, 1)
    scan(Config(out_dir=out, workers=workers, quiet=True), [archive])
    assert results(out)["archive"]["analyzed"] == 2
    assert keep.read_text() == "mine"
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == [
        ".cache",
        ".exposure",
    ]


@pytest.mark.slow
@pytest.mark.models
@pytest.mark.data
def test_with_the_real_models_a_failing_model_costs_only_its_own_result(
    models_dir, test_data, tmp_path, monkeypatch
):
    monkeypatch.setattr(registry, "MODELS", [*registry.MODELS, RaisingModel, ToyModel])
    archive = tmp_path / "photos"
    archive.mkdir()
    data = (test_data / "coco" / "images" / "000000000036.jpg").read_bytes()  # a person
    (archive / "plain.jpg").write_bytes(data)
    (archive / "marked.jpg").write_bytes(data + RAISE_MARK)
    out = tmp_path / "out"
    scan(Config(out_dir=out, models_dir=models_dir, workers=1, quiet=True), [archive])
    by_path = {p["path"]: p for p in results(out)["photos"]}
    plain, marked = by_path["plain.jpg"], by_path["marked.jpg"]
    assert [e["model"] for e in marked["errors"]] == ["raiser"] and "errors" not in plain
    assert "person" in tags(marked) and "toy" in tags(marked)  # YOLO before it, the toy after
    same = ("alt_text", "tags", "text")
    assert {k: marked[k] for k in same} == {k: plain[k] for k in same}
    assert len(marked["faces"]) == len(plain["faces"])


@pytest.mark.parametrize(
    ("model", "said"),
    [
        (UnloadableModel, "unloadable.onnx: not a usable model"),
        pytest.param(
            DyingLoadModel,
            "the vision workers die while loading the models (killed by SIGKILL)",
            marks=pytest.mark.slow,  # three workers started in turn
        ),
    ],
)
def test_models_that_cannot_load_in_the_workers_stop_the_run_with_one_line(
    tmp_path, monkeypatch, model, said
):
    monkeypatch.setattr(registry, "MODELS", [Decode, model])
    archive = photos(tmp_path / "photos", 2)
    with pytest.raises(ModelError) as raised:
        scan(Config(out_dir=tmp_path / "out", workers=2, quiet=True), [archive])
    assert str(raised.value) == said


def test_a_photo_thousands_wide_and_three_high_does_not_stop_the_run(tmp_path, monkeypatch):
    need_rapidocr()
    monkeypatch.setattr(registry, "MODELS", [Decode, Text, ToyModel])
    archive = photos(tmp_path / "photos", 1)
    rng = np.random.default_rng(7)
    Image.fromarray(rng.integers(0, 255, (3, 6000, 3), dtype=np.uint8)).save(archive / "strip.png")
    banner = rng.integers(0, 255, (40, 3000, 3), dtype=np.uint8)  # 75:1, within the bound
    Image.fromarray(banner).save(archive / "banner.png")
    out = tmp_path / "out"
    scan(Config(out_dir=out, workers=1, quiet=True), [archive])
    data = results(out)
    # the strip (2000:1) is no photo: named with its reason; the others are analysed
    assert data["archive"]["analyzed"] == 2
    assert [(s["path"], s["reason"][:16]) for s in data["archive"]["skipped"]] == [
        ("strip.png", "image too narrow")
    ]
    by_path = {p["path"]: p for p in data["photos"]}
    assert tags(by_path["banner.png"]) == ["toy"]  # what the text reader could not do is its own
    assert [e["model"] for e in by_path["banner.png"].get("errors", [])] in ([], ["text"])
