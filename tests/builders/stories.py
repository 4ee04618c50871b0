"""Scripted test archives from the real photos of ../shared/data: a life story with a known answer.

The owner (person_a of the face sets) lives in Amsterdam with a partner (person_b), gets a dog in
April 2020, travels three times, graduates in June 2019, marries in September 2021, plays tennis.
False friends: a cat seen once at a friend's place, a day at the zoo, a friend's wedding attended as
a guest, a bird at the zoo, a friend (person_c) who visits twice.
With `gps=False` the photos carry no GPS: home and trips come from post places and check-ins.

`places_story` is a second story, for places: a home, a move and four trips, told by photo GPS,
check-ins or captions alone.
"""

from __future__ import annotations

from pathlib import Path

from .common import Tree, jpeg, ts

AMSTERDAM = (52.3676, 4.9041)
FRIEND = (52.3400, 4.8700)
ZOO = (52.3660, 4.9166)  # Artis, 1 km from home: not a trip, and not home either
TRIP_PLACES = {
    "lisbon": (38.7223, -9.1393),
    "tokyo": (35.6762, 139.6503),
    "rome": (41.9028, 12.4964),
}

# (source, when, caption, where (None = no location), album)
STORY = [
    ("faces/person_a/img16.jpg", "2019-01-06 10:00", None, None, "Profile pictures"),
    ("faces/person_a/img17.jpg", "2020-03-01 10:00", None, None, "Profile pictures"),
    ("faces/person_a/img59.jpg", "2021-06-06 10:00", None, None, "Profile pictures"),
    (
        "faces/person_a/img61.jpg",
        "2019-06-21 11:00",
        "Graduation day! 🎓 So proud",
        (52.3560, 4.9550),
        None,
    ),
    ("faces/person_a/img62.jpg", "2021-09-18 15:00", "We said yes! 💍", (52.3731, 4.8922), None),
    ("coco/000000000428.jpg", "2021-09-18 18:00", "The cake!", (52.3731, 4.8922), None),
    ("coco/000000000092.jpg", "2021-09-18 19:00", None, (52.3731, 4.8922), None),
    # partner at home over two years
    ("faces/person_b/img29.jpg", "2019-02-09 20:00", None, "home", None),
    ("faces/person_b/img30.jpg", "2019-05-11 21:00", None, "home", None),
    ("faces/person_b/img31.jpg", "2019-09-14 20:30", None, "home", None),
    ("faces/person_b/img32.jpg", "2020-02-08 19:00", None, "home", None),
    ("faces/person_b/img33.jpg", "2021-02-06 20:00", None, "home", None),
    # the dog arrives in April 2020
    ("coco/000000000074.jpg", "2020-04-12 18:00", "Meet Bruno!", "home", None),
    ("coco/000000000394.jpg", "2020-05-16 19:00", "Walkies with my dog", "home", None),
    ("coco/000000000400.jpg", "2020-06-20 20:00", None, "home", None),
    ("coco/000000000490.jpg", "2020-08-22 19:30", None, "home", None),
    ("coco/000000000042.jpg", "2020-10-10 20:00", "Lazy Sunday with my dog", "home", None),
    # everyday life at home
    ("coco/000000000164.jpg", "2019-03-16 20:00", None, "home", None),
    ("coco/000000000196.jpg", "2019-11-23 20:00", "Dinner", "home", None),
    ("coco/000000000194.jpg", "2020-11-21 20:00", None, "home", None),
    ("coco/000000000612.jpg", "2021-03-13 20:00", None, "home", None),
    ("coco/000000000626.jpg", "2021-11-20 20:00", None, "home", None),
    # tennis on four days over three months
    ("coco/000000000564.jpg", "2021-05-01 10:00", "Tennis with the club", (52.3500, 4.8800), None),
    ("coco/000000000368.jpg", "2021-05-29 10:00", "Tennis, then brunch", (52.3500, 4.8800), None),
    ("coco/000000000436.jpg", "2021-06-26 10:00", "Club tennis final", (52.3500, 4.8800), None),
    ("coco/000000000536.jpg", "2021-07-24 10:00", "Tennis again", (52.3500, 4.8800), None),
    # three trips
    ("coco/000000000036.jpg", "2019-07-10 11:00", "Lisbon!", "lisbon", None),
    ("coco/000000000260.jpg", "2019-07-12 11:00", None, "lisbon", None),
    ("coco/000000000532.jpg", "2020-01-20 11:00", "Tokyo at last", "tokyo", None),
    ("coco/000000000540.jpg", "2020-01-22 11:00", None, "tokyo", None),
    ("coco/000000000472.jpg", "2022-05-03 11:00", "Roma", "rome", None),
    ("coco/000000000510.jpg", "2022-05-05 11:00", None, "rome", None),
    # false friends
    ("coco/000000000650.jpg", "2020-02-15 16:00", "Their cat is so fluffy", FRIEND, None),
    ("coco/000000000034.jpg", "2021-08-14 11:00", "Zoo day", ZOO, None),
    ("coco/000000000154.jpg", "2021-08-14 11:20", None, ZOO, None),
    ("coco/000000000072.jpg", "2021-08-14 11:40", None, ZOO, None),
    ("coco/000000000312.jpg", "2021-08-14 12:00", None, ZOO, None),
    ("coco/000000000520.jpg", "2021-08-14 12:20", None, ZOO, None),
    ("coco/000000000136.jpg", "2021-08-14 12:40", None, ZOO, None),
    ("coco/000000000144.jpg", "2021-08-14 13:00", None, ZOO, None),
    ("coco/000000000542.jpg", "2020-06-13 15:00", "Congrats Anna & Tom! 🥂", FRIEND, None),
    ("coco/000000000308.jpg", "2020-06-13 18:00", None, FRIEND, None),
    ("faces/person_c/img34.jpg", "2019-10-19 21:00", "Game night", "home", None),
    ("faces/person_c/img35.jpg", "2021-01-16 21:00", None, "home", None),
]

EXPECTED = {  # rule id → value checks (dates within 2 months, trips ±1, household ±1)
    "pets.dog": {"since": "2020-04"},
    "life_events.new_pet": {"date": "2020-04", "animal": "dog"},
    "travel.trips": {"count": 3},
    "location.home": {"near": AMSTERDAM},
    "family.household": {"size": 2},
    "life_events.wedding": {"date": "2021-09-18"},
    "life_events.graduation": {"date": "2019-06-21"},
    "hobbies.tennis": {"years": [2021]},
    "metadata.upload_ip": {},
}
FALSE_FRIENDS = [
    "pets.cat",
    "pets.bird",
    "pets.horse",
    "life_events.new_home",
    "life_events.new_baby",
    "family.children",
    "hobbies.skiing",
    "hobbies.cycling",
    "hobbies.baseball",
]


def build(data: Path, root: Path, gps: bool = True) -> Path:
    """The story as a Facebook 2024 export; photo GPS when `gps`, else post places and check-ins."""
    tree = Tree()
    act = "your_facebook_activity/"
    albums: dict[str, list] = {}
    posts, checkins = [], []
    for i, (src, when, caption, where, album) in enumerate(STORY):
        name = Path(src).name
        uri = tree.add(
            f"{act}posts/media/{album or 'Mobile uploads'}_x/{i:03d}_{name}",
            (data / src).read_bytes()
            if src.startswith("faces")
            else (data / "coco" / "images" / name).read_bytes(),
        )
        t = ts(when.replace(" ", "T"))
        at = (
            AMSTERDAM
            if where == "home"
            else TRIP_PLACES.get(where, where)
            if isinstance(where, str)
            else where
        )
        exif = {"upload_ip": "85.1.2.3", "taken_timestamp": t}
        if gps and at:
            exif.update(latitude=at[0], longitude=at[1])
        media = {
            "uri": uri,
            "creation_timestamp": t + 900,
            "media_metadata": {"photo_metadata": {"exif_data": [exif]}},
        }
        if album:
            albums.setdefault(album, []).append(media)
            continue
        data_items = [{"media": media}]
        if not gps and at:
            data_items.append(
                {
                    "place": {
                        "name": "Somewhere",
                        "coordinate": {"latitude": at[0], "longitude": at[1]},
                    }
                }
            )
            checkins.append(
                {
                    "timestamp": t,
                    "fbid": str(i),
                    "media": [],
                    "label_values": [
                        {
                            "label": "Place tags",
                            "dict": [
                                {"label": "Coordinates", "value": f"({at[0]} , {at[1]})"},
                                {"label": "Name", "value": "Somewhere"},
                            ],
                        }
                    ],
                }
            )
        posts.append(
            {
                "timestamp": t + 900,
                "data": [{"post": caption}] if caption else [],
                "attachments": [{"data": data_items}],
            }
        )
    tree.add(f"{act}posts/your_posts__check_ins__photos_and_videos_1.json", posts)
    for k, (name, photos) in enumerate(albums.items()):
        tree.add(f"{act}posts/album/{k}.json", {"name": name, "photos": photos})
    if checkins:
        tree.add(f"{act}posts/check-ins.json", checkins)
    tree.add(
        "personal_information/profile_information/profile_information.json",
        {"profile_v2": {"name": {"full_name": "Alex Example"}}},
    )
    return tree.write(root / ("story-gps" if gps else "story-nogps"))


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
