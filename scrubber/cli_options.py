"""Command-line options that several commands share, defined once."""

from __future__ import annotations

from typing import Any

import click

ENCODING_HELP = "Decode inputs with this encoding instead of detecting it."


def jobs() -> Any:
    return click.option(
        "-j", "--jobs", type=click.IntRange(min=1), default=None, help="Worker processes (default: cores)."
    )


def include() -> Any:
    return click.option("--include", multiple=True, metavar="GLOB", help="File names taken from folders (*.txt).")


def exclude() -> Any:
    return click.option("--exclude", multiple=True, metavar="GLOB", help="File or folder names to skip in folders.")


def encoding() -> Any:
    return click.option("--encoding", metavar="NAME", help=ENCODING_HELP)


def errors() -> Any:
    return click.option(
        "--errors",
        type=click.Choice(["strict", "replace"]),
        default="strict",
        show_default=True,
        help="Undecodable bytes: fail that file, or replace them with U+FFFD.",
    )


def quiet() -> Any:
    return click.option("-q", "--quiet", is_flag=True, help="Print nothing but data and errors.")


def apply(function: Any, options: list[Any]) -> Any:
    """Decorate ``function`` with ``options`` in the order they are listed."""
    for option in reversed(options):
        function = option(function)
    return function
