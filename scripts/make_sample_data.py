"""Build `sample_data/facebook-grace/`: a small demo export in Facebook's 2024 JSON layout.

The photos are real photographs that installed dependencies ship (see PROVENANCE.md), made into
distinct photos by seeded crops, flips, tone changes and resizes. The owner's story (dates, places,
captions) is invented. Run again to rebuild: the output is the same for the same seed and inputs.

    python -m scripts.make_sample_data     # from the repository root
"""

from __future__ import annotations

import importlib.util
import io
import json
import random
import shutil
from pathlib import Path

import matplotlib
import sklearn.datasets
from PIL import Image, ImageEnhance, ImageOps

from tests.builders.common import moji, ts  # Meta's text encoding and UTC times, as the tests

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "sample_data" / "facebook-grace"

SEED = 2019
ULTRALYTICS = Path(
    importlib.util.find_spec("ultralytics").origin
).parent  # not imported: side effects
SOURCES = {
    "grace": Path(matplotlib.get_data_path()) / "sample_data" / "grace_hopper.jpg",
    "bus": ULTRALYTICS / "assets" / "bus.jpg",
    "zidane": ULTRALYTICS / "assets" / "zidane.jpg",
    "china": Path(sklearn.datasets.__file__).parent / "images" / "china.jpg",
    "flower": Path(sklearn.datasets.__file__).parent / "images" / "flower.jpg",
}
HOME = (38.7223, -9.1393)  # Lisbon
ACT = "your_facebook_activity/"
IP_HOME = "85.243.12.7"

# (source, date, caption, album, gps or None, place or None)
STORY = [
    ("grace", "2018-03-04 10:00", None, "Profile pictures", None, None),
    ("flower", "2018-04-15 17:20", "First flowers on our balcony 🌸", "Mobile uploads", HOME, None),
    (
        "zidane",
        "2018-05-12 21:30",
        "Football night at ours with Zin ⚽",
        "Mobile uploads",
        HOME,
        None,
    ),
    (
        "flower",
        "2018-06-02 18:05",
        "The balcony garden is taking over",
        "Mobile uploads",
        HOME,
        None,
    ),
    (
        "grace",
        "2019-06-14 11:00",
        "Graduation day! So proud 🎓",
        "Mobile uploads",
        (38.7526, -9.1583),
        "Universidade de Lisboa",
    ),
    (
        "grace",
        "2019-06-14 15:30",
        "Cap, gown and a very long ceremony",
        "Mobile uploads",
        (38.7526, -9.1583),
        "Universidade de Lisboa",
    ),
    (
        "china",
        "2019-08-09 09:40",
        "Summer Palace, Beijing. Unreal.",
        "Mobile uploads",
        (39.9999, 116.2755),
        "Summer Palace",
    ),
    (
        "china",
        "2019-08-10 16:10",
        "More temples, more steps",
        "Mobile uploads",
        (39.9163, 116.3972),
        "Forbidden City",
    ),
    (
        "china",
        "2019-08-12 08:15",
        "Last morning in Beijing",
        "Mobile uploads",
        (39.9042, 116.4074),
        None,
    ),
    ("grace", "2020-01-20 09:00", None, "Profile pictures", None, None),
    (
        "bus",
        "2020-02-22 13:00",
        "Madrid by bus 🚌",
        "Mobile uploads",
        (40.4168, -3.7038),
        "Gran Vía",
    ),
    (
        "bus",
        "2020-02-23 10:30",
        "Hop-on hop-off, day two",
        "Mobile uploads",
        (40.4153, -3.6845),
        None,
    ),
    ("zidane", "2020-09-19 20:45", "Derby night with Zin again", "Mobile uploads", HOME, None),
    ("flower", "2021-04-03 12:00", "Spring is back on the balcony", "Mobile uploads", HOME, None),
    ("zidane", "2021-10-16 21:00", "Same sofa, same team, same Zin", "Mobile uploads", HOME, None),
    ("grace", "2022-02-11 19:00", None, "Profile pictures", None, None),
    (
        "china",
        "2022-07-05 07:50",
        "Back in Beijing for work",
        "Mobile uploads",
        (39.9087, 116.3975),
        None,
    ),
    ("flower", "2022-05-08 10:10", "Mother's day flowers", "Mobile uploads", HOME, None),
]


def variant(src: Image.Image, rng: random.Random) -> Image.Image:
    """A distinct photo from `src`: crop, maybe flip, tone, size."""
    w, h = src.size
    scale = rng.uniform(0.78, 0.95)
    cw, ch = int(w * scale), int(h * scale)
    x0, y0 = rng.randint(0, w - cw), rng.randint(0, h - ch)
    im = src.crop((x0, y0, x0 + cw, y0 + ch))
    if rng.random() < 0.5:
        im = ImageOps.mirror(im)
    im = ImageEnhance.Brightness(im).enhance(rng.uniform(0.85, 1.15))
    im = ImageEnhance.Color(im).enhance(rng.uniform(0.8, 1.2))
    im.thumbnail((rng.choice([560, 600, 640]),) * 2)
    return im


def write_json(rel: str, obj) -> None:
    p = OUT / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(json.dumps(moji(obj), indent=1) + "\n", encoding="ascii")


def main() -> None:
    rng = random.Random(SEED)
    if OUT.exists():
        shutil.rmtree(OUT)
    images = {k: Image.open(p).convert("RGB") for k, p in SOURCES.items()}
    posts, albums = [], {"Profile pictures": [], "Mobile uploads": []}
    folder = {
        "Profile pictures": "ProfilePictures_Gr4c3H",
        "Mobile uploads": "MobileUploads_Lx9QwE",
    }
    for i, (src, when, caption, album, gps, place) in enumerate(STORY):
        name = f"{100000 + i * 7919}_{ts(when)}_{rng.randint(10**8, 10**9)}_n.jpg"
        uri = f"{ACT}posts/media/{folder[album]}/{name}"
        path = OUT / uri
        path.parent.mkdir(parents=True, exist_ok=True)
        buf = io.BytesIO()
        variant(images[src], rng).save(buf, "JPEG", quality=82, optimize=True)
        path.write_bytes(buf.getvalue())
        exif = {"upload_ip": IP_HOME, "taken_timestamp": ts(when)}
        if gps:
            exif.update(latitude=gps[0], longitude=gps[1])
        if src != "grace" or album != "Profile pictures":
            exif.update(camera_make="Apple", camera_model="iPhone 8")
        media = {
            "uri": uri,
            "creation_timestamp": ts(when) + 3600,
            "title": album,
            "media_metadata": {"photo_metadata": {"exif_data": [exif]}},
        }
        if caption:
            media["description"] = caption
        albums[album].append(media)
        if caption:
            data = [{"media": media}]
            if place:
                data.append(
                    {
                        "place": {
                            "name": place,
                            "coordinate": {"latitude": gps[0], "longitude": gps[1]},
                        }
                    }
                )
            posts.append(
                {
                    "timestamp": ts(when) + 3600,
                    "data": [{"post": caption}],
                    "title": "Grace Hopper added a new photo.",
                    "attachments": [{"data": data}],
                }
            )
    write_json(f"{ACT}posts/your_posts__check_ins__photos_and_videos_1.json", posts)
    for i, (name, photos) in enumerate(albums.items()):
        write_json(
            f"{ACT}posts/album/{i}.json",
            {
                "name": name,
                "photos": photos,
                "cover_photo": {"uri": "https://facebook.com/"},
                "last_modified_timestamp": max(p["creation_timestamp"] for p in photos),
                "description": "",
            },
        )
    write_json(
        f"{ACT}posts/check-ins.json",
        [
            {
                "timestamp": ts("2021-05-01 10:00"),
                "fbid": "1",
                "media": [],
                "label_values": [
                    {"label": "Message", "value": "Coffee before work ☕"},
                    {
                        "label": "Place tags",
                        "dict": [
                            {"label": "Coordinates", "value": "(38.7139 , -9.1409)"},
                            {"label": "Name", "value": "Café A Brasileira"},
                        ],
                    },
                ],
            },
        ],
    )
    write_json(
        "personal_information/profile_information/profile_information.json",
        {"profile_v2": {"name": {"full_name": "Grace Hopper"}, "username": "grace.h"}},
    )
    print(f"wrote {len(STORY)} photos to {OUT}")


if __name__ == "__main__":
    main()
