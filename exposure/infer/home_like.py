"""home_like: whether a place's photos look like a home's, from when they were taken.

Read by `kinds.move` (a move's homes) after a remove-to-hide deletion has left the office, the
Friday bar or the beach of those years as the busiest place.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from ..derive.ids import among

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
