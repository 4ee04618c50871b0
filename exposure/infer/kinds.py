"""The rule kinds: one short pure function each, from (rule, evidence tables) to an inference.

Each kind's docstring gives its confidence formula; its thresholds are the rule file's
(`rule.threshold(name, default)`), and the facts it offers a rule's statement are named where it
is registered (`@kind(name, facts=...)`, see `registry`).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from ..derive.ids import among
from ..derive.places import HOME_RADIUS_KM, haversine_km, reverse_geocode
from ..words import list_text, plural
from .captions import once_per_post
from .chance import beyond_chance
from .evidence import Evidence, Inference, caption_hits
from .home_like import home_like
from .located import timed
from .registry import kind
from .rules import CAPTION_KEYS, Rule

SEASONS = {
    12: "winter",
    1: "winter",
    2: "winter",
    3: "spring",
    4: "spring",
    5: "spring",
    6: "summer",
    7: "summer",
    8: "summer",
    9: "autumn",
    10: "autumn",
    11: "autumn",
}
SOUTH = {"winter": "summer", "summer": "winter", "spring": "autumn", "autumn": "spring"}


def _month(t: pd.Timestamp) -> str:
    return t.strftime("%Y-%m")


def _month_text(t: pd.Timestamp) -> str:
    return t.strftime("%B %Y")


def _make(rule: Rule, conf: float, value: dict, facts: dict, evidence: list[str]) -> Inference:
    facts = {**facts, **{k: v for k, v in value.items() if not isinstance(v, (list, dict))}}
    return Inference(
        rule.id,
        rule.category,
        rule.render("statement", facts),
        max(0.0, min(1.0, conf)),
        value,
        rule.render("explanation", facts),
        evidence,
        thresholds=dict(rule.thresholds),
    )


def caption_said(rule: Rule, ev: Evidence) -> pd.Series:
    """photo_id → True where a caption uses the rule's words or gives one of its caption signals
    (emoji, phrases, hashtags in ten languages: `captions.py`), and none of its `unless` words;
    each read in the caption's language, about the owner, and once per post (its first photo).
    Read once per evidence and rule (`ev.shared`): several kinds ask for the same rule's."""
    return ev.shared(("caption_said", rule.id, id(rule)), lambda: _caption_said(rule, ev))


def _caption_said(rule: Rule, ev: Evidence) -> pd.Series:
    words = rule.vocabulary.get("captions") or {}
    own = {k: v for k, v in words.items() if k not in CAPTION_KEYS and v}
    hits = caption_hits(ev, own, rule.caption_about())  # a hobby no one else's, a child shown
    signals = rule.caption_signals()
    if signals and len(ev.signals):
        said = ev.signals.loc[ev.signals["signal"].isin(signals), "photo_id"].unique()
        hits = hits | hits.index.isin(said)
    unless = rule.caption_unless()
    if unless and hits.any():
        hits = hits & ~caption_hits(ev, unless)
    return once_per_post(hits, ev.photos)


def matches(rule: Rule, ev: Evidence) -> pd.DataFrame:
    """Photos that show the rule's tags or whose caption uses its words, strongest first.

    Columns: photo_id, score (best tag score; 0.7 for a caption alone), label, caption, when.
    """
    tags = rule.vocabulary.get("tags") or []
    t = ev.rule_tags(tags, rule.threshold("min_score", 0.0))
    by_label = t.groupby("photo_id")["score"].max()
    hits = caption_said(rule, ev)
    ids = set(by_label.index) | set(hits[hits].index)
    if not ids:
        return pd.DataFrame(columns=["photo_id", "score", "label", "caption", "when"])
    when = ev.photos.set_index("photo_id")["when"]
    ids, labelled = list(ids), set(by_label.index)  # looked up as whole columns, not photo by photo
    label = [p in labelled for p in ids]
    df = pd.DataFrame(
        {
            "photo_id": ids,
            "label": label,
            "caption": hits.reindex(ids, fill_value=False).astype(bool).to_numpy(),
            "score": np.where(label, by_label.reindex(ids).to_numpy(float), 0.7),
            "when": when.reindex(ids).array,
        }
    )
    df["when"] = pd.to_datetime(df["when"], utc=True)
    return df.sort_values(["score", "photo_id"], ascending=[False, True]).reset_index(drop=True)


def detector_quality(scores: pd.Series, floor: float) -> float:
    """How well the model saw a kind's signal, from `floor` up to 1: floor + (1 - floor) x
    mean(first ten `scores` / 0.8, each at most 1), the scores strongest first."""
    return floor + (1 - floor) * float((scores.head(10) / 0.8).clip(upper=1).mean())


@kind(
    "recurring_tag",
    facts="photos days months home first last since_text years_text season_text burst_pct since "
    "season",
)
def recurring_tag(rule: Rule, ev: Evidence) -> Inference | None:
    """A tag that keeps coming back over days and months (a pet, a hobby), since when.

    Confidence: recurrence 1 - 0.5^(weighted days / min_days), where days at home count
    `home_weight`, times detector quality f + (1 - f) x mean(top ten scores / 0.8, each at most
    1), f `quality_floor` (0.6 unless the rule says: a tag the classifier gives weakly but on
    many days is strong evidence),
    plus 0.1 when captions agree with the labels; at most 0.3 below min_photos, min_days or
    min_months, when one day holds more than max_day_share of the photos (a burst), or, where a
    home is known, when it is seen there on fewer than min_home_days days (a friend's dog, seen
    at the friend's flat, is not the owner's); at most 0.97. Photos where only a caption says it
    count only on at least `chance_days(captioned posts, caption_chance)` days (`beyond_chance`:
    500 captions of strangers' news put a dog on two or three days of an archive that has none).
    """
    m = matches(rule, ev)
    m = beyond_chance(rule, m, m["caption"].astype(bool) & ~m["label"].astype(bool), ev)
    if m.empty:
        return None
    dated = m.dropna(subset=["when"])
    days = dated["when"].dt.date
    n_days, n_months = days.nunique(), dated["when"].dt.strftime("%Y-%m").nunique()
    home = pd.Series(among(m["photo_id"], ev.at_home), index=m.index)
    home_days = dated.loc[home[dated.index], "when"].dt.date.nunique() if len(dated) else 0
    weighted = n_days + (rule.threshold("home_weight", 1.0) - 1) * home_days
    recurrence = 1 - 0.5 ** (weighted / rule.threshold("min_days", 3))
    conf = recurrence * detector_quality(m["score"], rule.threshold("quality_floor", 0.6))
    conf += 0.1 if m["label"].any() and m["caption"].any() else 0.0
    burst = days.value_counts().max() / len(m) if len(dated) else 1.0
    if (
        len(m) < rule.threshold("min_photos", 5)
        or n_days < rule.threshold("min_days", 3)
        or n_months < rule.threshold("min_months", 2)
        or burst > rule.threshold("max_day_share", 0.5)
        or (len(ev.homes) and home_days < rule.threshold("min_home_days", 0))
    ):
        conf = min(conf, 0.3)
    first, last = (dated["when"].min(), dated["when"].max()) if len(dated) else (None, None)
    value: dict = {}
    if rule.category == "pets" and first is not None:
        value = {"since": _month(first)}
    elif first is not None:
        value = {"years": sorted({int(y) for y in dated["when"].dt.year})}
        season = _season(dated["when"], ev)
        if season:
            value["season"] = season
    facts = {
        "photos": len(m),
        "days": n_days,
        "months": n_months,
        "home": int(home.sum()),
        "first": _month(first) if first is not None else "?",
        "last": _month(last) if last is not None else "?",
        "since_text": _month_text(first) if first is not None else "an unknown date",
        "years_text": ", ".join(map(str, value.get("years", []))),
        "season_text": f" in {value['season']}" if value.get("season") else "",
        "burst_pct": round(100 * burst),
    }
    inf = _make(rule, min(conf, 0.97), value, facts, list(m["photo_id"]))
    return _said_only(inf, int((m["caption"].astype(bool) & ~m["label"].astype(bool)).sum()))


def _said_only(inf: Inference, n: int) -> Inference:
    """`inf` with a sentence more in its explanation when a caption alone speaks for `n` of its
    photos (the template counts them as photos that show it: "A bicycle is in 6 photos" from six
    captions and no bicycle)."""
    if not n:
        return inf
    if n < len(inf.evidence):
        said = f"In {n} of them only the caption says so."
    elif n == 1:
        said = "The photo does not show it: its caption says so."
    else:
        said = "The photos do not show it: their captions say so."
    return replace(inf, explanation=f"{inf.explanation} {said}")


def _season(when: pd.Series, ev: Evidence) -> str | None:
    seasons = when.dt.month.map(SEASONS).value_counts()
    if seasons.empty or seasons.iloc[0] / seasons.sum() < 0.75:
        return None
    season = str(seasons.index[0])
    south = ev.homes and ev.homes[-1].lat < 0
    return SOUTH[season] if south else season


@kind(
    "home",
    facts="points points_text photos spread_m place_text since homes lat lon place country",
)
def home(rule: Rule, ev: Evidence) -> Inference | None:
    """The latest home: where the owner sleeps, from photos taken there on many days.

    Confidence: 1 - 0.5^(points / min_points), at most 0.97.
    """
    if not ev.homes:
        return None
    h = ev.homes[-1]
    place, country = reverse_geocode(h.lat, h.lon)
    pts = ev.locations
    d = haversine_km(pts["lat"].to_numpy(), pts["lon"].to_numpy(), h.lat, h.lon)
    near = d[d < HOME_RADIUS_KM]
    spread_m = max(
        10, int(round(float(pd.Series(near).median() * 1000), -1)) if len(near) else 1000
    )
    value = {"lat": round(h.lat, 4), "lon": round(h.lon, 4), "place": place, "country": country}
    evidence = list(reversed(h.photo_ids)) + [p for old in ev.homes[:-1] for p in old.photo_ids]
    photos = len(set(h.photo_ids))
    others = h.points - len(h.photo_ids)  # check-ins: located, without a photo
    facts = {
        "points": h.points,
        "photos": photos,
        "points_text": list_text(
            [plural(photos, "photos")] + [plural(others, "check-ins")] * bool(others)
        ),
        "spread_m": spread_m,
        "place_text": place or "an unnamed place",
        "since": _month(h.start),
        "homes": len(ev.homes),
    }
    conf = min(0.97, 1 - 0.5 ** (h.points / rule.threshold("min_points", 5)))
    return _make(rule, conf, value, facts, evidence)


HOME_CORE_M = 300  # a member is seen at most this far from the home's centre, not in its cluster
HOME_CORE_MIN_M = 100  # and at least this far, however tight the home's own photos lie
HOME_CORE_SPREAD = 3  # within this many times the median distance of the home's photos from it


def home_core(ev: Evidence) -> set[str]:
    """The ids of the photos taken within `core_radius_m` (100-300 m, by how far the home's own
    fixes scatter) of a home's centre: the mean point of its busiest cell of about 100 m,
    among the home's own photos. What `household` reads as "seen at home", a narrower notion
    than the home itself (`places._core`, `Evidence.at_home`), which every other kind reads:
    a home is chained within 150 m, so a street walked every week can join a friend's flat
    600 m away into it, and a home without a dense core (a poor GPS fix) is its whole 1-km
    cluster, with a bar or a church in it. That is right for the days a dog is seen at home
    or the trips away from it, not for who lives there: the people who do are seen at the
    centre (tests/derive/test_places_home_spot.py). Made once per evidence."""

    def make() -> set[str]:
        out: set[str] = set()
        for h in ev.homes:
            locs = ev.locations[ev.locations["photo_id"].isin(set(h.photo_ids))]
            if locs.empty:
                continue
            cell = locs["lat"].round(3).astype(str) + "," + locs["lon"].round(3).astype(str)
            busiest = locs[cell == cell.value_counts().index[0]]
            lat, lon = busiest["lat"].mean(), busiest["lon"].mean()
            metres = haversine_km(locs["lat"], locs["lon"], lat, lon) * 1000
            near = metres <= core_radius_m(metres)
            out |= set(locs.loc[near, "photo_id"])
        return out

    return ev.shared("home_core", make)


def core_radius_m(metres: pd.Series) -> float:
    """The radius of a home's core in metres, from the distances of the home's photos to its
    centre: HOME_CORE_SPREAD times their median (how far the phone's fixes at home scatter),
    kept between HOME_CORE_MIN_M and HOME_CORE_M. Photos at home scatter by their GPS error
    (tens of metres), so a pub or a friend's flat 250 m down the street, inside a fixed 300 m,
    stays out of a home whose fixes lie within 40 m (simulated life 7433: friends at a bar 255 m
    away were two extra household members), while a home of poor fixes keeps its 300 m."""
    spread = float(metres.median()) * HOME_CORE_SPREAD if len(metres) else HOME_CORE_M
    return min(HOME_CORE_M, max(HOME_CORE_MIN_M, spread))


@kind("move", facts="km month_text new_place old_place date")
def move(rule: Rule, ev: Evidence) -> Inference | None:
    """A move: the latest home replaced an earlier one, and when.

    Confidence: 0.6, + 0.2 when captions within 60 days of the move speak of moving, + 0.1 when both
    homes rest on at least 10 points and 0.25 more from 50 points each (benchmarks/lives.py: moves
    between homes of hundreds of points were 32 of 32 right at 0.8 on lives 0-99, then 57 of 57 at
    0.9 on lives 0-99 with own and held-out words); at most 0.95;
    at most 0.4 when either home does not look like one (`home_like`: seen on fewer than
    5 days of the week, or mostly on weekday daytimes, unless it is where the owner spends
    weekends: Saturdays and Sundays on 8+ weekends in 4+ months): with a new home's photos
    deleted, the office, the Friday bar or the beach of those years was the busiest place left,
    and a move
    "to" it was claimed at 0.6 to 0.9 (lives 47 and 52, --hide).
    """
    if len(ev.homes) < 2:
        return None
    new, old = ev.homes[-1], ev.homes[-2]
    hits = caption_said(rule, ev)
    when = ev.photos.set_index("photo_id")["when"]
    near = [
        p
        for p in hits[hits].index
        if p in when and not pd.isna(when[p]) and abs((when[p] - new.start).days) <= 60
    ]
    points = min(new.points, old.points)
    conf = 0.6 + (0.2 if near else 0.0) + 0.1 * (points >= 10) + 0.25 * (points >= 50)
    conf = min(conf, 0.95)
    if not all(home_like(timed(ev), h.photo_ids) for h in (new, old)):
        conf = min(conf, 0.4)
    facts = {
        "km": round(float(haversine_km(old.lat, old.lon, new.lat, new.lon))),
        "month_text": _month_text(new.start),
        "new_place": reverse_geocode(new.lat, new.lon)[0],
        "old_place": reverse_geocode(old.lat, old.lon)[0],
    }
    # shown first: the captions and 20 photos of the new home; then the rest of the smaller
    # home's photos, which must all go for the move to hide (20 photos of a home seen in 300 are
    # no list: deleted, the next 20 reveal the same move)
    smaller = min((new, old), key=lambda h: h.points)
    evidence = list(dict.fromkeys(near + new.photo_ids[:20] + list(smaller.photo_ids)))
    return _make(rule, conf, {"date": _month(new.start)}, facts, evidence)


@kind("first_appearance", facts="animal month_text date")
def first_appearance(rule: Rule, ev: Evidence) -> Inference | None:
    """A new pet: a pet rule that holds, first seen months into the archive.

    Confidence: the pet inference's confidence x 0.9 (the surest pet when there are several).
    """
    best = None
    archive_start = ev.photos["when"].min()
    for pet in ev.rules.values():
        if pet.category != "pets":
            continue
        inf = recurring_tag(pet, ev)
        if inf is None or inf.confidence < 0.5 or "since" not in inf.value:
            continue
        first = pd.Timestamp(inf.value["since"] + "-01", tz="UTC")
        months = (first - archive_start).days / 30.4
        if months < rule.threshold("min_months_into_archive", 6):
            continue  # there from the start: not a *new* pet
        if best is None or inf.confidence > best[0].confidence:
            best = (inf, first, pet)
    if best is None:
        return None
    inf, first, pet = best
    animal = pet.id.split(".", 1)[1]
    facts = {"animal": animal, "month_text": _month_text(first)}
    return _make(
        rule, inf.confidence * 0.9, {"date": _month(first), "animal": animal}, facts, inf.evidence
    )


def _plural(noun: str, n: int) -> str:
    return "" if n == 1 else ("es" if noun.endswith("ss") else "s")


METADATA_FIELDS = {"gps": "lat", "upload_ip": "upload_ip", "devices": "camera", "place": "place"}


@kind("metadata", facts="total pct top photos distinct distinct_text")
def metadata(rule: Rule, ev: Evidence) -> Inference | None:
    """How many photos carry a metadata field (GPS, upload IP, device, place): a fact.

    Confidence: 1.0 whenever any photo carries the field.
    """
    column = METADATA_FIELDS[rule.vocabulary.get("field", rule.id.split(".", 1)[1])]
    has = ev.photos[ev.photos[column].notna()] if len(ev.photos) else ev.photos
    if has.empty:
        return None
    value: dict = {"photos": int(len(has))}
    distinct = has[column].astype(str).value_counts()
    if column in ("camera", "upload_ip"):
        value["distinct"] = int(len(distinct))
    noun = {"camera": "device", "upload_ip": "address"}.get(column, "value")
    n = len(distinct)
    facts = {
        "total": len(ev.photos),
        "pct": round(100 * len(has) / max(1, len(ev.photos))),
        "top": ", ".join(f"{k} ({v})" for k, v in distinct.head(3).items()),
        "distinct_text": f"{n} different {noun}{_plural(noun, n)}",
    }
    return _make(rule, 1.0, value, facts, list(has["photo_id"]))
