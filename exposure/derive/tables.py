"""Every derived table from the stored ones: people, places, tags and timeline (in seconds).

Pure: no model runs and nothing is written. The face-cluster cache comes in and goes out as a plain
dict; whoever owns the store (`exposure.analysis`) decides whether to keep it.
"""

from __future__ import annotations

from ..progress import stage
from ..tables import Tables
from . import people as people_stage
from . import places, timeline


def derive(
    stored: Tables, corrections: people_stage.Corrections, clusters: dict | None = None
) -> tuple[Tables, dict]:
    """(the stored tables plus locations, homes, trips, places_by_month, people, tags, timeline
    and people_by_month, with `faces` given its person_id; the face-cluster cache after this run).

    `stored` is not changed; `clusters` is an earlier run's cache (see `people.cluster_faces`).
    Homes and trips come from the owner's located photos alone (`Tables.own`): a photo received
    in a chat shows where its sender was.
    """
    t = stored.copy()
    photos = t["photos"]
    with stage("places"):  # each its own line and time in a run (exposure.progress)
        t["locations"] = places.locations(photos, t["checkins"])
        mine = t.own(t["locations"])
        t["homes"] = places.homes(mine)
        t["trips"] = places.trips(mine, t["homes"])
        t["places_by_month"] = places.places_by_month(t["locations"], t["homes"])
    home_ids = {p for h in t["homes"] for p in h.photo_ids}
    cache = dict(clusters or {})
    with stage("people"):
        found = people_stage.people(t["faces"], photos, corrections, home_ids, cache)
        t["faces"], t["people"] = found
    with stage("timeline"):
        t["tags"] = timeline.photo_tags(t["detections"], t["labels"])
        t["timeline"] = timeline.timeline(photos, t["tags"])
        t["people_by_month"] = timeline.people_by_month(photos, t["faces"])
    return t, cache
