"""The ``scrubber`` command line: parses options, walks files, prints. Nothing else lives here.

Exit codes (as ruff and black): 0 nothing to do or all done, 1 findings remain or the text
would change, 2 usage, configuration or input errors.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import click

from scrubber import __version__
from scrubber import cli_options as shared
from scrubber.batch import DEFAULT_MAX_SIZE, Job, clean_data, clean_path
from scrubber.boilerplate import load_list
from scrubber.config import effective, settings_for
from scrubber.errors import ScrubberError
from scrubber.files import FileResult, InputError, write_atomic
from scrubber.options import RuleOptions
from scrubber.parallel import default_jobs, run_parallel
from scrubber.paths import DEFAULT_INCLUDE, Input, discover_all
from scrubber.report import check_line, report, unified_diff

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
STDIN = "-"
F = TypeVar("F", bound=Callable[..., Any])


def _split(values: Sequence[str]) -> tuple[str, ...] | None:
    items = tuple(item.strip() for value in values for item in value.split(",") if item.strip())
    return items or None


def _options(function: F, options: list[Any]) -> F:
    for option in reversed(options):
        function = option(function)
    return function


def rule_options(function: F) -> F:
    path = click.Path(dir_okay=False, path_type=Path)
    return _options(
        function,
        [
            click.option("--select", multiple=True, metavar="CODES", help="Only these rules (code prefixes or names)."),
            click.option("--ignore", multiple=True, metavar="CODES", help="Skip these rules (code prefixes or names)."),
            click.option(
                "--unsafe-fixes", is_flag=True, default=None, help="Also apply fixes that could remove content."
            ),
            shared.encoding(),
            shared.errors(),
            click.option("--pattern", "patterns", multiple=True, metavar="REGEX", help="Remove lines matching REGEX."),
            click.option(
                "--boilerplate",
                type=click.Path(dir_okay=False, exists=True, path_type=Path),
                help="Remove the lines of this learned list (rule B101; see `scrubber learn`).",
            ),
            click.option(
                "--config",
                "config_path",
                type=click.Path(dir_okay=False, exists=True, path_type=Path),
                help="Read settings from this file instead of looking for one.",
            ),
            shared.include(),
            shared.exclude(),
            click.option("--files-from", type=click.File("rb"), help="Read input paths from FILE (- for stdin)."),
            click.option("-0", "--null", "null_separated", is_flag=True, help="--files-from paths end with NUL."),
            shared.jobs(),
            click.option(
                "--max-size",
                type=click.IntRange(min=1),
                default=DEFAULT_MAX_SIZE,
                show_default=True,
                help="Skip (with an error) files larger than this many bytes.",
            ),
            click.option("--report", "report_path", type=path, help="Write a JSON report of every finding to FILE."),
            click.option("--html-report", "html_path", type=path, help="Write a self-contained HTML report to FILE."),
            shared.quiet(),
            click.argument("paths", nargs=-1, metavar="[PATH]..."),
        ],
    )


@dataclass
class Run:
    """What one invocation has done so far; the CLI's only mutable state. Results are kept
    only when a report needs them, so a run over millions of files holds counts, not texts."""

    quiet: bool
    keep_results: bool
    results: list[FileResult] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    files: int = 0
    changed: int = 0

    def add(self, result: FileResult) -> None:
        self.files += 1
        self.changed += result.changed
        if self.keep_results:
            self.results.append(result)

    def error(self, message: str) -> None:
        self.errors.append(message)
        click.echo(f"scrubber: error: {message}", err=True)

    def note(self, message: str) -> None:
        if not self.quiet:
            click.echo(message, err=True)


def _paths(paths: Sequence[str], options: dict[str, Any]) -> list[str]:
    listed = list(paths)
    source = options.get("files_from")
    if source is not None:
        separator = b"\0" if options.get("null_separated") else b"\n"
        listed += [os.fsdecode(p) for p in source.read().split(separator) if p.strip()]
    if not listed:
        raise click.UsageError("no input given; pass files, directories, - for stdin, or --files-from FILE")
    return listed


def _inputs(paths: Sequence[str], include: Sequence[str], exclude: Sequence[str], skip: Path | None) -> Iterator[Input]:
    for raw in paths:
        if raw == STDIN:
            yield Input(Path(STDIN), Path("stdin.txt"))
            continue
        for item in discover_all((raw,), include, exclude):
            if skip is not None and (item.path.resolve() == skip or skip in item.path.resolve().parents):
                continue  # never feed this run's outputs back in as inputs
            yield item


def _job(paths: Sequence[str], options: dict[str, Any]) -> tuple[Job, tuple[str, ...], tuple[str, ...]]:
    """The job's settings: command line over configuration file over defaults."""
    settings = settings_for(paths, options.get("config_path"))
    patterns = [*settings.patterns, *options["patterns"]]
    boilerplate_path = options.get("boilerplate") or settings.boilerplate
    boilerplate = load_list(boilerplate_path) if boilerplate_path else frozenset()
    rule_opts = RuleOptions.build(patterns, source=str(settings.source or "--pattern"), boilerplate=boilerplate)
    select = _split(options["select"]) or settings.select
    ignore = _split(options["ignore"]) or settings.ignore or ()
    unsafe = options["unsafe_fixes"] if options["unsafe_fixes"] is not None else bool(settings.unsafe_fixes)
    job = Job(
        select, tuple(ignore), unsafe, options["encoding"], options["errors"], rule_opts, settings, options["max_size"]
    )
    include = tuple(options["include"]) or settings.include or DEFAULT_INCLUDE
    exclude = tuple(options["exclude"]) or settings.exclude or ()
    # Selecting an unknown rule is a usage error, reported before any file is read.
    from scrubber.registry import select_rules

    select_rules(job.select, job.ignore)
    return job, include, exclude


def _results(run: Run, inputs: list[Input], job: Job, jobs: int) -> Iterator[tuple[Input, FileResult]]:
    """Each input's result in order; stdin is read here, files in the worker pool."""
    files = [item for item in inputs if str(item.path) != STDIN]
    pooled = run_parallel(partial(clean_path, job=job), [str(i.path) for i in files], jobs, quiet=run.quiet)
    pooled_iter = iter(pooled)
    for item in inputs:
        if str(item.path) == STDIN:
            try:
                result: FileResult | str = clean_data(sys.stdin.buffer.read(), STDIN, job)
            except InputError as error:
                result = str(error)
        else:
            result = next(pooled_iter)
        if isinstance(result, str):
            run.error(result)
            continue
        run.add(result)
        if not result.result.settled:
            run.note(
                f"scrubber: warning: {result.path}: fixes still applied after {result.result.passes} passes, "
                "the limit; cleaning the output again will change it"
            )
        yield item, result


def _write_reports(run: Run, options: dict[str, Any]) -> None:
    if options.get("report_path") is not None:
        data = json.dumps(report(run.results, run.errors), indent=2, ensure_ascii=False) + "\n"
        options["report_path"].write_text(data, encoding="utf-8")
    if options.get("html_path") is not None:
        from scrubber.html_report import render_html

        options["html_path"].write_text(render_html(run.results, run.errors), encoding="utf-8")


def _stdout(text: str) -> None:
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.flush()


def _interrupted(run: Run, what: str) -> click.Abort:
    run.note(f"scrubber: interrupted after {run.files} file(s) {what}; outputs written so far are complete")
    return click.Abort()


class _LazyGroup(click.Group):
    """A group whose corpus commands are imported only when asked for: they pull in the
    dedupe engine (and NumPy), which a one-file ``check`` from a pre-commit hook never needs."""

    lazy = {"dedupe": "dedupe", "learn": "learn"}  # command name -> name in scrubber.cli_corpus

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy and cmd_name not in self.commands:
            from scrubber import cli_corpus

            self.add_command(getattr(cli_corpus, self.lazy[cmd_name]), cmd_name)
        return super().get_command(ctx, cmd_name)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="scrubber")
def cli() -> None:
    """Find and remove scraping residue from article text, and report every change."""


@cli.command()
@rule_options
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path), help="Write cleaned files under DIR.")
@click.option("--in-place", is_flag=True, help="Rewrite changed input files (atomically).")
@click.option(
    "--diff", "show_diff", is_flag=True, help="Print a unified diff, write nothing; exit 1 if it would change."
)
@click.option("--skip-existing", is_flag=True, help="With -o: skip inputs whose output already exists (resume).")
def clean(
    paths: tuple[str, ...], output: Path | None, in_place: bool, show_diff: bool, skip_existing: bool, **options: Any
) -> int:
    """Clean files (or - for stdin) and write the cleaned text.

    One file or stdin: the cleaned text goes to stdout. Several files or a directory: give
    -o DIR (mirrors the input tree) or --in-place.
    """
    listed = _paths(paths, options)
    if output is not None and in_place:
        raise click.UsageError("-o/--output and --in-place exclude each other; choose one")
    several = len(listed) > 1 or any(p != STDIN and Path(p).is_dir() for p in listed)
    if several and output is None and not in_place and not show_diff:
        raise click.UsageError("several inputs need -o DIR or --in-place (or --diff to preview)")
    if STDIN in listed and (in_place or output is not None):
        raise click.UsageError("stdin cannot be rewritten in place or mirrored; its cleaned text goes to stdout")
    if output is not None and any(p != STDIN and Path(p).resolve() == output.resolve() for p in listed):
        raise click.UsageError("-o DIR is an input folder: outputs would overwrite inputs; use --in-place for that")
    job, include, exclude = _job(listed, options)
    keep = options.get("report_path") is not None or options.get("html_path") is not None
    run = Run(options["quiet"], keep)
    skip = output.resolve() if output is not None else None
    inputs = list(_inputs(listed, include, exclude, skip))
    if skip_existing and output is not None:
        inputs = [item for item in inputs if not (output / item.relative).exists()]
    written: set[Path] = set()
    would_change = 0
    try:
        for item, result in _results(run, inputs, job, options["jobs"] or default_jobs()):
            text = result.result.text
            if show_diff:
                if result.changed:
                    would_change += 1
                    _stdout(unified_diff(result.path, result.result.original, text))
            elif output is not None:
                target = output / item.relative
                if target in written:
                    run.error(f"{item.path}: another input already wrote {target}; rename one of them")
                    continue
                written.add(target)
                write_atomic(target, text)
            elif in_place:
                if result.changed:
                    write_atomic(item.path, text, like=item.path)
            else:
                _stdout(text)
    except KeyboardInterrupt:
        raise _interrupted(run, "cleaned") from None
    _write_reports(run, options)
    verb = "would change" if show_diff else "changed"
    if output is not None or in_place or show_diff:
        run.note(f"scrubber: {run.files} file(s) cleaned, {run.changed} {verb}, {len(run.errors)} error(s)")
    if run.errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if show_diff and would_change else EXIT_OK


@cli.command()
@rule_options
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings remain (errors still exit 2).")
@click.option(
    "--output-format",
    type=click.Choice(["text", "json", "jsonl", "github", "sarif"]),
    default="text",
    show_default=True,
    help="How to print findings.",
)
@click.option("--statistics", is_flag=True, help="Print a count of findings per rule instead of each finding.")
@click.option(
    "--baseline",
    "baseline_path",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="Report only findings not recorded in this baseline file.",
)
@click.option(
    "--write-baseline",
    "write_baseline_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Record today's findings in FILE (to pass to --baseline later) and exit 0.",
)
def check(
    paths: tuple[str, ...],
    exit_zero: bool,
    output_format: str,
    statistics: bool,
    baseline_path: Path | None,
    write_baseline_path: Path | None,
    **options: Any,
) -> int:
    """Report artifacts as path:line:col: CODE message; exit 1 if clean would change a file.

    Findings marked [*] are fixed by `scrubber clean` with the same options; hints (unsafe
    fixes without --unsafe-fixes) are shown but do not fail the check.
    """
    from scrubber import baseline as baselines
    from scrubber import formats

    listed = _paths(paths, options)
    job, include, exclude = _job(listed, options)
    accepted = baselines.load_baseline(baseline_path) if baseline_path else None
    keep = True  # machine formats, baselines and reports need every result
    run = Run(options["quiet"], keep)
    colour = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    try:
        for _, result in _results(
            run, list(_inputs(listed, include, exclude, None)), job, options["jobs"] or default_jobs()
        ):
            if output_format != "text" or statistics or write_baseline_path:
                continue
            shown = baselines.without_baseline([result], accepted)[0] if accepted is not None else result
            if result.decoded.method != "utf-8":
                _stdout(
                    f"{result.path}:1:1: encoding: decoded as {result.decoded.describe()}; clean writes UTF-8 [*]\n"
                )
            for finding in sorted(shown.result.findings, key=lambda f: (f.line, f.column, f.code)):
                line = check_line(result.path, finding)
                _stdout((click.style(line, fg="red" if finding.applied else "yellow") if colour else line) + "\n")
    except KeyboardInterrupt:
        raise _interrupted(run, "checked") from None
    results = run.results if accepted is None else baselines.without_baseline(run.results, accepted)
    if write_baseline_path is not None:
        count = baselines.write_baseline(run.results, write_baseline_path)
        run.note(f"scrubber: {count} finding(s) recorded in {write_baseline_path}")
        return EXIT_ERROR if run.errors else EXIT_OK
    if statistics:
        counts = Counter(f"{f.code} {f.name}" for item in results for f in item.result.findings)
        for key, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            _stdout(f"{count:>7}  {key}\n")
    elif output_format == "json":
        _stdout(formats.render_json(results, run.errors))
    elif output_format == "jsonl":
        _stdout(formats.render_jsonl(results))
    elif output_format == "github":
        _stdout(formats.render_github(results))
    elif output_format == "sarif":
        _stdout(formats.render_sarif(results))
    run.results = list(results)
    _write_reports(run, options)
    fixable = sum(f.applied for item in results for f in item.result.findings)
    hints = sum(not f.applied for item in results for f in item.result.findings)
    failing = sum(
        1 for item in results if any(f.applied for f in item.result.findings) or item.decoded.method != "utf-8"
    )
    run.note(
        f"scrubber: {fixable + hints} finding(s) in {run.files} file(s): {fixable} fixable with "
        f"`scrubber clean`, {hints} hint(s); {failing} file(s) would change, {len(run.errors)} error(s)"
    )
    if run.errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if failing and not exit_zero else EXIT_OK


@cli.command()
@click.argument("code", required=False)
def rules(code: str | None) -> int:
    """List the rules, or print one rule's documentation (by code or name)."""
    from scrubber.registry import all_rules, get_rule

    if code:
        found = get_rule(code)
        _stdout(f"{found.code} {found.name} ({found.safety.value})\n\n{found.doc}\n")
        return EXIT_OK
    for item in all_rules():
        _stdout(f"{item.code}  {item.name:<22} {item.safety.value:<7} {item.summary}\n")
    return EXIT_OK


@cli.command("config")
@click.argument("path", required=False, default=".")
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="Read this file instead of looking for one.",
)
def show_config(path: str, config_path: Path | None) -> int:
    """Show the configuration that applies to PATH, and where each value comes from."""
    settings = settings_for([path], config_path)
    _stdout(f"# configuration file: {settings.source or 'none found (defaults)'}\n")
    for name, value, origin in effective(settings, {}):
        shown = json.dumps(
            list(value) if isinstance(value, tuple) else str(value) if isinstance(value, Path) else value
        )
        _stdout(f"{name} = {shown}  # {origin}\n")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return its exit code (never calls sys.exit)."""
    try:
        code = cli.main(args=list(argv) if argv is not None else None, prog_name="scrubber", standalone_mode=False)
    except click.UsageError as error:
        error.show()
        return EXIT_ERROR
    except click.ClickException as error:
        error.show()
        return EXIT_ERROR
    except click.exceptions.Abort:
        click.echo("scrubber: interrupted", err=True)
        return 130
    except ScrubberError as error:
        click.echo(f"scrubber: error: {error}", err=True)
        return EXIT_ERROR
    return code if isinstance(code, int) else EXIT_OK


def run() -> None:
    sys.exit(main())
