"""Every export layout is read with the right photos, times, GPS, captions and problems."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from exposure.ingest import ingest
from tests.builders import facebook, folder, google, instagram

BUILDERS = {
    "facebook-json-2021": facebook.facebook_2021,
    "facebook-json-2018": facebook.facebook_2018,
    "facebook-json-2023": facebook.facebook_2023,
    "facebook-json-2024": facebook.facebook_2024_parts,
    "facebook-html": facebook.facebook_html,
    "instagram-json-2025": instagram.instagram_2025,
    "instagram-json-2021": instagram.instagram_2021,
    "google-takeout": google.google_takeout,
    "folder": folder.plain_folder,
}


def _read(builder, tmp_path):
    paths, expected, problems = builder(tmp_path)
    paths = paths if isinstance(paths, list) else [paths]
    return ingest(paths), expected, problems


def _own(photos: pd.DataFrame) -> pd.DataFrame:
    """The photos the owner posted (the layout fixtures' expectations leave chats out)."""
    return photos[photos["origin"] != "messenger"]


def _same(actual, wanted) -> bool:
    if wanted is None:
        return (
            actual is None or (isinstance(actual, float) and math.isnan(actual)) or actual is pd.NaT
        )
    if isinstance(wanted, float):
        return actual is not None and math.isclose(actual, wanted, abs_tol=1e-4)
    if hasattr(wanted, "tzinfo"):
        return (
            actual is not None
            and not pd.isna(actual)
            and pd.Timestamp(actual) == pd.Timestamp(wanted)
        )
    return actual == wanted


@pytest.mark.parametrize("fmt", list(BUILDERS))
def test_every_photo_is_read_with_its_metadata(fmt, tmp_path):
    ing, expected, _ = _read(BUILDERS[fmt], tmp_path)
    assert ing.format == fmt
    by_path = _own(ing.photos).set_index("path")
    assert sorted(by_path.index) == sorted(expected), "photo list differs"
    for path, fields in expected.items():
        row = by_path.loc[path]
        for field, wanted in fields.items():
            assert _same(row[field], wanted), f"{path}: {field} is {row[field]!r}, want {wanted!r}"


@pytest.mark.parametrize(
    "fmt", [f for f in BUILDERS if f.startswith(("facebook-json", "instagram"))]
)
def test_missing_files_are_listed_with_a_reason(fmt, tmp_path):
    ing, _, problems = _read(BUILDERS[fmt], tmp_path)
    skipped = dict(ing.skipped)
    for path in problems.get("missing", []):
        assert "missing" in skipped.get(path, ""), f"{path} not listed as missing: {skipped}"
    for path in problems.get("video", []):
        assert "video" in skipped[path]


def test_web_addresses_and_absurd_timestamps_are_recorded(tmp_path):
    ing, _, problems = _read(facebook.facebook_2021, tmp_path)
    assert any(p.startswith("https://interncache") and "web address" in r for p, r in ing.skipped)
    assert any("-62169958800" in problem for _, problem in ing.notes)
    assert ing.owner == "Jöhn Dœ"


def test_mojibake_is_repaired_in_text_and_in_paths(tmp_path):
    ing, _, _ = _read(facebook.facebook_2024_parts, tmp_path)
    albums = set(ing.photos["album"].dropna())
    assert "Fotky z časové osy" in albums  # text
    assert any("Fotky_z_časové_osy/p.jpg" in p for p in ing.photos["path"])  # uri → real entry
    captions = " ".join(ing.photos["caption"].dropna())
    assert "Café Central ☕ with Jöhn 🙂" in captions
    assert "Ã" not in captions and "Ã" not in " ".join(albums)


def test_zip_parts_are_found_beside_each_other_and_joined(tmp_path):
    paths, expected, problems = facebook.facebook_2024_parts(tmp_path)
    ing = ingest([paths[0]])  # only part 1 named: part 2 is found beside it
    assert sorted(_own(ing.photos)["path"]) == sorted(expected)
    assert list(ing.checkins["place"]) == problems["checkins"]
    temple = ing.checkins.iloc[0]
    assert math.isclose(temple["lat"], 38.575804323267) and math.isclose(
        temple["lon"], -121.4804199327
    )


def test_messenger_photos_are_listed_as_received_and_stickers_are_skipped(tmp_path):
    ing, _, _ = _read(facebook.facebook_2024_parts, tmp_path)
    chat = ing.photos[ing.photos["path"].str.contains("/messages/")]
    assert len(chat) == 1
    row = chat.iloc[0]
    assert (row["origin"], row["sender"], row["sent_by_owner"], row["by_owner"]) == (
        "messenger",
        "Jane Roe",
        False,
        False,
    )
    assert not any("stickers_used" in p for p in ing.photos["path"])


def test_byte_identical_copies_become_one_photo(tmp_path):
    ing, _, _ = _read(google.google_takeout, tmp_path)
    assert ing.photos["photo_id"].is_unique
    rome = ing.photos[ing.photos["caption"] == "Trevi at dusk"]
    assert len(rome) == 1 and rome.iloc[0]["album"] == "Summer in Rome"


def test_post_place_is_kept_apart_from_photo_gps(tmp_path):
    ing, _, _ = _read(facebook.facebook_2024_parts, tmp_path)
    row = ing.photos[ing.photos["caption"] == "Lisbon views"].dropna(subset=["lat"]).iloc[0]
    assert (row["lat"], row["lon"]) == (38.7139, -9.1394)
    assert (row["place_lat"], row["place_lon"]) == (38.7153, -9.1308)
    assert row["tagged"] == "Jane Roe"


def test_text_named_jpg_is_skipped_not_fatal(tmp_path):
    ing, _, problems = _read(folder.plain_folder, tmp_path)
    assert "not an image" in dict(ing.skipped)[problems["not_image"][0]]


def test_different_exports_given_together_are_each_read(tmp_path):
    fb, fb_expected, _ = facebook.facebook_2024_parts(tmp_path / "fb")
    phone, folder_expected, _ = folder.plain_folder(tmp_path / "phone")
    ing = ingest([fb[0], phone])
    assert ing.format == "facebook-json-2024+folder"
    assert set(_own(ing.photos)["path"]) == set(fb_expected) | set(folder_expected)
    assert ing.photos["photo_id"].is_unique
    assert len(ing.checkins) == 2  # from the Facebook export
