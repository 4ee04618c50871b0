"""Text read in photos is shown masked in the report: the kind of text shows, its details do not."""

from __future__ import annotations

import pytest

from exposure.report.mask import mask_text


@pytest.mark.parametrize(
    "text, shown",
    [
        ("Passenger JANSEN / MARIA", "P******** J***** / M****"),  # a name on a boarding pass
        ("From AMSTERDAM AMS to TOKYO", "F*** A******** A** to T****"),  # airport code masked
        ("Flight KL861 Seat 32A", "F***** K**** S*** 3**"),  # numbers keep only their first sign
        ("12 Rose St", "1* R*** St"),  # a short common word stays whole
        ("THE WHITE HOUSE", "THE W**** H****"),  # in any case
        ("ABC", "A**"),  # three letters that are not a common word are masked
        ("Zoë Müller", "Z** M*****"),  # letters of any script
        ("", ""),
    ],
)
def test_each_word_keeps_its_first_letter_only(text, shown):
    assert mask_text(text) == shown
