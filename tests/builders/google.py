"""Google Takeout (Google Photos) exports, in zip parts."""

from __future__ import annotations

from pathlib import Path

from .common import Tree, exif_with, jpeg, ts, utc


def google_takeout(root: Path) -> tuple[list[Path], dict, dict]:
    tree = Tree()
    g = "Takeout/Google Photos/"
    y = g + "Photos from 2019/"

    def side(title: str, taken: str, geo=(0.0, 0.0), geo_exif=(0.0, 0.0), desc="", people=()):
        return {
            "title": title,
            "description": desc,
            "creationTime": {"timestamp": str(ts(taken) + 3600)},
            "photoTakenTime": {"timestamp": str(ts(taken)), "formatted": "…"},
            "geoData": {"latitude": geo[0], "longitude": geo[1]},
            "geoDataExif": {"latitude": geo_exif[0], "longitude": geo_exif[1]},
            "people": [{"name": n} for n in people],
            "url": "https://photos.google.com/photo/x",
        }

    rome = jpeg()
    a = tree.add(y + "IMG_20190704_183012.jpg", rome)
    tree.add(
        y + "IMG_20190704_183012.jpg.supplemental-metadata.json",
        side(
            "IMG_20190704_183012.jpg",
            "2019-07-04T18:30:12",
            geo=(41.9, 12.5),
            desc="Trevi at dusk",
            people=["Дочь"],
        ),
    )
    tree.add(g + "Summer in Rome/IMG_20190704_183012.jpg", rome)  # byte-identical album copy
    tree.add(g + "Summer in Rome/metadata.json", {"title": "Summer in Rome"})
    b = tree.add(y + "IMG_0002.jpg", jpeg())
    tree.add(
        y + "IMG_0002.jpg.json", side("IMG_0002.jpg", "2019-03-01T10:00:00", geo_exif=(52.37, 4.89))
    )
    long_name = "Screenshot_2022-10-28-09-31-43-118_com.snapchat.jpg"
    c = tree.add(y + long_name, jpeg())
    tree.add(
        y + "Screenshot_2022-10-28-09-31-43-118_com.snapcha.json",
        side(long_name, "2019-10-28T09:31:43"),
    )
    d = tree.add(y + "IMG_20160819_201122-01.jpeg", jpeg())
    tree.add(
        y + "IMG_20160819_201122-01.jpeg.supplemental-metad.json",
        side("IMG_20160819_201122-01.jpeg", "2019-08-19T20:11:22"),
    )
    e = tree.add(y + "image(1).jpg", jpeg())
    tree.add(y + "image.jpg(1).json", side("image.jpg", "2019-05-05T05:05:05"))
    f = tree.add(y + "image.jpg", jpeg())
    tree.add(y + "image.jpg.json", side("image.jpg", "2019-05-04T04:04:04"))
    h = tree.add(y + "IMG_0003-edited.jpg", jpeg())
    i = tree.add(y + "IMG_0003.jpg", jpeg())
    tree.add(
        y + "IMG_0003.jpg.supplemental-metadata.json", side("IMG_0003.jpg", "2019-06-06T06:06:06")
    )
    j = tree.add(y + "IMG_0004(1).jpg", jpeg())
    tree.add(
        y + "IMG_0004.jpg.supplemental-metadata(1).json",
        side("IMG_0004.jpg", "2019-06-07T06:06:06"),
    )
    k = tree.add(
        y + "plain.jpg",
        jpeg(exif=exif_with("2019:02:02 12:00:00", (50.1, 8.6), "Canon", "Canon EOS 5D")),
    )
    expected = {
        a: {
            "taken_at": utc("2019-07-04T18:30:12"),
            "lat": 41.9,
            "lon": 12.5,
            "caption": "Trevi at dusk",
            "album": "Summer in Rome",
            "tagged": "Дочь",
        },
        b: {"taken_at": utc("2019-03-01T10:00:00"), "lat": 52.37, "lon": 4.89, "caption": None},
        c: {"taken_at": utc("2019-10-28T09:31:43"), "lat": None, "lon": None, "caption": None},
        d: {"taken_at": utc("2019-08-19T20:11:22"), "lat": None, "lon": None, "caption": None},
        e: {"taken_at": utc("2019-05-05T05:05:05"), "lat": None, "lon": None, "caption": None},
        f: {"taken_at": utc("2019-05-04T04:04:04"), "lat": None, "lon": None, "caption": None},
        h: {"taken_at": utc("2019-06-06T06:06:06"), "lat": None, "lon": None, "caption": None},
        i: {"taken_at": utc("2019-06-06T06:06:06"), "lat": None, "lon": None, "caption": None},
        j: {"taken_at": utc("2019-06-07T06:06:06"), "lat": None, "lon": None, "caption": None},
        k: {
            "taken_at": utc("2019-02-02T12:00:00"),
            "lat": 50.1,
            "lon": 8.6,
            "caption": None,
            "camera": "Canon EOS 5D",
        },
    }
    sidecars = [p for p in tree.files if p.endswith(".json")]
    z1 = tree.zip(root / "takeout-20240516T230250Z-001.zip", sidecars)
    z2 = tree.zip(
        root / "takeout-20240516T230250Z-002.zip", [p for p in tree.files if p not in sidecars]
    )
    return [z1, z2], expected, {"duplicates": 1}
