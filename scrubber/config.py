"""Configuration from ``[tool.scrubber]`` in pyproject.toml or from scrubber.toml.

The file is found as ruff finds its own: walking up from the first input (or the current
folder) to the nearest folder holding ``scrubber.toml``, or a ``pyproject.toml`` with a
``[tool.scrubber]`` table. Unknown keys and values of the wrong type are errors that name
the key and the file. Command-line options win over the file; ``patterns`` from both add up.
"""

from __future__ import annotations

import fnmatch
import sys
from collections.abc import Mapping, Sequence
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
class Key:
    name: str
    attribute: str
    kind: str  # "strings", "bool", "float", "int", "path", "table"
    help: str


# Every key, its type and meaning; the README's configuration table lists the same.
KEYS = (
    Key("select", "select", "strings", "rules to run, by code prefix or name (default: all)"),
    Key("ignore", "ignore", "strings", "rules to skip, by code prefix or name"),
    Key("per-file-ignores", "per_file_ignores", "table", "glob -> rules to skip for matching files"),
    Key("unsafe-fixes", "unsafe_fixes", "bool", "apply unsafe fixes too"),
    Key("include", "include", "strings", "file name globs taken from directories (default ['*.txt'])"),
    Key("exclude", "exclude", "strings", "file or folder globs skipped in directories"),
    Key("patterns", "patterns", "strings", "extra line patterns (regular expressions) for rule X101"),
    Key("boilerplate", "boilerplate", "path", "learned boilerplate list for rule B101 (relative to this file)"),
    Key("dedupe-threshold", "dedupe_threshold", "float", "containment for near duplicates (default 0.7)"),
    Key("learn-min-docs", "learn_min_docs", "int", "documents a learned line must appear in (default 5)"),
    Key("learn-prose-share", "learn_prose_share", "float", "share of documents for prose-like lines (default 0.05)"),
)
BY_NAME = {key.name: key for key in KEYS}


@dataclass(frozen=True)
class Settings:
    """Settings read from a configuration file; ``None`` means "not set there"."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    unsafe_fixes: bool | None = None
    include: tuple[str, ...] | None = None
    exclude: tuple[str, ...] | None = None
    patterns: tuple[str, ...] = ()
    boilerplate: Path | None = None
    dedupe_threshold: float | None = None
    learn_min_docs: int | None = None
    learn_prose_share: float | None = None
    source: Path | None = None
    keys: tuple[str, ...] = field(default=())

    def ignores_for(self, path: str) -> tuple[str, ...]:
        """Rules the per-file-ignores table skips for ``path`` (matched relative to the
        configuration file's folder, or as given)."""
        candidates = [Path(path).as_posix(), Path(path).name]
        if self.source is not None:
            try:
                candidates.append(Path(path).resolve().relative_to(self.source.parent.resolve()).as_posix())
            except ValueError:
                pass
        codes: list[str] = []
        for pattern, rules in self.per_file_ignores:
            if any(fnmatch.fnmatch(candidate, pattern) for candidate in candidates):
                codes.extend(rules)
        return tuple(codes)


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


def _check(path: Path, key: Key, value: Any) -> Any:
    def bad(expected: str) -> ConfigError:
        return ConfigError(f"{path}: {key.name!r} must be {expected}, not {value!r}")

    if key.kind == "strings":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise bad("a list of strings")
        return tuple(value)
    if key.kind == "bool":
        if not isinstance(value, bool):
            raise bad("true or false")
        return value
    if key.kind == "float":
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
            raise bad("a number between 0 and 1")
        return float(value)
    if key.kind == "int":
        if isinstance(value, bool) or not isinstance(value, int) or value < 2:
            raise bad("a whole number of at least 2")
        return value
    if key.kind == "path":
        if not isinstance(value, str):
            raise bad("a path (string)")
        return (path.parent / value).resolve()
    if not isinstance(value, dict) or not all(
        isinstance(v, list) and all(isinstance(code, str) for code in v) for v in value.values()
    ):
        raise bad("a table of glob = [rule codes]")
    return tuple((glob, tuple(codes)) for glob, codes in value.items())


def load_settings(path: Path) -> Settings:
    data = _read(path)
    table = data if path.name == "scrubber.toml" else data.get("tool", {}).get("scrubber", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.scrubber] must be a table")
    values: dict[str, Any] = {}
    for name, value in table.items():
        key = BY_NAME.get(name)
        if key is None:
            known = ", ".join(k.name for k in KEYS)
            raise ConfigError(f"{path}: unknown key {name!r} in scrubber configuration (known: {known})")
        values[key.attribute] = _check(path, key, value)
    return Settings(**values, source=path, keys=tuple(table))


def settings_for(paths: Sequence[str], explicit: Path | None = None) -> Settings:
    """The settings that apply to a run over ``paths``: from ``explicit``, or the file found
    from the first input (or the current folder), or the defaults."""
    config_path = explicit
    if config_path is None:
        first = next((Path(p) for p in paths if p != "-"), Path.cwd())
        config_path = find_config(first if first.exists() else Path.cwd())
    return load_settings(config_path) if config_path is not None else Settings()


def defaults() -> dict[str, Any]:
    """What applies when neither the file nor the command line sets a key, read from the
    modules that apply it (imported here, not at start-up: dedupe brings numpy)."""
    from scrubber.boilerplate import DEFAULT_MIN_DOCS, DEFAULT_PROSE_SHARE
    from scrubber.dedupe import DEFAULT_THRESHOLD
    from scrubber.paths import DEFAULT_INCLUDE

    return {
        "select": ["ALL"],
        "ignore": [],
        "per-file-ignores": {},
        "unsafe-fixes": False,
        "include": list(DEFAULT_INCLUDE),
        "exclude": [],
        "patterns": [],
        "boilerplate": None,
        "dedupe-threshold": DEFAULT_THRESHOLD,
        "learn-min-docs": DEFAULT_MIN_DOCS,
        "learn-prose-share": DEFAULT_PROSE_SHARE,
    }


def effective(settings: Settings, cli: Mapping[str, Any]) -> list[tuple[str, Any, str]]:
    """(key, value, where it came from) for every key: the command line, the file or the default."""
    default = defaults()
    rows = []
    for key in KEYS:
        value = getattr(settings, key.attribute)
        origin = str(settings.source) if key.name in settings.keys else "default"
        if cli.get(key.attribute) not in (None, (), False):
            value, origin = cli[key.attribute], "command line"
        elif key.name not in settings.keys:
            value = default[key.name]
        rows.append((key.name, value, origin))
    return rows
