"""Dutch identity papers of tests/builders/id_layouts.py (written apart from the finder) and two
look-alikes, photographed (doc_corpus.photograph), read by the real OCR and judged by the identity
finder: the papers found, with their labels or with their values alone, and the look-alikes not."""

from __future__ import annotations

import random

import pytest

from exposure.infer.doc_identity import identity
from tests.builders import id_cards_west as west
from tests.builders.doc_corpus import Doc, photograph
from tests.builders.id_lookalikes import gym, old_ticket
from tests.builders.id_print import holder
from tests.needs import need_rapidocr

pytestmark = pytest.mark.slow


def read(lines: list[str], seed: int) -> list[str]:
    """The lines as the real reader gives them from a photograph of a card printing them."""
    need_rapidocr()
    from exposure.vision.text import TextReader

    doc = Doc("card", None, "nl", [(t, 44 if i == 0 else 34, i == 0) for i, t in enumerate(lines)])
    found = TextReader().read(photograph(doc, seed))
    return [ln.text for ln in sorted(found, key=lambda ln: (ln.box[1], ln.box[0]))]


def drawn(make, seed: int, labels: bool = True) -> list[str]:
    """A Dutch paper of layout `make`, its labels printed or lost."""
    rng = random.Random(seed)
    rng.labels = labels  # type: ignore[attr-defined]
    return make(rng, holder(rng, "NL"))


@pytest.mark.parametrize(
    "make, labels",
    [(west.nl_card, True), (west.nl_card_plain, False), (west.nl_card_2021, False),
     (west.nl_licence_untitled, True)],
)  # fmt: skip
def test_a_photographed_dutch_paper_is_found(make, labels):
    lines = read(drawn(make, 31, labels), 6100)
    hit = identity(lines, set())
    assert hit and hit[0] >= 0.5, lines


@pytest.mark.parametrize("make", [gym, old_ticket])
def test_a_photographed_look_alike_is_not(make):
    lines = read(make(random.Random(5)), 6200)
    hit = identity(lines, set())
    assert not (hit and hit[0] >= 0.5), lines
