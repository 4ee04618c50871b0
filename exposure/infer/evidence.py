"""What a kind function reads (`Evidence`) and what it returns (`Inference`).

`Evidence` holds the photos the owner posted or sent, their tags, faces, text read in them and
places; `without(ids)` gives the same minus some photos, which is how remove-to-hide re-runs a
kind. An `Inference` carries its confidence, the numbers behind it in words, the thresholds and the
evidence photo ids, strongest first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy as np
import pandas as pd

from ..derive import places
from ..derive.ids import among
from .captions import rule_hits, signals_table

REPORT_AT = 0.5  # an inference is reported from this confidence
TEXT_KINDS = ("document",)  # kinds that read only lines read in photos and those photos' tags
TEXT_COLUMNS = ["photo_id", "model", "text", "score", "x0", "y0", "x1", "y1"]


@dataclass
class Inference:
    rule_id: str
    category: str
    statement: str
    confidence: float
    value: dict
    explanation: str
    evidence: list[str]
    remove_to_hide: list[str] = field(default_factory=list)
    thresholds: dict = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The inference as a results.json entry (confidence rounded to 3 places)."""
        return {
            "rule_id": self.rule_id,
            "category": self.category,
            "statement": self.statement,
            "confidence": round(float(self.confidence), 3),
            "value": self.value,
            "explanation": self.explanation,
            "evidence": self.evidence,
            "remove_to_hide": self.remove_to_hide,
            "thresholds": self.thresholds,
        }


@dataclass
class Evidence:
    """Photos, their tags, faces and locations; `without(ids)` gives the same minus some photos."""

    photos: pd.DataFrame
    tags: pd.DataFrame
    faces: pd.DataFrame
    checkins: pd.DataFrame
    owner: str | None = None
    rules: dict = field(default_factory=dict)  # rule id → Rule, for rules that read other rules
    texts: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=TEXT_COLUMNS))
    memo: dict = field(default_factory=dict, repr=False, compare=False)  # see `shared`

    def shared(self, key: Hashable, make: Callable[[], Any]) -> Any:
        """`make()`, computed once for this evidence and kept under `key`: the profiles several
        kinds read (located photos with local time and places, routines, workplaces) are made
        once per run, and again for a remove-to-hide step only when it removes located photos
        (`without`)."""
        value = self.memo.get(key, _MISSING)
        if isinstance(value, Later):  # made now, on first read, by the function left for it
            del self.memo[key]
            value = self.memo[key] = value.make(self)
        elif value is _MISSING:
            value = self.memo[key] = make()
        return value

    def _settled(self, key: Hashable, value: Any) -> Any:
        """`value`, kept under `key` in `memo`, made if it was left for later."""
        return self.shared(key, lambda: None) if isinstance(value, Later) else value

    def settle(self) -> Evidence:
        """This evidence with every profile left for later (`Later`) in its memo made now: for
        code that reads `memo` directly."""
        for key in [k for k, v in self.memo.items() if isinstance(v, Later)]:
            self.shared(key, lambda: None)
        return self

    def without(self, ids: set[str]) -> Evidence:
        """The same evidence without the photos `ids` (and their tags, faces, texts, signals)."""
        keep = lambda df: df[~among(df["photo_id"], ids)] if len(df) else df  # noqa: E731
        later = lambda name: _Left.of(self.__dict__[f"_{name}"], ids)  # noqa: E731
        ev = Evidence(
            keep(self.photos),
            later("tags"),  # filtered when a kind first reads them (`_Lazy`)
            later("faces"),
            self.checkins,
            self.owner,
            self.rules,
            later("texts"),
        )
        if "signals" in self.__dict__:  # read captions once, not once per remove-to-hide step
            ev.__dict__["signals"] = keep(self.signals)
        ev.__dict__.update(self._places_without(ids))
        # a rule's tag rows (`rule_tags`) are each photo's own: the same rows without `ids`,
        # filtered when the re-run's kind reads them (one rule's of the thirty)
        for k, v in self.memo.items():
            if _of_tags(k):
                ev.memo[k] = Later(lambda _, k=k, v=v: keep(self._settled(k, v)))
        return ev

    def rule_tags(self, tags: list[str], min_score: float) -> pd.DataFrame:
        """The rows of `tags` whose tag is one of `tags`, scored at least `min_score` (in the
        table's order), found once per evidence and kept by `without` (its rows of the photos
        left): a re-run of a hobby reads these few rows, not the archive's 500,000 tags."""
        key = ("rule_tags", tuple(tags), min_score)
        t = lambda: self.tags  # noqa: E731
        return self.shared(key, lambda: t()[t()["tag"].isin(tags) & (t()["score"] >= min_score)])

    def of_texts(self) -> Evidence:
        """The same evidence with only the tags of the photos that have lines read in them: all
        a kind that reads documents looks at (`TEXT_KINDS`: the lines, and the tags beside them),
        made once. A large archive has hundreds of thousands of tags and a few photos of text."""

        def make() -> Evidence:
            tags = self.tags
            if len(tags):
                tags = tags[among(tags["photo_id"], set(self.texts["photo_id"]))]
            return Evidence(
                self.photos, tags, self.faces, self.checkins, self.owner, self.rules, self.texts
            )

        return self.shared("of_texts", make)

    def _places_without(self, ids: set[str]) -> dict:
        """The places already derived here (locations, homes, trips, at_home, and the profiles
        of the located photos in `memo`) when the photos `ids` play no part in them (no location,
        no town named); else none: they are derived again."""
        if "locations" not in self.__dict__:
            return {}
        gone = self.photos[among(self.photos["photo_id"], ids)]
        if places.counts_in_locations(gone, self.locations):
            return {}
        names = ("locations", "homes", "trips", "at_home")
        out = {k: self.__dict__[k] for k in names if k in self.__dict__}
        # the profiles of the located photos are theirs alone: the same without unlocated ones
        memo = {k: v for k, v in self.memo.items() if _of_located(k)}
        return out | {"memo": memo}

    def with_places(self, locations: pd.DataFrame, homes: list, trips: pd.DataFrame) -> Evidence:
        """Reuse places already derived from these same photos instead of deriving them again."""
        self.__dict__.update(locations=locations, homes=homes, trips=trips)
        return self

    @cached_property
    def locations(self) -> pd.DataFrame:
        """photo_id, when, lat, lon, source: every located photo (derived once)."""
        return places.locations(self.photos, self.checkins)

    @cached_property
    def homes(self) -> list[places.Home]:
        """The homes over time, oldest first (made by the function left in `memo["homes"]` by
        `engine.without`, when there is one)."""
        later = self.memo.get("homes")
        return later.make(self) if isinstance(later, Later) else places.homes(self.locations)

    @cached_property
    def trips(self) -> pd.DataFrame:
        """The trips away from home, one row each."""
        return places.trips(self.locations, self.homes)

    @cached_property
    def at_home(self) -> set[str]:
        """The ids of the photos taken at one of the homes."""
        return {p for h in self.homes for p in h.photo_ids}

    @cached_property
    def captions(self) -> pd.Series:
        """photo_id -> caption in lower case ("" when none)."""
        return self.photos.set_index("photo_id")["caption"].fillna("").str.lower()

    @cached_property
    def signals(self) -> pd.DataFrame:
        """photo_id, signal, term, lang: the caption lexicon's signals in each caption."""
        if self.photos.empty or "caption" not in self.photos:
            return pd.DataFrame(columns=["photo_id", "signal", "term", "lang"])
        return signals_table(self.photos)

    @cached_property
    def when(self) -> pd.Series:
        """photo_id -> when (UTC; taken, else uploaded)."""
        return self.photos.drop_duplicates("photo_id").set_index("photo_id")["when"]


_MISSING = object()


@dataclass
class Later:
    """A profile of `Evidence.memo` that is made only when a kind first reads it (`shared`):
    remove-to-hide's re-runs leave what only some kinds read (the homes a removal moves, the
    prepared profile) to those kinds. `make` is given the evidence that reads it (so that it
    holds no reference to it: a re-run's evidence is freed as soon as its kind is done)."""

    make: Callable[[Any], Any]


@dataclass
class _Left:
    """A table of `Evidence` without the rows of the photos `gone`, not filtered yet."""

    table: pd.DataFrame
    gone: frozenset

    @staticmethod
    def of(table: pd.DataFrame | _Left, ids: set[str]) -> _Left:
        """`table` (itself perhaps not filtered yet) without the photos `ids`, filtered later."""
        if isinstance(table, _Left):
            return _Left(table.table, table.gone | frozenset(ids))
        return _Left(table, frozenset(ids))

    def rows(self) -> pd.DataFrame:
        """The table without the rows of the photos `gone`."""
        t = self.table
        return t[~among(t["photo_id"], self.gone)] if len(t) else t


class _Lazy:
    """A table field of `Evidence` (tags, faces, texts) that `without` leaves unfiltered until a
    kind reads it: a re-run of a hobby reads no face, a re-run of a routine whose places are
    reused no tag, and a large archive has 300,000 faces and 500,000 tags to copy."""

    def __init__(self, name: str):
        self.key = f"_{name}"

    def __get__(self, obj: Any, objtype: Any = None) -> Any:
        if obj is None:
            return self
        value = obj.__dict__[self.key]
        if isinstance(value, _Left):
            value = obj.__dict__[self.key] = value.rows()
        return value

    def __set__(self, obj: Any, value: Any) -> None:
        obj.__dict__[self.key] = value


for _name in ("tags", "faces", "texts"):
    setattr(Evidence, _name, _Lazy(_name))


# memo keys read from the located photos alone (their tags, captions and text names included)
LOCATED_PROFILES = (
    "located",
    "timed",
    "prepared",
    "routines",
    "workplaces",
    "place_profiles",
    "home_core",
)


def _of_tags(key: Hashable) -> bool:
    return isinstance(key, tuple) and key[0] == "rule_tags"


def _of_located(key: Hashable) -> bool:
    return (key[0] if isinstance(key, tuple) else key) in LOCATED_PROFILES


def caption_hits(
    ev: Evidence, words: list[str] | dict[str, list[str]], about: str = ""
) -> pd.Series:
    """photo_id → True where a caption holds one of `words`: a list, as whole words in any case;
    words by language (a rule's `captions`), in the caption's own language, in any of their forms
    and about the owner (`captions.rule_hits`, `about` an activity or a person shown)."""
    if not words or ev.captions.empty:
        return pd.Series(False, index=ev.captions.index)
    if isinstance(words, dict):
        key = (*sorted((k, tuple(v or ())) for k, v in words.items()), about)
        raw = ev.photos.set_index("photo_id")["caption"]
        read = lambda u: rule_hits(u, words, about).astype(bool)  # noqa: E731
        return ev.shared(("caption_hits", key), lambda: _per_caption(raw, read))
    pattern = r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)"
    read = lambda u: u.str.contains(pattern, regex=True, na=False)  # noqa: E731
    return ev.shared(("caption_hits", pattern), lambda: _per_caption(ev.captions, read))


def _per_caption(captions: pd.Series, read: Callable[[pd.Series], pd.Series]) -> pd.Series:
    """`read(captions)`, computed once per distinct caption (an archive repeats its captions
    across the photos of a post, and "" most of all) and spread back: photo_id → bool."""
    codes, uniques = pd.factorize(captions, use_na_sentinel=True)
    said = np.asarray(read(pd.Series(uniques, dtype=object)), dtype=bool)
    said = np.append(said, False)  # code -1 (no caption) reads as nothing said
    return pd.Series(said[codes], index=captions.index)
