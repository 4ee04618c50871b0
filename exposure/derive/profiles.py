"""Evidence gathered before it is judged: profiles of each place the owner returns to.

A classifier sees a church on a Sunday morning as "church 0.25, mosque 0.2, palace 0.1": each
photo on its own is weak and varied, and a per-photo cut-off drops them all. An observer adds
them up over the visits. A place profile does the same, per place (`place_id` of
`routines.prepare`: photos within a few dozen metres) and tag:

- `visits`: days with photos at the place; `days`: those with the tag (any score);
- `day_score`: each visit's best score of the tag, 0 on a visit without it;
- `mean`: the mean of `day_score` over all visits (a church seen weakly on every visit scores
  its usual weak score; a home where a candle looks like an altar once in 200 evenings, almost 0);
- `noisy_or`: 1 - prod(1 - day_score) over the visits (the chance that at least one visit
  really showed it, were the visits independent);
- `months`, `weeks`: distinct months and weeks with the tag; `first`, `last`: its first and last
  day; `photos`: the ids of the place's photos with the tag, best first.

`strength` reads one: min(1, mean / full_mean) x (1 - 0.5^(days / half_days)): a weak signal seen
at one place on many weeks grows strong, one strong photo once stays weak.
"""

from __future__ import annotations

import pandas as pd

COLUMNS = ["place_id", "tag", "visits", "days", "mean", "noisy_or", "months", "weeks", "first",
           "last", "photos"]  # fmt: skip


def place_profiles(prepared: pd.DataFrame, tags: pd.DataFrame, wanted: list[str]) -> pd.DataFrame:
    """One row per (place, tag of `wanted`) seen at the place at least once (COLUMNS, strongest
    `mean` first), from the located photos with their places (`routines.prepare`: photo_id,
    place_id, day, week) and the photos' tags (photo_id, tag, score)."""
    if prepared.empty or tags.empty or not wanted:
        return pd.DataFrame(columns=COLUMNS)
    p = prepared[["photo_id", "place_id", "day", "week"]]
    t = tags[tags["tag"].isin(wanted)].groupby(["photo_id", "tag"], as_index=False)["score"].max()
    seen = p.merge(t, on="photo_id")
    if seen.empty:
        return pd.DataFrame(columns=COLUMNS)
    visits = p.groupby("place_id")["day"].nunique()
    rows = []
    for (place, tag), g in seen.groupby(["place_id", "tag"]):
        per_day = g.groupby("day")["score"].max().clip(0, 1)
        n = int(visits[place])
        g = g.sort_values(["score", "photo_id"], ascending=[False, True])
        rows.append(
            {
                "place_id": place,
                "tag": tag,
                "visits": n,
                "days": len(per_day),
                "mean": float(per_day.sum() / n),
                "noisy_or": float(1 - (1 - per_day).prod()),
                "months": pd.to_datetime(per_day.index).strftime("%Y-%m").nunique(),
                "weeks": g["week"].nunique(),
                "first": per_day.index.min(),
                "last": per_day.index.max(),
                "photos": list(dict.fromkeys(g["photo_id"])),
            }
        )
    return pd.DataFrame(rows, columns=COLUMNS).sort_values(
        "mean", ascending=False, ignore_index=True
    )


def strength(row, full_mean: float = 0.25, half_days: float = 3.0) -> float:
    """How strongly one place profile (a row of `place_profiles`) shows its tag, 0 to 1:
    min(1, mean / full_mean) x (1 - 0.5^(days / half_days))."""
    return min(1.0, row["mean"] / full_mean) * (1 - 0.5 ** (row["days"] / half_days))
