"""The engine: run rules over a text, apply fixes until the text is stable, locate findings.

Every rule sees the same text. The fixes of one pass are applied together (non-overlapping,
left to right); then the text is linted again, because one removal can expose another
artifact (two blank lines meeting, say). Findings of every pass are reported at their place
in the *input* text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from scrubber import fixer
from scrubber.model import CleanResult, Finding, Fix, Safety
from scrubber.registry import Rule, select_rules
from scrubber.text import Page, line_and_column

# Each pass removes at least one artifact; real texts settle in two or three passes. The cap
# only guards against two rules that undo each other.
MAX_PASSES = 10


def _sort_key(finding: Finding) -> tuple[int, int, str]:
    return finding.start, -finding.end, finding.code


def run_rules(text: str, rules: Sequence[Rule], ranges: Sequence[tuple[int, int]] | None = None) -> list[Finding]:
    """Findings of ``rules`` on ``text``, in text coordinates, sorted by start then code.

    With ``ranges``, line-scope rules look only at those lines; page rules see everything.
    """
    page = Page(text)
    partial = page.with_ranges(ranges) if ranges is not None else page
    findings: list[Finding] = []
    for rule_ in rules:
        findings.extend(rule_.check(partial if rule_.scope == "line" else page))
    return sorted(findings, key=_sort_key)


def _touched_ranges(text: str, fixes: Sequence[Fix]) -> list[tuple[int, int]]:
    """Line-aligned spans of ``text`` around ``fixes``, with the lines on either side
    (a removal joins its neighbours), merged where they meet."""
    page = Page(text)
    spans: list[tuple[int, int]] = []
    for fix in fixes:
        first = page.line_around(max(fix.start - 1, 0))
        last = page.line_around(fix.end)
        start, end = first.start, max(last.break_end, fix.end)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


def _shift(offset: int, fixes: Sequence[Fix]) -> int:
    """Where an offset outside every fix lands after ``fixes`` are applied."""
    delta = 0
    for fix in fixes:
        if fix.end > offset:
            break
        delta += len(fix.replacement) - (fix.end - fix.start)
    return offset + delta


def _outside(finding: Finding, spans: Sequence[tuple[int, int]]) -> bool:
    return all(finding.end <= start or finding.start >= end for start, end in spans)


def _carry(finding: Finding, fixes: Sequence[Fix]) -> Finding:
    start, end = _shift(finding.start, fixes), _shift(finding.end, fixes)
    fix = finding.fix
    if fix is not None:
        fix = replace(fix, start=_shift(fix.start, fixes), end=_shift(fix.end, fixes))
    return replace(finding, start=start, end=end, fix=fix)


def _locate(finding: Finding, original: str, history: Sequence[Sequence[Fix]], removed: str) -> Finding:
    start, end = finding.start, finding.end
    for fixes in reversed(history):
        start = fixer.map_back(start, fixes)
        end = max(start, fixer.map_back(end, fixes, is_end=True))
    line, column = line_and_column(original, start)
    return replace(finding, start=start, end=end, line=line, column=column, original=removed)


def lint(text: str, *, select: Sequence[str] | None = None, ignore: Sequence[str] | None = None) -> tuple[Finding, ...]:
    """Every finding of the selected rules on ``text`` as it is (nothing applied)."""
    findings = run_rules(text, select_rules(select, ignore))
    return tuple(_locate(f, text, (), text[f.start : f.end]) for f in findings)


def clean(
    text: str,
    *,
    unsafe_fixes: bool = False,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    max_passes: int = MAX_PASSES,
) -> CleanResult:
    """Clean ``text``: apply the fixes of the selected rules until nothing changes.

    Safe fixes are applied; unsafe ones only with ``unsafe_fixes``. The result holds the
    cleaned text, every applied finding, and the findings left in the cleaned text whose fix
    was not applied, all located in ``text``.
    """
    rules = select_rules(select, ignore)
    line_codes = {r.code for r in rules if r.scope == "line"}
    current = text
    history: list[list[Fix]] = []
    reported: list[Finding] = []
    ranges: list[tuple[int, int]] | None = None
    carried: list[Finding] = []
    for _ in range(max_passes):
        findings = sorted(run_rules(current, rules, ranges) + carried, key=_sort_key)
        allowed = [f for f in findings if f.fix and (unsafe_fixes or f.fix.safety is Safety.SAFE)]
        chosen = fixer.choose(f.fix for f in allowed if f.fix)
        if not chosen:
            left = [_locate(f, text, history, current[f.start : f.end]) for f in findings]
            return CleanResult(current, tuple(reported + left), len(history) + 1, True, text)
        taken = {id(fix) for fix in chosen}
        for finding in allowed:
            if id(finding.fix) in taken:
                located = _locate(finding, text, history, current[finding.start : finding.end])
                reported.append(replace(located, applied=True))
        # Line-scope findings away from every fix stay true after it: carry them over and
        # re-examine only the touched lines on the next pass.
        touched = _touched_ranges(current, chosen)
        carried = [
            _carry(f, chosen)
            for f in findings
            if f.code in line_codes and (f.fix is None or id(f.fix) not in taken) and _outside(f, touched)
        ]
        ranges = [(_shift(start, chosen), _shift(end, chosen)) for start, end in touched]
        current = fixer.apply(current, chosen)
        history.append(chosen)
    return CleanResult(current, tuple(reported), len(history), False, text)
