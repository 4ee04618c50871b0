"""Thresholds that say what they do: `exposure rules` and `rules --show`, every threshold's meaning
and default held to the kinds' own reads, and old names that keep working with a note."""

from __future__ import annotations

import ast
import inspect
import shutil
import textwrap

import pytest
import yaml
from click.testing import CliRunner

from exposure.cli import main
from exposure.config import bundled
from exposure.errors import RuleError
from exposure.infer import REPORT_AT, infer, load_rules
from exposure.infer.registry import KINDS
from exposure.infer.show import rule_details
from exposure.infer.thresholds import DEFAULTS, MEANING, RENAMED, THRESHOLDS
from tests.infer.test_rules import RULES, baby_story, evidence, home_life, wedding_day

BUNDLED = bundled("rules")


def rules_cli(*args: str):
    return CliRunner().invoke(main, ["rules", *args])


# --- exposure rules ----------------------------------------------------------------------------
def test_rules_prints_a_header_and_each_rules_file():
    result = rules_cli()
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == f"rules in {BUNDLED}"
    assert lines[1].split() == ["id", "kind", "file", "title"]
    assert lines[2:-1] and all(len(line.split()) >= 4 for line in lines[2:-1])
    dog = next(line for line in lines if line.startswith("pets.dog "))
    assert dog.split()[:4] == ["pets.dog", "recurring_tag", "pets.yaml", "Dog"]
    assert lines[-1].startswith(f"{len(RULES)} rules, all valid")


def test_show_prints_the_file_kind_statement_and_each_threshold_with_what_it_does():
    result = rules_cli("--show", "life_events.wedding")
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.startswith("life_events.wedding: Wedding\n")
    assert f"file:       {BUNDLED / 'life_events.yaml'} (rule 1)\n" in out
    assert "kind:       event\n" in out
    assert "statement:  Got married on {day_text}\n" in out
    rows = " ".join(out.split())  # the meanings are wrapped: read them as one line
    # the rule file's value, then what it does: a saturation point, not a minimum
    assert "saturate_at_label_photos 3 The label photos on the day from which labels add" in rows
    assert "not a minimum" in rows
    assert "bare_caption 0 1: a caption that names the event" in rows
    # a threshold the file leaves alone: the kind's default, said so
    assert "min_score 0 (the kind's default) A model's tag counts only from this score" in rows


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_every_bundled_threshold_has_a_meaning_and_is_read_by_its_kind(rule_id):
    rule = RULES[rule_id]
    shown = " ".join(rule_details(rule, BUNDLED))
    for name in rule.thresholds:
        assert name in shown
    assert "not read by the kind" not in shown  # a typo in a rule file would say so


def test_a_threshold_its_kind_does_not_read_is_shown_as_changing_nothing(tmp_path):
    rule = dict(yaml.safe_load((BUNDLED / "location.yaml").read_text()), thresholds={"min_pts": 9})
    (tmp_path / "location.yaml").write_text(yaml.safe_dump(rule))
    result = rules_cli("--show", "location.home", "--rules", str(tmp_path))
    assert "min_pts" in result.output
    assert "not read by the kind home: it changes nothing" in " ".join(result.output.split())


@pytest.mark.parametrize(
    "rule_id, hint",
    [
        ("pets.dgo", "did you mean pets.dog"),  # a typo: the closest ids
        ("wedding", "did you mean"),  # the id's second half alone
        ("zzz", "`exposure rules` lists them"),  # nothing close
    ],
)
def test_show_of_an_unknown_rule_is_one_line_with_close_matches_and_exit_2(rule_id, hint):
    result = rules_cli("--show", rule_id)
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"exposure: no rule '{rule_id}' in ")
    assert hint in lines[0]


# --- meanings and defaults as data --------------------------------------------------------------
def test_every_threshold_with_a_range_has_a_meaning_and_every_renamed_one_a_range():
    assert set(MEANING) == set(THRESHOLDS)
    assert set(RENAMED.values()) <= set(THRESHOLDS) and not set(RENAMED) & set(THRESHOLDS)
    for name, said in MEANING.items():
        for sentence in said.values() if isinstance(said, dict) else [said]:
            assert sentence.endswith(".") and sentence.count(". ") == 0, (name, sentence)


def _reads(fn, seen: set) -> dict[str, set]:
    """name -> defaults of every `rule.threshold(name, default)` in `fn` and the functions of
    exposure.infer it calls (the rule passed on as `rule`)."""
    out: dict[str, set] = {}
    tree = ast.parse(textwrap.dedent(inspect.getsource(fn)))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        if (
            isinstance(f, ast.Attribute)
            and f.attr == "threshold"
            and ast.unparse(f.value) == "rule"
        ):
            name, default = ast.literal_eval(node.args[0]), ast.literal_eval(node.args[1])
            out.setdefault(name, set()).add(default)
        elif isinstance(f, ast.Name) and any(ast.unparse(a) == "rule" for a in node.args):
            callee = fn.__globals__.get(f.id)
            module = getattr(callee, "__module__", "") or ""
            if (
                inspect.isfunction(callee)
                and module.startswith("exposure.infer")
                and callee not in seen
            ):
                seen.add(callee)
                for name, defaults in _reads(callee, seen).items():
                    out.setdefault(name, set()).update(defaults)
    return out


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_kinds_defaults_are_the_ones_its_code_reads(kind):
    reads = _reads(KINDS[kind].function, set())
    assert set(DEFAULTS[kind]) == set(reads), kind
    for name, default in DEFAULTS[kind].items():
        assert default in reads[name], (kind, name, reads[name])


def test_each_rule_file_comments_every_threshold_it_sets():
    for path in sorted(BUNDLED.glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        comments = "\n".join(line for line in text.splitlines() if line.startswith("#"))
        data = yaml.safe_load(text)
        for rule in data.get("rules", [data]):
            for name in rule.get("thresholds") or {}:
                assert f"#   {name}" in comments, (path.name, name)


def test_saturate_at_label_photos_is_a_saturation_point_not_a_minimum():
    """One label photo of three already counts (a third of label_weight); more than three add
    nothing: raising the threshold lowers the confidence, it never asks for more photos."""
    conf = {}
    for n in (1, 3, 6):
        rows, faces = wedding_day("2021-09-18", "We said yes! 💍", True, n=n)
        conf[n] = infer([RULES["life_events.wedding"]], evidence(home_life() + rows, faces))[0]
    assert RULES["life_events.wedding"].thresholds["saturate_at_label_photos"] == 3
    assert REPORT_AT <= conf[1].confidence < conf[3].confidence == conf[6].confidence


# --- old names ------------------------------------------------------------------------------------
def _with_old_names(tmp_path):
    """A user's copy of the bundled rules made before the renames: every new name replaced by its
    old one."""
    folder = tmp_path / "my-rules"
    shutil.copytree(BUNDLED, folder)
    for path in folder.glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        for old, new in RENAMED.items():
            text = text.replace(f"{new}:", f"{old}:")
        path.write_text(text, encoding="utf-8")
    return folder


def test_old_threshold_names_keep_working_with_a_one_line_note_each(tmp_path, capsys):
    folder = _with_old_names(tmp_path)
    old = {r.id: r for r in load_rules(folder)}
    notes = capsys.readouterr().err.splitlines()
    # new_baby has four old names, wedding and graduation one each, politics one
    assert len(notes) == 7, notes
    assert (
        "exposure: life_events.yaml (rule 1): threshold 'min_label_photos' is now called "
        "'saturate_at_label_photos'; the old name still works, rename it"
    ) in notes
    assert any("'text_score' is now called 'text_match_score'" in n for n in notes)
    assert {r: old[r].thresholds for r in old} == {r: RULES[r].thresholds for r in RULES}
    load_rules(folder)
    assert capsys.readouterr().err == ""  # told once per run, not at every load


def test_old_names_give_the_same_claims_as_the_new(tmp_path):
    old = {r.id: r for r in load_rules(_with_old_names(tmp_path))}
    ev = baby_story("Welcome to the world, little Mia", True, 50)
    for rule_id in ("life_events.new_baby", "life_events.wedding", "sensitive.politics"):
        got = [i.to_dict() for i in infer([old[rule_id]], ev)]
        want = [i.to_dict() for i in infer([RULES[rule_id]], ev)]
        assert got == want, rule_id
    assert [i.confidence for i in infer([old["life_events.new_baby"]], ev)][0] >= REPORT_AT


def test_a_rule_with_both_the_old_and_the_new_name_is_refused_naming_both(tmp_path):
    rule = yaml.safe_load((BUNDLED / "life_events.yaml").read_text())["rules"][0]
    rule["thresholds"]["min_label_photos"] = 5
    (tmp_path / "life_events.yaml").write_text(yaml.safe_dump(rule, allow_unicode=True))
    with pytest.raises(RuleError) as err:
        load_rules(tmp_path)
    assert str(err.value) == (
        "life_events.yaml: field 'thresholds.min_label_photos': the old name of "
        "saturate_at_label_photos, which the rule also sets; keep saturate_at_label_photos only"
    )
