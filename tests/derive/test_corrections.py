"""corrections.yaml: each problem is one line naming the line, the field and the fix; hostile files
(alias bombs, huge files, FIFOs, deep nesting) are refused before they cost memory or time."""

from __future__ import annotations

import os
import time

import pytest
from click.testing import CliRunner

from exposure.analysis import Analysis, report
from exposure.cli import main
from exposure.derive.corrections import Corrections
from exposure.errors import CorrectionsError
from exposure.safeyaml import MAX_BYTES
from tests.derive.stores import scanned
from tests.memory import growth

# The 359-byte file of issue 20 (3.2 GB when expanded): nine lists of nine, nine levels deep.
BOMB = (
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    + "".join(
        f"{b}: &{b} [{','.join([f'*{a}'] * 9)}]\n"
        for a, b in zip("abcdefgh", "bcdefghi", strict=True)
    )
    + "names: {person-1: *i}\n"
)

# (what a user might write, the line and field the message must name, words of the fix)
TYPE_CASES = [
    ("merge: 5\n", "line 1: field 'merge'", "[[person-1, person-4]]"),
    ("names: [a]\n", "line 1: field 'names'", "{person-1: Grace}"),
    ("names:\n  person-1: 5\n", "line 2: field 'names'", "text of 1 to 200"),
    ("split: {person-1: 3}\n", "line 1: field 'split'", "photo or face ids"),
    ("split:\n  person-1: [a, [b]]\n", "line 2: field 'split'", "is not a photo or face id"),
    ("not_a_person: person-7\n", "line 1: field 'not_a_person'", "[person-7]"),
    ("merge: [person-1, person-2]\n", "line 1: field 'merge'", "not a group in brackets"),
    ("merge:\n- [person-1, 2]\n", "line 2: field 'merge'", "2 is not a person id"),
    ("# notes\nmerges: [[person-1, person-2]]\n", "line 2: field 'merges'", "merge, split"),
    ("- person-1\n", "line 1: must be a mapping", "names: {person-1: Grace}"),
    ("? '\n\n'\n", "line 1: field ''\\n''", "unknown field"),  # found by the fuzzer: one line
    ("names: {person-1: Grace\n", "line 2: not valid YAML", "fix the syntax"),
    ("names:\n  person-1: Grace\n bad: indent\n", "line 3: not valid YAML", "fix the syntax"),
]


def _write(tmp_path, text: str | bytes):
    path = tmp_path / "corrections.yaml"
    (path.write_bytes if isinstance(text, bytes) else path.write_text)(text)
    return tmp_path


@pytest.mark.parametrize(("text", "where", "fix"), TYPE_CASES)
def test_a_wrongly_typed_correction_names_the_line_the_field_and_the_fix(
    tmp_path, text, where, fix
):
    with pytest.raises(CorrectionsError) as err:
        Corrections.load(_write(tmp_path, text))
    message = str(err.value)
    assert message.startswith(f"corrections.yaml {where}") and fix in message
    assert "\n" not in message


def test_an_empty_or_absent_file_is_no_corrections(tmp_path):
    assert Corrections.load(tmp_path) == Corrections([], {}, [], {})
    assert Corrections.load(_write(tmp_path, "# nothing yet\n")) == Corrections([], {}, [], {})
    assert Corrections.load(_write(tmp_path, "merge:\nnames:\n")).names == {}


def test_the_alias_bomb_is_refused_at_once_without_expanding(tmp_path):
    assert len(BOMB.encode()) < 400
    start = time.monotonic()
    with growth() as grown:
        with pytest.raises(CorrectionsError, match=r"line 1: YAML anchors and aliases"):
            Corrections.load(_write(tmp_path, BOMB))
        assert grown() < 50_000  # kB
    assert time.monotonic() - start < 1


def test_a_huge_file_is_refused_before_it_is_read(tmp_path):
    path = _write(tmp_path, "") / "corrections.yaml"
    with open(path, "wb") as f:
        f.truncate(2 * MAX_BYTES)  # sparse: nothing is written, nothing may be read
    with pytest.raises(CorrectionsError, match=r"2,000,000 bytes, more than the 1,000,000"):
        Corrections.load(tmp_path)


def test_a_fifo_is_refused_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "corrections.yaml")
    with pytest.raises(CorrectionsError, match="not a regular file"):
        Corrections.load(tmp_path)


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("names: " + "[" * 5000 + "]" * 5000 + "\n", "line 1: nested more than 20 levels"),
        ("names:\n" + "".join(f"{' ' * i}- \n" for i in range(30)), "line 21: nested more"),
        (b"names: {person-1: \xff\xfe}\n", "line 1: not UTF-8 text"),
        ("names: {person-1: !!python/object:os.system {}}\n", "line 1: not valid YAML"),
        ("names: {person-1: 2021-02-30}\n", "a value YAML cannot read"),
    ],
    ids=["deep-flow", "deep-block", "not-utf8", "python-tag", "bad-date"],
)
def test_hostile_yaml_is_one_line(tmp_path, text, match):
    with pytest.raises(CorrectionsError, match=match):
        Corrections.load(_write(tmp_path, text))


def test_corrections_with_known_ids_apply_and_unknown_ids_name_their_line(tmp_path):
    config = scanned(tmp_path, face=True)  # one face in each of the 3 photos: person-1
    _write(config.out_dir, "names:\n  person-1: Grace\n")
    people = report(config).data["people"]
    assert [(p["person_id"], p["name"]) for p in people] == [("person-1", "Grace")]
    _write(config.out_dir, "# mine\nnot_a_person: [person-1]\nnames:\n  person-9: Ann\n")
    with pytest.raises(CorrectionsError) as err:
        report(config)
    assert str(err.value) == (
        "corrections.yaml line 4: field 'names': 'person-9' is not a person of this scan "
        "(its people: person-1); use an id from the People section of report.html, or remove it"
    )


def test_a_split_of_an_unknown_photo_names_its_line(tmp_path):
    config = scanned(tmp_path, face=True)
    _write(config.out_dir, "split:\n  person-1:\n  - nosuchphoto\n")
    with Analysis.from_config(config) as a, pytest.raises(CorrectionsError, match="line 3"):
        a.people  # noqa: B018 - the property derives the people


def test_the_command_line_gives_one_line_and_no_internal_error(tmp_path):
    config = scanned(tmp_path, face=True)
    _write(config.out_dir, "split: {person-1: 3}\n")
    result = CliRunner().invoke(main, ["report", str(config.out_dir), "--quiet"])
    assert result.exit_code == 2
    assert result.output.startswith("exposure: corrections.yaml line 1: field 'split'")
    assert "internal error" not in result.output and result.output.count("\n") == 1
