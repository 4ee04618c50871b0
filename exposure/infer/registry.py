"""Every rule kind by name, each registered once by the `kind` decorator on its function.

A kind is registered with the facts its rules' statements and explanations may name: rule files
are validated against this table (`rules`) and the engine runs from it (`engine`), so a kind
cannot be known to one and missing from the other. A module of kinds registers them when it is
imported: `exposure.infer` imports every such module. Kinds run in the order they are registered;
none reads another's inferences.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class Kind:
    """A rule kind: its name, its function `(rule, ev) -> Inference | list[Inference] | None`,
    and the facts (placeholders) a rule of this kind may put in its statement."""

    name: str
    function: Callable[..., Any]
    facts: frozenset[str]


KINDS: dict[str, Kind] = {}


def kind(name: str, facts: str | Iterable[str]) -> Callable[[F], F]:
    """The decorator that registers its function as the rule kind `name`, whose statements may
    name `facts` (names, or one string of names separated by spaces); it returns the function
    unchanged. Raises ValueError when another function already holds the name."""
    names = frozenset(facts.split() if isinstance(facts, str) else facts)

    def register(function: F) -> F:
        held = KINDS.get(name)
        if held is not None and _where(held.function) != _where(function):
            raise ValueError(f"rule kind {name!r} is registered twice ({_where(held.function)})")
        KINDS[name] = Kind(name, function, names)
        return function

    return register


def _where(function: Callable[..., Any]) -> str:
    return f"{function.__module__}.{function.__qualname__}"
