"""infer: rules as data, kinds as code, inferences with their provenance.

Rule files (`rules/*.yaml`, validated by `rules`) name a kind; each kind is one short pure
function from a rule and the `Evidence` tables to an `Inference` with its confidence, the numbers
behind it in words and the evidence photo ids, registered with the facts its statements may use
by `registry.kind` in a module of kinds imported here (`kinds`, `household`, `travel`, `events`,
`whereabouts`, `sensitive`, `documents`); `engine` runs every rule and finds each inference's remove-to-hide set
by running the same kind again without the strongest evidence.
"""

from . import documents, events, household, kinds, sensitive, travel, whereabouts  # noqa: F401 - register their kinds
from .engine import infer, remove_to_hide, run_rules
from .evidence import REPORT_AT, Evidence, Inference, caption_hits
from .rules import Rule, load_rules

__all__ = [
    "REPORT_AT",
    "Evidence",
    "Inference",
    "Rule",
    "caption_hits",
    "infer",
    "load_rules",
    "remove_to_hide",
    "run_rules",
]
