"""The user's corrections to people (DIR/corrections.yaml): read, checked, kept with their lines.

```yaml
merge: [[person-1, person-4]]       # one person seen as two: the first id stays
split: {person-2: [PHOTO_OR_FACE_ID]} # faces that are someone else become person-2-split
not_a_person: [person-7]            # a poster, a statue: no longer a person
names: {person-1: Grace}            # shown beside the id
```

The file is read within bounds (`exposure.safeyaml`), each field is checked for its type, and
every id is checked against the people of the scan once they are known. Each problem is one
`CorrectionsError` line naming the file, the line, the field and the fix.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from .. import safeyaml
from ..config import CORRECTIONS
from ..errors import CorrectionsError
from ..safeyaml import field_name as _field
from ..safeyaml import shown as _shown

FIELDS = {
    "merge": "a list of groups of person ids, e.g. merge: [[person-1, person-4]]",
    "split": "a mapping of a person id to photo or face ids, e.g. split: {person-2: [ID]}",
    "not_a_person": "a list of person ids, e.g. not_a_person: [person-7]",
    "names": "a mapping of a person id to a name, e.g. names: {person-1: Grace}",
}
MAX_NAME = 200  # characters of a name


@dataclass
class Corrections:
    """The user's fixes, read from DIR/corrections.yaml; applied without re-running any model."""

    merge: list[list[str]]
    split: dict[str, list[str]]
    not_a_person: list[str]
    names: dict[str, str]
    source: str = CORRECTIONS
    lines: dict[tuple, int] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def load(cls, out_dir: Path) -> Corrections:
        """The corrections in `out_dir`/corrections.yaml (empty ones when there is no file);
        raises `CorrectionsError` naming the line, the field and the fix."""
        path = Path(out_dir) / CORRECTIONS
        if not path.exists() and not path.is_symlink():
            return cls([], {}, [], {})
        data, node = safeyaml.load(path, CorrectionsError)
        return _parse(data if data is not None else {}, node)

    def check(self, person_ids: set[str], faces: pd.DataFrame) -> None:
        """Raise `CorrectionsError` for the first id that is not in this scan: merge and split
        name people of `person_ids`, not_a_person and names may also name a split-off person,
        and split moves face or photo ids of `faces`. Returns None when all are known."""
        split_off = {f"{p}-split" for p in self.split}
        for i, group in enumerate(self.merge):
            for j, pid in enumerate(group):
                self._known(pid, person_ids, ("merge", i, j))
        for pid, ids in self.split.items():
            self._known(pid, person_ids, ("split", pid))
            seen = set(faces["face_id"]) | set(faces["photo_id"]) if len(faces) else set()
            for j, fid in enumerate(ids):
                if fid not in seen:
                    self._fail(
                        ("split", pid, j),
                        f"{_shown(fid)} is no face or photo with a face in this scan; copy "
                        "the photo id from report.html",
                    )
        for i, pid in enumerate(self.not_a_person):
            self._known(pid, person_ids | split_off, ("not_a_person", i))
        for pid in self.names:
            self._known(pid, person_ids | split_off, ("names", pid))

    def _known(self, pid: str, known: set[str], path: tuple) -> None:
        if pid in known:
            return
        people = ", ".join(sorted(known, key=_id_order)[:8]) or "none"
        self._fail(
            path,
            f"{_shown(pid)} is not a person of this scan (its people: {people}); use an id "
            "from the People section of report.html, or remove it",
        )

    def _fail(self, path: tuple, problem: str) -> None:
        line = self.lines.get(path)
        where = f"{self.source} line {line}" if line else self.source
        raise CorrectionsError(f"{where}: field '{_field(path[0])}': {problem}")


def _id_order(pid: str) -> tuple:
    number = pid.rsplit("-", 1)[-1]
    return (0, int(number), pid) if number.isdigit() else (1, 0, pid)


def _parse(data: Any, node) -> Corrections:
    """Corrections from the parsed YAML `data` (with its `node` tree for line numbers)."""
    if not isinstance(data, dict):
        raise CorrectionsError(
            f"{CORRECTIONS} line 1: must be a mapping with the fields {', '.join(FIELDS)}; "
            f"e.g. {FIELDS['names'].split('e.g. ')[1]}"
        )
    lines: dict[tuple, int] = {}

    def fail(path: tuple, fix: str) -> None:
        line = safeyaml.line_of(node, path)
        where = f"{CORRECTIONS} line {line}" if line else CORRECTIONS
        raise CorrectionsError(f"{where}: field '{_field(path[0])}': {fix}")

    def text(value: Any, path: tuple, what: str) -> str:
        if not isinstance(value, str) or not value.strip():
            fail(path, f"{_shown(value)} is not {what}; {FIELDS[path[0]]}")
        lines[path] = safeyaml.line_of(node, path) or 0
        return value

    for key in data:
        if key not in FIELDS:
            fail((key,), f"unknown field; the fields are {', '.join(FIELDS)}")
    got = {k: data.get(k) if data.get(k) is not None else [] for k in ("merge", "not_a_person")}
    got |= {k: data.get(k) if data.get(k) is not None else {} for k in ("split", "names")}
    for key, want in (("merge", list), ("not_a_person", list), ("split", dict), ("names", dict)):
        if not isinstance(got[key], want):
            fail((key,), f"must be {FIELDS[key]}")
    merge = []
    for i, group in enumerate(got["merge"]):
        if not isinstance(group, list):
            fail(
                ("merge", i),
                f"{_shown(group)} is not a group in brackets; {FIELDS['merge']}",
            )
        merge.append([text(p, ("merge", i, j), "a person id") for j, p in enumerate(group)])
    split = {}
    for pid, ids in got["split"].items():
        text(pid, ("split", pid), "a person id")
        if not isinstance(ids, list):
            fail(("split", pid), f"must list photo or face ids; {FIELDS['split']}")
        split[pid] = [text(x, ("split", pid, j), "a photo or face id") for j, x in enumerate(ids)]
    not_a_person = [
        text(p, ("not_a_person", i), "a person id") for i, p in enumerate(got["not_a_person"])
    ]
    names = {}
    for pid, name in got["names"].items():
        text(pid, ("names", pid), "a person id")
        if not isinstance(name, str) or not name.strip() or len(name) > MAX_NAME:
            fail(("names", pid), f"the name must be text of 1 to {MAX_NAME} characters")
        names[pid] = name
    return Corrections(merge, split, not_a_person, names, CORRECTIONS, lines)
