"""H101 tests a line for a separator character before splitting it with its patterns; the
quick test must hold every character those patterns can match, or titles go unsplit."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from scrubber.rules.h101_duplicated_headline import SEPARATOR_CHARACTERS, SITE_SEPARATOR, TITLE_PART_SEPARATOR


@given(st.from_regex(TITLE_PART_SEPARATOR.compiled, fullmatch=True))
def test_every_title_separator_holds_a_separator_character(separator: str) -> None:
    assert not SEPARATOR_CHARACTERS.isdisjoint(separator), separator


@given(st.from_regex(SITE_SEPARATOR.compiled, fullmatch=True))
def test_every_site_separator_holds_a_separator_character(separator: str) -> None:
    assert not SEPARATOR_CHARACTERS.isdisjoint(separator), separator
