"""E101's findings say what showed each repair: ftfy's judgement of the line (no note), the
page's code page, a foreign letter inside a Latin word, or a misread typographic sign."""

from __future__ import annotations

from scrubber import clean


def _messages(text: str) -> list[str]:
    return [f.message for f in clean(text, select=["E101"]).findings if f.code == "E101"]


def test_a_repair_through_the_pages_code_page_says_so() -> None:
    page = "Rzeczpospolita\n\nRzÄ…d zmienia plan. Ministrowie siÄ™ zgodzili, Å¼e bÄ™dzie lepiej.\n"
    assert any(message.endswith("(as the rest of the page)") for message in _messages(page))


def test_a_letter_inside_a_latin_word_is_named_as_the_evidence() -> None:
    assert _messages("Day 2: BelГ©m and the river\n") == ["mojibake 'Г©' -> 'é' (a foreign letter inside a Latin word)"]


def test_a_misread_dash_alone_carries_no_note() -> None:
    assert _messages("Sir, β€” The new bus timetable has cut the last service.\n") == ["mojibake 'β€”' -> '—'"]
