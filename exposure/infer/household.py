"""The household kinds: who lives with the owner (`household`) and the children among them
(`children`), from the people who recur at home over months.

Each kind's docstring gives its confidence formula; its thresholds are the rule file's.
"""

from __future__ import annotations

import pandas as pd

from .evidence import Evidence, Inference
from .kinds import _make, home_core, matches
from .registry import kind
from .rules import Rule


def _member_stats(rule: Rule, ev: Evidence) -> list[dict]:
    """People (not the owner) who recur at home (its core: `home_core`; or with the owner,
    without a home) long enough: one dict each (person, photos: their ids there, sorted; days;
    span in days), by person id. One pass over the faces table (no loop per person)."""
    faces = ev.faces.dropna(subset=["person_id"]) if len(ev.faces) else ev.faces
    if len(faces) == 0:
        return []
    faces = faces[["person_id", "photo_id"]]
    if ev.homes:
        place = faces["photo_id"].isin(home_core(ev))
    else:
        place = faces["photo_id"].isin(set(faces.loc[faces["person_id"] == ev.owner, "photo_id"]))
    seen = faces[place & (faces["person_id"] != ev.owner)].drop_duplicates()
    if seen.empty:
        return []
    when = ev.photos.drop_duplicates("photo_id").set_index("photo_id")["when"]
    times = pd.to_datetime(seen["photo_id"].map(when), utc=True)
    g = seen.assign(t=times, day=times.dt.normalize()).groupby("person_id", sort=True)
    stats = pd.DataFrame(
        {"n": g.size(), "first": g["t"].min(), "last": g["t"].max(), "days": g["day"].nunique()}
    )
    stats = stats[stats["first"].notna()]  # no time for any of them: not counted
    stats["span"] = (stats["last"] - stats["first"]).dt.days
    ok = stats[
        (stats["n"] >= rule.threshold("min_photos", 3))
        & (stats["days"] >= rule.threshold("min_days", 3))
        & (stats["span"] >= rule.threshold("min_span_days", 180))
    ]
    if ok.empty:
        return []
    members = seen[seen["person_id"].isin(ok.index)].groupby("person_id")["photo_id"]
    ids = {person: sorted(photos) for person, photos in members}
    return [
        {"person": person, "photos": ids[person], "days": int(r.days), "span": int(r.span)}
        for person, r in zip(ok.index, ok.itertuples())
    ]


@kind("household", facts="others others_text where span_years size")
def household(rule: Rule, ev: Evidence) -> Inference | None:
    """The people who live with the owner: recurring at home (or with the owner) over months.

    Confidence: (0.5 + 0.45 x the weakest member's strength, min(1, days / (2 x min_days))),
    times no_home_factor when no home is known.
    """
    members = _member_stats(rule, ev)
    if not members or ev.owner is None:
        return None
    weakest = min(min(1.0, m["days"] / (2 * rule.threshold("min_days", 3))) for m in members)
    conf = (0.5 + 0.45 * weakest) * (1.0 if ev.homes else rule.threshold("no_home_factor", 0.8))
    names = [ev.owner] + [m["person"] for m in members]
    evidence = [p for m in sorted(members, key=lambda m: -m["days"]) for p in m["photos"]]
    others = "1 other person" if len(members) == 1 else f"{len(members)} other people"
    facts = {
        "others": len(members),
        "others_text": others,
        "where": "at home" if ev.homes else "together with you",
        "span_years": round(max(m["span"] for m in members) / 365.25, 1),
    }
    return _make(rule, conf, {"size": len(names), "members": names}, facts, evidence)


def aged_children(rule: Rule, ev: Evidence) -> dict[str, tuple[str, list[str], int]]:
    """person -> (band, photos, days): people (not the owner) whose faces are mostly in the baby
    or child band, seen on at least `min_child_days` days at home or with the owner (a friend's
    baby once, a class on a school trip: one day, not children of the household)."""
    faces = ev.faces.dropna(subset=["person_id"]) if len(ev.faces) else ev.faces
    if len(faces) == 0 or "band" not in faces:
        return {}
    owner_photos = set(faces.loc[faces["person_id"] == ev.owner, "photo_id"])
    out = {}
    for person, group in faces.groupby("person_id"):
        young = group["band"].isin(["baby", "child"])
        if person == ev.owner or young.mean() <= 0.5:
            continue
        ids = set(group["photo_id"]) & (ev.at_home | owner_photos)
        times = pd.to_datetime(pd.Series([ev.when.get(p) for p in ids]), utc=True).dropna()
        days = times.dt.date.nunique()
        if days >= rule.threshold("min_child_days", 3):
            band = str(group.loc[young, "band"].mode().iloc[0])
            latest = sorted(ids, key=lambda p: ev.when.get(p), reverse=True)
            out[person] = (band, latest, days)
    return out


@kind("children", facts="photos count")
def children(rule: Rule, ev: Evidence) -> Inference | None:
    """Children: household members seen in photos with the rule's child signals, and people whose
    faces are mostly in the baby or child band, seen at home or with the owner on many days.

    Confidence: 0.5 + 0.4 x min(1, the weakest child's strength), strength being photos with a
    child signal / (2 x min_photos_with_child_signal), or days / (2 x min_child_days) from ages.
    """
    aged = aged_children(rule, ev)
    signalled = _signalled_children(rule, ev)
    if not aged and not signalled:
        return None
    k = rule.threshold("min_photos_with_child_signal", 2)
    strength = {p: min(1.0, n / (2 * k)) for p, (n, _) in signalled.items()}
    days_needed = 2 * rule.threshold("min_child_days", 3)
    for p, (_, _, days) in aged.items():
        strength[p] = max(strength.get(p, 0.0), min(1.0, days / days_needed))
    evidence = [x for _, ids in signalled.values() for x in ids]
    evidence += [x for _, ids, _ in aged.values() for x in ids]
    value: dict = {"count": len(strength)}
    if aged:
        value["bands"] = [aged[p][0] if p in aged else "child" for p in sorted(strength)]
    conf = 0.5 + 0.4 * min(strength.values())
    facts = {"photos": len(dict.fromkeys(evidence))}
    return _make(rule, conf, value, facts, list(dict.fromkeys(evidence)))


def _signalled_children(rule: Rule, ev: Evidence) -> dict[str, tuple[int, list[str]]]:
    """person -> (photos, their ids): household members in photos with the rule's child signals."""
    members = {m["person"] for m in _member_stats(rule, ev)}
    m = matches(rule, ev)
    if not members or m.empty:
        return {}
    faces = ev.faces.dropna(subset=["person_id"])
    with_child = faces[
        faces["photo_id"].isin(set(m["photo_id"])) & faces["person_id"].isin(members)
    ]
    ranked = list(m["photo_id"])
    out = {}
    for person, group in with_child.groupby("person_id"):
        ids = sorted(set(group["photo_id"]), key=ranked.index)
        if len(ids) >= rule.threshold("min_photos_with_child_signal", 2):
            out[person] = (len(ids), ids)
    return out
