"""infer: rules as data (`rules/*.yaml`), kinds as code (`kinds.py`), inferences with provenance.

A rule names its id, category, title, kind, the vocabulary it reads and its thresholds. Rules are
validated when loaded: a bad file raises `RuleError` naming the file, the field and the problem.
Each inference carries its confidence, the numbers behind it in words, the evidence photo ids
(strongest first) and `remove_to_hide`: the shortest prefix of the evidence whose removal takes the
inference below 0.5, found by re-running the same kind function.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from . import places
from .errors import RuleError

REPORT_AT = 0.5
FACTS = {  # what each kind can put into a statement or explanation template
    "recurring_tag": {
        "photos",
        "days",
        "months",
        "home",
        "first",
        "last",
        "since_text",
        "years_text",
        "season_text",
        "burst_pct",
        "since",
        "season",
    },
    "trips": {"countries_text", "places_text", "photos", "count", "per_year"},
    "home": {
        "points",
        "spread_m",
        "place_text",
        "since",
        "homes",
        "lat",
        "lon",
        "place",
        "country",
    },
    "household": {"others", "others_text", "where", "span_years", "size"},
    "children": {"photos", "count"},
    "event": {
        "day_text",
        "month_text",
        "photos",
        "label_photos",
        "caption_text",
        "owner_text",
        "new_face_text",
        "date",
    },
    "move": {"km", "month_text", "new_place", "old_place", "date"},
    "first_appearance": {"animal", "month_text", "date"},
    "metadata": {"total", "pct", "top", "photos", "distinct", "distinct_text"},
}
KINDS = tuple(FACTS)
REQUIRED = {"id": str, "category": str, "title": str, "kind": str, "statement": str}
OPTIONAL = {
    "vocabulary": dict,
    "thresholds": dict,
    "explanation": str,
    "value": dict,
    "description": str,
}
VOCABULARY = {
    "tags": list,
    "captions": dict,
    "albums": list,
    "animal": str,
    "rule": str,
    "field": str,
}
ID = re.compile(r"^[a-z_]+\.[a-z0-9_]+$")
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: 10x faster


@dataclass
class Rule:
    id: str
    category: str
    title: str
    kind: str
    statement: str
    vocabulary: dict = field(default_factory=dict)
    thresholds: dict = field(default_factory=dict)
    explanation: str = ""
    source: str = ""

    def caption_words(self) -> list[str]:
        """Caption words and phrases in every language the rule lists."""
        words = self.vocabulary.get("captions") or {}
        return [w.lower() for lang in words.values() for w in (lang or [])]

    def t(self, name: str, default: float) -> float:
        return float(self.thresholds.get(name, default))


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


# --- loading and validation ----------------------------------------------------------------------
def load_rules(rules_dir: Path) -> list[Rule]:
    """Every rule of every `*.yaml` in `rules_dir`, validated."""
    rules_dir = Path(rules_dir)
    if not rules_dir.is_dir():
        raise RuleError(f"{rules_dir}: the rules folder does not exist")
    rules: list[Rule] = []
    for path in sorted(rules_dir.glob("*.yaml")):
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER)
        except yaml.YAMLError as exc:
            raise RuleError(f"{path.name}: not valid YAML ({str(exc).splitlines()[0]})") from None
        items = data.get("rules") if isinstance(data, dict) and "rules" in data else [data]
        if not isinstance(items, list):
            raise RuleError(f"{path.name}: field 'rules': must be a list of rules")
        for i, item in enumerate(items):
            rules.append(
                validate(item, f"{path.name}" + (f" (rule {i + 1})" if len(items) > 1 else ""))
            )
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen:
            raise RuleError(f"{rule.source}: field 'id': {rule.id!r} is defined twice")
        seen.add(rule.id)
    return rules


def validate(item: Any, where: str) -> Rule:
    if not isinstance(item, dict):
        raise RuleError(f"{where}: a rule must be a mapping of fields")
    for name, typ in REQUIRED.items():
        if name not in item:
            raise RuleError(f"{where}: field '{name}': missing")
        if not isinstance(item[name], typ):
            raise RuleError(f"{where}: field '{name}': must be a {typ.__name__}")
    for name in item:
        if name not in REQUIRED and name not in OPTIONAL:
            raise RuleError(f"{where}: field '{name}': unknown field")
        if name in OPTIONAL and not isinstance(item[name], OPTIONAL[name]):
            raise RuleError(f"{where}: field '{name}': must be a {OPTIONAL[name].__name__}")
    if not ID.match(item["id"]):
        raise RuleError(f"{where}: field 'id': {item['id']!r} is not of the form category.name")
    if item["id"].split(".")[0] != item["category"]:
        raise RuleError(f"{where}: field 'category': {item['category']!r} does not match the id")
    if item["kind"] not in KINDS:
        raise RuleError(f"{where}: field 'kind': {item['kind']!r} is not one of {', '.join(KINDS)}")
    for name in ("statement", "explanation"):
        try:
            used = {f for _, f, _, _ in string.Formatter().parse(item.get(name) or "") if f}
        except ValueError as exc:
            raise RuleError(f"{where}: field '{name}': bad template ({exc})") from None
        unknown = used - FACTS[item["kind"]]
        if unknown:
            raise RuleError(
                f"{where}: field '{name}': unknown placeholder "
                f"{{{sorted(unknown)[0]}}} for kind {item['kind']}"
            )
    for name, value in (item.get("thresholds") or {}).items():
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise RuleError(f"{where}: field 'thresholds.{name}': must be a number")
    for name, value in (item.get("vocabulary") or {}).items():
        if name not in VOCABULARY:
            raise RuleError(f"{where}: field 'vocabulary.{name}': unknown vocabulary")
        if not isinstance(value, VOCABULARY[name]):
            raise RuleError(
                f"{where}: field 'vocabulary.{name}': must be a {VOCABULARY[name].__name__}"
            )
    for lang, words in ((item.get("vocabulary") or {}).get("captions") or {}).items():
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise RuleError(f"{where}: field 'vocabulary.captions.{lang}': must be a list of words")
    fields = {k: v for k, v in item.items() if k in REQUIRED or k in OPTIONAL}
    fields.pop("value", None)
    fields.pop("description", None)
    return Rule(**fields, source=where)


# --- the tables a kind reads ----------------------------------------------------------------
@dataclass
class Evidence:
    """Photos, their tags, faces and locations; `without(ids)` gives the same minus some photos."""

    photos: pd.DataFrame
    tags: pd.DataFrame
    faces: pd.DataFrame
    checkins: pd.DataFrame
    owner: str | None = None
    rules: dict = field(default_factory=dict)  # rule id → Rule, for rules that read other rules

    def without(self, ids: set[str]) -> Evidence:
        keep = lambda df: df[~df["photo_id"].isin(ids)] if len(df) else df  # noqa: E731
        return Evidence(
            keep(self.photos),
            keep(self.tags),
            keep(self.faces),
            self.checkins,
            self.owner,
            self.rules,
        )

    def with_places(self, locations: pd.DataFrame, homes: list, trips: pd.DataFrame) -> Evidence:
        """Reuse places already derived from these same photos instead of deriving them again."""
        self.__dict__.update(locations=locations, homes=homes, trips=trips)
        return self

    @cached_property
    def locations(self) -> pd.DataFrame:
        return places.locations(self.photos, self.checkins)

    @cached_property
    def homes(self) -> list[places.Home]:
        return places.homes(self.locations)

    @cached_property
    def trips(self) -> pd.DataFrame:
        return places.trips(self.locations, self.homes)

    @cached_property
    def at_home(self) -> set[str]:
        return {p for h in self.homes for p in h.photo_ids}

    @cached_property
    def captions(self) -> pd.Series:
        return self.photos.set_index("photo_id")["caption"].fillna("").str.lower()


def caption_hits(ev: Evidence, words: list[str]) -> pd.Series:
    """photo_id → True where a caption holds one of `words` (whole words, any case)."""
    if not words or ev.captions.empty:
        return pd.Series(False, index=ev.captions.index)
    pattern = r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)"
    return ev.captions.str.contains(pattern, regex=True)


# --- running rules --------------------------------------------------------------------------
def infer(rules: list[Rule], ev: Evidence) -> list[Inference]:
    """Every rule's inference (weak ones included), each with its remove-to-hide set."""
    from .kinds import KIND_FUNCTIONS, ORDER

    ev.rules = {r.id: r for r in rules}
    out = []
    for rule in sorted(rules, key=lambda r: ORDER[r.kind]):
        fn = KIND_FUNCTIONS[rule.kind]
        inf = fn(rule, ev)
        if inf is None:
            continue
        if inf.confidence >= REPORT_AT:
            inf.remove_to_hide = remove_to_hide(fn, rule, ev, inf.evidence)
        out.append(inf)
    return sorted(out, key=lambda i: (-i.confidence, i.rule_id))


def remove_to_hide(fn, rule: Rule, ev: Evidence, evidence: list[str]) -> list[str]:
    """The shortest prefix of the evidence (strongest first) whose removal hides the inference."""

    def hidden(k: int) -> bool:
        inf = fn(rule, ev.without(set(evidence[:k])))
        return inf is None or inf.confidence < REPORT_AT

    lo, hi = 0, len(evidence)
    if not hidden(hi):
        return list(evidence)  # even all the evidence is not enough: other photos reveal it too
    while lo < hi:  # smallest k with hidden(k); removal only weakens an inference
        mid = (lo + hi) // 2
        if hidden(mid):
            hi = mid
        else:
            lo = mid + 1
    return list(evidence[:lo])
