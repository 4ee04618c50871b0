"""Faces with face_recognition's models: HOG where YOLO's persons have their heads; encodings.

face_recognition's HOG detector, called as most scripts do (`face_locations(image)`), doubles the
photo and scans a pyramid of copies each 5/6 of the one before, with an 80 px window: it finds faces
down to 40 photo pixels, and on a 4032 px photo that costs seconds, almost all of it in the top
levels (8064, 6720, 5600 … px). Here the persons YOLO found say where, and how small, faces can be:

- a whole-photo pass scans the same pyramid from its first level of at most `WHOLE_LEVEL` px, for
  the large faces (on a 2048 px photo, those of 300 px and more); when YOLO found nobody, from
  `NOBODY_LEVEL` px only (faces of a quarter of the photo, a close-up YOLO missed);
- a look at each person whose face could be smaller (the surest `MAX_LOOKS`): the top of the
  person's box, cut from the full-resolution photo and scaled so that the smallest face such a box
  holds (`FACE_SHARE` of its width, but not under `MIN_FACE` px) fills the window; the levels below
  find its larger faces. A look accepts faces a little less sure (`LOOK_ADJUST`) than the whole
  pass, as a face is expected there. Cuts of people side by side are scanned as one when that
  scans fewer pixels, and a person whose own face the whole pass found gets no look.

On 2048 px photos this costs about a quarter of scanning from the 2300 px level with second looks
(as before), and finds the same faces and more (`benchmarks/face_detectors.py`). Each face is
encoded once, from the full-resolution photo, and keeps a small JPEG thumbnail for the report.
Ages, when an estimator is given, are read from the same image and boxes as the encodings.
"""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from ..types import CssBox, Face, css_to_box

WHOLE_LEVEL = 640  # px, the whole-photo pass starts at the first pyramid level no longer than this
NOBODY_LEVEL = 320  # px, the same when YOLO found nobody: only faces of a quarter of the photo
STEP = 5 / 6  # dlib's pyramid_down<6>
WINDOW = 80  # px, the HOG detector's window: the smallest face it finds at a level
THUMB = 64
PERSON_SCORE = 0.25  # persons this sure get a look at their heads
MAX_LOOKS = 12  # looks per photo, the surest persons first
# A face box's width as a share of its person box's width: measured 0.18-0.68 on faces/ and COCO
# (the face's centre 0.17-0.74 widths below the box's top), 0.77-1.24 on the padded age chips.
FACE_SHARE = 0.18
MIN_FACE = 40  # px of the full photo: the smallest face a look looks for (face_recognition's 2x)
MARGIN, DEPTH = 0.1, 1.05  # a look's cut: the box's top DEPTH widths, MARGIN widths around
# a face found in a cut and at least this share of the box's width is the person's own (two people
# side by side in one box have faces of about 0.2 of its width): the person needs no look
OWN_FACE = 0.3
LOOK_ADJUST = -0.2  # added to the HOG detector's threshold (0) in looks


def first_level(long_side: int, limit: float = WHOLE_LEVEL) -> float:
    """The size factor of the full pyramid's (2x, then 5/6 steps) first level within `limit`."""
    f = 2.0
    while long_side * f > limit:
        f *= STEP
    return f


class FaceAnalyzer:
    """Faces of a photo: boxes, encodings, thumbnails and, with an `ages` estimator (an
    `AgeEstimator`), each face's age and band."""

    def __init__(self, ages=None, cache_dir=None):
        from .dlib_faces import DlibFaces

        # face_recognition's calls on dlib directly: its import would load two models never run
        # (and turn on Pillow's decoding of truncated files for the whole process)
        self.fr = DlibFaces(cache_dir=cache_dir)  # derived files shared by the run's workers
        self.ages = ages

    def _ages(self, image: np.ndarray, boxes: list) -> list[tuple[float | None, str | None]]:
        """(age, band) of each (top, right, bottom, left) box in `image`; None without a model."""
        if self.ages is None:
            return [(None, None)] * len(boxes)
        from .ages import band

        return [(age, band(age)) for age in self.ages.estimate(image, boxes)]

    def analyse(
        self,
        full: np.ndarray,
        full_scale: float,
        image: np.ndarray,
        scale: float,
        persons: list[tuple[float, float, float, float]] | tuple = (),
    ) -> list[Face]:
        """Faces, boxes in original-photo pixels.

        `full` is the photo at full resolution (`full_scale` x its pixels = original pixels),
        `image` the working copy (`scale` likewise) and `persons` the person boxes (x0, y0, x1, y1,
        original pixels, surest first) whose heads get a look. The whole-photo pass scans a copy
        of `image`, the looks cuts of `full`; faces are encoded and aged in `full`.
        """
        return self.faces(full, full_scale, self.locate(full, full_scale, image, scale, persons))

    def locate(
        self,
        full: np.ndarray,
        full_scale: float,
        image: np.ndarray,
        scale: float,
        persons: list[tuple[float, float, float, float]] | tuple = (),
    ) -> list[CssBox]:
        """The face boxes (top, right, bottom, left) in `full` pixels, found as `analyse` says."""
        level = WHOLE_LEVEL if len(persons) else NOBODY_LEVEL
        boxes, reach = self._whole(image, scale / full_scale, level, full.shape)
        looked = [[v / full_scale for v in p] for p in persons[:MAX_LOOKS]]  # in `full` pixels
        for cut in _cuts(full.shape, looked, reach, boxes):
            for box in self._look(full, *cut):
                if not any(_overlap(box, b) for b in boxes):
                    boxes.append(box)
        return boxes

    def _whole(self, image: np.ndarray, k: float, level: int, shape) -> tuple[list, float]:
        """Face boxes of the whole photo from the first pyramid level within `level` px, made
        from the working copy `image` (`k` full pixels per pixel); and its reach, the smallest
        face it can find. Boxes and reach in pixels of the full photo (`shape`)."""
        f = first_level(max(shape[:2]), level)  # of the full photo
        level_image = _resized(image, f * k)
        locations = self.fr.face_locations(level_image, number_of_times_to_upsample=0, model="hog")
        return _inside(locations, f, 0, 0, shape), WINDOW / f

    def _look(self, full: np.ndarray, top: int, left: int, bottom: int, right: int, f: float):
        """Face boxes (`full` pixels) in the cut (`full` pixels), scanned scaled by `f`."""
        crop = _resized(full[top:bottom, left:right], f)
        return _inside(self.fr.detect(crop, 0, LOOK_ADJUST), f, top, left, full.shape)

    def faces(self, full: np.ndarray, full_scale: float, boxes: list[CssBox]) -> list[Face]:
        """A Face for each box (`full` pixels): encoding, thumbnail and (with an estimator) age
        read from `full`; boxes in original pixels."""
        if not boxes:
            return []
        encodings = self.fr.face_encodings(full, boxes, num_jitters=1, model="small")
        return [
            Face(
                css_to_box(tuple(round(v * full_scale) for v in box)),
                enc.astype(np.float32),
                thumbnail(full, box),
                age,
                band,
            )
            for box, enc, (age, band) in zip(boxes, encodings, self._ages(full, boxes))
        ]


def _cuts(shape, persons: list, reach: float, found: list[CssBox]) -> list:
    """The cuts (top, left, bottom, right, scale) that the looks scan for the faces of `persons`
    (x0, y0, x1, y1; `full` pixels) that the whole-photo pass cannot reach: the top of each box,
    scaled so that its smallest face (FACE_SHARE of its width, at least MIN_FACE) fills the window.
    A person whose own face (OWN_FACE) is among the faces `found` already gets no cut. Two cuts
    are scanned as one, at the finer scale, when that scans no more pixels or when one lies
    mostly inside the other, scanned at least as finely."""
    h, w = shape[:2]
    cuts = []
    for x0, y0, x1, y1 in persons:
        bw = x1 - x0
        smallest = max(FACE_SHARE * bw, MIN_FACE)
        if smallest >= reach:
            continue  # the whole-photo pass finds faces this large
        m = MARGIN * bw
        cut = (
            max(0, int(y0 - m)),
            max(0, int(x0 - m)),
            min(h, int(y0 + DEPTH * bw), int(y1)),
            min(w, int(x1 + m)),
        )
        if any(
            _covered((b[0], b[3], b[2], b[1]), cut) >= 0.5 and b[1] - b[3] >= OWN_FACE * bw
            for b in found
        ):
            continue
        f = WINDOW / smallest
        if min(cut[2] - cut[0], cut[3] - cut[1]) * f >= WINDOW:
            cuts.append((*cut, f))
    cuts.sort(key=lambda c: -c[4])
    merged = True
    while merged:
        merged = False
        for i, a in enumerate(cuts):
            for j in range(i + 1, len(cuts)):
                b = cuts[j]  # scanned no finer than a
                u = (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]), a[4])
                if _covered(b, a) >= 0.9 or _cost(u) <= _cost(a) + _cost(b):
                    cuts[i] = u
                    del cuts[j]
                    merged = True
                    break
            if merged:
                break
    return cuts


def _cost(cut) -> float:
    """Pixels a cut (top, left, bottom, right, scale) has when scanned."""
    return (cut[2] - cut[0]) * (cut[3] - cut[1]) * cut[4] ** 2


def _covered(a, b) -> float:
    """The share of cut `a`'s area (top, left, bottom, right) inside cut `b`."""
    dy = min(a[2], b[2]) - max(a[0], b[0])
    dx = min(a[3], b[3]) - max(a[1], b[1])
    return max(0, dy) * max(0, dx) / max(1, (a[2] - a[0]) * (a[3] - a[1]))


def _inside(locations: list, f: float, top: int, left: int, shape) -> list[CssBox]:
    """Boxes found on a copy scaled by `f` of the cut at (`top`, `left`), in the photo's pixels
    (`shape`), clipped to it; empty ones dropped."""
    h, w = shape[:2]
    boxes = [
        (
            max(0, round(t / f) + top),
            min(w, round(r / f) + left),
            min(h, round(b / f) + top),
            max(0, round(lf / f) + left),
        )
        for t, r, b, lf in locations
    ]
    return [b for b in boxes if b[2] > b[0] and b[1] > b[3]]


def _resized(array: np.ndarray, f: float) -> np.ndarray:
    """`array` scaled by `f`, contiguous: halved by Gaussian pyramid steps while that stays above
    the size, then area-averaged down or bilinear up (OpenCV: a few ms where Pillow takes 15)."""
    import cv2

    h, w = array.shape[:2]
    size = (max(1, round(w * f)), max(1, round(h * f)))
    if size == (w, h):
        return np.ascontiguousarray(array)
    while array.shape[1] >= 2 * size[0] and array.shape[0] >= 2 * size[1]:
        array = cv2.pyrDown(array)
    up = size[0] > array.shape[1]
    return cv2.resize(array, size, interpolation=cv2.INTER_LINEAR if up else cv2.INTER_AREA)


def _overlap(a: CssBox, b: CssBox) -> bool:
    """Two face boxes on the same face: either's centre lies inside the other."""

    def inside(p: CssBox, q: CssBox) -> bool:
        cy, cx = (p[0] + p[2]) / 2, (p[1] + p[3]) / 2
        return q[0] <= cy <= q[2] and q[3] <= cx <= q[1]

    return inside(a, b) or inside(b, a)


def thumbnail(image: np.ndarray, box: CssBox, size: int = THUMB) -> bytes:
    """A square JPEG of the face (a face_recognition box in `image`) with some margin."""
    t, r, b, lf = box
    m = (b - t) // 4
    h, w = image.shape[:2]
    crop = image[max(0, t - m) : min(h, b + m), max(0, lf - m) : min(w, r + m)]
    im = Image.fromarray(crop)
    im.thumbnail((size, size))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=80)
    return buf.getvalue()
