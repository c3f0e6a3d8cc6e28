"""Baselines: record today's findings, then report only new ones.

Text files have no comments to suppress a finding inline, so a baseline file lists the
findings to accept. A finding is identified by content, not position: its path, rule code
and the text it covers (hashed), counted, so a line moving up or down does not bring an
accepted finding back, while a second occurrence of the same artifact is new.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from scrubber.errors import ScrubberError
from scrubber.files import FileResult
from scrubber.model import CleanResult, Finding

VERSION = 1


class BaselineError(ScrubberError):
    """A baseline file cannot be read."""


def finding_key(path: str, finding: Finding) -> tuple[str, str, str]:
    digest = hashlib.sha256(finding.original.encode("utf-8")).hexdigest()[:16]
    return path, finding.code, digest


def write_baseline(items: Iterable[FileResult], path: Path) -> int:
    counts: Counter[tuple[str, str, str]] = Counter(
        finding_key(item.path, finding) for item in items for finding in item.result.findings
    )
    entries = [
        {"path": key[0], "code": key[1], "content": key[2], "count": count} for key, count in sorted(counts.items())
    ]
    path.write_text(json.dumps({"version": VERSION, "entries": entries}, indent=1) + "\n", encoding="utf-8")
    return sum(counts.values())


def load_baseline(path: Path) -> Counter[tuple[str, str, str]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Counter({(e["path"], e["code"], e["content"]): int(e["count"]) for e in data["entries"]})
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise BaselineError(f"{path}: not a scrubber baseline ({error}); write one with --write-baseline") from None


def without_baseline(items: Sequence[FileResult], baseline: Counter[tuple[str, str, str]]) -> list[FileResult]:
    """The results with every finding the baseline accepts taken out (each entry accepts
    as many findings as its count)."""
    remaining = Counter(baseline)
    filtered = []
    for item in items:
        kept: list[Finding] = []
        for finding in item.result.findings:
            key = finding_key(item.path, finding)
            if remaining[key] > 0:
                remaining[key] -= 1
            else:
                kept.append(finding)
        result: CleanResult = replace(item.result, findings=tuple(kept))
        filtered.append(replace(item, result=result))
    return filtered
