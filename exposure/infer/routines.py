"""routines: weekly routines, from located, timed photos, and the steps the workplaces share.

Pure functions over one table of photos: columns photo_id, when (UTC), lat, lon, and optionally
tags (a set or list of labels per photo) and caption. Times are read as local wall-clock time at
each photo's place (`local_time`), so "Sunday 10-12" means 10-12 wherever the photo was taken.

A **weekly routine** is one weekday and one time window, at one place (photos within PLACE_M of a
centre) or with one tag, seen in many distinct weeks spread over months. Counting weeks, not
photos, keeps out a dense day; asking for a spread over months and seasons keeps out one summer of
Saturdays at a beach; keeping to the home region keeps out trips. The place someone works or
studies is `workplaces`; whether a place looks like a home, `home_like`.

Confidence: 0.95 × (1 - 0.5^(weeks / (min_weeks / 2))) × (0.7 + 0.3 × min(1, span_days / 180)),
the recurrence 0.75 at min_weeks and 0.94 at twice that. Candidates that miss a gate (too few
weeks, too short a span, one season) are not returned.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field

import numpy as np
import pandas as pd

from ..derive.local_time import with_local_time
from ..derive.near import counts_within
from ..derive.places import haversine_km, unit_sphere

EARTH_M = 6_371_000.0
PLACE_M = 250.0  # a place: photos within this distance of its centre
HOME_M = 500.0  # nearer than this to home is home, not a routine place or a workplace
REGION_KM = 100.0  # farther than this from home is a trip
DAILY = 4  # a place with routines on this many weekdays is a daily habit (a commute), not weekly
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
SEASON = dict.fromkeys((12, 1, 2), "winter") | dict.fromkeys((3, 4, 5), "spring")
SEASON |= dict.fromkeys((6, 7, 8), "summer") | dict.fromkeys((9, 10, 11), "autumn")
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
