"""Text in photos: the words of photographed documents, a street sign, and nothing on photos without
text; no download, no file written, no socket opened."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from exposure.errors import ModelError
from exposure.vision.text import MIN_SCORE, TextLine, TextReader, keep
from tests.builders.text_photos import (
    COCO,
    DOCUMENTS,
    NO_TEXT_COCO,
    SIGNS_COCO,
    faces_without_text,
    load,
    photograph,
    recall,
    words,
)
from tests.needs import need_fast_text_detector, need_rapidocr

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _rapidocr():
    need_rapidocr()  # a skip with the reason here, a failure in CI


@pytest.fixture(scope="module")
def reader() -> TextReader:
    return TextReader()


@pytest.mark.parametrize(
    "text, score, kept",
    [
        ("GREENWICH ST", 0.99, True),  # a sign read with confidence
        ("AB12 CDE", MIN_SCORE, True),  # at the threshold
        ("HOHK", MIN_SCORE - 0.01, False),  # a garbled read of real text scores lower
        ("M", 0.91, False),  # one character: texture read as a letter
        ("24", 0.96, False),  # two characters: too little to mean anything
        ("A B", 0.99, False),  # spaces do not count as characters
        ("-->", 0.99, False),  # no letter or digit
        ("NOW", 0.99, True),  # a three-letter placard word stays
        ("東京都", 0.95, True),  # any script's letters count
    ],
)
def test_junk_lines_are_dropped(text, score, kept):
    assert keep(TextLine(text, score, (0, 0, 10, 10))) is kept


def test_words_are_lower_case_without_punctuation():
    assert words("From AMSTERDAM AMS → To TOKYO, NRT.") == [
        "from",
        "amsterdam",
        "ams",
        "to",
        "tokyo",
        "nrt",
    ]
    assert recall(["ams", "nrt", "ams"], ["AMS-NRT"]) == (2, 3)


def test_a_missing_model_file_is_a_clear_error_not_a_download(monkeypatch):
    import exposure.vision.text as tr

    monkeypatch.setattr(tr, "REC_FILE", "PP-OCRv6_rec_gone.onnx")
    with pytest.raises(ModelError, match="never downloads"):
        TextReader()
    monkeypatch.undo()
    monkeypatch.setattr(tr, "FAST_PACKAGE", "no_such_package")
    monkeypatch.setattr(tr, "DET_FILE", "PP-OCRv6_det_gone.onnx")
    with pytest.raises(ModelError, match="never downloads"):
        TextReader()


@pytest.mark.models
def test_the_fast_detector_is_read_from_its_wheel_without_importing_it(monkeypatch):
    import exposure.vision.text as tr

    need_fast_text_detector()
    det, _ = tr.model_files()
    assert det.name == tr.FAST_DET_FILE and det.parent.parent.name == tr.FAST_PACKAGE
    assert tr.FAST_PACKAGE not in sys.modules  # its code (and `requests`) never imported
    fast_key = tr.reader_key()
    assert f"side {tr.FAST_SIDE};" in fast_key
    # without the wheel: rapidocr's own PP-OCRv6 detector on a larger copy, another cache key
    monkeypatch.setattr(tr, "FAST_PACKAGE", "no_such_package")
    det, _ = tr.model_files()
    assert det.name == tr.DET_FILE
    assert f"side {tr.DETECT_SIDE};" in tr.reader_key() and tr.reader_key() != fast_key


@pytest.mark.models
@pytest.mark.slow
def test_documents_words_are_read(reader):
    hits = total = 0
    for seed, doc in enumerate(DOCUMENTS):
        lines = reader.read(photograph(doc, seed))
        h, n = recall(doc.words, [line.text for line in lines])
        print(f"{doc.name}: {h}/{n} words", [line.text for line in lines])
        assert h / n >= 0.8, doc.name
        hits, total = hits + h, total + n
    print(f"documents: word recall {hits}/{total} = {hits / total:.1%}")
    assert hits / total >= 0.9


@pytest.mark.models
@pytest.mark.slow
def test_boarding_pass_gives_route_flight_and_seat(reader):
    image = photograph(DOCUMENTS[0], 0)
    lines = reader.read(image)
    text = " ".join(line.text for line in lines).lower()
    # as text, not as words: the recogniser may drop a wide space ("PassengerJANSEN")
    for fact in ("jansen", "maria", "amsterdam ams", "tokyo nrt", "kl861", "14 mar 2024", "32a"):
        assert fact in text
    h, w = image.shape[:2]
    for line in lines:  # boxes in pixels of the photo given, around the card in its middle
        x0, y0, x1, y1 = line.box
        assert 0 <= x0 < x1 <= w and 0 <= y0 < y1 <= h
        assert w * 0.1 < x0 and x1 < w * 0.9 and h * 0.15 < y0 and y1 < h * 0.85


@pytest.mark.models
@pytest.mark.data
@pytest.mark.slow
def test_lines_cut_from_their_regions_read_as_from_the_whole_photo(reader, test_data):
    from rapidocr.ch_ppocr_rec import TextRecInput
    from rapidocr.utils.process_img import get_rotate_crop_image

    photos = [photograph(DOCUMENTS[2], 2)]  # the letter: lines near each other
    photos += [load(test_data / COCO.format(p)) for p in sorted(SIGNS_COCO)]
    photos.append(np.ascontiguousarray(photos[-1][:700, -900:]))  # a sign at the photo's edge
    read = 0
    for image in photos:
        quads = reader.detect(image)
        whole = np.ascontiguousarray(image[:, :, ::-1])
        before = reader.recognizer(
            TextRecInput(img=[get_rotate_crop_image(whole, q.copy()) for q in quads])
        )
        texts, scores = reader.recognise(image, quads)
        assert texts == list(before.txts)
        assert np.allclose(scores, before.scores, atol=1e-3)
        read += len(texts)
    assert read >= 10


@pytest.mark.models
@pytest.mark.data
@pytest.mark.slow
@pytest.mark.parametrize("photo, word", sorted(SIGNS_COCO.items()))
def test_a_sign_in_a_coco_photo_is_read(reader, test_data, photo, word):
    lines = reader.read(load(test_data / COCO.format(photo)))
    assert any(word in line.text.lower() for line in lines), lines


@pytest.mark.models
@pytest.mark.data
@pytest.mark.slow
def test_no_text_claimed_on_photos_without_any(reader, test_data):
    photos = [test_data / COCO.format(p) for p in NO_TEXT_COCO] + faces_without_text(test_data)
    assert len(photos) >= 50
    claimed = {p.name: reader.read(load(p)) for p in photos}
    assert {name: lines for name, lines in claimed.items() if lines} == {}


@pytest.mark.models
@pytest.mark.slow
def test_reading_downloads_nothing_writes_nothing_and_stays_quiet(tmp_path):
    """In a fresh process with its own HOME, cwd and TMPDIR, and every socket connect refused."""
    import rapidocr

    package = Path(rapidocr.__file__).parent
    before = sorted(p.name for p in package.rglob("*") if "__pycache__" not in p.parts)
    dirs = {name: tmp_path / name for name in ("home", "cwd", "tmp", "cache")}
    for d in dirs.values():
        d.mkdir()
    np.save(tmp_path / "badge.npy", photograph(DOCUMENTS[1], 1))
    script = f"""
import socket, sys
def refuse(*a, **k):
    raise AssertionError("a socket was opened")
socket.socket.connect = socket.socket.connect_ex = refuse
socket.socket.__init__ = refuse  # not even a socket made (urllib3's import probes IPv6)
socket.create_connection = refuse
sys.path.insert(0, {str(ROOT)!r})
import numpy as np
from exposure.vision.text import TextReader
lines = TextReader().read(np.load({str(tmp_path / "badge.npy")!r}))
print(len(lines), " ".join(line.text for line in lines))
assert "requests" not in sys.modules, "rapidocr's downloader was imported"
assert "rapidocr_onnxruntime" not in sys.modules
"""
    env = {
        **os.environ,
        "HOME": str(dirs["home"]),
        "TMPDIR": str(dirs["tmp"]),
        "XDG_CACHE_HOME": str(dirs["cache"]),
    }
    out = subprocess.run(
        [sys.executable, "-c", script],
        cwd=dirs["cwd"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    assert "Sofia Lindqvist" in out.stdout
    assert out.stderr == ""  # rapidocr's logger (its own console handler) says nothing
    written = {name: [str(p.relative_to(d)) for p in d.rglob("*")] for name, d in dirs.items()}
    assert written == {"home": [], "cwd": [], "tmp": [], "cache": []}
    after = sorted(p.name for p in package.rglob("*") if "__pycache__" not in p.parts)
    assert after == before  # no model, dictionary or config copy fetched into the package


@pytest.mark.models
def test_model_key_names_the_package_and_model_digests(reader):
    from importlib.metadata import version

    from exposure.vision.text import model_files

    key = reader.model_key
    assert key.startswith(f"rapidocr {version('rapidocr')};")
    for kind, path in zip(("det", "rec"), model_files()):
        assert f"{kind} {hashlib.sha256(path.read_bytes()).hexdigest()[:16]}" in key
    assert key == TextReader(min_score=MIN_SCORE).model_key  # the same models, the same key
    assert key != TextReader(min_score=0.5).model_key  # another filter stores other lines


def _strip(text: str, width: int, height: int, size: int) -> np.ndarray:
    """`text` in black on a white strip `width` x `height` px, repeated along it."""
    from PIL import Image, ImageDraw

    from tests.builders.text_photos import font

    im = Image.new("RGB", (width, height), (250, 250, 245))
    draw, step = ImageDraw.Draw(im), width // 4
    for x in range(20, width - step // 2, step):
        draw.text((x, (height - size) // 2), text, fill=(15, 15, 20), font=font(size, True))
    return np.asarray(im)


@pytest.mark.models
@pytest.mark.parametrize("width, height", [(3000, 3), (30000, 2), (5000, 1), (2, 4000), (1, 1)])
def test_a_strip_a_few_pixels_high_reads_nothing_and_raises_nothing(reader, width, height):
    """Shrunk to 576 px, such a photo was 0 px high and OpenCV raised inside the worker."""
    image = np.full((height, width, 3), 128, np.uint8)
    image[:, ::7] = 20  # stripes: something to find, nothing to read
    assert reader.read(image) == []


@pytest.mark.models
@pytest.mark.slow
def test_a_banner_thousands_wide_and_a_few_dozen_high_is_read(reader):
    """Shrunk to 576 px long it would be 8 px high, below what the detector sees; its copy keeps
    32 px instead, and its lines are cut from the strip itself."""
    image = _strip("GREENWICH STREET", 3000, 40, 26)
    lines = reader.read(image)
    assert sum("greenwich" in line.text.lower() for line in lines) >= 3, lines
    for line in lines:
        x0, y0, x1, y1 = line.box
        assert 0 <= x0 < x1 <= 3000 and 0 <= y0 < y1 <= 40
    # standing up (no angle classifier: the lines may not be read), it raises nothing either
    assert isinstance(reader.read(np.ascontiguousarray(np.rot90(image))), list)
