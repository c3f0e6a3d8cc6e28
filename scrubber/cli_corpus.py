"""The corpus commands of the CLI: ``dedupe`` and ``learn``. Parsing, walking and printing only."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import click

from scrubber import cli_options as shared
from scrubber.boilerplate import DEFAULT_MIN_DOCS, DEFAULT_PROSE_SHARE, LineCounter, format_list, load_list
from scrubber.config import settings_for
from scrubber.corpus import CorpusSettings, MoveError, file_lines, fingerprint_file, move_without_overwriting
from scrubber.dedupe import DEFAULT_THRESHOLD, KEEP_POLICIES, Cluster, find_clusters
from scrubber.options import RuleOptions
from scrubber.parallel import default_jobs, run_parallel
from scrubber.paths import discover_all

R = TypeVar("R")
EXIT_OK, EXIT_ERROR = 0, 2


def _gather(
    work: Callable[[str], R | str], paths: list[str], jobs: int | None, label: str, quiet: bool
) -> tuple[list[R], int]:
    """Run ``work`` over ``paths`` in parallel; print each file's error and count them."""
    results: list[R] = []
    failures = 0
    for result in run_parallel(work, paths, jobs or default_jobs(), label=label, quiet=quiet):
        if isinstance(result, str):
            failures += 1
            click.echo(f"scrubber: error: {result}", err=True)
        else:
            results.append(result)
    return results, failures


def corpus_options(function: Any) -> Any:
    return shared.apply(
        function,
        [
            shared.jobs(),
            shared.include(),
            shared.exclude(),
            shared.encoding(),
            shared.errors(),
            shared.quiet(),
            click.argument("paths", nargs=-1, required=True, metavar="PATH..."),
        ],
    )


def _cluster_record(cluster: Cluster) -> dict[str, Any]:
    return {
        "keep": cluster.keep,
        "duplicates": [{"path": d.path, "similarity": d.similarity, "reason": d.reason} for d in cluster.duplicates],
        "size": len(cluster.duplicates) + 1,
    }


def _mirror(path: str, roots: Sequence[Path], target: Path) -> Path:
    resolved = Path(path).resolve()
    for root in roots:
        base = root.resolve()
        base = base if base.is_dir() else base.parent
        if resolved.is_relative_to(base):
            return target / resolved.relative_to(base)
    return target / Path(path).name


@click.command()
@corpus_options
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "jsonl"]),
    default=None,
    help="Output: readable text (default on a terminal) or one JSON object per cluster (default when piped).",
)
@click.option(
    "--keep",
    type=click.Choice(KEEP_POLICIES),
    default="longest",
    show_default=True,
    help="Which copy to keep: the longest cleaned text, the first path, or the newest file.",
)
@click.option(
    "--threshold",
    type=click.FloatRange(0.0, 1.0),
    default=None,
    help="Near duplicate when this share of the smaller text's word 3-grams is in the other "
    f"(default: dedupe-threshold from the configuration, else {DEFAULT_THRESHOLD}).",
)
@click.option(
    "--move-duplicates",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Move duplicates under DIR, mirroring their paths (never overwriting).",
)
@click.option("--list", "list_only", is_flag=True, help="Print only the duplicates' paths, one per line.")
@click.option(
    "--boilerplate",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    default=None,
    help="Remove these learned boilerplate lines before comparing.",
)
def dedupe(
    paths: tuple[str, ...],
    jobs: int | None,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    encoding: str | None,
    errors: str,
    quiet: bool,
    output_format: str | None,
    keep: str,
    threshold: float | None,
    move_duplicates: Path | None,
    list_only: bool,
    boilerplate: Path | None,
) -> int:
    """Find exact and near-duplicate documents; nothing is deleted.

    Each text is cleaned (less the rules that take only short lines or repeats), then
    compared on its words: exact copies by a hash, near copies by MinHash candidates
    verified with the exact share of shared word 3-grams.
    """
    config = settings_for(paths)
    if threshold is None:
        threshold = config.dedupe_threshold if config.dedupe_threshold is not None else DEFAULT_THRESHOLD
    boilerplate = boilerplate or config.boilerplate
    lines = load_list(boilerplate) if boilerplate else frozenset()
    settings = CorpusSettings(encoding, errors, RuleOptions.build(config.patterns, boilerplate=lines))
    names = [str(item.path) for item in discover_all(paths, include, exclude)]
    work = partial(fingerprint_file, settings=settings)
    fingerprints, failures = _gather(work, names, jobs, "fingerprinting", quiet)
    clusters = find_clusters(fingerprints, threshold=threshold, keep=keep)
    fmt = output_format or ("text" if sys.stdout.isatty() else "jsonl")
    for cluster in clusters:
        if list_only:
            for duplicate in cluster.duplicates:
                click.echo(duplicate.path)
        elif fmt == "jsonl":
            click.echo(json.dumps(_cluster_record(cluster), ensure_ascii=False))
        else:
            click.echo(f"keep {cluster.keep}")
            for duplicate in cluster.duplicates:
                click.echo(f"  {duplicate.reason:5} {duplicate.similarity:.2f}  {duplicate.path}")
    moved = 0
    if move_duplicates is not None:
        roots = [Path(p) for p in paths]
        for cluster in clusters:
            for duplicate in cluster.duplicates:
                try:
                    move_without_overwriting(Path(duplicate.path), _mirror(duplicate.path, roots, move_duplicates))
                    moved += 1
                except MoveError as error:
                    failures += 1
                    click.echo(f"scrubber: error: {error}", err=True)
    if not quiet:
        duplicates = sum(len(c.duplicates) for c in clusters)
        note = f", {moved} moved to {move_duplicates}" if move_duplicates is not None else ""
        click.echo(
            f"scrubber: {len(fingerprints)} documents, {len(clusters)} clusters, {duplicates} duplicates{note}, "
            f"{failures} error(s)",
            err=True,
        )
    return EXIT_ERROR if failures else EXIT_OK


@click.command()
@corpus_options
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="Write the boilerplate list to FILE (review it, then use clean --boilerplate FILE).",
)
@click.option(
    "--min-docs",
    type=click.IntRange(min=2),
    default=None,
    help=f"A line must appear in at least this many documents (default {DEFAULT_MIN_DOCS}).",
)
@click.option(
    "--prose-share",
    type=click.FloatRange(0.0, 1.0),
    default=None,
    help=f"A prose-like line must also appear in this share of the documents (default {DEFAULT_PROSE_SHARE}).",
)
def learn(
    paths: tuple[str, ...],
    jobs: int | None,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    encoding: str | None,
    errors: str,
    quiet: bool,
    output: Path,
    min_docs: int | None,
    prose_share: float | None,
) -> int:
    """Find lines that recur verbatim across many documents and write them as a list."""
    config = settings_for(paths)
    if min_docs is None:
        min_docs = config.learn_min_docs or DEFAULT_MIN_DOCS
    if prose_share is None:
        prose_share = config.learn_prose_share if config.learn_prose_share is not None else DEFAULT_PROSE_SHARE
    settings = CorpusSettings(encoding, errors)
    names = [str(item.path) for item in discover_all(paths, include, exclude)]
    work = partial(file_lines, settings=settings)
    documents, failures = _gather(work, names, jobs, "counting lines", quiet)
    counter = LineCounter()
    for lines in documents:
        counter.add(lines)
    learned = counter.learned(min_docs=min_docs, prose_share=prose_share)
    output.write_text(
        format_list(learned, counter.documents, min_docs=min_docs, prose_share=prose_share), encoding="utf-8"
    )
    if not quiet:
        click.echo(
            f"scrubber: {len(learned)} boilerplate lines from {counter.documents} documents -> {output}", err=True
        )
    return EXIT_ERROR if failures else EXIT_OK
