"""A news page in each of twenty-seven languages, with the furniture news sites print around a
story (breadcrumb, byline, stamps, reading time, share and copy-link buttons, an ad label, a
read-also link, a related block, comments, a newsletter prompt, copyright and footer links),
comes out as its headline and its three paragraphs. The pages were written for this project;
each expected output was checked to hold exactly those four lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrubber import clean

PAGES = Path(__file__).resolve().parent / "furniture_pages"
LANGUAGES = sorted(path.stem for path in PAGES.glob("*.txt") if not path.stem.endswith(".clean"))


def test_there_is_a_page_per_language() -> None:
    assert len(LANGUAGES) >= 27


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("unsafe", [False, True], ids=["safe", "unsafe"])
def test_page_comes_out_as_its_story(language: str, unsafe: bool) -> None:
    page = (PAGES / f"{language}.txt").read_text(encoding="utf-8")
    expected = (PAGES / f"{language}.clean.txt").read_text(encoding="utf-8")
    assert clean(page, unsafe_fixes=unsafe).text == expected
    assert len([line for line in expected.splitlines() if line.strip()]) == 4
