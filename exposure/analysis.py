"""`exposure.Analysis`: the one path from the cache to tables, inferences, results.json and HTML.

a = Analysis("facebook-jdoe.zip", out="out/")   # scans on first use (or reuses out/)
a.inferences                                      # a DataFrame
a.rules_dir = "my-rules/"                         # only inference runs again
a.to_html("report.html")

Each stage of the chain stored tables → derived tables → inferences → results → html is a cached
property computed on first use; `invalidate` is the one place that forgets them. The command line
runs `scan` (fill the store, then `Analysis.write`) and `report` (`Analysis.write` alone).
"""

from __future__ import annotations

import html
import os
import tempfile
from contextlib import nullcontext
from functools import cached_property
from pathlib import Path

import pandas as pd

from .config import Config
from .derive.people import Corrections
from .derive.tables import derive
from .infer import REPORT_AT, run_rules
from .outdir import claimed, lock, require_ours
from .pipeline import fill, prepare
from .progress import stage, timed_run
from .report.render import render
from .report.results import Results, build_results
from .rescan import current_results, report_inputs, scan_inputs, scan_session
from .store import Store, private_file, private_umask, store_errors
from .tables import Tables
from .vision.vocabulary import retag

TIME_COLUMNS = {"photos": ("taken_at", "uploaded_at"), "checkins": ("time",)}
CHAIN = ("stored", "tables", "inferences", "results", "html")  # each stage reads the one before
PLATFORM_COLUMNS = [
    "source", "label", "kind", "rule_id", "status", "confidence", "statement", "language"
]  # fmt: skip
INFERENCE_COLUMNS = [
    "rule_id",
    "category",
    "statement",
    "confidence",
    "value",
    "explanation",
    "evidence",
    "remove_to_hide",
    "thresholds",
]


def scan(config: Config, archives: list[str | os.PathLike], workers=None) -> Results:
    """Read the archive(s), analyse every new photo, write results.json and report.html; returns
    the results (those already on disk when nothing they depend on changed).

    The output folder is claimed and held for this run alone (see `rescan.scan_session`); the
    command line's `exposure.scanner.scan` is the same, without importing this module for an
    unchanged archive. `workers`: vision workers started ahead (`vision.pool.start_workers`).
    """
    with timed_run(config.quiet), scan_session(config, archives) as (inputs, results):
        return results if results is not None else scan_fresh(config, archives, inputs, workers)


def scan_fresh(
    config: Config, archives: list[str | os.PathLike], inputs: str | None, workers=None
) -> Results:
    """A scan that reads the archive: vision workers start first unless given (their models load
    while the archive is read), then ingest, vision, inference and report. Returns the results.

    Call it inside `rescan.scan_session`, which holds the output folder and gives `inputs`."""
    from .vision.pool import start_workers

    ahead = nullcontext(workers) if workers is not None else start_workers(config, archives)
    with ahead as workers, Analysis.from_config(config) as analysis:
        analysis.fill(archives, inputs, workers)
        return analysis.write(skip_unchanged=True)


def report(config: Config) -> Results:
    """Re-infer and re-render `config.out_dir` from its cache (never runs a model); returns the
    results. Raises NotAnOutputFolder for a folder that holds no scan exposure made."""
    require_ours(config.out_dir)
    with (
        timed_run(config.quiet),
        private_umask(),
        claimed(config.out_dir),
        store_errors(config.out_dir),
        Analysis.from_config(config) as analysis,
    ):
        return analysis.write()


def keep_previous(old_dir: str | os.PathLike, config: Config) -> Results:
    """Keep the claims of the older scan in `old_dir` in `config.out_dir`'s store and rewrite its
    report, which then shows what changed since (`exposure diff OLD NEW --in-report`); returns
    the newer results. Raises NotAnOutputFolder for a folder that holds no scan."""
    from .report.diff import load_scan
    from .report.view_changes import previous_snapshot

    snapshot = previous_snapshot(load_scan(old_dir))
    require_ours(config.out_dir)
    with private_umask(), claimed(config.out_dir), store_errors(config.out_dir):
        with Store(config.out_dir) as store:
            store.set_meta(previous_scan=snapshot)
    return report(config)


class Analysis:
    """Lazy, cached stages over one archive (or an existing output folder), one Store per run."""

    def __init__(
        self,
        archive_or_dir: str | os.PathLike,
        out: str | os.PathLike | None = None,
        models_dir: str | os.PathLike | None = None,
        rules_dir: str | os.PathLike | None = None,
        workers: int = 0,
        quiet: bool = True,
    ):
        path = Path(archive_or_dir)
        self.archive = None if (path / "exposure.db").is_file() else path
        if self.archive is None:
            require_ours(path)
        out = path if self.archive is None else (out or tempfile.mkdtemp(prefix="exposure-"))
        extra = {"rules_dir": Path(rules_dir)} if rules_dir else {}
        self.config = Config(
            out_dir=Path(out), models_dir=models_dir, workers=workers, quiet=quiet, **extra
        )

    @classmethod
    def from_config(cls, config: Config) -> Analysis:
        """An Analysis of `config.out_dir` with exactly these settings (the command line's way)."""
        self = cls.__new__(cls)
        self.archive, self.config = None, config
        return self

    # --- the store ------------------------------------------------------------------------------
    @cached_property
    def store(self) -> Store:
        """The output folder's database, opened once for this Analysis."""
        with private_umask():
            return Store(self.config.out_dir)

    def close(self) -> None:
        """Close the store (it opens again on next use)."""
        if "store" in self.__dict__:
            self.__dict__.pop("store").close()

    def __enter__(self) -> Analysis:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def fill(
        self, archives: list[str | os.PathLike], inputs: str | None = None, workers=None
    ) -> None:
        """Ingest the archive(s) and run the models on new photos into the store; forgets every
        cached stage. Returns None.

        Once every photo is analysed, the store keeps `inputs` (`scan_inputs` of the archives as
        they were before the run began) for the next scan to compare with. `workers`: vision
        workers started ahead, if any.
        """
        inputs = inputs or scan_inputs(self.config, archives)
        out = self.config.out_dir
        with private_umask():
            prepare(self.config, archives)  # claims the output folder
            with lock(out), store_errors(out):
                fill(self.config, archives, self.store, workers, self.write_interim)
                self.store.set_meta(scan_inputs=inputs)
        self.invalidate()

    def write_interim(self) -> str:
        """Write results.json and report.html marked as interim (`interim.photos_share`: the
        share of the photos analysed so far), while the scan goes on; returns the line to show.
        The full results replace them when the scan ends; stopped before, they stay valid."""
        self.invalidate()
        analysed = len(self.store.done(self.store.meta("model_key").get("model_key") or ""))
        total = max(1, len(self.store.get_table("photos")))
        self._interim = {"photos_share": round(analysed / total, 3)}
        try:
            out = Path(self.config.out_dir)
            with private_umask():
                self._results.save(out / "results.json")
                (out / "report.html").write_text(self._html, encoding="utf-8")
                private_file(out / "report.html")
        finally:
            del self._interim
            self.invalidate()
        return (
            f"exposure: interim report from {analysed} of {total} photos: {out / 'report.html'} "
            "(the full one replaces it when the scan ends)"
        )

    def invalidate(self, stage: str = "stored") -> None:
        """Forget `stage` and every stage after it (see CHAIN): the one place caches are dropped.

        "stored" after the store changed, "tables" after corrections.yaml changed, "inferences"
        after the rules changed, "results" for a fresh `generated_at`.
        """
        for name in CHAIN[CHAIN.index(stage) :]:
            self.__dict__.pop(f"_{name}", None)

    # --- stages -----------------------------------------------------------------------------------
    @cached_property
    def _stored(self) -> Tables:
        if self.archive is not None and "_filled" not in self.__dict__:
            self.fill([self.archive])  # reuses every photo already analysed in `out`
            self._filled = True
        return stored_tables(self.store)

    @cached_property
    def _tables(self) -> Tables:
        stored = self._stored
        before = stored.meta.get("face_clusters")
        tables, clusters = derive(stored, Corrections.load(self.config.out_dir), before)
        if clusters != before:  # the derived cache is kept by whoever owns the store: here
            tables.meta = dict(stored.meta, face_clusters=clusters)
            self.store.set_meta(face_clusters=clusters)
        return tables

    @cached_property
    def _inferences(self) -> list[dict]:
        with stage("rules"):  # only the photos the owner posted or sent (Tables.owner)
            return run_rules(self.config.rules_dir, self._tables.owner())

    @cached_property
    def _results(self) -> Results:
        return build_results(self.config, self.tables, self.__dict__.get("_interim"))

    @cached_property
    def _html(self) -> str:
        return render(self.config, self._results, self.tables)

    @property
    def rules_dir(self) -> Path:
        """The rules folder the inferences come from."""
        return self.config.rules_dir

    @rules_dir.setter
    def rules_dir(self, value: str | os.PathLike) -> None:
        """New rules: only the inference step runs again."""
        self.config.rules_dir = Path(value)
        self.invalidate("inferences")

    # --- tables -----------------------------------------------------------------------------------
    @property
    def tables(self) -> Tables:
        """Every table (stored and derived, with `inferences` as results.json entries)."""
        return self._tables.copy(inferences=self._inferences)

    def _table(self, name: str, drop: tuple[str, ...] = ()) -> pd.DataFrame:
        return self._tables[name].drop(columns=[c for c in drop if c in self._tables[name]])

    @property
    def photos(self) -> pd.DataFrame:
        """One row per photo: ids, paths, captions, times, places and metadata."""
        return self._table("photos", ("container", "member"))

    @property
    def detections(self) -> pd.DataFrame:
        """One row per detected object: photo_id, label, score, box, model."""
        return self._table("detections")

    @property
    def labels(self) -> pd.DataFrame:
        """One row per whole-photo class: photo_id, label, score, model, tag."""
        return self._table("labels")

    @property
    def faces(self) -> pd.DataFrame:
        """One row per face: box (top, right, bottom, left), encoding, person_id (None for
        strangers), estimated age (years) and band ('baby', 'child', 'teen', 'adult')."""
        return self._table("faces", ("thumb",))

    @property
    def texts(self) -> pd.DataFrame:
        """One row per line of text read in a photo: photo_id, text, score (0..1, strongest first
        within a photo), box x0, y0, x1, y1 (original photo pixels), model."""
        return self._table("texts")

    @property
    def people(self) -> pd.DataFrame:
        """One row per recurring person: photos, first and last seen, is_owner."""
        return self._table("people", ("thumb",))

    @property
    def locations(self) -> pd.DataFrame:
        """photo_id, when, lat, lon, source (gps, place, caption or check-in)."""
        return self._table("locations")

    @property
    def trips(self) -> pd.DataFrame:
        """One row per trip away from home: start, end, place, country, km_from_home, photos."""
        return self._table("trips")

    @property
    def timeline(self) -> pd.DataFrame:
        """month, tag, photos: how many photos show each tag per month."""
        return self._table("timeline")

    @property
    def people_by_month(self) -> pd.DataFrame:
        """How often each person appears, month by month."""
        return self._table("people_by_month")

    @property
    def places_by_month(self) -> pd.DataFrame:
        """month, place, country, photos, away: where the photos were taken, month by month."""
        return self._table("places_by_month")

    @property
    def inferences(self) -> pd.DataFrame:
        """Every inference (weak ones too), strongest first, as a DataFrame."""
        return pd.DataFrame(self._inferences, columns=INFERENCE_COLUMNS)

    @property
    def platform(self) -> pd.DataFrame:
        """Meta's own labels read from the export, each beside the claims (source, label, kind,
        rule_id, status: supported, not_supported or not_visible, confidence, statement,
        language): results.json's `platform` as a DataFrame."""
        return pd.DataFrame(self._results.data["platform"], columns=PLATFORM_COLUMNS)

    # --- outputs ----------------------------------------------------------------------------------
    @property
    def results(self) -> Results:
        """The content of results.json."""
        return self._results

    def report(self) -> Results:
        """The content of results.json (the same as `results`)."""
        return self._results

    def to_json(self, path: str | os.PathLike) -> Path:
        """Write results.json to `path`; returns the path."""
        return self._results.save(Path(path))

    def to_html(self, path: str | os.PathLike) -> Path:
        """Write report.html to `path` (readable by the owner only); returns the path."""
        path = Path(path)
        path.write_text(self._html, encoding="utf-8")
        os.chmod(path, 0o600)
        return path

    def write(self, skip_unchanged: bool = False) -> Results:
        """Write results.json and report.html into the output folder; returns the results.

        With `skip_unchanged`, a report that is still up to date (`rescan.current_results`)
        stands as it is, and the results are read back from results.json.
        """
        out = Path(self.config.out_dir)
        with private_umask(), claimed(out), store_errors(out):
            if skip_unchanged and (saved := current_results(self.config, self.store)) is not None:
                return saved
            _ = self._inferences  # places, people and rules first, each a stage of its own
            with stage("writing the report"):
                self._results.save(out / "results.json")
                html_path = out / "report.html"
                html_path.write_text(self._html, encoding="utf-8")
                private_file(html_path)
                self.store.set_meta(report_inputs=report_inputs(self.config, self.store))
        return self._results

    def _repr_html_(self) -> str:
        reported = [i for i in self._inferences if i["confidence"] >= REPORT_AT]
        rows = "".join(
            f"<li>{html.escape(i['statement'])} ({round(100 * i['confidence'])}%)</li>"
            for i in reported[:8]
        )
        return (
            f"<div><strong>exposure</strong>: {len(self.photos)} photos, "
            f"{len(reported)} inferences reported<ul>{rows}</ul></div>"
        )


def stored_tables(store: Store) -> Tables:
    """photos (with `when`: taken, else uploaded), skipped, notes, checkins, meta, and the vision
    tables (analyses, detections, labels, faces, texts) of the current models, as stored (labels'
    tags as today's vocabulary gives them)."""
    tables = Tables(
        **{
            name: store.get_table(name, TIME_COLUMNS.get(name, ()))
            for name in ("photos", "skipped", "notes", "checkins", "duplicates", "platform")
        },
        meta=store.meta(),
    )
    for name, table in store.vision_tables(tables.meta.get("model_key") or "").items():
        tables[name] = table
    tables.labels = retag(tables.labels)  # today's vocabulary, without re-running a model
    photos = tables.photos
    if not photos.empty:
        photos["when"] = photos["taken_at"].fillna(photos["uploaded_at"])
    else:
        photos["when"] = pd.Series(dtype="datetime64[ns, UTC]")
    return tables
