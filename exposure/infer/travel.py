"""The `trips` kind: trips away from home, as a rate over the archive or, for one trip, a fact.

A rate is counted over the years the archive covers (its first to its last dated photo, at least
one year), never over the span between the first and the last trip: two trips 3.7 years apart in
a 3.7-year archive are about 0.5 a year, not 1.1. One trip is no habit: it is said as what it is
("Went to Porto in May 2022"), with a confidence of its own, from its days and photos away.
"""

from __future__ import annotations

import pandas as pd

from ..words import countries_text, plural, times_a_year
from .evidence import Evidence, Inference
from .kinds import _make
from .registry import kind
from .rules import Rule

HABIT = 0.95  # the most a count of trips gives: 0.95 x (1 - 0.5^trips)
PHOTOS_PER_DAY = 4  # located photos away that count as much as one more day away
MAX_PHOTOS = 8  # photos beyond these on a trip add nothing (a burst at one monument)
TOP = 0.97


def archive_years(ev: Evidence) -> float:
    """Years between the archive's first and last dated photo (0.0 without two dates)."""
    when = pd.to_datetime(ev.photos["when"], utc=True).dropna() if len(ev.photos) else []
    return (when.max() - when.min()).days / 365.25 if len(when) > 1 else 0.0


def trip_confidence(days: int, photos: int) -> float:
    """How sure one trip is, from its `days` with a photo away and its located `photos`:
    0.95 x (1 - 0.5^(days + min(photos, 8) / 4)). One photo on one day: 0.55 (a day trip, or a
    location that is wrong); a day with eight photos: 0.83; four days with photos: 0.93."""
    strength = days + min(photos, MAX_PHOTOS) / PHOTOS_PER_DAY
    return HABIT * (1 - 0.5**strength)


def _days_away(ev: Evidence, photos: list[str]) -> int:
    """Days of the trip with a located photo (at least one: the trip's first)."""
    when = pd.to_datetime(pd.Series([ev.when.get(p) for p in photos], dtype=object), utc=True)
    return max(1, when.dropna().dt.date.nunique())


@kind(
    "trips",
    facts="countries_text places_text photos count per_year per_year_text count_text years "
    "place_text month_text days_text",
)
def trips(rule: Rule, ev: Evidence) -> Inference | None:
    """Travel: trips away from home, how often a year over the archive, to which countries.

    Confidence: the strongest of 0.95 x (1 - 0.5^trips) and each trip's own
    (`trip_confidence`), at most 0.97: more trips make a habit surer, and one trip with days of
    photos away is a fact as sure as its evidence. per_year: trips / the archive's years (at
    least one). One trip is stated as a fact (its place and month), not as a rate.
    """
    t = ev.trips
    if t.empty:
        return None
    count = len(t)
    years = archive_years(ev)
    per_year = round(count / max(1.0, years), 1)
    countries = sorted({c for c in t["country"] if c})
    own = [trip_confidence(_days_away(ev, list(r.photos)), len(r.photos)) for r in t.itertuples()]
    conf = min(TOP, max([HABIT * (1 - 0.5**count), *own]))
    evidence = [p for ps in t["photos"] if ps for p in ps[:1]]
    evidence += [p for ps in t["photos"] for p in ps[1:]]
    places_text = ", ".join(dict.fromkeys(f"{r.place} ({r.start:%b %Y})" for r in t.itertuples()))
    first = t.iloc[0]
    value = {"count": count, "per_year": per_year, "countries": countries}
    facts = {
        "per_year_text": times_a_year(per_year),
        "countries_text": countries_text(countries),
        "places_text": places_text,
        "photos": sum(len(p) for p in t["photos"]),
        "count_text": plural(count, "trips"),
        "years": max(1, round(years)),  # whole years: "in 4 years of photos"
        "place_text": first["place"] or "a place more than 100 km from home",
        "month_text": f"{first['start']:%B %Y}",
        "days_text": plural((first["end"] - first["start"]).days + 1, "days"),
    }
    inf = _make(rule, conf, value, facts, evidence)
    if count == 1 and rule.statement_one:
        inf.statement = rule.render("statement_one", {**facts, **value})
    return inf
