"""The `exposure` command: thin wrappers that build a Config, call the library, print one line."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .config import Config
from .errors import ExposureError

MODELS_HELP = "Folder with offline model files (default: $EXPOSURE_MODELS, else ultralytics' own)."


def _run(call, out_dir: Path | None = None):
    """`call()`, with every error turned into one line and an exit code (for every command)."""
    try:
        return call()
    except ExposureError as exc:
        click.echo(f"exposure: {exc}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo(
            "exposure: interrupted; finished photos are kept, run the same command again to go on",
            err=True,
        )
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - never a raw traceback on the terminal
        _crash(exc, out_dir)


def _crash(exc: Exception, out_dir: Path | None) -> None:
    """An unexpected error: one line for the user, the traceback kept in the output folder."""
    import traceback

    from .outdir import is_ours

    where = ""
    if out_dir is not None and (is_ours(out_dir) or is_ours(out_dir, "study")):  # ours only
        log = out_dir / "error.log"
        log.write_text(traceback.format_exc(), encoding="utf-8")
        log.chmod(0o600)
        where = f"; details in {log}"
    click.echo(f"exposure: internal error: {type(exc).__name__}: {exc}{where}", err=True)
    sys.exit(1)


@click.group()
@click.version_option(package_name="exposure")
def main() -> None:
    """See what your own photo archive gives away, on your own computer."""


@main.command()
@click.argument("archives", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(path_type=Path),
    help="Output folder: exposure.db, results.json, report.html.",
)
@click.option("--models", "models_dir", type=click.Path(path_type=Path), help=MODELS_HELP)
@click.option("--workers", type=int, default=0, help="Parallel workers (default: one per core).")
@click.option("--rules", "rules_dir", type=click.Path(path_type=Path), help="Rules folder.")
@click.option("--no-vision", is_flag=True, help="Only read the archive; run no model.")
@click.option(
    "--no-text", is_flag=True, help="Do not read text in photos (faster; no document claims)."
)
@click.option("--quiet", is_flag=True, help="No progress bar.")
def scan(archives, out_dir, models_dir, workers, rules_dir, no_vision, no_text, quiet) -> None:
    """Read ARCHIVE(s), analyse every photo, write the report.

    DIR must be new, empty, or made by exposure; one scan at a time writes to it.

    Example: exposure scan facebook-jdoe.zip --out out/
    """
    from .scanner import scan as run_scan

    extra = {"rules_dir": rules_dir} if rules_dir else {}
    config = Config(
        out_dir=out_dir,
        models_dir=models_dir,
        workers=workers,
        quiet=quiet,
        vision=not no_vision,
        text=not no_text,
        **extra,
    )
    results = _run(lambda: run_scan(config, list(archives)), out_dir)
    _summary(results, out_dir, quiet, config.vision)


@main.command()
@click.argument("out_dir", type=click.Path(path_type=Path))
@click.option("--rules", "rules_dir", type=click.Path(path_type=Path), help="Rules folder.")
@click.option("--quiet", is_flag=True)
def report(out_dir, rules_dir, quiet) -> None:
    """Re-infer and re-render DIR from its cache, without running any model.

    Example: exposure report out/
    """
    from .analysis import report as run_report

    extra = {"rules_dir": rules_dir} if rules_dir else {}
    config = Config(out_dir=out_dir, quiet=quiet, vision=False, **extra)
    results = _run(lambda: run_report(config), out_dir)
    _summary(results, out_dir, quiet, vision=False)


def _summary(results, out_dir: Path, quiet: bool, vision: bool) -> None:
    """The counts and the report's path; what was not read, on stderr even when quiet."""
    from .errors import NothingRead
    from .outcome import read_outcome

    outcome = read_outcome(results, vision)
    if not quiet:
        click.echo(outcome.summary)
        click.echo(f"report: {Path(out_dir) / 'report.html'}")
    for line in outcome.warnings:
        click.echo(f"exposure: {line}", err=True)
    if outcome.nothing_read:
        sys.exit(NothingRead.exit_code)


@main.command()
@click.option(
    "--rules",
    "rules_dir",
    type=click.Path(path_type=Path),
    help="Rules folder (default: the bundled rules).",
)
@click.option("--show", "rule_id", metavar="RULE_ID", help="One rule's thresholds, explained.")
def rules(rules_dir, rule_id) -> None:
    """List the rules and check that every rule file is valid; --show explains one rule.

    Example: exposure rules --show life_events.wedding --rules my-rules/
    """
    from .config import bundled
    from .infer import load_rules
    from .infer.show import find_rule, rule_details, rule_list

    folder = rules_dir or bundled("rules")
    loaded = _run(lambda: load_rules(folder))
    if rule_id is None:
        click.echo("\n".join(rule_list(loaded, folder)))
    else:
        click.echo(
            "\n".join(rule_details(_run(lambda: find_rule(loaded, rule_id, folder)), folder))
        )


# --- exposure batch: a study's archives on Ray ---------------------------------------------------
@main.command()
@click.argument("source", metavar="INPUT", type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(path_type=Path),
    help="Study folder: one scan folder per archive, study.csv/.parquet/.html.",
)
@click.option("--address", help="Join a running Ray cluster (auto, ray://HOST:PORT).")
@click.option("--workers", type=int, default=0, help="Vision actors (default: one per CPU).")
@click.option("--models", "models_dir", type=click.Path(path_type=Path), help=MODELS_HELP)
@click.option("--rules", "rules_dir", type=click.Path(path_type=Path), help="Rules folder.")
@click.option("--quiet", is_flag=True, help="No progress bar and no summary.")
def batch(source, out_dir, address, workers, models_dir, rules_dir, quiet) -> None:
    """Analyse every export in INPUT (a folder of exports, or a text file listing them).

    Example: exposure batch donations/ --out study/
    """
    from .batch import BatchConfig, run_batch

    extra = {"rules_dir": rules_dir} if rules_dir else {}
    config = BatchConfig(source, out_dir, address, workers, models_dir, quiet=quiet, **extra)
    outcomes = _run(lambda: run_batch(config), out_dir)
    for o in (o for o in outcomes if o.status == "failed"):
        click.echo(f"exposure: {o.archive.name}: {o.reason}", err=True)
    if not quiet:
        done = sum(o.status != "failed" for o in outcomes)
        click.echo(f"{done} of {len(outcomes)} archives analysed; study: {out_dir / 'study.html'}")


@main.command()
@click.argument("old_dir", type=click.Path(path_type=Path))
@click.argument("new_dir", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the changes as JSON.")
@click.option(
    "--in-report",
    is_flag=True,
    help="Also keep OLD's claims in NEW_DIR, whose report.html then shows what changed.",
)
@click.option("--rules", "rules_dir", type=click.Path(path_type=Path), help="Rules folder.")
def diff(old_dir, new_dir, as_json, in_report, rules_dir) -> None:
    """Claims that appeared, went or changed between two scans (an older and a newer export).

    Example: exposure diff scan-2024/ scan-2025/ --in-report
    """
    from .report.diff import compare, diff_text, dumps

    if in_report:
        from .analysis import keep_previous

        extra = {"rules_dir": rules_dir} if rules_dir else {}
        config = Config(out_dir=new_dir, quiet=True, vision=False, **extra)
        _run(lambda: keep_previous(old_dir, config), new_dir)
    document = _run(lambda: compare(old_dir, new_dir))
    click.echo(dumps(document) if as_json else diff_text(document))
    if in_report and not as_json:
        click.echo(f"report: {new_dir / 'report.html'} shows what changed")


@main.command()
@click.argument("photos", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--against", "against", required=True, type=click.Path(path_type=Path), help="A scan folder."
)
@click.option("--models", "models_dir", type=click.Path(path_type=Path), help=MODELS_HELP)
@click.option("--rules", "rules_dir", type=click.Path(path_type=Path), help="Rules folder.")
@click.option("--json", "as_json", is_flag=True, help="Print the answer as JSON.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def check(photos, against, models_dir, rules_dir, as_json, quiet) -> None:
    """What posting PHOTO(s) would add to the claims of the scan in DIR (`--against DIR`).

    The scan folder is left as it is. Exit status: 0 when nothing new is exposed, 1 when
    something is (a new, stronger, more precise or changed claim), 2 when the check cannot be
    made (DIR is not a scan, a photo is not readable).

    Example: exposure check IMG_1.jpg --against out/
    """
    from .check import check as run_check
    from .report.additions import check_text, dumps

    try:
        document = _run(lambda: run_check(photos, against, models_dir, rules_dir, quiet))
    except SystemExit as exc:  # an internal error's exit 1 would read as "something exposed"
        sys.exit(2 if exc.code == 1 else exc.code)
    click.echo(dumps(document) if as_json else check_text(document))
    sys.exit(1 if document["exposes"] else 0)
