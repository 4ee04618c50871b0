"""Running rules: every rule's kind function over the evidence, and each inference's remove-to-hide.

A kind returns one inference, none, or a list (`routine.weekly`: one claim per routine).
`remove_to_hide` is the shortest prefix of the evidence whose removal takes the inference below
0.5 (longer by at most 1/64 of its length), found by re-running the same kind function on the
evidence without those photos (a binary search: a few re-runs, however large the archive); for a
kind that returns a list, the inference looked for in the re-run is the same claim (`same_claim`).
A claim that other photos still reveal once its evidence is gone takes their photos too (up to
CLOSURE_ROUNDS rounds), and the re-runs reuse the places and profiles a removal leaves as they
were (`without`). `benchmarks/hiding.py` checks the lists as deletions: the whole chain derived
again without them, people included.

The bound: a claim costs at most CLOSURE_ROUNDS + 2 + ⌈log2 n⌉ re-runs of its kind for n evidence
photos (the closure, the check near the end, the halvings; 22 for 100,000 photos), and a re-run
recomputes only what the removal changes and its kind reads: the located profiles and homes are
kept when no removed photo is located, else homes and the prepared profile are made again only
when the kind reads them (`without`), tags, faces and texts are filtered only when read
(`Evidence.without`), a rule's tag rows are carried over (`Evidence.rule_tags`), and documents
read only the tags of the photos with text.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..derive import places
from ..derive.places import haversine_km
from . import whereabouts
from .captions import signals_table
from .evidence import REPORT_AT, TEXT_COLUMNS, TEXT_KINDS, Evidence, Inference, Later
from .registry import KINDS
from .rules import Rule, load_rules
from .whereabouts import home_of, profiles_without

SAME_PLACE_KM = 0.5  # a re-run routine or workplace within this distance is the same claim
HIDE_PRECISION = 64  # remove-to-hide: at most 1/64 more photos than the smallest prefix (exact
# below 64 photos), so a claim resting on 40,000 photos costs 7 re-runs of its kind, not 16
CLOSURE_ROUNDS = 3  # remove-to-hide: rounds that add the photos a claim still rests on


def infer(rules: list[Rule], ev: Evidence) -> list[Inference]:
    """Every rule's inference (weak ones included), each with its remove-to-hide set."""
    ev.rules = {r.id: r for r in rules}
    order = {name: i for i, name in enumerate(KINDS)}  # the order the kinds were registered
    out = []
    for rule in sorted(rules, key=lambda r: order[r.kind]):
        fn = KINDS[rule.kind].function
        reads = ev.of_texts() if rule.kind in TEXT_KINDS else ev  # documents: not every tag
        found = fn(rule, reads)
        for inf in found if isinstance(found, list) else [found]:
            if inf is None:
                continue
            if inf.confidence >= REPORT_AT:
                inf.remove_to_hide = remove_to_hide(fn, rule, reads, inf)
                _forget_homes(reads)
            out.append(inf)
    return sorted(out, key=lambda i: (-i.confidence, i.rule_id))


def same_claim(a: Inference, b: Inference) -> bool:
    """Whether `b` (from a re-run) is the claim `a`: same rule, and for claims about a place or a
    weekday, the same weekday and a place within SAME_PLACE_KM."""
    if a.rule_id != b.rule_id or a.value.get("weekday") != b.value.get("weekday"):
        return False
    if "lat" in a.value and "lat" in b.value:
        km = haversine_km(a.value["lat"], a.value["lon"], b.value["lat"], b.value["lon"])
        return float(km) <= SAME_PLACE_KM
    return a.value.get("tag") == b.value.get("tag")


def remove_to_hide(fn, rule: Rule, ev: Evidence, inf: Inference) -> list[str]:
    """The shortest prefix of the evidence (strongest first) whose removal hides the inference,
    to within 1/HIDE_PRECISION of its length (exact below HIDE_PRECISION photos).

    When removing all of it leaves the claim standing on other photos (a household seen in
    other photos too), the evidence the re-run claim rests on is added after it, for up to
    CLOSURE_ROUNDS rounds: as deleting photos from an export would, the list takes away what
    reveals the claim next, not only what revealed it first."""
    evidence = list(inf.evidence)

    def left(k: int) -> list[Inference]:
        found = fn(rule, without(ev, set(evidence[:k])))
        found = [f for f in found if same_claim(inf, f)] if isinstance(found, list) else [found]
        return [f for f in found if f is not None and f.confidence >= REPORT_AT]

    def hidden(k: int) -> bool:
        return not left(k)

    for _ in range(CLOSURE_ROUNDS):
        still = left(len(evidence))
        if not still:
            break
        listed = set(evidence)
        more = [p for f in still for p in f.evidence if p not in listed]
        if not more:
            return evidence  # other photos reveal it, and no claim says which
        evidence += list(dict.fromkeys(more))
    else:
        if not hidden(len(evidence)):
            return evidence  # even all of that is not enough
    lo, hi = 0, len(evidence)
    near = hi - hi // HIDE_PRECISION
    if near < hi:  # a habit seen in thousands of photos often needs them all gone: one re-run
        if not hidden(near):
            return evidence
        hi = near
    while hi - lo > hi // HIDE_PRECISION:  # smallest k with hidden(k), to within hi / 64
        mid = (lo + hi) // 2
        if hidden(mid):
            hi = mid
        else:
            lo = mid + 1
    return evidence[:hi]  # hidden(hi) holds; hi is lo once the search is exact


def _forget_homes(ev: Evidence) -> None:
    """Drop the homes `without` kept in `ev`'s memo for one claim's search (a set of located
    photos removed comes back within a search, not across claims; 1 MB each at 100,000 photos)."""
    for key in [k for k in ev.memo if isinstance(k, tuple) and k[0] == "homes_without"]:
        del ev.memo[key]


def without(ev: Evidence, ids: set[str]) -> Evidence:
    """`ev.without(ids)`, with its places and located profiles made from `ev`'s instead of from
    scratch where that gives the same: located photos' rows dropped when no caption names a town
    (`places.names_towns`), the profiles of the located photos filtered. Trips are derived again.

    The homes, and the prepared profile that rests on the latest one, are left for the kind to
    make (a cached property, `Later`): derived again only if the kind reads them (the metadata
    kinds, and a hobby whose re-run finds no photo of it, do not), and once per set of located
    photos removed (kept in `ev`'s memo: they are a function of it), the prepared profile filtered
    with its places clustered again when the latest home stays put. Homes are never kept across
    a removal of located photos: one taken at a home changes its photos and median, and one
    taken elsewhere can change them too (a photo in the home's 1-km cluster but outside its core
    weighs in its year; the first home begins with the first clustered photo, wherever it was
    taken: 2 of the 33 re-runs that kept them at 10,000 photos had another first home's start).
    tests/infer/test_rerun_reuse.py compares every claim and list with deriving everything
    again."""
    out = ev.without(ids)
    if "locations" in out.__dict__ or "locations" not in ev.__dict__:
        return out  # nothing located was removed, or nothing derived yet
    if ev.shared("names_towns", lambda: places.names_towns(ev.photos)):
        return out
    out.__dict__["locations"] = places.locations_without(ev.locations, ids)
    ev.settle()  # its own profiles left for later (none in a first run) made, to be filtered
    out.memo.update(profiles_without(ev, ids, same_home=False))
    # the homes rest on the located photos left alone: made once per set of them removed (the
    # steps of a search often differ only in photos without a place)
    located = ev.shared("located_ids", lambda: set(ev.locations["photo_id"].dropna()))
    gone = frozenset(ids & located)
    out.memo["homes"] = Later(
        lambda o: ev.shared(("homes_without", gone), lambda: places.homes(o.locations))
    )
    if "prepared" in ev.memo:
        out.memo["prepared"] = Later(lambda o: _prepared_without(ev, o, ids))
    return out


def _prepared_without(ev: Evidence, out: Evidence, ids: set[str]) -> pd.DataFrame:
    """`out`'s prepared profile (`whereabouts.prepared`), `out` being `ev` without the photos
    `ids`: `ev`'s rows left, their places clustered again, when the home stays put (the other
    columns are each row's own); else prepared again from the located photos' local time."""
    if home_of(out) == home_of(ev):
        return profiles_without(ev, ids, same_home=True)["prepared"]
    return whereabouts.prepared(out)


def evidence_of(t: dict) -> Evidence:
    """The Evidence the kinds read from derived tables (`Tables.owner()` in a scan): photos, tags,
    faces, check-ins, the owner's person id, lines read in photos (optional) and places."""
    owner = t["people"].loc[t["people"]["is_owner"], "person_id"]
    ev = Evidence(
        t["photos"],
        t["tags"],
        t["faces"],
        t["checkins"],
        owner=str(owner.iloc[0]) if len(owner) else None,
        texts=t.get("texts", pd.DataFrame(columns=TEXT_COLUMNS)),
    ).with_places(t["locations"], t["homes"], t["trips"])
    if len(ev.photos) and "caption" in ev.photos:
        ev.__dict__["signals"] = caption_signals(ev.photos)
    return ev


def caption_signals(photos: pd.DataFrame) -> pd.DataFrame:
    """`captions.signals_table(photos)` (`Evidence.signals`), each distinct caption read once:
    the photos of a post share theirs, and most photos have none. Same rows, same order."""
    codes, uniques = pd.factorize(photos["caption"], use_na_sentinel=True)
    table = signals_table(pd.DataFrame({"photo_id": range(len(uniques)), "caption": uniques}))
    table = table.rename(columns={"photo_id": "code"}).assign(rank=range(len(table)))
    rows = pd.DataFrame({"at": range(len(codes)), "code": codes}).merge(table, on="code")
    rows = rows.sort_values(["at", "rank"], kind="stable")
    ids = photos["photo_id"].to_numpy()[rows["at"].to_numpy()]
    out = pd.DataFrame({"photo_id": ids}) if len(rows) else pd.DataFrame({"photo_id": []})
    for c in ("signal", "term", "lang"):
        out[c] = rows[c].to_numpy()
    return out


def run_rules(rules_dir: Path, t: dict) -> list[dict]:
    """The inferences of the rules in `rules_dir` over the derived tables, as results.json
    entries (weak ones included), strongest first. `texts` (lines read in photos) is optional."""
    return [i.to_dict() for i in infer(load_rules(rules_dir), evidence_of(t))]
