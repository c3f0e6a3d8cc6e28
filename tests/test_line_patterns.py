"""Line patterns that open with a first-letter lookahead, ``(?=[abc])(?:alt1|alt2|...)``,
skip every line starting with another letter; an alternative whose first letter is missing
from the lookahead can never match. This test reads each such pattern of every rule and
checks that the first letter of every alternative is in its lookahead."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator

import pytest

import scrubber.rules
from scrubber.text import LinePattern

LOOKAHEAD = re.compile(r"\(\?=\[([^\]]*)\]\)\(\?:")


def _line_patterns() -> list[object]:
    found = []
    for module_info in pkgutil.iter_modules(scrubber.rules.__path__):
        module = importlib.import_module(f"scrubber.rules.{module_info.name}")
        for name, value in vars(module).items():
            if isinstance(value, LinePattern) and LOOKAHEAD.search(value.at_start.pattern):
                found.append(pytest.param(f"{module_info.name}.{name}", value, id=f"{module_info.name}.{name}"))
    return found


def _structure(text: str, start: int = 0, depth: int = 0) -> Iterator[tuple[int, str, int]]:
    """``(index, character, depth)`` of each character of ``text`` from ``start`` that is
    neither escaped nor inside a character class; ``depth`` counts the groups it is in (a
    ")" already outside its own)."""
    index, in_class = start, False
    while index < len(text):
        character = text[index]
        if character == "\\":
            index += 2
            continue
        if in_class:
            in_class = character != "]"
        elif character == "[":
            in_class = True
        else:
            depth -= character == ")"
            yield index, character, depth
            depth += character == "("
        index += 1


def _group_end(pattern: str, start: int) -> int:
    """The index just past the ``)`` closing the group whose body starts at ``start``."""
    return next(
        index + 1 for index, character, depth in _structure(pattern, start, 1) if character == ")" and not depth
    )


def _alternatives(body: str) -> list[str]:
    """``body`` split at its top-level ``|``."""
    cuts = [index for index, character, depth in _structure(body) if character == "|" and not depth]
    bounds = [-1, *cuts, len(body)]
    return [body[start + 1 : end] for start, end in zip(bounds, bounds[1:], strict=False)]


def _first_letters(alternative: str) -> set[str]:
    """The characters an alternative can start with (an optional group or character class
    adds what follows it)."""
    if alternative.startswith("(?:"):
        end = _group_end(alternative, 3)
        inner, rest = alternative[3 : end - 1], alternative[end:]
        letters = set().union(*(_first_letters(a) for a in _alternatives(inner)))
        if rest[:1] in ("?", "*"):
            letters |= _first_letters(rest[1:])
        return letters
    if alternative.startswith("[") and not alternative.startswith("[^"):
        end = alternative.index("]", 1)
        letters = set(alternative[1:end])
        if alternative[end + 1 : end + 2] in ("?", "*"):
            letters |= _first_letters(alternative[end + 2 :])
        return letters
    return {alternative[:2] if alternative.startswith("\\") else alternative[:1]}


@pytest.mark.parametrize(("name", "pattern"), _line_patterns())
def test_every_alternative_is_reachable_through_the_lookahead(name: str, pattern: LinePattern) -> None:
    source = re.sub(r"#[^\n]*|\s+", "", pattern.at_start.pattern)  # verbose comments and layout
    match = LOOKAHEAD.search(source)
    assert match is not None
    allowed = set(match.group(1).lower()) | set(match.group(1).upper())
    body = source[match.end() : _group_end(source, match.end()) - 1]
    firsts = set().union(*(_first_letters(a) for a in _alternatives(body)))
    unreachable = sorted(f for f in firsts if f and not f.startswith("\\") and f not in allowed)
    assert not unreachable, f"{name}: alternatives starting with {unreachable} are skipped by the lookahead"


def test_line_patterns_with_a_lookahead_are_found() -> None:
    assert len(_line_patterns()) >= 5
