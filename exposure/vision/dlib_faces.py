"""The two face_recognition calls exposure makes, on dlib directly, loading only what they use.

`import face_recognition` loads five dlib models, among them the 68-point landmark predictor
(100 MB) and the CNN detector, which exposure never runs: 1.3 s and about 100 MB in every vision
worker. Here only the HOG detector, the 5-point landmark predictor and the face encoder load, from
the same files (face-recognition-models), and the calls are face_recognition 1.3.0's own: the same
boxes, bit for bit. The encoder is dlib's ResNet run on onnxruntime (`face_encoder`: the same
encodings to within 1.3e-6 L2, a face in 6 ms instead of dlib's 110); without the `onnx` package,
or when its file cannot be read, dlib's own (face_recognition's encodings bit for bit).
tests/vision/test_dlib_faces.py compares both with face_recognition.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from .derived import derived_file

CssBox = tuple[int, int, int, int]  # top, right, bottom, left, as face_recognition gives boxes


class DlibFaces:
    """dlib's HOG face detector, 5-point landmarks and 128-d ResNet encoder, loaded once.

    `encoder_note` says in one line why dlib's own encoder runs (None when the ONNX one does).
    """

    def __init__(self, onnx: bool = True, cache_dir: Path | None = None):
        import dlib

        from .face_encoder import CHIP, PADDING, EncoderError, OnnxFaceEncoder
        from .face_files import ENCODER, LANDMARKS_5, face_model

        self._dlib = dlib
        self._chip = (CHIP, PADDING)
        self._detector = _frontal_face_detector(dlib, cache_dir)
        self._landmarks = dlib.shape_predictor(face_model(LANDMARKS_5))
        self._model_file = face_model(ENCODER)
        self._onnx, self._encoder, self.encoder_note = None, None, "turned off"
        if onnx:
            try:
                encoder = OnnxFaceEncoder(self._model_file, cache_dir=cache_dir)
                self._onnx, self.encoder_note = encoder, None
            except EncoderError as exc:
                self.encoder_note = str(exc)
        if self._onnx is None:
            self._encoder = dlib.face_recognition_model_v1(self._model_file)

    @property
    def encoder(self) -> str:
        """Which encoder runs: "onnx" or "dlib"."""
        return "dlib" if self._onnx is None else "onnx"

    def face_locations(
        self, image: np.ndarray, number_of_times_to_upsample: int = 1, model: str = "hog"
    ) -> list[CssBox]:
        """HOG face boxes (top, right, bottom, left) in `image`, clipped to it; `model` must be
        "hog" (the only detector loaded)."""
        if model != "hog":
            raise ValueError(f"only the HOG detector is loaded, not {model!r}")
        h, w = image.shape[:2]
        return [
            (max(t, 0), min(r, w), min(b, h), max(lf, 0))
            for t, r, b, lf in self.detect(image, number_of_times_to_upsample)
        ]

    def detect(self, image: np.ndarray, upsample: int = 0, adjust: float = 0.0) -> list[CssBox]:
        """HOG face boxes (top, right, bottom, left) in `image`, not clipped, found with the
        detector's threshold lowered by `adjust` (a look where a face is expected)."""
        rects, _, _ = self._detector.run(image, upsample, adjust)
        return [(r.top(), r.right(), r.bottom(), r.left()) for r in rects]

    def face_encodings(
        self,
        image: np.ndarray,
        known_face_locations: list[CssBox],
        num_jitters: int = 1,
        model: str = "small",
    ) -> list[np.ndarray]:
        """The 128-d encoding (float64) of each (top, right, bottom, left) box in `image`,
        aligned on 5 landmarks; `model` must be "small". All faces run as one batch; jittered
        encodings (`num_jitters` > 1) are dlib's own."""
        if model != "small":
            raise ValueError(f"only the 5-point landmark model is loaded, not {model!r}")
        rect = self._dlib.rectangle
        shapes = [self._landmarks(image, rect(lf, t, r, b)) for t, r, b, lf in known_face_locations]
        if self._onnx is not None and num_jitters == 1:
            if not shapes:
                return []
            chips = [self._dlib.get_face_chip(image, shape, *self._chip) for shape in shapes]
            return list(self._onnx.encode(np.stack(chips)).astype(np.float64))
        if self._encoder is None:  # jitter asked of the ONNX encoder: dlib's own, loaded once
            self._encoder = self._dlib.face_recognition_model_v1(self._model_file)
        return [
            np.array(self._encoder.compute_face_descriptor(image, shape, num_jitters))
            for shape in shapes
        ]


def face_detector(cache_dir: Path) -> None:
    """Build dlib's HOG face detector in the run's `cache_dir` (`vision.derived`); returns None."""
    derived_file(cache_dir, "frontal_face_detector.svm", _save_detector)


def _frontal_face_detector(dlib, cache_dir: Path | None):
    """dlib's HOG frontal face detector: parsed from dlib's compressed stream (0.8 s) by the first
    worker of a run, which saves it in dlib's binary format; read from that (2 ms) by the others."""
    path = derived_file(cache_dir, "frontal_face_detector.svm", _save_detector)
    if path is None:
        return dlib.get_frontal_face_detector()
    return dlib.fhog_object_detector(str(path))


def _save_detector(path: Path) -> None:
    import dlib

    dlib.get_frontal_face_detector().save(str(path))
