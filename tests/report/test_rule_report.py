"""A rule's `report:` block (section, map layer, why, role) is validated when the rules load."""

from __future__ import annotations

import shutil

import pytest

from exposure.config import bundled
from exposure.errors import RuleError
from exposure.infer.rules import ReportEntry, load_rules
from exposure.report.rule_report import PLAIN, by_role, report_entries


@pytest.fixture
def rules(tmp_path):
    out = tmp_path / "rules"
    shutil.copytree(bundled("rules"), out)
    return out


def with_block(rules, block: str) -> None:
    """location.yaml with its report block replaced by `block`."""
    text = (rules / "location.yaml").read_text()
    (rules / "location.yaml").write_text(text.replace("report: {map: home, role: home}", block))


def test_the_bundled_rules_say_how_their_claims_show():
    entries = report_entries(bundled("rules"))
    assert entries["location.home"] == ReportEntry(map="home", role="home")
    assert entries["family.household"].role == "household"
    assert {k for k, e in entries.items() if e.section == "sensitive"} == {
        "sensitive.religion", "sensitive.health", "sensitive.politics", "sensitive.alcohol"
    }  # fmt: skip
    assert all(e.why for e in entries.values() if e.section == "sensitive")
    assert entries["pets.dog"] == PLAIN


@pytest.mark.parametrize(
    "block, message",
    [
        ("report: {section: secret}", "field 'report.section': 'secret' is not one of"),
        ("report: {colour: red}", "field 'report.colour': unknown key"),
        ("report: {why: 5}", "field 'report.why': must be text"),
        ("report: {map: moon}", "field 'report.map': 'moon' is not one of"),
        ("report: {why: " + "x" * 401 + "}", "field 'report.why': longer than 400"),
        ("report: [home]", "field 'report': must be a dict"),
        # the household's role is family.household's: one rule a role
        ("report: {role: household}", "field 'report.role': 'household' is family.household's"),
    ],
)
def test_a_bad_report_block_names_the_file_and_the_field(rules, block, message):
    with_block(rules, block)
    with pytest.raises(RuleError, match="location.yaml") as err:
        load_rules(rules)
    assert message in str(err.value) and "\n" not in str(err.value)


def test_a_section_finds_its_claim_by_role_not_by_id():
    entries = {"a.x": ReportEntry(role="home"), "b.y": ReportEntry()}
    claims = [{"rule_id": "b.y"}, {"rule_id": "a.x", "value": {"lat": 1}}]
    assert by_role(entries, claims, "home") == claims[1]
    assert by_role(entries, claims, "household") is None
    assert by_role(entries, [{"rule_id": "gone.rule"}], "home") is None
