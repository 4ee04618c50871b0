"""The report: structure, safety in a real browser, results.json round trip, notebook API."""

from __future__ import annotations

import json
import os
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from exposure import Analysis, Results
from exposure.analysis import scan
from exposure.config import Config, bundled
from exposure.report.rule_report import report_entries
from exposure.report.view import VIEW_MODEL_DOC, view_model
from tests.builders.common import Tree, jpeg, ts
from tests.needs import need

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_data" / "facebook-grace"
SECTIONS = ["summary", "inferences", "people", "places", "timeline", "metadata", "platform", "how"]
INJECTIONS = [
    "<script>window.__pwned = 1; alert('caption')</script>",
    '<img src=x onerror="window.__pwned=2">',
    '"><svg onload="window.__pwned=3">',
    '</figcaption></figure><script src="https://evil.example/x.js"></script>',
    "{{ 7*7 }} {% raw %}jinja{% endraw %}",
    '<a href="javascript:window.__pwned=4">click</a>',
]


class _Resources(HTMLParser):
    """Every URL the page would load: src, href, srcset, and CSS url()."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.ids: set[str] = set()
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "script":
            self.scripts += 1
        self.urls += [v for k, v in attrs if k in ("src", "href", "srcset", "action") and v]
        self.urls += [v for k, v in attrs if k == "style" and v and "url(" in v]


@pytest.fixture(scope="module")
def sample(models_dir, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("sample") / "out"
    scan(Config(out_dir=out, models_dir=models_dir, quiet=True), [SAMPLE])
    return out


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    """An export whose captions, album names and file names try to inject HTML and scripts."""
    root = tmp_path_factory.mktemp("inject")
    tree = Tree()
    posts, photos = [], []
    for i, text in enumerate(INJECTIONS):
        uri = tree.add(f"your_facebook_activity/posts/media/x_{i}/{i}_n.jpg", jpeg(size=32))
        media = {
            "uri": uri,
            "creation_timestamp": ts(f"2020-0{1 + i}-0{1 + i}T10:00:00"),
            "description": text,
        }
        posts.append(
            {
                "timestamp": media["creation_timestamp"],
                "data": [{"post": text}],
                "attachments": [{"data": [{"media": media}, {"place": {"name": text}}]}],
            }
        )
        photos.append(media)
    tree.add("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json", posts)
    tree.add("your_facebook_activity/posts/album/0.json", {"name": INJECTIONS[0], "photos": photos})
    tree.add("your_facebook_activity/posts/media/<b>bold</b>.jpg", b"not really a jpeg")
    archive = tree.write(root / "facebook-evil")
    out = root / "out"
    scan(Config(out_dir=out, vision=False, quiet=True), [archive])
    return out


def _parse(out: Path) -> _Resources:
    page = _Resources()
    page.feed((out / "report.html").read_text(encoding="utf-8"))
    return page


def test_the_sample_report_has_a_card_per_reported_inference_with_evidence_and_removals(sample):
    results = Results.load(sample / "results.json")
    html = (sample / "report.html").read_text(encoding="utf-8")
    page = _parse(sample)
    assert results.reported, "the sample should reveal something"
    for inf in results.reported:
        assert inf["rule_id"] in page.ids
        card = html.split(f'id="{inf["rule_id"]}"', 1)[1].split("</article>", 1)[0]
        assert card.count("data-photo=") == min(12, len(inf["evidence"]))
        assert card.count("<li><code>") == len(inf["remove_to_hide"])
        assert f"Remove {len(inf['remove_to_hide'])} photo" in card


@pytest.mark.parametrize("which", ["sample", "hostile"])
def test_the_report_loads_nothing_from_the_network(which, request):
    out = request.getfixturevalue(which)
    page = _parse(out)
    assert page.scripts == 0
    remote = [u for u in page.urls if not u.startswith(("#", "data:image/"))]
    assert remote == []
    assert "http://" not in "".join(page.urls) and "https://" not in "".join(page.urls)


def test_every_section_is_present(sample):
    assert set(SECTIONS) <= _parse(sample).ids


def test_results_json_round_trips(sample, tmp_path):
    text = (sample / "results.json").read_text(encoding="utf-8")
    assert Results.load(sample / "results.json").to_json() == text
    data = json.loads(text)
    assert {"schema", "generated_at", "archive", "photos", "people", "trips", "inferences"} <= set(
        data
    )
    assert {"paths", "format", "photos", "analyzed", "skipped"} <= set(data["archive"])
    for inf in data["inferences"]:
        assert 0 <= inf["confidence"] <= 1
        assert {
            "rule_id",
            "category",
            "statement",
            "value",
            "explanation",
            "evidence",
            "remove_to_hide",
        } <= set(inf)


def test_the_view_model_matches_its_documentation(sample):
    config = Config(out_dir=sample, vision=False)
    a = Analysis.from_config(config)
    view = view_model(a.results, a.tables, report_entries(bundled("rules")))
    assert set(view) == set(VIEW_MODEL_DOC)


def test_sections_map_layers_and_why_come_from_the_rule_files(sample, tmp_path):
    a = Analysis.from_config(Config(out_dir=sample, vision=False))
    view = view_model(a.results, a.tables, report_entries(bundled("rules")))
    home = next(c for c in view["cards"] if c["rule_id"] == "location.home")
    assert not home["sensitive"] and view["home"] and view["home"]["lat"] == home_lat(a)
    assert "Home" in {p["label"] for p in view["map"]["points"]}
    # the same claims with location.home's report block saying otherwise
    rules = tmp_path / "rules"
    shutil.copytree(bundled("rules"), rules)
    text = (rules / "location.yaml").read_text()
    mine = 'report: {section: sensitive, why: "Where you sleep."}'
    (rules / "location.yaml").write_text(text.replace("report: {map: home, role: home}", mine))
    view = view_model(a.results, a.tables, report_entries(rules))
    assert view["cards"][0]["rule_id"] == "location.home"  # sensitive ones first
    assert view["cards"][0]["sensitive"] and view["summary"][0]["why"] == "Where you sleep."
    assert view["home"] is None  # no rule declares the home's role
    assert "Home" not in {p["label"] for p in view["map"]["points"]}


def home_lat(a: Analysis) -> float:
    """The latitude of the reported home claim of `a`."""
    return next(i for i in a.results.reported if i["rule_id"] == "location.home")["value"]["lat"]


def _chromium() -> str:
    path = os.environ.get("EXPOSURE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is not installed in CI")
        pytest.skip("chromium not installed")
    return path


CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.mark.parametrize("which", ["sample", "hostile"])
def test_in_a_real_browser_no_errors_no_requests_no_injected_script(which, request, tmp_path):
    playwright = pytest.importorskip("playwright.sync_api")
    out = request.getfixturevalue(which)
    url = (out / "report.html").as_uri()
    errors, requests, dialogs = [], [], []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=_chromium(), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1000, "height": 1400})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda r: requests.append(r.url))
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(url)
        page.wait_for_load_state("load")
        for section in SECTIONS:
            assert page.locator(f"section#{section}").count() == 1, section
        pwned = page.evaluate("window.__pwned")
        if which == "hostile":
            assert page.get_by_text("<script>window.__pwned = 1", exact=False).count() >= 1
        page.screenshot(path=str(tmp_path / f"{which}.png"), full_page=True)
        browser.close()
    assert errors == []
    assert pwned is None and dialogs == []
    assert [r for r in requests if r != url and not r.startswith("data:")] == []
    assert (tmp_path / f"{which}.png").stat().st_size > 10_000


def test_analysis_gives_tables_and_reruns_only_inference(sample, tmp_path, monkeypatch):
    a = Analysis(sample)
    assert len(a.photos) == 18 and "container" not in a.photos
    assert {"rule_id", "confidence", "evidence"} <= set(a.inferences.columns)
    assert len(a.detections) and len(a.faces) and "encoding" in a.faces
    assert "person_id" in a.people and "month" in a.timeline
    assert list(a.people_by_month.columns) == ["month", "person_id", "photos"]
    assert set(a.places_by_month["country"]) >= {"PT", "CN", "ES"}  # home and the trips
    assert set(a.locations["source"]) <= {"gps", "place", "caption", "check-in"}
    tables_before = a._tables
    rules = tmp_path / "rules"
    shutil.copytree(bundled("rules"), rules)
    (rules / "metadata.yaml").unlink()
    import exposure.vision.pool as vision

    monkeypatch.setattr(vision, "analyse", lambda *a, **k: pytest.fail("a model ran"))
    a.rules_dir = rules
    assert "metadata.gps" not in set(a.inferences["rule_id"])
    assert a._tables is tables_before  # nothing but inference ran again
    assert "<strong>exposure</strong>" in a._repr_html_()
    assert a.to_html(tmp_path / "r.html").read_text().startswith("<!doctype html>")
    assert Results.load(a.to_json(tmp_path / "r.json")).data["schema"] == "exposure.results/1"


def test_the_notebook_runs(models_dir, tmp_path):
    """As a user runs it (`make notebook-run`): nbconvert executes every cell in a fresh kernel,
    with the models found the way the command line finds them (EXPOSURE_MODELS)."""
    import subprocess
    import sys

    need("nbconvert", "pip install 'exposure[notebook]'")
    env = {
        **os.environ,
        "EXPOSURE_MODELS": str(models_dir),
        # Jupyter's own files (kernel connection, IPython history) stay in the test's folder
        "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"),
        "JUPYTER_DATA_DIR": str(tmp_path / "data"),
        "IPYTHONDIR": str(tmp_path / "ipython"),
        "MPLCONFIGDIR": str(tmp_path / "mpl"),
    }
    cmd = [sys.executable, "-m", "nbconvert", "--to", "notebook", "--execute"]
    cmd += [str(ROOT / "notebooks" / "explore.ipynb"), "--output-dir", str(tmp_path)]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=900, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-3000:]
    nb = json.loads((tmp_path / "explore.ipynb").read_text())
    outputs = [o for c in nb["cells"] if c["cell_type"] == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    shown = json.dumps(outputs)
    assert "location.home" in shown and "report.html" in shown  # the cells really ran


def test_a_changed_rule_changes_the_report_without_any_model(sample, tmp_path):
    import subprocess
    import sys

    rules = tmp_path / "rules"
    shutil.copytree(bundled("rules"), rules)
    text = (rules / "travel.yaml").read_text().replace("Travels {", "Goes away {")
    (rules / "travel.yaml").write_text(text)
    proc = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-m",
            "exposure",
            "report",
            str(sample),
            "--rules",
            str(rules),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    imported = {line.split("|")[-1].strip() for line in proc.stderr.splitlines() if "|" in line}
    assert not imported & {"onnxruntime", "face_recognition", "ultralytics", "torch", "dlib"}
    statements = [i["statement"] for i in Results.load(sample / "results.json").inferences]
    assert any(s.startswith("Goes away about") for s in statements)
