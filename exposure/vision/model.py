"""What every vision model is to the worker: a `Model` (its identity, `load`, `predict` and the
rows it stores), the `Photo` the models of a run share, and the `PhotoResult` a worker hands back.

A model is built in the parent from the run's `Options` (cheap: files found, digests read, no
library imported), sent to the workers as it is, loaded there once, then given batches of photos.
Each model reads what the models before it found (`Photo.found`, by model name) and adds its own;
its rows are made once every model has run, so a later model can complete an earlier one's
records (the ages of the faces). The worker runs each model in its own guard (`vision.analyzer`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Rows = dict[str, list[dict[str, Any]]]  # table name -> rows (column -> value); the store adds
# each row's photo_id and model_key


@dataclass
class Options:
    """What a run asks of its models: the offline models folder (None: ultralytics' standard
    weights) and whether text is read."""

    models_dir: Path | None = None
    text: bool = True


@dataclass
class Photo:
    """One photo while the models of a worker analyse it: its bytes, then its pixels (`decoded`,
    set by the decode model) and each model's findings by model name."""

    photo_id: str
    data: bytes
    found: dict[str, Any] = field(default_factory=dict)
    scratch: dict[str, Any] = field(default_factory=dict)  # one model's notes for a later one

    @property
    def decoded(self) -> Any:
        """The photo's pixels (`vision.decode.Decoded`), once the decode model has run."""
        return self.found.get("decode")


@dataclass
class PhotoResult:
    """A photo's analysis as stored: rows per table, the models that failed on it (`errors`:
    [{"model", "reason"}]), its alt text and thumbnail; `error`: nothing could be read at all."""

    photo_id: str
    rows: Rows = field(default_factory=dict)
    errors: list[dict[str, str]] = field(default_factory=list)
    alt_text: str | None = None
    error: str | None = None
    thumb: bytes | None = None


class Model:
    """A vision model. Subclasses set `name` (the word `errors` and the report use), `key` (its
    field in the cache identity) and `tables` (where its rows go), and implement `__init__`
    (find its files: set `identity`, or leave it None with `why` when it is off), `load`,
    `predict` and `rows`.

    `required`: a photo this model fails on is not analysed further (nothing could be read)."""

    name = "model"
    key = "model"
    tables: tuple[str, ...] = ()
    required = False

    def __init__(self, options: Options) -> None:
        self.identity: Any = None  # JSON-able: names and digests of its files, its options
        self.why: str | None = None  # one line said once a run when the model is off or degraded
        self.runtime: Any = None  # what `load` made: never sent to a worker

    @property
    def on(self) -> bool:
        """Whether the model runs (its package and files are there, the run wants it)."""
        return self.identity is not None

    def describe(self) -> str | None:
        """The model in words for the report ("objects: yolo11n.pt"), or None."""
        return None

    def load(self, cache_dir: Path) -> None:
        """Load the model's files (once per worker); `cache_dir` is the run's private folder."""

    def derive(self, cache_dir: Path) -> None:
        """Build the files `load` derives from the installed ones with the `onnx` package, in
        `cache_dir` (`vision.derived.build_once`: one worker of a run does, for every model).
        Default: nothing to build."""

    def prepare(self, cache_dir: Path) -> None:
        """What a worker can do for `load` while another builds the run's derived files (`derive`):
        imports, files derived without `onnx`. Default: nothing."""

    def predict(self, photos: list[Photo]) -> list[Any]:
        """What the model finds in each photo of the batch, in order (kept in `Photo.found`)."""
        raise NotImplementedError

    def rows(self, photo: Photo) -> Rows:
        """The rows this model adds, by table, from what it found in `photo`."""
        return {}

    def reason(self, exc: Exception) -> str | None:
        """The model's own short words for a failure, or None (the exception's first line)."""
        return None

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["runtime"] = None  # a loaded model stays in its process
        return state
