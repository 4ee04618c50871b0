"""workplaces: the place someone works or studies, from located, timed photos (`routines`' table).

A **workplace** (or school) is a place away from home visited on weekday daytimes over many weeks,
on more than one weekday, and mostly at those hours, not in one season of the year come back to
year after year (a ski slope every February, a beach every July: a hobby's spot, not a job).
Classroom tags, `school` caption signals or a school name read in a photo make it a school; office
tags, `work` signals or a company name make it work; without either it stays "work_or_school"
("works or studies near X").

Confidence: 0.97 × (1 - 0.5^(weeks / min_weeks)) × (0.6 + 0.4 × min(1, daytime share / 0.9)),
the recurrence 0.5 at min_weeks, 0.75 at twice that and 0.94 at four times: a place seen on
weekday daytimes in a few weeks is as often a clinic, a course or a hobby's spot as a job (on
simulated lives, places of 6 to 8 weeks at 0.63 to 0.67 were none of them the owner's work, those
of 40 weeks and more all were), and a place at 90% weekday daytime is as sure as one at 100%.
Candidates that miss a gate (too few weeks, too short a span, one season) are not returned.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from functools import lru_cache

import pandas as pd

from .chance import chance_days, first_of_posts
from .routines import (
    HOME_M,
    PlaceNamer,
    _centre,
    _day,
    _evidence,
    _recurrence,
    _recurring,
    distance_m,
    prepare,
)

SEASONAL_SHARE = 0.75  # more of a workplace's weeks in one season of the year, year after year:
# a hobby's spot (skiing every February), not work
SCHOOL_TAGS = frozenset(
    {
        "classroom",
        "lecture hall",
        "school bus",
        "academic gown",
        "mortarboard",
        "blackboard",
        "chalkboard",
        "school",
        "university",
        "campus",
        "library",
        "schoolbag",
    }
)
WORK_TAGS = frozenset(
    {
        "office",
        "laptop",
        "desk",
        "monitor",
        "keyboard",
        "computer",
        "conference room",
        "lab coat",
        "hard hat",
        "construction site",
        "factory",
        "whiteboard",
        "conference",
    }
)


@dataclass
class Workplace:
    """A place visited on weekday daytimes over many weeks: work, school, or not yet known."""

    kind: str  # "work", "school" or "work_or_school"
    lat: float
    lon: float
    place: str | None
    name: str | None  # a name read in its photos or captions ("Vistula Biolabs")
    weeks: int
    weekdays: int  # distinct weekdays seen there
    daytime_share: float  # share of the place's photos on weekday daytimes
    first: str
    last: str
    km_from_home: float | None
    confidence: float
    signals: list[str] = field(default_factory=list)  # what decided the kind, in words
    photos: list[str] = field(default_factory=list)  # evidence, strongest first

    def value(self) -> dict:
        """The `location.work` / `location.school` value: lat, lon, place, name when known."""
        out = {"lat": round(self.lat, 4), "lon": round(self.lon, 4), "place": self.place}
        return out | ({"name": self.name} if self.name else {})

    def to_dict(self) -> dict:
        """Every field, as plain values (for tables and notebooks)."""
        return asdict(self)


def workplaces(
    photos: pd.DataFrame,
    home: tuple[float, float] | None,
    *,
    names: pd.DataFrame | None = None,
    namer: PlaceNamer | None = None,
    min_weeks: int = 6,
    min_span_days: int = 60,
    min_weekdays: int = 2,
    min_daytime_share: float = 0.6,
    day_hours: tuple[int, int] = (8, 18),
    caption_chance: float = 0.0,
) -> list[Workplace]:
    """Places where the owner works or studies, most weeks first.

    A place more than HOME_M from `home` (None: no home known, so none is found), seen on weekday
    local daytimes (`day_hours`) in `min_weeks` distinct weeks over `min_span_days`, on at least
    `min_weekdays` different weekdays, with at least `min_daytime_share` of its photos at those
    hours. `names` (photo_id, name, kind: "work", "school" or None) are names read in photos or
    captions: the most frequent one at the place names it, and its kind counts as a signal.
    `caption_chance`: the share of captions saying nothing of the owner that read as school or
    work (`_school_or_work`).
    """
    if home is None:
        return []
    p = prepare(photos, home)
    p = p[p["home_m"] > HOME_M]
    p = p.assign(daytime=(p["weekday"] < 5) & p["hour"].between(day_hours[0], day_hours[1] - 1))
    found = []
    often = _recurring(p[p["daytime"]], "place_id", min_weeks)["place_id"].unique()
    for _, rows in p[p["place_id"].isin(often)].groupby("place_id"):
        gates = (min_weeks, min_span_days, min_weekdays, min_daytime_share, caption_chance)
        w = _workplace(rows, names, *gates)
        if w is not None:
            w.place = namer(w.lat, w.lon) if namer else None
            found.append(w)
    return sorted(found, key=lambda w: (-w.weeks, -w.confidence))


def _workplace(
    rows, names, min_weeks, min_span_days, min_weekdays, min_share, chance
) -> Workplace | None:
    day = rows[rows["daytime"]]
    weeks = day["week"].nunique()
    share = len(day) / len(rows)
    if (
        weeks < min_weeks
        or (day["day"].max() - day["day"].min()).days < min_span_days
        or day["weekday"].nunique() < min_weekdays
        or share < min_share
        or _seasonal(day)
    ):
        return None
    lat, lon = _centre(day)
    kind, signals, name = _school_or_work(rows, names, chance)
    conf = min(0.97, 0.97 * _recurrence(weeks, 2 * min_weeks) * (0.6 + 0.4 * min(1, share / 0.9)))
    near = distance_m(day["lat"], day["lon"], lat, lon)
    return Workplace(
        kind,
        lat,
        lon,
        None,
        name,
        weeks,
        int(day["weekday"].nunique()),
        round(share, 2),
        _day(day["day"].min()),
        _day(day["day"].max()),
        round(float(rows["home_m"].median()) / 1000, 1),
        round(conf, 3),
        signals,
        _evidence(day, -near),
    )


def _seasonal(day: pd.DataFrame) -> bool:
    """Whether a place's weekday daytime weeks come back in one season of the year, year after
    year: more than SEASONAL_SHARE of them in that season (winter, spring, ...) and in at least
    two years of it. A ski slope every February is a hobby's spot; a job held for three winter
    months (one year's season) is still a job."""
    weeks = day.drop_duplicates("week")
    of_year = weeks["season"].str.split(" ", n=1).str[0]
    top = of_year.value_counts()
    if top.empty or top.iloc[0] <= SEASONAL_SHARE * len(weeks):
        return False
    return weeks.loc[of_year == top.index[0], "season"].nunique() >= 2


def _school_or_work(rows: pd.DataFrame, names: pd.DataFrame | None, chance: float = 0.0):
    """(kind, the signals that decided it in words, the place's name) from tags, captions, names.

    Each photo votes school or work by its tags, its caption's signals and the kind of a name
    read in it. The owner's own words decide first, then a name read at the place (a
    university's sign), then the tags (a laptop is a student's as much as a worker's): the first
    of these in which one kind has at least 2 photos and twice the other's decides. Otherwise the
    kind with more photos in all wins, and a tie (none at all included) is undecided. A kind's
    captions vote only when they fall on at least `chance_days(the place's captioned posts,
    chance)` posts (`_beyond_chance`): at a workplace seen on 100 days with a caption on each,
    one caption in a hundred read as school where none speaks of it gives two or three.
    """
    kinds = ("school", "work")
    levels: dict[str, dict[str, set]] = {lv: {k: set() for k in kinds} for lv in LEVELS}
    said: dict[str, list[str]] = {k: [] for k in kinds}
    for kind, vocab in (("school", SCHOOL_TAGS), ("work", WORK_TAGS)):
        for tag in sorted({t for ts in rows["tags"] for t in ts if t in vocab}):
            ids = {i for i, ts in zip(rows["photo_id"], rows["tags"]) if tag in ts}
            levels["tags"][kind] |= ids
            said[kind].append(f"{tag} in {len(ids)} photos")
    if "caption" in rows:
        sig = {
            i: _signals(c if isinstance(c, str) else None)
            for i, c in zip(rows["photo_id"], rows["caption"])
        }
        for kind in kinds:
            ids = _beyond_chance(rows, {i for i, s in sig.items() if kind in s}, chance)
            levels["captions"][kind] = ids
            said[kind] += [f"captions speaking of {kind} in {len(ids)} photos"] if ids else []
    name = None
    here = names[names["photo_id"].isin(rows["photo_id"])] if names is not None else None
    if here is not None and len(here):
        name = str(here["name"].value_counts().index[0])
        for kind in kinds:
            ids = set(here.loc[here.get("kind", pd.Series(dtype=object)) == kind, "photo_id"])
            levels["names"][kind] = ids
            said[kind] += [f"a {kind} name read in {len(ids)} photos"] if ids else []
    for votes in levels.values():  # LEVELS' order: the owner's words, names read, tags
        school, work = len(votes["school"]), len(votes["work"])
        if max(school, work) >= 2 and max(school, work) >= 2 * min(school, work):
            kind = "school" if school > work else "work"
            return kind, said[kind], name
    voters = {k: set().union(*(votes[k] for votes in levels.values())) for k in kinds}
    school, work = len(voters["school"]), len(voters["work"])
    if school == work:
        return "work_or_school", said["school"] + said["work"], name
    kind = "school" if school > work else "work"
    return kind, said[kind], name


LEVELS = ("captions", "names", "tags")  # what decides school or work, surest first


def _beyond_chance(rows: pd.DataFrame, ids: set, chance: float) -> set:
    """`ids` (photos whose caption speaks of school, or of work) when their posts (distinct
    caption and day) are at least `chance_days` of the captioned posts of `rows` at the rate
    `chance` (0: always), else none."""
    if not ids or not chance:
        return ids
    first = first_of_posts(rows["caption"], rows["day"])
    said = int((first & rows["photo_id"].isin(ids)).sum())
    return ids if said >= chance_days(int(first.sum()), chance) else set()


@lru_cache(maxsize=1 << 14)
def _signals(caption: str | None) -> frozenset[str]:
    """A caption's signals (`captions.caption_signals`), read once per caption: the same captions
    come back at every remove-to-hide step of every claim about a place."""
    from .captions import caption_signals

    return frozenset(caption_signals(caption))
