"""Evidence gathered before it is judged: profiles of each place the owner returns to
(`place_profiles`), of each recurring person (`person_profiles`: a baby is a newcomer seen at
home on many days in photos of cots) and of periods (`period_profiles`: weeks of treatment seen
weakly, wherever the photos were taken).

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

import numpy as np
import pandas as pd

from .ids import among

COLUMNS = ["place_id", "tag", "visits", "days", "mean", "noisy_or", "months", "weeks", "first",
           "last", "photos"]  # fmt: skip


def place_profiles(prepared: pd.DataFrame, tags: pd.DataFrame, wanted: list[str]) -> pd.DataFrame:
    """One row per (place, tag of `wanted`) seen at the place at least once (COLUMNS, strongest
    `mean` first), from the located photos with their places (`routines.prepare`: photo_id,
    place_id, day, week) and the photos' tags (photo_id, tag, score). Computed for every place
    and tag at once (grouped columns, no loop per group: an archive has thousands of them)."""
    if prepared.empty or tags.empty or not wanted:
        return pd.DataFrame(columns=COLUMNS)
    p = prepared[["photo_id", "place_id", "day", "week"]]
    t = tags[tags["tag"].isin(wanted)].groupby(["photo_id", "tag"], as_index=False)["score"].max()
    seen = p.merge(t, on="photo_id")
    if seen.empty:
        return pd.DataFrame(columns=COLUMNS)
    keys = ["place_id", "tag"]
    # each visit's best score of the tag (clipped), by place, tag and day in order
    per_day = seen.groupby([*keys, "day"])["score"].max().clip(0, 1).reset_index()
    by_group = per_day.groupby(keys, sort=True)
    out = by_group.agg(days=("score", "size"), first=("day", "min"), last=("day", "max"))
    total = by_group["score"].sum()
    missed = (1 - per_day["score"]).groupby([per_day[k] for k in keys], sort=True).prod()
    day = pd.to_datetime(per_day["day"])
    month = per_day[keys].assign(month=day.dt.year * 12 + day.dt.month)
    visits = p.groupby("place_id")["day"].nunique()
    out["visits"] = visits.reindex(out.index.get_level_values("place_id")).to_numpy()
    out["mean"] = total / out["visits"]
    out["noisy_or"] = 1 - missed
    out["months"] = month.groupby(keys, sort=True)["month"].nunique()
    out["weeks"] = seen.groupby(keys, sort=True)["week"].nunique()
    # the photos of each place and tag, best first then by id, in the order of the groups
    best = seen.sort_values([*keys, "score", "photo_id"], ascending=[True, True, False, True])
    best = best.drop_duplicates([*keys, "photo_id"])
    ids = best["photo_id"].to_numpy(dtype=object)
    cuts = np.cumsum(best.groupby(keys, sort=True).size().to_numpy())[:-1]
    out["photos"] = [list(part) for part in np.split(ids, cuts)]
    out = out.reset_index()[COLUMNS].astype(
        {"visits": int, "days": int, "months": int, "weeks": int}
    )
    return out.sort_values("mean", ascending=False, ignore_index=True)


def strength(row, full_mean: float = 0.25, half_days: float = 3.0) -> float:
    """How strongly one place profile (a row of `place_profiles`) shows its tag, 0 to 1:
    min(1, mean / full_mean) x (1 - 0.5^(days / half_days))."""
    return min(1.0, row["mean"] / full_mean) * (1 - 0.5 ** (row["days"] / half_days))


PERSON_COLUMNS = ["person_id", "photos", "days", "home_days", "first", "last", "months_in",
                  "tag_days", "tag_mean", "tag_noisy_or", "age", "photo_ids"]  # fmt: skip


def person_profiles(
    faces: pd.DataFrame,
    photos: pd.DataFrame,
    tags: pd.DataFrame,
    wanted: list[str],
    at_home: set[str],
) -> pd.DataFrame:
    """One row per recurring person (a face's `person_id`) over all their photos (PERSON_COLUMNS):

    - `photos`, `days`: their photos and distinct days; `home_days`: days seen at a home (`at_home`
      photo ids); `first`, `last`: first and last time seen; `months_in`: months from the
      archive's first dated photo to their first (a newcomer arrives well into the archive);
    - `tag_days`, `tag_mean`, `tag_noisy_or`: of `wanted` tags in their photos, as a place
      profile reads them over visits: days with the tag, the mean over all their days of each
      day's best score (0 on a day without), 1 - prod(1 - day score);
    - `age`: the median age read on their first three photos (NaN when no face age was read);
      `photo_ids`: their photos, first seen first."""
    if len(faces) == 0 or "person_id" not in faces or photos.empty:
        return pd.DataFrame(columns=PERSON_COLUMNS)
    when = pd.to_datetime(photos.set_index("photo_id")["when"], utc=True)
    f = faces[[c for c in ("person_id", "photo_id", "age") if c in faces]]  # not the encodings
    f = f.dropna(subset=["person_id"])
    f = f.assign(when=f["photo_id"].map(when)).dropna(subset=["when"])
    if f.empty:
        return pd.DataFrame(columns=PERSON_COLUMNS)
    f = f.assign(day=f["when"].dt.date, home=among(f["photo_id"], at_home))  # once, not per person
    start = when.min()
    t = tags[tags["tag"].isin(wanted)] if len(tags) and wanted else tags.iloc[:0]
    best = t.groupby("photo_id")["score"].max() if len(t) else pd.Series(dtype=float)
    rows = []
    for person, g in f.groupby("person_id"):
        g = g.sort_values(["when", "photo_id"])
        per_day = g.assign(s=g["photo_id"].map(best).fillna(0.0)).groupby("day")["s"].max()
        ages = g["age"].head(3).dropna() if "age" in g else pd.Series(dtype=float)
        rows.append(
            {
                "person_id": person,
                "photos": g["photo_id"].nunique(),
                "days": len(per_day),
                "home_days": g.loc[g["home"], "day"].nunique(),
                "first": g["when"].iloc[0],
                "last": g["when"].iloc[-1],
                "months_in": (g["when"].iloc[0] - start).days / 30.44,
                "tag_days": int((per_day > 0).sum()),
                "tag_mean": float(per_day.clip(0, 1).mean()),
                "tag_noisy_or": float(1 - (1 - per_day.clip(0, 1)).prod()),
                "age": float(ages.median()) if len(ages) else float("nan"),
                "photo_ids": list(dict.fromkeys(g["photo_id"])),
            }
        )
    return pd.DataFrame(rows, columns=PERSON_COLUMNS)


PERIOD_COLUMNS = ["tag", "first", "last", "days", "photo_days", "mean", "background", "photos"]


def period_profiles(
    photos: pd.DataFrame, tags: pd.DataFrame, wanted: list[str], window_days: float
) -> pd.DataFrame:
    """The densest periods of each tag of `wanted` (PERIOD_COLUMNS), wherever the photos were
    taken: weeks of treatment seen weakly at a clinic and at home.

    Per tag, each day's best score (any score); windows of `window_days` from each day with the
    tag, taken densest first and never overlapping: `first`, `last` (days with the tag),
    `days` (days with the tag in it), `photo_days` (days with any photo in it), `mean` (of the
    day scores), `background` (the share of the other photo days with the tag: what the window
    would show by chance is background x photo_days), `photos` (ids with the tag, best first)."""
    if photos.empty or tags.empty or not wanted:
        return pd.DataFrame(columns=PERIOD_COLUMNS)
    when = pd.to_datetime(photos.set_index("photo_id")["when"], utc=True).dropna()
    if when.empty:  # no photo with a date: no period
        return pd.DataFrame(columns=PERIOD_COLUMNS)
    all_days = pd.Series(when.dt.floor("D").unique()).sort_values(ignore_index=True)
    t = tags[tags["tag"].isin(wanted) & among(tags["photo_id"], when.index)]
    t = t.assign(day=t["photo_id"].map(when).dt.floor("D"))
    window = pd.Timedelta(days=window_days)
    rows = []
    for tag, g in t.groupby("tag"):
        per_day = g.groupby("day")["score"].max().clip(0, 1).sort_index()
        taken: list[tuple] = []
        days, ends = per_day.index, per_day.index + window
        stop = days.searchsorted(ends, side="left")  # each window's days: [i, stop[i])
        score = per_day.to_numpy()
        spans = [
            (int(stop[i] - i), float(score[i : stop[i]].sum()), days[i]) for i in range(len(days))
        ]
        for k, total, day in sorted(spans, key=lambda s: (-s[0], -s[1], s[2])):
            end = day + window
            if any(day < e and s < end for s, e in taken):
                continue
            taken.append((day, end))
            inside = per_day[(per_day.index >= day) & (per_day.index < end)]
            n = int(((all_days >= day) & (all_days < end)).sum())
            other_days = len(all_days) - n
            in_g = g[g["day"].isin(inside.index)].sort_values(
                ["score", "photo_id"], ascending=[False, True]
            )
            rows.append(
                {
                    "tag": tag,
                    "first": inside.index.min(),
                    "last": inside.index.max(),
                    "days": k,
                    "photo_days": n,
                    "mean": total / k,
                    "background": (len(per_day) - k) / other_days if other_days else 0.0,
                    "photos": list(dict.fromkeys(in_g["photo_id"])),
                }
            )
    return pd.DataFrame(rows, columns=PERIOD_COLUMNS)
