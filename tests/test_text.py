"""The shared line tests of scrubber.text, where scripts differ: how words are counted and
when a line reads as a paragraph."""

from __future__ import annotations

import pytest

from scrubber.text import is_prose, word_count

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
    ],
)
def test_is_prose(text: str, expected: bool) -> None:
    assert is_prose(text) is expected
