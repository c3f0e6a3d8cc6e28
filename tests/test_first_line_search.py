"""A text's first line, which no line break precedes, is searched by each line pattern's
search after a break, on that line behind a break of its own (``first_line_behind_a_break``),
which spares compiling every pattern a second time for it. These tests hold that search to the pattern's own match at
the text's start (``at_start``) on the first lines of every fixture text and on texts made
of their lines."""

from __future__ import annotations

import importlib
import os
import pkgutil

from conftest import FIXTURES, load_toml
from hypothesis import given, settings
from hypothesis import strategies as st

import scrubber.rules
from scrubber.text import LinePattern, first_line_behind_a_break

EXAMPLES = int(os.environ.get("SCRUBBER_HYPOTHESIS_EXAMPLES", "300"))


def _line_patterns() -> list[LinePattern]:
    found = []
    for module_info in pkgutil.iter_modules(scrubber.rules.__path__):
        module = importlib.import_module(f"scrubber.rules.{module_info.name}")
        found.extend(value for value in vars(module).values() if isinstance(value, LinePattern))
    return found


def _fixture_texts() -> list[str]:
    texts = []
    for path in sorted(FIXTURES.glob("*.toml")):
        data = load_toml(path)
        texts.extend(case["input"] for kind in ("change", "keep") for case in data.get(kind, []))
    return texts


PATTERNS = _line_patterns()
TEXTS = _fixture_texts()
LINES = sorted({line for text in TEXTS for line in text.splitlines()})


def _matches_first_line(pattern: LinePattern, text: str, end: int) -> bool:
    return pattern.after_newline.match(first_line_behind_a_break(text, end)) is not None


def _agree(text: str, end: int) -> None:
    for pattern in PATTERNS:
        expected = pattern.at_start.match(text, 0, end) is not None
        assert _matches_first_line(pattern, text, end) == expected, (pattern.after_newline.pattern[:60], text[:80])


def test_first_lines_of_the_fixture_texts() -> None:
    matched = 0
    for text in TEXTS:
        _agree(text, len(text))
        matched += any(_matches_first_line(pattern, text, len(text)) for pattern in PATTERNS)
    assert len(PATTERNS) > 20 and matched > 25  # many texts do start with a line a rule looks for


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    st.lists(st.sampled_from(LINES), min_size=1, max_size=3),
    st.sampled_from(["\n", "\r\n", "\r", " \n", "\n\n"]),
    st.integers(min_value=0, max_value=120),
)
def test_texts_of_fixture_lines_cut_anywhere(lines: list[str], joiner: str, cut: int) -> None:
    text = joiner.join(lines)
    _agree(text, min(cut, len(text)) if cut else len(text))
