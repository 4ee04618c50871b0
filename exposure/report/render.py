"""report.html: one self-contained page rendered by jinja2 from the view model.

One `Environment`: autoescape on (archive text is never marked safe), undefined names are errors.
Thumbnails are data URIs and charts are inline SVG drawn by the templates from numbers.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from ..config import Config
from .results import Results
from .view import view_model


def environment(templates_dir: Path) -> jinja2.Environment:
    """The one jinja Environment: autoescape on, undefined names are errors."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        autoescape=jinja2.select_autoescape(default=True, default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


def render(config: Config, results: Results, tables: dict) -> str:
    """The HTML text of report.html for these results and tables."""
    env = environment(config.templates_dir)
    return env.get_template("report.html").render(**view_model(results, tables))
