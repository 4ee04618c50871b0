"""Exports as real ones are (issue 12): each case's photos, times (UTC), GPS, captions, source
(origin) and sender."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from exposure.ingest import ingest
from tests.builders import realworld
from tests.memory import CHILD_PEAK_KB

ROOT = Path(__file__).resolve().parents[2]


def _same(actual, wanted) -> bool:
    if wanted is None:
        return (
            actual is None or actual is pd.NaT or (isinstance(actual, float) and math.isnan(actual))
        )
    if isinstance(wanted, bool):
        return actual is not None and not pd.isna(actual) and bool(actual) is wanted
    if isinstance(wanted, float):
        return actual is not None and math.isclose(actual, wanted, abs_tol=1e-4)
    if hasattr(wanted, "tzinfo"):
        return actual is not None and not pd.isna(actual) and pd.Timestamp(actual) == wanted
    return actual == wanted


def _check(photos: pd.DataFrame, expected: dict[str, dict]) -> None:
    by_path = photos.set_index("path")
    missing = set(expected) - set(by_path.index)
    assert not missing, f"not read: {sorted(missing)}"
    for path, fields in expected.items():
        row = by_path.loc[path]
        for field, wanted in fields.items():
            assert _same(row[field], wanted), f"{path}: {field} is {row[field]!r}, want {wanted!r}"


def test_messenger_of_every_folder_names_thread_sender_and_whether_the_owner_sent_it(tmp_path):
    path, expected = realworld.messenger(tmp_path)
    ing = ingest([path])
    assert len(ing.photos) == len(expected) == 10
    _check(
        ing.photos,
        {
            p: {
                "origin": "messenger",
                "thread": t,
                "sender": s,
                "sent_by_owner": mine,
                "by_owner": mine,
                "uploaded_at": when,
                "source": "facebook",
            }
            for p, (t, s, mine, when) in expected.items()
        },
    )


def test_without_a_profile_the_owner_is_the_one_person_every_thread_shares(tmp_path):
    path, expected = realworld.messenger_2021(tmp_path)
    ing = ingest([path])
    _check(
        ing.photos,
        {
            p: {"thread": t, "sender": s, "sent_by_owner": mine, "uploaded_at": when}
            for p, (t, s, mine, when) in expected.items()
        },
    )


def test_exif_offsets_place_the_capture_time_in_utc(tmp_path):
    path, expected = realworld.offsets(tmp_path)
    ing = ingest([path])
    _check(
        ing.photos,
        {p: {"taken_at": t, "time_zone": z, "origin": "folder"} for p, (t, z) in expected.items()},
    )


def test_several_exports_in_one_folder_are_each_read(tmp_path):
    path, expected = realworld.several(tmp_path)
    ing = ingest([path])
    assert set(ing.format.split("+")) == {"google-takeout", "facebook-json-2024"}
    _check(ing.photos, expected)
    takeouts = ing.photos[ing.photos["source"] == "google"]
    assert set(takeouts["path"].str.split("/").str[0]) == {"Takeout1", "Takeout2"}
    assert (takeouts["origin"] == "takeout").all()


def test_takeout_sidecar_time_wins_over_an_exif_time_without_offset(tmp_path):
    path, expected = realworld.several(tmp_path)
    ing = ingest([path])
    album = "Takeout1/Takeout/Google Photos/Album Rome/IMG_1.jpg"
    row = ing.photos.set_index("path").loc[album]
    assert pd.Timestamp(row["taken_at"]) == pd.Timestamp("2020-09-20T13:12:07Z")  # not 06:12 local
    assert row["time_zone"] == "utc"
    assert dict(ing.duplicates)[album.replace("Album Rome", "Photos from 2020")] == album


def test_spanish_html_page_export(tmp_path):
    path, expected = realworld.spanish_html(tmp_path)
    ing = ingest([path])
    assert ing.format == "facebook-html"
    _check(ing.photos, expected)
    assert len(ing.photos) == 3


def test_formats_seen_in_real_exports(tmp_path):
    path, expected = realworld.formats(tmp_path)
    ing = ingest([path])
    assert set(ing.format.split("+")) == {"facebook-json-2021", "instagram-json-2025"}
    _check(ing.photos, expected)
    assert len(ing.photos) == len(expected)


@pytest.mark.parametrize("what", ["bad", "good"])
def test_files_that_cannot_be_read_are_skipped_and_the_rest_is_read(tmp_path, what):
    folder, bad, good = realworld.hostile_facebook(tmp_path, big_mb=80)
    ing = ingest([folder])
    skipped = dict(ing.skipped)
    if what == "bad":
        for path, word in bad.items():
            assert word in skipped.get(path, ""), f"{path}: {skipped.get(path)}"
    else:
        _check(ing.photos, {p: {"caption": c, "album": "A"} for p, c in good.items()})


def test_a_broken_zip_member_is_skipped_with_its_reason(tmp_path):
    path, bad, ok = realworld.broken_zip(tmp_path)
    ing = ingest([path])
    skipped = dict(ing.skipped)
    for p, word in bad.items():
        assert word in skipped.get(p, ""), f"{p}: {skipped.get(p)}"
    assert list(ing.photos["path"]) == ok


INGEST_RSS = f"""
import sys
from exposure.ingest import ingest
ing = ingest([sys.argv[1]])
print(len(ing.photos), {CHILD_PEAK_KB})
"""


def test_a_300_mb_json_is_refused_without_reading_it(tmp_path):
    folder, bad, good = realworld.hostile_facebook(tmp_path, big_mb=300)
    try:
        proc = subprocess.run(
            [sys.executable, "-c", INGEST_RSS, str(folder)],
            capture_output=True,
            text=True,
            timeout=300,
            env=dict(os.environ, PYTHONPATH=str(ROOT)),
        )
    finally:
        (folder / next(p for p, w in bad.items() if w == "too large")).unlink()
    assert proc.returncode == 0, proc.stderr
    photos, peak_kb = map(int, proc.stdout.split())
    assert photos == len(good)
    assert peak_kb < 1024 * 1024, f"peak RSS {peak_kb / 1024:.0f} MB"


@pytest.mark.slow
@pytest.mark.models
def test_scan_exits_0_names_the_bad_files_and_analyses_the_rest(tmp_path, models_dir):
    folder, bad, good = realworld.hostile_facebook(tmp_path, big_mb=300)
    out = tmp_path / "out"
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "exposure", "scan", str(folder), "--out", str(out), "--quiet"],
            capture_output=True,
            text=True,
            timeout=900,
            env=dict(os.environ, EXPOSURE_MODELS=str(models_dir), PYTHONPATH=str(ROOT)),
        )
    finally:
        (folder / next(p for p, w in bad.items() if w == "too large")).unlink()
    assert proc.returncode == 0, proc.stderr
    results = json.loads((out / "results.json").read_text())
    skipped = {s["path"]: s["reason"] for s in results["archive"]["skipped"]}
    for path, word in bad.items():
        assert word in skipped.get(path, ""), f"{path}: {skipped.get(path)}"
    photos = {p["path"]: p for p in results["photos"]}
    assert set(photos) == set(good)
    assert all(photos[p]["alt_text"] and photos[p]["caption"] == c for p, c in good.items())
    assert {p["source"] for p in photos.values()} == {"album"}
