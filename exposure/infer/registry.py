"""Every rule kind by name, in the order they run (a rule that reads others runs after them)."""

from __future__ import annotations

from . import documents, events, kinds, sensitive, travel, whereabouts

KIND_FUNCTIONS = {
    "recurring_tag": kinds.recurring_tag,
    "trips": travel.trips,
    "home": kinds.home,
    "household": kinds.household,
    "children": kinds.children,
    "event": events.event,
    "move": kinds.move,
    "first_appearance": kinds.first_appearance,
    "metadata": kinds.metadata,
    "routine": whereabouts.routine,
    "workplace": whereabouts.workplace,
    "sensitive": sensitive.sensitive,
    "document": documents.document,
}
ORDER = {k: i for i, k in enumerate(KIND_FUNCTIONS)}  # rules on rules run after their inputs
