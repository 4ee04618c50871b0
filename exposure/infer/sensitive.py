"""The `sensitive` kind: religion, health, political opinion, alcohol (GDPR art. 9 categories and
a health habit), claimed only when they recur, never from one visit.

Signals: the rule's tags (worship, medical, alcohol), weaker ones too at a place whose profile
shows them over many visits (`derive/profiles`), its caption words and caption-lexicon signals,
and words read in photos (`texts`: a placard, a prayer card, a prescription). Recurrence: distinct
months with a signal, many days within a few weeks (`min_days_alone`), or a weekly routine at a
place that shows the rule's tags.
"""

from __future__ import annotations

import re

import pandas as pd

from ..derive.profiles import period_profiles, place_profiles
from ..words import days_a_month, how_often, plural
from .captions import fold
from .chance import beyond_chance
from .evidence import Evidence, Inference
from .kinds import _make, _month, _month_text, detector_quality, matches
from .located import located
from .registry import kind
from .routines import weekly_routines
from .rules import Rule
from .whereabouts import home_of, prepared


def text_hits(rule: Rule, ev: Evidence) -> set[str]:
    """Ids of the photos whose read text uses one of the rule's `texts` words (any language)."""
    words = [fold(w) for ws in (rule.vocabulary.get("texts") or {}).values() for w in ws or []]
    if not words or ev.texts.empty:
        return set()
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")
    hit = ev.texts["text"].astype(str).map(lambda t: bool(pattern.search(fold(t))))
    return set(ev.texts.loc[hit, "photo_id"])


def place_signals(rule: Rule, ev: Evidence) -> pd.DataFrame:
    """photo_id, score, label, caption, when: photos whose rule tag is weaker than `min_score`
    but seen at a place whose profile (`profiles.place_profiles`) shows the tag on at least
    `min_days` days with a mean of at least `min_place_mean` over all visits there (a church
    seen as "church 0.2, mosque 0.1" every Sunday); none when the rule sets no `min_place_mean`."""
    need, tags = rule.threshold("min_place_mean", 0), rule.vocabulary.get("tags") or []
    empty = pd.DataFrame(columns=["photo_id", "score", "label", "caption", "when"])
    if not need or not tags or ev.tags.empty:
        return empty
    prof = ev.shared(
        ("place_profiles", *tags), lambda: place_profiles(prepared(ev), ev.tags, list(tags))
    )
    strong = prof[(prof["days"] >= rule.threshold("min_days", 3)) & (prof["mean"] >= need)]
    return _tagged(ev, strong, tags) if len(strong) else empty


MIN_WEAK_DAYS = 3  # fewer weak days may ride along a period, never make it: two are chance


def period_signals(rule: Rule, ev: Evidence) -> pd.DataFrame:
    """photo_id, score, label, caption, when: photos with the rule's tags at any score within a
    period of `period_days` (`profiles.period_profiles`) that shows them on at least `min_days`
    days, and at least `period_over_background` times as many as chance would
    give (the tag's share of the other photo days), and whose weak days (under `min_score`:
    what only the period adds) pass that too (`_weak_days`), and, when fewer than MIN_WEAK_DAYS,
    are not what brings it to `min_days`: weeks of treatment seen weakly, at a clinic and at
    home; none when the rule sets no `period_days`.
    An archive with no other day of the tag puts chance at 0, so two stray weak labels beside two
    hospital visits months apart passed it (simulated life 7836, held-out words)."""
    window, tags = rule.threshold("period_days", 0), rule.vocabulary.get("tags") or []
    empty = pd.DataFrame(columns=["photo_id", "score", "label", "caption", "when"])
    need = rule.threshold("min_days", 3)
    if not window or not tags or ev.tags.empty:
        return empty
    prof = ev.shared(
        ("period_profiles", window, *tags),
        lambda: period_profiles(ev.photos, ev.tags, list(tags), window),
    )
    chance = prof["background"] * prof["photo_days"]
    over = rule.threshold("period_over_background", 4)
    dense = prof[(prof["days"] >= need) & (prof["days"] >= over * chance)]
    if len(dense):  # what the period adds, its weak days, must itself pass chance
        weak = _weak_days(ev, dense, tags, rule.threshold("min_score", 0.5))
        few = (weak < MIN_WEAK_DAYS) & (dense["days"] - weak < need)  # they would make it
        dense = dense[(weak == 0) | ((weak >= over * chance[dense.index]) & ~few)]
    return _tagged(ev, dense, tags) if len(dense) else empty


def _weak_days(ev: Evidence, profiles: pd.DataFrame, tags: list[str], floor: float) -> pd.Series:
    """Per period of `profiles`, the days whose best score among `tags` is below `floor`: the
    days only the period counts (a day of a strong tag counts anyway). Two hospital visits a year
    apart, each with two stray weak labels in its half year, are two strong days and chance."""
    t = ev.tags[ev.tags["tag"].isin(tags)].groupby("photo_id")["score"].max()
    out = []
    for photos in profiles["photos"]:
        day = pd.Series({p: ev.when.get(p) for p in photos if p in t.index}).dropna()
        best = t[day.index].groupby(pd.to_datetime(day, utc=True).dt.floor("D").to_numpy()).max()
        out.append(int((best < floor).sum()))
    return pd.Series(out, index=profiles.index)


def _tagged(ev: Evidence, profiles: pd.DataFrame, tags: list[str]) -> pd.DataFrame:
    """photo_id, score, label, caption, when: the photos of `profiles` (their `photos` lists),
    each at its best score among `tags`."""
    ids = {p for ps in profiles["photos"] for p in ps}
    t = ev.tags[ev.tags["photo_id"].isin(ids) & ev.tags["tag"].isin(tags)]
    best = t.groupby("photo_id")["score"].max()
    return pd.DataFrame(
        {
            "photo_id": best.index,
            "score": best.to_numpy(float),
            "label": True,
            "caption": False,
            "when": [ev.when.get(p) for p in best.index],
        }
    )


def signal_photos(rule: Rule, ev: Evidence) -> pd.DataFrame:
    """photo_id, score, label, caption, text, when: photos with one of the rule's signals,
    strongest first (text read in a photo scores `text_match_score`, 0.8 unless the rule says),
    with the weak tags of places that show the rule's tags over many visits (`place_signals`) and
    of periods that show them on many days (`period_signals`), which also mark a captioned photo
    as tagged."""
    m = matches(rule, ev)
    for weak in (place_signals(rule, ev), period_signals(rule, ev)):
        seen = m["photo_id"].isin(set(weak["photo_id"]))
        if seen.any():  # a caption's photo that shows the tags weakly: tagged too
            m = m.assign(label=m["label"].astype(bool) | seen)
        weak = weak[~weak["photo_id"].isin(set(m["photo_id"]))]
        if len(weak):
            m = pd.concat([m, weak], ignore_index=True) if len(m) else weak
    m = m.assign(text=False)
    texts = text_hits(rule, ev) - set(m["photo_id"])
    m.loc[m["photo_id"].isin(texts | set()), "text"] = True
    extra = pd.DataFrame(
        {
            "photo_id": sorted(texts),
            "score": rule.threshold("text_match_score", 0.8),
            "label": False,
            "caption": False,
            "text": True,
            "when": [ev.when.get(p) for p in sorted(texts)],
        }
    )
    if len(extra):
        m = pd.concat([m, extra], ignore_index=True) if len(m) else extra
    if rule.threshold("exclude_trips", 0) and len(ev.trips):
        away = {p for ps in ev.trips["photos"] for p in ps}
        m = m[~m["photo_id"].isin(away)]
    m["when"] = pd.to_datetime(m["when"], utc=True)
    return m.sort_values(["score", "photo_id"], ascending=[False, True]).reset_index(drop=True)


def _routine(rule: Rule, ev: Evidence, ids: set[str]):
    """The strongest weekly routine at a place where at least half the photos show the rule's
    signals (a church on Sunday mornings, not every photo of it tagged), or None."""
    if not rule.threshold("routine", 0) or not ids:
        return None
    p = located(ev)
    near = p[p["photo_id"].isin(ids)]
    if near.empty:
        return None
    found = ev.shared("routines", lambda: weekly_routines(prepared(ev), home_of(ev), tags=None))
    for r in found:
        if len(set(r.photos) & ids) >= len(r.photos) / 2:
            return r
    return None


def lone_kind(rule: Rule, m: pd.DataFrame) -> pd.DataFrame:
    """The signal photos `m` less those of a kind seen on too few days of its own: with
    `min_days_each` set, photos shown by tags and photos with words (a caption, read text) are
    two kinds, and the words of fewer than that many days without a tagged photo count for
    nothing beside tagged photos, nor tagged photos of fewer days beside words (one day at a
    church as a wedding guest and two captions are no practice); a kind alone stays."""
    need = rule.threshold("min_days_each", 0)
    if not need or m.empty:
        return m
    day = m["when"].dt.date
    tagged = set(day[m["label"]])
    worded = set(day[~m["label"]]) - tagged
    if tagged and 0 < len(worded) < need:
        return m[day.isin(tagged)]
    if worded and 0 < len(tagged) < need:
        return m[~m["label"]]
    return m


def repeated_captions(rule: Rule, m: pd.DataFrame, ev: Evidence) -> pd.DataFrame:
    """The signal photos `m` less those whose only signal is a caption already posted word for
    word on `max_days_a_caption` earlier days (0: all kept): a caption posted again and again is
    one saying (a running joke, a stock phrase the lexicon misreads: a choir's rehearsal read as
    a petition or as illness), not a day of practice or treatment each time. Where practice is
    counted (`practice_half`), captions posted from a place away from home stay: the place
    recurs (weeks at a church, `practice`)."""
    cap = int(rule.threshold("max_days_a_caption", 0))
    if not cap or m.empty:
        return m
    only = ~m["label"].astype(bool) & ~m["text"].astype(bool)
    if rule.threshold("practice_half", 0):  # posted from a place: weeks there (`practice`)
        only &= m["photo_id"].isin(ev.at_home) | ~m["photo_id"].isin(set(located(ev)["photo_id"]))
    if not only.any():
        return m
    said = ev.photos.set_index("photo_id")["caption"].reindex(m["photo_id"]).to_numpy()
    key = pd.Series(said, index=m.index).fillna("").astype(str).str.strip().str.casefold()
    day = m["when"].dt.date
    firsts = pd.DataFrame({"said": key, "day": day})[only].drop_duplicates().sort_values("day")
    kept = firsts.groupby("said").head(cap)
    counted = set(zip(kept["said"], kept["day"]))
    keep = ~only | pd.Series([(k, d) in counted for k, d in zip(key, day)], index=m.index)
    return m[keep]


def chance_words(rule: Rule, m: pd.DataFrame, ev: Evidence) -> pd.DataFrame:
    """The signal photos `m` less those whose only signal is a caption, when the days they fall
    on are no more than the caption reader gives by chance (`chance.beyond_chance`:
    `caption_chance` of the archive's captioned posts; 0: always kept): a reader right four
    times in five still reads faith, illness or a protest into one caption in a hundred of
    others' news, wishes and jokes, so 300 captioned posts give two or three such days with
    nothing said of the owner; a tag or a text read in a photo stays."""
    if m.empty:
        return m
    only = m["caption"].astype(bool) & ~m["label"].astype(bool) & ~m["text"].astype(bool)
    return beyond_chance(rule, m, only, ev)


def chance_tags(rule: Rule, m: pd.DataFrame) -> pd.DataFrame:
    """The signal photos `m` less their tags when the tags are seen on fewer than `min_tag_days`
    days (0: always kept): a classifier names a pill bottle or a stethoscope in a photo of
    daily life a few times a year, words read or written do not, so tags must recur on more
    days than chance gives them; one hospital visit with two stray labels months apart is no
    treatment (the photos with words stay), three prescriptions read are."""
    need = rule.threshold("min_tag_days", 0)
    if not need or m.empty:
        return m
    if m.loc[m["label"], "when"].dt.date.nunique() >= need:
        return m
    return m[m["caption"].astype(bool) | m["text"].astype(bool)]


def practice(rule: Rule, m: pd.DataFrame, ev: Evidence) -> float:
    """How much practice the signal photos `m` show, in weeks: the larger of the most distinct
    weeks with signal photos (tags, or words posted there) at one place within
    `practice_near_km` of home and not at home (any place where no home is known) and
    `practice_word_weight` for each day with words of it (a caption, text read in a photo).
    Trips are no practice (`exclude_trips` has taken them out), nor are days at other places of
    worship, nor do the two add up: a guest's day at a church is 1, a friend's choir singing
    there twice 2, the same with a wedding elsewhere and a joke told at home on three posts
    still 2; a parish seen on thirty Sundays is 30, four posts of Mass from the church 4,
    eight posts of Sunday mass from home 4 (when they differ: `repeated_captions`)."""
    near = rule.threshold("practice_near_km", 15) * 1000
    away = m.loc[~m["photo_id"].isin(ev.at_home), ["photo_id"]]
    at = prepared(ev)[["photo_id", "place_id", "week", "home_m"]].merge(away, on="photo_id")
    far = at.groupby("place_id")["home_m"].median()
    at = at[at["place_id"].isin(far.index[~(far > near)])]
    weeks = int(at.groupby("place_id")["week"].nunique().max()) if len(at) else 0
    said = m.loc[~m["label"], "when"].dt.date.nunique()
    return max(float(weeks), rule.threshold("practice_word_weight", 0.5) * said)


def _signals(rule: Rule, m: pd.DataFrame, ev: Evidence, routine) -> list[str]:
    shown = ev.tags[ev.tags["photo_id"].isin(set(m.loc[m["label"], "photo_id"]))]["tag"]
    tags = shown[shown.isin(rule.vocabulary.get("tags") or [])]
    out = list(dict.fromkeys(tags))
    out += ["captions"] if m["caption"].any() else []
    out += ["text in photos"] if m["text"].any() else []
    return out + (["weekly routine"] if routine is not None else [])


def rate_text(days: int, months: float) -> str:
    """`days` with a signal over `months` of archive, in words: "on about 3 days a month",
    "on about 4 days a year" (`words.days_a_month`), or, rarer than that, "on 6 days in 10
    years"."""
    rate = days / months
    if rate * 12 >= 0.75:
        return days_a_month(rate)
    return f"on {plural(days, 'days')} in {plural(max(1, round(months / 12)), 'years')}"


@kind(
    "sensitive",
    facts="photos days months since_text signals_text routine_text per_month_text since per_month "
    "how_often",
)
def sensitive(rule: Rule, ev: Evidence) -> Inference | None:
    """A special category that recurs: months with a signal, or a weekly routine there.

    Signals: tags from `min_score`, and weaker ones at a place whose profile shows them over
    many visits (`place_signals`: `min_place_mean`) or in a period that shows them on many days
    (`period_signals`: `period_days`), captions and text in photos; a kind of them seen on too
    few days beside the other counts for nothing (`lone_kind`: `min_days_each`), and tags seen on
    fewer than `min_tag_days` days count for nothing (`chance_tags`: what chance labels give), nor
    a caption posted word for word on more than `max_days_a_caption` days beyond those
    (`repeated_captions`), nor captions alone on fewer days than chance gives them among the
    archive's captioned posts (`chance_words`: `caption_chance`, the reader's false-signal rate).
    Confidence: 0.95 x recurrence x (f + (1 - f) x mean(top ten scores / 0.8, each at most 1)),
    f `quality_floor` (0.7 unless the rule says: weak tags on many days are strong evidence),
    recurrence 1 - 0.5^(months / half_months) (min_months / 2 unless the rule sets
    `half_months`), or, from `min_days_alone` days with a
    signal (weeks of treatment), the larger of that and 1 - 0.5^(days / (min_days_alone / 2)),
    which then stands for min_months; with `practice_half` set (religion), recurrence is
    1 - 0.5^(practice / practice_half) instead, `practice` the weeks at one place of worship
    near home or a weight for each day with words of it, the larger (`practice`), and below
    `practice_min` of it the claim does not recur; a weekly routine among the signal photos
    raises it to at least the routine's confidence; at most 0.3 below min_photos, or below
    min_days or min_months without a routine (one church wedding, one visit to a newborn, one
    party); at most 0.97.
    `per_month: 1` adds the days with a signal per month of the archive (its first to its last
    dated photo, at least a month: alcohol), and scales the confidence by min(1, per_month /
    regular_per_month): a habit said to be regular is seen at a regular rate (0.2 days a month
    unless the rule says: about one day in five months), so six days in ten years stay weak.
    """
    m = signal_photos(rule, ev).dropna(subset=["when"])
    m = lone_kind(rule, chance_tags(rule, chance_words(rule, repeated_captions(rule, m, ev), ev)))
    if m.empty:
        return None
    n_days = m["when"].dt.date.nunique()
    n_months = m["when"].dt.strftime("%Y-%m").nunique()
    routine = _routine(rule, ev, set(m["photo_id"]))
    quality = detector_quality(m["score"], rule.threshold("quality_floor", 0.7))
    half_months = rule.threshold("half_months", 0) or rule.threshold("min_months", 3) / 2
    recurrence = 1 - 0.5 ** (n_months / half_months)
    alone = rule.threshold("min_days_alone", 0)
    dense = bool(alone) and n_days >= alone  # weeks of treatment: many days, few months
    if dense:
        recurrence = max(recurrence, 1 - 0.5 ** (n_days / (alone / 2)))
    recurs = (n_months >= rule.threshold("min_months", 3) or dense) and n_days >= rule.threshold(
        "min_days", 3
    )
    half = rule.threshold("practice_half", 0)
    if half:  # practice: weeks at one place near home, and other days at a lower weight
        weeks = practice(rule, m, ev)
        recurrence = 1 - 0.5 ** (weeks / half)
        recurs = recurs and weeks >= rule.threshold("practice_min", 2.5)
    conf = 0.95 * recurrence * quality
    if routine is not None:
        conf, recurs = max(conf, routine.confidence), True
    if not recurs or len(m) < rule.threshold("min_photos", 3):
        conf = min(conf, 0.3)
    first = m["when"].min()
    value: dict = {"since": _month(first), "signals": _signals(rule, m, ev, routine)}
    span = max(1.0, (ev.photos["when"].max() - ev.photos["when"].min()).days / 30.44)
    if rule.threshold("per_month", 0):
        value["per_month"] = round(n_days / span, 2)
        conf *= min(1.0, n_days / span / rule.threshold("regular_per_month", 0.2))
    evidence = list(routine.photos) if routine is not None else []
    evidence += [p for p in m["photo_id"] if p not in set(evidence)]
    facts = {
        "photos": len(m),
        "days": n_days,
        "months": n_months,
        "since_text": _month_text(first),
        "signals_text": ", ".join(value["signals"]),
        "routine_text": (
            f"; a weekly routine there, {routine.weekday.title()}s {routine.hours} h: "
            f"{plural(len(evidence), 'photos')} in all"
            if routine
            else ""
        ),
        "per_month_text": rate_text(n_days, span),
        "how_often": how_often(n_days / span),
    }
    return _make(rule, min(conf, 0.97), value, facts, evidence)
