"""Caption cases: a caption, the signals it must give, those it must not, and why."""

from __future__ import annotations

from exposure.infer.captions import caption_signals


def assert_reads(caption: str, given: set[str], taken: set[str], why: str) -> set[str]:
    """The signals `caption_signals` reads in `caption`, asserted to hold every one of `given`
    and none of `taken` (the failure names `why` and what was read)."""
    said = caption_signals(caption)
    assert given <= said, (why, said)
    assert not taken & said, (why, said)
    return said
