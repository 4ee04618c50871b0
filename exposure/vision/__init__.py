"""vision: objects, scene labels and faces for every photo, the one expensive stage.

`decode` turns a photo's bytes into pixels (EXIF rotation, size limits), `models` finds and loads
the detector and classifier (ultralytics or `yolo_onnx` on onnxruntime alone), `faces` finds and
encodes faces with face_recognition, `vocabulary` maps model labels to the tags rules read, and
`pool` runs them in worker processes over the photos not yet analysed, storing each photo's result.
Heavy libraries are imported only when a model is used.
"""
