"""Configuration from ``[tool.scrubber]`` in pyproject.toml or from scrubber.toml.

The file is found as ruff finds its own: walking up from the first input (or the current
folder) to the nearest folder holding ``scrubber.toml``, or a ``pyproject.toml`` with a
``[tool.scrubber]`` table. Unknown keys and values of the wrong type are errors that name
the key and the file.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scrubber.errors import ScrubberError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]


class ConfigError(ScrubberError):
    """The configuration file is unreadable or holds a bad key or value."""


@dataclass(frozen=True)
class Settings:
    """Settings read from a configuration file, with where they came from."""

    patterns: tuple[str, ...] = ()
    source: Path | None = None
    keys: tuple[str, ...] = field(default=())


# key: (type check, description) -- documented in the README's configuration table.
KEYS: dict[str, tuple[type, str]] = {
    "patterns": (list, "extra line patterns (regular expressions) for rule X101"),
}


def find_config(start: Path) -> Path | None:
    """The nearest scrubber.toml, or pyproject.toml with [tool.scrubber], at or above ``start``."""
    folder = start if start.is_dir() else start.parent
    for candidate in [folder.resolve(), *folder.resolve().parents]:
        own = candidate / "scrubber.toml"
        if own.is_file():
            return own
        project = candidate / "pyproject.toml"
        if project.is_file() and "scrubber" in _read(project).get("tool", {}):
            return project
    return None


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as stream:
            data: dict[str, Any] = tomllib.load(stream)
            return data
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: cannot read configuration ({error})") from None


def load_settings(path: Path) -> Settings:
    data = _read(path)
    table = data if path.name == "scrubber.toml" else data.get("tool", {}).get("scrubber", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.scrubber] must be a table")
    for key, value in table.items():
        if key not in KEYS:
            known = ", ".join(sorted(KEYS))
            raise ConfigError(f"{path}: unknown key {key!r} in scrubber configuration (known: {known})")
        expected, _ = KEYS[key]
        if not isinstance(value, expected):
            raise ConfigError(f"{path}: {key!r} must be a {expected.__name__}, not {type(value).__name__}")
    patterns = table.get("patterns", [])
    if not all(isinstance(p, str) for p in patterns):
        raise ConfigError(f"{path}: 'patterns' must be a list of strings")
    return Settings(patterns=tuple(patterns), source=path, keys=tuple(table))
