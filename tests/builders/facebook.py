"""Facebook exports: JSON of 2018, 2021, 2023 and 2024 (in zip parts), and the HTML export."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from .common import Tree, jpeg, meta_json, ts, utc


def facebook_posts(prefix: str, tree: Tree, media_root: str, gen_old: bool = False) -> dict:
    """Posts, albums, uncategorized photos and videos of the 2021 recipe, under `prefix`."""
    m = media_root
    expected: dict[str, dict] = {}
    p_cafe = tree.add(
        f"{m}MobileUploads_LvJWqglAvA/226622_1661337463344_5022041_n_1661337463344.jpg", jpeg()
    )
    p_mobile2 = tree.add(
        f"{m}MobileUploads_LvJWqglAvA/28819_1251667781858_646231_n_1251667781858.jpg", jpeg()
    )
    p_profile = tree.add(f"{m}ProfilePictures_Qx81Lm0aZz/101_202_303_n_404.jpg", jpeg())
    p_flat = tree.add(f"{m}myalbum_1234/11113237987292.jpg", jpeg())
    p_note = tree.add(
        f"{m}your_posts/81159700_10215011770077743_2191492983881203712_n_1.jpg", jpeg()
    )
    p_zero = tree.add(f"{m}your_posts/zero_gps_n_2.jpg", jpeg())
    p_uncat = tree.add(f"{m}your_posts/uncategorized_n_3.jpg", jpeg())
    tree.add(
        f"{m}videos/1199405_10200191443018829_7953_n_2022020720200.mp4",
        b"\x00\x00\x00\x18ftypisom" + b"\x00" * 40,
    )
    tree.add(f"{m}stickers_used/851575_126362140881916_1086262136_n_126362137548583.png", jpeg())
    caption = "Melange at Café Central ☕ with Jöhn 🙂"
    posts = [
        {
            "timestamp": ts("2011-05-10T18:00:00"),
            "title": "Jöhn Dœ added a new photo.",
            "data": [{"post": caption}],
            "attachments": [
                {
                    "data": [
                        {
                            "media": {
                                "uri": p_cafe,
                                "creation_timestamp": ts("2011-05-10T18:00:00"),
                                "media_metadata": {
                                    "photo_metadata": {
                                        "exif_data": [
                                            {
                                                "upload_ip": "94.145.3.49",
                                                "taken_timestamp": 1305000000,
                                                "latitude": 48.2104,
                                                "longitude": 16.3655,
                                                "camera_make": "Apple",
                                                "camera_model": "iPhone 4",
                                                "iso": 80,
                                            }
                                        ]
                                    }
                                },
                                "title": "Mobile Uploads",
                                "description": caption,
                            }
                        },
                        {
                            "place": {
                                "name": "Café Central",
                                "coordinate": {"latitude": 48.2103, "longitude": 16.3656},
                                "address": "Herrengasse 14",
                                "url": "https://www.facebook.com/x",
                            }
                        },
                    ]
                }
            ],
            "tags": [{"name": "John Roe"}],
        },
        {
            "timestamp": ts("2012-01-02T10:00:00"),
            "data": [{"post": "Notes from the lake"}],
            "attachments": [
                {
                    "data": [
                        {
                            "note": {
                                "title": "Lake",
                                "text": "Notes from the lake",
                                "media": [
                                    {
                                        "uri": p_note,
                                        "creation_timestamp": ts("2012-01-02T10:00:00"),
                                        "media_metadata": {
                                            "photo_metadata": {
                                                "exif_data": [{"upload_ip": "93.163.233.174"}]
                                            }
                                        },
                                    }
                                ],
                            }
                        }
                    ]
                }
            ],
        },
        {
            "timestamp": ts("2013-03-03T12:00:00"),
            "data": [{"post": "gone"}],
            "attachments": [
                {
                    "data": [
                        {
                            "media": {
                                "uri": f"{m}your_posts/missing_n_9.jpg",
                                "creation_timestamp": ts("2013-03-03T12:00:00"),
                            }
                        }
                    ]
                }
            ],
        },
        {
            "timestamp": ts("2013-04-04T12:00:00"),
            "attachments": [
                {
                    "data": [
                        {
                            "media": {
                                "uri": "https://interncache-eag.fbcdn.net/v/t15.0-10/x.jpg?a=1",
                                "creation_timestamp": ts("2013-04-04T12:00:00"),
                            }
                        }
                    ]
                }
            ],
        },
        {
            "timestamp": ts("2014-06-01T09:00:00"),
            "data": [{"post": "Null island?"}],
            "attachments": [
                {
                    "data": [
                        {
                            "media": {
                                "uri": p_zero,
                                "creation_timestamp": ts("2014-06-01T09:00:00"),
                                "media_metadata": {
                                    "photo_metadata": {
                                        "exif_data": [
                                            {
                                                "taken_timestamp": -62169958800,
                                                "latitude": 0,
                                                "longitude": 0,
                                            }
                                        ]
                                    }
                                },
                            }
                        },
                        {
                            "place": {
                                "name": "Nowhere",
                                "coordinate": {"latitude": 0, "longitude": 0},
                            }
                        },
                    ]
                }
            ],
        },
        {
            "timestamp": ts("2015-01-01T00:00:00"),
            "data": [{"post": "Happy new year"}, {"update_timestamp": ts("2015-01-01T00:00:00")}],
        },
    ]
    albums = [
        {
            "name": "Mobile Uploads",
            "photos": [
                {
                    "uri": p_cafe,
                    "creation_timestamp": ts("2011-05-10T18:00:00"),
                    "title": "Mobile Uploads",
                    "media_metadata": {
                        "photo_metadata": {"exif_data": [{"upload_ip": "94.145.3.49"}]}
                    },
                },
                {
                    "uri": p_mobile2,
                    "creation_timestamp": ts("2010-02-01T08:00:00"),
                    "description": "Snow day",
                    "media_metadata": {
                        "photo_metadata": {
                            "exif_data": [
                                {
                                    "upload_ip": "94.145.3.50",
                                    "taken_timestamp": ts("2010-01-31T15:30:00"),
                                }
                            ]
                        }
                    },
                },
            ],
            "cover_photo": {"uri": p_cafe, "creation_timestamp": 1},
            "last_modified_timestamp": 1,
        },
        {
            "name": "Profile Pictures",
            "photos": [{"uri": p_profile, "creation_timestamp": ts("2016-07-07T07:07:07")}],
        },
        {
            "name": "Album 2015",
            "photos": [
                {
                    "uri": p_flat,
                    "creation_timestamp": 1437454657,
                    "media_metadata": {
                        "photo_metadata": {
                            "camera_make": "Huawei",
                            "camera_model": "Nexus 6P",
                            "iso_speed": 138,
                            "taken_timestamp": 1437148158,
                            "latitude": 29.925027777778,
                            "longitude": -90.088072222222,
                            "upload_ip": "167.161.108.51",
                        }
                    },
                }
            ],
        },
    ]
    posts_name = (
        "your_posts__check_ins__photos_and_videos_1.json"
        if "activity" in prefix
        else "your_posts_1.json"
    )
    tree.add(f"{prefix}posts/{posts_name}", posts)
    for i, album in enumerate(albums):
        tree.add(
            f"{prefix}posts/album/{i}.json" if not gen_old else f"photos_and_videos/album/{i}.json",
            album,
        )
    tree.add(
        f"{prefix}posts/your_uncategorized_photos.json",
        {
            "other_photos_v2": [
                {
                    "uri": p_uncat,
                    "creation_timestamp": ts("2018-08-08T08:00:00"),
                    "description": "Ünçategorized",
                }
            ]
        },
    )
    tree.add(
        f"{prefix}posts/your_videos.json",
        {
            "videos_v2": [
                {
                    "uri": f"{m}videos/1199405_10200191443018829_7953_n_2022020720200.mp4",
                    "creation_timestamp": ts("2019-01-01T00:00:00"),
                    "thumbnail": {"uri": "https://scontent.fbcdn.net/thumb.jpg"},
                    "media_metadata": {
                        "video_metadata": {
                            "exif_data": [{"upload_ip": "1.2.3.4", "upload_timestamp": 0}]
                        }
                    },
                }
            ]
        },
    )
    expected[p_cafe] = {
        "taken_at": utc("2011-05-10T04:00:00"),
        "lat": 48.2104,
        "lon": 16.3655,
        "caption": caption,
        "album": "Mobile Uploads",
        "place": "Café Central",
        "upload_ip": "94.145.3.49",
        "camera": "Apple iPhone 4",
    }
    expected[p_mobile2] = {
        "taken_at": utc("2010-01-31T15:30:00"),
        "lat": None,
        "lon": None,
        "caption": "Snow day",
        "album": "Mobile Uploads",
    }
    expected[p_profile] = {
        "taken_at": None,
        "lat": None,
        "lon": None,
        "caption": None,
        "album": "Profile Pictures",
        "uploaded_at": utc("2016-07-07T07:07:07"),
    }
    expected[p_flat] = {
        "taken_at": datetime.fromtimestamp(1437148158, UTC),
        "lat": 29.925027777778,
        "lon": -90.088072222222,
        "caption": None,
        "album": "Album 2015",
        "camera": "Huawei Nexus 6P",
    }
    expected[p_note] = {
        "taken_at": None,
        "lat": None,
        "lon": None,
        "caption": "Notes from the lake",
        "upload_ip": "93.163.233.174",
    }
    expected[p_zero] = {
        "taken_at": None,
        "lat": None,
        "lon": None,
        "caption": "Null island?",
        "place": "Nowhere",
        "place_lat": None,
    }
    expected[p_uncat] = {"taken_at": None, "lat": None, "lon": None, "caption": "Ünçategorized"}
    return expected


def facebook_2021(root: Path) -> tuple[Path, dict, dict]:
    """G2: `posts/`, media under `posts/media/`."""
    tree = Tree()
    tree.add(
        "profile_information/profile_information.json",
        {"profile_v2": {"name": {"full_name": "Jöhn Dœ"}, "username": "jdoe"}},
    )
    expected = facebook_posts("", tree, "posts/media/")
    tree.add(
        "stories/archived_stories.json",
        {
            "archived_stories_v2": [
                {
                    "timestamp": ts("2020-02-02T20:00:00"),
                    "title": "story",
                    "data": [],
                    "attachments": [
                        {
                            "data": [
                                {
                                    "media": {
                                        "uri": tree.add(
                                            "posts/media/stories/story_n_1.jpg", jpeg()
                                        ),
                                        "creation_timestamp": ts("2020-02-02T20:00:00"),
                                        "media_metadata": {
                                            "photo_metadata": {
                                                "exif_data": [
                                                    {
                                                        "upload_ip": "93.163.193.81",
                                                        "taken_timestamp": 1575156666,
                                                    }
                                                ]
                                            }
                                        },
                                    }
                                }
                            ]
                        }
                    ],
                }
            ]
        },
    )
    expected["posts/media/stories/story_n_1.jpg"] = {
        "taken_at": datetime.fromtimestamp(1575156666, UTC),
        "lat": None,
        "lon": None,
        "caption": None,
    }
    problems = {
        "missing": ["posts/media/your_posts/missing_n_9.jpg"],
        "web": ["https://interncache-eag.fbcdn.net"],
        "video": ["posts/media/videos/1199405_10200191443018829_7953_n_2022020720200.mp4"],
        "absurd": ["-62169958800"],
        "owner": "Jöhn Dœ",
    }
    return tree.write(root / "facebook-jdoe"), expected, problems


def facebook_2018(root: Path) -> tuple[Path, dict, dict]:
    """G1: everything under `photos_and_videos/`, plus a `your_posts/` folder with no JSON."""
    tree = Tree()
    expected = facebook_posts("", tree, "photos_and_videos/", gen_old=True)
    # G1 keeps posts in posts/your_posts_1.json, albums under photos_and_videos/album/
    tree.files["photos_and_videos/your_videos.json"] = meta_json({"videos": []})
    tree.add("about_you/face_recognition.json", {"facial_data": {"threshold_green": 1}})
    loose = tree.add("photos_and_videos/your_posts/no_json_n_1.jpg", jpeg())
    expected[loose] = {"taken_at": None, "lat": None, "lon": None, "caption": None}
    problems = {"missing": ["photos_and_videos/your_posts/missing_n_9.jpg"], "face_template": True}
    return tree.write(root / "facebook-old"), expected, problems


def facebook_2023(root: Path) -> tuple[Path, dict, dict]:
    """G3: everything wrapped in `your_activity_across_facebook/`, unzipped one folder too deep."""
    tree = Tree()
    pre = "your_activity_across_facebook/"
    expected = facebook_posts(pre, tree, pre + "posts/media/")
    tree.add(
        pre + "personal_information/profile_information/profile_information.json",
        {"profile_v2": {"name": {"full_name": "Jöhn Dœ"}}},
    )
    base = root / "download" / "facebook-jdoe-2023"
    tree.write(base)
    expected = {f"facebook-jdoe-2023/{k}": v for k, v in expected.items()}
    return (
        root / "download",
        expected,
        {"missing": [pre + "posts/media/your_posts/missing_n_9.jpg"]},
    )


def facebook_2024_parts(root: Path) -> tuple[list[Path], dict, dict]:
    """G4 split into two zip parts; JSON in part 1 names media in part 2 (spec 6.4)."""
    tree = Tree()
    pre = "your_facebook_activity/"
    expected = facebook_posts(pre, tree, pre + "posts/media/")
    tree.add(
        "personal_information/profile_information/profile_information.json",
        {"profile_v2": {"username": "jdoe", "name": {"full_name": "Jöhn Dœ"}}},
    )
    tree.add(
        pre + "posts/check-ins.json",
        {
            "timestamp": 1714550000,
            "media": [],
            "fbid": "123",
            "label_values": [
                {"label": "Message", "value": "Coffee"},
                {
                    "label": "Place tags",
                    "dict": [
                        {"label": "Coordinates", "value": "(38.575804323267 , -121.4804199327)"},
                        {"label": "Name", "value": "Temple Coffee"},
                        {"label": "Address", "value": "…"},
                    ],
                },
            ],
        },
    )
    tree.add(
        pre + "posts/places_you_have_been_tagged_in.json",
        [
            {
                "media": [],
                "fbid": "456",
                "label_values": [
                    {"label": "Place name", "value": "Zoo Zürich"},
                    {"label": "Visit time", "timestamp_value": 1714000000},
                ],
            }
        ],
    )
    cover = tree.add(pre + "posts/media/Coverphotos_8hG2kL/cover_n_1.jpg", jpeg())
    czech = tree.add(pre + "posts/media/Fotky_z_časové_osy/p.jpg", jpeg())
    stray = tree.add("your_activity_across_facebook/posts/media/Mobileuploads_9ZzQ/x.jpg", jpeg())
    noext = tree.add(pre + "posts/media/your_posts/20240501_n_77", jpeg())
    tree.add(
        pre + "posts/media/your_posts/live_n_78.heic", b"\x00\x00\x00\x18ftypheic" + b"\x00" * 40
    )
    gps_photo = tree.add(pre + "posts/media/your_posts/gps_n_79.jpg", jpeg())
    webp_msg = tree.add(
        pre + "messages/inbox/janeroe_1234567890/photos/4967_3665_n_4573.webp", jpeg()
    )
    tree.add(
        pre + "posts/album/3.json",
        {
            "name": "Cover photos",
            "photos": [
                {
                    "uri": cover,
                    "creation_timestamp": ts("2024-03-01T10:00:00"),
                    "title": "Cover photos",
                    "backup_uri": "https://facebook.com/",
                    "media_metadata": {
                        "photo_metadata": {"exif_data": [{"upload_ip": "10.0.0.1"}]}
                    },
                }
            ],
            "cover_photo": {"uri": "https://facebook.com/", "creation_timestamp": 1},
            "description": "",
        },
    )
    tree.add(
        pre + "posts/album/4.json",
        {
            "name": "Fotky z časové osy",
            "photos": [
                {"uri": czech, "creation_timestamp": ts("2024-03-02T10:00:00")},
                {
                    "uri": "your_facebook_activity/posts/media/Mobileuploads_9ZzQ/x.jpg",
                    "creation_timestamp": ts("2024-03-03T10:00:00"),
                    "description": "stray root",
                },
            ],
        },
    )
    tree.add(
        pre + "posts/your_posts__check_ins__photos_and_videos_2.json",
        [
            {
                "timestamp": ts("2024-04-20T12:00:00"),
                "data": [{"post": "Lisbon views"}],
                "tags": [{"name": "Jane Roe"}],
                "attachments": [
                    {
                        "data": [
                            {
                                "media": {
                                    "uri": gps_photo,
                                    "creation_timestamp": ts("2024-04-20T12:00:00"),
                                    "media_metadata": {
                                        "photo_metadata": {
                                            "exif_data": [
                                                {
                                                    "taken_timestamp": ts("2024-04-19T17:45:00"),
                                                    "latitude": 38.7139,
                                                    "longitude": -9.1394,
                                                }
                                            ]
                                        }
                                    },
                                }
                            },
                            {
                                "media": {
                                    "uri": noext,
                                    "creation_timestamp": ts("2024-04-20T12:00:00"),
                                }
                            },
                            {
                                "place": {
                                    "name": "Miradouro",
                                    "coordinate": {"latitude": 38.7153, "longitude": -9.1308},
                                }
                            },
                        ]
                    }
                ],
            }
        ],
    )
    tree.add(
        pre + "messages/inbox/janeroe_1234567890/message_1.json",
        {
            "participants": [{"name": "Jane Roe"}],
            "messages": [
                {
                    "sender_name": "Jane Roe",
                    "timestamp_ms": 1714550000123,
                    "photos": [{"uri": webp_msg, "creation_timestamp": 1714550000}],
                }
            ],
        },
    )
    expected[cover] = {
        "taken_at": None,
        "lat": None,
        "lon": None,
        "caption": None,
        "album": "Cover photos",
    }
    expected[czech] = {
        "taken_at": None,
        "lat": None,
        "lon": None,
        "caption": None,
        "album": "Fotky z časové osy",
    }
    expected[stray] = {"taken_at": None, "lat": None, "lon": None, "caption": "stray root"}
    expected[gps_photo] = {
        "taken_at": utc("2024-04-19T17:45:00"),
        "lat": 38.7139,
        "lon": -9.1394,
        "caption": "Lisbon views",
        "place": "Miradouro",
        "place_lat": 38.7153,
    }
    expected[noext] = {"taken_at": None, "lat": None, "lon": None, "caption": "Lisbon views"}
    part1 = [p for p in tree.files if p.endswith(".json")] + [czech]
    part2 = [p for p in tree.files if p not in part1]
    z1 = tree.zip(root / "facebook-jdoe-20240501-AbCdEfGh-1.zip", part1)
    z2 = tree.zip(root / "facebook-jdoe-20240501-AbCdEfGh-2.zip", part2)
    problems = {
        "missing": [pre + "posts/media/your_posts/missing_n_9.jpg"],
        "checkins": ["Temple Coffee", "Zoo Zürich"],
        "parts": [z1, z2],
    }
    return [z1, z2], expected, problems


def facebook_html(root: Path) -> tuple[Path, dict, dict]:
    tree = Tree()
    img = tree.add("your_facebook_activity/posts/media/Coverphotos_8hG2kL/h1.jpg", jpeg())
    page = f"""<html><head><base href="../../../" /><title>Cover photos</title></head><body>
<div class="_a6-g"><div class="_2ph_ _a6-h">Cover photos</div>
<div class="_3-95 _a6-p"><div><img src="{img}" /></div><div>Sunset from the roof &lt;3</div>
<div>Place: Café Central (48.2104, 16.3655)</div><div>Address: Herrengasse 14</div>
<table><tr><th>Upload IP Address</th><td>1.2.3.4</td></tr><tr><th>Taken</th><td>1305000000</td></tr></table>
</div><div class="_a6-o">May 01, 2024 10:15:22 am</div></div>
<div class="_a6-g"><div><img src="https://scontent.fbcdn.net/x.jpg" /></div></div>
</body></html>"""
    tree.add("your_facebook_activity/posts/album/0.html", page.encode())
    expected = {
        img: {
            "taken_at": datetime.fromtimestamp(1305000000, UTC),
            "lat": None,
            "lon": None,
            "caption": "Sunset from the roof <3",
            "place": "Café Central",
            "upload_ip": "1.2.3.4",
            "uploaded_at": utc("2024-05-01T10:15:22"),
        }
    }
    return tree.write(root / "facebook-html"), expected, {}
