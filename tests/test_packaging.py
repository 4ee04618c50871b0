"""A built wheel carries the rules and templates, and finds them once installed."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_the_wheel_ships_rules_and_templates(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    wheel = next(tmp_path.glob("exposure-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    bundled = "exposure/_bundled/rules/"
    rules = {n[len(bundled) :] for n in names if n.startswith(bundled) and n.endswith(".yaml")}
    assert {p.relative_to(ROOT / "rules").as_posix() for p in (ROOT / "rules").rglob("*.yaml")} == (
        rules
    )
    assert "platform/labels.yaml" in rules  # Meta's labels' mapping ships with the rules
    assert "exposure/_bundled/templates/report.html" in names
    assert not [n for n in names if n.endswith((".onnx", ".pt"))]
    # installed (unpacked) without the source tree beside it, it finds its bundled files
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = (
        "import exposure.config as c; from exposure.infer import load_rules; "
        "print(c.bundled('rules'), len(load_rules(c.bundled('rules'))), "
        "(c.bundled('reports/templates') / 'report.html').is_file())"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
    )
    assert out.returncode == 0, out.stderr[-2000:]
    where, count, has_report = out.stdout.split()
    assert where.startswith(str(site)) and int(count) >= 20 and has_report == "True"
