"""Evidence about the owner comes only from photos the owner posted or sent (`by_owner`)."""

from __future__ import annotations

import pandas as pd

from exposure.config import bundled
from exposure.derive.people import Corrections
from exposure.derive.tables import derive
from exposure.infer import run_rules
from exposure.tables import Tables

HOME = (52.3676, 4.9041)


def tables(photos: list[dict], tags: list[tuple]) -> Tables:
    """The tables derive makes from photos by hand (id, when, by_owner, at) and no faces, with
    the tags (photo, tag, score) given."""
    p = pd.DataFrame(
        [
            {
                "photo_id": r["id"],
                "when": pd.Timestamp(r["when"], tz="UTC"),
                "caption": None,
                "album": None,
                "lat": r.get("at", (None, None))[0],
                "lon": r.get("at", (None, None))[1],
                "place_lat": None,
                "place_lon": None,
                "camera": None,
                "upload_ip": None,
                "place": None,
                "origin": "post" if r["by_owner"] else "messenger",
                "by_owner": r["by_owner"],
            }
            for r in photos
        ]
    )
    none = lambda *columns: pd.DataFrame(columns=list(columns))  # noqa: E731
    stored = Tables(
        photos=p,
        checkins=none("time", "place", "lat", "lon"),
        faces=none("face_id", "photo_id", "top", "right", "bottom", "left", "encoding", "age"),
        detections=none("photo_id", "label", "score"),
        labels=none("photo_id", "label", "score", "tag"),
    )
    t, _ = derive(stored, Corrections([], {}, [], {}))
    t.tags = pd.DataFrame(
        [{"photo_id": a, "tag": b, "kind": "object", "score": c} for a, b, c in tags],
        columns=["photo_id", "tag", "kind", "score"],
    )
    return t


def test_received_messenger_photos_of_a_dog_do_not_make_a_pet():
    # a friend sends 10 photos of their dog over 5 months; the owner posts evenings at home
    home = [
        {"id": f"h{i}", "when": d + pd.Timedelta(hours=20), "by_owner": True, "at": HOME}
        for i, d in enumerate(pd.date_range("2020-01-05", periods=12, freq="10D"))
    ]
    dog = [
        {"id": f"d{i}", "when": f"2020-{1 + i // 2:02d}-{3 + 10 * (i % 2):02d} 18:00"}
        | {"by_owner": False}
        for i in range(10)
    ]
    t = tables(home + dog, [(r["id"], "dog", 0.9) for r in dog])
    ids = {i["rule_id"] for i in run_rules(bundled("rules"), t.owner()) if i["confidence"] >= 0.5}
    assert "pets.dog" not in ids
    # the same photos posted by the owner: a dog
    for r in dog:
        r["by_owner"] = True
    t = tables(home + dog, [(r["id"], "dog", 0.9) for r in dog])
    assert "pets.dog" in {i["rule_id"] for i in run_rules(bundled("rules"), t.owner())}


def test_a_received_photo_with_gps_does_not_move_home():
    # 12 evenings at home, then 15 received photos taken in Lisbon by the sender
    home = [
        {"id": f"h{i}", "when": d + pd.Timedelta(hours=20), "by_owner": True, "at": HOME}
        for i, d in enumerate(pd.date_range("2020-01-05", periods=12, freq="10D"))
    ]
    sent = [
        {"id": f"s{i}", "when": f"2020-06-{1 + i:02d} 21:00", "by_owner": False}
        | {"at": (38.72, -9.14)}
        for i in range(15)
    ]
    t = tables(home + sent, []).owner()
    assert len(t["photos"]) == 12 and len(t["homes"]) == 1 and t["trips"].empty
    assert abs(t["homes"][0].lat - HOME[0]) < 0.01
