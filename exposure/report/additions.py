"""What new photos would add to a scan's claims, in words: the comparison behind `exposure check`.

`additions(before, after, new_photos)` compares two lists of results.json inferences (a scan's
claims, and the same scan's with the new photos) with `exposure diff`'s matching (`claim_key`,
`diff_results`) and classes each claim that moved: "new" (reported now, not before), "stronger"
(its confidence rose by CONFIDENCE_STEP or more), "more precise" (a place now "within" fewer
metres) or "changed" (its value changed: 2 children, was 1). These expose something; "weaker"
and "gone" are listed too but expose nothing. Each is attributed to the new photos among the
claim's evidence (all of them when none is). Pure functions of plain data: no pandas, no models.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from .diff import CONFIDENCE_STEP, REPORT_AT, claim_key, diff_results

SCHEMA = "exposure.check/1"
EXPOSING = ("new", "stronger", "more precise", "changed")
RATES = ("per_year", "per_month", "years", "span_years")  # value fields over the archive's span
SAME_PLACE_M = 250.0  # a place that moved less than this is the same place (routines' PLACE_M)
EARTH_M = 6_371_000.0
WITHIN = re.compile(r"\bwithin (?:about )?(\d[\d,]*(?:\.\d+)?) ?(km|m)\b")


@dataclass
class Addition:
    """One claim that the new photos make new, stronger, more precise, changed (these expose
    something), weaker or gone; `photos` names the new photos that do it, as given."""

    change: str  # "new", "stronger", "more precise", "changed", "weaker", "gone"
    rule_id: str
    category: str
    statement: str  # with the new photos (without them, when the claim goes)
    was: str | None = None  # the statement without the new photos, when it differs
    confidence: float | None = None  # with the new photos (None: no such claim)
    confidence_was: float | None = None  # without them (None: no such claim)
    within_m: float | None = None  # how precisely it is placed, in metres, when it says so
    within_m_was: float | None = None
    value: Any = None
    value_was: Any = None
    photos: list[str] = field(default_factory=list)

    @property
    def changed_confidence(self) -> bool:
        """Whether the confidence moved by CONFIDENCE_STEP or more."""
        return abs((self.confidence or 0) - (self.confidence_was or 0)) >= CONFIDENCE_STEP

    @property
    def exposes(self) -> bool:
        """Whether this addition exposes something that was not exposed before."""
        return self.change in EXPOSING


def within_m(statement: str | None) -> float | None:
    """How precisely a statement places something ("within about 400 m" → 400.0), or None."""
    m = WITHIN.search(statement or "")
    if not m:
        return None
    number = float(m.group(1).replace(",", ""))
    return number * 1000 if m.group(2) == "km" else number


def _by_key(inferences: list[dict]) -> dict[str, dict]:
    """Each claim by its `claim_key` (the strongest when a key repeats)."""
    out: dict[str, dict] = {}
    for inf in inferences:
        if isinstance(inf, dict) and "rule_id" in inf:
            key = claim_key(inf)
            if key not in out or _conf(inf) > _conf(out[key]):
                out[key] = inf
    return out


def _conf(inference: dict | None) -> float:
    try:
        return float((inference or {}).get("confidence") or 0.0)
    except (TypeError, ValueError):
        return 0.0


def additions(
    before: list[dict], after: list[dict], new_photos: dict[str, list[str]]
) -> list[Addition]:
    """The claims that change when the photos `new_photos` (photo id → the paths given for it)
    join a scan: `before` and `after` are results.json inference lists. Returns those that expose
    something first (new, then stronger, more precise, changed), then weaker and gone, each
    strongest first."""
    old, new = _by_key(before), _by_key(after)
    found: dict[str, Addition] = {}
    for c in diff_results({"inferences": before}, {"inferences": after}):
        value = c.value if c.value is not None else c.value_was
        key = claim_key({"rule_id": c.rule_id, "value": value})  # the key diff matched it by
        kind = {"new": "new", "gone": "gone"}.get(c.change) or _moved(c)
        found[key] = Addition(
            kind,
            c.rule_id,
            c.category,
            c.statement,
            c.was,
            c.confidence,
            c.confidence_was,
            value=c.value,
            value_was=c.value_was,
        )
    for key in set(old) & set(new):  # reported in both, with only its wording changed
        a, b = old[key], new[key]
        if key in found or min(_conf(a), _conf(b)) < REPORT_AT:
            continue
        if a.get("statement") != b.get("statement"):
            found[key] = Addition(
                "changed",
                str(b["rule_id"]),
                str(b.get("category") or ""),
                str(b.get("statement") or ""),
                str(a.get("statement") or ""),
                round(_conf(b), 2),
                round(_conf(a), 2),
                value=b.get("value"),
                value_was=a.get("value"),
            )
    out = []
    for key, add in found.items():
        earlier = add.was if add.was is not None else add.statement  # diff: `was` if it differs
        add.within_m = within_m(add.statement) if add.change != "gone" else None
        add.within_m_was = within_m(earlier) if add.confidence_was is not None else None
        if add.change == "changed" and _more_precise(add):
            add.change = "more precise"
        elif add.change == "changed" and not _changed_value(add):
            continue  # only the wording moved (a photo without GPS changes "18 of 30 photos")
        add.photos = _attribute(new.get(key), new_photos)
        out.append(add)
    order = {k: i for i, k in enumerate((*EXPOSING, "weaker", "gone"))}
    return sorted(out, key=lambda a: (order[a.change], -(a.confidence or a.confidence_was or 0)))


def _moved(change) -> str:
    """A claim reported with and without the new photos: stronger, weaker, or changed."""
    up = (change.confidence or 0) - (change.confidence_was or 0)
    if up >= CONFIDENCE_STEP:
        return "stronger"
    if "value" in change.changed:
        return "changed"
    return "weaker"


def _more_precise(add: Addition) -> bool:
    return add.within_m is not None and add.within_m < (add.within_m_was or float("inf"))


def _changed_value(add: Addition) -> bool:
    """Whether the value changed, beyond a place that moved less than SAME_PLACE_M and rates
    taken over the archive's span (RATES: a new photo dated today lengthens the span and lowers
    "trips a year" without showing anything new)."""
    a, b = add.value, add.value_was
    if isinstance(a, dict) and isinstance(b, dict):
        near = _metres_apart(a, b) < SAME_PLACE_M
        drop = RATES + (("lat", "lon") if near else ())
        a, b = ({k: v for k, v in d.items() if k not in drop} for d in (a, b))
    return a != b


def _metres_apart(a: dict, b: dict) -> float:
    """The distance between the places of two values (infinite when either has none)."""
    try:
        lat1, lon1, lat2, lon2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    except (KeyError, TypeError, ValueError):
        return math.inf
    h = math.sin((lat2 - lat1) / 2) ** 2
    h += math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_M * math.asin(min(1.0, math.sqrt(h)))


def _attribute(claim: dict | None, new_photos: dict[str, list[str]]) -> list[str]:
    """The paths of the new photos among the claim's evidence, strongest first; every new photo
    when none of them is (or the claim went)."""
    evidence = (claim or {}).get("evidence") or []
    ids = [p for p in dict.fromkeys(evidence) if p in new_photos] or list(new_photos)
    return [path for pid in ids for path in new_photos[pid]]


# --- in words -------------------------------------------------------------------------------------
def phrase(add: Addition) -> str:
    """One addition in words, for a terminal line: "a postal address is readable in 1 photo,
    confidence 0% → 62%", "home located to within 50 m (was 400 m)" (what is placed: the rule's
    name)."""
    was, now = (round(100 * (c or 0)) for c in (add.confidence_was, add.confidence))
    moved = f"confidence {was}% → {now}%"
    if add.change == "more precise":
        what = add.rule_id.rsplit(".", 1)[-1].replace("_", " ")
        text = f"{what} located to within {_metres(add.within_m)} (was {_metres(add.within_m_was)})"
        return text + (f", {moved}" if add.changed_confidence else "")
    if add.change == "changed":
        text = f"{_lower(add.statement)} (was: {_lower(add.was or '')})"
        return text + (f", {moved}" if add.changed_confidence else "")
    if add.change == "gone":
        return f"{_lower(add.statement)} no longer shown, {moved}"
    return f"{_lower(add.statement)}, {moved}"


def _metres(m: float | None) -> str:
    if m is None:
        return "?"
    return f"{m / 1000:g} km" if m >= 1000 else f"{m:g} m"


def _lower(text: str) -> str:
    """The statement inside a sentence: its first letter in lower case, unless it is an acronym
    or a number."""
    if text[:1].isupper() and not text[1:2].isupper():
        return text[0].lower() + text[1:]
    return text


def check_text(document: dict) -> str:
    """The check document (`check_document`) as lines for a terminal: per new photo (or group of
    photos) what it adds and what it weakens; "nothing new" when nothing is exposed."""
    lines, told = [], set()
    groups: dict[tuple[str, ...], list[dict]] = {}
    for add in document["additions"]:
        groups.setdefault(tuple(add["photos"]), []).append(add)
    for photos, adds in groups.items():
        names = _names(photos)
        verb = "add" if len(photos) > 1 else "adds"
        exposing = [a for a in adds if a["change"] in EXPOSING]
        weaker = [a for a in adds if a["change"] not in EXPOSING]
        said = [_say(a) for a in exposing]
        head = f"{names} {verb}: " + "; ".join(said) if said else f"{names} {verb} nothing new"
        if weaker:
            head += "; weakens: " + "; ".join(_say(a) for a in weaker)
        lines.append(head)
        told.update(photos)
    for photo in document["photos"]:
        if photo["path"] in told:
            continue
        if photo["known"]:
            lines.append(f"{photo['path']} is already in the scanned archive: nothing new")
        else:
            lines.append(f"{photo['path']} adds nothing new")
    if not document["exposes"]:
        lines.append("Nothing new: these photos add no claim and strengthen none.")
    return "\n".join(lines)


def _say(add: dict) -> str:
    fields = {k: v for k, v in add.items() if k in Addition.__dataclass_fields__}
    return phrase(Addition(**fields))


def _names(photos: tuple[str, ...]) -> str:
    if len(photos) <= 1:
        return photos[0] if photos else "These photos"
    return ", ".join(photos[:-1]) + f" and {photos[-1]}"


def check_document(against: str, photos: list[dict], adds: list[Addition]) -> dict:
    """The check as JSON (schema exposure.check/1): the scan checked against, each photo given
    (`path`, `photo_id`, `known`: already in the archive), whether anything new is exposed, and
    the additions."""
    return {
        "schema": SCHEMA,
        "against": against,
        "exposes": any(a.exposes for a in adds),
        "photos": photos,
        "additions": [asdict(a) for a in adds],
    }


def dumps(document: dict) -> str:
    """The check document as indented JSON text."""
    return json.dumps(document, ensure_ascii=False, indent=2)
