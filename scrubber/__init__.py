"""scrubber: find and remove scraping residue from article text, and report every change.

>>> import scrubber
>>> result = scrubber.clean("Title\\n\\nTitle\\n\\nBody text.")
>>> result.text
'Title\\n\\nBody text.\\n'
"""

from __future__ import annotations

from scrubber.errors import DecodeError, ScrubberError, UnknownRuleError
from scrubber.lint import clean, lint
from scrubber.model import CleanResult, Finding, Fix, Safety
from scrubber.registry import Rule, all_rules, get_rule

__all__ = [
    "CleanResult",
    "DecodeError",
    "Finding",
    "Fix",
    "Rule",
    "Safety",
    "ScrubberError",
    "UnknownRuleError",
    "all_rules",
    "clean",
    "get_rule",
    "lint",
]
__version__ = "0.1.0"
