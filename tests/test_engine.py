"""The engine: fix selection, offset mapping, the fix loop, selection of rules."""

from __future__ import annotations

import os
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scrubber import UnknownRuleError, clean, fixer, lint
from scrubber.model import Fix, Safety
from scrubber.registry import all_rules, select_rules


def test_choose_skips_overlapping_and_prefers_the_wider_fix() -> None:
    line = Fix(0, 10, "")
    inside = Fix(3, 4, " ")
    later = Fix(10, 12, "x")
    assert fixer.choose([inside, later, line]) == [line, later]


def test_choose_rejects_two_insertions_at_one_offset() -> None:
    assert fixer.choose([Fix(5, 5, "a"), Fix(5, 5, "b")]) == [Fix(5, 5, "a")]


def test_apply_replaces_left_to_right() -> None:
    assert fixer.apply("abcdef", [Fix(0, 1, "X"), Fix(2, 4, ""), Fix(6, 6, "!")]) == "Xbef!"


@pytest.mark.parametrize(
    ("offset", "is_end", "expected"),
    [(0, False, 0), (1, False, 3), (1, True, 1), (2, False, 4), (3, True, 5)],
)
def test_map_back_through_a_deletion(offset: int, is_end: bool, expected: int) -> None:
    fixes = [Fix(1, 3, "")]  # delete "bc": "abcdef" -> "adef"
    assert fixer.EditMap(fixes).back(offset, is_end=is_end) == expected


def test_findings_are_located_in_the_input() -> None:
    text = "Title\n\nTitle\n\nIt was the the best.\u00a0Yes"
    result = clean(text)
    located = {f.code: (f.line, f.column, f.original) for f in result.findings}
    assert located["H101"] == (3, 1, "Title\n\n")
    assert located["S101"] == (5, 11, " the")
    assert located["W102"] == (5, 21, "\u00a0")
    assert located["W105"][0] == 5
    for finding in result.findings:
        if finding.code in {"H101", "S101", "W102"}:
            assert text[finding.start : finding.end] == finding.original


def test_unsafe_fix_reported_not_applied() -> None:
    text = "Nadal celebrates celebrates a point.\n"
    result = clean(text)
    assert result.text == text
    (finding,) = result.findings
    assert (finding.code, finding.safety, finding.applied) == ("S101", Safety.UNSAFE, False)
    assert clean(text, unsafe_fixes=True).text == "Nadal celebrates a point.\n"


def test_fix_loop_reaches_a_fixed_point() -> None:
    # Removing the stamp leaves two blank lines meeting: a second pass collapses them.
    text = "Title\n\n2 min read\n\n\nBody starts here.\n"
    result = clean(text)
    assert result.text == "Title\n\nBody starts here.\n"
    assert result.settled and result.passes >= 2
    assert clean(result.text).findings == ()


def test_select_and_ignore_by_prefix_and_name() -> None:
    codes = {r.code for r in select_rules(["W"], ["W105", "no-break-space"])}
    whitespace = {r.code for r in all_rules() if r.code.startswith("W")}
    assert codes == whitespace - {"W105", "W102"}  # W102 is no-break-space
    assert {"W101", "W103", "W104"} <= codes  # written out, so the test cannot pass empty
    assert {r.code for r in select_rules(None, None)} == {r.code for r in all_rules()}


def test_unknown_selector_is_an_error() -> None:
    with pytest.raises(UnknownRuleError, match="X999"):
        clean("text\n", select=["X999"])


def test_lint_reports_without_applying() -> None:
    findings = lint("a  \nb\n")
    assert [(f.code, f.applied, f.line, f.column) for f in findings] == [("W103", False, 1, 2)]


def test_every_rule_documents_itself_with_an_example() -> None:
    for rule_ in all_rules():
        assert rule_.summary, f"{rule_.code} has no docstring"
        # `scrubber rules` shows the first line alone: it must be a whole sentence.
        assert rule_.summary.endswith("."), f"{rule_.code}'s first docstring line is not a sentence"
        assert "Before" in rule_.doc and "After" in rule_.doc, f"{rule_.code} docstring lacks a before/after example"


@pytest.fixture
def scratch_rules(monkeypatch: pytest.MonkeyPatch):
    """Register rules for one test only: the registry and its selection cache are restored."""
    from scrubber import registry

    all_rules()
    monkeypatch.setattr(registry, "_RULES", dict(registry._RULES))
    registry._select.cache_clear()
    yield registry.rule
    registry._select.cache_clear()


def test_deferred_rule_waits_for_the_other_rules(scratch_rules) -> None:
    # The broad rule would take "a\nb\n" and, since it starts first, win the overlap with
    # the specific rule's "b\nc\n". Deferred, it looks again after the specific fix.
    @scratch_rules("Z901", "broad-rule", defer=True)
    def broad_rule(page):
        from scrubber.registry import Hit

        if page.text.startswith("a\nb\n"):
            yield Hit(0, 4, "broad", "")

    @scratch_rules("Z902", "specific-rule")
    def specific_rule(page):
        from scrubber.registry import Hit

        position = page.text.find("b\nc\n")
        if position >= 0:
            yield Hit(position, position + 4, "specific", "")

    result = clean("a\nb\nc\n", select=["Z9"])
    assert result.text == "a\n"
    assert [f.code for f in result.findings if f.applied] == ["Z902"]


def test_a_deferred_rule_must_have_page_scope() -> None:
    from scrubber.registry import rule

    with pytest.raises(ValueError, match="deferred"):
        rule("Z903", "line-rule", scope="line", defer=True)


def test_early_rule_repairs_before_the_other_rules_judge(scratch_rules) -> None:
    # The judging rule takes a line "x" unless the line above reads "keep:"; the early rule
    # repairs "kee?p:" into it. Applied together, the judge would take "x" from the misread
    # text; the repair goes first, and the judge looks again at the repaired page.
    @scratch_rules("Z904", "repair", scope="line", early=True)
    def repair(page):
        from scrubber.registry import Hit

        for match in page.finditer(re.compile(r"\?")):
            yield Hit(match.start(), match.end(), "repair", "")

    @scratch_rules("Z905", "judge", scope="line")
    def judge(page):
        from scrubber.registry import Hit

        for line in page.lines_in_ranges():
            above = page.previous_content_line(line)
            if line.text == "x" and (above is None or above.text != "keep:"):
                yield Hit(line.start, line.break_end, "judge", "")

    result = clean("kee?p:\nx\ny\n", select=["Z9"])
    assert result.text == "keep:\nx\ny\n"
    assert [f.code for f in result.findings if f.applied] == ["Z904"]


def test_a_rule_cannot_be_both_early_and_deferred() -> None:
    from scrubber.registry import rule

    with pytest.raises(ValueError, match="early"):
        rule("Z906", "both", defer=True, early=True)


def test_handles_under_their_introduction_stay_when_one_holds_an_invisible_character() -> None:
    text = (
        "Ten accounts that explain the election\n\nHere are the ones we recommend:\n\n"
        "@pollwatc\u200bher\n@cityhallnotes\n@ruralvoices\n\nEach posts at least once a day.\n"
    )
    assert clean(text).text == text.replace("\u200b", "")


def test_stutters_in_a_text_saved_without_line_breaks() -> None:
    # One line longer than S101's long-line limit is searched around each candidate: the
    # same fixes as on short lines, including a stutter right at the line's end.
    from scrubber.rules import s101_stuttered_phrase as s101

    sentence = "Officials said the plan would cost more than expected and take years. "
    text = sentence * (s101.LONG_LINE_CHARS // len(sentence) + 1)
    text += "Estimates have put the number the number of militants at 1,500. She read the the letter"
    result = clean(text + "\n", select=["S101"])
    assert result.text == text.replace("the number the number", "the number").replace("the the", "the") + "\n"
    assert len(text) > s101.LONG_LINE_CHARS


def test_line_patterns_keep_whitespace_within_a_line() -> None:
    from scrubber.text import LinePattern, Page

    pattern = LinePattern(r"share\s+this")
    page = Page("intro\nshare this\nshare\nthis\n")
    assert [line.text for line in page.pattern_lines(pattern)] == ["share this"]
    # "\s" inside a character class cannot be narrowed: refused rather than silently changed.
    with pytest.raises(ValueError, match="character class"):
        LinePattern(r"mots[-\s]cl")
    assert LinePattern(r"mots[- \t]cl(?:é|e)s").at_start.match("mots-clés")
    # In a negated class "\s" already excludes line breaks, so it is kept.
    assert LinePattern(r"[^\s.]+\s+end").at_start.match("word  end")


def test_a_removal_re_examines_the_text_line_across_blank_lines() -> None:
    # H101 takes the second "the the" (a repeated headline); the first was a repetition kept
    # up while a copy stood below it, and is a stutter once the copy is gone. In double-spaced
    # text that line is two lines from the removal, and was not looked at again.
    result = clean("the the\n\nthe the\n\nand on\n")
    assert result.text == "the\n\nand on\n"
    assert clean(result.text).text == result.text


# Lines of articles and of their furniture, joined single-, double- or triple-spaced: rules
# read neighbour lines, and a fix changes what a line two or three lines away has around it.
PIECES = [
    "Storm closes schools",
    "The storm closed every school in the county on Monday morning, officials said.",
    "the the",
    "and on",
    "on and on",
    "and on and on.",
    "the city the city.",
    "Share on",
    "2 min read",
    "Advertisement",
    "Photo: Reuters",
    "Contact Us",
    "RSS",
    "© 2024 Example News. All rights reserved.",
    "This website uses cookies to improve your experience. By continuing you accept our Cookie Policy.",
]


@settings(max_examples=int(os.environ.get("SCRUBBER_HYPOTHESIS_EXAMPLES", "300")), deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=2, max_size=10), st.sampled_from(["\n", "\n\n", "\n\n\n"]))
def test_cleaning_settles_and_leaves_what_lint_finds_in_the_output(lines: list[str], break_: str) -> None:
    text = break_.join(lines) + "\n"
    result = clean(text)
    assert clean(result.text).text == result.text
    left = sorted((f.code, f.message) for f in result.findings if not f.applied)
    assert left == sorted((f.code, f.message) for f in lint(result.text))
