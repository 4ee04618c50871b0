"""Rule kinds are registered once (`registry.kind`), with the facts their statements may use: the
rule files are checked against that one table and the engine runs from it."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
import yaml

from exposure.config import bundled
from exposure.errors import RuleError
from exposure.infer import Inference, infer, load_rules
from exposure.infer.registry import KINDS, kind
from tests.infer.test_rules import evidence, home_life

BUNDLED = bundled("rules")


def placeholders(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template or "") if f is not None}


def rule_file(tmp_path: Path, **fields) -> Path:
    """A rules folder holding one rule: a small recurring_tag rule, with `fields` changed."""
    rule = {
        "id": "pets.toy",
        "category": "pets",
        "title": "A toy rule",
        "kind": "recurring_tag",
        "statement": "Has a dog (in {photos} photos)",
        "vocabulary": {"tags": ["dog"]},
    } | fields
    folder = tmp_path / "rules"
    folder.mkdir(exist_ok=True)
    (folder / "toy.yaml").write_text(yaml.safe_dump(rule), encoding="utf-8")
    return folder


def test_every_bundled_rule_names_a_registered_kind_and_only_its_facts():
    rules = load_rules(BUNDLED)
    assert {r.kind for r in rules} == set(KINDS)  # and every registered kind has a rule
    for rule in rules:
        used = placeholders(rule.statement) | placeholders(rule.explanation)
        assert used <= KINDS[rule.kind].facts, rule.source


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"kind": "recuring_tag"}, "field 'kind': 'recuring_tag' is not one of recurring_tag"),
        ({"statement": "Has a dog since {snice}"}, "unknown placeholder {snice} for kind"),
        # a fact of another kind is no fact of this one
        ({"explanation": "{masked_text}"}, "unknown placeholder {masked_text} for kind"),
    ],
)
def test_a_rule_file_naming_a_kind_or_fact_that_does_not_exist_is_refused(
    tmp_path, fields, message
):
    with pytest.raises(RuleError, match=message.replace("{", r"\{").replace("}", r"\}")):
        load_rules(rule_file(tmp_path, **fields))


@pytest.mark.parametrize("name", sorted(KINDS))
def test_every_registered_kind_runs_in_the_engine(name):
    rules = [r for r in load_rules(BUNDLED) if r.kind == name]
    found = infer(rules, evidence(home_life()))  # no KeyError, whatever the kind
    assert all(i.rule_id in {r.id for r in rules} for i in found)


@pytest.fixture
def toy_kind():
    """A kind added by one decorated function and nothing else (unregistered afterwards)."""

    @kind("label_count", facts=("photos", "label"))
    def label_count(rule, ev) -> Inference | None:
        """The photos showing the rule's tag: confidence 0.9 from `min_photos` (default 3) on."""
        label = rule.vocabulary["tags"][0]
        ids = sorted(set(ev.tags.loc[ev.tags["tag"] == label, "photo_id"]))
        if not ids:
            return None
        facts = {"photos": len(ids), "label": label}
        conf = 0.9 if len(ids) >= rule.threshold("min_photos", 3) else 0.3
        text = rule.render("statement", facts)
        return Inference(rule.id, rule.category, text, conf, {}, "", ids)

    yield label_count
    KINDS.pop("label_count")


def test_a_kind_added_by_one_decorated_function_is_validated_and_run(tmp_path, toy_kind):
    rows = [{"id": f"k{i}", "when": f"2021-0{1 + i}-01", "tags": [("kite", 0.9)]} for i in range(4)]
    rows.append({"id": "d0", "when": "2021-06-01", "tags": [("dog", 0.9)]})
    kites = {
        "kind": "label_count",
        "statement": "{photos} {label}s",
        "vocabulary": {"tags": ["kite"]},
    }
    [found] = infer(load_rules(rule_file(tmp_path, **kites)), evidence(rows))
    assert (found.statement, found.confidence) == ("4 kites", 0.9)
    assert found.evidence == ["k0", "k1", "k2", "k3"]
    assert found.remove_to_hide == ["k0", "k1"]  # two kites left: fewer than min_photos
    with pytest.raises(RuleError, match=r"unknown placeholder \{days\} for kind label_count"):
        load_rules(rule_file(tmp_path, kind="label_count", statement="on {days} days"))


def test_a_kind_name_is_registered_once(toy_kind):
    def other(rule, ev):
        return None

    with pytest.raises(ValueError, match="'label_count' is registered twice"):
        kind("label_count", facts=())(other)
    assert KINDS["label_count"].function is toy_kind
