"""`exposure scan` as one library call that stays light for an unchanged archive.

`scan` is `exposure.analysis.scan`, except that the tables' libraries (pandas, the models) are
imported only when the archive must be read again: a rescan of an unchanged archive answers in a
fraction of a second.
"""

from __future__ import annotations

import os

from .config import Config
from .progress import timed_run
from .report.saved import Results
from .rescan import scan_session


def scan(config: Config, archives: list[str | os.PathLike]) -> Results:
    """Scan `archives` into `config.out_dir` (see `exposure.analysis.scan`); returns the results."""
    with timed_run(config.quiet), scan_session(config, archives) as (inputs, results):
        if results is None:
            from .analysis import scan_fresh

            results = scan_fresh(config, archives, inputs)
        return results
