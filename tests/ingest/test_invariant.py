"""Nothing vanishes: every media file under an archive is a photo, a named duplicate of one, or
skipped with its reason (issue 12), over every layout fixture and the hostile corpus."""

from __future__ import annotations

import pytest

from exposure.ingest import ingest
from exposure.ingest.archive import open_archive
from exposure.ingest.sweep import media_like
from tests.builders import common, facebook, folder, google, hostile, instagram, realworld, stories

LAYOUTS = {
    "facebook_2021": facebook.facebook_2021,
    "facebook_2018": facebook.facebook_2018,
    "facebook_2023": facebook.facebook_2023,
    "facebook_2024_parts": facebook.facebook_2024_parts,
    "facebook_html": facebook.facebook_html,
    "instagram_2025": instagram.instagram_2025,
    "instagram_2021": instagram.instagram_2021,
    "google_takeout": google.google_takeout,
    "plain_folder": folder.plain_folder,
    "places_story": stories.places_story,
    "messenger": realworld.messenger,
    "messenger_2021": realworld.messenger_2021,
    "several": realworld.several,
    "spanish_html": realworld.spanish_html,
    "formats": realworld.formats,
    "broken_zip": realworld.broken_zip,
}


def unaccounted(paths: list) -> tuple[set[str], object]:
    """The media files under `paths` that are neither photos, duplicates nor skipped."""
    archive = open_archive(paths)
    media = {k for k in archive.files if media_like(archive, k)}
    archive.close()
    ing = ingest(paths)
    named = set(ing.photos["path"]) | {p for p, _ in ing.duplicates}
    named |= {p for p, reason in ing.skipped if reason.strip()}
    assert media, "the fixture holds no media file"
    return media - named, ing


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_every_media_file_is_a_photo_a_duplicate_or_skipped(name, tmp_path):
    built = LAYOUTS[name](tmp_path)
    paths = built[0] if isinstance(built[0], list) else [built[0]]
    lost, _ = unaccounted(paths)
    assert not lost, f"vanished: {sorted(lost)}"


def test_nothing_of_the_hostile_corpus_vanishes(tmp_path):
    archives, cases = hostile.build(tmp_path)
    for archive in archives:
        lost, ing = unaccounted([archive])
        assert not lost, f"{archive.name}: vanished: {sorted(lost)}"
        if archive.is_dir():
            skipped = dict(ing.skipped)
            assert "empty file" in skipped["bad/empty.jpg"]
            assert "truncated" in skipped["bad/truncated.jpg"]  # cut in its headers: unreadable


@pytest.mark.data
def test_a_photo_cut_short_is_read_as_far_as_it_goes_and_named_truncated(tmp_path, test_data):
    photo = sorted((test_data / "coco" / "images").rglob("*.jpg"))[0].read_bytes()
    (tmp_path / "cut").mkdir()
    (tmp_path / "cut" / "cut.jpg").write_bytes(photo[: len(photo) * 4 // 10])
    (tmp_path / "cut" / "whole.jpg").write_bytes(photo)
    ing = ingest([tmp_path / "cut"])
    assert set(ing.photos["path"]) == {"cut.jpg", "whole.jpg"}
    assert dict(ing.skipped) == {"cut.jpg": "truncated (the file ends before the image does)"}


def test_zero_byte_and_unreferenced_files_are_named(tmp_path):
    tree = common.Tree()
    pre = "your_facebook_activity/"
    tree.add(f"{pre}posts/album/0.json", {"name": "A", "photos": []})
    empty = tree.add(f"{pre}posts/media/A_1/empty.jpg", b"")
    clip = tree.add(
        f"{pre}messages/inbox/x_1/videos/clip.mp4", b"\x00\x00\x00\x18ftypisom" + b"\0" * 40
    )
    sticker = tree.add(f"{pre}messages/stickers_used/s.png", common.jpeg())
    loose = tree.add("Takeout/Google Photos/Photos from 2020/empty.JPG", b"")
    lost, ing = unaccounted([tree.write(tmp_path / "fb")])
    assert not lost
    skipped = dict(ing.skipped)
    assert "empty file" in skipped[empty] and "empty file" in skipped[loose]
    assert "video" in skipped[clip] and "sticker" in skipped[sticker]
