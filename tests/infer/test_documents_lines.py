"""The document finders on the lines of generated documents in the ten languages, as a reader
gives them with its slips (tests/builders/doc_corpus.py `text_lines`): each document gives the
claim of its kind and no other, and the look-alikes none."""

from __future__ import annotations

import random

import pytest

from exposure.infer.documents import FINDERS
from tests.builders.doc_corpus import LANGS, negative, text_lines

KINDS = ("travel", "identity", "address")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("lang", LANGS)
def test_each_document_is_found_as_its_kind_only(kind, lang):
    for seed in range(40):
        lines = list(text_lines(kind, lang, seed))
        found = {k for k in KINDS if (hit := FINDERS[k](lines, set())) and hit[0] >= 0.5}
        assert found == {kind}, (seed, lines)


@pytest.mark.parametrize("lang", LANGS)
def test_look_alikes_are_no_document(lang):
    rng = random.Random(lang)
    for _ in range(60):
        lines = [t for t, _, _ in negative(rng, lang).lines]
        found = {k for k in KINDS if (hit := FINDERS[k](lines, set())) and hit[0] >= 0.5}
        assert not found, lines
