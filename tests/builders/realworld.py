"""Exports as real ones are (issue 12): Messenger of every generation, EXIF offsets, several
exports in one folder, Spanish HTML pages, the odd formats real exports hold, and files that must
not stop a run. Each builder writes under `root` and returns (path to scan, what to find).
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image

from .common import Tree, exif_with, jpeg, ts, utc

OWNER = "Jöhn Dœ"
MESSAGE_FOLDERS = (
    "inbox",
    "archived_threads",
    "filtered_threads",
    "message_requests",
    "e2ee_cutover",
)


def webp(seed: int) -> bytes:
    """A small WebP of a colour of its own (Messenger sends .webp)."""
    buf = io.BytesIO()
    Image.new("RGB", (16, 16), (seed * 40 % 256, 90, seed * 7 % 256)).save(buf, "WEBP")
    return buf.getvalue()


def with_offset(taken: str, offset: str) -> Image.Exif:
    """EXIF with DateTimeOriginal local time and its OffsetTimeOriginal."""
    exif = exif_with(taken)
    exif.get_ifd(0x8769)[0x9011] = offset
    return exif


def messenger(root: Path) -> tuple[Path, dict]:
    """One thread in each messages folder of the 2023 layout, the owner sending one photo of two;
    plus a 2021-layout thread. Returns {path: (thread, sender, sent_by_owner, uploaded_at)}."""
    tree = Tree()
    pre = "your_activity_across_facebook/"
    tree.add(
        f"{pre}personal_information/profile_information/profile_information.json",
        {"profile_v2": {"name": {"full_name": OWNER}}},
    )
    expected = {}
    for i, folder in enumerate(MESSAGE_FOLDERS):
        thread = f"{pre}messages/{folder}/anaréal_{i}"
        got = tree.add(f"{thread}/photos/{i}_1_n_1.webp", webp(i + 1))
        sent = tree.add(f"{thread}/photos/{i}_2_n_2.webp", webp(i + 50))
        when = ts(f"2023-0{i + 1}-10T08:00:00") * 1000 + 123
        tree.add(
            f"{thread}/message_1.json",
            {
                "participants": [{"name": "Ana Réal"}, {"name": OWNER}],
                "title": f"Ana Réal {i}",
                "messages": [
                    {
                        "sender_name": OWNER,
                        "timestamp_ms": when + 60_000,
                        "photos": [{"uri": sent}],
                    },
                    {"sender_name": "Ana Réal", "timestamp_ms": when, "photos": [{"uri": got}]},
                ],
            },
        )
        t = datetime.fromtimestamp(when / 1000, UTC)
        expected[got] = (f"Ana Réal {i}", "Ana Réal", False, t)
        expected[sent] = (
            f"Ana Réal {i}",
            OWNER,
            True,
            datetime.fromtimestamp(when / 1000 + 60, UTC),
        )
    return tree.write(root / "fb-messenger"), expected


def messenger_2021(root: Path) -> tuple[Path, dict]:
    """Two 2021-layout threads without a profile file: the owner is who both threads share."""
    tree = Tree()
    tree.add("posts/your_posts_1.json", [])
    expected = {}
    for i, friend in enumerate(("Bo", "Cy")):
        base = f"messages/inbox/{friend.lower()}_{i}"
        p = tree.add(f"{base}/photos/{i}.jpg", jpeg())
        tree.add(
            f"{base}/message_1.json",
            {
                "participants": [{"name": friend}, {"name": "Dee"}],
                "messages": [
                    {"sender_name": "Dee", "timestamp_ms": 1600000000000, "photos": [{"uri": p}]}
                ],
            },
        )
        expected[p] = (f"{friend.lower()}_{i}", "Dee", True, utc("2020-09-13T12:26:40"))
    return tree.write(root / "fb-2021-messenger"), expected


def offsets(root: Path) -> tuple[Path, dict]:
    """A folder of phone photos: EXIF local times with and without OffsetTimeOriginal."""
    tree = Tree()
    plus = tree.add("phone/plus2.jpg", jpeg(exif=with_offset("2021:07:03 20:15:00", "+02:00")))
    minus = tree.add("phone/minus0530.jpg", jpeg(exif=with_offset("2021:07:03 20:15:00", "-05:30")))
    bare = tree.add("phone/bare.jpg", jpeg(exif=exif_with("2021:07:03 20:15:00")))
    expected = {
        plus: (utc("2021-07-03T18:15:00"), "offset"),
        minus: (utc("2021-07-04T01:45:00"), "offset"),
        bare: (utc("2021-07-03T20:15:00"), "local"),
    }
    return tree.write(root / "offsets"), expected


def sidecar(title: str, taken: int, **extra) -> dict:
    """A Google Photos sidecar with `photoTakenTime` (UTC seconds, as a string)."""
    return {
        "title": title,
        "photoTakenTime": {"timestamp": str(taken)},
        "creationTime": {"timestamp": str(taken + 3600)},
        "url": "https://photos.google.com/photo/x",
        **extra,
    }


def takeout(tree: Tree, top: str, seed: int) -> dict:
    """One Takeout under `top`, with the sidecar quirks real ones have. {path: expectations}."""
    gp = f"{top}Takeout/Google Photos/"
    year = f"{gp}Photos from 2020/"
    local = jpeg(exif=exif_with("2020:09:20 06:12:07"), seed=seed)  # local time, no offset
    # the album copy (read first: "Album" < "Photos from") has no sidecar of its own
    p_local = tree.add(f"{gp}Album Rome/IMG_1.jpg", local)
    tree.add(f"{gp}Album Rome/métadonnées.json", {"title": "Sommer à Rome 2020"})
    tree.add(f"{year}IMG_1.jpg", local)
    tree.add(f"{year}IMG_1.jpg.supplemental-metadata.json", sidecar("IMG_1.jpg", 1600607527))
    long = "Screenshot_2022-10-28-09-31-43-118_com.snapchat.jpg"
    p_long = tree.add(f"{year}{long}", jpeg(seed=seed + 1))
    tree.add(f"{year}{long}.supplemental-m.json", sidecar(long, ts("2022-10-28T07:31:43")))
    p_dsc = tree.add(f"{year}DSC_0238(1).JPG", jpeg(seed=seed + 2))
    tree.add(f"{year}DSC_0238.JPG", jpeg(seed=seed + 3))
    tree.add(f"{year}DSC_0238.JPG.json", sidecar("DSC_0238.JPG", ts("2019-01-01T10:00:00")))
    tree.add(
        f"{year}DSC_0238.JPG(1).json",
        sidecar(
            "DSC_0238.JPG",
            ts("2019-02-02T10:00:00"),
            geoData={"latitude": 0.0, "longitude": 0.0},
            geoDataExif={"latitude": 41.9, "longitude": 12.5},
            trashed=True,
        ),
    )
    p_png = tree.add(f"{year}scan.PNG", jpeg(seed=seed + 4))  # a JPEG named .PNG
    tree.add(
        f"{year}scan.PNG.json",
        sidecar("scan.PNG", ts("2018-03-03T03:03:03"), archived=True, description="Old scan"),
    )
    return {
        p_local: {"taken_at": utc("2020-09-20T13:12:07"), "album": "Sommer à Rome 2020"},
        p_long: {"taken_at": utc("2022-10-28T07:31:43")},
        p_dsc: {"taken_at": utc("2019-02-02T10:00:00"), "lat": 41.9, "lon": 12.5, "trashed": True},
        p_png: {"taken_at": utc("2018-03-03T03:03:03"), "archived": True, "caption": "Old scan"},
    }


def several(root: Path) -> tuple[Path, dict]:
    """Two Takeouts and a Facebook export side by side in one folder."""
    tree = Tree()
    expected = {**takeout(tree, "Takeout1/", 9100), **takeout(tree, "Takeout2/", 9200)}
    fb = "facebook-jdoe/your_facebook_activity/posts/"
    p = tree.add(f"{fb}media/Album_x/a.jpg", jpeg())
    tree.add(
        f"{fb}album/0.json",
        {
            "name": "Trip",
            "photos": [
                {"uri": p[len("facebook-jdoe/") :], "creation_timestamp": ts("2022-01-01T00:00:00")}
            ],
        },
    )
    expected[p] = {"album": "Trip", "source": "facebook"}
    return tree.write(root / "exports"), expected


SPANISH_PAGE = """<html><head><base href="../../../" /><title>Fotos</title></head><body>
<div>Generado por Facebook el 12 ene 2026, 9:00 UTC-03:00</div>
<div class="_a6-g"><div class="_2ph_ _a6-h">Fotos del perfil</div>
<div class="_3-95 _a6-p"><div><img src="{img}" /></div><div>Atardecer en la playa</div>
<div>Lugar: Café Playa (-34.9011, -56.1645)</div><div>Dirección: Rambla 1</div>
<table><tr><td>Subir dirección IP</td><td>2001:db8::1</td></tr>
<tr><td>Hecha</td><td>15 ene 2024 10:15</td></tr></table>
</div><div class="_a6-o">ene 16, 2024 8:00:00 p. m.</div></div></body></html>"""


def spanish_html(root: Path) -> tuple[Path, dict]:
    """A 2026 Spanish HTML Page export: escaped folder names, a flattened link, a stray photo."""
    tree = Tree()
    top = "this_profile's_activity_across_facebook/"
    img = tree.add(f"{top}posts/media/ProfilePictures_1/perfil.jpg", jpeg())
    src = "this_profile&#039;s_activity_across_facebook/posts/media/ProfilePictures_1/perfil.jpg"
    tree.add(f"{top}posts/album/0.html", SPANISH_PAGE.format(img=src).encode())
    flat = tree.add("plano.jpg", jpeg())  # the tree was flattened: only the name still matches
    page = SPANISH_PAGE.format(img=f"{top}posts/media/Otro_2/plano.jpg").replace(
        "Fotos del perfil", "Viaje"
    )
    tree.add(f"{top}posts/your_posts__check_ins__photos_and_videos_1.html", page.encode())
    stray = tree.add(f"{top}posts/media/Otro_2/sin_pagina.jpg", jpeg())  # no page names it
    expected = {
        img: {
            "origin": "profile picture",
            "album": "Fotos del perfil",
            "caption": "Atardecer en la playa",
            "place": "Café Playa",
            "place_lat": -34.9011,
            "upload_ip": "2001:db8::1",
            "taken_at": utc("2024-01-15T13:15:00"),
            "time_zone": "offset",
            "uploaded_at": utc("2024-01-16T23:00:00"),
        },
        flat: {"album": "Viaje", "origin": "post", "taken_at": utc("2024-01-15T13:15:00")},
        stray: {"origin": "album", "caption": None},
    }
    return tree.write(root / "facebook-pagina"), expected


def formats(root: Path) -> tuple[Path, dict]:
    """Facebook and Instagram formats seen in real exports, one photo per case."""
    tree = Tree()
    fb = "fb/posts/"
    m = f"{fb}media/"
    flat = tree.add(f"{m}Album2020_a/flat.jpg", jpeg())
    cover = tree.add(f"{m}Album2020_a/cover.jpg", jpeg())
    intgps = tree.add(f"{m}your_posts/int.jpg", jpeg())
    intzero = tree.add(f"{m}your_posts/intzero.jpg", jpeg())
    v6 = tree.add(f"{m}your_posts/v6.jpg", jpeg())
    tree.add(
        f"{fb}album/0.json",
        {
            "name": "Album 2020",
            "photos": [
                {
                    "uri": flat[3:],
                    "creation_timestamp": ts("2020-02-02T12:00:00"),
                    "media_metadata": {
                        "photo_metadata": {
                            "camera_make": "Huawei",
                            "camera_model": "Nexus 6P",
                            "taken_timestamp": ts("2020-02-01T09:30:00"),
                            "latitude": 29.925,
                            "longitude": -90.088,
                            "upload_ip": "167.161.108.51",
                        }
                    },
                },
                {
                    "uri": cover[3:],
                    "creation_timestamp": ts("2020-02-03T12:00:00"),
                    "description": "The cover",
                },
            ],
            "cover_photo": {
                "uri": cover[3:],
                "creation_timestamp": ts("2021-01-01T00:00:00"),
                "media_metadata": {
                    "photo_metadata": {"camera_make": "HTC", "taken_timestamp": 1437193521}
                },
            },
        },
    )
    tree.add(
        f"{fb}your_posts_1.json",
        [
            post(intgps, [{"latitude": 52, "longitude": 5}], tags=["Ana", {"name": "Bo"}]),
            post(intzero, [{"latitude": 0, "longitude": 5}]),
            post(v6, [{"upload_ip": "2a02:a45f:1234::7", "upload_timestamp": 0}]),
        ],
    )
    ig = "ig/"
    split = tree.add(f"{ig}media/posts/202409/split.jpg", jpeg())
    story = tree.add(f"{ig}media/stories/202410/story.jpg", jpeg())
    prof = tree.add(f"{ig}media/profile/202001/me.jpg", jpeg())
    arch = tree.add(f"{ig}media/archived_posts/202101/old.jpg", jpeg())
    split_exif = [
        {"latitude": 48.8566, "longitude": 2.3522},
        {"date_time_original": "2024:09:03 14:23:18", "device_id": "android-1"},
    ]
    tree.add(
        f"{ig}your_instagram_activity/media/posts_1.json",
        [{"media": [ig_media(split, "Pasta", split_exif)]}],
    )
    tree.add(
        f"{ig}your_instagram_activity/media/stories.json",
        {"ig_stories": [ig_media(story, "Story")]},
    )
    tree.add(
        f"{ig}your_instagram_activity/media/profile_photos.json",
        {"ig_profile_picture": [ig_media(prof, "")]},
    )
    tree.add(
        f"{ig}your_instagram_activity/media/archived_posts.json",
        {"ig_archived_post_media": [{"media": [ig_media(arch, "Hidden")]}]},
    )
    expected = {
        flat: {
            "taken_at": utc("2020-02-01T09:30:00"),
            "lat": 29.925,
            "camera": "Huawei Nexus 6P",
            "origin": "album",
        },
        cover: {
            "caption": "The cover",
            "camera": None,
            "taken_at": None,
            "uploaded_at": utc("2020-02-03T12:00:00"),
        },
        intgps: {"lat": 52.0, "lon": 5.0, "tagged": "Ana; Bo", "origin": "post"},
        intzero: {"lat": None, "lon": None},
        v6: {"upload_ip": "2a02:a45f:1234::7", "uploaded_at": utc("2021-03-03T10:00:00")},
        split: {
            "lat": 48.8566,
            "lon": 2.3522,
            "taken_at": utc("2024-09-03T14:23:18"),
            "device_id": "android-1",
            "caption": "Pasta",
            "origin": "post",
        },
        story: {"origin": "story", "caption": "Story"},
        prof: {"origin": "profile picture"},
        arch: {"origin": "post", "archived": True, "caption": "Hidden"},
    }
    return tree.write(root / "formats"), expected


def post(uri: str, exif: list, **kw) -> dict:
    """A 2021 Facebook post of one photo (`uri` under the folder "fb/") with its exif_data."""
    media = {"uri": uri[3:], "media_metadata": {"photo_metadata": {"exif_data": exif}}}
    return {
        "timestamp": ts("2021-03-03T10:00:00"),
        "attachments": [{"data": [{"media": media}]}],
        **kw,
    }


def ig_media(uri: str, title: str, exif: list | None = None) -> dict:
    """An Instagram media entry (`uri` under the folder "ig/")."""
    meta = {"media_metadata": {"photo_metadata": {"exif_data": exif}}} if exif else {}
    return {"uri": uri[3:], "creation_timestamp": ts("2024-10-10T10:00:00"), "title": title, **meta}


def hostile_facebook(root: Path, big_mb: int = 300) -> tuple[Path, dict, dict]:
    """A Facebook export with files that must not stop a run: JSON 100,000 deep, a `big_mb` MB
    JSON (sparse: no disk used), a file that is not UTF-8. Returns (folder, {bad file: reason
    word}, {good photo path: caption})."""
    tree = Tree()
    pre = "your_facebook_activity/posts/"
    good = {}
    for i in range(3):
        p = tree.add(f"{pre}media/Album_a/{i}.jpg", jpeg(size=64))
        good[p] = f"photo {i}"
    tree.add(
        f"{pre}album/0.json",
        {"name": "A", "photos": [{"uri": p, "description": c} for p, c in good.items()]},
    )
    deep = f"{pre}album/1.json"
    tree.add(deep, b"[" * 100_000 + b"]" * 100_000)
    latin = f"{pre}your_posts__check_ins__photos_and_videos_1.json"
    tree.add(latin, '[{"data": [{"post": "Caf\xe9"}]}]'.encode("latin-1"))
    folder = tree.write(root / "facebook-hostile")
    big = f"{pre}your_uncategorized_photos.json"
    with open(folder / big, "wb") as f:  # sparse: the size is there, the bytes are not
        f.write(b'{"other_photos_v2": [')
        f.truncate(big_mb * 1024 * 1024)
    return folder, {deep: "deep", big: "too large", latin: "encoding"}, good


def broken_zip(root: Path) -> tuple[Path, dict, list[str]]:
    """A zip whose JSON and one photo are corrupt inside the zip (bad CRC or bad deflate data)."""
    tree = Tree()
    pre = "your_facebook_activity/posts/"
    ok = tree.add(f"{pre}media/A_1/ok.jpg", jpeg(size=32))
    bad = tree.add(f"{pre}media/A_1/bad.jpg", jpeg(size=32))
    tree.add(f"{pre}album/0.json", {"name": "A", "photos": [{"uri": ok}, {"uri": bad}]})
    tree.add(
        f"{pre}album/1.json", {"name": "B", "photos": [{"uri": ok, "description": "x" * 3000}]}
    )
    path = root / "facebook-broken.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in tree.files.items():
            zf.writestr(name, data)
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        for name in (bad, f"{pre}album/1.json"):
            info = zf.getinfo(name)
            start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
            for i in range(start + 5, start + info.compress_size - 2):
                raw[i] ^= 0x5A
    path.write_bytes(bytes(raw))
    return path, {bad: "cannot read", f"{pre}album/1.json": "cannot read"}, [ok]
