"""results.json as saved: the `Results` class, written and read back without pandas.

`exposure.report.results` builds the content from the tables; a rescan of an unchanged archive
only reads it back (see `exposure.rescan`), so this module imports the standard library alone.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..store import private_file

SCHEMA = "exposure.results/1"


INDENT_UP_TO = 5_000  # photos; a larger results.json is written compact


@dataclass
class Results:
    """The content of results.json as plain Python data."""

    data: dict[str, Any]

    def to_json(self) -> str:
        """Strict JSON: a missing number is null, never NaN (which most parsers refuse);
        indented for reading up to INDENT_UP_TO photos, compact above (Python's fast encoder
        writes only compact JSON: at 100,000 photos that is seconds instead of tens)."""
        photos = self.data.get("photos")
        indent = 2 if not isinstance(photos, list) or len(photos) <= INDENT_UP_TO else None
        separators = None if indent else (",", ":")
        text = json.dumps(
            _no_nan(self.data),
            indent=indent,
            separators=separators,
            ensure_ascii=False,
            allow_nan=False,
        )
        return text + "\n"

    def save(self, path: Path) -> Path:
        """Write results.json to `path` atomically, owner-only; returns the path."""
        path = Path(path)
        tmp = path.with_suffix(".json.tmp")
        tmp.write_text(self.to_json(), encoding="utf-8")
        private_file(tmp)
        tmp.replace(path)  # never a half-written results.json
        return path

    @classmethod
    def load(cls, path: Path) -> Results:
        """The results read back from a results.json; raises ValueError on another schema."""
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if data.get("schema") != SCHEMA:
            raise ValueError(
                f"{path}: not an exposure results file (schema {data.get('schema')!r})"
            )
        return cls(data)

    @property
    def inferences(self) -> list[dict[str, Any]]:
        """Every inference, weak ones included."""
        return self.data["inferences"]

    @property
    def reported(self) -> list[dict[str, Any]]:
        """Inferences at confidence 0.5 or above: what is inferred first, strongest first, then
        the plain facts of the files' metadata."""
        rows = [i for i in self.inferences if i["confidence"] >= 0.5]
        return sorted(rows, key=lambda i: (i["category"] == "metadata", -i["confidence"]))


def _no_nan(x: Any) -> Any:
    if isinstance(x, dict):
        return {k: _no_nan(v) for k, v in x.items()}
    if isinstance(x, list | tuple):
        return [_no_nan(v) for v in x]
    if isinstance(x, float) and not math.isfinite(x):
        return None
    return x
