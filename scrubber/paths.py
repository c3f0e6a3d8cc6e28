"""Finding the input files: files as given, directories walked for matching names."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

DEFAULT_INCLUDE = ("*.txt",)


@dataclass(frozen=True)
class Input:
    """One input: ``path`` to read, and ``relative`` (its place under the root it came from)."""

    path: Path
    relative: Path


def _matches(relative: Path, patterns: Sequence[str]) -> bool:
    text = relative.as_posix()
    return any(fnmatch.fnmatch(relative.name, p) or fnmatch.fnmatch(text, p) for p in patterns)


def discover(root: Path, *, include: Sequence[str] = DEFAULT_INCLUDE, exclude: Sequence[str] = ()) -> Iterator[Input]:
    """Inputs under ``root``: the file itself, or a directory's matching files, sorted.

    A file named explicitly is taken whatever its name (as ruff and black do); ``include``
    and ``exclude`` patterns apply to the files found by walking a directory and match
    either the file name or the path relative to ``root``.
    """
    if not root.is_dir():
        yield Input(root, Path(root.name))
        return
    for folder, subfolders, names in os.walk(root):
        subfolders.sort()
        base = Path(folder)
        subfolders[:] = [d for d in subfolders if not _matches((base / d).relative_to(root), exclude)]
        for name in sorted(names):
            path = base / name
            relative = path.relative_to(root)
            if _matches(relative, include) and not _matches(relative, exclude):
                yield Input(path, relative)


def discover_all(roots: Sequence[str], include: Sequence[str] = (), exclude: Sequence[str] = ()) -> Iterator[Input]:
    """``discover`` over each root in turn; an empty ``include`` means ``DEFAULT_INCLUDE``."""
    for root in roots:
        yield from discover(Path(root), include=tuple(include) or DEFAULT_INCLUDE, exclude=tuple(exclude))
