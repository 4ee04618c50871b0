"""Rule files (`rules/*.yaml`): loading and validation.

A rule names its id, category, title, kind, the vocabulary it reads and its thresholds. Rules are
validated when loaded: a bad file raises `RuleError` naming the file, the field and the problem.
"""

from __future__ import annotations

import math
import re
import string
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import safeyaml
from ..errors import RuleError
from ..safeyaml import field_name as _field
from ..safeyaml import shown as _shown
from ..words import fill
from .captions import lexicon
from .registry import KINDS
from .thresholds import MAX_THRESHOLD, RENAMED, THRESHOLDS

REQUIRED = {"id": str, "category": str, "title": str, "kind": str, "statement": str}
OPTIONAL = {
    "vocabulary": dict,
    "thresholds": dict,
    "explanation": str,
    "statement_one": str,  # said instead of the statement when the count is one (one trip)
    "value": dict,
    "description": str,
    "report": dict,  # how the report shows the rule's claims (ReportEntry)
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
CAPTION_KEYS = ("signals", "unless", "about")  # under vocabulary.captions, beside the languages
# `captions: {about: ...}`: whose words a rule's caption words must be (`caption_rules.rule_hits`)
ABOUT = {
    "": "the owner's, as signals are read",
    "activity": "an activity the owner does, not one someone else does or a crowd watches",
    "person": "a person the photo shows, not whom a question asks for",
}
ID = re.compile(r"[a-z_]{1,40}\.[a-z0-9_]{1,60}")
MAX_TEXT = 2000  # characters of a title, statement or explanation, as written and as rendered
# A placeholder's format spec: [[fill]align][sign][z][#][0][width][,_][.precision][type]
SPEC = re.compile(
    r"(?:[^{}]?[<>=^])?[-+ ]?z?#?0?(?P<width>\d{1,4})?[,_]?(?:\.(?P<precision>\d{1,4}))?"
    r"[bcdeEfFgGnosxX%]?"
)
MAX_WIDTH, MAX_PRECISION = 40, 6
# `report:` in a rule file: each key's allowed values (a tuple) or longest text (an int)
REPORT = {
    "section": ("claims", "sensitive"),  # sensitive: protected by law (GDPR art. 9), shown first
    "map": ("home", "routine", "work", "school"),  # the map layer of the claim's place
    "why": 400,  # one line on why the claim matters, under it in the summary and on its card
    "role": ("home", "household"),  # the claim a report section reads its data from
}


@dataclass(frozen=True)
class ReportEntry:
    """How the report shows a rule's claims: its `report:` block (see REPORT)."""

    section: str = "claims"
    map: str = ""
    why: str = ""
    role: str = ""


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
    statement_one: str = ""
    report: ReportEntry = field(default_factory=ReportEntry)
    source: str = ""
    file: str = ""  # the rule file's name, as messages show it

    def caption_words(self) -> list[str]:
        """Caption words and phrases in every language the rule lists."""
        words = self.vocabulary.get("captions") or {}
        return [
            w.lower() for k, lang in words.items() if k not in CAPTION_KEYS for w in (lang or [])
        ]

    def caption_signals(self) -> list[str]:
        """The caption lexicon's signals the rule reads (`captions: {signals: [wedding]}`)."""
        return list((self.vocabulary.get("captions") or {}).get("signals") or [])

    def caption_about(self) -> str:
        """What the rule's caption words are about (`captions: {about: activity}`: a hobby's
        words said of someone else do not count; "person": a child asked for is no child
        shown), "" when the file says nothing (the owner's, as signals are read); see ABOUT."""
        return str((self.vocabulary.get("captions") or {}).get("about") or "")

    def caption_unless(self) -> list[str]:
        """Words that take a caption away from the rule ("congratulations": a guest's caption)."""
        return [w.lower() for w in (self.vocabulary.get("captions") or {}).get("unless") or []]

    def threshold(self, name: str, default: float) -> float:
        """The rule file's threshold `name` as a float, or `default` when the file sets none."""
        return float(self.thresholds.get(name, default))

    def render(self, name: str, facts: dict) -> str:
        """The rule's `name` template ("statement", "explanation" or "statement_one") filled with
        `facts` in words people use (`words.fill`: "1 photo", "June 2019"), cut to MAX_TEXT
        characters; raises `RuleError` when a value does not suit its format spec."""
        try:
            text = fill(getattr(self, name) or "", facts)
        except (KeyError, IndexError, ValueError, TypeError, AttributeError) as exc:
            raise RuleError(
                f"{self.source}: field '{name}': cannot be filled in ({type(exc).__name__}: "
                f"{str(exc)[:80]}); fix the placeholder or its format spec"
            ) from None
        return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


def known_signals() -> list[str]:
    """The caption lexicon's signal names (wedding, baby, religion, ...), sorted
    (`Lexicon.signal_names`: listed once per lexicon)."""
    return list(lexicon().signal_names)


# --- loading and validation ----------------------------------------------------------------------
def load_rules(rules_dir: Path) -> list[Rule]:
    """Every rule of every `*.yaml` in `rules_dir`, validated."""
    rules_dir = Path(rules_dir)
    if not rules_dir.is_dir():
        raise RuleError(f"{rules_dir}: the rules folder does not exist")
    rules: list[Rule] = []
    for path in sorted(rules_dir.glob("*.yaml")):
        data, _ = safeyaml.load(path, RuleError)
        where = safeyaml.display_name(path)
        items = data.get("rules") if isinstance(data, dict) and "rules" in data else [data]
        if not isinstance(items, list):
            raise RuleError(f"{where}: field 'rules': must be a list of rules")
        for i, item in enumerate(items):
            rules.append(validate(item, where + (f" (rule {i + 1})" if len(items) > 1 else "")))
            rules[-1].file = where
    seen: set[str] = set()
    roles: dict[str, str] = {}
    for rule in rules:
        if rule.id in seen:
            raise RuleError(f"{rule.source}: field 'id': {rule.id!r} is defined twice")
        seen.add(rule.id)
        role = rule.report.role
        if role and roles.setdefault(role, rule.id) != rule.id:
            raise RuleError(
                f"{rule.source}: field 'report.role': {role!r} is {roles[role]}'s already; "
                "one rule a role"
            )
    if (rules_dir / "platform" / "labels.yaml").is_file():  # its own mapping of Meta's labels
        from .platform import rules_mapping

        rules_mapping(rules_dir, seen)
    return rules


def validate(item: Any, where: str) -> Rule:
    """The `Rule` of one rule mapping read from `where`; raises `RuleError` naming the field."""
    if not isinstance(item, dict):
        raise RuleError(f"{where}: a rule must be a mapping of fields")
    _check_fields(item, where)
    _check_templates(item, where)
    thresholds = _renamed(item.get("thresholds") or {}, where)
    _check_thresholds(thresholds, where)
    _check_vocabulary(item.get("vocabulary") or {}, where)
    fields = {k: v for k, v in item.items() if k in REQUIRED or k in OPTIONAL}
    fields["thresholds"] = thresholds
    fields["report"] = _report_entry(item.get("report") or {}, where)
    fields.pop("value", None)
    fields.pop("description", None)
    return Rule(**fields, source=where)


def _check_fields(item: dict, where: str) -> None:
    for name, typ in REQUIRED.items():
        if name not in item:
            raise RuleError(f"{where}: field '{name}': missing")
        if not isinstance(item[name], typ):
            raise RuleError(f"{where}: field '{name}': must be a {typ.__name__}")
    for name in item:
        if name not in REQUIRED and name not in OPTIONAL:
            raise RuleError(f"{where}: field '{_field(name)}': unknown field")
        if name in OPTIONAL and not isinstance(item[name], OPTIONAL[name]):
            raise RuleError(f"{where}: field '{name}': must be a {OPTIONAL[name].__name__}")
        if isinstance(item[name], str) and len(item[name]) > MAX_TEXT:
            raise RuleError(f"{where}: field '{name}': longer than {MAX_TEXT} characters")
    if not ID.fullmatch(item["id"]):
        raise RuleError(
            f"{where}: field 'id': {_shown(item['id'])} is not of the form category.name"
        )
    if item["id"].split(".")[0] != item["category"]:
        raise RuleError(
            f"{where}: field 'category': {_shown(item['category'])} does not match the id"
        )
    if item["kind"] not in KINDS:
        raise RuleError(
            f"{where}: field 'kind': {_shown(item['kind'])} is not one of {', '.join(KINDS)}"
        )


def _check_templates(item: dict, where: str) -> None:
    """Placeholders name the kind's facts; format specs are plain and small (see SPEC)."""
    for name in ("statement", "explanation", "statement_one"):
        try:
            parts = list(string.Formatter().parse(item.get(name) or ""))
        except ValueError as exc:
            raise RuleError(f"{where}: field '{name}': bad template ({exc})") from None
        for _, fact, spec, conversion in parts:
            if fact is None:
                continue
            if fact not in KINDS[item["kind"]].facts:
                shown = f"{{{_field(fact)}}}" if fact else "{} (a placeholder must name a fact)"
                raise RuleError(
                    f"{where}: field '{name}': unknown placeholder {shown} for kind {item['kind']}"
                )
            if conversion not in (None, "s", "r", "a"):
                raise RuleError(
                    f"{where}: field '{name}': {{{fact}!{_field(conversion)}}}: use !s or !r"
                )
            _check_spec(spec or "", f"{where}: field '{name}': {{{fact}:{_field(spec)}}}")


def _report_entry(report: dict, where: str) -> ReportEntry:
    """The `ReportEntry` of a rule's `report:` block; raises `RuleError` naming the key."""
    for name, value in report.items():
        field_ = f"{where}: field 'report.{_field(name)}'"
        allowed = REPORT.get(name) if isinstance(name, str) else None
        if allowed is None:
            raise RuleError(f"{field_}: unknown key; use {', '.join(REPORT)}")
        if not isinstance(value, str):
            raise RuleError(f"{field_}: must be text, not {_shown(value)}")
        if isinstance(allowed, int) and len(value) > allowed:
            raise RuleError(f"{field_}: longer than {allowed} characters")
        if isinstance(allowed, tuple) and value not in allowed:
            raise RuleError(f"{field_}: {_shown(value)} is not one of {', '.join(allowed)}")
    return ReportEntry(**report)


def _check_spec(spec: str, what: str) -> None:
    match = SPEC.fullmatch(spec)
    if match is None:
        raise RuleError(f"{what}: not a plain format spec such as :>3 or :.1f")
    if int(match["width"] or 0) > MAX_WIDTH or int(match["precision"] or 0) > MAX_PRECISION:
        raise RuleError(
            f"{what}: a width up to {MAX_WIDTH} and a precision up to {MAX_PRECISION} are allowed"
        )


_NOTED: set[tuple[str, str]] = set()  # (rule, old name) already told in this process


def _renamed(thresholds: dict, where: str) -> dict:
    """`thresholds` with each old name (RENAMED) under its new one, in place, each told once on
    stderr in one line; raises `RuleError` when a rule sets both names."""
    out = {}
    for name, value in thresholds.items():
        new = RENAMED.get(name) if isinstance(name, str) else None
        if new is None:
            out[name] = value
            continue
        if new in thresholds:
            raise RuleError(
                f"{where}: field 'thresholds.{name}': the old name of {new}, which the rule also "
                f"sets; keep {new} only"
            )
        out[new] = value
        if (where, name) not in _NOTED:
            _NOTED.add((where, name))
            print(
                f"exposure: {where}: threshold '{name}' is now called '{new}'; the old name "
                "still works, rename it",
                file=sys.stderr,
            )
    return out


def _check_thresholds(thresholds: dict, where: str) -> None:
    """Each threshold a finite number within its range (THRESHOLDS; others 0 to MAX_THRESHOLD)."""
    for name, value in thresholds.items():
        field_ = f"{where}: field 'thresholds.{_field(name)}'"
        if not isinstance(name, str):
            raise RuleError(f"{field_}: a threshold's name must be text")
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise RuleError(f"{field_}: must be a number, not {_shown(value)}")
        low, high, open_low = THRESHOLDS.get(name, (0.0, MAX_THRESHOLD, False))
        ok = math.isfinite(value) if isinstance(value, float) else abs(value) <= MAX_THRESHOLD
        if not ok or not (low < value if open_low else low <= value) or value > high:
            above = "above" if open_low else "from"
            raise RuleError(
                f"{field_}: {_shown(value)} is out of range; use a number {above} {low:g} "
                f"up to {high:g}"
            )


def _check_vocabulary(vocabulary: dict, where: str) -> None:
    for name, value in vocabulary.items():
        if name not in VOCABULARY:
            raise RuleError(f"{where}: field 'vocabulary.{_field(name)}': unknown vocabulary")
        if not isinstance(value, VOCABULARY[name]):
            raise RuleError(
                f"{where}: field 'vocabulary.{name}': must be a {VOCABULARY[name].__name__}"
            )
        if isinstance(value, list) and not all(isinstance(w, str) for w in value):
            raise RuleError(f"{where}: field 'vocabulary.{name}': must be a list of words")
    for key in ("captions", "texts"):
        for lang, words in (vocabulary.get(key) or {}).items():
            if key == "captions" and lang == "about":
                continue
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                raise RuleError(
                    f"{where}: field 'vocabulary.{key}.{_field(lang)}': must be a list of words"
                )
    about = (vocabulary.get("captions") or {}).get("about", "")
    if not isinstance(about, str) or about not in ABOUT:
        raise RuleError(
            f"{where}: field 'vocabulary.captions.about': {_shown(about)} is not one of "
            f"{', '.join(repr(a) for a in ABOUT)}"
        )
    signals = (vocabulary.get("captions") or {}).get("signals") or []
    unknown_signals = sorted(set(signals) - set(known_signals())) if signals else []
    if unknown_signals:
        raise RuleError(
            f"{where}: field 'vocabulary.captions.signals': {_shown(unknown_signals[0])} is not "
            f"a caption signal (one of {', '.join(known_signals())})"
        )
