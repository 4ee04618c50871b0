"""A progress bar with rate and ETA on a terminal; silent otherwise or with --quiet."""

from __future__ import annotations

import sys

from tqdm import tqdm


class Progress:
    """`with Progress("analysing photos", quiet, total=n, unit="photo") as bar: bar.update(1)`."""

    def __init__(
        self, desc: str, quiet: bool = False, total: int | None = None, unit: str = "file"
    ):
        disable = quiet or not sys.stderr.isatty()
        self.bar = tqdm(
            total=total,
            desc=desc,
            unit=unit,
            disable=disable,
            leave=False,
            dynamic_ncols=True,
            smoothing=0.1,
        )

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc) -> None:
        self.bar.close()

    def update(self, n: int = 1) -> None:
        """Advance the bar by `n`; returns None."""
        self.bar.update(n)

    def update_to(self, n: int) -> None:
        """Set the bar to `done` of `total`; returns None."""
        self.bar.update(n - self.bar.n)
