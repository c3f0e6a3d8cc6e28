"""Options that rules read: user line patterns (X101), and more as rules need them.

Frozen and picklable, so a cleaning job with options can run in a worker process. Patterns
are compiled when the options are made; a bad one raises :class:`PatternError` naming it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from scrubber.errors import ScrubberError


class PatternError(ScrubberError):
    def __init__(self, pattern: str, reason: str, source: str = "") -> None:
        where = f" (from {source})" if source else ""
        super().__init__(f"bad pattern {pattern!r}{where}: {reason}; fix the regular expression")
        self.pattern = pattern


@dataclass(frozen=True)
class RuleOptions:
    """``patterns``: regular expressions; a line in which one matches is removed by X101.
    ``boilerplate``: learned boilerplate lines (spacing folded), removed by B101."""

    patterns: tuple[re.Pattern[str], ...] = field(default=())
    boilerplate: frozenset[str] = field(default=frozenset())

    @classmethod
    def build(
        cls, patterns: Iterable[str] = (), *, source: str = "", boilerplate: frozenset[str] = frozenset()
    ) -> RuleOptions:
        compiled = []
        for pattern in patterns:
            try:
                compiled.append(re.compile(pattern))
            except re.error as error:
                raise PatternError(pattern, str(error), source) from None
        return cls(patterns=tuple(compiled), boilerplate=boilerplate)


DEFAULT_OPTIONS = RuleOptions()
