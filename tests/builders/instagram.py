"""Instagram exports: the 2021 and 2025 JSON layouts."""

from __future__ import annotations

from pathlib import Path

from .common import Tree, jpeg, ts, utc


def instagram_2025(root: Path) -> tuple[Path, dict, dict]:
    tree = Tree()
    a = tree.add("media/posts/202409/pasta_flatlay.jpg", jpeg())
    b = tree.add("media/posts/202410/hike.jpg", jpeg())
    c = tree.add("media/posts/202410/hike2.jpg", jpeg())
    d = tree.add("media/profile/202101/me.jpg", jpeg())
    tree.add("media/stories/202512/y.mp4", b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 40)
    tree.add(
        "your_instagram_activity/media/posts_1.json",
        [
            {
                "media": [
                    {
                        "uri": a,
                        "creation_timestamp": 1725373798,
                        "media_metadata": {
                            "photo_metadata": {
                                "exif_data": [
                                    {"latitude": 48.8566, "longitude": 2.3522},
                                    {
                                        "device_id": "android-0000000000000000",
                                        "date_time_original": "2024:09:03 14:23:18",
                                    },
                                ]
                            }
                        },
                        "title": "Homemade pasta for dinner 🍝",
                        "cross_post_source": {"source_app": "FB"},
                    }
                ]
            },
            {
                "title": "Alpine weekend ⛰️",
                "creation_timestamp": ts("2024-10-12T18:00:00"),
                "media": [
                    {
                        "uri": b,
                        "creation_timestamp": ts("2024-10-12T18:00:00"),
                        "title": "",
                        "media_metadata": {
                            "photo_metadata": {
                                "exif_data": [
                                    {"date_time_original": "20241012T091500.000Z"},
                                    {"latitude": 46.5, "longitude": 7.9},
                                ]
                            }
                        },
                    },
                    {"uri": c, "creation_timestamp": ts("2024-10-12T18:00:00"), "title": ""},
                ],
            },
        ],
    )
    tree.add(
        "your_instagram_activity/media/stories.json",
        {
            "ig_stories": [
                {
                    "uri": "media/stories/202512/y.mp4",
                    "creation_timestamp": ts("2025-12-10T18:11:38"),
                    "title": "",
                }
            ]
        },
    )
    tree.add(
        "your_instagram_activity/media/profile_photos.json",
        {
            "ig_profile_picture": [
                {"uri": d, "creation_timestamp": ts("2021-01-05T10:00:00"), "title": ""}
            ]
        },
    )
    expected = {
        a: {
            "taken_at": utc("2024-09-03T14:23:18"),
            "lat": 48.8566,
            "lon": 2.3522,
            "caption": "Homemade pasta for dinner 🍝",
            "album": "Posts",
        },
        b: {
            "taken_at": utc("2024-10-12T09:15:00"),
            "lat": 46.5,
            "lon": 7.9,
            "caption": "Alpine weekend ⛰️",
        },
        c: {
            "taken_at": None,
            "lat": None,
            "lon": None,
            "caption": "Alpine weekend ⛰️",
            "uploaded_at": utc("2024-10-12T18:00:00"),
        },
        d: {
            "taken_at": None,
            "lat": None,
            "lon": None,
            "caption": None,
            "album": "Profile pictures",
        },
    }
    return (
        tree.write(root / "instagram-jdoe-2025"),
        expected,
        {"video": ["media/stories/202512/y.mp4"]},
    )


def instagram_2021(root: Path) -> tuple[Path, dict, dict]:
    tree = Tree()
    a = tree.add("media/posts/202109/a.jpg", jpeg())
    b = tree.add("media/posts/202109/b.jpg", jpeg())
    tree.add(
        "content/posts_1.json",
        [
            {
                "media": [
                    {
                        "uri": a,
                        "creation_timestamp": ts("2021-09-01T12:00:00"),
                        "title": "Første dag på skolen",
                        "media_metadata": {
                            "photo_metadata": {
                                "exif_data": [
                                    {
                                        "latitude": 55.676,
                                        "longitude": 12.568,
                                        "date_time_original": "2021:09:01 08:10:00",
                                    }
                                ]
                            }
                        },
                    }
                ]
            },
            {
                "title": "Carousel caption",
                "creation_timestamp": ts("2021-09-05T12:00:00"),
                "media": [
                    {"uri": b, "creation_timestamp": ts("2021-09-05T12:00:00"), "title": ""},
                    {"uri": "media/posts/202109/gone.jpg", "creation_timestamp": 1, "title": ""},
                ],
            },
        ],
    )
    expected = {
        a: {
            "taken_at": utc("2021-09-01T08:10:00"),
            "lat": 55.676,
            "lon": 12.568,
            "caption": "Første dag på skolen",
        },
        b: {"taken_at": None, "lat": None, "lon": None, "caption": "Carousel caption"},
    }
    return (
        tree.write(root / "instagram-2021"),
        expected,
        {"missing": ["media/posts/202109/gone.jpg"]},
    )
