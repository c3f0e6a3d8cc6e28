"""The shared line tests of scrubber.text, where scripts differ: how words are counted and
when a line reads as a paragraph."""

from __future__ import annotations

import os
import textwrap
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scrubber import clean
from scrubber.text import Line, Page, ends_like_sentence, is_prose, split_lines, word_count, wrapped_paragraphs

THAI_PARAGRAPH = (
    "เกษตรกรในจังหวัดขอนแก่นและมหาสารคามจำนวนมากเริ่มเปลี่ยนจากการทำนาปรังมาปลูกพืชที่ใช้น้ำน้อย "
    "เช่น ถั่วเขียว ข้าวโพด และแตงโม หลังจากปริมาณน้ำในเขื่อนหลักของภาคอีสานลดลงต่ำกว่าร้อยละสามสิบ"
)
THAI_HEADLINE = "ชาวนาภาคอีสานหันมาปลูกพืชใช้น้ำน้อยรับมือภัยแล้ง"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council approved the budget.", 5),
        ("东京都发布新交通计划", 1 + 10 // 2),  # half a word per character
        (THAI_HEADLINE, 1 + len(THAI_HEADLINE) // 5),  # a fifth of a word per character
        ("Bangkok กรุงเทพ", 2 + 7 // 5),
    ],
)
def test_word_count_counts_unspaced_scripts_by_character(text: str, expected: int) -> None:
    assert word_count(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council approved the budget on Tuesday after a long debate that lasted all evening.", True),
        ("The council approved the budget on Tuesday after a long debate that lasted all evening", False),
        ("Council approves budget", False),
        # Thai marks no sentence end: a long line is a paragraph, a headline is not.
        (THAI_PARAGRAPH, True),
        (THAI_HEADLINE, False),
        # A right-to-left mark after the final stop does not hide it.
        ("הממשלה הודיעה ביום שלישי על תוכנית חדשה לפיתוח התחבורה הציבורית בעיר, במטרה להקל על העומס.\u200f", True),
        ("东京都は火曜日、新しい公共交通計画を発表した。今後五年間で地下鉄網を拡張する方針だ。", True),
        # Footnote markers after the stop, as encyclopedias set them, do not hide it either;
        # a Markdown link's reference after a bracket is no footnote.
        ("The bridge carried road traffic until 1987, when it was closed for repairs to its deck.[2][3]", True),
        ('The mayor called the plan "a disgrace to the city and to everyone who lives here."[4]', True),
        ("The bridge carried road traffic until 1987, when it was closed for repairs to its deck[2]", False),
        ("[Read why the council approved the budget on Tuesday after a long debate?][237]", False),
    ],
)
def test_is_prose(text: str, expected: bool) -> None:
    assert is_prose(text) is expected


# A story of three paragraphs, written for these tests, wrapped at 60 columns and saved
# double-spaced (a blank line after every line), under a slider's "Previous Next".
STORY = [
    "The harbour board voted on Tuesday to close the old fish market by the end of next "
    "year, after engineers found that the pier beneath it was sinking faster than expected.",
    "Traders who have sold from the market for decades said they had been given no say in "
    "the decision, and several asked the board to find them space elsewhere on the quay",
    "before the doors close. The board said talks with the council would begin in March.",
]


def _double_spaced(paragraphs: list[str], width: int = 60) -> str:
    return "\n\n".join(piece for paragraph in paragraphs for piece in textwrap.wrap(paragraph, width)) + "\n"


def test_double_spaced_wrapped_lines_read_as_prose() -> None:
    page = Page(_double_spaced(STORY))
    content = [index for index, line in enumerate(page.lines) if not line.is_blank]
    assert all(page.prose_flags[index] for index in content)
    assert not any(page.prose_flags[index] for index, line in enumerate(page.lines) if line.is_blank)


def test_blank_separated_headlines_are_not_a_double_spaced_paragraph() -> None:
    headlines = [
        "Council approves the budget for the coming year",
        "Storm closes county schools for a second day",
        "Library reopens after a long and costly repair",
        "Police name the driver in the bridge collision",
        "Harbour board to close the old fish market soon",
        "Ferry fares rise for the first time in ten years",
        "New bus timetable cuts the last evening service",
        "Football club signs a striker from the league",
        "Hospital opens a ward for children at last",
    ]
    page = Page("\n\n".join(headlines) + "\n")
    assert not any(page.prose_flags)


def test_a_related_heading_above_double_spaced_prose_takes_no_prose() -> None:
    text = "Previous Next\n\nBreaking News\n\n" + _double_spaced(STORY)
    cleaned = clean(text).text
    assert cleaned == _double_spaced(STORY)


def test_walk_finds_the_first_line_the_test_rejects() -> None:
    page = Page("Intro:\nEdit\nExport\nShare\n\nBody.\n")
    share = page.line_around(page.text.index("Share"))
    memo: dict[int, Line | None] = {}
    above = page.walk(share, page.previous_line, lambda line: len(line.text) < 7 and line.text != "Intro:", memo)
    assert above is not None and above.text == "Intro:"
    below = page.walk(share, page.next_line, lambda line: not line.is_blank, {})
    assert below is not None and below.is_blank
    assert page.walk(page.line_around(0), page.previous_line, lambda line: True, {}) is None


def test_walking_from_every_line_of_a_run_steps_over_each_line_about_once() -> None:
    page = Page("Intro:\n" + "item\n" * 2000)
    steps = [0]

    def previous(line: Line) -> Line | None:
        steps[0] += 1
        return page.previous_line(line)

    memo: dict[int, Line | None] = {}
    for line in page.lines[1:]:
        above = page.walk(line, previous, lambda candidate: candidate.text == "item", memo)
        assert above is not None and above.text == "Intro:"
    assert steps[0] < 2 * 2000  # walked one by one, each walk would cost its whole run


def test_iterating_lines_from_late_in_a_long_text_does_not_read_the_lines_before() -> None:
    page = Page("x\n" * 100_000)
    lines, starts = page.lines, [line.start for line in page.lines]
    reads = [0]

    class CountedLines(list[Line]):
        def __iter__(self) -> Iterator[Line]:
            for line in super().__iter__():
                reads[0] += 1
                yield line

        def __getitem__(self, index: Any) -> Any:
            reads[0] += 1
            return super().__getitem__(index)

    page._split[0] = (CountedLines(lines), starts)  # the split every rule that sees all lines makes
    last = page.line_around(len(page.text) - 1)
    reads[0] = 0
    assert list(page.iter_lines(last.start)) == [last]
    assert reads[0] <= 2  # next_content_line is asked for every line: reading from the top was quadratic


def _wrapped_paragraphs_trying_every_start(lines: list[Line], width: int, unparted: bool) -> list[tuple[int, int]]:
    """The plain reading of ``wrapped_paragraphs``: after a failed start, try the next line."""
    found, index, full = [], 0, 0.6 * width
    while index < len(lines):
        end, ended = index, False
        while not ended and end < len(lines) and not lines[end].is_blank and len(lines[end].text.rstrip()) >= full:
            end += 1
            ended = unparted and (
                ends_like_sentence(lines[end - 1].text) or (end < len(lines) and lines[end].text == lines[end - 1].text)
            )
        if not ended and end < len(lines) and not lines[end].is_blank:
            end += 1
        if end - index >= 2 and is_prose(" ".join(line.text.strip() for line in lines[index:end])):
            found.append((index, end))
            index = end
        else:
            index += 1
    return found


WRAP_TEST_LINES = st.lists(
    st.sampled_from(
        ["", "Short line.", "a full line of words that goes on to the wrap width and", "words and more words."]
        + ["the same full line of words printed twice over here", "Ends here in a full line of words, quite long."]
    ),
    max_size=30,
)


@settings(max_examples=int(os.environ.get("SCRUBBER_HYPOTHESIS_EXAMPLES", "300")), deadline=None)
@given(WRAP_TEST_LINES, st.booleans())
def test_wrapped_paragraphs_skips_only_starts_that_cannot_succeed(texts: list[str], unparted: bool) -> None:
    lines = split_lines("\n".join(texts) + "\n")
    expected = _wrapped_paragraphs_trying_every_start(lines, 60, unparted)
    assert list(wrapped_paragraphs(lines, 60, unparted=unparted)) == expected
