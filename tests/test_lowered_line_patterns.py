"""Case-insensitive line patterns written in lower case search the lower-cased text without
IGNORECASE (faster). That must find exactly the lines the case-insensitive search finds: this
test matches every such pattern of every rule against every line of the fixtures, the clean
articles and the furniture pages, as written, in capitals and in title case, both ways."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest
from conftest import ROOT, load_toml

import scrubber.rules
from scrubber.text import CASE_EQUIVALENTS, LinePattern, _case_free, fold_case


def _lowered_patterns() -> list[object]:
    found = []
    for module_info in pkgutil.iter_modules(scrubber.rules.__path__):
        module = importlib.import_module(f"scrubber.rules.{module_info.name}")
        for name, value in vars(module).items():
            if isinstance(value, LinePattern) and value.after_newline.flags & re.IGNORECASE:
                found.append(pytest.param(value, id=f"{module_info.name}.{name}"))
    return found


def _lines() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in (ROOT / "tests" / "clean_articles").glob("*.txt")]
    texts += [path.read_text(encoding="utf-8") for path in (ROOT / "tests" / "furniture_pages").glob("*.txt")]
    for path in (ROOT / "tests" / "fixtures").glob("*.toml"):
        cases = load_toml(path)
        texts += [case["input"] for kind in ("change", "keep") for case in cases.get(kind, [])]
    lines = {line for text in texts for line in text.splitlines()}
    # And each letter that case-insensitive matching takes for another, in a word of its own.
    lines |= {f"{letter} {letter.upper()}" for group in CASE_EQUIVALENTS for letter in group}
    return sorted(variant for line in lines for variant in {line, line.upper(), line.title()})


LINES = _lines()


def test_every_case_insensitive_rule_pattern_has_its_lowered_form() -> None:
    assert _lowered_patterns()
    assert all(param.values[0].after_newline_lowered is not None for param in _lowered_patterns())  # type: ignore[attr-defined]


@pytest.mark.parametrize("pattern", _lowered_patterns())
def test_lowered_search_finds_the_same_lines(pattern: LinePattern) -> None:
    lowered = pattern.after_newline_lowered
    assert lowered is not None
    for line in LINES:
        lower = line.lower()
        if len(lower) != len(line):
            continue  # such a text is searched as it is (Page.lowered is None)
        folded = fold_case(lower)
        assert bool(pattern.after_newline.match("\n" + line + "\n")) == bool(lowered.match("\n" + folded + "\n")), line


@pytest.mark.parametrize(
    ("body", "flags", "case_free"),
    [
        ("share|follow\\s+us", 0, True),
        ("\\d+\\s*[km]", 0, True),
        ("\\d+\\s*[KkMm]", 0, False),  # a capital in a class: matched only through IGNORECASE
        ("(?-i:AP)|share", 0, False),  # an inline flag decides case itself
        ("(?=[sİ])(?:skip|içeriğe)", 0, True),  # "İ" lowers to two characters: never in such text
        ("share  # The Share button\n|follow", re.VERBOSE, True),  # a verbose comment is no literal
        ("\\(?view", 0, True),  # an escaped bracket before "?" opens no inline flag
    ],
)
def test_case_free(body: str, flags: int, case_free: bool) -> None:
    assert _case_free(body, verbose=bool(flags & re.VERBOSE)) is case_free


def test_case_equivalents_are_those_of_the_regex_engine() -> None:
    for group in CASE_EQUIVALENTS:
        for letter in group[1:]:
            assert re.fullmatch(group[0], letter, re.IGNORECASE), (group[0], letter)
            assert fold_case(letter) == group[0]
