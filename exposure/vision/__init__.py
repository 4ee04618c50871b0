"""vision: objects, scene labels, faces, ages and text for every photo, the one expensive stage.

Every model is a `model.Model` (identity, `load`, `predict`, the rows it stores), registered in
`registry` in the order the worker runs them: `builtin` holds exposure's own (decode, YOLO, the
ImageNet classifier, faces, ages, text), `loaders` the detector and classifier files, `models` the
run's `ModelSpec` and cache key. `analyzer` runs each model on each photo in its own guard, `crew`
the worker processes (a dead one is replaced), `pool` the stage over the photos not yet analysed.
Heavy libraries are imported only when a model is loaded.
"""
