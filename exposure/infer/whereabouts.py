"""Kinds about where the owner is when: weekly routines (`routine`) and work or school
(`workplace`), over `routines.py` on the located photos of the evidence.

Hours are local wall-clock time at the place (`derive.local_time`, offline time zones).
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from ..derive.ids import among
from ..derive.places import reverse_geocode
from ..words import share_text
from .evidence import Evidence, Inference
from .kinds import _make
from .located import located, timed
from .registry import kind
from .routines import Routine, place_clusters, prepare, weekly_routines
from .rules import Rule
from .workplaces import Workplace, workplaces

PLURAL_DAYS = {
    "monday": "Mondays",
    "tuesday": "Tuesdays",
    "wednesday": "Wednesdays",
    "thursday": "Thursdays",
    "friday": "Fridays",
    "saturday": "Saturdays",
    "sunday": "Sundays",
}
SCHOOL_WORDS = ("school", "schule", "école", "ecole", "escuela", "escola", "scuola", "school",
                "szkoła", "szkola", "škola", "skola", "okul", "university", "universiteit",
                "universität", "universite", "université", "universidad", "universidade",
                "università", "uniwersytet", "univerzita", "üniversitesi", "college", "gymnasium",
                "lycée", "lycee", "liceum", "academy", "hogeschool")  # fmt: skip
WORK_WORDS = ("gmbh", "ltd", "inc", "llc", "b.v.", "bv", "n.v.", "s.a.", "sp. z o.o.", "s.r.o.",
              "srl", "s.p.a.", "ag", "plc", "corp", "company", "labs", "biolabs", "office",
              "a.ş.")  # fmt: skip


def prepared(ev: Evidence) -> pd.DataFrame:
    """The located photos of the home region with local time, week, season and place
    (`routines.prepare`), made once per evidence and read by every kind about places and hours."""
    return ev.shared("prepared", lambda: prepare(timed(ev), home_of(ev)))


def profiles_without(ev: Evidence, ids: set[str], same_home: bool = True) -> dict:
    """The located photos, their local time and their prepared profile (`located`, `timed`,
    `prepared`) without the photos `ids`, from those already made for `ev`: rows dropped, and
    for evidence whose home is `ev`'s (`same_home`) places clustered again (the only column of
    `prepared` that depends on the other rows; with another home it is prepared again from
    `timed`). Empty when `ev` has none made yet."""
    out = {}
    for key in ("located", "timed"):
        if key in ev.memo:
            p = ev.memo[key]
            out[key] = p[~among(p["photo_id"], ids)].reset_index(drop=True)
    if "prepared" in ev.memo and same_home:
        p = ev.memo["prepared"]
        p = p[~among(p["photo_id"], ids)].reset_index(drop=True)
        out["prepared"] = p.assign(place_id=place_clusters(p["lat"], p["lon"]) if len(p) else [])
    return out


def home_of(ev: Evidence) -> tuple[float, float] | None:
    """The latest home's (lat, lon), or None."""
    return (ev.homes[-1].lat, ev.homes[-1].lon) if ev.homes else None


def _namer(lat: float, lon: float) -> str | None:
    return reverse_geocode(lat, lon)[0]


def names_read(ev: Evidence) -> pd.DataFrame:
    """photo_id, name, kind: lines read in photos that name a school or a company."""
    rows = []
    for photo_id, text in zip(ev.texts["photo_id"].tolist(), ev.texts["text"].tolist()):
        text = str(text).strip()
        role = _names_a(text)
        if role is not None:
            rows.append({"photo_id": photo_id, "name": text, "kind": role})
    return pd.DataFrame(rows, columns=["photo_id", "name", "kind"])


@lru_cache(maxsize=1 << 16)
def _names_a(text: str) -> str | None:
    """The role ("school" or "work") of a line read in a photo that names a school or a company,
    else None (read once per line: the same lines come back at every remove-to-hide step)."""
    low = f" {text.lower()} "
    for role, words in (("school", SCHOOL_WORDS), ("work", WORK_WORDS)):
        if 4 <= len(text) <= 60 and any(f" {w} " in low or f" {w}," in low for w in words):
            return role
    return None


def found_workplaces(rule: Rule, ev: Evidence) -> list[Workplace]:
    """The workplaces found with the rule's thresholds (see workplaces.workplaces), found once per
    evidence and set of thresholds."""
    gates = dict(
        min_weeks=int(rule.threshold("min_weeks", 6)),
        min_span_days=int(rule.threshold("min_span_days", 60)),
        min_weekdays=int(rule.threshold("min_weekdays", 2)),
        min_daytime_share=rule.threshold("min_daytime_share", 0.6),
        caption_chance=rule.threshold("caption_chance", 0),
    )
    return ev.shared(
        ("workplaces", *gates.items()),
        lambda: workplaces(prepared(ev), home_of(ev), names=names_read(ev), namer=_namer, **gates),
    )


@kind(
    "routine",
    facts="weekday_text where_text weeks photos first last km_text weekday hours lat lon place tag",
)
def routine(rule: Rule, ev: Evidence) -> list[Inference]:
    """Weekly routines: one claim per weekday and place (or tag), hours in local time.

    Confidence: routines.weekly_routines' 0.95 x (1 - 0.5^(weeks / (min_weeks / 2)))
    x (0.7 + 0.3 x min(1, span_days / 180)); gates: min_weeks distinct weeks in one window_h-hour
    window over min_span_days, at most max_season_share of the weeks in one season; routines at a
    workplace are left to location.work.
    """
    p, home = located(ev), home_of(ev)
    if p.empty:
        return []
    work = [(w.lat, w.lon) for w in found_workplaces(rule, ev)]
    found = weekly_routines(
        prepared(ev),
        home,
        tags=rule.vocabulary.get("tags") or None,
        namer=_namer,
        exclude=work,
        window_h=int(rule.threshold("window_h", 3)),
        min_weeks=int(rule.threshold("min_weeks", 6)),
        min_span_days=int(rule.threshold("min_span_days", 90)),
        max_season_share=rule.threshold("max_season_share", 0.75),
    )
    return [_routine_claim(rule, r) for r in found]


def _routine_claim(rule: Rule, r: Routine) -> Inference:
    where = r.place or f"a place at {r.lat:.3f}, {r.lon:.3f}"
    tag = f" ({r.tag})" if r.tag else ""
    facts = {
        "weekday_text": PLURAL_DAYS[r.weekday],
        "where_text": f"{where}{tag}",
        "weeks": r.weeks,
        "photos": len(r.photos),
        "first": r.first,
        "last": r.last,
        "km_text": f"{r.km_from_home} km from home" if r.km_from_home is not None else "",
    }
    return _make(rule, r.confidence, r.value(), facts, r.photos + r.more)


@kind(
    "workplace",
    facts="role_text where_text name_text weeks weekdays daytime_pct daytime_text first last "
    "signals_text lat lon place name",
)
def workplace(rule: Rule, ev: Evidence) -> Inference | None:
    """Where the owner works (`field: work`, undecided places too) or studies (`field: school`).

    Confidence: workplaces.workplaces' 0.97 x (1 - 0.5^(weeks / min_weeks))
    x (0.6 + 0.4 x min(1, the share of the place's photos on weekday daytimes / 0.9)), the place
    with most weeks; a place come back to in one season of the year, year after year (a ski slope
    every February), is a hobby's spot, not a workplace.
    """
    want = rule.vocabulary.get("field", "work")
    kinds = ("school",) if want == "school" else ("work", "work_or_school")
    found = [w for w in found_workplaces(rule, ev) if w.kind in kinds]
    if not found:
        return None
    w = found[0]
    role = {"work": "Works", "school": "Studies", "work_or_school": "Works or studies"}[w.kind]
    facts = {
        "role_text": role,
        "where_text": w.place or f"{w.lat:.3f}, {w.lon:.3f}",
        "name_text": f" ({w.name})" if w.name else "",
        "weeks": w.weeks,
        "weekdays": w.weekdays,
        "daytime_pct": round(100 * w.daytime_share),
        "daytime_text": share_text(w.daytime_share),
        "first": w.first,
        "last": w.last,
        "signals_text": "; ".join(w.signals) or "no sign of whether it is work or study",
    }
    return _make(rule, w.confidence, w.value(), facts, w.photos)
