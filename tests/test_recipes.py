"""The "How to add" recipes of docs/ARCHITECTURE.md, applied as written to a copy of the package.

Every fenced block under that heading is applied to a temporary copy of exposure (with its rules
and templates): a block that starts `new file: PATH` is that whole file, a `diff` block is applied
hunk by hunk (each hunk's old lines must occur exactly once). A scan of a small toy export with
the copy then shows each addition: the toy reader's captions, the toy model's label on every
photo, the toy kind's claim and the toy section in report.html.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.builders.common import jpeg

pytestmark = [pytest.mark.slow, pytest.mark.models]

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "ARCHITECTURE.md"
COPIED = ("exposure", "rules", "reports")
BLOCK = re.compile(r"^```(\w+)\n(.*?)^```$", re.M | re.S)
NEW_FILE = re.compile(r"^(?:#|\{#) new file: (\S+)")


def recipes(doc: str) -> list[tuple[str, str]]:
    """The (language, text) of each fenced block under "## How to add", in order."""
    return BLOCK.findall(doc.split("## How to add", 1)[1])


def hunks(diff: str) -> list[tuple[str, str, str]]:
    """(path, old text, new text) of each hunk of a diff block (`--- PATH` starts a file, `@@` a
    further hunk of it); an empty line is an empty context line."""
    out: list[tuple[str, list[str], list[str]]] = []
    path = ""
    for line in diff.splitlines():
        if line.startswith("--- "):
            path = line[4:].strip()
            out.append((path, [], []))
        elif line.startswith("@@"):
            out.append((path, [], []))
        else:
            sign, text = (line[:1], line[1:]) if line else (" ", "")
            if sign in " -":
                out[-1][1].append(text)
            if sign in " +":
                out[-1][2].append(text)
    return [(p, "\n".join(old) + "\n", "\n".join(new) + "\n") for p, old, new in out]


def apply(root: Path, blocks: list[tuple[str, str]]) -> list[str]:
    """Apply every block to the copy at `root`; returns the paths written or changed."""
    touched = []
    for language, text in blocks:
        if match := NEW_FILE.match(text):
            path = root / match[1]
            assert not path.exists(), f"{match[1]} is not a new file"
            path.write_text(text, encoding="utf-8")
            touched.append(match[1])
            continue
        assert language == "diff", f"a {language} block that is neither a new file nor a diff"
        for name, old, new in hunks(text):
            path = root / name
            source = path.read_text(encoding="utf-8")
            assert source.count(old) == 1, f"{name}: the recipe's lines are not there once:\n{old}"
            path.write_text(source.replace(old, new), encoding="utf-8")
            touched.append(name)
    return touched


def toy_export(folder: Path) -> Path:
    """A toy export: three photos and `toy_export.json` with their captions."""
    folder.mkdir()
    listing = []
    for i in range(3):
        (folder / f"t{i}.jpg").write_bytes(jpeg(32, seed=i))
        listing.append({"file": f"t{i}.jpg", "caption": f"toy caption {i}"})
    (folder / "toy_export.json").write_text(json.dumps({"photos": listing}), encoding="utf-8")
    return folder


def test_the_recipes_apply_as_written_and_each_addition_shows(models_dir, tmp_path):
    copy = tmp_path / "copy"
    for name in COPIED:
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
    touched = apply(copy, recipes(DOC.read_text(encoding="utf-8")))
    assert {"exposure/ingest/toy.py", "exposure/vision/toy.py", "exposure/infer/toy.py"} <= set(
        touched
    )
    # one new file and one registration line each: the model and the kind
    assert touched.count("exposure/vision/registry.py") == 1
    assert touched.count("exposure/infer/__init__.py") == 1

    out = tmp_path / "out"
    archive = toy_export(tmp_path / "toy-export")
    env = dict(os.environ, PYTHONPATH=str(copy), EXPOSURE_MODELS=str(models_dir))
    command = [sys.executable, "-m", "exposure", "scan", str(archive), "--out", str(out)]
    proc = subprocess.run(
        [*command, "--workers", "1", "--no-text", "--quiet"],
        cwd=copy,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    photos = results["photos"]
    # the reader: its format and the captions of its listing
    assert results["archive"]["format"] == "toy"
    assert sorted(p["caption"] for p in photos) == [f"toy caption {i}" for i in range(3)]
    # the model: a "toy" label on every photo
    assert all({"label": "toy", "kind": "scene", "score": 1.0} in p["tags"] for p in photos)
    # the kind: its claim, on the three photos
    toy = [i for i in results["inferences"] if i["rule_id"] == "toy.photos"]
    assert [(i["statement"], len(i["evidence"])) for i in toy] == [("Keeps 3 photos", 3)]
    # the section, and the kind's card
    html = (out / "report.html").read_text(encoding="utf-8")
    section = re.search(r'<section id="toy">(.*?)</section>', html, re.S)
    assert section and "3 photos labelled toy" in section[1]
    assert 'id="toy.photos"' in html
