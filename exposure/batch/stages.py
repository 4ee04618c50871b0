"""The one place `exposure.batch` imports the pipeline from: moving a stage is a change here only.

Everything batch runs per archive is a function of this module, so that the Ray tasks and actors
name one stable import path, and `exposure scan` and `exposure batch` share every step.
"""

from __future__ import annotations

from ..analysis import report
from ..config import Config, bundled
from ..errors import ArchiveNotFound, ExposureError, ModelError, UnsafeOutput
from ..fingerprint import archive_fingerprint
from ..infer.rules import load_rules
from ..ingest import ingest
from ..ingest.archive import read_member
from ..outdir import check_claim, claim, is_ours, lock
from ..parts import export_parts, group_exports
from ..pipeline import check_output, load_file_facts, save_ingested
from ..report.results import Results
from ..rescan import current_results
from ..store import Store, private_dir, private_file
from ..vision.models import ModelSpec, check_models, model_spec
from ..vision.pool import BATCH, Analyzer, PhotoResult

__all__ = [
    "BATCH",
    "Analyzer",
    "ArchiveNotFound",
    "Config",
    "ExposureError",
    "ModelError",
    "ModelSpec",
    "PhotoResult",
    "Results",
    "Store",
    "UnsafeOutput",
    "archive_fingerprint",
    "bundled",
    "check_claim",
    "check_models",
    "check_output",
    "claim",
    "current_results",
    "export_parts",
    "group_exports",
    "ingest",
    "is_ours",
    "load_file_facts",
    "load_rules",
    "lock",
    "model_spec",
    "private_dir",
    "private_file",
    "read_member",
    "report",
    "save_ingested",
]
