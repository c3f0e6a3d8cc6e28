"""Every rule's documented before/after example holds: ``scrubber rules CODE`` prints it to
users, so it must be what the rule alone does to the text shown."""

from __future__ import annotations

import ast
import re
import textwrap

import pytest

from scrubber import clean
from scrubber.options import DEFAULT_OPTIONS, RuleOptions
from scrubber.registry import Rule, all_rules

# ``Before: ``"text"```` on one line (after an optional note in brackets; the first of
# several texts), or a literal block after ``Before::``.
INLINE = re.compile(r'^\s*(Before|After)\b[^\n]*?:\s+``("(?:[^"\\\n]|\\.)*")``', re.MULTILINE)
BLOCK = re.compile(r"^\s*(Before|After)::\n\n((?:(?:[ \t]+\S.*)?\n)+)", re.MULTILINE)
# The settings the examples of the configurable rules name in their notes.
OPTIONS = {
    "B101": RuleOptions.build([], boilerplate=frozenset({"Follow The Gazette on Mastodon"})),
    "X101": RuleOptions.build(["^Follow us on"]),
}


def _example(rule_: Rule) -> tuple[str, str, bool]:
    """The example's texts, and whether they are literal blocks (whose blank lines at the
    end a reader cannot see)."""
    doc = rule_.doc + "\n"
    inline = {label: ast.literal_eval(text) for label, text in INLINE.findall(doc)}
    if len(inline) == 2:
        return inline["Before"], inline["After"], False
    blocks = {label: textwrap.dedent(text).strip("\n") + "\n" for label, text in BLOCK.findall(doc)}
    assert len(blocks) == 2, f"{rule_.code}: no before/after example found in its docstring"
    return blocks["Before"], blocks["After"], True


@pytest.mark.parametrize("rule_", all_rules(), ids=lambda r: r.code)
def test_documented_example_holds(rule_: Rule) -> None:
    before, after, block = _example(rule_)
    options = OPTIONS.get(rule_.code, DEFAULT_OPTIONS)
    result = clean(before, select=[rule_.code], unsafe_fixes=True, options=options)
    assert (result.text.rstrip("\n") + "\n" if block else result.text) == after
    assert any(f.code == rule_.code and f.applied for f in result.findings), "the example must show the rule at work"


def test_the_example_parser_reads_both_forms() -> None:
    assert INLINE.findall('    Before (with ``--x 1``): ``"a\\\\n"``\n') == [("Before", '"a\\\\n"')]
    block = "Before::\n\n    one\n\n    two\n\nAfter::\n\n    one\n"
    assert dict(BLOCK.findall(block)) == {"Before": "    one\n\n    two\n\n", "After": "    one\n"}
