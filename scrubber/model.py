"""Immutable data that flows through scrubber: edits, fixes, findings and results.

Offsets are character offsets into the text a rule was given; line and column are
filled in only when a finding is reported (see :mod:`scrubber.lint`).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Safety(str, enum.Enum):
    """How sure a fix is to remove only residue.

    ``SAFE`` fixes are applied by default. ``UNSAFE`` fixes are judged by heuristics that
    could delete real content on some site; they are reported always and applied only when
    the caller opts in (``unsafe_fixes=True`` / ``--unsafe-fixes``).
    """

    SAFE = "safe"
    UNSAFE = "unsafe"


@dataclass(frozen=True)
class Fix:
    """Replace ``text[start:end]`` with ``replacement``."""

    start: int
    end: int
    replacement: str
    safety: Safety = Safety.SAFE


@dataclass(frozen=True)
class Finding:
    """One artifact found by one rule.

    ``start``/``end`` locate the artifact; ``fix`` (optional) says how to remove it.
    The fields after ``fix`` are filled in by the engine: where the finding sits in the
    *input* text (``line``/``column`` are 1-based), the input text the fix removes or
    replaces (``original``), and whether the fix was applied.
    """

    code: str
    name: str
    message: str
    start: int
    end: int
    fix: Fix | None = None
    line: int = 0
    column: int = 0
    original: str = ""
    applied: bool = False

    @property
    def safety(self) -> Safety | None:
        return self.fix.safety if self.fix else None

    @property
    def replacement(self) -> str | None:
        return self.fix.replacement if self.fix else None

    @property
    def fixable(self) -> bool:
        return self.fix is not None


@dataclass(frozen=True)
class CleanResult:
    """The outcome of :func:`scrubber.clean` on one text.

    ``findings`` holds every applied fix (in input coordinates, in order) followed by the
    findings that remain in the cleaned text but were not applied (unsafe fixes without
    ``unsafe_fixes``, or findings without a fix). ``settled`` is False when the fix loop
    hit its pass limit before the text stopped changing.
    """

    text: str
    findings: tuple[Finding, ...]
    passes: int
    settled: bool = True
    original: str = field(default="", repr=False)

    @property
    def changed(self) -> bool:
        return self.text != self.original

    @property
    def applied(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.applied)
