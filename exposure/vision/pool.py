"""vision: objects, scene labels, faces (with ages) and text for every photo not yet analysed by
the current models.

Worker processes (`vision.crew`) load the registered models once and analyse batches of photos;
the parent stores each finished photo in one SQLite transaction, so a killed scan resumes where it
stopped and a re-run only analyses new photos (or all of them, when a model changed). A worker that
dies is replaced, and a photo that has ended a worker `CRASH_LIMIT` times is skipped with that
reason, on this run and every later one. Workers die with their parent.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path

from ..config import Config, check_output
from ..progress import Progress
from ..store import Store, private_dir, private_umask
from .analyzer import Analyzer, describe, thumbnail
from .builtin import DRAFT_SIDE, WORK_SIDE, read_text
from .crew import Crew, work
from .model import PhotoResult
from .models import ModelSpec, check_models, model_spec
from .sample import first_order, sample_size

__all__ = [
    "BATCH",
    "DRAFT_SIDE",
    "WORK_SIDE",
    "Analyzer",
    "PhotoResult",
    "Workers",
    "analyse",
    "describe",
    "read_text",
    "start_workers",
    "thumbnail",
]

BATCH = 1  # photos per task: the tail of a run, when one worker waits for the other, is one photo
CRASH_LIMIT = 2  # a photo that has ended a worker this often is not tried again
CACHE_PREFIX = ".exposure-run-"  # the run's own folder in the output folder, removed at the end


def new_cache(out_dir: Path) -> Path:
    """A new folder of this run's temp and cache files in `out_dir` (owner only), under a name
    that did not exist before: the caller removes it at the end."""
    cache = Path(tempfile.mkdtemp(dir=out_dir, prefix=CACHE_PREFIX))
    os.chmod(cache, 0o700)
    private_dir(cache / "tmp")
    return cache


_analyzer: Analyzer | None = None
_analyzer_key: str | None = None


# --- the stage ----------------------------------------------------------------------------------
class Workers:
    """Vision worker processes started ahead of the stage, so that their models load (about 2 s)
    while the parent imports its tables' libraries and reads the archive; `analyse` hands them
    the photos, and `close` ends them and removes their cache folder in the output folder."""

    def __init__(self, config: Config):
        self.spec = model_spec(config.models_dir, text=config.text)
        self.cache = new_cache(Path(config.out_dir))
        with _private_tmp(self.cache / "tmp"):  # the workers' temp files stay here
            self.pool = Crew(self.spec, self.cache, config.workers)

    def close(self) -> None:
        """End the workers (at once: anything they still do is not needed) and their cache."""
        self.pool.close()
        shutil.rmtree(self.cache, ignore_errors=True)

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def start_workers(config: Config, archives: list) -> Workers | nullcontext:
    """Workers for a first scan of `archives` into a new output folder (every photo is to be
    analysed), started before anything else; else a context that gives None: vision off, one
    worker, a folder already scanned (a rescan may have nothing to analyse), an output folder
    that is refused, or anything that fails here (the stage then starts its own workers and
    reports the failure in its usual order)."""
    out = Path(config.out_dir)
    if not config.vision or config.workers <= 1 or (out / "exposure.db").exists():
        return nullcontext()
    try:
        check_output(out, archives)
        with private_umask():  # the workers inherit it: their files are the owner's only
            from ..outdir import claim  # exposure's folder, marked, before its temp folder

            claim(out)
            return Workers(config)
    except Exception:  # noqa: BLE001 - the stage itself says what is wrong, in its order
        return nullcontext()


def analyse(
    config: Config,
    store: Store,
    workers: Workers | None = None,
    interim: Callable[[], str | None] | None = None,
) -> ModelSpec:
    """Analyse every photo of the store's `photos` table not yet done with these models, with
    `workers` (started ahead for the same `config`, with its models) when given; returns the
    models' spec.

    With `interim`, an archive with at least `config.interim_at` photos to analyse has a
    stratified sample analysed first (`vision.sample`), then `interim()` is called once (it
    writes the interim report; the line it returns is shown) while the workers go on."""
    spec = workers.spec if workers is not None else model_spec(config.models_dir, text=config.text)
    store.set_meta(model_key=spec.key, models=spec.description)
    photos = store.get_table("photos")
    done = store.done(spec.key)
    rows = [r for r in photos.to_dict("records") if r["photo_id"] not in done]
    size = sample_size(len(rows), config.interim_at) if interim is not None else 0
    todo = [(r["photo_id"], r["container"], r["member"] or "") for r in first_order(rows, size)]
    waiting = {photo_id for photo_id, _, _ in todo[:size]}  # the interim report's sample
    store.set_meta(analysed_last_run=0)
    if not todo:
        return spec
    for line in spec.missing:  # an optional model's package is not installed: said once a run
        print(f"exposure: {line}", file=sys.stderr)
    cache = workers.cache if workers else new_cache(Path(config.out_dir))
    batches = [todo[i : i + BATCH] for i in range(0, len(todo), BATCH)]
    analysed, own = 0, None
    try:
        with _private_tmp(cache / "tmp"):
            with Progress("loading models", config.quiet, total=None):  # a stage of its own
                check_models(spec)
                crew = workers.pool if workers is not None else None
                if crew is None and min(config.workers, len(batches)) > 1:
                    crew = own = Crew(spec, cache, min(config.workers, len(batches)))
                if crew is None:
                    _init_in_process(spec, cache)
                else:
                    crew.wait_ready()
            with Progress("analysing photos", config.quiet, total=len(todo), unit="photo") as bar:
                for results in _run(batches, crew, store, spec):
                    for res in results:
                        store.put_analysis(spec.key, res)
                        waiting.discard(res.photo_id)
                    analysed += len(results)
                    bar.update(len(results))
                    if size and not waiting and interim is not None:
                        line, interim = interim(), None  # once: the workers go on meanwhile
                        if line and not config.quiet:
                            bar.bar.write(line, file=sys.stderr)
    finally:
        if own is not None:
            own.close()
        store.set_meta(analysed_last_run=analysed)
        if workers is None:
            shutil.rmtree(cache, ignore_errors=True)
    return spec


def _run(batches: list, crew: Crew | None, store: Store, spec: ModelSpec):
    """The results of every batch: in this process (models loaded) without a `crew`."""
    if crew is None:
        for batch in batches:
            yield work(_analyzer, batch)
        return
    yield from crew.run(batches, lambda photo_id, how: _crashed(store, spec, photo_id, how))


def _crashed(store: Store, spec: ModelSpec, photo_id: str, how: str) -> PhotoResult | None:
    """A photo whose worker died: counted in the store; its result once it has done so
    CRASH_LIMIT times (skipped with the reason, then and on every later run), else None."""
    times = store.count_crash(spec.key, photo_id)
    if times < CRASH_LIMIT:
        return None
    return PhotoResult(
        photo_id, error=f"it stopped the analysis {times} times ({how}); not tried again"
    )


def _init_in_process(spec: ModelSpec, cache: Path) -> None:
    """workers=1: the models load in this process, once per model identity."""
    global _analyzer, _analyzer_key
    if _analyzer is None or _analyzer_key != spec.key:
        _analyzer, _analyzer_key = Analyzer(spec, cache), spec.key


class _private_tmp:
    """Point temp files (ultralytics sessions, torch caches) of this run into the output folder."""

    def __init__(self, tmp: Path):
        self.tmp = tmp
        self.saved: dict[str, str | None] = {}

    def __enter__(self):
        for var in ("TMPDIR", "TORCHINDUCTOR_CACHE_DIR", "MPLCONFIGDIR", "XDG_CACHE_HOME"):
            self.saved[var] = os.environ.get(var)
            os.environ[var] = str(self.tmp)
        self.saved_tempdir = tempfile.tempdir
        tempfile.tempdir = str(self.tmp)
        return self

    def __exit__(self, *exc):
        for var, value in self.saved.items():
            if value is None:
                os.environ.pop(var, None)
            else:
                os.environ[var] = value
        tempfile.tempdir = self.saved_tempdir
