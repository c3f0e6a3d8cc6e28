"""Exceptions the library raises; the CLI turns each into a one-line message."""

from __future__ import annotations


class ScrubberError(Exception):
    """Base class of every error scrubber raises on purpose."""


class UnknownRuleError(ScrubberError):
    def __init__(self, selector: str) -> None:
        super().__init__(f"unknown rule selector {selector!r} (see `scrubber rules` for codes and names)")
        self.selector = selector


class DecodeError(ScrubberError):
    """The input bytes could not be turned into text."""
