"""Faces with face_recognition: HOG on the pyramid levels that matter, encodings at 1600 px.

face_recognition's HOG detector, called as most scripts do (`face_locations(image)`), doubles the
photo and scans a pyramid of copies each 5/6 of the one before, with an 80 px window: it finds faces
down to 40 photo pixels, and on a 4032 px photo that costs seconds, almost all of it in the top
levels (8064, 6720, 5600 … px). Here the first pass scans the same pyramid from its first level of
at most `MAIN_LEVEL` px, made from the full-resolution photo: the same levels, so the same faces
down to about 3.5% of the long side, at a fraction of the cost. Smaller faces (a 100 px face in a
group photo) are found by a second look at each person YOLO found whose head could be that small:
the top of the person's box, cut from the full-resolution photo and scanned on the same levels as
the full pyramid would. Encodings come from the 1600 px working copy (first pass) or from the
full-resolution cut (second look); each face keeps a small JPEG thumbnail for the report. Ages,
when an estimator is given, are read from the same image and boxes as the encodings.
"""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from ..types import Box, CssBox, Face, css_to_box

MAIN_LEVEL = 2300  # px, the first pass starts at the first pyramid level no longer than this
STEP = 5 / 6  # dlib's pyramid_down<6>
WINDOW = 80  # px, the HOG detector's window: the smallest face it finds at a level
THUMB = 64
PERSON_SCORE = 0.25  # persons this sure get a second look when their faces may be small
MAX_LOOKS = 12  # second looks per photo, the surest persons first
LOOK_SIDE = 800  # px, a cut larger than this is scanned from a lower pyramid level


def first_level(long_side: int, limit: float = MAIN_LEVEL) -> float:
    """The size factor of the full pyramid's (2x, then 5/6 steps) first level within `limit`."""
    f = 2.0
    while long_side * f > limit:
        f *= STEP
    return f


class FaceAnalyzer:
    """Faces of a photo: boxes, encodings, thumbnails and, with an `ages` estimator (an
    `AgeEstimator`), each face's age and band."""

    def __init__(self, ages=None):
        import warnings

        from PIL import ImageFile

        saved = ImageFile.LOAD_TRUNCATED_IMAGES
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # face_recognition_models imports pkg_resources
            import face_recognition
        # its import turns on Pillow's decoding of truncated files for the whole process; only
        # `decode` turns it on, for one photo at a time
        ImageFile.LOAD_TRUNCATED_IMAGES = saved

        self.fr = face_recognition
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
        original pixels, surest first) that may get a second look.
        """
        faces, reach = self._first(full, full_scale, image, scale)
        for x0, y0, x1, y1 in persons[:MAX_LOOKS]:
            if min(x1 - x0, y1 - y0) / 2 >= 1.5 * reach:
                continue  # a head this big was within the first pass's reach
            for face in self._look(full, full_scale, (x0, y0, x1, y1)):
                if not any(_overlap(face.box, f.box) for f in faces):
                    faces.append(face)
        return faces

    def _first(self, full, full_scale, image, scale) -> tuple[list[Face], float]:
        """The whole photo from the first pyramid level within MAIN_LEVEL; and its reach.

        The reach is the smallest face (original pixels) this pass can find.
        """
        h, w = full.shape[:2]
        f = first_level(max(h, w))
        if f >= 2.0:  # a small photo: the whole pyramid, as face_recognition does
            locations = self.fr.face_locations(full, number_of_times_to_upsample=1, model="hog")
            f = 1.0  # the boxes are in `full` pixels
        else:
            locations = self.fr.face_locations(
                _resized(full, f), number_of_times_to_upsample=0, model="hog"
            )
        reach = WINDOW / first_level(max(h, w)) * full_scale
        k = full_scale / f / scale  # level pixels -> working-copy pixels
        ih, iw = image.shape[:2]
        boxes = [
            (
                max(0, round(t * k)),
                min(iw, round(r * k)),
                min(ih, round(b * k)),
                max(0, round(lf * k)),
            )
            for t, r, b, lf in locations
        ]
        boxes = [b for b in boxes if b[2] > b[0] and b[1] > b[3]]
        if not boxes:
            return [], reach
        encodings = self.fr.face_encodings(image, boxes, num_jitters=1, model="small")
        faces = [
            Face(
                css_to_box(tuple(round(v * scale) for v in box)),
                enc.astype(np.float32),
                thumbnail(image, box),
                age,
                band,
            )
            for box, enc, (age, band) in zip(boxes, encodings, self._ages(image, boxes))
        ]
        return faces, reach

    def _look(self, full: np.ndarray, full_scale: float, person) -> list[Face]:
        """Faces in the top of one person's box, cut from the full-resolution photo."""
        h, w = full.shape[:2]
        x0, y0, x1, y1 = (v / full_scale for v in person)
        bw = x1 - x0
        m = 0.15 * bw
        left, right = max(0, int(x0 - m)), min(w, int(x1 + m))
        top, bottom = max(0, int(y0 - m)), min(h, int(y0 + 1.3 * bw + m), int(y1))
        if min(right - left, bottom - top) < WINDOW // 2:
            return []
        crop = full[top:bottom, left:right]
        f = first_level(max(crop.shape[:2]), 2 * LOOK_SIDE) / 2  # stay on the pyramid's levels
        crop = _resized(crop, f) if f < 1.0 else np.ascontiguousarray(crop)
        boxes = self.fr.face_locations(crop, number_of_times_to_upsample=1, model="hog")
        if not boxes:
            return []
        encodings = self.fr.face_encodings(crop, boxes, num_jitters=1, model="small")
        return [
            Face(
                css_to_box(
                    (
                        round((t / f + top) * full_scale),
                        round((r / f + left) * full_scale),
                        round((b / f + top) * full_scale),
                        round((lf / f + left) * full_scale),
                    )
                ),
                enc.astype(np.float32),
                thumbnail(crop, (t, r, b, lf)),
                age,
                band,
            )
            for (t, r, b, lf), enc, (age, band) in zip(boxes, encodings, self._ages(crop, boxes))
        ]


def _resized(array: np.ndarray, f: float) -> np.ndarray:
    """`array` scaled by `f` (bilinear, as Pillow reduces)."""
    h, w = array.shape[:2]
    size = (max(1, round(w * f)), max(1, round(h * f)))
    return np.asarray(Image.fromarray(array).resize(size, Image.BILINEAR))


def _overlap(a: Box, b: Box) -> bool:
    """Two face boxes on the same face: either's centre lies inside the other."""

    def inside(p: Box, q: Box) -> bool:
        cx, cy = (p[0] + p[2]) / 2, (p[1] + p[3]) / 2
        return q[0] <= cx <= q[2] and q[1] <= cy <= q[3]

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
