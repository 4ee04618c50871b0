"""report.html: one self-contained page rendered by jinja2 from the view model.

One `Environment`: autoescape on (archive text is never marked safe), undefined names are errors,
and every value a template prints passes `neutral` first, so that no caption can reorder the
report's text (bidi overrides and isolates) or hide in control characters. Thumbnails are data URIs
and charts are inline SVG drawn by the templates from numbers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from ..config import Config
from ..tables import Tables
from ..words import FILTERS
from .results import Results
from .rule_report import report_entries
from .view import view_model

BIDI = "\u061c\u200e\u200f" + "".join(map(chr, range(0x202A, 0x202F))) + "\u2066\u2067\u2068\u2069"
CONTROLS = [c for c in range(0x20) if chr(c) not in "\t\n\r"] + list(range(0x7F, 0xA0))
NEUTRAL = {ord(c): None for c in BIDI} | dict.fromkeys(CONTROLS, "\ufffd")


def neutral(value: Any) -> Any:
    """`value` with bidi controls removed and other control characters shown as U+FFFD (text and
    markup alike); anything else unchanged. The Environment's `finalize`: every printed value."""
    if isinstance(value, Markup):
        return Markup(str.translate(value, NEUTRAL))
    return value.translate(NEUTRAL) if isinstance(value, str) else value


def environment(templates_dir: Path) -> jinja2.Environment:
    """The one jinja Environment: autoescape on, undefined names are errors, every printed
    value `neutral`, and the filters of words people use (`words.FILTERS`: day, month, moment,
    quantity, country, number)."""
    env = jinja2.Environment(
        finalize=neutral,
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        autoescape=jinja2.select_autoescape(default=True, default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(FILTERS)
    return env


def render(config: Config, results: Results, tables: Tables) -> str:
    """The HTML text of report.html for these results and tables (sections, map layers and why
    each claim matters as `config.rules_dir`'s rule files say)."""
    env = environment(config.templates_dir)
    view = view_model(results, tables, report_entries(config.rules_dir))
    return env.get_template("report.html").render(**view)
