"""routines: weekly routines and the place someone works or studies, from located, timed photos.

Pure functions over one table of photos: columns photo_id, when (UTC), lat, lon, and optionally
tags (a set or list of labels per photo) and caption. Times are read as local wall-clock time at
each photo's place (`local_time`), so "Sunday 10-12" means 10-12 wherever the photo was taken.

A **weekly routine** is one weekday and one time window, at one place (photos within PLACE_M of a
centre) or with one tag, seen in many distinct weeks spread over months. Counting weeks, not
photos, keeps out a dense day; asking for a spread over months and seasons keeps out one summer of
Saturdays at a beach; keeping to the home region keeps out trips.

A **workplace** (or school) is a place away from home visited on weekday daytimes over many weeks,
on more than one weekday, and mostly at those hours, not in one season of the year come back to
year after year (a ski slope every February, a beach every July: a hobby's spot, not a job).
Classroom tags, `school` caption signals or a school name read in a photo make it a school; office
tags, `work` signals or a company name make it work; without either it stays "work_or_school"
("works or studies near X").

Confidence. Routines: 0.95 × (1 - 0.5^(weeks / (min_weeks / 2))) × (0.7 + 0.3 × min(1, span_days
/ 180)), the recurrence 0.75 at min_weeks and 0.94 at twice that. Workplaces: 0.97 × (1 -
0.5^(weeks / min_weeks)) × (0.6 + 0.4 × min(1, daytime share / 0.9)), the recurrence 0.5 at
min_weeks, 0.75 at twice that and 0.94 at four times: a place seen on weekday daytimes in a few
weeks is as often a clinic, a course or a hobby's spot as a job (on simulated lives, places of 6 to
8 weeks at 0.63 to 0.67 were none of them the owner's work, those of 40 weeks and more all were),
and a place at 90% weekday daytime is as sure as one at 100%. Candidates that miss a gate (too few
weeks, too short a span, one season) are not returned.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from functools import lru_cache

import numpy as np
import pandas as pd

from ..derive.ids import among
from ..derive.local_time import with_local_time
from ..derive.near import counts_within
from ..derive.places import haversine_km, unit_sphere
from .chance import chance_days

EARTH_M = 6_371_000.0
PLACE_M = 250.0  # a place: photos within this distance of its centre
HOME_M = 500.0  # nearer than this to home is home, not a routine place or a workplace
REGION_KM = 100.0  # farther than this from home is a trip
SEASONAL_SHARE = 0.75  # more of a workplace's weeks in one season of the year, year after year:
# a hobby's spot (skiing every February), not work
DAILY = 4  # a place with routines on this many weekdays is a daily habit (a commute), not weekly
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
SEASON = dict.fromkeys((12, 1, 2), "winter") | dict.fromkeys((3, 4, 5), "spring")
SEASON |= dict.fromkeys((6, 7, 8), "summer") | dict.fromkeys((9, 10, 11), "autumn")
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
PREPARED = frozenset({"home_m", "week", "season", "place_id"})  # the columns `prepare` adds
PlaceNamer = Callable[[float, float], "str | None"]


@dataclass
class Routine:
    """One weekly routine: the weekday, the local hours, where or with what, and how sure."""

    weekday: str  # "tuesday"
    hours: str  # local hours, "18-20" (from 18:00 to before 20:00)
    start_hour: int
    end_hour: int
    lat: float
    lon: float
    place: str | None  # a name for the place, when a namer was given
    tag: str | None  # the tag the routine is seen with (or found by)
    weeks: int  # distinct weeks seen
    first: str  # first and last local day, YYYY-MM-DD
    last: str
    span_days: int
    km_from_home: float | None
    confidence: float
    photos: list[str] = field(default_factory=list)  # evidence, strongest first
    # the same weekday's other photos there (or with the tag), outside the window: deleted with
    # the window's, as the next window of the same routine would show it (remove-to-hide)
    more: list[str] = field(default_factory=list)

    def value(self) -> dict:
        """The `routine.weekly` value of DESIGN.md: weekday, hours, lat, lon, place, tag."""
        out = {
            "weekday": self.weekday,
            "hours": self.hours,
            "lat": round(self.lat, 4),
            "lon": round(self.lon, 4),
            "place": self.place,
        }
        return out | ({"tag": self.tag} if self.tag else {})

    def to_dict(self) -> dict:
        """Every field, as plain values (for tables and notebooks)."""
        return asdict(self)


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


# --- shared steps -------------------------------------------------------------------------------
def distance_m(lat1, lon1, lat2, lon2) -> np.ndarray:
    """Great-circle distance in metres, element-wise (places.haversine_km, in metres), as a
    plain array: columns are read as numbers first (a pandas ufunc per step costs more than the
    sums on a few hundred rows)."""
    lat1, lon1, lat2, lon2 = (np.asarray(x, dtype=float) for x in (lat1, lon1, lat2, lon2))
    return haversine_km(lat1, lon1, lat2, lon2) * 1000.0


def place_clusters(lat, lon, radius_m: float = PLACE_M) -> np.ndarray:
    """A place number per point: the densest point takes every free point within `radius_m`,
    then the next densest, and so on (compact places that never chain along a street).

    Only the counts are taken for every point (`near.counts_within`: a dense home's pairs are
    not visited one by one); a ball is listed only for a point that starts a place, so a dense
    home (thousands of photos within metres) costs one list, not thousands."""
    from scipy.spatial import cKDTree

    xyz = unit_sphere(np.asarray(lat, float), np.asarray(lon, float))
    labels = np.full(len(xyz), -1)
    if not len(xyz):
        return labels
    tree, r = cKDTree(xyz), radius_m / EARTH_M
    counts = counts_within(xyz, r)
    place = 0
    for i in np.lexsort((np.arange(len(xyz)), -counts)):
        if labels[i] == -1:
            near = np.asarray(tree.query_ball_point(xyz[i], r=r), dtype=int)
            labels[near[labels[near] == -1]] = place
            place += 1
    return labels


def prepare(photos: pd.DataFrame, home: tuple[float, float] | None, region_km: float = REGION_KM):
    """Located, timed photos of the home region with local time, week, season and place columns
    (`photos` as it is when it has them already: a profile made once and shared)."""
    if PREPARED <= set(photos.columns):
        return photos
    p = photos.dropna(subset=["when", "lat", "lon"]).copy()
    if "tags" not in p:
        p["tags"] = [frozenset()] * len(p)
    p["tags"] = [
        frozenset(t) if isinstance(t, (set, frozenset, list, tuple)) else frozenset()
        for t in p["tags"]
    ]
    if "hour" not in p:
        p = with_local_time(p)
    p["home_m"] = distance_m(p["lat"], p["lon"], *home) if home else np.nan
    if home:
        p = p[p["home_m"] <= region_km * 1000]
    p = p.dropna(subset=["hour"]).reset_index(drop=True)
    p["week"] = p["day"] - pd.to_timedelta(p["weekday"].astype(int), unit="D")
    month, year = p["day"].dt.month.to_numpy(), p["day"].dt.year.to_numpy()
    names = np.array([SEASON.get(m, "") for m in range(13)], dtype=object)
    p["season"] = names[month] + " " + (year + (month == 12)).astype(str).astype(object)
    p["place_id"] = place_clusters(p["lat"], p["lon"]) if len(p) else []
    return p


def _recurrence(weeks: int, min_weeks: float) -> float:
    return 1 - 0.5 ** (weeks / (min_weeks / 2))


def _evidence(rows: pd.DataFrame, score: pd.Series) -> list[str]:
    """Photo ids week by week, latest week first, best first within a week: removing a prefix
    removes whole weeks, which is what takes a routine away (remove-to-hide)."""
    order = np.lexsort(  # the last key sorts first; stable, as sort_values on the three was
        (
            -rows["when"].astype("int64").to_numpy(),
            -np.asarray(score, dtype=float),
            -rows["week"].astype("int64").to_numpy(),
        )
    )
    return rows["photo_id"].to_numpy()[order].tolist()


def _centre(rows: pd.DataFrame) -> tuple[float, float]:
    return float(rows["lat"].median()), float(rows["lon"].median())


def _day(t: pd.Timestamp) -> str:
    return t.strftime("%Y-%m-%d")


# --- weekly routines -------------------------------------------------------------------------
def weekly_routines(
    photos: pd.DataFrame,
    home: tuple[float, float] | None = None,
    *,
    tags: Iterable[str] | None = None,
    namer: PlaceNamer | None = None,
    exclude: Iterable[tuple[float, float]] = (),
    window_h: int = 3,
    min_weeks: int = 6,
    min_span_days: int = 90,
    max_season_share: float = 0.75,
    min_confidence: float = 0.0,
) -> list[Routine]:
    """Weekly routines, strongest first: one per place (or tag) and weekday.

    `home` (lat, lon) keeps routines to the home region (trips are left out) and leaves out home
    itself; `tags` limits tag routines to those labels (None: tag routines are not searched);
    `namer(lat, lon)` names a place; `exclude` lists places (a workplace) whose routines are already
    told another way. A routine needs `min_weeks` distinct weeks in one `window_h`-hour window,
    first to last at least `min_span_days` apart, with at most `max_season_share` of its weeks in
    one season of one year.
    """
    p = prepare(photos, home)
    if p.empty:
        return []
    gates = dict(
        window_h=window_h,
        min_weeks=min_weeks,
        min_span_days=min_span_days,
        max_season_share=max_season_share,
    )
    found: list[Routine] = []
    away = _away_from(p, home, exclude)
    for _, rows in _weekly_places(_recurring(p[away], "place_id", min_weeks), min_weeks):
        found += _routines_of(rows, None, gates)
    for tag in sorted(set(tags or ())):
        rows = p[[tag in t for t in p["tags"]]]
        found += [r for r in _routines_of(rows, tag, gates) if not _told(r, found)]
    for r in found:
        r.place = namer(r.lat, r.lon) if namer else None
        r.tag = r.tag or _common_tag(p, r.photos, tags)
    found = [r for r in found if r.confidence >= min_confidence]
    return sorted(found, key=lambda r: (-r.confidence, -r.weeks, r.weekday, r.start_hour))


def _recurring(p: pd.DataFrame, by: str, min_weeks: int) -> pd.DataFrame:
    """The rows of the groups (`by`) seen in at least `min_weeks` distinct weeks: no routine or
    workplace can be found in the others, so they are never looked at one by one."""
    weeks = p.groupby(by)["week"].transform("nunique")
    return p[weeks >= min_weeks]


def _weekly_places(p: pd.DataFrame, min_weeks: int):
    """(place_id, rows) of the places with a weekday seen in at least `min_weeks` distinct weeks,
    from one count over all places: the others can hold no routine (`_routines_of`), and a
    town's hundreds of scattered places are not looked at one by one."""
    pairs = p.groupby(["place_id", "weekday"])["week"].nunique()
    busy = pairs[pairs >= min_weeks].index.get_level_values("place_id").unique()
    return p[p["place_id"].isin(busy)].groupby("place_id")


def _away_from(p: pd.DataFrame, home, exclude) -> pd.Series:
    """Rows whose place centre is neither home nor an excluded place."""
    centre = p.groupby("place_id")[["lat", "lon"]].transform("median")
    keep = pd.Series(True, index=p.index)
    for spot in ([home] if home else []) + list(exclude):
        keep &= distance_m(centre["lat"], centre["lon"], *spot) > HOME_M
    return keep


def _routines_of(rows: pd.DataFrame, tag: str | None, gates: dict) -> list[Routine]:
    out = []
    weeks = rows.groupby("weekday")["week"].nunique()
    for weekday in weeks.index[weeks >= gates["min_weeks"]]:  # fewer weeks: no window has enough
        day_rows = rows[rows["weekday"] == weekday]
        best = _best_window(day_rows, gates["window_h"])
        if best is not None and _passes(best, gates):
            out.append((int(weekday), best, day_rows))
        if len(out) >= DAILY:
            return []  # there every day or so: a commute, not a routine
    return [_routine(best, weekday, tag, gates, day) for weekday, best, day in out]


def _best_window(rows: pd.DataFrame, window_h: int) -> pd.DataFrame | None:
    """The rows of the window of `window_h` hours that holds the most distinct weeks (then the
    most photos; the earliest of equals), from per-hour counts: no filter per window."""
    if rows.empty:
        return None
    hour = rows["hour"].to_numpy(dtype=int)
    week = pd.factorize(rows["week"])[0]
    seen = np.zeros((25, week.max() + 1), dtype=int)  # row h+1: photos of each week in hour h
    np.add.at(seen, (hour + 1, week), 1)
    seen = seen.cumsum(axis=0)
    starts = np.arange(0, 25 - window_h)
    inside = seen[starts + window_h] - seen[starts]  # photos of each week in each window
    n_weeks, n_rows = (inside > 0).sum(axis=1), inside.sum(axis=1)
    best = int(np.lexsort((-starts, n_rows, n_weeks))[-1])  # most weeks, photos; earliest
    if n_weeks[best] == 0:
        return None
    start = int(starts[best])
    return rows[(hour >= start) & (hour < start + window_h)]


def _passes(rows: pd.DataFrame, gates: dict) -> bool:
    """Whether a window's rows make a routine: `min_weeks` distinct weeks, `min_span_days` from
    the first day to the last, at most `max_season_share` of the weeks in one season (each week
    counted in the season of its first row). Checked before a `Routine` is made, so a place seen
    every day costs no routine at all."""
    weeks, first = np.unique(rows["week"].astype("int64").to_numpy(), return_index=True)
    if len(weeks) < gates["min_weeks"]:
        return False
    if (rows["day"].max() - rows["day"].min()).days < gates["min_span_days"]:
        return False
    seasons = rows["season"].to_numpy()[first]
    share = np.unique(seasons, return_counts=True)[1].max() / len(weeks)
    return bool(share <= gates["max_season_share"])


def _routine(
    rows: pd.DataFrame, weekday: int, tag: str | None, gates: dict, day: pd.DataFrame
) -> Routine:
    """The routine of a window's rows that pass the gates (`_passes`); `day`, the weekday's rows
    of the place (or tag) the window is of, gives `more`: the rows outside the window, nearest
    its hours first (a window deleted, the next one shows the same routine: Sundays 12-15 at a
    cycling spot became Sundays 15-16 at 0.76 on a simulated life)."""
    weeks = rows["week"].nunique()
    first, last = rows["day"].min(), rows["day"].max()
    span = (last - first).days
    lat, lon = _centre(rows[rows["place_id"] == rows["place_id"].mode().iloc[0]])
    spread = 0.7 + 0.3 * min(1.0, span / 180)
    conf = min(0.97, 0.95 * _recurrence(weeks, gates["min_weeks"]) * spread)
    h0, h1 = int(rows["hour"].min()), int(rows["hour"].max()) + 1
    near = distance_m(rows["lat"], rows["lon"], lat, lon)
    home_m = rows["home_m"].median()
    return Routine(
        WEEKDAYS[weekday],
        f"{h0}-{h1}",
        h0,
        h1,
        lat,
        lon,
        None,
        tag,
        weeks,
        _day(first),
        _day(last),
        span,
        None if np.isnan(home_m) else round(float(home_m) / 1000, 1),
        round(conf, 3),
        _evidence(rows, -near),
        _outside(day, rows, h0, h1),
    )


def _outside(day: pd.DataFrame, window: pd.DataFrame, h0: int, h1: int) -> list[str]:
    """The photo ids of `day` not in `window` (hours h0 to h1), the hours nearest the window's
    first, then week by week as `_evidence` orders them (latest week first)."""
    rest = day[~day["photo_id"].isin(set(window["photo_id"]))]
    if rest.empty:
        return []
    hour = rest["hour"].to_numpy(dtype=float)
    gap = np.maximum(h0 - hour, hour - (h1 - 1)).clip(min=0)
    order = np.lexsort(
        (
            -rest["when"].astype("int64").to_numpy(),
            -rest["week"].astype("int64").to_numpy(),
            gap,
        )
    )
    return rest["photo_id"].to_numpy()[order].tolist()


def _told(r: Routine, found: list[Routine]) -> bool:
    """Whether a place routine already holds most of this tag routine's photos."""
    return any(
        f.weekday == r.weekday and len(set(f.photos) & set(r.photos)) >= len(r.photos) / 2
        for f in found
    )


def _common_tag(p: pd.DataFrame, ids: list[str], tags) -> str | None:
    """The listed tag on at least half of these photos, if any."""
    if not tags:
        return None
    seen = p.loc[p["photo_id"].isin(ids), "tags"]
    counts = pd.Series([t for ts in seen for t in ts if t in set(tags)]).value_counts()
    return str(counts.index[0]) if len(counts) and counts.iloc[0] >= len(ids) / 2 else None


# --- homes ------------------------------------------------------------------------------------
HOME_WEEKDAYS = 5  # a home is seen on at least this many different days of the week
HOME_AT_LEISURE = 0.5  # and this share of its photos in the evening, at night or at weekends
HOME_WEEKENDS = 8  # or it is where the owner spends weekends: seen on Saturdays and Sundays,
HOME_WEEKEND_MONTHS = 4  # of this many weekends, in this many months of the year,
HOME_WEEKEND_SHARE = 0.2  # with this share of its photos at weekends (an office's is near none)


def home_like(timed: pd.DataFrame, ids: Iterable[str]) -> bool:
    """Whether the photos `ids` look like a home's, read from `timed` (photo_id, hour, weekday,
    day: local time, `located.timed`). A home is seen on at least HOME_WEEKDAYS different days
    of the week with at least HOME_AT_LEISURE of its photos in the evening or at night (18-7 h)
    or at the weekend; or it is where the owner spends weekends (`_weekend_home`: a home
    photographed only on Saturdays and Sundays, or by a night-shift worker in the daytime). A
    bar seen on Fridays, an office on weekday daytimes, a church on Sunday mornings, a beach in
    July or a city seen on a trip is not a home, however busy it is in its years (what is left
    when a home's photos are deleted). A home known from check-ins alone, with no timed photo,
    is not judged (True)."""
    if timed.empty or not {"hour", "weekday"} <= set(timed.columns):
        return True
    rows = timed[among(timed["photo_id"], set(ids))].dropna(subset=["hour", "weekday"])
    if rows.empty:
        return True
    hour, weekday = rows["hour"].astype(int), rows["weekday"].astype(int)
    leisure = ((hour >= 18) | (hour < 7) | (weekday >= 5)).mean()
    return bool(
        (weekday.nunique() >= HOME_WEEKDAYS and leisure >= HOME_AT_LEISURE) or _weekend_home(rows)
    )


def _weekend_home(rows: pd.DataFrame) -> bool:
    """Whether the timed photos `rows` are of a place the owner spends weekends at: seen on
    Saturdays and on Sundays (a church, a club or a bar has its one day), on HOME_WEEKENDS
    different weekends in HOME_WEEKEND_MONTHS months of the year or more (a ski slope or a
    beach has its season), HOME_WEEKEND_SHARE of its photos or more at weekends."""
    if "day" not in rows.columns:
        return False
    weekday = rows["weekday"].astype(int)
    ends = rows[weekday >= 5].dropna(subset=["day"])
    if ends.empty or len(ends) < HOME_WEEKEND_SHARE * len(rows):
        return False
    day = pd.to_datetime(ends["day"])
    saturday = day - pd.to_timedelta(ends["weekday"].astype(int) - 5, unit="D")
    return bool(
        {5, 6} <= set(ends["weekday"].astype(int))
        and saturday.nunique() >= HOME_WEEKENDS
        and day.dt.month.nunique() >= HOME_WEEKEND_MONTHS
    )


# --- work and school ----------------------------------------------------------------------------
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
    said = rows["caption"].fillna("").astype(str).str.strip()
    posts = pd.DataFrame({"said": said, "day": rows["day"]})[said != ""]
    posts = posts.assign(signal=rows["photo_id"].isin(ids)).drop_duplicates(["said", "day"])
    return ids if posts["signal"].sum() >= chance_days(len(posts), chance) else set()


@lru_cache(maxsize=1 << 14)
def _signals(caption: str | None) -> frozenset[str]:
    """A caption's signals (`captions.caption_signals`), read once per caption: the same captions
    come back at every remove-to-hide step of every claim about a place."""
    from .captions import caption_signals

    return frozenset(caption_signals(caption))
