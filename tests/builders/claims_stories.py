"""Story archives for issue 14's claims, from the real photos of ../shared/data (imagenet/, ages/).

`faith` (Facebook 2024 export, photo GPS): evenings at home in Amsterdam; Sunday mornings at a
place of worship 2 km away every other week for four months (ImageNet altar, bell cote: religion and a weekly
routine); wine or beer at home on ten evenings over six months (alcohol); a boarding pass
(tests/builders/text_photos.py: documents.travel, read by OCR); a child (ages/) at home on five
days (family.children with bands).

`guests` tells only false friends: one church wedding, one party with beer, a pill bottle at a
friend's on one day, a friend's baby once: no religion, no alcohol, no health, no children.

`wedding-guest` and `wedding-own` are the same archive but for one caption: months at home, the
owner (person_a) on many days, and a wedding day in Utrecht with the owner in three photos and a
cake. Captioned "Tom & Anna's wedding 💍" it is a friend's wedding (no `life_events.wedding`);
captioned "Our wedding day 💍" it is the owner's.

Each photo is re-encoded with a small crop so that reused photos stay distinct (content ids).
"""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
from PIL import Image, ImageOps

from .common import Tree, ts

AMSTERDAM = (52.3676, 4.9041)
CHURCH = (52.3600, 4.8850)  # 2 km from home
FRIEND = (52.3300, 4.8600)
WEDDING_CHURCH = (52.0907, 5.1214)  # Utrecht: 35 km, the home region
IMAGENET = {
    "altar": "imagenet/0406_n02699494_altar.jpg",
    "bell cote": "imagenet/0442_n02825657_bell_cote.jpg",
    "red wine": "imagenet/0966_n07892512_red_wine.jpg",
    "beer": "imagenet/0440_n02823428_beer_bottle.jpg",
    "pills": "imagenet/0720_n03937543_pill_bottle.jpg",
}
HOME_PHOTOS = ["196", "194", "626", "030", "250", "094", "562", "208", "138", "142"]  # no drinks
CHILD = "ages/006_0044.jpg"  # a 6-year-old the age model reads as 6 (it misreads some chips)
OWNER = "faces/person_a"  # the owner: the adult in most photos

EXPECTED_FAITH = {
    "sensitive.religion": {"since": "2021-08"},
    "routine.weekly": {"weekday": "sunday"},
    "sensitive.alcohol": {},
    "location.home": {},
}
NEEDS_PERCEPT = {  # claims that need the other branch's tables (texts, face ages)
    "documents.travel": {"masked": "AMS → NRT, 14 Mar 2024"},
    "family.children": {"bands": ["child"]},
}
FALSE_FRIENDS = ["sensitive.religion", "sensitive.alcohol", "sensitive.health", "family.children"]
WEDDING_DAY = pd.Timestamp("2021-06-12")
WEDDING_CAPTIONS = {"wedding-guest": "Tom & Anna's wedding 💍", "wedding-own": "Our wedding day 💍"}
CAKE = "coco/images/000000000428.jpg"


def variant(data: bytes, k: int, pad: bool = False) -> bytes:
    """The photo cropped by k pixels (a distinct file of the same scene); `pad` adds a margin
    around a tight face chip so that a detector finds the face."""
    im = Image.open(io.BytesIO(data)).convert("RGB")
    im = im.crop((k, k, im.width - k, im.height - k))
    if pad:
        im = ImageOps.expand(im, border=im.width // 2, fill=(200, 200, 200))
    out = io.BytesIO()
    im.save(out, "JPEG", quality=90)
    return out.getvalue()


def _home_life(data: Path, start: str, n: int) -> list[tuple]:
    days = pd.date_range(start, periods=n, freq="9D")
    return [
        (data / f"coco/images/000000000{HOME_PHOTOS[i % len(HOME_PHOTOS)]}.jpg", d, 19, AMSTERDAM)
        + (None, i // len(HOME_PHOTOS))
        for i, d in enumerate(days)
    ]


def faith_events(data: Path) -> list[tuple]:
    """(source, day, UTC hour, where, caption, crop) for the `faith` story."""
    ev = _home_life(data, "2021-06-01", 28)
    sundays = pd.date_range("2021-08-01", periods=10, freq="14D")  # Sundays, August to December
    for k, day in enumerate(sundays):
        src = IMAGENET["altar" if k % 2 else "bell cote"]
        ev.append((data / src, day, 9, CHURCH, None, k + 1))
    for k, day in enumerate(pd.date_range("2021-06-04", periods=10, freq="19D")):
        ev.append(
            (data / IMAGENET["red wine" if k % 2 else "beer"], day, 19, AMSTERDAM, None, k + 1)
        )
    for k, day in enumerate(pd.date_range("2021-07-03", periods=5, freq="23D")):
        ev.append((data / CHILD, day, 17, AMSTERDAM, None, -(k + 1)))  # negative crop: pad
    owner = sorted((data / OWNER).glob("*.jpg"))
    for k, day in enumerate(pd.date_range("2021-06-20", periods=2 * len(owner), freq="11D")):
        ev.append((owner[k % len(owner)], day, 12, AMSTERDAM, None, k // len(owner) + 1))
    ev.append(("boarding pass", pd.Timestamp("2021-10-02"), 7, None, "Off to Tokyo!", 0))
    return ev


def guests_events(data: Path) -> list[tuple]:
    """(source, day, UTC hour, where, caption, crop) for the `guests` story."""
    ev = _home_life(data, "2021-01-05", 30)
    wedding = pd.Timestamp("2021-06-12")
    for k in range(6):
        src = IMAGENET["altar" if k % 2 else "bell cote"]
        ev.append(
            (data / src, wedding, 11 + k // 3, WEDDING_CHURCH, "Anna & Tom's big day 💒", k + 1)
        )
    party = pd.Timestamp("2021-08-21")
    for k in range(6):
        ev.append((data / IMAGENET["beer"], party, 20 + k // 3, FRIEND, None, k + 2))
    ev.append((data / IMAGENET["pills"], pd.Timestamp("2021-03-03"), 15, FRIEND, None, 1))
    baby = sorted((data / "ages").glob("001_*.jpg"))[0]
    for k in range(3):
        ev.append((baby, pd.Timestamp("2021-05-08"), 14, FRIEND, "Visiting little Mia", -(k + 1)))
    return ev


def wedding_events(data: Path, caption: str) -> list[tuple]:
    """(source, day, UTC hour, where, caption, crop) for a `wedding-*` story: `caption` on the
    first photo of the wedding day."""
    ev = _home_life(data, "2021-01-05", 30)
    owner = sorted((data / OWNER).glob("*.jpg"))
    for k, day in enumerate(pd.date_range("2021-01-20", periods=2 * len(owner), freq="17D")):
        ev.append((owner[k % len(owner)], day, 12, AMSTERDAM, None, k // len(owner) + 1))
    for k in range(3):  # the owner at the wedding, in crops no other day uses
        ev.append((owner[k], WEDDING_DAY, 11 + k, WEDDING_CHURCH, None if k else caption, k + 3))
    ev.append((data / CAKE, WEDDING_DAY, 15, WEDDING_CHURCH, None, 1))
    return ev


def _bytes(src, crop: int) -> bytes:
    if src == "boarding pass":
        from .text_photos import DOCUMENTS, photograph

        out = io.BytesIO()
        Image.fromarray(photograph(DOCUMENTS[0], seed=3)).save(out, "JPEG", quality=88)
        return out.getvalue()
    raw = Path(src).read_bytes()
    return variant(raw, abs(crop), pad=crop < 0) if crop else raw


def build(data: Path, root: Path, story: str = "faith") -> Path:
    """The story (`faith`, `guests`, `wedding-guest` or `wedding-own`) as a Facebook 2024 export
    with photo GPS."""
    if story in WEDDING_CAPTIONS:
        events = wedding_events(data, WEDDING_CAPTIONS[story])
    else:
        events = faith_events(data) if story == "faith" else guests_events(data)
    tree, posts = Tree(), []
    for i, (src, day, hour, at, caption, crop) in enumerate(events):
        uri = tree.add(
            f"your_facebook_activity/posts/media/Mobile_x/{i:03d}.jpg", _bytes(src, crop)
        )
        t = ts((day + pd.Timedelta(hours=hour, minutes=i % 50)).strftime("%Y-%m-%dT%H:%M:%S"))
        exif = {"taken_timestamp": t} | ({"latitude": at[0], "longitude": at[1]} if at else {})
        media = {
            "uri": uri,
            "creation_timestamp": t + 600,
            "media_metadata": {"photo_metadata": {"exif_data": [exif]}},
        }
        posts.append(
            {"timestamp": t + 600, "data": [{"post": caption}] if caption else []}
            | {"attachments": [{"data": [{"media": media}]}]}
        )
    tree.add("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json", posts)
    return tree.write(root / f"story-{story}")
