"""What `exposure batch` takes as a study (no Ray): folders, zips, zip parts, listings, names."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from exposure.batch.inputs import NotAStudy, find_archives
from exposure.batch.ray_env import MAX_TEMP_PATH, RayUnavailable, temp_dir
from exposure.errors import ArchiveNotFound


def _zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("a.jpg", b"x")
    return path


@pytest.fixture
def donations(tmp_path) -> Path:
    root = tmp_path / "donations"
    (root / "alice").mkdir(parents=True)
    _zip(root / "bob.zip")
    _zip(root / "facebook-carol-20240501-AbC-1.zip")
    _zip(root / "facebook-carol-20240501-AbC-2.zip")
    _zip(root / "takeout-20240516T230250Z-001.zip")
    _zip(root / "takeout-20240516T230250Z-002.zip")
    (root / "alice.zip").write_bytes(b"")  # same name as the folder: named alice-2
    (root / ".DS_Store").write_bytes(b"")
    (root / "consent.pdf").write_bytes(b"%PDF")
    (root / "out").mkdir()  # the output folder itself, inside the study folder
    return root


def test_a_folder_of_exports_gives_one_archive_per_participant(donations):
    found = find_archives(donations, donations / "out")
    names = {a.name: a.paths for a in found}
    assert sorted(names) == [
        "alice",
        "alice-2",
        "bob",
        "facebook-carol-20240501-AbC",
        "takeout-20240516T230250Z",
    ]
    # zip parts: the first part, as `exposure scan` takes it (it finds the others beside it)
    assert names["facebook-carol-20240501-AbC"] == (
        str(donations.absolute() / "facebook-carol-20240501-AbC-1.zip"),
    )
    assert all(Path(p).is_absolute() for paths in names.values() for p in paths)


def test_a_listing_names_exports_relative_to_itself(donations, tmp_path):
    listing = tmp_path / "study.txt"
    listing.write_text(
        "# participants who consented\n"
        "donations/bob.zip\n\n"
        "donations/takeout-20240516T230250Z-002.zip\n"
        "donations/takeout-20240516T230250Z-001.zip\n"  # the same export twice: once
        f"{donations / 'alice'}\n"
        "donations/dave.zip\n"  # missing: listed, fails when read (the others go on)
    )
    found = find_archives(listing, tmp_path / "out")
    assert [a.name for a in found] == ["bob", "takeout-20240516T230250Z", "alice", "dave"]


@pytest.mark.parametrize("case", ["missing", "zip", "empty"])
def test_what_is_not_a_study_is_one_clear_error(case, tmp_path):
    source = {
        "missing": tmp_path / "nope",
        "zip": _zip(tmp_path / "one.zip"),
        "empty": tmp_path / "empty",
    }[case]
    if case == "empty":
        source.mkdir()
    with pytest.raises(ArchiveNotFound if case == "missing" else NotAStudy, match=str(source)):
        find_archives(source, tmp_path / "out")


def test_a_ray_temp_path_too_long_for_its_sockets_is_refused_before_starting(tmp_path):
    deep = Path("/tmp") / ("d" * (MAX_TEMP_PATH - 10)) / "out"
    with pytest.raises(RayUnavailable, match="too long a path for Ray's sockets"):
        temp_dir(deep)
    assert not deep.exists()
    assert temp_dir(Path("/tmp/st/out")) == Path("/tmp/st/out/.ray")
