"""The engine: run rules over a text, apply fixes until the text is stable, locate findings.

Every rule sees the same text. Repairs of the encoding come first, alone; then the fixes of
one pass are applied together (non-overlapping, left to right); then the text is linted
again, because one removal can expose another artifact (two blank lines meeting, say).
Findings of every pass are reported at their place in the *input* text.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from scrubber import fixer
from scrubber.model import CleanResult, Finding, Fix, Safety
from scrubber.options import DEFAULT_OPTIONS, RuleOptions
from scrubber.registry import Rule, select_rules
from scrubber.text import LineIndex, Page, line_and_column

# Each pass removes at least one artifact; real texts settle in two or three passes. The cap
# only guards against two rules that undo each other.
MAX_PASSES = 10


def _sort_key(finding: Finding) -> tuple[int, int, str]:
    return finding.start, -finding.end, finding.code


def run_rules(
    text: str,
    rules: Sequence[Rule],
    ranges: Sequence[tuple[int, int]] | None = None,
    options: RuleOptions = DEFAULT_OPTIONS,
) -> list[Finding]:
    """Findings of ``rules`` on ``text``, in text coordinates, sorted by start then code.

    With ``ranges``, line-scope rules look only at those lines; page rules see everything.
    """
    page = Page(text, options=options)
    partial = page.with_ranges(ranges) if ranges is not None else page
    findings: list[Finding] = []
    for rule_ in rules:
        findings.extend(rule_.check(partial if rule_.scope == "line" else page))
    return sorted(findings, key=_sort_key)


def _touched_ranges(text: str, fixes: Sequence[Fix]) -> list[tuple[int, int]]:
    """Line-aligned spans of ``text`` around ``fixes``, with the lines on either side
    (a removal joins its neighbours), merged where they meet. Where those are blank, the
    span reaches the nearest text line: in double-spaced text that is the neighbour a rule
    reads ("the the" above a copy of itself is repetition kept up, not a stutter)."""
    page = Page(text)
    spans: list[tuple[int, int]] = []
    for fix in fixes:
        if spans and fix.end < spans[-1][1]:
            continue  # several fixes on one line: its span is already there
        first = page.line_around(max(fix.start - 1, 0))
        if first.is_blank:
            first = page.previous_content_line(first) or first
        last = page.line_around(fix.end)
        if last.is_blank:
            last = page.next_content_line(last) or last
        start, end = first.start, max(last.break_end, fix.end)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


def _outside(finding: Finding, spans: Sequence[tuple[int, int]], starts: Sequence[int]) -> bool:
    """True when the finding overlaps none of the sorted, disjoint ``spans``."""
    index = bisect.bisect_right(starts, finding.start) - 1
    if index >= 0 and finding.start < spans[index][1]:
        return False
    following = index + 1
    return following >= len(spans) or finding.end <= spans[following][0]


def _carry(finding: Finding, edits: fixer.EditMap) -> Finding:
    fix = finding.fix
    if fix is not None:
        fix = Fix(edits.forward(fix.start), edits.forward(fix.end), fix.replacement, fix.safety)
    start, end = edits.forward(finding.start), edits.forward(finding.end)
    return Finding(finding.code, finding.name, finding.message, start, end, fix)


class _Locator:
    """Places findings of any pass in the input text: offsets mapped back through every pass,
    then line and column (by counting breaks for a few findings, by an index for many)."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.history: list[fixer.EditMap] = []
        self.calls = 0
        self.index: LineIndex | None = None

    def __call__(self, finding: Finding, removed: str, applied: bool = False) -> Finding:
        start, end = finding.start, finding.end
        for edits in reversed(self.history):
            start = edits.back(start)
            end = max(start, edits.back(end, is_end=True))
        self.calls += 1
        if self.index is None and self.calls > 32:
            self.index = LineIndex(self.original)
        if self.index is not None:
            line, column = self.index.locate(start)
        else:
            line, column = line_and_column(self.original, start)
        return Finding(
            finding.code, finding.name, finding.message, start, end, finding.fix, line, column, removed, applied
        )


def lint(
    text: str,
    *,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    options: RuleOptions = DEFAULT_OPTIONS,
) -> tuple[Finding, ...]:
    """Every finding of the selected rules on ``text`` as it is (nothing applied)."""
    findings = run_rules(text, select_rules(select, ignore), options=options)
    locate = _Locator(text)
    return tuple(locate(f, text[f.start : f.end]) for f in findings)


def clean(
    text: str,
    *,
    unsafe_fixes: bool = False,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    max_passes: int = MAX_PASSES,
    options: RuleOptions = DEFAULT_OPTIONS,
) -> CleanResult:
    """Clean ``text``: apply the fixes of the selected rules until nothing changes.

    Safe fixes are applied; unsafe ones only with ``unsafe_fixes``. The result holds the
    cleaned text, every applied finding, and the findings left in the cleaned text whose fix
    was not applied, all located in ``text``.

    Fixes of early rules (repairs of the encoding) are applied first, in passes of their
    own, and every rule looks again at the repaired text. Fixes of deferred rules are
    applied only in a pass where no other rule has a fix to apply. After a pass that changed
    the text, the line-scope rules look again at the lines it touched, and the layout rules
    at the spacing, until those settle (cheap: most follow-ups are blank lines meeting);
    then every rule runs once more. Only a pass of every rule that finds nothing to apply
    ends the loop, so the result is a fixed point of all rules.
    ``max_passes`` counts the passes of every rule.
    """
    rules = select_rules(select, ignore)
    line_codes = {r.code for r in rules if r.scope == "line"}
    deferred_codes = {r.code for r in rules if r.defer}
    settling_rules = tuple(r for r in rules if r.scope in ("line", "layout"))
    whole_text_rules = tuple(r for r in rules if r.scope != "line")
    locate = _Locator(text)
    reported: list[Finding] = []
    ranges: list[tuple[int, int]] | None = None
    # The encoding is repaired first, by the early rules alone; their findings on the repaired
    # text are carried into the first pass of the other rules, which need not make them again.
    early_rules = tuple(r for r in rules if r.early)
    current, carried, full_passes = _repair_encoding(
        text, early_rules, unsafe_fixes, options, locate, reported, max_passes
    )
    first_pass_rules = tuple(r for r in rules if not r.early)
    if full_passes >= max_passes:
        return CleanResult(current, tuple(reported), len(locate.history), False, text)
    settling = False  # this pass runs the line rules on the touched lines, and the layout rules
    settled = False  # the line findings are all carried: this pass runs the other rules only
    while full_passes < max_passes:
        if settling:
            fresh = run_rules(current, settling_rules, ranges, options)
        else:
            fresh = run_rules(current, whole_text_rules if settled else first_pass_rules, ranges, options)
            first_pass_rules = rules
            full_passes += 1
        findings = sorted(fresh + carried, key=_sort_key)
        allowed = _applicable(findings, unsafe_fixes)
        if deferred_codes and any(f.code not in deferred_codes for f in allowed):
            # Deferred rules wait for a pass with nothing else to apply; they are found again
            # then, on the text the other rules have left.
            allowed = [f for f in allowed if f.code not in deferred_codes]
        chosen = fixer.choose(f.fix for f in allowed if f.fix)
        if not chosen:
            if not settling:
                left = [locate(f, current[f.start : f.end]) for f in findings]
                return CleanResult(current, tuple(reported + left), len(locate.history) + 1, True, text)
            # The touched lines have settled: every rule looks at the text once more, with
            # the line findings just made carried over instead of made again.
            carried = [f for f in findings if f.code in line_codes]
            settling, settled = False, True
            continue
        taken = _report_applied(allowed, chosen, current, locate, reported)
        # Line-scope findings away from every fix stay true after it: carry them over and
        # re-examine only the touched lines on the next pass.
        touched = _touched_ranges(current, chosen)
        starts = [start for start, _ in touched]
        edits = fixer.EditMap(chosen)
        carried = [
            _carry(f, edits)
            for f in findings
            if f.code in line_codes and (f.fix is None or id(f.fix) not in taken) and _outside(f, touched, starts)
        ]
        ranges = [(edits.forward(start), edits.forward(end)) for start, end in touched]
        current = fixer.apply(current, chosen)
        locate.history.append(edits)
        settling, settled = True, False
    return CleanResult(current, tuple(reported), len(locate.history), False, text)


def _applicable(findings: Sequence[Finding], unsafe_fixes: bool) -> list[Finding]:
    """The findings whose fix may be applied: safe ones, and unsafe ones with ``unsafe_fixes``."""
    return [f for f in findings if f.fix and (unsafe_fixes or f.fix.safety is Safety.SAFE)]


def _report_applied(
    allowed: Sequence[Finding], chosen: Sequence[Fix], text: str, locate: _Locator, reported: list[Finding]
) -> set[int]:
    """Report the findings whose fixes were chosen, located in the input; the chosen fixes' ids."""
    taken = {id(fix) for fix in chosen}
    reported.extend(locate(f, text[f.start : f.end], applied=True) for f in allowed if id(f.fix) in taken)
    return taken


def _repair_encoding(
    text: str,
    early_rules: Sequence[Rule],
    unsafe_fixes: bool,
    options: RuleOptions,
    locate: _Locator,
    reported: list[Finding],
    max_passes: int,
) -> tuple[str, list[Finding], int]:
    """Apply the early rules' fixes alone until they have none: the text every other rule
    will judge, the early rules' findings on it, and the passes made that changed it."""
    passes = 0
    while early_rules and passes < max_passes:
        findings = run_rules(text, early_rules, options=options)
        allowed = _applicable(findings, unsafe_fixes)
        chosen = fixer.choose(f.fix for f in allowed if f.fix)
        if not chosen:
            return text, findings, passes
        _report_applied(allowed, chosen, text, locate, reported)
        locate.history.append(fixer.EditMap(chosen))
        text = fixer.apply(text, chosen)
        passes += 1
    return text, [], passes
