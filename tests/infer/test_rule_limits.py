"""Rule files within bounds: thresholds by type and range, small format specs, rendered text of a
bounded length, and hostile YAML refused; each one line naming the file and the field."""

from __future__ import annotations

import time

import pytest
import yaml
from click.testing import CliRunner

from exposure.analysis import report
from exposure.cli import main
from exposure.config import Config
from exposure.errors import RuleError
from exposure.infer import load_rules
from exposure.infer.rules import MAX_TEXT
from tests.derive.stores import scanned
from tests.memory import growth

DOG = {
    "id": "pets.dog",
    "category": "pets",
    "title": "Dog",
    "kind": "recurring_tag",
    "statement": "Has a dog ({photos} photos)",
    "vocabulary": {"tags": ["dog"]},
    "thresholds": {"min_photos": 1, "min_days": 1, "min_months": 1, "max_day_share": 1},
}


def _rules(folder, rule: dict | str):
    folder.mkdir(exist_ok=True)
    text = rule if isinstance(rule, str) else yaml.safe_dump(rule, allow_unicode=True, width=1e9)
    (folder / "pets.yaml").write_text(text)
    return folder


# (thresholds as written in the file, the words the message must hold)
THRESHOLD_CASES = [
    ("{min_photos: .nan}", "'thresholds.min_photos': nan is out of range"),
    ("{min_photos: .inf}", "'thresholds.min_photos': inf is out of range"),
    ("{min_photos: -.inf}", "-inf is out of range"),
    ("{min_photos: -1}", "-1 is out of range; use a number from 0 up to 1e+06"),
    ("{min_photos: " + "9" * 400 + "}", "'thresholds.min_photos': 9999"),
    ("{min_days: 0}", "'thresholds.min_days': 0 is out of range; use a number above 0"),
    (
        "{min_score: 1.5}",
        "'thresholds.min_score': 1.5 is out of range; use a number from 0 up to 1",
    ),
    ("{min_span_days: 40000}", "up to 36500"),
    ("{min_weeks: 0.5}", "0.5 is out of range; use a number from 1 up to"),  # int(0.5) divides
    ("{my_own_threshold: 1.0e+30}", "'thresholds.my_own_threshold': 1e+30 is out of range"),
    ("{min_photos: five}", "'thresholds.min_photos': must be a number, not 'five'"),
    ("{min_photos: 1e400}", "must be a number, not '1e400'"),  # YAML reads this as text
    ("{min_photos: true}", "must be a number, not True"),
    ("{5: 1}", "'thresholds.5': a threshold's name must be text"),
]


@pytest.mark.parametrize(("thresholds", "message"), THRESHOLD_CASES)
def test_a_threshold_out_of_type_or_range_names_the_file_and_field(tmp_path, thresholds, message):
    text = yaml.safe_dump({k: v for k, v in DOG.items() if k != "thresholds"})
    _rules(tmp_path, text + f"thresholds: {thresholds}\n")
    with pytest.raises(RuleError) as err:
        load_rules(tmp_path)
    assert str(err.value).startswith("pets.yaml: field ") and message in str(err.value)


# (statement, the words the message must hold)
SPEC_CASES = [
    ("{photos:>100000000}", "{photos:>100000000}: not a plain format spec"),
    ("{photos:>100}", "a width up to 40 and a precision up to 6"),
    ("{photos:.50f}", "a width up to 40 and a precision up to 6"),
    ("{photos:{count}}", "not a plain format spec"),
    ("{photos!x}", "{photos!x}: use !s or !r"),
    ("{}", "unknown placeholder {} (a placeholder must name a fact)"),
    ("{0}", "unknown placeholder {0}"),
    ("{photos.__class__}", "unknown placeholder {photos.__class__}"),
    ("{photos[0]}", "unknown placeholder"),
    ("{photos", "bad template"),
    ("x" * (MAX_TEXT + 1), f"longer than {MAX_TEXT} characters"),
]


@pytest.mark.parametrize(("statement", "message"), SPEC_CASES)
def test_a_statement_format_is_bounded_at_load(tmp_path, statement, message):
    _rules(tmp_path, {**DOG, "statement": statement})
    with pytest.raises(RuleError) as err:
        load_rules(tmp_path)
    assert str(err.value).startswith("pets.yaml: field 'statement': ")
    assert message in str(err.value)


def test_plain_format_specs_are_allowed(tmp_path):
    _rules(tmp_path, {**DOG, "statement": "{photos:>3} {days:,} {months:03d} {first!s:.6}"})
    assert load_rules(tmp_path)[0].statement.startswith("{photos:>3}")


def test_the_40_character_statement_of_issue_20_no_longer_writes_200_mb(tmp_path):
    statement = "Has a dog ({photos:>100000000} photos)"
    assert len(statement) <= 40
    runner = CliRunner()
    result = runner.invoke(main, ["rules", "--rules", str(_rules(tmp_path / "r", DOG))])
    assert result.exit_code == 0
    result = runner.invoke(
        main, ["rules", "--rules", str(_rules(tmp_path / "r", {**DOG, "statement": statement}))]
    )
    assert result.exit_code == 2 and result.output.count("\n") == 1
    assert result.output.startswith("exposure: pets.yaml: field 'statement': {photos:>100000000}")


def test_rendered_statements_are_cut_to_a_bounded_length(tmp_path):
    config = scanned(tmp_path, ("dog",))
    long = "{photos:>40}" * (MAX_TEXT // 12)  # as long as a statement may be: 6,640 rendered
    rules = _rules(tmp_path / "rules", {**DOG, "statement": long, "explanation": long})
    results = report(Config(out_dir=config.out_dir, rules_dir=rules, quiet=True, vision=False))
    (dog,) = results.data["inferences"]
    assert len(dog["statement"]) == len(dog["explanation"]) == MAX_TEXT
    assert dog["statement"].endswith("…") and dog["statement"].lstrip().startswith("3")
    assert (config.out_dir / "report.html").stat().st_size < 1_000_000


def test_a_format_spec_that_does_not_suit_its_value_is_one_line_at_report(tmp_path):
    config = scanned(tmp_path, ("dog",))
    rules = _rules(tmp_path / "rules", {**DOG, "statement": "Since {since_text:d}"})
    with pytest.raises(RuleError) as err:
        report(Config(out_dir=config.out_dir, rules_dir=rules, quiet=True, vision=False))
    assert str(err.value).startswith("pets.yaml: field 'statement': cannot be filled in")


BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{b}: &{b} [{','.join([f'*{a}'] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi", strict=True)
)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (BOMB, "pets.yaml line 1: YAML anchors and aliases"),
        ("rules:\n" + "  " * 30 + "- " * 40 + "x\n", "nested more than 20 levels"),
        ("id: !!python/name:os.system\n", "pets.yaml line 1: not valid YAML"),
    ],
    ids=["alias-bomb", "deep", "python-tag"],
)
def test_hostile_rule_yaml_is_refused_at_once(tmp_path, text, message):
    _rules(tmp_path, text)
    start = time.monotonic()
    with growth() as grown, pytest.raises(RuleError, match=message):
        load_rules(tmp_path)
    assert time.monotonic() - start < 1
    assert grown() < 50_000  # kB


def test_a_huge_rule_file_is_refused_before_it_is_read(tmp_path):
    with open(tmp_path / "pets.yaml", "wb") as f:
        f.truncate(50_000_000)
    with pytest.raises(RuleError, match="pets.yaml: 50,000,000 bytes, more than the 1,000,000"):
        load_rules(tmp_path)


@pytest.mark.parametrize("end", ["lowest", "highest"])
def test_every_threshold_at_either_end_of_its_range_reports(tmp_path, end):
    """What validation lets through never crashes `report` (NaN and 400 digits used to)."""
    from exposure.config import bundled
    from exposure.infer.rules import MAX_THRESHOLD, THRESHOLDS

    config = scanned(tmp_path, ("dog", "person", "wine glass"), face=True)
    rules = tmp_path / "rules"
    rules.mkdir()
    for path in sorted(bundled("rules").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for rule in data.get("rules", [data]):
            rule["thresholds"] = dict.fromkeys({*THRESHOLDS, *(rule.get("thresholds") or {})})
            for name in rule["thresholds"]:
                low, high, open_low = THRESHOLDS.get(name, (0.0, MAX_THRESHOLD, False))
                rule["thresholds"][name] = high if end == "highest" else low + 1e-9 * open_low
        (rules / path.name).write_text(yaml.safe_dump(data, allow_unicode=True))
    results = report(Config(out_dir=config.out_dir, rules_dir=rules, quiet=True, vision=False))
    assert results.data["archive"]["photos"] == 3
