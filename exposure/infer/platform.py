"""Meta's own labels next to exposure's claims: supported, not supported, or not visible in photos.

The mapping is data (`rules/platform/labels.yaml`): per rule id, the labels that name the same
thing in each export language, and the labels photos cannot show. A label matches an entry when
the entry's words appear in it as whole words, case- and accent-insensitively (`dog*` also matches
"dogs"; `re:` entries are regular expressions on the folded label). When several entries match,
the longest matched text wins ("Engaged Shoppers" beats "engaged"; "away from family" beats
"family"), ties going to the earlier entry.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..errors import RuleError

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
ID = re.compile(r"^[a-z_]+\.[a-z0-9_]+$")
REPORTED = 0.5  # an inference is reported at this confidence or above
NOT_VISIBLE = "not_visible"
_FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe", "ı": "i", "’": "'"})


@dataclass(frozen=True)
class Entry:
    """One way of naming a rule (or a label photos cannot show) in Meta's words."""

    rule_id: str | None  # None: photos cannot show it
    text: str  # as written in the mapping
    regex: re.Pattern


@dataclass(frozen=True)
class LabelMapping:
    """The validated mapping: its entries in file order and the kinds never matched."""

    entries: tuple[Entry, ...]
    kinds_not_visible: frozenset[str]
    source: str

    def match(self, label: str, kind: str = "") -> Entry | None:
        """The entry that names `label` (the longest match, earliest on ties), or None."""
        if kind in self.kinds_not_visible:
            return None
        folded = fold(label)
        best: tuple[int, Entry] | None = None
        for entry in self.entries:
            m = entry.regex.search(folded)
            if m and (best is None or len(m.group(0)) > best[0]):
                best = (len(m.group(0)), entry)
        return best[1] if best else None


def fold(text: str) -> str:
    """`text` casefolded, without accents, with single spaces: what entries are matched on."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def compile_entry(text: str) -> re.Pattern:
    """The regex of one entry: `re:PATTERN`, or words matched whole (`*` ends a word prefix)."""
    if text.startswith("re:"):
        return re.compile(text[3:].strip())
    words = fold(text).split()
    prefix = words[-1].endswith("*")
    words[-1] = words[-1].rstrip("*")
    body = r"\s+".join(re.escape(w) for w in words)
    return re.compile(r"(?<!\w)" + body + (r"\w*" if prefix else "") + r"(?!\w)")


# --- loading and validation ----------------------------------------------------------------------


def load_mapping(path: Path | str, rule_ids: Iterable[str] | None = None) -> LabelMapping:
    """The mapping in the YAML file `path`; raises `RuleError` naming the file and the field.

    With `rule_ids` (the ids of the loaded rules), a mapping that names another id is refused.
    YAML aliases are refused: the file is data a researcher edits, never a graph.
    """
    path = Path(path)
    name = path.name
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"{name}: cannot read ({exc})") from None
    data = _load_yaml(text, name)
    if not isinstance(data, dict):
        raise RuleError(f"{name}: must be a mapping with fields 'rules' and 'not_visible'")
    unknown = set(data) - {"rules", "not_visible", "kinds_not_visible"}
    if unknown:
        raise RuleError(f"{name}: field '{sorted(unknown)[0]}': unknown field")
    known = set(rule_ids) if rule_ids is not None else None
    entries = _entries(data.get("not_visible") or {}, None, name, "not_visible")
    rules = data.get("rules")
    if not isinstance(rules, dict):
        raise RuleError(f"{name}: field 'rules': must be a mapping of rule id to labels")
    for rule_id, langs in rules.items():
        where = f"{name}: field 'rules.{rule_id}'"
        if not isinstance(rule_id, str) or not ID.match(rule_id):
            raise RuleError(f"{where}: {rule_id!r} is not of the form category.name")
        if known is not None and rule_id not in known:
            raise RuleError(f"{where}: no rule has this id")
        entries += _entries(langs, rule_id, name, f"rules.{rule_id}")
    kinds = data.get("kinds_not_visible") or []
    if not isinstance(kinds, list) or not all(isinstance(k, str) for k in kinds):
        raise RuleError(f"{name}: field 'kinds_not_visible': must be a list of kinds")
    return LabelMapping(tuple(entries), frozenset(kinds), str(path))


def _load_yaml(text: str, name: str) -> Any:
    try:
        for event in yaml.parse(text, Loader=LOADER):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise RuleError(f"{name}: YAML anchors and aliases are not allowed")
        return yaml.load(text, Loader=LOADER)
    except yaml.YAMLError as exc:
        raise RuleError(f"{name}: not valid YAML ({str(exc).splitlines()[0]})") from None


def _entries(langs: Any, rule_id: str | None, name: str, field: str) -> list[Entry]:
    if not isinstance(langs, dict):
        problem = "must be a mapping of language to a list of labels"
        raise RuleError(f"{name}: field '{field}': {problem}")
    out: list[Entry] = []
    for lang, items in langs.items():
        where = f"{name}: field '{field}.{lang}'"
        if not isinstance(items, list) or not all(isinstance(t, str) and t.strip() for t in items):
            raise RuleError(f"{where}: must be a list of non-empty labels")
        for text in items:
            try:
                out.append(Entry(rule_id, text, compile_entry(text)))
            except re.error as exc:
                raise RuleError(f"{where}: {text!r} is not a valid pattern ({exc})") from None
    return out


# --- classing ------------------------------------------------------------------------------------


def classify(
    labels: Iterable[Any], inferences: Iterable[Mapping[str, Any]], mapping: LabelMapping
) -> list[dict]:
    """Per label, whether exposure's claims from the photos support it.

    `labels` are `PlatformLabel`s (or dicts with source, label, kind); `inferences` are
    results.json inference dicts. A label is `supported` when its rule has a reported claim
    (confidence >= 0.5), `not_supported` when its rule has none, and `not_visible` when it
    names nothing photos can show or no rule. `confidence` is the rule's strongest claim
    (reported or not), `statement` that claim's words when it is reported.
    """
    best = _strongest(inferences)
    return [_classed(item, mapping, best) for item in labels]


def _strongest(inferences: Iterable[Mapping[str, Any]]) -> dict[str, Mapping[str, Any]]:
    best: dict[str, Mapping[str, Any]] = {}
    for inf in inferences:
        rid, conf = inf.get("rule_id"), _confidence(inf)
        if isinstance(rid, str) and conf is not None:
            if rid not in best or conf > _confidence(best[rid]):
                best[rid] = inf
    return best


def _confidence(inf: Mapping[str, Any]) -> float | None:
    conf = inf.get("confidence")
    return float(conf) if isinstance(conf, int | float) and not isinstance(conf, bool) else None


def _classed(item: Any, mapping: LabelMapping, best: dict) -> dict:
    source, label, kind = (_field(item, k) for k in ("source", "label", "kind"))
    entry = mapping.match(label, kind)
    rule_id = entry.rule_id if entry else None
    out = {"source": source, "label": label, "kind": kind, "rule_id": rule_id}
    claim = best.get(rule_id) if rule_id else None
    conf = _confidence(claim) if claim else None
    if rule_id is None:
        status = NOT_VISIBLE
    else:
        status = "supported" if conf is not None and conf >= REPORTED else "not_supported"
    statement = claim.get("statement") if claim and status == "supported" else None
    out.update(status=status, confidence=conf, statement=statement)
    return out


def _field(item: Any, name: str) -> str:
    value = item.get(name) if isinstance(item, Mapping) else getattr(item, name, None)
    return "" if value is None else str(value)


# --- the mapping a rules folder uses -------------------------------------------------------------

MAPPING_FILE = Path("platform") / "labels.yaml"  # inside a rules folder


def mapping_path(rules_dir: Path | str) -> Path:
    """The label mapping of `rules_dir`: its own `platform/labels.yaml`, else the bundled one (a
    researcher's rules folder without the subfolder still classes Meta's labels)."""
    own = Path(rules_dir) / MAPPING_FILE
    if own.is_file():
        return own
    from ..config import bundled

    return bundled("rules") / MAPPING_FILE


def rules_mapping(rules_dir: Path | str, rule_ids: Iterable[str] | None = None) -> LabelMapping:
    """The validated mapping of `rules_dir` (see `mapping_path`), read once per file version;
    with `rule_ids` (the folder's rules), a mapping that names an id no rule has raises
    `RuleError` (`load_rules` checks a folder's own mapping so)."""
    path = mapping_path(rules_dir)
    try:
        st = path.stat()
    except OSError as exc:
        raise RuleError(f"{path.name}: cannot read ({exc})") from None
    mapping = _cached_mapping(str(path), st.st_mtime_ns, st.st_size)
    if rule_ids is not None:
        known = set(rule_ids)
        unknown = sorted({e.rule_id for e in mapping.entries if e.rule_id} - known)
        if unknown:
            raise RuleError(f"{path.name}: field 'rules.{unknown[0]}': no rule has this id")
    return mapping


@lru_cache(maxsize=8)
def _cached_mapping(path: str, mtime_ns: int, size: int) -> LabelMapping:
    return load_mapping(path)
