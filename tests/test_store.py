"""The output folder's database: the one box convention meets the faces table's columns; text
lines, face ages and the models that failed on a photo are stored, a worker crash is counted, and a
folder made by an older exposure gains the newer columns."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest

from exposure.store import Store
from exposure.types import Face, box_to_css, css_to_box
from exposure.vision.builtin import Faces, Text
from exposure.vision.model import Photo, PhotoResult
from exposure.vision.text import TextLine


def result(photo_id: str, faces=(), texts=(), errors=()) -> PhotoResult:
    """A photo's result with the rows the faces and text models make of `faces` and `texts`."""
    photo = Photo(photo_id, b"", found={"faces": list(faces), "text": list(texts)})
    rows = {**Faces.rows(Faces.__new__(Faces), photo), **Text.rows(Text.__new__(Text), photo)}
    return PhotoResult(photo_id, rows=rows, errors=list(errors))


def test_a_face_box_is_stored_as_top_right_bottom_left(tmp_path):
    face = Face((10, 20, 30, 60), np.zeros(128, dtype=np.float32), b"")  # x0, y0, x1, y1
    with Store(tmp_path) as store:
        store.put_analysis("m", result("p", faces=[face]))
        row = store.vision_tables("m")["faces"].iloc[0]
    assert (row.top, row.right, row.bottom, row.left) == (20, 30, 60, 10)


def test_the_box_conversions_are_inverse():
    assert css_to_box((20, 30, 60, 10)) == (10, 20, 30, 60)
    assert box_to_css(css_to_box((1, 2, 3, 4))) == (1, 2, 3, 4)


def test_text_lines_and_face_ages_are_stored_and_read_back(tmp_path):
    face = Face((10, 20, 30, 60), np.zeros(128, dtype=np.float32), b"", age=6.4, band="child")
    lines = [TextLine("GATE D7", 0.93, (5, 6, 70, 20)), TextLine("KLM", 0.99, (1, 2, 3, 4))]
    with Store(tmp_path) as store:
        store.put_analysis("m", result("p", faces=[face], texts=lines))
        store.put_analysis("m", result("p", faces=[face], texts=lines))  # redone: replaced
        tables = store.vision_tables("m")
    assert tables["faces"][["age", "band"]].values.tolist() == [[6.4, "child"]]
    texts = tables["texts"]
    assert texts["text"].tolist() == ["KLM", "GATE D7"]  # strongest first
    assert texts.iloc[1][["x0", "y0", "x1", "y1"]].tolist() == [5, 6, 70, 20]


OLD_SCHEMA = """
CREATE TABLE analyses (photo_id TEXT, model_key TEXT, error TEXT, alt_text TEXT, thumb BLOB,
    PRIMARY KEY (photo_id, model_key));
CREATE TABLE faces (face_id TEXT PRIMARY KEY, photo_id TEXT, model_key TEXT,
    top INTEGER, right INTEGER, bottom INTEGER, left INTEGER, encoding BLOB, thumb BLOB);
INSERT INTO faces VALUES ('p-0', 'p', 'm', 1, 2, 3, 0, x'00', x'');
"""


def test_a_folder_made_before_ages_and_text_gains_their_columns(tmp_path):
    db = sqlite3.connect(tmp_path / "exposure.db")
    db.executescript(OLD_SCHEMA)
    db.close()
    with Store(tmp_path) as store:
        tables = store.vision_tables("m")
        face = Face((0, 0, 5, 5), np.zeros(128, dtype=np.float32), age=40.0, band="adult")
        store.put_analysis("m", result("q", faces=[face]))
        after = store.vision_tables("m")["faces"].set_index("face_id")
    old = tables["faces"].iloc[0]
    assert old.face_id == "p-0" and old.age is None and old.band is None
    assert tables["texts"].empty
    assert after.loc["q-0", "band"] == "adult"


def test_the_models_that_failed_on_a_photo_are_stored_with_its_other_rows(tmp_path):
    face = Face((10, 20, 30, 60), np.zeros(128, dtype=np.float32), b"")
    failed = [{"model": "text", "reason": "ValueError: no height"}]
    with Store(tmp_path) as store:
        store.put_analysis("m", result("p", faces=[face], errors=failed))
        store.put_analysis("m", result("q"))
        analyses = store.vision_tables("m")["analyses"].set_index("photo_id")
        faces = store.vision_tables("m")["faces"]
    assert analyses.loc["p", "errors"] == '[{"model": "text", "reason": "ValueError: no height"}]'
    assert not isinstance(analyses.loc["q", "errors"], str)  # none failed
    assert faces["photo_id"].tolist() == ["p"]


def test_a_model_may_add_rows_to_any_table_but_only_under_plain_names(tmp_path):
    rows = {"labels": [{"label": "toy", "score": 1.0, "model": "toy", "tag": "toy"}]}
    with Store(tmp_path) as store:
        store.put_analysis("m", PhotoResult("p", rows=rows))
        labels = store.vision_tables("m")["labels"]
        bad = PhotoResult("p", rows={"labels; DROP TABLE faces": [{"label": "x"}]})
        with pytest.raises(ValueError, match="not a table or column name"):
            store.put_analysis("m", bad)
        assert len(store.vision_tables("m")["labels"]) == 1  # nothing of the refused result
    assert labels[["photo_id", "label", "tag"]].values.tolist() == [["p", "toy", "toy"]]


def test_crashes_are_counted_per_photo_and_models(tmp_path):
    with Store(tmp_path) as store:
        assert [store.count_crash("m", "p") for _ in range(2)] == [1, 2]
        assert store.count_crash("m2", "p") == 1
    with Store(tmp_path) as store:  # kept for later runs
        assert store.count_crash("m", "p") == 3
