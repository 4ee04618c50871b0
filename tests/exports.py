"""Generated test exports, one per layout, after the fixture recipe of export-formats.md (section 6).

Each builder writes a small export under a folder and returns what a correct reader must find:
`{archive path of the photo: {"taken_at": ..., "lat": ..., "lon": ..., "caption": ...}}` plus the
problems it must record. Images are tiny JPEGs of distinct colours, so every content hash differs.
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PIL import Image

_counter = [0]


def jpeg(size: int = 8, exif: Image.Exif | None = None, seed: int | None = None) -> bytes:
    """A tiny JPEG of a colour no other call returns (unless `seed` repeats)."""
    if seed is None:
        _counter[0] += 1
        seed = _counter[0]
    colour = ((seed * 37) % 256, (seed * 91) % 256, (seed * 53 + seed // 256) % 256)
    buf = io.BytesIO()
    im = Image.new("RGB", (size, size), colour)
    im.putpixel((0, 0), (seed % 256, (seed // 256) % 256, (seed // 65536) % 256))
    # the comment keeps the bytes (and so the content hash) unique whatever the colours
    im.save(
        buf,
        "JPEG",
        quality=95,
        exif=exif if exif is not None else b"",
        comment=f"exposure test {seed}".encode(),
    )
    return buf.getvalue()


def exif_with(
    taken: str | None = None,
    gps: tuple[float, float] | None = None,
    make: str | None = None,
    model: str | None = None,
) -> Image.Exif:
    exif = Image.Exif()
    if make:
        exif[0x010F] = make
    if model:
        exif[0x0110] = model
    if taken:
        exif.get_ifd(0x8769)[0x9003] = taken
    if gps:
        g = exif.get_ifd(0x8825)
        lat, lon = gps
        g[1], g[3] = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
        g[2], g[4] = _dms(abs(lat)), _dms(abs(lon))
    return exif


def _dms(x: float) -> tuple[float, float, float]:
    d = int(x)
    m = int((x - d) * 60)
    s = round(((x - d) * 60 - m) * 60, 4)
    return (float(d), float(m), s)


def moji(node: Any) -> Any:
    """Meta's encoding: every string's UTF-8 bytes as \\u00XX code points."""
    if isinstance(node, str):
        return node.encode("utf-8").decode("latin-1")
    if isinstance(node, list):
        return [moji(x) for x in node]
    if isinstance(node, dict):
        return {k: moji(v) for k, v in node.items()}
    return node


def meta_json(obj: Any) -> bytes:
    return json.dumps(moji(obj)).encode("ascii")


def ts(s: str) -> int:
    return int(datetime.fromisoformat(s).replace(tzinfo=UTC).timestamp())


def utc(s: str) -> datetime:
    return datetime.fromisoformat(s).replace(tzinfo=UTC)


class Tree:
    """Files to write, by path, then written to a folder or split into zip parts."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}

    def add(self, path: str, data: bytes | Any) -> str:
        self.files[path] = data if isinstance(data, bytes) else meta_json(data)
        return path

    def write(self, root: Path) -> Path:
        for path, data in self.files.items():
            p = root / path
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(data)
        return root

    def zip(self, path: Path, only: list[str] | None = None) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
            for name, data in self.files.items():
                if only is None or name in only:
                    zf.writestr(name, data)
        return path


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


def plain_folder(root: Path) -> tuple[Path, dict, dict]:
    tree = Tree()
    a = tree.add(
        "2020/beach.jpg",
        jpeg(exif=exif_with("2020:08:01 11:00:00", (-33.89, 151.27), "Apple", "iPhone 11")),
    )
    b = tree.add("2020/no_exif.jpg", jpeg())
    c = tree.add("phone/heic_photo.heic", _heic())
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


def _heic() -> bytes:
    import pillow_heif

    pillow_heif.register_heif_opener()
    buf = io.BytesIO()
    Image.new("RGB", (16, 16), (10, 200, 30)).save(
        buf, "HEIF", exif=exif_with("2021:03:03 03:03:03")
    )
    return buf.getvalue()


# --- a life story for places: a home, a move, four trips ----------------------------------------
AMSTERDAM = (52.3676, 4.9041)
ROTTERDAM = (51.9244, 4.4777)
MOVE_DAY = "2021-06-12"
STORY_TRIPS = [  # (start, end, lat, lon, country)
    ("2019-07-10", "2019-07-17", 38.7223, -9.1393, "PT"),
    ("2019-12-28", "2020-01-03", 48.2082, 16.3738, "AT"),  # across New Year
    ("2020-09-05", "2020-09-08", 41.3874, 2.1686, "ES"),
    ("2022-04-14", "2022-04-18", 41.9028, 12.4964, "IT"),
]


def _jitter(i: int, lat: float, lon: float, metres: float = 60) -> tuple[float, float]:
    return lat + ((i * 37) % 11 - 5) * metres / 5 / 111_000, lon + (
        (i * 53) % 11 - 5
    ) * metres / 5 / 70_000


STORY_TOWNS = {  # what the captions-only story says instead of coordinates
    AMSTERDAM: ["Evening in Amsterdam", "Canal walk in Amsterdam!", "Tulips in March"],
    ROTTERDAM: ["Home in Rotterdam", "Rain again in Rotterdam", "Back from Lisbon, missing it"],
    "PT": ["Pastéis de nata in Lisbon", "Tram 28 📍 Lisboa"],
    "AT": ["New Year in Wien", "Opera night in Vienna"],
    "ES": ["Tapas en Barcelona", "Sagrada Familia, in Barcelona"],
    "IT": ["Easter in Rome", "Gelato in Roma"],
}


def places_story(root: Path, gps: bool | None = True) -> tuple[Path, dict]:
    """A Facebook 2024 export whose locations tell a known story.

    gps=True: photo GPS; False: check-ins only; None: only captions naming the town ("Evening in
    Amsterdam", "Gelato in Roma"), with distractors that must not count ("Back from Lisbon",
    "Tulips in March": March is also a town in England).
    """
    import pandas as pd

    tree = Tree()
    posts, checkins = [], []
    events = []  # (datetime, lat, lon, caption)
    for i, day in enumerate(pd.date_range("2019-01-02", "2022-12-28", freq="4D")):
        if any(
            pd.Timestamp(s) - pd.Timedelta(days=1) <= day <= pd.Timestamp(e) + pd.Timedelta(days=1)
            for s, e, *_ in STORY_TRIPS
        ):
            continue
        home = AMSTERDAM if day < pd.Timestamp(MOVE_DAY) else ROTTERDAM
        caption = STORY_TOWNS[home][i % 3]
        events.append((day + pd.Timedelta(hours=20), *_jitter(i, *home), caption))
    events.append((pd.Timestamp("2020-05-09 14:00"), 52.3874, 4.6462, "A day out in Haarlem"))
    for s, e, lat, lon, country in STORY_TRIPS:
        for j, day in enumerate(pd.date_range(s, e, freq="D")):
            caption = STORY_TOWNS[country][j % 2]
            events.append((day + pd.Timedelta(hours=11), *_jitter(j, lat, lon, 3000), caption))
    for k, (when, lat, lon, caption) in enumerate(sorted(events)):
        t = int(when.tz_localize("UTC").timestamp())
        uri = tree.add(f"your_facebook_activity/posts/media/MobileUploads_Zz/{k}_n.jpg", jpeg())
        exif = {"taken_timestamp": t, "upload_ip": "1.2.3.4"}
        if gps is None:
            pass  # the caption is all there is
        elif gps:
            exif.update(latitude=lat, longitude=lon)
        else:
            checkins.append(
                {
                    "timestamp": t,
                    "fbid": str(k),
                    "media": [],
                    "label_values": [
                        {
                            "label": "Place tags",
                            "dict": [
                                {"label": "Coordinates", "value": f"({lat} , {lon})"},
                                {"label": "Name", "value": f"Place {k}"},
                            ],
                        }
                    ],
                }
            )
        posts.append(
            {
                "timestamp": t + 600,
                "data": [{"post": caption if gps is None else f"photo {k}"}],
                "attachments": [
                    {
                        "data": [
                            {
                                "media": {
                                    "uri": uri,
                                    "creation_timestamp": t + 600,
                                    "media_metadata": {"photo_metadata": {"exif_data": [exif]}},
                                }
                            }
                        ]
                    }
                ],
            }
        )
    tree.add("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json", posts)
    if checkins:
        tree.add("your_facebook_activity/posts/check-ins.json", checkins)
    expected = {
        "homes": [AMSTERDAM, ROTTERDAM],
        "move_month": MOVE_DAY[:7],
        "trips": [(s, e, c) for s, e, _, _, c in STORY_TRIPS],
    }
    name = {True: "story-gps", False: "story-checkins", None: "story-captions"}[gps]
    return tree.write(root / name), expected
