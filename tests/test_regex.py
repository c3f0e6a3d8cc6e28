"""A lazily compiled pattern behaves as the compiled one and compiles only when first used."""

from __future__ import annotations

import re

from scrubber.regex import LazyPattern


def test_nothing_is_compiled_before_first_use() -> None:
    pattern = LazyPattern(r"(?P<word>\w+) (?P=word)", re.IGNORECASE)
    assert pattern._compiled is None
    assert pattern.pattern == r"(?P<word>\w+) (?P=word)"
    pattern.search("the the")
    assert pattern._compiled is not None


def test_every_method_gives_what_the_compiled_pattern_gives() -> None:
    source, flags = r"(\d+)\s*(?:min|minutes?)", re.IGNORECASE
    lazy, compiled = LazyPattern(source, flags), re.compile(source, flags)
    text = "Read: 5 MIN, or 12 minutes.\nThen 3 min"
    for start, end in [(0, len(text)), (6, 20), (8, 8)]:
        assert _found(lazy.search(text, start, end)) == _found(compiled.search(text, start, end))
        assert _found(lazy.match(text, start, end)) == _found(compiled.match(text, start, end))
        assert _found(lazy.fullmatch(text, start, end)) == _found(compiled.fullmatch(text, start, end))
        assert [m.span() for m in lazy.finditer(text, start, end)] == [
            m.span() for m in compiled.finditer(text, start, end)
        ]
        assert lazy.findall(text, start, end) == compiled.findall(text, start, end)
    assert lazy.sub("N", text) == compiled.sub("N", text)
    assert lazy.sub(lambda m: m.group(1), text, 1) == compiled.sub(lambda m: m.group(1), text, 1)
    assert lazy.split(text, 1) == compiled.split(text, 1)


def _found(match: re.Match[str] | None) -> tuple[int, int] | None:
    return match.span() if match else None
