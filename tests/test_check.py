"""`exposure check PHOTO... --against DIR`: what new photos would add to a scan's claims.

With real models (EXPOSURE_MODELS) on a real scanned archive (tests/builders/check_story.py): a
photographed boarding pass adds a travel document (exit 1), a landscape and a photo already in the
archive add nothing (exit 0), a photo at home places the home more precisely; the scan folder is
byte-identical afterwards. Without models: the words and classes of `report.additions` on
hand-made claims, a metadata-only scan, and misuse (one line, exit 2).
"""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import pytest

from exposure.check import check
from exposure.config import Config
from exposure.report.additions import Addition, additions, check_text, phrase, within_m
from tests.builders import check_story
from tests.builders.common import exif_with, jpeg
from tests.test_cli import run as cli_run

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data" / "facebook-grace"
OUTPUTS = ("results.json", "report.html", "exposure.db", ".exposure")


def run(*args: str) -> subprocess.CompletedProcess:
    """`python -m exposure ARGS` from the repository's root, as tests/test_cli.py runs it."""
    return cli_run(*args, cwd=ROOT)


def fingerprint(out: Path) -> dict[str, str]:
    """Every entry of the scan folder: its name and the digest of its bytes."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "folder"
        for p in sorted(out.iterdir())
    }


# --- with real models on a real scan --------------------------------------------------------------
@pytest.fixture(scope="module")
def story(models_dir, test_data, tmp_path_factory):
    """(archive, scan folder, folder of photos to check) of check_story, scanned once."""
    from exposure.analysis import scan

    root = tmp_path_factory.mktemp("check")
    archive = check_story.build(test_data, root)
    out = root / "out"
    scan(Config(out_dir=out, models_dir=models_dir, quiet=True), [archive])
    new = root / "new"
    new.mkdir()
    return archive, out, new


def test_a_boarding_pass_adds_a_travel_document_and_exits_1(story, models_dir):
    _, out, new = story
    photo = check_story.boarding_pass(new)
    proc = run("check", str(photo), "--against", str(out), "--models", str(models_dir), "--json")
    assert proc.returncode == 1, proc.stderr
    document = json.loads(proc.stdout)
    assert document["exposes"] is True
    travel = [a for a in document["additions"] if a["rule_id"] == "documents.travel"]
    assert len(travel) == 1, document["additions"]
    assert travel[0]["change"] == "new"
    assert travel[0]["confidence"] >= 0.5 and travel[0]["confidence_was"] is None
    assert travel[0]["photos"] == [str(photo)]
    assert "AMS → NRT" in " ".join(travel[0]["value"]["masked"])
    words = check_text(document)
    assert (
        f"{photo} adds: a boarding pass or ticket is readable in 1 photo, confidence 0% → " in words
    )


def test_a_landscape_adds_nothing_and_exits_0(story, models_dir, test_data):
    _, out, new = story
    photo = check_story.landscape(test_data, new)
    proc = run("check", str(photo), "--against", str(out), "--models", str(models_dir))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.splitlines() == [
        f"{photo} adds nothing new",
        "Nothing new: these photos add no claim and strengthen none.",
    ]


def test_a_photo_already_in_the_archive_adds_nothing_without_a_model(story, models_dir):
    archive, out, _ = story
    photo = check_story.archive_photo(archive)
    document = check([photo], out, models_dir)
    assert document["exposes"] is False and document["additions"] == []
    assert document["photos"][0]["known"] is True
    assert "is already in the scanned archive: nothing new" in check_text(document)


def test_a_photo_at_home_places_the_home_more_precisely(story, models_dir, test_data):
    _, out, new = story
    photo = check_story.home_photo(test_data, new)
    document = check([photo], out, models_dir)
    by_rule = {a["rule_id"]: a for a in document["additions"]}
    home = by_rule["location.home"]
    assert home["change"] == "more precise"
    assert home["within_m"] < home["within_m_was"]
    assert home["photos"] == [str(photo)]
    assert by_rule["metadata.gps"]["change"] == "changed"  # one more photo that carries GPS
    assert (
        by_rule["metadata.gps"]["value"]["photos"]
        == by_rule["metadata.gps"]["value_was"]["photos"] + 1
    )
    assert "home located to within" in check_text(document)


def test_the_scan_folder_is_left_byte_identical(story, models_dir, test_data):
    _, out, new = story
    before = fingerprint(out)
    photos = [check_story.boarding_pass(new), check_story.home_photo(test_data, new)]
    document = check(photos, out, models_dir)
    assert document["exposes"] is True
    assert fingerprint(out) == before  # no run folder left, no file touched
    assert set(OUTPUTS) <= set(before)


# --- without models -------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def metadata_scan(tmp_path_factory) -> Path:
    """The sample export scanned without models (the photos' metadata only)."""
    from exposure.analysis import scan

    out = tmp_path_factory.mktemp("check-meta") / "out"
    scan(Config(out_dir=out, vision=False, quiet=True), [SAMPLE])
    return out


def test_a_photo_with_gps_adds_to_a_scan_made_without_models(metadata_scan, tmp_path):
    photo = tmp_path / "IMG_gps.jpg"
    photo.write_bytes(jpeg(64, exif_with("2024:05:01 20:00:00", (52.37, 4.89))))
    before = fingerprint(metadata_scan)
    document = check([photo], metadata_scan)
    gps = next(a for a in document["additions"] if a["rule_id"] == "metadata.gps")
    assert gps["photos"] == [str(photo)]
    assert document["exposes"] is True
    assert fingerprint(metadata_scan) == before


def test_a_photo_without_metadata_adds_nothing_to_a_scan_made_without_models(
    metadata_scan, tmp_path
):
    photo = tmp_path / "plain.jpg"
    photo.write_bytes(jpeg(64))
    proc = run("check", str(photo), "--against", str(metadata_scan))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Nothing new" in proc.stdout


def test_without_a_results_json_the_claims_are_inferred_anew_from_the_store(
    metadata_scan, tmp_path
):
    import shutil

    out = tmp_path / "out"
    shutil.copytree(metadata_scan, out)
    (out / "results.json").unlink()
    plain, gps = tmp_path / "plain.jpg", tmp_path / "gps.jpg"
    plain.write_bytes(jpeg(64))
    gps.write_bytes(jpeg(64, exif_with("2024:05:01 20:00:00", (52.37, 4.89))))
    assert check([plain], out)["additions"] == []
    changed = {a["rule_id"]: a for a in check([gps], out)["additions"] if a["change"] == "changed"}
    assert sorted(changed) == ["metadata.gps", "travel.trips"]  # one more photo with GPS, and
    assert "NL" in changed["travel.trips"]["value"]["countries"]  # a trip to a new country
    assert not (out / "results.json").exists()


@pytest.mark.parametrize("case", ["not_a_scan", "not_a_photo", "missing", "folder"])
def test_misuse_gets_one_line_naming_it_and_exit_2(case, metadata_scan, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    text = tmp_path / "notes.jpg"
    text.write_text("not a photo")
    photo = tmp_path / "ok.jpg"
    photo.write_bytes(jpeg(16))
    against, given = {
        "not_a_scan": (empty, photo),
        "not_a_photo": (metadata_scan, text),
        "missing": (metadata_scan, tmp_path / "nope.jpg"),
        "folder": (metadata_scan, empty),
    }[case]
    proc = run("check", str(given), "--against", str(against))
    assert proc.returncode == 2, proc.stdout + proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("exposure: "), proc.stderr
    assert str(against if case == "not_a_scan" else given) in lines[0]
    assert not list(metadata_scan.glob(".exposure-run-*"))


# --- the classes and the words, on hand-made claims -----------------------------------------------
def claim(rule_id, conf, statement="S", value=None, evidence=()):
    return {
        "rule_id": rule_id,
        "category": rule_id.split(".")[0],
        "statement": statement,
        "confidence": conf,
        "value": value or {},
        "evidence": list(evidence),
    }


HOME = "Lives in Utrecht (home located to within about {} m)"
CASES = [
    # (before, after, the change found or None)
    # a claim that was not reported and now is: new
    ([], [claim("documents.identity", 0.62, evidence=["n"])], "new"),
    ([claim("pets.dog", 0.3)], [claim("pets.dog", 0.7, evidence=["n"])], "new"),
    # confidence up by 0.05 or more: stronger; by less: nothing
    ([claim("pets.dog", 0.6)], [claim("pets.dog", 0.7)], "stronger"),
    ([claim("pets.dog", 0.6)], [claim("pets.dog", 0.62)], None),
    # down: weaker, which exposes nothing
    ([claim("pets.dog", 0.8)], [claim("pets.dog", 0.6)], "weaker"),
    # a home placed within fewer metres: more precise, though it moved a few metres
    (
        [claim("location.home", 0.8, HOME.format(400), {"lat": 52.09, "lon": 5.12})],
        [claim("location.home", 0.8, HOME.format(50), {"lat": 52.0905, "lon": 5.12})],
        "more precise",
    ),
    # within more metres, moved 55 m: nothing new
    (
        [claim("location.home", 0.8, HOME.format(50), {"lat": 52.09, "lon": 5.12})],
        [claim("location.home", 0.8, HOME.format(60), {"lat": 52.0905, "lon": 5.12})],
        None,
    ),
    # a home that moved 5 km: changed
    (
        [claim("location.home", 0.8, HOME.format(50), {"lat": 52.09, "lon": 5.12})],
        [claim("location.home", 0.8, HOME.format(50), {"lat": 52.135, "lon": 5.12})],
        "changed",
    ),
    # a rate over a longer archive (a photo dated today): nothing new; a new country: changed
    (
        [claim("travel.trips", 0.8, "T", {"count": 3, "per_year": 0.7, "countries": ["ES"]})],
        [claim("travel.trips", 0.8, "U", {"count": 3, "per_year": 0.3, "countries": ["ES"]})],
        None,
    ),
    (
        [claim("travel.trips", 0.8, "T", {"count": 3, "per_year": 0.7, "countries": ["ES"]})],
        [claim("travel.trips", 0.8, "U", {"count": 4, "per_year": 0.6, "countries": ["ES", "NL"]})],
        "changed",
    ),
    # a new value (2 children, was 1): changed
    (
        [claim("family.children", 0.7, "Has 1")],
        [claim("family.children", 0.7, "Has 2", {"count": 2})],
        "changed",
    ),
    # only the wording (a photo without GPS: "12 of 13 photos"): nothing
    (
        [claim("metadata.gps", 1.0, "12 of 12 photos", {"photos": 12})],
        [claim("metadata.gps", 1.0, "12 of 13 photos", {"photos": 12})],
        None,
    ),
    # a claim that goes: gone, which exposes nothing
    ([claim("pets.cat", 0.55)], [claim("pets.cat", 0.45)], "gone"),
]


@pytest.mark.parametrize("before, after, expected", CASES)
def test_each_change_is_classed(before, after, expected):
    found = additions(before, after, {"n": ["IMG_1.jpg"]})
    assert [a.change for a in found] == ([expected] if expected else [])


def test_a_claim_names_the_new_photos_in_its_evidence_else_all_of_them():
    after = [claim("pets.dog", 0.9, evidence=["old", "b"]), claim("documents.travel", 0.9)]
    found = additions([], after, {"a": ["a.jpg"], "b": ["b.jpg", "copy of b.jpg"]})
    photos = {x.rule_id: x.photos for x in found}
    assert photos == {
        "pets.dog": ["b.jpg", "copy of b.jpg"],
        "documents.travel": ["a.jpg", "b.jpg", "copy of b.jpg"],
    }


def test_the_words_say_what_moved():
    assert within_m("within about 1.5 km") == 1500 and within_m("Has a dog") is None
    new = Addition(
        "new",
        "documents.identity",
        "documents",
        "An identity document is readable",
        confidence=0.62,
    )
    assert phrase(new) == "an identity document is readable, confidence 0% → 62%"
    precise = Addition(
        "more precise", "location.home", "location", "", within_m=50, within_m_was=400
    )
    assert phrase(precise) == "home located to within 50 m (was 400 m)"
    document = {
        "exposes": True,
        "photos": [{"path": "IMG_1.jpg", "known": False}, {"path": "old.jpg", "known": True}],
        "additions": [
            vars(new) | {"photos": ["IMG_1.jpg"]},
            vars(precise) | {"photos": ["IMG_1.jpg"]},
        ],
    }
    assert check_text(document).splitlines() == [
        "IMG_1.jpg adds: an identity document is readable, confidence 0% → 62%; "
        "home located to within 50 m (was 400 m)",
        "old.jpg is already in the scanned archive: nothing new",
    ]
