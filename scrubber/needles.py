"""Marker words that rules look for, found for every rule in one scan of a text.

A rule whose markers always contain a fixed word ("share", "newsletter", "©") declares them
as ``Needles`` and asks ``Page.lines_containing`` for the lines holding any of them. Searching
each word with ``str.find`` costs a pass over the page per word (well over a hundred passes
for the default rules); an Aho-Corasick automaton over every rule's words finds all of them in
a single pass, about five times faster on the benchmark pages.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

import ahocorasick  # type: ignore[import-not-found]


class Needles:
    """A rule's lower-case marker words, registered for the shared scan (make them at import).

    Lines are searched case-insensitively through the page's lower-cased text, so a needle
    with an upper-case letter could never be found: it is refused.
    """

    def __init__(self, needles: Iterable[str]) -> None:
        self.words = tuple(needles)
        for word in self.words:
            if not word or word != word.lower() or "\n" in word or "\r" in word:
                raise ValueError(f"needle must be lower-case text within a line: {word!r}")
        self.index = len(_REGISTERED)
        _REGISTERED.append(self)
        _automaton.clear()  # built again, with these words, at the next scan

    def __iter__(self) -> Iterator[str]:
        return iter(self.words)

    def __repr__(self) -> str:
        return f"Needles({self.words!r})"


_REGISTERED: list[Needles] = []
# The automaton of every registered needle; each word maps to (its length - 1, the indexes
# of the needle sets that hold it). Built on first use in each process.
_automaton: list[ahocorasick.Automaton] = []


def _build() -> ahocorasick.Automaton:
    owners: dict[str, list[int]] = {}
    for needles in _REGISTERED:
        for word in needles.words:
            owners.setdefault(word, []).append(needles.index)
    automaton = ahocorasick.Automaton()
    for word, indexes in owners.items():
        automaton.add_word(word, (len(word) - 1, tuple(sorted(set(indexes)))))
    automaton.make_automaton()
    return automaton


def scan(lowered: str, ranges: Sequence[tuple[int, int]]) -> list[list[int]]:
    """For each registered needle set (by its ``index``), the sorted start offsets within
    ``ranges`` where one of its words occurs wholly inside a range."""
    if not _automaton:
        _automaton.append(_build())
    automaton = _automaton[0]
    hits: list[list[int]] = [[] for _ in _REGISTERED]
    if not len(automaton):
        return hits
    for start, end in ranges:
        # A slice, not iter(lowered, start, end): that reads the whole text on every call,
        # which over the many small ranges of a re-examination is quadratic.
        piece = lowered if (start, end) == (0, len(lowered)) else lowered[start:end]
        for last, (back, indexes) in automaton.iter(piece):
            for index in indexes:
                hits[index].append(start + last - back)
    for offsets in hits:
        offsets.sort()
    return hits
