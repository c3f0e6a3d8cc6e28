"""Renderers of findings: check lines, unified diffs and the JSON report. Pure: no printing."""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from scrubber.files import FileResult
from scrubber.model import Finding, Safety

REPORT_VERSION = 1


def unified_diff(path: str, before: str, after: str) -> str:
    """A unified diff from ``before`` to ``after``, labelled with ``path``."""
    lines = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True), f"{path} (original)", f"{path} (cleaned)"
    )
    out = []
    for line in lines:
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def check_line(path: str, finding: Finding) -> str:
    """``path:line:col: CODE message`` with a marker: ``[*]`` fixed by ``clean``, or a hint."""
    text = f"{path}:{finding.line}:{finding.column}: {finding.code} {finding.message}"
    if finding.applied:
        return f"{text} [*]"
    if finding.safety is Safety.UNSAFE:
        return f"{text} (hint: unsafe fix, applied with --unsafe-fixes)"
    return f"{text} (hint: no automatic fix)"


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    return {
        "code": finding.code,
        "name": finding.name,
        "message": finding.message,
        "line": finding.line,
        "column": finding.column,
        "start": finding.start,
        "end": finding.end,
        "original": finding.original,
        "replacement": finding.replacement,
        "safety": finding.safety.value if finding.safety else None,
        "applied": finding.applied,
    }


def file_to_dict(item: FileResult) -> dict[str, Any]:
    result = item.result
    return {
        "path": item.path,
        "encoding": item.decoded.encoding,
        "encoding_method": item.decoded.method,
        "encoding_confidence": round(item.decoded.confidence, 3),
        "encoding_candidates": [[name, round(confidence, 3)] for name, confidence in item.decoded.candidates],
        "changed": item.changed,
        "settled": result.settled,
        "passes": result.passes,
        "findings": [finding_to_dict(f) for f in result.findings],
        "diff": unified_diff(item.path, result.original, result.text),
    }


def counts_by_rule(items: Iterable[FileResult]) -> dict[str, int]:
    counter: Counter[str] = Counter()
    for item in items:
        counter.update(f"{f.code} {f.name}" for f in item.result.findings)
    return dict(sorted(counter.items()))


def report(items: Sequence[FileResult], errors: Sequence[str]) -> dict[str, Any]:
    """The JSON report of a run (see the README for its fields)."""
    return {
        "version": REPORT_VERSION,
        "files": [file_to_dict(item) for item in items],
        "errors": list(errors),
        "summary": {
            "files": len(items),
            "changed": sum(item.changed for item in items),
            "errors": len(errors),
            "findings": sum(len(item.result.findings) for item in items),
            "applied": sum(len(item.result.applied) for item in items),
            "by_rule": counts_by_rule(items),
        },
    }
