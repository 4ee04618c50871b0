"""Generated corrections.yaml and rule files (wrong types, huge numbers and strings, NaN and
infinities, deep nesting, aliases, odd unicode, bytes that are not text): reading either works or
raises the project's error, one line naming the file; never another exception, never a hang.

The budget here is small and seeded (a few seconds, the same cases on every run); raise it with
EXPOSURE_FUZZ_EXAMPLES=5000 for a longer search.
"""

from __future__ import annotations

import math
import os
import string

import pandas as pd
import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from exposure.derive.corrections import Corrections
from exposure.derive.people import _apply
from exposure.errors import CorrectionsError, RuleError
from exposure.infer import load_rules
from exposure.infer.registry import KINDS
from exposure.infer.rules import MAX_TEXT, THRESHOLDS
from tests.memory import growth

EXAMPLES = int(os.environ.get("EXPOSURE_FUZZ_EXAMPLES", "60"))
TAG_FACTS = KINDS["recurring_tag"].facts  # what a recurring_tag statement may name
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=2000,  # ms per example: a hang or a bomb fails here
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
ODD = "\u202e\u2066\u200f\x00\x07\x1b\x85\ufeff\U0001f436é\u05e9\n\t'\"{}[]&*!|>:#%@`-? "
texts = st.text(alphabet=st.characters() | st.sampled_from(ODD), max_size=60)
numbers = st.one_of(
    st.integers(),
    st.integers(min_value=-(10**400), max_value=10**400),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0, -1, 1, 0.5, 1e308, -0.0, 10**20]),
)
scalars = st.one_of(st.none(), st.booleans(), numbers, texts, st.sampled_from(["person-1", "x"]))
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts | scalars, inner, max_size=4),
    max_leaves=20,
)


def _dump(data) -> str:
    try:
        return yaml.safe_dump(data, allow_unicode=True)
    except (yaml.YAMLError, TypeError, ValueError):  # e.g. a key yaml cannot write
        return yaml.safe_dump(repr(data))


def _hostile(text: str) -> st.SearchStrategy[str]:
    """`text` as written (half the time), or with aliases, deep nesting or junk spliced in."""
    return st.just(text) | st.sampled_from(
        [
            "a: &a " + text.replace("\n", " ") + "\nb: [*a, *a, *a]\n",
            "x: &x [1, 2]\n" + text,
            "[" * 500 + "]" * 500,
            "".join(f"{'  ' * i}- \n" for i in range(40)),
            text[: len(text) // 2],
            text + "\n\t: [",
        ]
    )


yaml_texts = values.map(_dump).flatmap(_hostile) | texts | st.binary(max_size=80)
FIELDS = ["merge", "split", "not_a_person", "names", "mergee"]
ids = st.sampled_from(["person-1", "person-2", "person-1-split", "a", "a-0", "person-9"]) | texts
shaped = st.fixed_dictionaries(  # the shapes of a real file, with ids known and unknown
    {},
    optional={
        "merge": st.lists(st.lists(ids, max_size=3), max_size=3),
        "split": st.dictionaries(ids, st.lists(ids, max_size=3), max_size=2),
        "not_a_person": st.lists(ids, max_size=3),
        "names": st.dictionaries(ids, texts | numbers, max_size=3),
    },
)
corrections = st.one_of(
    shaped.map(_dump).flatmap(_hostile),
    st.dictionaries(st.sampled_from(FIELDS), values, max_size=4).map(_dump).flatmap(_hostile),
    yaml_texts,
)


def _write(path, content: str | bytes) -> None:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", errors="surrogatepass")


def _one_line(message: str, file_name: str) -> None:
    assert message.startswith(file_name), message
    assert "\n" not in message and len(message) < 600, message


FACES = pd.DataFrame(
    {
        "face_id": ["a-0", "b-0", "c-0"],
        "photo_id": ["a", "b", "c"],
        "person_id": ["person-1", "person-1", "person-2"],
    }
)


@FUZZ
@given(content=corrections)
def test_generated_corrections_load_or_name_the_file(tmp_path_factory, content):
    folder = tmp_path_factory.mktemp("c")
    _write(folder / "corrections.yaml", content)
    try:
        loaded = Corrections.load(folder)
        loaded.check({"person-1", "person-2"}, FACES)
        _apply(FACES.copy(), loaded)
        event("applied")
    except CorrectionsError as exc:
        _one_line(str(exc), "corrections.yaml")
        event(str(exc).split(": ")[1][:30])


RULE = {
    "id": "pets.dog",
    "category": "pets",
    "title": "Dog",
    "kind": "recurring_tag",
    "statement": "Has a dog ({photos} photos)",
    "vocabulary": {"tags": ["dog"]},
    "thresholds": {"min_photos": 5},
}
statements = st.one_of(
    texts,
    st.builds(
        lambda fact, spec: "{" + fact + (":" + spec if spec else "") + "}",
        st.sampled_from(sorted(TAG_FACTS) + ["", "0", "photos.real"]),
        st.text(alphabet=string.printable, max_size=12),
    ),
)
rules = st.fixed_dictionaries(
    {},
    optional={
        "title": st.one_of(texts, texts, texts, values),
        "kind": st.sampled_from(["recurring_tag", "recurring_tag", "trips", "event"]) | values,
        "statement": statements | statements | values,
        "explanation": statements,
        "thresholds": st.dictionaries(
            texts | st.sampled_from(sorted(THRESHOLDS)), numbers | numbers | values, max_size=3
        ),
        "vocabulary": st.dictionaries(st.sampled_from(["tags", "captions", "texts", "x"]), values)
        | st.fixed_dictionaries(
            {"tags": st.lists(texts), "captions": st.dictionaries(texts, st.lists(texts))}
        ),
    },
).map(lambda change: _dump({**RULE, **change}))
SAMPLE_FACTS = {f: 3 for f in TAG_FACTS} | {"since_text": "May 2020", "burst_pct": 0.5}


@FUZZ
@given(content=st.one_of(rules, rules, rules.flatmap(_hostile), yaml_texts))
def test_generated_rule_files_load_or_name_the_file(tmp_path_factory, content):
    folder = tmp_path_factory.mktemp("r")
    _write(folder / "pets.yaml", content)
    try:
        loaded = load_rules(folder)
    except RuleError as exc:
        _one_line(str(exc), "pets.yaml")
        event(str(exc).split(": ")[1][:30])
        return
    event("loaded")
    for rule in loaded:
        for name in rule.thresholds:
            assert math.isfinite(rule.threshold(name, 1.0)) and rule.threshold(name, 1.0) >= 0
        try:
            assert len(rule.render("statement", SAMPLE_FACTS)) <= MAX_TEXT
        except RuleError as exc:
            _one_line(str(exc), "pets.yaml")


@pytest.fixture(scope="module", autouse=True)
def peak_growth():
    """How far this process's peak memory rose since this module's first test (kB)."""
    with growth() as grown:
        yield grown


def test_the_fuzzing_stayed_within_memory(peak_growth):
    """Runs after the two above (file order): the fuzzing never grew the process by 1 GB."""
    assert peak_growth() < 1_000_000  # kB
