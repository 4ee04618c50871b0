"""The one-day life events (wedding, graduation, new baby): the `event` kind and its helpers.

The best day for the event: labels, a caption that says so, the owner in the photos and, for a
baby, a new small face that keeps coming back. Whose event it is comes from the captions' own
words (`captions.caption_whose`): "Tom & Anna's wedding 💍" is a guest's day, whatever else shows.
"""

from __future__ import annotations

import math

import pandas as pd

from ..derive.profiles import PERSON_COLUMNS, person_profiles
from .captions import caption_whose
from .chance import caption_posts
from .evidence import Evidence, Inference, caption_hits
from .kinds import _make, _month_text, matches
from .registry import kind
from .rules import CAPTION_KEYS, Rule

CAPTION_TEXT = {  # what the day's captions say, for the explanation
    "yes": "a caption says so",
    "bare": "a caption names it but not whose it is",
    "others": "a caption says it is someone else's",
    "alone": "a caption names children but nothing else that day shows a birth",
    None: "no caption says so",
}


@kind(
    "event",
    facts="day_text month_text photos label_photos caption_text owner_text new_face_text date",
)
def event(rule: Rule, ev: Evidence) -> Inference | None:
    """A one-day life event (wedding, graduation, new baby): its best day.

    Confidence, on the best day: label_weight x min(1, label photos / saturate_at_label_photos)
    + caption_weight x (a caption says so) + owner_weight x (the owner is in them)
    + new_face_weight x (a new, smaller face appears then) + infant_weight x (that new face is
    under `infant_below_age` years old: its first day is a candidate day even without a caption
    or a label); at most 0.4 without a caption when `require_caption`, unless an infant face is new;
    at most 0.4 when a caption of that day gives the event to someone else. At most 0.97.

    "A caption says so": one names the event in the owner's words ("our wedding"), or names it
    without saying whose ("Wedding 💍") and the rule's `bare_caption` is 1 (the default); with
    `bare_caption: 0` such a caption is not enough. Such a bare caption alone on its day (no label
    photo, no new face, no pregnancy caption in the months before) weighs exp(-caption_chance x the
    archive's other captioned posts (`chance.caption_posts` - 1)): the chance that none of them, of
    others' news or jokes ("my brother graduated", "class of '78 reunion"), was read as one by
    chance; about 0.5% of such captions name an event with no word of whose, so 250 posts give 0.29.
    A caption in the owner's words alone on its day weighs exp(-owned_chance x the same count) in
    the same way: the reader reads 8 of the 16,318 DEV captions that say nothing of the owner's baby
    as one in the owner's words ("my baby (my car) needs a service"), so with owned_chance 0.0005 a
    lone "our baby is here" in 500 captioned posts weighs 0.78 (caption_weight 0.42, label_weight
    0.28 to keep a day of both at 0.8: 0.43 with the owner in the photos; a lone caption still
    counts in up to about 95 posts) and stays below 0.5 until a crib, a new face or a pregnancy
    caption before stands beside it (a caption alone: none of these that day). With
    `signal_needs_support: 1` (a new baby), a caption that gives the lexicon's signal without the
    rule's own words (the children signal: "Christmas market with the kids") says so only on a
    day with a label photo, a new face, or a pregnancy signal in the `pregnancy_months` before
    (`_birth_support`); a birth has evidence of its own, having children is not one.
    """
    owner_photos = (
        set(ev.faces.loc[ev.faces["person_id"] == ev.owner, "photo_id"])
        if (ev.owner and len(ev.faces))
        else set()
    )
    newcomers = _new_small_faces(rule, ev) if rule.threshold("new_face_weight", 0) else {}
    m = _with_infant_days(matches(rule, ev), newcomers, ev).dropna(subset=["when"])
    if m.empty:
        return None
    m["day"] = m["when"].dt.date
    whose = _whose_by_day(rule, ev, m)
    bare_counts = rule.threshold("bare_caption", 1) >= 1
    others = (
        max(0, caption_posts(ev) - 1)
        if rule.threshold("caption_chance", 0) or rule.threshold("owned_chance", 0)
        else 0
    )
    alone_weight = {  # a caption alone on its day: the chance none of the others was misread so
        "bare": math.exp(-rule.threshold("caption_chance", 0) * others),
        "owner": math.exp(-rule.threshold("owned_chance", 0) * others),
    }
    own_words, expecting = _birth_support(rule, ev)
    best = None
    for day, group in m.groupby("day"):
        labels = int(group["label"].sum())
        said = whose.get(day) or ("bare" if group["caption"].any() else None)
        caption = said == "owner" or (said == "bare" and bare_counts)
        owner = bool(owner_photos & set(group["photo_id"]))
        start = pd.Timestamp(day, tz="UTC")
        window = pd.Timedelta(days=rule.threshold("new_face_window_days", 30))
        new = [
            p
            for p, (first, _, _) in newcomers.items()
            if start - window / 4 <= first <= start + window
        ]
        infant = any(newcomers[p][2] for p in new)
        before = expecting[(expecting < start) & (expecting >= start - _months(rule))]
        alone = not (labels or new or len(before))
        if caption and own_words is not None and not (labels or new):
            if not own_words & set(group["photo_id"]) and before.empty:
                caption, said = False, "alone"
        conf = (
            rule.threshold("label_weight", 0.35)
            * min(1.0, labels / rule.threshold("saturate_at_label_photos", 2))
            + rule.threshold("caption_weight", 0.45)
            * caption
            * (alone_weight.get(said, 1.0) if alone else 1.0)
            + rule.threshold("owner_weight", 0.2) * owner
            + rule.threshold("new_face_weight", 0) * bool(new)
            + rule.threshold("infant_weight", 0) * infant
        )
        if said == "others" or (
            rule.threshold("require_caption", 0) and not caption and not infant
        ):
            conf = min(conf, 0.4)
        if best is None or conf > best[0]:
            best = (conf, day, group, labels, said, caption, owner, new)
    conf, day, group, labels, said, caption, owner, new = best
    day = pd.Timestamp(day)
    date = day.strftime("%Y-%m") if rule.threshold("month_only", 0) else day.strftime("%Y-%m-%d")
    facts = {
        "day_text": day.strftime("%-d %B %Y"),
        "month_text": _month_text(day),
        "photos": len(group),
        "label_photos": labels,
        "caption_text": CAPTION_TEXT["yes" if caption else said],
        "owner_text": "you are in them" if owner else "you are not recognised in them",
        "new_face_text": (
            "a new, smaller face appears then and keeps coming back"
            if new
            else "no new face appears then"
        ),
    }
    evidence = list(group["photo_id"]) + [p for person in new for p in newcomers[person][1]]
    return _make(rule, min(conf, 0.97), {"date": date}, facts, list(dict.fromkeys(evidence)))


def _months(rule: Rule) -> pd.Timedelta:
    """`pregnancy_months` (10 unless the rule says) as a span of time."""
    return pd.Timedelta(days=30.44 * rule.threshold("pregnancy_months", 10))


def _birth_support(rule: Rule, ev: Evidence) -> tuple[set[str] | None, pd.Series]:
    """With `signal_needs_support` set: the ids of the photos whose captions use the rule's own
    words (a birth: "welcome to the world", "is born"), and the times of the captions that give
    the lexicon's `pregnancy` signal; (None, empty) when the rule does not set it."""
    none = pd.Series([], dtype="datetime64[ns, UTC]")
    if not rule.threshold("signal_needs_support", 0):
        return None, none
    words = rule.vocabulary.get("captions") or {}
    hits = caption_hits(ev, {k: v for k, v in words.items() if k not in CAPTION_KEYS and v})
    own = set(hits.index[hits.to_numpy(bool)]) if len(hits) else set()
    if not len(ev.signals):
        return own, none
    ids = ev.signals.loc[ev.signals["signal"] == "pregnancy", "photo_id"]
    return own, pd.to_datetime(ev.when, utc=True).reindex(ids.unique()).dropna()


def _whose_by_day(rule: Rule, ev: Evidence, m: pd.DataFrame) -> dict:
    """day -> "others" where a caption of that day gives the rule's event to someone else (any
    photo of the day: "Best man speech" names no wedding), else "owner" where a caption naming
    the event says it is the owner's; days of `m` only."""
    signals = rule.caption_signals()
    if not signals or m.empty:
        return {}
    photos = ev.photos.dropna(subset=["caption", "when"])
    days = pd.to_datetime(photos["when"], utc=True).dt.date
    on = days.isin(set(m["day"])).to_numpy()
    named = set(m.loc[m["caption"].astype(bool), "photo_id"])
    out: dict = {}
    for pid, text, day in zip(photos["photo_id"][on], photos["caption"][on], days[on]):
        said = {caption_whose(text, s) for s in signals}
        if "others" in said:
            out[day] = "others"
        elif "owner" in said and pid in named:
            out.setdefault(day, "owner")
    return out


def _with_infant_days(m: pd.DataFrame, newcomers: dict, ev: Evidence) -> pd.DataFrame:
    """The matches plus the first photo of each new infant face (a candidate day of its own)."""
    firsts = [v[1][0] for v in newcomers.values() if v[2] and v[1][0] not in set(m["photo_id"])]
    if not firsts:
        return m
    extra = pd.DataFrame(
        {"photo_id": firsts, "label": False, "caption": False, "score": 0.5}
        | {"when": pd.to_datetime([ev.when.get(p) for p in firsts], utc=True)}
    )
    return pd.concat([m, extra], ignore_index=True) if len(m) else extra


def _young_at_home(rule: Rule, ev: Evidence) -> tuple[pd.DataFrame, set[str]]:
    """The person profiles (`profiles.person_profiles`, by person_id) of newcomers seen at home
    on at least `min_home_days` days whose photos show the rule's tags with a noisy-OR of their
    day scores of at least `min_person_noisy_or` (a baby: a new person at home in photos of cots,
    weakly seen on many days),
    and the ids of the photos with those tags; none when the rule sets no `min_person_noisy_or`."""
    need, tags = rule.threshold("min_person_noisy_or", 0), rule.vocabulary.get("tags") or []
    if not need or not tags or len(ev.faces) == 0:
        return pd.DataFrame(columns=PERSON_COLUMNS).set_index("person_id"), set()
    prof = ev.shared(
        ("person_profiles", *tags),
        lambda: person_profiles(ev.faces, ev.photos, ev.tags, list(tags), ev.at_home),
    )
    ok = (
        (prof["months_in"] >= rule.threshold("min_months_into_archive", 6))
        & (prof["home_days"] >= rule.threshold("min_home_days", 3))
        & (prof["tag_noisy_or"] >= need)
    )
    tagged = set(ev.tags.loc[ev.tags["tag"].isin(tags), "photo_id"]) if len(ev.tags) else set()
    return prof[ok].set_index("person_id"), tagged


def _new_small_faces(rule: Rule, ev: Evidence) -> dict[str, tuple[pd.Timestamp, list[str], bool]]:
    """People who first appear well into the archive, keep coming back, and whose face is smaller
    than the faces beside it (a baby held by its parents), whose age is under `infant_below_age`,
    or who are seen at home on many days in photos of the rule's tags (`_young_at_home`):
    person -> (first seen, photos, whether young: by age or by those photos)."""
    faces = ev.faces.dropna(subset=["person_id"]) if len(ev.faces) else ev.faces
    if len(faces) == 0 or not {"top", "bottom"} <= set(faces.columns):
        return {}
    faces = faces[[c for c in ("person_id", "photo_id", "top", "bottom", "age") if c in faces]]
    when = ev.photos.set_index("photo_id")["when"]
    faces = faces.assign(when=faces["photo_id"].map(when), size=faces["bottom"] - faces["top"])
    faces = faces.dropna(subset=["when"])
    archive_start = ev.photos["when"].min()
    young, tagged_ids = _young_at_home(rule, ev)
    photo_size = faces.groupby("photo_id")["size"]
    peers = photo_size.transform("count") - 1  # other faces in the same photo
    others = (photo_size.transform("sum") - faces["size"]) / peers.where(peers > 0)  # their mean
    out = {}
    for person, group in faces.groupby("person_id"):
        if person == ev.owner:
            continue
        first = group["when"].min()
        if (first - archive_start).days / 30.4 < rule.threshold("min_months_into_archive", 6):
            continue  # there from the start: not new
        if group["when"].dt.date.nunique() < rule.threshold("min_face_days", 3):
            continue
        if "age" in group and group.sort_values("when")["age"].head(3).median() < rule.threshold(
            "infant_below_age", 1
        ):
            out[person] = (first, list(group.sort_values("when")["photo_id"].head(3)), True)
            continue  # a face under a year old: a baby, whatever its size beside others
        if person in young.index:  # at home on many days, in photos of the rule's tags
            row = young.loc[person]
            tagged = [p for p in row["photo_ids"] if p in tagged_ids]
            out[person] = (first, list(dict.fromkeys(row["photo_ids"][:3] + tagged)), True)
            continue
        # beside other faces, this one is smaller (median over the shared photos)
        shared = group.index[peers.loc[group.index] > 0]
        if len(shared) < rule.threshold("min_shared_photos", 2):
            continue
        ratio = (faces.loc[shared, "size"] / others.loc[shared]).median()
        if ratio <= rule.threshold("max_face_size_ratio", 0.8):
            out[person] = (first, list(group.sort_values("when")["photo_id"].head(3)), False)
    return out
