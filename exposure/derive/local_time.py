"""local_time: the wall-clock time at the place a photo was taken, found offline.

A photo's UTC time says little about routines: "Sunday 10:00" in Lisbon is 09:00 UTC in summer and
10:00 UTC in winter. The time zone comes from the coordinates through `timezonefinder`, whose
boundary data ships inside the `timezonefinder-data` package (nothing is fetched: the finder is
pointed at that folder, and it is built once, on first use). Daylight saving comes from `zoneinfo`.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd

ROUND = 3  # coordinates are looked up to ~100 m: photos taken at one place share one lookup
COLUMNS = ["tz", "local", "hour", "weekday", "day"]


@lru_cache(maxsize=1)
def _finder():
    """The one TimezoneFinder of the process, on the packaged data (built on first use)."""
    import timezonefinder_data
    from timezonefinder import TimezoneFinder

    return TimezoneFinder(bin_file_location=timezonefinder_data.DATA_DIR, in_memory=False)


@lru_cache(maxsize=65536)
def zone_at(lat: float, lon: float) -> str | None:
    """The IANA time zone at a point ('Europe/Amsterdam'; 'Etc/GMT+2' at sea), None if invalid."""
    if not (np.isfinite(lat) and np.isfinite(lon)) or abs(lat) > 90 or abs(lon) > 180:
        return None
    return _finder().timezone_at(lat=float(lat), lng=float(lon))


def zones(lat, lon) -> np.ndarray:
    """The time zone of each point (object array, None where a point has no coordinates)."""
    lat = np.round(np.asarray(lat, dtype=float), ROUND)
    lon = np.round(np.asarray(lon, dtype=float), ROUND)
    return np.array([zone_at(a, o) for a, o in zip(lat, lon)], dtype=object)


def local_hour_weekday(ts_utc, lat, lon, default_zone: str = "UTC") -> pd.DataFrame:
    """Local time at each photo's place: columns tz, local, hour, weekday, day.

    `ts_utc`, `lat`, `lon` are equal-length sequences (Series keep their index). `local` is the
    naive wall-clock time, `hour` 0-23 and `weekday` 0 = Monday (nullable Int64), `day` the local
    date. Rows without coordinates use `default_zone` (for instance the zone of home); rows
    without a time get NaT and <NA>.
    """
    index = ts_utc.index if isinstance(ts_utc, pd.Series) else None
    when = pd.to_datetime(pd.Series(np.asarray(ts_utc, dtype=object), index=index), utc=True)
    tz = pd.Series(zones(lat, lon), index=when.index).fillna(default_zone)
    local = pd.Series(pd.NaT, index=when.index, dtype="datetime64[ns]")
    for zone, rows in tz.groupby(tz).groups.items():
        local.loc[rows] = when.loc[rows].dt.tz_convert(zone).dt.tz_localize(None).to_numpy()
    return pd.DataFrame(
        {
            "tz": tz,
            "local": local,
            "hour": local.dt.hour.astype("Int64"),
            "weekday": local.dt.day_of_week.astype("Int64"),
            "day": local.dt.normalize(),
        },
        columns=COLUMNS,
    )


def with_local_time(photos: pd.DataFrame, when: str = "when", **kw) -> pd.DataFrame:
    """`photos` plus the columns of `local_hour_weekday` (from its `when`, `lat`, `lon`)."""
    local = local_hour_weekday(photos[when], photos["lat"], photos["lon"], **kw)
    return photos.drop(columns=[c for c in COLUMNS if c in photos]).join(local)
