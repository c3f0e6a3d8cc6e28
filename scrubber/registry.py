"""The rule table: the ``@rule`` decorator and selection of rules by code prefix."""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from scrubber.errors import UnknownRuleError
from scrubber.model import Finding, Fix, Safety
from scrubber.text import Page

CODE = re.compile(r"^[A-Z][0-9]{3}$")
NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Hit:
    """What a rule function yields: a span, a message, and optionally its replacement."""

    start: int
    end: int
    message: str
    replacement: str | None = None
    safety: Safety | None = None  # None: the rule's own safety


RuleFunction = Callable[[Page], Iterable[Hit]]


# What a rule's findings on a line depend on. "line": that line's own text (so after a fix,
# only the lines it touched need another look); "layout": the spacing of the whole text, in
# one cheap scan (blank-line runs, the final newline: the usual follow-ups of a removal);
# "page": anything in the text.
SCOPES = ("line", "layout", "page")


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    safety: Safety
    function: RuleFunction
    scope: str = "page"
    #: Its fixes wait for a pass in which no other rule has a fix to apply (see ``rule``).
    defer: bool = False
    #: Its fixes are applied in a pass of their own, before any other rule's (see ``rule``).
    early: bool = False

    @property
    def doc(self) -> str:
        return inspect.cleandoc(self.function.__doc__ or "")

    @property
    def summary(self) -> str:
        return self.doc.split("\n", 1)[0]

    @property
    def module(self) -> str:
        return self.function.__module__

    def check(self, page: Page) -> list[Finding]:
        findings = []
        for hit in self.function(page):
            fix = None
            if hit.replacement is not None:
                fix = Fix(hit.start, hit.end, hit.replacement, hit.safety or self.safety)
            findings.append(Finding(self.code, self.name, hit.message, hit.start, hit.end, fix))
        return findings


_RULES: dict[str, Rule] = {}
_LOADED: list[bool] = []  # becomes [True] once every module in scrubber.rules is imported


def rule(
    code: str,
    name: str,
    *,
    safety: Safety = Safety.SAFE,
    scope: str = "page",
    defer: bool = False,
    early: bool = False,
) -> Callable[[RuleFunction], RuleFunction]:
    """Register a rule function under a stable ``code`` (like ``S101``) and kebab-case ``name``.

    ``safety`` is the default of its fixes; ``scope="line"`` promises that its findings on a
    line depend on that line alone and that it reads the text through ``Page.ranges``-aware
    helpers, so the engine may re-examine only the lines a fix touched. ``scope="layout"``
    marks a rule that reads the whole text's spacing in one quick scan; the engine runs it
    with the line rules while the text settles after a pass.

    ``defer=True`` marks a broad rule that should judge only what the specific rules leave:
    its fixes are applied in a pass where no other rule has one to apply, so it cannot take
    a line that another rule needs (a "Related" heading that starts a block, say). It must
    be a page rule.

    ``early=True`` marks a repair of the encoding (mojibake, invisible characters, line
    breaks): while any early rule has a fix to apply, a pass applies those alone, so the other
    rules judge lines as they read once repaired ("ØªÙ\x88Û\x8c" has capitals, and
    passed for a menu item).
    """
    if defer and scope != "page":
        raise ValueError(f"deferred rule {code} must have page scope")
    if defer and early:
        raise ValueError(f"rule {code} cannot be both deferred and early")
    if not CODE.match(code) or not NAME.match(name) or scope not in SCOPES:
        raise ValueError(f"bad rule code, name or scope: {code} {name} {scope}")

    def register(function: RuleFunction) -> RuleFunction:
        if code in _RULES and _RULES[code].function is not function:
            raise ValueError(f"rule code {code} registered twice")
        _RULES[code] = Rule(code, name, safety, function, scope, defer, early)
        return function

    return register


def _load_rule_modules() -> None:
    import scrubber.rules as package

    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{package.__name__}.{module.name}")


def all_rules() -> tuple[Rule, ...]:
    """Every registered rule, sorted by code."""
    if not _LOADED:
        _load_rule_modules()
        _LOADED.append(True)
    return tuple(sorted(_RULES.values(), key=lambda r: r.code))


def _matches(rule_: Rule, selector: str) -> bool:
    return rule_.code.startswith(selector.upper()) or rule_.name == selector.lower() or selector.upper() == "ALL"


def select_rules(select: Sequence[str] | None = None, ignore: Sequence[str] | None = None) -> tuple[Rule, ...]:
    """Rules whose code starts with a prefix in ``select`` (all when None) and none in ``ignore``.

    A selector that matches no rule raises :class:`UnknownRuleError`, so a typo in
    ``--select`` is reported rather than silently selecting nothing.
    """
    return _select(None if select is None else tuple(select), tuple(ignore or ()))


@functools.lru_cache(maxsize=256)
def _select(select: tuple[str, ...] | None, ignore: tuple[str, ...]) -> tuple[Rule, ...]:
    rules = all_rules()
    for selector in [*(select or ()), *(ignore or ())]:
        if not any(_matches(r, selector) for r in rules):
            raise UnknownRuleError(selector)
    chosen = [r for r in rules if select is None or any(_matches(r, s) for s in select)]
    return tuple(r for r in chosen if not any(_matches(r, s) for s in ignore or ()))


def get_rule(selector: str) -> Rule:
    for r in all_rules():
        if r.code == selector.upper() or r.name == selector.lower():
            return r
    raise UnknownRuleError(selector)
