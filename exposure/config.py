"""Run settings, built by the CLI or by `Analysis`, passed first to every stage."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
CORRECTIONS = "corrections.yaml"  # the user's corrections, in the output folder


def bundled(name: str) -> Path:
    """A folder shipped with exposure: from a source checkout, or from inside the wheel."""
    for cand in (PACKAGE_DIR.parent / name, PACKAGE_DIR / "_bundled" / Path(name).name):
        if cand.is_dir():
            return cand
    return PACKAGE_DIR.parent / name


@dataclass
class Config:
    """Where to read and write, which models, how many workers."""

    out_dir: Path
    models_dir: Path | None = None
    rules_dir: Path = field(default_factory=lambda: bundled("rules"))
    templates_dir: Path = field(default_factory=lambda: bundled("reports/templates"))
    workers: int = 0  # 0: one per core
    quiet: bool = False
    vision: bool = True  # False: ingest only (tests, quick looks)
    text: bool = True  # False: no text read in photos (--no-text), which saves most of the time
    interim_at: int = 500  # photos to analyse from which a scan writes an interim report first

    def __post_init__(self) -> None:
        self.out_dir = Path(self.out_dir)
        if self.models_dir is None and os.environ.get("EXPOSURE_MODELS"):
            self.models_dir = Path(os.environ["EXPOSURE_MODELS"])
        if self.models_dir is not None:
            self.models_dir = Path(self.models_dir)
        self.rules_dir = Path(self.rules_dir)
        if self.workers <= 0:
            self.workers = max(1, len(os.sched_getaffinity(0)))


def check_output(out_dir: Path, archives: list[str | os.PathLike]) -> None:
    """Refuse an output folder inside an archive folder (we never write into an archive).

    Returns None; raises `UnsafeOutput`."""
    from .errors import UnsafeOutput

    out = Path(out_dir).resolve()
    for a in archives:
        a = Path(a).resolve()
        if a.is_dir() and (out == a or out.is_relative_to(a)):
            raise UnsafeOutput(
                f"{out_dir}: the output folder is inside the archive {a}; "
                "choose a folder outside it"
            )
