"""The ``scrubber`` command line: parses options, walks files, prints. Nothing else lives here.

Exit codes (as ruff and black): 0 nothing to do or all done, 1 findings remain or the text
would change, 2 usage, configuration or input errors.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import click

from scrubber import __version__
from scrubber.boilerplate import load_list
from scrubber.config import Settings, find_config, load_settings
from scrubber.errors import ScrubberError
from scrubber.files import FileResult, InputError, clean_bytes, read_bytes, write_atomic
from scrubber.options import RuleOptions
from scrubber.paths import DEFAULT_INCLUDE, Input, discover
from scrubber.report import check_line, report, unified_diff

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
STDIN = "-"
F = TypeVar("F", bound=Callable[..., Any])


def _split(values: Sequence[str]) -> list[str] | None:
    items = [item.strip() for value in values for item in value.split(",") if item.strip()]
    return items or None


def rule_options(function: F) -> F:
    options = [
        click.option(
            "--select",
            multiple=True,
            metavar="CODES",
            help="Only these rules (code prefixes or names, comma-separated).",
        ),
        click.option("--ignore", multiple=True, metavar="CODES", help="Skip these rules (code prefixes or names)."),
        click.option("--unsafe-fixes", is_flag=True, help="Also apply fixes that could remove real content."),
        click.option("--encoding", metavar="NAME", help="Decode inputs with this encoding instead of detecting it."),
        click.option(
            "--errors",
            type=click.Choice(["strict", "replace"]),
            default="strict",
            show_default=True,
            help="Undecodable bytes: fail that file, or replace them with U+FFFD.",
        ),
        click.option(
            "--pattern",
            "patterns",
            multiple=True,
            metavar="REGEX",
            help="Remove lines matching REGEX (rule X101); repeatable.",
        ),
        click.option(
            "--boilerplate",
            type=click.Path(dir_okay=False, exists=True, path_type=Path),
            help="Remove the lines of this learned boilerplate list (rule B101; see `scrubber learn`).",
        ),
        click.option(
            "--config",
            "config_path",
            type=click.Path(dir_okay=False, exists=True, path_type=Path),
            help="Read settings from this file instead of looking for one.",
        ),
        click.option(
            "--include", multiple=True, metavar="GLOB", help="File names to take from directories (default *.txt)."
        ),
        click.option("--exclude", multiple=True, metavar="GLOB", help="File or folder names to skip in directories."),
        click.option(
            "--report",
            "report_path",
            type=click.Path(dir_okay=False, path_type=Path),
            help="Write a JSON report of every finding to FILE.",
        ),
        click.option("-q", "--quiet", is_flag=True, help="Print nothing but data and errors."),
        click.argument("paths", nargs=-1, metavar="[PATH]..."),
    ]
    for option in reversed(options):
        function = option(function)
    return function


@dataclass
class Run:
    """What one invocation has done so far; the CLI's only mutable state."""

    quiet: bool
    results: list[FileResult]
    errors: list[str]

    def error(self, message: str) -> None:
        self.errors.append(message)
        click.echo(f"scrubber: error: {message}", err=True)

    def note(self, message: str) -> None:
        if not self.quiet:
            click.echo(message, err=True)


def _inputs(paths: Sequence[str], include: Sequence[str], exclude: Sequence[str], skip: Path | None) -> Iterator[Input]:
    for raw in paths:
        if raw == STDIN:
            yield Input(Path(STDIN), Path("stdin.txt"))
            continue
        for item in discover(Path(raw), include=tuple(include) or DEFAULT_INCLUDE, exclude=tuple(exclude)):
            if skip is not None and skip in item.path.resolve().parents:
                continue  # never feed this run's outputs back in as inputs
            yield item


def _rule_options(paths: Sequence[str], options: dict[str, Any]) -> RuleOptions:
    """Patterns from the configuration file (found from the first input) and --pattern."""
    config_path = options.get("config_path")
    if config_path is None:
        first = next((Path(p) for p in paths if p != STDIN), Path.cwd())
        config_path = find_config(first if first.exists() else Path.cwd())
    settings = load_settings(config_path) if config_path is not None else Settings()
    patterns = [*settings.patterns, *options["patterns"]]
    boilerplate = load_list(options["boilerplate"]) if options.get("boilerplate") else frozenset()
    return RuleOptions.build(patterns, source=str(config_path or "--pattern"), boilerplate=boilerplate)


def _process(run: Run, item: Input, options: dict[str, Any]) -> FileResult | None:
    name = STDIN if str(item.path) == STDIN else str(item.path)
    try:
        data = sys.stdin.buffer.read() if name == STDIN else read_bytes(item.path)
        result = clean_bytes(
            data,
            name,
            unsafe_fixes=options["unsafe_fixes"],
            select=_split(options["select"]),
            ignore=_split(options["ignore"]),
            encoding=options["encoding"],
            errors=options["errors"],
            options=options["rule_options"],
        )
    except InputError as error:
        run.error(str(error))
        return None
    run.results.append(result)
    return result


def _write_report(run: Run, path: Path | None) -> None:
    if path is not None:
        path.write_text(
            json.dumps(report(run.results, run.errors), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )


def _stdout(text: str) -> None:
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.flush()


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="scrubber")
def cli() -> None:
    """Find and remove scraping residue from article text, and report every change."""


@cli.command()
@rule_options
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write cleaned files under DIR, mirroring the inputs.",
)
@click.option("--in-place", is_flag=True, help="Rewrite changed input files (atomically).")
@click.option(
    "--diff", "show_diff", is_flag=True, help="Print a unified diff and write nothing; exit 1 if anything would change."
)
def clean(paths: tuple[str, ...], output: Path | None, in_place: bool, show_diff: bool, **options: Any) -> int:
    """Clean files (or - for stdin) and write the cleaned text.

    One file or stdin: the cleaned text goes to stdout. Several files or a directory: give
    -o DIR (mirrors the input tree) or --in-place.
    """
    if not paths:
        raise click.UsageError("no input given; pass files, directories, or - for stdin")
    if output is not None and in_place:
        raise click.UsageError("-o/--output and --in-place exclude each other; choose one")
    several = len(paths) > 1 or any(p != STDIN and Path(p).is_dir() for p in paths)
    if several and output is None and not in_place and not show_diff:
        raise click.UsageError("several inputs need -o DIR or --in-place (or --diff to preview)")
    if STDIN in paths and (in_place or output is not None):
        raise click.UsageError("stdin cannot be rewritten in place or mirrored; its cleaned text goes to stdout")
    options["rule_options"] = _rule_options(paths, options)
    run = Run(options["quiet"], [], [])
    skip = output.resolve() if output is not None else None
    written = set()
    would_change = 0
    for item in _inputs(paths, options["include"], options["exclude"], skip):
        result = _process(run, item, options)
        if result is None:
            continue
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
    _write_report(run, options["report_path"])
    changed = sum(r.changed for r in run.results)
    verb = "would change" if show_diff else "changed"
    if output is not None or in_place or show_diff:
        run.note(f"scrubber: {len(run.results)} file(s) cleaned, {changed} {verb}, {len(run.errors)} error(s)")
    if run.errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if show_diff and would_change else EXIT_OK


@cli.command()
@rule_options
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings remain (errors still exit 2).")
def check(paths: tuple[str, ...], exit_zero: bool, **options: Any) -> int:
    """Report artifacts as path:line:col: CODE message; exit 1 if clean would change a file.

    Findings marked [*] are fixed by `scrubber clean` with the same options; hints (unsafe
    fixes without --unsafe-fixes) are shown but do not fail the check.
    """
    if not paths:
        raise click.UsageError("no input given; pass files, directories, or - for stdin")
    options["rule_options"] = _rule_options(paths, options)
    run = Run(options["quiet"], [], [])
    failing = fixable = hints = 0
    for item in _inputs(paths, options["include"], options["exclude"], None):
        result = _process(run, item, options)
        if result is None:
            continue
        if result.decoded.method != "utf-8":
            record = result.decoded.describe()
            _stdout(f"{result.path}:1:1: encoding: decoded as {record}; clean writes UTF-8 [*]\n")
        for finding in sorted(result.result.findings, key=lambda f: (f.line, f.column, f.code)):
            _stdout(check_line(result.path, finding) + "\n")
            fixable += finding.applied
            hints += not finding.applied
        failing += result.changed
    _write_report(run, options["report_path"])
    run.note(
        f"scrubber: {fixable + hints} finding(s) in {len(run.results)} file(s): {fixable} fixable with "
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


def _register_corpus_commands() -> None:
    from scrubber.cli_corpus import dedupe, learn

    cli.add_command(dedupe)
    cli.add_command(learn)


_register_corpus_commands()


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
