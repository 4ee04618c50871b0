"""`exposure.Analysis`: the same results as the report, as pandas tables for a notebook.

a = Analysis("facebook-jdoe.zip", out="out/")   # scans on first use (or reuses out/)
a.inferences                                      # a DataFrame
a.rules_dir = "my-rules/"                         # only inference runs again
a.to_html("report.html")
"""

from __future__ import annotations

import html
import os
import tempfile
from functools import cached_property
from pathlib import Path

import pandas as pd

from .config import Config
from .results import Results, build_results


class Analysis:
    """Lazy, cached stages over one archive (or an existing output folder)."""

    def __init__(
        self,
        archive_or_dir: str | os.PathLike,
        out: str | os.PathLike | None = None,
        models_dir: str | os.PathLike | None = None,
        rules_dir: str | os.PathLike | None = None,
        workers: int = 0,
        quiet: bool = True,
    ):
        path = Path(archive_or_dir)
        self.archive = None if (path / "exposure.db").is_file() else path
        out = path if self.archive is None else (out or tempfile.mkdtemp(prefix="exposure-"))
        extra = {"rules_dir": Path(rules_dir)} if rules_dir else {}
        self.config = Config(
            out_dir=Path(out), models_dir=models_dir, workers=workers, quiet=quiet, **extra
        )

    # --- stages -----------------------------------------------------------------------------------
    @cached_property
    def _tables(self) -> dict:
        from .pipeline import scan
        from .tables import load_tables

        if self.archive is not None:
            scan(self.config, [self.archive])  # reuses every photo already analysed in `out`
        return load_tables(self.config)

    @cached_property
    def _inferences(self) -> list[dict]:
        from .tables import run_rules

        return run_rules(self.config.rules_dir, self._tables)

    @property
    def rules_dir(self) -> Path:
        return self.config.rules_dir

    @rules_dir.setter
    def rules_dir(self, value: str | os.PathLike) -> None:
        """New rules: only the inference step runs again."""
        self.config.rules_dir = Path(value)
        self.__dict__.pop("_inferences", None)

    # --- tables -----------------------------------------------------------------------------------
    def _table(self, name: str, drop: tuple[str, ...] = ()) -> pd.DataFrame:
        return self._tables[name].drop(columns=[c for c in drop if c in self._tables[name]])

    @property
    def photos(self) -> pd.DataFrame:
        return self._table("photos", ("container", "member"))

    @property
    def detections(self) -> pd.DataFrame:
        return self._table("detections")

    @property
    def labels(self) -> pd.DataFrame:
        return self._table("labels")

    @property
    def faces(self) -> pd.DataFrame:
        return self._table("faces", ("thumb",))

    @property
    def people(self) -> pd.DataFrame:
        return self._table("people", ("thumb",))

    @property
    def locations(self) -> pd.DataFrame:
        """photo_id, when, lat, lon, source (gps, place, caption or check-in)."""
        return self._table("locations")

    @property
    def trips(self) -> pd.DataFrame:
        return self._table("trips")

    @property
    def timeline(self) -> pd.DataFrame:
        return self._table("timeline")

    @property
    def people_by_month(self) -> pd.DataFrame:
        return self._table("people_by_month")

    @property
    def places_by_month(self) -> pd.DataFrame:
        """month, place, country, photos, away: where the photos were taken, month by month."""
        return self._table("places_by_month")

    @property
    def inferences(self) -> pd.DataFrame:
        return pd.DataFrame(
            self._inferences,
            columns=[
                "rule_id",
                "category",
                "statement",
                "confidence",
                "value",
                "explanation",
                "evidence",
                "remove_to_hide",
                "thresholds",
            ],
        )

    # --- outputs ----------------------------------------------------------------------------------
    def report(self) -> Results:
        tables = dict(self._tables, inferences=self._inferences)
        return build_results(self.config, tables)

    def to_json(self, path: str | os.PathLike) -> Path:
        return self.report().save(Path(path))

    def to_html(self, path: str | os.PathLike) -> Path:
        from .report import render

        tables = dict(self._tables, inferences=self._inferences)
        path = Path(path)
        path.write_text(render(self.config, self.report(), tables), encoding="utf-8")
        os.chmod(path, 0o600)
        return path

    def _repr_html_(self) -> str:
        reported = [i for i in self._inferences if i["confidence"] >= 0.5]
        rows = "".join(
            f"<li>{html.escape(i['statement'])} ({round(100 * i['confidence'])}%)</li>"
            for i in reported[:8]
        )
        return (
            f"<div><strong>exposure</strong>: {len(self.photos)} photos, "
            f"{len(reported)} inferences reported<ul>{rows}</ul></div>"
        )
