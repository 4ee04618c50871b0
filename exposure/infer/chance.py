"""Chance: how many posts saying a thing the caption reader gives where nothing was said.

A reader right four times in five still reads a dog, a school, faith or a protest into about one
caption in a hundred to five hundred of others' news, wishes and jokes: the more captions an
archive (or a place) has, the more such posts chance gives. `chance_days` is that count (a
Poisson 1% tail), `caption_posts` the archive's captioned posts it is taken of, and
`beyond_chance` drops the photos whose one signal is a caption when they are no more than that.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .evidence import Evidence
from .rules import Rule


def caption_posts(ev: Evidence) -> int:
    """How many posts of the archive have a caption: distinct (caption, day) pairs, a post being
    the photos of one day that share a caption (as `captions.once_per_post` counts them); counted
    once per evidence, whichever rules ask."""
    return ev.shared("caption_posts", lambda: _caption_posts(ev))


def _caption_posts(ev: Evidence) -> int:
    if "caption" not in ev.photos or ev.photos.empty:
        return 0
    day = pd.to_datetime(ev.photos["when"], utc=True, errors="coerce").dt.strftime("%Y-%m-%d")
    return int(first_of_posts(ev.photos["caption"], day.fillna("")).sum())


def first_of_posts(captions: pd.Series, days: pd.Series) -> pd.Series:
    """True on the first photo of each captioned post, False elsewhere: the photos that share a
    caption (stripped) and a day are one post; a photo without a caption is in none."""
    said = captions.fillna("").astype(str).str.strip()
    return (said != "") & ~pd.DataFrame({"said": said, "day": days}).duplicated()


def chance_days(posts: int, rate: float, alpha: float = 0.01) -> int:
    """The fewest posts saying a thing that chance does not explain: the smallest d with
    P(X >= d) < `alpha` for X ~ Poisson(`rate` x `posts`), `rate` the share of captions that do
    not say it which the caption reader reads as saying it (about 0.5-1.5% per signal on the dev
    sets' captions of others' news, wishes, negation and jokes). 1 when `rate` is 0: 200
    captioned posts at 1% give 7, 50 give 4."""
    lam = rate * posts
    d, p, tail = 0, np.exp(-lam), 1.0  # p = P(X = d), tail = P(X >= d)
    while tail >= alpha:
        tail -= p
        d += 1
        p *= lam / d
    return max(d, 1)


def beyond_chance(rule: Rule, m: pd.DataFrame, only: pd.Series, ev: Evidence) -> pd.DataFrame:
    """The signal photos `m` less the `only` ones (whose one signal is a caption) when the days
    these fall on are fewer than the caption reader gives by chance: `chance_days` of the
    archive's captioned posts (`caption_posts`) at the rule's `caption_chance` (0: always kept).
    A reader right four times in five still reads a dog, faith or a protest into about one
    caption in a hundred to five hundred of others' news, wishes and jokes."""
    rate = rule.threshold("caption_chance", 0)
    if not rate or m.empty:
        return m
    days = m.loc[only, "when"].dt.date.nunique()
    if not days or days >= chance_days(caption_posts(ev), rate):
        return m
    return m[~only]
