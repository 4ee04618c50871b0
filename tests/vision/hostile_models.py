"""Models that fail on the photos that carry a marker in their bytes: one raises, one kills its
worker process (as a native crash or the kernel's OOM killer would). Each attempt on a marked
photo is logged to the file named by EXPOSURE_TEST_ATTEMPTS, when set."""

from __future__ import annotations

import os
import signal

from exposure.errors import ModelError
from exposure.vision.model import Model, Options, Photo

RAISE_MARK = b"exposure-test: raise here"
KILL_MARK = b"exposure-test: kill here"


def _attempt(photo: Photo, what: str) -> None:
    log = os.environ.get("EXPOSURE_TEST_ATTEMPTS")
    if log:
        with open(log, "a", encoding="utf-8") as f:
            f.write(f"{what} {photo.photo_id}\n")


class RaisingModel(Model):
    """Raises ValueError on a photo whose bytes hold RAISE_MARK; finds nothing elsewhere."""

    name, key = "raiser", "raiser"

    def __init__(self, options: Options) -> None:
        super().__init__(options)
        self.identity = "raiser 1"

    def predict(self, photos: list[Photo]) -> list[None]:
        """None for each photo, or a ValueError."""
        for p in photos:
            if RAISE_MARK in p.data:
                _attempt(p, "raise")
                raise ValueError("this photo is marked to fail\nsecond line")
        return [None for _ in photos]


class KillingModel(Model):
    """Kills its own process (SIGKILL) on a photo whose bytes hold KILL_MARK."""

    name, key = "killer", "killer"

    def __init__(self, options: Options) -> None:
        super().__init__(options)
        self.identity = "killer 1"

    def predict(self, photos: list[Photo]) -> list[None]:
        """None for each photo; the process ends on a marked one."""
        for p in photos:
            if KILL_MARK in p.data:
                _attempt(p, "kill")
                os.kill(os.getpid(), signal.SIGKILL)
        return [None for _ in photos]


class UnloadableModel(Model):
    """A model whose files cannot be loaded: `load` raises ModelError."""

    name, key = "unloadable", "unloadable"

    def __init__(self, options: Options) -> None:
        super().__init__(options)
        self.identity = "unloadable 1"

    def load(self, cache_dir) -> None:
        """Raises ModelError, as a loader does on a file that is not a model."""
        raise ModelError("unloadable.onnx: not a usable model")


class DyingLoadModel(UnloadableModel):
    """A model whose load kills its process (a native crash in a library's loader)."""

    name, key = "dying", "dying"

    def load(self, cache_dir) -> None:
        """Ends the process."""
        os.kill(os.getpid(), signal.SIGKILL)
