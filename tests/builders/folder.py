"""A plain folder of photos, as a phone or camera leaves them."""

from __future__ import annotations

from pathlib import Path

from .common import Tree, exif_with, heic, jpeg, utc


def plain_folder(root: Path) -> tuple[Path, dict, dict]:
    tree = Tree()
    a = tree.add(
        "2020/beach.jpg",
        jpeg(exif=exif_with("2020:08:01 11:00:00", (-33.89, 151.27), "Apple", "iPhone 11")),
    )
    b = tree.add("2020/no_exif.jpg", jpeg())
    c = tree.add("phone/heic_photo.heic", heic())
    tree.add("notes.txt", b"not a photo")
    tree.add("2020/fake.jpg", b"this is text, not a jpeg")
    expected = {
        a: {
            "taken_at": utc("2020-08-01T11:00:00"),
            "lat": -33.89,
            "lon": 151.27,
            "caption": None,
            "camera": "Apple iPhone 11",
        },
        b: {"taken_at": None, "lat": None, "lon": None, "caption": None},
        c: {"taken_at": utc("2021-03-03T03:03:03"), "lat": None, "lon": None, "caption": None},
    }
    return tree.write(root / "photos"), expected, {"not_image": ["2020/fake.jpg"]}
