"""Which paths make one export, and the archive's fingerprint: one answer for scan, rescan, ingest
and batch (a zip beside the archive that belongs to another export is no part of it)."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from exposure.config import Config
from exposure.fingerprint import archive_fingerprint
from exposure.parts import export_parts, group_exports, part_prefix
from exposure.rescan import scan_inputs


def _zip(path: Path, name: str = "a.jpg") -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(name, b"x")
    return path


@pytest.fixture
def downloads(tmp_path) -> Path:
    """A downloads folder: a Facebook export in two parts, a Takeout in two, and strangers."""
    root = tmp_path / "downloads"
    root.mkdir()
    for name in (
        "facebook-carol-20240501-AbC-1.zip",
        "facebook-carol-20240501-AbC-2.zip",
        "facebook-dave-20240502-XyZ-1.zip",  # another person's export, beside it
        "takeout-20240516T230250Z-001.zip",
        "takeout-20240516T230250Z-002.zip",
        "holiday.zip",  # no part number: an export of its own
    ):
        _zip(root / name)
    (root / "phone").mkdir()
    return root


@pytest.mark.parametrize(
    ("name", "prefix"),
    [
        ("facebook-carol-20240501-AbC-2.zip", "facebook-carol-20240501-AbC"),  # Meta: last dash
        ("takeout-20240516T230250Z-002.zip", "takeout-20240516T230250Z"),  # Google: second dash
        ("takeout-20240516T230250Z.zip", None),  # a Takeout without a part number
        ("holiday.zip", None),
        ("holiday-photos.zip", None),  # a dash, but no number after it
    ],
)
def test_a_parts_export_id_comes_from_its_name(name, prefix):
    assert part_prefix(name) == prefix


def test_any_part_gives_every_part_of_its_export_and_no_other_zip(downloads):
    carol = [downloads / f"facebook-carol-20240501-AbC-{i}.zip" for i in (1, 2)]
    assert export_parts(carol[1]) == carol
    assert export_parts(downloads / "takeout-20240516T230250Z-001.zip") == [
        downloads / "takeout-20240516T230250Z-001.zip",
        downloads / "takeout-20240516T230250Z-002.zip",
    ]
    assert export_parts(downloads / "holiday.zip") == [downloads / "holiday.zip"]
    assert export_parts(downloads / "phone") == [downloads / "phone"]  # a folder is itself
    assert export_parts(downloads / "gone-1.zip") == [downloads / "gone-1.zip"]  # missing: itself


def test_paths_are_grouped_by_export_in_the_order_given(downloads, tmp_path):
    link = tmp_path / "carol.zip"
    os.symlink(downloads / "facebook-carol-20240501-AbC-1.zip", link)
    given = [
        downloads / "phone",
        downloads / "facebook-carol-20240501-AbC-2.zip",
        downloads / "holiday.zip",
        link,  # the same export's first part, under another name: the same export
        downloads / "facebook-dave-20240502-XyZ-1.zip",
    ]
    assert group_exports(given) == [[given[0]], [given[1], given[3]], [given[2]], [given[4]]]


def test_the_fingerprint_changes_with_a_part_of_the_export_and_not_with_a_stranger(downloads):
    first = downloads / "facebook-carol-20240501-AbC-1.zip"
    before = archive_fingerprint([first])
    _zip(downloads / "facebook-dave-20240502-XyZ-1.zip", "b.jpg")  # another export, rewritten
    _zip(downloads / "holiday.zip", "b.jpg")
    assert archive_fingerprint([first]) == before
    _zip(downloads / "facebook-carol-20240501-AbC-2.zip", "b.jpg")  # the second part changed
    assert archive_fingerprint([first]) != before
    again = archive_fingerprint([first])
    _zip(downloads / "facebook-carol-20240501-AbC-3.zip")  # a part arrived late
    assert archive_fingerprint([first]) != again
    assert archive_fingerprint([downloads / "nope"]) is None


def test_a_rescan_reads_again_for_a_new_part_but_not_for_another_export_beside_it(
    downloads, tmp_path
):
    config = Config(out_dir=tmp_path / "out", vision=False, quiet=True)
    archive = [downloads / "takeout-20240516T230250Z-001.zip"]
    before = scan_inputs(config, archive)
    _zip(downloads / "facebook-dave-20240502-XyZ-1.zip", "b.jpg")
    _zip(downloads / "takeout-20240601T000000Z-001.zip")  # a later Takeout: another export
    assert scan_inputs(config, archive) == before
    _zip(downloads / "takeout-20240516T230250Z-003.zip")
    assert scan_inputs(config, archive) != before


def test_a_folder_archive_is_fingerprinted_by_every_file_under_it(downloads):
    phone = downloads / "phone"
    (phone / "2024").mkdir()
    photo = phone / "2024" / "a.jpg"
    photo.write_bytes(b"x")
    before = archive_fingerprint([phone])
    photo.write_bytes(b"xy")
    assert archive_fingerprint([phone]) != before
