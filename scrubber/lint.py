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


def run_rules(text: str, rules: Sequence[Rule]) -> list[Finding]:
    """Findings of ``rules`` on ``text``, in text coordinates, sorted by start then code."""
    page = Page(text)
    findings: list[Finding] = []
    for rule_ in rules:
        findings.extend(rule_.check(page))
    return sorted(findings, key=_sort_key)


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
    current = text
    history: list[list[Fix]] = []
    reported: list[Finding] = []
    for _ in range(max_passes):
        findings = run_rules(current, rules)
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
        current = fixer.apply(current, chosen)
        history.append(chosen)
    return CleanResult(current, tuple(reported), len(history), False, text)
