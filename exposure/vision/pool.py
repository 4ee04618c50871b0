"""vision: objects, scene labels, faces (with ages) and text for every photo not yet analysed by
the current models.

Each worker process loads the models once and analyses batches of photos; the parent stores each
finished photo in one SQLite transaction, so a killed scan resumes where it stopped and a re-run
only analyses new photos (or all of them, when a model changed). Workers die with their parent.
"""

from __future__ import annotations

import ctypes
import multiprocessing as mp
import os
import shutil
import signal
import sys
import tempfile
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..config import Config, check_output
from ..errors import ModelError
from ..ingest.archive import read_member
from ..progress import Progress
from ..store import Store, private_dir, private_umask
from ..types import Detection, Face, Label
from .decode import DecodeError, decode
from .faces import PERSON_SCORE, FaceAnalyzer
from .models import ModelSpec, check_models, model_spec
from .text import TextLine
from .vocabulary import OBJECT_TAGS, SCENE_TAG_SCORE, TAG_SCORE, alt_text

# The working copy: the classifier (224 px), the faces' whole-photo pass (a level of at most 640
# px) and thumbnails read it; YOLO, the face looks and encodings and text read the full photo.
WORK_SIDE = 800
DRAFT_SIDE = 1600  # the full photo of a JPEG above 16 MP is decoded straight to at least this
BATCH = 1  # photos per task: the tail of a run, when one worker waits for the other, is one photo
PHOTO_THUMB = 160


@dataclass
class PhotoResult:
    photo_id: str
    detections: list[Detection] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    faces: list[Face] = field(default_factory=list)
    texts: list[TextLine] = field(default_factory=list)  # boxes in original photo pixels
    alt_text: str | None = None
    error: str | None = None
    thumb: bytes | None = None  # a small JPEG for the report


class Analyzer:
    """The models of `spec`, loaded once per process: objects, scenes, faces and, when the spec
    has them, face ages and text."""

    def __init__(self, spec: ModelSpec, cache_dir: Path):
        from .models import load_classifier, load_detector, needs_ultralytics, quiet_ultralytics

        if needs_ultralytics(spec):
            quiet_ultralytics(cache_dir, spec.offline)
        self.detector = load_detector(spec.detector)
        self.classifier = load_classifier(spec.classifier)
        self.faces = FaceAnalyzer(ages=_age_estimator() if spec.ages else None)
        self.text = _text_reader() if spec.text else None

    def analyse(self, items: list[tuple[str, bytes]]) -> list[PhotoResult]:
        """One `PhotoResult` per (photo_id, bytes): objects, labels, faces, alt text, thumbnail."""
        results, decoded = [], []
        for photo_id, data in items:
            try:
                decoded.append((PhotoResult(photo_id), decode(data, WORK_SIDE, DRAFT_SIDE)))
            except DecodeError as exc:
                results.append(PhotoResult(photo_id, error=str(exc)))
        if not decoded:
            return results
        # YOLO letterboxes the full photo itself (linear resize, as ultralytics does)
        detections = self.detector.detect(
            [d.detect for _, d in decoded], [d.detect_scale for _, d in decoded]
        )
        labels = self.classifier.classify([d.image for _, d in decoded])
        for (res, dec), dets, labs in zip(decoded, detections, labels):
            res.detections, res.labels = dets, labs
            persons = [
                d.box
                for d in sorted(dets, key=lambda d: -d.score)
                if d.label == "person" and d.score >= PERSON_SCORE
            ]
            res.faces = self.faces.analyse(
                dec.detect, dec.detect_scale, dec.image, dec.scale, persons
            )
            if self.text is not None:
                res.texts = read_text(self.text, dec.detect, dec.detect_scale)
            dec.detect = dec.image  # let the full-size pixels go
            res.alt_text = describe(res)
            res.thumb = thumbnail(dec.image)
            results.append(res)
        return results


def _age_estimator():
    from .ages import AgeEstimator

    return AgeEstimator()


def _text_reader():
    from .text import TextReader

    return TextReader()


def read_text(reader, image: np.ndarray, scale: float) -> list[TextLine]:
    """The text lines `reader` finds in `image`, boxes scaled by `scale` to original pixels."""
    return [
        TextLine(line.text, line.score, tuple(round(v * scale) for v in line.box))
        for line in reader.read(image)
    ]


def thumbnail(image: np.ndarray, side: int = PHOTO_THUMB) -> bytes:
    """A small JPEG of the whole photo, for the report's evidence and gallery."""
    import io

    from PIL import Image

    im = Image.fromarray(image)
    im.thumbnail((side, side), Image.BILINEAR)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=70)
    return buf.getvalue()


def describe(res: PhotoResult) -> str:
    """The photo's alt text, Facebook-style, from what the models found."""
    people = sum(1 for d in res.detections if d.label == "person" and d.score >= 0.5)
    people = max(people, len(res.faces))
    objects = sorted((d for d in res.detections if d.score >= TAG_SCORE), key=lambda d: -d.score)
    words = [d.label for d in objects]
    words += [OBJECT_TAGS[w] for w in words if w in OBJECT_TAGS]
    tags = [lb.tag for lb in res.labels if lb.tag and lb.score >= SCENE_TAG_SCORE]
    if res.texts:
        tags.append("text")
    return alt_text(people, words, tags)


# --- worker processes ---------------------------------------------------------------------------
_analyzer: Analyzer | None = None
_analyzer_key: str | None = None
_init_error: str | None = None  # a worker that could not load its models says so on its first batch


def _die_with_parent() -> None:
    try:
        ctypes.CDLL("libc.so.6").prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _init_worker(spec: ModelSpec, cache_dir: str) -> None:
    global _analyzer, _init_error
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    try:
        _analyzer = Analyzer(spec, Path(cache_dir))
    except Exception as exc:  # noqa: BLE001 - raising here would make the pool respawn forever
        _init_error = str(exc) if isinstance(exc, ModelError) else f"cannot load the models ({exc})"
        return
    if "torch" in sys.modules:  # one thread per worker: the workers are the parallelism
        sys.modules["torch"].set_num_threads(1)


def _work(batch: list[tuple[str, str, str]]) -> list[PhotoResult]:
    if _init_error is not None:
        raise ModelError(_init_error)
    assert _analyzer is not None
    good, out = [], []
    for photo_id, container, member in batch:
        data = _read(container, member)
        if isinstance(data, str):
            out.append(PhotoResult(photo_id, error=data))
        else:
            good.append((photo_id, data))
    return out + _analyzer.analyse(good)


def _read(container: str, member: str) -> bytes | str:
    """A photo's bytes again (the archive may be a zip part); an error text if it went away."""
    import zipfile

    try:
        return read_member(container, member)
    except (OSError, KeyError, zipfile.BadZipFile) as exc:
        return f"cannot read the file again ({type(exc).__name__})"


# --- the stage ----------------------------------------------------------------------------------
class Workers:
    """Vision worker processes started ahead of the stage, so that their models load (about 2 s)
    while the parent imports its tables' libraries and reads the archive; `analyse` hands them
    the photos, and `close` ends them and removes their cache folder in the output folder."""

    def __init__(self, config: Config):
        self.spec = model_spec(config.models_dir, text=config.text)
        self.cache = private_dir(Path(config.out_dir) / ".cache")
        with _private_tmp(private_dir(self.cache / "tmp")):  # the workers' temp files stay here
            self.pool = _spawn(self.spec, self.cache, config.workers)

    def close(self) -> None:
        """End the workers (at once: anything they still do is not needed) and their cache."""
        self.pool.terminate()
        self.pool.join()
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


def analyse(config: Config, store: Store, workers: Workers | None = None) -> ModelSpec:
    """Analyse every photo of the store's `photos` table not yet done with these models, with
    `workers` (started ahead for the same `config`, with its models) when given."""
    spec = workers.spec if workers is not None else model_spec(config.models_dir, text=config.text)
    store.set_meta(model_key=spec.key, models=spec.description)
    photos = store.get_table("photos")
    done = store.done(spec.key)
    todo = [
        (r.photo_id, r.container, r.member or "")
        for r in photos.itertuples()
        if r.photo_id not in done
    ]
    store.set_meta(analysed_last_run=0)
    if not todo:
        return spec
    for line in spec.missing:  # an optional model's package is not installed: said once a run
        print(f"exposure: {line}", file=sys.stderr)
    cache = workers.cache if workers else private_dir(Path(config.out_dir) / ".cache")
    tmp = private_dir(cache / "tmp")  # the cache is removed at the end of the run
    batches = [todo[i : i + BATCH] for i in range(0, len(todo), BATCH)]
    analysed = 0
    try:
        with (
            Progress("analysing photos", config.quiet, total=len(todo), unit="photo") as bar,
            _private_tmp(tmp),
        ):
            check_models(spec)
            if workers is not None:
                runs = workers.pool.imap_unordered(_work, batches)
            else:
                runs = _run(spec, cache, batches, min(config.workers, len(batches)))
            for results in runs:
                for res in results:
                    store.put_analysis(spec.key, res)
                analysed += len(results)
                bar.update(len(results))
    finally:
        store.set_meta(analysed_last_run=analysed)
        if workers is None:
            shutil.rmtree(cache, ignore_errors=True)
    return spec


def _run(spec: ModelSpec, cache: Path, batches: list, workers: int):
    if workers <= 1:
        _init_in_process(spec, cache)
        for batch in batches:
            yield _work(batch)
        return
    pool = _spawn(spec, cache, workers)
    try:
        yield from pool.imap_unordered(_work, batches)
        pool.close()
    finally:
        pool.terminate()
        pool.join()


def _spawn(spec: ModelSpec, cache: Path, workers: int):
    """A pool of `workers` fresh processes, each loading the models of `spec` once."""
    return mp.get_context("spawn").Pool(
        workers, initializer=_init_worker, initargs=(spec, str(cache))
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
