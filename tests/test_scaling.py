"""Costs that must grow with the text, not with its square: counted in steps, not timed
(the timings are ``benchmarks/bench_shapes.py``'s)."""

from __future__ import annotations

import tracemalloc

import pytest

from scrubber.registry import Rule, all_rules
from scrubber.rules import s101_stuttered_phrase
from scrubber.text import Page

LINES = 3000


def _rule(code: str) -> Rule:
    return next(r for r in all_rules() if r.code == code)


def _count_calls(monkeypatch: pytest.MonkeyPatch, name: str) -> list[int]:
    calls = [0]
    original = getattr(Page, name)

    def counted(self: Page, *args: object) -> object:
        calls[0] += 1
        return original(self, *args)

    monkeypatch.setattr(Page, name, counted)
    return calls


def test_share_line_reads_a_long_run_of_one_word_lines_a_few_times_over(monkeypatch: pytest.MonkeyPatch) -> None:
    # A dump of menus: every "Share" walks up its run of labels to find what introduces it.
    text = "\n".join(["Share", "News", "Home"] * (LINES // 3)) + "\n"
    steps = _count_calls(monkeypatch, "previous_line")
    findings = list(_rule("L102").check(Page(text)))
    assert len(findings) == LINES // 3
    assert steps[0] < 10 * LINES  # walked from each line anew, about LINES**2 / 6


def test_stuttered_phrase_finds_a_huge_lines_breaks_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # A text saved without line breaks, dense with repeated words: each candidate used to
    # search the whole line for the breaks around it.
    text = "Привет мир это тест " * LINES
    lookups = _count_calls(monkeypatch, "line_around")
    list(_rule("S101").check(Page(text)))
    assert lookups[0] < 10


def test_stuttered_phrase_finds_the_same_in_small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [f"Line {i} put the number the number of boats at {i}." for i in range(200)]
    text = "\n".join(lines) + "\n\nThe the end.\n"
    whole = [(h.start, h.end, h.message) for h in _rule("S101").check(Page(text))]
    monkeypatch.setattr(s101_stuttered_phrase, "PIECE_CHARS", 64)
    assert len(list(s101_stuttered_phrase._pieces(text, [(0, len(text))]))) > 100
    assert [(h.start, h.end, h.message) for h in _rule("S101").check(Page(text))] == whole
    assert len(whole) == 201


def test_stuttered_phrase_memory_stays_a_small_multiple_of_a_long_text() -> None:
    text = "\n\n".join(f"Paragraph {i} of the report says the council met on the day it said." for i in range(30000))
    tracemalloc.start()
    try:
        list(_rule("S101").check(Page(text)))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 * len(text)  # with the token lists of the whole text at once: 19 times


def test_stuttered_phrase_does_not_pair_the_empty_tokens_of_blank_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    # Empty tokens all match: a run of blank lines made candidates at every distance, to be
    # thrown away one by one afterwards.
    found: list[int] = []
    original = s101_stuttered_phrase._repeat_starts

    def recorded(tokens: list[str]) -> list[int]:
        starts = original(tokens)
        found.extend(starts)
        return starts

    monkeypatch.setattr(s101_stuttered_phrase, "_repeat_starts", recorded)
    text = "Title\n" + "\n" * 10_000 + "Body of the the text.\n"
    hits = list(_rule("S101").check(Page(text)))
    assert [h.message for h in hits] == ["stuttered phrase 'the'"]
    assert len(found) < 10


def test_a_pages_english_share_is_counted_without_its_whole_word_list(monkeypatch: pytest.MonkeyPatch) -> None:
    english = "\n".join(f"Line {i} says the council met on the day it said." for i in range(40000))
    swahili = "\n".join(f"Mstari {i} pole pole wanafunzi walifika shuleni mapema leo." for i in range(200))
    assert s101_stuttered_phrase._page_reads_as_english(english)
    assert not s101_stuttered_phrase._page_reads_as_english(swahili)
    monkeypatch.setattr(s101_stuttered_phrase, "PIECE_CHARS", 100)  # many pieces: the same answers
    assert s101_stuttered_phrase._page_reads_as_english(english)
    assert not s101_stuttered_phrase._page_reads_as_english(swahili)
    monkeypatch.undo()
    tracemalloc.start()
    try:
        s101_stuttered_phrase._page_reads_as_english(english)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 2 * len(english)  # the whole text's word list at once: 13 times its size
