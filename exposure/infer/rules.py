"""Rule files (`rules/*.yaml`): loading and validation.

A rule names its id, category, title, kind, the vocabulary it reads and its thresholds. Rules are
validated when loaded: a bad file raises `RuleError` naming the file, the field and the problem.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..errors import RuleError
from .captions import lexicon

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
    "routine": {"weekday_text", "where_text", "weeks", "photos", "first", "last", "km_text"}
    | {"weekday", "hours", "lat", "lon", "place", "tag"},
    "workplace": {"role_text", "where_text", "name_text", "weeks", "weekdays", "daytime_pct"}
    | {"first", "last", "signals_text", "lat", "lon", "place", "name"},
    "sensitive": {"photos", "days", "months", "since_text", "signals_text", "routine_text"}
    | {"per_month_text", "since", "per_month"},
    "document": {"photos", "masked_text"},
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
    "texts": dict,  # words read in photos, per language (placards, prayer cards, prescriptions)
    "albums": list,
    "animal": str,
    "rule": str,
    "field": str,
}
CAPTION_KEYS = ("signals", "unless")  # under vocabulary.captions, beside the languages
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
        return [
            w.lower() for k, lang in words.items() if k not in CAPTION_KEYS for w in (lang or [])
        ]

    def caption_signals(self) -> list[str]:
        """The caption lexicon's signals the rule reads (`captions: {signals: [wedding]}`)."""
        return list((self.vocabulary.get("captions") or {}).get("signals") or [])

    def caption_unless(self) -> list[str]:
        """Words that take a caption away from the rule ("congratulations": a guest's caption)."""
        return [w.lower() for w in (self.vocabulary.get("captions") or {}).get("unless") or []]

    def threshold(self, name: str, default: float) -> float:
        """The rule file's threshold `name` as a float, or `default` when the file sets none."""
        return float(self.thresholds.get(name, default))


def known_signals() -> list[str]:
    """The caption lexicon's signal names (wedding, baby, religion, ...)."""
    lex = lexicon()
    return sorted({t.signal for t in lex.signals.terms() if t.signal} | set(lex.emoji.values()))


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
    """The `Rule` of one rule mapping read from `where`; raises `RuleError` naming the field."""
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
    for key in ("captions", "texts"):
        for lang, words in ((item.get("vocabulary") or {}).get(key) or {}).items():
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                raise RuleError(
                    f"{where}: field 'vocabulary.{key}.{lang}': must be a list of words"
                )
    signals = ((item.get("vocabulary") or {}).get("captions") or {}).get("signals") or []
    unknown_signals = sorted(set(signals) - set(known_signals()))
    if unknown_signals:
        raise RuleError(
            f"{where}: field 'vocabulary.captions.signals': {unknown_signals[0]!r} is not a "
            f"caption signal (one of {', '.join(known_signals())})"
        )
    fields = {k: v for k, v in item.items() if k in REQUIRED or k in OPTIONAL}
    fields.pop("value", None)
    fields.pop("description", None)
    return Rule(**fields, source=where)
