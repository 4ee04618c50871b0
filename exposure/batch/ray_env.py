"""Ray for one batch run: a private local cluster by default, or a running cluster to join.

The local cluster listens on loopback only, needs a token that only this run knows, sends no
usage statistics, starts no dashboard, and keeps its temp, log, socket and spill files in
`DIR/.ray`, which is removed when the run ends (and at the start of the next run, after a kill).
"""

from __future__ import annotations

import json
import logging
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from . import reaper
from .stages import ExposureError, private_dir

RAY_DIR = ".ray"
# Ray's sockets live at TEMP/session_<date>_<time>_<usec>_<pid>/sockets/plasma_store (64 more
# characters at most), and a unix socket path holds at most 107.
MAX_TEMP_PATH = 107 - 64
OBJECT_STORE_BYTES = 512 * 1024**2  # batches of paths in, vision results out: small objects
QUIET_LOGGERS = ("ray", "ray.data", "ray.data._internal")


class RayUnavailable(ExposureError):
    """Ray is not installed, the temp path is too long for its sockets, or no cluster answers."""


@dataclass
class RaySession:
    """What the runner needs to know about the cluster it got."""

    cpus: int
    driver_node: str  # node id of this process: the report tasks run here, beside DIR
    local: bool


def temp_dir(out_dir: Path) -> Path:
    """DIR/.ray, or a clear error when its path is too long for Ray's unix sockets."""
    temp = Path(out_dir).absolute() / RAY_DIR
    if len(os.fsencode(temp)) > MAX_TEMP_PATH:
        raise RayUnavailable(
            f"{temp}: too long a path for Ray's sockets ({len(str(temp))} characters, at most "
            f"{MAX_TEMP_PATH}); choose an output folder with a shorter path"
        )
    return temp


@contextmanager
def ray_session(out_dir: Path, address: str | None, workers: int) -> Iterator[RaySession]:
    """Start (or join) Ray for the time of the `with` block, and leave nothing behind."""
    temp = None if address else temp_dir(out_dir)
    saved = dict(os.environ)
    watchdog = None
    if temp is not None:
        reaper.sweep(temp)  # what a killed run left, if its watchdog could not end it
        os.environ.update(_local_env(private_dir(temp)))
        watchdog = reaper.watch(temp)
    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"  # before ray is imported
    try:
        ray = _import_ray()
        _quiet()
        if temp is not None:  # ray imported earlier in this process read the variable already
            ray._private.ray_constants.ENABLE_RAY_CLUSTER = False
        try:
            if temp is None:
                ray.init(address=address, log_to_driver=False, logging_level=logging.ERROR)
            else:
                ray.init(**_local_options(temp, workers))
        except (ConnectionError, RuntimeError, ValueError) as exc:
            raise RayUnavailable(f"cannot start or join Ray ({str(exc).strip()[:200]})") from None
        try:
            cpus = int(ray.cluster_resources().get("CPU", 1))
            node = ray.get_runtime_context().get_node_id()
            yield RaySession(min(workers, cpus) if workers else cpus, node, temp is not None)
        finally:
            ray.shutdown()
    finally:
        os.environ.clear()
        os.environ.update(saved)
        if watchdog is not None:
            reaper.stop(watchdog)  # ends anything Ray left running, removes DIR/.ray


def _import_ray():
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError:
        raise RayUnavailable(
            "exposure batch needs Ray: pip install 'exposure[batch]' (ray[data], pyarrow)"
        ) from None
    return ray


def _local_env(temp: Path) -> dict[str, str]:
    """The environment the local cluster's processes inherit from this one."""
    tmp = str(private_dir(temp / "tmp"))
    package_root = str(Path(__file__).resolve().parents[2])
    return {
        reaper.MARKER: str(temp),
        # loopback only: Ray's servers bind to the node address, which is then 127.0.0.1
        "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0",
        "RAY_AUTH_MODE": "token",  # a token in the environment, never in ~/.ray/auth_token
        "RAY_AUTH_TOKEN": secrets.token_hex(32),
        # setproctitle writes the title of Ray's agents over the start of their /proc/PID/environ
        # (their own copy is intact) unless this is set; Ray sets it for its workers only. With
        # it, every process of the cluster shows its environment (MARKER, RAY_USAGE_STATS_ENABLED)
        # in full to whoever checks
        "SPT_NOENV": "1",
        # the workers import the same exposure as this process
        "PYTHONPATH": os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")])),
        # ultralytics sessions, torch caches: inside DIR
        **{v: tmp for v in ("TMPDIR", "TORCHINDUCTOR_CACHE_DIR", "MPLCONFIGDIR", "XDG_CACHE_HOME")},
    }


def _local_options(temp: Path, workers: int) -> dict:
    spill = {"type": "filesystem", "params": {"directory_path": str(temp / "spill")}}
    return {
        "num_cpus": workers or len(os.sched_getaffinity(0)),
        "include_dashboard": False,
        "log_to_driver": False,
        "logging_level": logging.ERROR,
        "object_store_memory": OBJECT_STORE_BYTES,
        "namespace": "exposure-batch",
        "_temp_dir": str(temp),
        "_node_ip_address": "127.0.0.1",
        "_system_config": {"object_spilling_config": json.dumps(spill)},
    }


def _quiet() -> None:
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.ERROR)
    from ray.data import DataContext

    ctx = DataContext.get_current()
    ctx.enable_progress_bars = False
    ctx.print_on_execution_start = False
