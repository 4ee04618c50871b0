"""Faces with face_recognition: HOG detection on a downscaled copy, encodings at higher resolution.

Detection cost grows with pixels, so faces are found on a copy whose long side is at most
`detect_side`; the boxes are mapped back and the 128-d encodings computed on the sharper working
image. Each face keeps a small JPEG thumbnail for the report.
"""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from .models import Face

DETECT_SIDE = 1024
UPSAMPLE = 1
THUMB = 64


class FaceAnalyzer:
    def __init__(self, detect_side: int = DETECT_SIDE, upsample: int = UPSAMPLE):
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # face_recognition_models imports pkg_resources
            import face_recognition

        self.fr = face_recognition
        self.detect_side, self.upsample = detect_side, upsample

    def analyse(self, image: np.ndarray, scale: float) -> list[Face]:
        """Faces in `image` (RGB), boxes in original pixels (`scale` × array pixels)."""
        h, w = image.shape[:2]
        f = min(1.0, self.detect_side / max(h, w))
        small = (
            image
            if f == 1.0
            else np.asarray(
                Image.fromarray(image).resize(
                    (max(1, round(w * f)), max(1, round(h * f))), Image.BILINEAR
                )
            )
        )
        locations = self.fr.face_locations(
            small, number_of_times_to_upsample=self.upsample, model="hog"
        )
        boxes = [
            (
                max(0, round(t / f)),
                min(w, round(r / f)),
                min(h, round(b / f)),
                max(0, round(lf / f)),
            )
            for t, r, b, lf in locations
        ]
        if not boxes:
            return []
        encodings = self.fr.face_encodings(image, boxes, num_jitters=1, model="small")
        return [
            Face(
                tuple(round(v * scale) for v in box), enc.astype(np.float32), thumbnail(image, box)
            )
            for box, enc in zip(boxes, encodings)
        ]


def thumbnail(image: np.ndarray, box: tuple[int, int, int, int], size: int = THUMB) -> bytes:
    """A square JPEG of the face with some margin."""
    t, r, b, lf = box
    m = (b - t) // 4
    h, w = image.shape[:2]
    crop = image[max(0, t - m) : min(h, b + m), max(0, lf - m) : min(w, r + m)]
    im = Image.fromarray(crop)
    im.thumbnail((size, size))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=80)
    return buf.getvalue()
