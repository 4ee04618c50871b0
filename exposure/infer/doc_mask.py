"""Masking of what a document shows: the first letters kept, the rest starred."""

from __future__ import annotations


def mask(word: str, keep: int = 1) -> str:
    """'DOE' -> 'D**': the first `keep` letters or digits, stars for the rest (separators kept)."""
    out, kept = [], 0
    for c in word:
        if c.isalnum():
            out.append(c if kept < keep else "*")
            kept += 1
        else:
            out.append(c)
    return "".join(out)
