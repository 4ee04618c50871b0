"""Text in photos: PP-OCR detection and recognition, ONNX models that rapidocr wheels ship.

Detection uses PP-OCRv4's mobile detector (shipped by the `rapidocr_onnxruntime` wheel, whose
code is never imported) on a copy of at most FAST_SIDE px; without that wheel, rapidocr's own
PP-OCRv6 small detector on a copy of at most DETECT_SIDE px, which reads a few more small or
stylised signs at 4x the cost (benchmarks/text.py). Recognition is rapidocr's PP-OCRv6 small
recogniser (18,708 characters: Latin with its accents, Greek, CJK …); it reads only the boxes
found, cut from the photo as given (sharper than the detection copy). The angle classifier is not
used. PP-OCRv4's detector runs statically quantized (`static_int8`, its committed ranges, its
convolutions in int8): 36 ms instead of 53 a 576 px copy on one thread, the same words of the
documents (79 of 79), both COCO signs, nothing on photos without text.
Lines that are junk are dropped: a low recognition score, one or two characters, no letter or
digit. Nothing is downloaded (a missing model file is a `ModelError`), nothing is written, and
rapidocr's logger is kept at ERROR. Boxes are (x0, y0, x1, y1) in pixels of the image given.
Any image reads without error: a strip (thousands of pixels wide and a few high) keeps a detection
copy at least MIN_DETECT_SIDE px high where the pixel budget allows, and reads nothing when it
cannot; boxes too thin or too elongated to hold a line are not cut.
"""

from __future__ import annotations

import logging
import sys
import types
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import numpy as np

from ..errors import ModelError
from . import static_int8
from .derived import derived_file
from .digest import file_digest
from .ort_session import cpu_session

READER_VERSION = "1"  # bump when detection size or the junk filter changes what is stored
# Long side of the copy PP-OCRv6's detector sees. On COCO photos at 2048 px, 960 finds the lines
# 1280 finds (34 vs 33 kept) in 60% of the time; 736 loses small signs (see benchmarks/text.py).
DETECT_SIDE = 960
# The same for PP-OCRv4's mobile detector, a quarter of PP-OCRv6's cost per pixel. On the 2048 px
# photos of benchmarks/vision.py it costs 121, 142, 158 and 192 ms a photo at 512, 544, 576 and
# 640 px (PP-OCRv6 at 960: 989). At 576 it reads every word of the generated documents, both COCO
# signs and nothing on photos without text; on 24 COCO photos 14 lines, where 640 reads 15 and
# PP-OCRv6 at 960 reads 23 (the misses are distant or stylised shop signs: NOKIA, RUCANOR).
FAST_SIDE = 576
# Recognition score below which a line is dropped. Reads on photos without text score at most 0.63,
# garbled reads of real COCO text 0.63-0.76 ("HOHK", "oreils"), right ones 0.9 and up; documents
# keep 97.5% of their words from 0.6 to 0.9 (benchmarks/text.py).
MIN_SCORE = 0.8
# Pixels around a line's box cut with it: more than the 2 a bicubic warp reads beyond its corners,
# so the line is read as from the whole photo (whose border is replicated the same way)
CUT_MARGIN = 4
MIN_CHARS = 3  # shorter strings are mostly noise read from textures
# The detector rounds each side of its input to a multiple of 32 and finds nothing in a copy whose
# short side is under 16 px: a strip is shrunk less, to keep this, within a square copy's pixels
MIN_DETECT_SIDE = 32
MIN_LINE_SIDE = 2  # a box thinner than this holds no legible line
# A line is read at 48 px high: 120 times wider is 5,760 px, some 300 characters, beyond any sign
MAX_LINE_RATIO = 120
DET_FILE, REC_FILE = "PP-OCRv6_det_small.onnx", "PP-OCRv6_rec_small.onnx"
FAST_PACKAGE, FAST_DET_FILE = "rapidocr_onnxruntime", "ch_PP-OCRv4_det_infer.onnx"
DET_RANGES = "ppocrv4_det"  # static_int8's ranges file for FAST_DET_FILE
# Only its convolutions are quantized: as fast as every operator quantized (36 ms), built in
# 0.6 s of CPU instead of 1.4 (once a run, by one worker)
DET_INT8_OPS = ("Conv",)


@dataclass(frozen=True)
class TextLine:
    """One line of text read in a photo."""

    text: str
    score: float  # recognition confidence, 0..1
    box: tuple[int, int, int, int]  # x0, y0, x1, y1 in pixels of the image given to `read`


class TextReader:
    """rapidocr's PP-OCR detector and recogniser on onnxruntime, loaded once per process."""

    def __init__(
        self,
        threads: int = 1,
        min_score: float = MIN_SCORE,
        side: int | None = None,
        cache_dir: Path | None = None,
        int8: bool = True,
    ):
        det_path, rec_path = model_files()
        side = side or default_side(det_path)
        import_rapidocr()
        self.min_score, self.side = min_score, side
        det = (int8 and _int8_detector(det_path, cache_dir)) or det_path
        self.detector = _detector(_session(det, threads, det_path), side)
        self.recognizer = _recognizer(_session(rec_path, threads))
        self.model_key = _key(det_path, rec_path, side, min_score, int8)

    def read(self, image: np.ndarray) -> list[TextLine]:
        """The text lines in an RGB uint8 image, top to bottom, junk dropped."""
        quads = self.detect(image)
        if not quads:
            return []
        texts, scores = self.recognise(image, quads)
        lines = [
            TextLine(text.strip(), round(float(score), 4), _bounds(quad, image.shape))
            for text, score, quad in zip(texts, scores, quads)
        ]
        return [line for line in lines if keep(line, self.min_score)]

    def detect(self, image: np.ndarray) -> list[np.ndarray]:
        """Text boxes as 4x2 float quads (x, y) in pixels of `image`, each one a line can be cut
        from; none for an image too small or too thin to hold a line."""
        if min(image.shape[:2]) < MIN_LINE_SIDE:
            return []
        small, factor = _shrink(image, self.side)
        if min(small.shape[:2]) < MIN_DETECT_SIDE // 2:
            return []  # the detector would round it to nothing
        found = self.detector(np.ascontiguousarray(small[:, :, ::-1]))  # the models read BGR
        if found.boxes is None:
            return []
        quads = [np.asarray(q, dtype=np.float32) * factor for q in found.boxes]
        return [q for q in quads if _cuttable(q, image.shape)]

    def recognise(self, image: np.ndarray, quads: list[np.ndarray]) -> tuple[list, list]:
        """The text and score of each quad, cut from `image` at its own resolution."""
        from rapidocr.ch_ppocr_rec import TextRecInput
        from rapidocr.utils.process_img import get_rotate_crop_image

        crops = []
        for quad in quads:  # each cut from its own region (flipped to BGR), not the whole photo
            x0, y0, x1, y1 = _bounds(quad, image.shape, margin=CUT_MARGIN)
            region = np.ascontiguousarray(image[y0:y1, x0:x1, ::-1])
            crops.append(get_rotate_crop_image(region, quad - np.float32([x0, y0])))
        out = self.recognizer(TextRecInput(img=crops))
        return list(out.txts), list(out.scores)


def reader_key(side: int | None = None, min_score: float = MIN_SCORE, int8: bool = True) -> str:
    """The identity of a reader with these settings (package version, model digests, whether its
    detector runs in int8), for cache keys; computed without loading the models. Raises
    ModelError when rapidocr is missing."""
    det_path, rec_path = model_files()
    return _key(det_path, rec_path, side or default_side(det_path), min_score, int8)


def _key(det_path: Path, rec_path: Path, side: int, min_score: float, int8: bool = True) -> str:
    quantized = int8 and static_int8.available(DET_RANGES, det_path)
    return (
        f"rapidocr {metadata.version('rapidocr')}; det {file_digest(det_path)}; "
        f"rec {file_digest(rec_path)}; side {side}; min {min_score}; v{READER_VERSION}"
        + (f"; {static_int8.VERSION}" if quantized else "")
    )


def import_rapidocr() -> None:
    """Import rapidocr's detector and recogniser modules without their downloads, model tables and
    log lines (`without_downloads`, `without_model_tables`, `quiet_rapidocr`); returns None."""
    without_downloads()
    without_model_tables()
    quiet_rapidocr()


def derive(cache_dir: Path) -> None:
    """Build the int8 text detector the reader loads in the run's `cache_dir`; returns None."""
    _int8_detector(model_files()[0], cache_dir)


def _int8_detector(det_path: Path, cache_dir: Path | None) -> bytes | None:
    """The detector at `det_path` statically quantized with its committed ranges, made by the first
    worker of a run and read by the others (`vision.derived`); None without ranges for this file or
    when the graph cannot be quantized."""
    ranges = static_int8.ranges_for(DET_RANGES, det_path)
    if ranges is None:
        return None

    def make() -> bytes:
        try:
            graph = static_int8.folded(det_path.read_bytes())
            return static_int8.quantized(graph, ranges, op_types=DET_INT8_OPS)
        except Exception:  # noqa: BLE001 - a graph we cannot quantize is run in float
            return b""

    shared = derived_file(cache_dir, "text_detector_int8.onnx", lambda out: out.write_bytes(make()))
    return (make() if shared is None else shared.read_bytes()) or None


def keep(line: TextLine, min_score: float = MIN_SCORE) -> bool:
    """True for a line worth storing: confident, three characters or more, a letter or digit."""
    return (
        line.score >= min_score
        and len("".join(line.text.split())) >= MIN_CHARS
        and any(c.isalnum() for c in line.text)
    )


def model_files() -> tuple[Path, Path]:
    """The detection and recognition ONNX files: PP-OCRv4's mobile detector from the installed
    `rapidocr_onnxruntime` wheel when there is one, else rapidocr's own; rapidocr's recogniser."""
    try:
        import rapidocr
    except ImportError:
        raise ModelError("rapidocr is not installed: pip install rapidocr (see README)") from None
    folder = Path(rapidocr.__file__).parent / "models"
    fast = fast_detector()
    paths = (fast or folder / DET_FILE, folder / REC_FILE)
    for path in paths:
        if not path.is_file():
            raise ModelError(
                f"{path}: missing; exposure reads text only with the models that the rapidocr "
                "wheel ships, and never downloads them"
            )
    return paths


def fast_detector() -> Path | None:
    """PP-OCRv4's mobile detector in the installed `rapidocr_onnxruntime` package, found without
    importing the package (its code would import `requests`); None when it is not installed."""
    from importlib.util import find_spec

    try:
        spec = find_spec(FAST_PACKAGE)
    except (ImportError, ValueError):
        return None
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "models" / FAST_DET_FILE
        if path.is_file():
            return path
    return None


def default_side(det_path: Path) -> int:
    """The detection copy's long side for the detector file `det_path`."""
    return FAST_SIDE if det_path.name == FAST_DET_FILE else DETECT_SIDE


def without_downloads() -> None:
    """Put stand-ins for rapidocr's download and image-loading modules in place before its model
    classes import them.

    Their import would bring in `requests` (whose import alone opens a socket to probe IPv6), a
    downloader and a URL image loader that exposure never runs (it hands rapidocr arrays): the
    stand-ins raise instead. Returns nothing.
    """

    class _Refused:
        """Made freely (rapidocr makes one at import), refused when used."""

        def __init__(self, *args, **kwargs):
            pass

        def __call__(self, *args, **kwargs):
            raise ModelError("rapidocr asked to fetch a file: exposure never downloads anything")

        run = classmethod(__call__)

    stand_ins = {
        "rapidocr.utils.download_file": ("DownloadFile", "DownloadFileInput"),
        "rapidocr.utils.load_image": ("LoadImage", "LoadImageError", "InputType"),
    }
    for name, attributes in stand_ins.items():
        if name not in sys.modules:
            stub = types.ModuleType(name)
            for attribute in attributes:
                setattr(stub, attribute, _Refused)
            sys.modules[name] = stub


def without_model_tables() -> None:
    """Import rapidocr's detector and recogniser without parsing its table of model downloads.

    At import, rapidocr parses `default_models.yaml` (85 kB, twice, with OmegaConf: 1.2 s in every
    worker), a table it reads only to download a model when it is given none. exposure always gives
    it an onnxruntime session, so while those modules first import, that one file loads as an
    empty table. Returns nothing.
    """
    if "rapidocr.ch_ppocr_rec" in sys.modules and "rapidocr.ch_ppocr_det" in sys.modules:
        return
    from omegaconf import OmegaConf

    load = OmegaConf.load

    def load_without_table(path, *args, **kwargs):
        if Path(str(path)).name == "default_models.yaml":
            return OmegaConf.create({})
        return load(path, *args, **kwargs)

    OmegaConf.load = load_without_table
    try:
        import rapidocr.ch_ppocr_det  # noqa: F401
        import rapidocr.ch_ppocr_rec  # noqa: F401
    finally:
        OmegaConf.load = load


def quiet_rapidocr() -> None:
    """Keep rapidocr's own logger (it has its own console handler) to errors only."""
    logging.getLogger("RapidOCR").setLevel(logging.ERROR)
    from rapidocr.utils.log import logger

    logger.setLevel(logging.ERROR)
    for handler in logger.handlers:
        handler.setLevel(logging.ERROR)


def _session(model: Path | bytes, threads: int, path: Path | None = None):
    try:
        return cpu_session(model, threads, quiet=True)
    except Exception as exc:  # noqa: BLE001
        raise ModelError(f"{path or model}: not a usable ONNX model ({str(exc)[:120]})") from None


class _Section(dict):
    """A section of rapidocr's config as the plain mapping its classes read (key or attribute)."""

    __getattr__ = dict.__getitem__


def _config(section: str, session) -> _Section:
    """rapidocr's default settings for `section`, running on our own onnxruntime `session`."""
    import rapidocr
    from omegaconf import OmegaConf
    from rapidocr.utils.parse_parameters import ParseParams

    cfg = ParseParams.load(
        Path(rapidocr.__file__).parent / "config.yaml"
    )  # rapidocr.main's default
    part = _Section(OmegaConf.to_container(cfg[section]))
    part.update(engine_cfg=cfg.EngineConfig.onnxruntime, model_root_dir=None, session=session)
    part.setdefault("font_path", None)  # only for drawing results, which exposure never does
    return part


def _detector(session, side: int):
    from rapidocr.ch_ppocr_det import TextDetector

    cfg = _config("Det", session)
    # never resized by rapidocr (beyond rounding to multiples of 32): `_shrink` made the copy
    cfg.update(limit_type="max", limit_side_len=10**9)
    return TextDetector(cfg)


def _recognizer(session):
    from rapidocr.ch_ppocr_rec import TextRecognizer

    if not session.get_modelmeta().custom_metadata_map.get("character"):
        raise ModelError(f"{REC_FILE}: has no character table (rapidocr would download one)")
    return TextRecognizer(_config("Rec", session))


def _shrink(image: np.ndarray, side: int) -> tuple[np.ndarray, np.ndarray]:
    """`image` with its long side at most `side` (a strip: its short side kept at MIN_DETECT_SIDE
    px where that fits in `side` squared pixels; never enlarged, no side under 1 px), and the
    (x, y) factors back to `image` pixels."""
    h, w = image.shape[:2]
    f = min(1.0, side / max(h, w))
    if min(h, w) * f < MIN_DETECT_SIDE:
        f = min(1.0, MIN_DETECT_SIDE / min(h, w), side / float(np.sqrt(h * w)))
    if f >= 1.0:
        return image, np.float32([1.0, 1.0])
    import cv2

    size = (max(1, round(w * f)), max(1, round(h * f)))
    small = cv2.resize(image, size, interpolation=cv2.INTER_AREA)
    return small, np.float32([w / size[0], h / size[1]])


def _cuttable(quad: np.ndarray, shape: tuple) -> bool:
    """True when a line can be cut along `quad` and read: finite corners, a box inside the image
    at least MIN_LINE_SIDE px each way, no more than MAX_LINE_RATIO times wider than high."""
    if not np.isfinite(quad).all():
        return False
    x0, y0, x1, y1 = _bounds(quad, shape)
    width = max(np.linalg.norm(quad[0] - quad[1]), np.linalg.norm(quad[2] - quad[3]))
    height = max(np.linalg.norm(quad[0] - quad[3]), np.linalg.norm(quad[1] - quad[2]))
    short, long = sorted((width, height))
    return (
        min(x1 - x0, y1 - y0) >= MIN_LINE_SIDE
        and short >= MIN_LINE_SIDE
        and long <= MAX_LINE_RATIO * short
    )


def _bounds(quad: np.ndarray, shape: tuple, margin: int = 0) -> tuple[int, int, int, int]:
    """(x0, y0, x1, y1): the quad's bounding box grown by `margin` px, inside `shape`."""
    h, w = shape[:2]
    x0, y0 = np.floor(quad.min(axis=0)).astype(int) - margin
    x1, y1 = np.ceil(quad.max(axis=0)).astype(int) + margin
    return (max(0, int(x0)), max(0, int(y0)), min(w, int(x1)), min(h, int(y1)))
