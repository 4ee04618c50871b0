"""`exposure batch`: every archive of a study through the scan pipeline, on Ray.

What runs where:
- ingest: one Ray task per archive (any node); it returns the archive's tables to the driver;
- vision: one Ray Data `map_batches` over the unfinished photos of all archives, on an actor pool
  (`PhotoWorker`: the models load once per actor); rows carry paths, results come back pickled;
- the driver alone writes each archive's SQLite store, one transaction per photo, as results
  arrive: a killed driver loses at most the batches in flight;
- infer + report: one Ray task per archive, pinned to the driver's node (beside DIR), started
  as soon as the archive's last photo is stored.
"""

from __future__ import annotations

import os
import pickle
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from ..progress import Progress
from .inputs import ArchiveInput, find_archives
from .ray_env import RaySession, ray_session
from .stages import (
    BATCH,
    Config,
    ExposureError,
    ModelSpec,
    Store,
    UnsafeOutput,
    archive_fingerprint,
    bundled,
    check_claim,
    check_models,
    check_output,
    claim,
    current_results,
    is_ours,
    load_file_facts,
    load_rules,
    lock,
    model_spec,
    save_ingested,
)
from .study import summarise, write_study

DONE_KEY = "batch_done"  # store meta: what was finished, to skip the archive on the next run


@dataclass
class BatchConfig:
    """A study run: where the exports are, where the output goes, which cluster and models."""

    source: Path
    out_dir: Path
    address: str | None = None  # None: a private local Ray; "auto" or "ray://host:port": join
    workers: int = 0  # 0: every CPU of the machine (or of the cluster)
    models_dir: Path | None = None
    rules_dir: Path = field(default_factory=lambda: bundled("rules"))
    quiet: bool = False

    def __post_init__(self) -> None:
        self.source, self.out_dir, self.rules_dir = (
            Path(self.source),
            Path(self.out_dir),
            Path(self.rules_dir),
        )
        if self.models_dir is None and os.environ.get("EXPOSURE_MODELS"):
            self.models_dir = Path(os.environ["EXPOSURE_MODELS"])

    def archive_config(self, name: str) -> Config:
        """The Config `exposure scan` would get for this archive's output folder."""
        return Config(
            out_dir=self.out_dir / name,
            models_dir=self.models_dir,
            rules_dir=self.rules_dir,
            workers=1,
            quiet=True,
        )


@dataclass
class Outcome:
    """One archive's fate in this run: analysed, done earlier, or failed (with the reason)."""

    archive: ArchiveInput
    status: str = "pending"
    reason: str | None = None
    summary: dict | None = None  # photo counts, format and claims (see study.summarise)
    analysed: int = 0  # photos analysed in this run


def run_batch(config: BatchConfig) -> list[Outcome]:
    """Analyse every archive of the study; write DIR/<name>/ for each and the study files.

    Returns one Outcome per archive, in the study's order. A failing archive is listed with its
    reason and the others go on; a second run skips what the first one finished.
    """
    out = config.out_dir
    if out.absolute() == config.source.absolute():
        raise UnsafeOutput(f"{out}: the output folder is the study folder; choose another")
    check_claim(out, "study")  # a folder that is not exposure's: refused before any write
    archives = find_archives(config.source, out)
    rules = load_rules(config.rules_dir)  # a bad rule stops the run before any work
    spec = model_spec(config.models_dir)
    check_models(spec)
    old_umask = os.umask(0o077)
    try:
        with lock(claim(out, "study")):
            outcomes = [Outcome(a) for a in archives]
            states = {id(o): _state(config, spec, o) for o in outcomes}
            if any(s != "done" for s in states.values()):  # else no Ray at all
                with ray_session(out, config.address, config.workers) as session:
                    run = _Run(config, spec, session, outcomes)
                    run.run([o for o in outcomes if states[id(o)] == "fresh"])
                    run.rerender([o for o in outcomes if states[id(o)] == "stale"])
            write_study(out, outcomes, rules)
        return outcomes
    finally:
        os.umask(old_umask)


class _Run:
    """One pass over the study inside a Ray session."""

    def __init__(
        self, config: BatchConfig, spec: ModelSpec, session: RaySession, outcomes: list[Outcome]
    ):
        import ray
        from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

        from .tasks import read_archive, report_archive

        self.config, self.spec, self.session, self.outcomes = config, spec, session, outcomes
        self.ray = ray
        self.read = ray.remote(num_cpus=1, max_retries=1)(read_archive)
        beside_dir = NodeAffinitySchedulingStrategy(node_id=session.driver_node, soft=False)
        # num_cpus=0: a report may overlap the last vision batches instead of waiting for them
        self.report = ray.remote(num_cpus=0, scheduling_strategy=beside_dir)(report_archive)
        self.reports: dict = {}  # object ref -> Outcome
        self.report_queue: list[Outcome] = []
        self.stores: dict[int, Store] = {}
        self.pending: dict[int, int] = {}  # archive index -> photos still to store

    # --- the pass ----------------------------------------------------------------------------
    def run(self, fresh: list[Outcome]) -> None:
        """Ingest, analyse, infer and render the archives not finished before."""
        rows = self._ingest(fresh)
        if rows:
            self._vision(rows)
        self._drain_reports(limit=self.session.cpus)

    def rerender(self, stale: list[Outcome]) -> None:
        """Infer and render again the finished archives whose report inputs changed (rules)."""
        for o in stale:
            self._queue_report(o)
        self._drain_reports(limit=self.session.cpus)

    # --- ingest ------------------------------------------------------------------------------
    def _ingest(self, todo: list[Outcome]) -> list[dict]:
        """Read the archives (tasks), store their tables; the photos still to analyse."""
        refs, where = {}, {id(o): i for i, o in enumerate(self.outcomes)}
        for o in todo:
            index = where[id(o)]
            try:
                cfg = self.config.archive_config(o.archive.name)
                check_output(cfg.out_dir, list(o.archive.paths))
                store = self._store(index)
                known = load_file_facts(store)
            except ExposureError as exc:
                self._fail(o, str(exc))
                continue
            refs[self.read.remote(list(o.archive.paths), known)] = index
        rows: list[dict] = []
        quiet = self.config.quiet
        with Progress("reading archives", quiet, total=len(refs), unit="archive") as bar:
            while refs:
                ready, _ = self.ray.wait(list(refs), num_returns=1)
                index = refs.pop(ready[0])
                rows += self._ingested(index, ready[0])
                bar.update(1)
        return rows

    def _ingested(self, index: int, ref) -> list[dict]:
        o = self.outcomes[index]
        try:
            ing = self.ray.get(ref)
        except Exception as exc:  # noqa: BLE001 - the archive is listed with the reason
            self._fail(o, _reason(exc))
            self._close(index)
            return []
        store = self.stores[index]
        save_ingested(store, ing)
        store.set_meta(model_key=self.spec.key, models=self.spec.description, analysed_last_run=0)
        done = store.done(self.spec.key)
        rows = [
            {"archive": index, "photo_id": r.photo_id, "container": r.container}
            | {"member": r.member or ""}
            for r in ing.photos.itertuples()
            if r.photo_id not in done
        ]
        self.pending[index] = len(rows)
        if not rows:
            self._vision_done(index)
        return rows

    # --- vision ------------------------------------------------------------------------------
    def _vision(self, rows: list[dict]) -> None:
        """All photos through the actor pool; each result stored as soon as it is back."""
        batches = self._dataset(rows).iter_batches(
            batch_size=None, batch_format="numpy", prefetch_batches=0
        )
        with Progress("analysing photos", self.config.quiet, total=len(rows), unit="photo") as bar:
            try:
                for batch in batches:
                    for index, blob in zip(batch["archive"], batch["result"]):
                        self._store_result(int(index), pickle.loads(blob))
                    bar.update(len(batch["archive"]))
                    self._drain_reports(limit=1, wait=False)
            except Exception as exc:  # noqa: BLE001 - what is stored stays; the rest is listed
                reason = f"vision stopped: {_reason(exc)}"
                for index in [i for i, n in self.pending.items() if n]:
                    self._fail(self.outcomes[index], reason)
                    self._close(index)

    def _dataset(self, rows: list[dict]):
        """One block per batch, so that every finished batch comes back on its own."""
        from ray.data import ActorPoolStrategy, from_items

        from .photos import photo_worker

        blocks = -(-len(rows) // BATCH)
        actors = max(1, min(self.session.cpus, blocks))
        # local: an actor that dies stops the run (rerun to go on), and Ray's warning about
        # restarting actors stays off the terminal; a cluster restarts actors of lost nodes
        restarts = {"max_restarts": 0} if self.session.local else {}
        with warnings.catch_warnings():  # max_restarts has no named parameter yet
            warnings.filterwarnings("ignore", message="`ray_remote_args` is deprecated")
            return from_items(rows, override_num_blocks=blocks).map_batches(
                photo_worker(self.spec),
                batch_size=BATCH,
                batch_format="numpy",
                compute=ActorPoolStrategy(size=actors),
                num_cpus=1,
                **restarts,
            )

    def _store_result(self, index: int, result) -> None:
        self.stores[index].put_analysis(self.spec.key, result)
        self.outcomes[index].analysed += 1
        self.pending[index] -= 1
        if self.pending[index] == 0:
            self._vision_done(index)

    def _vision_done(self, index: int) -> None:
        self.stores[index].set_meta(analysed_last_run=self.outcomes[index].analysed)
        self._close(index)
        self._queue_report(self.outcomes[index])

    # --- reports -----------------------------------------------------------------------------
    def _queue_report(self, o: Outcome) -> None:
        self.report_queue.append(o)
        self._drain_reports(limit=1, wait=False)

    def _drain_reports(self, limit: int, wait: bool = True) -> None:
        """Start queued reports (at most `limit` at once); collect those finished."""
        while self.report_queue or self.reports:
            while self.report_queue and len(self.reports) < limit:
                o = self.report_queue.pop(0)
                self.reports[self.report.remote(self.config.archive_config(o.archive.name))] = o
            ready, _ = self.ray.wait(list(self.reports), num_returns=1, timeout=None if wait else 0)
            for ref in ready:
                self._reported(self.reports.pop(ref), ref)
            if not wait and not ready:
                return

    def _reported(self, o: Outcome, ref) -> None:
        try:
            o.summary = self.ray.get(ref)
        except Exception as exc:  # noqa: BLE001
            self._fail(o, _reason(exc))
            return
        o.status = "analysed"
        store = Store(self.config.out_dir / o.archive.name)
        try:
            store.set_meta(**{DONE_KEY: done_mark(o.archive, self.spec)})
        finally:
            store.close()

    # --- stores ------------------------------------------------------------------------------
    def _store(self, index: int) -> Store:
        if index not in self.stores:
            out = claim(self.config.out_dir / self.outcomes[index].archive.name)
            self.stores[index] = Store(out)
        return self.stores[index]

    def _close(self, index: int) -> None:
        store = self.stores.pop(index, None)
        if store is not None:
            store.close()

    def _fail(self, o: Outcome, reason: str) -> None:
        o.status, o.reason = "failed", reason


def _state(config: BatchConfig, spec: ModelSpec, o: Outcome) -> str:
    """fresh (to do), done (by an earlier run, same input and models: the outcome is filled in),
    or stale (done, but something the report reads changed, such as the rules)."""
    cfg = config.archive_config(o.archive.name)
    if not (is_ours(cfg.out_dir) and (cfg.out_dir / "exposure.db").is_file()):
        return "fresh"  # a folder that is not exposure's is refused, with its reason, when read
    store = Store(cfg.out_dir)
    try:
        if store.meta(DONE_KEY).get(DONE_KEY) != done_mark(o.archive, spec):
            return "fresh"
        results = current_results(cfg, store)
    finally:
        store.close()
    if results is None:  # out of date (the rules changed, say), missing or damaged
        return "stale"
    o.status, o.summary = "done earlier", summarise(results)
    return "done"


def done_mark(a: ArchiveInput, spec: ModelSpec) -> dict:
    """What a finished archive was made from: its paths, their files' fingerprint, the models."""
    return {"paths": list(a.paths), "input": archive_fingerprint(a.paths), "model_key": spec.key}


def _reason(exc: Exception) -> str:
    """One line: the archive's own error (a Ray task error carries it as its cause)."""
    cause = getattr(exc, "cause", None) or exc
    text = str(cause).strip().splitlines()
    line = text[0] if text else ""
    return line if isinstance(cause, ExposureError) else f"{type(cause).__name__}: {line}"[:300]
