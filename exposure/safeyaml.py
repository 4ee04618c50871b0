"""YAML that a user writes (rule files, corrections.yaml), read within bounds.

A file is refused before it is read when it is not a regular file or is larger than MAX_BYTES
(a FIFO would block, a device never ends). Its parse events are then scanned before anything is
built: anchors and aliases are refused (a few hundred bytes of aliases expand to gigabytes), and
so is nesting deeper than MAX_DEPTH. libyaml's event parser keeps its own stack, so neither the
scan nor the build can overflow Python's or C's. Every refusal is one line naming the file, the
line where known, and the fix.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import yaml

from .errors import ExposureError

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: 10x faster
MAX_BYTES = 1_000_000  # the bundled rule files are 2 to 12 kB; corrections a few hundred bytes
MAX_DEPTH = 20  # rule files nest 7 deep


def display_name(path: Path) -> str:
    """The file's name as a one-line message shows it (quoted when it holds odd characters)."""
    name = Path(path).name
    return name if name.isprintable() else ascii(name)


def read_text(path: Path, error: type[ExposureError], limit: int = MAX_BYTES) -> str:
    """The UTF-8 text of `path`; raises `error` (naming the file) for anything else."""
    name = display_name(path)
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise error(f"{name}: not a regular file; give a YAML text file")
        if info.st_size > limit:
            raise error(
                f"{name}: {info.st_size:,} bytes, more than the {limit:,} a YAML file may have"
            )
        with open(path, "rb") as f:
            data = f.read(limit + 1)
    except OSError as exc:
        raise error(f"{name}: cannot be read ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise error(f"{name}: more than the {limit:,} bytes a YAML file may have")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise error(f"{name} line {line}: not UTF-8 text; save the file as UTF-8") from None


def load(path: Path, error: type[ExposureError]) -> tuple[Any, yaml.Node | None]:
    """(the data, its YAML node tree for `line_of`) of the file at `path`, within the limits
    above; raises `error` with one line naming the file (and line) and the fix."""
    name = display_name(path)
    text = read_text(path, error)
    try:
        _check_events(text, name, error)
        loader = LOADER(text)
        try:
            node = loader.get_single_node()
            return (loader.construct_document(node) if node is not None else None), node
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        if "nesting depth" in problem:  # libyaml's own limit, met before ours while scanning
            raise error(
                f"{name}{where}: nested more than {MAX_DEPTH} levels deep; flatten it"
            ) from None
        raise error(f"{name}{where}: not valid YAML ({problem}); fix the syntax there") from None
    except (ValueError, OverflowError, RecursionError) as exc:  # e.g. a date 2021-02-30
        raise error(f"{name}: a value YAML cannot read ({str(exc)[:80]}); fix it") from None


def _check_events(text: str, name: str, error: type[ExposureError]) -> None:
    """Raise `error` at the first anchor, alias or too deep collection of `text`."""
    depth = 0
    for event in yaml.parse(text, Loader=LOADER):
        line = event.start_mark.line + 1
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise error(
                f"{name} line {line}: YAML anchors and aliases (& and *) are not allowed; "
                "write the value out in full"
            )
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise error(
                    f"{name} line {line}: nested more than {MAX_DEPTH} levels deep; flatten it"
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def line_of(node: yaml.Node | None, path: tuple) -> int | None:
    """The line (from 1) of the value at `path` (mapping keys and list indexes) in `node`, the
    key's line when the path ends at a key; None when the path is not there."""
    line = None
    for step in path:
        if isinstance(node, yaml.MappingNode):
            pair = next((p for p in node.value if p[0].value == str(step)), None)
            if pair is None:
                return line
            line, node = pair[0].start_mark.line + 1, pair[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int):
            if not 0 <= step < len(node.value):
                return line
            node = node.value[step]
            line = node.start_mark.line + 1
        else:
            return line
    return line


def field_name(name: Any) -> str:
    """A field name as a one-line message shows it: as written when plain, else quoted and cut
    short."""
    text = str(name)
    return text if len(text) <= 40 and text.isprintable() else shown(name)


def shown(value: Any) -> str:
    """`value` as the user wrote it, on one line (repr) and cut to 40 characters."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
