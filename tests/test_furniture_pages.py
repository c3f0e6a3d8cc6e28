"""A news page in each of fifty languages, with the furniture news sites print around a
story (breadcrumb, byline, stamps, reading time, share and copy-link buttons, an ad label, a
read-also link, a related block, comments, a newsletter prompt, copyright and footer links),
comes out as its headline and its three paragraphs. The pages were written for this project;
each expected output was checked to hold exactly those four lines."""

from __future__ import annotations

from pathlib import Path

import ftfy.bad_codecs  # noqa: F401  (registers the "sloppy" code pages used below)
import pytest

from scrubber import clean
from scrubber.decode import decode

PAGES = Path(__file__).resolve().parent / "furniture_pages"
LANGUAGES = sorted(path.stem for path in PAGES.glob("*.txt") if not path.stem.endswith(".clean"))


def test_there_is_a_page_per_language() -> None:
    assert len(LANGUAGES) >= 50


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("unsafe", [False, True], ids=["safe", "unsafe"])
def test_page_comes_out_as_its_story(language: str, unsafe: bool) -> None:
    page = (PAGES / f"{language}.txt").read_text(encoding="utf-8")
    expected = (PAGES / f"{language}.clean.txt").read_text(encoding="utf-8")
    assert clean(page, unsafe_fixes=unsafe).text == expected
    assert len([line for line in expected.splitlines() if line.strip()]) == 4


# How page titles join the heading and the site's name; the first four with spaces around
# them, the full-width bar, the underscore and the ideograph bar without (Chinese and
# Japanese sites), and the heading in lenticular brackets.
TITLE_FORMS = [
    "{heading} | Daily Post",
    "Daily Post » {heading}",
    "{heading} - Daily Post",
    "{heading} / Daily Post",
    "{heading}｜デイリー",
    "{heading}_每日新闻",
    "{heading}丨每日新闻",
    "【{heading}】每日新闻",
]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("title_form", TITLE_FORMS)
def test_saved_page_title_stays_and_its_heading_copy_goes(language: str, title_form: str) -> None:
    """Saved the way the bench saves pages (the page's title line, then the article with its
    heading), the page keeps the title and loses the heading's copy."""
    page = (PAGES / f"{language}.txt").read_text(encoding="utf-8")
    expected = (PAGES / f"{language}.clean.txt").read_text(encoding="utf-8")
    heading, story = page.split("\n\n", 1)
    title = title_form.format(heading=heading)
    cleaned = clean(f"{title}\n\n{heading}\n{story}").text
    assert cleaned == f"{title}\n\n{expected.split(chr(10) * 2, 1)[1]}"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("misread_as", ["sloppy-windows-1252", "latin-1"])
def test_page_misread_as_a_legacy_code_page_comes_out_as_its_story(language: str, misread_as: str) -> None:
    """The commonest damage of a saved page, its UTF-8 read as Windows-1252 or Latin-1, is
    repaired and the furniture then found as on the intact page."""
    page = (PAGES / f"{language}.txt").read_text(encoding="utf-8")
    expected = (PAGES / f"{language}.clean.txt").read_text(encoding="utf-8")
    assert clean(page.encode("utf-8").decode(misread_as)).text == expected


# Each page saved in a legacy encoding of its language (the signs some of them lack, © and ›,
# written as "(c)" and ">"), as older sites and archives still serve them.
LEGACY_ENCODINGS = {
    "ar": "cp1256",
    "bg": "cp1251",
    "ca": "cp1252",
    "cs": "iso-8859-2",
    "de": "cp1252",
    "el": "cp1253",
    "et": "cp1257",
    "he": "cp1255",
    "hi": "utf-16",
    "ja": "shift_jis",
    "ko": "euc_kr",
    "lt": "cp1257",
    "lv": "cp1257",
    "pl": "cp1250",
    "ru": "koi8-r",
    "sk": "cp1250",
    "sr": "cp1251",
    "th": "tis-620",
    "tr": "cp1254",
    "uk": "cp1251",
    "zh": "gb18030",
}


@pytest.mark.parametrize(("language", "encoding"), sorted(LEGACY_ENCODINGS.items()))
def test_page_in_a_legacy_encoding_is_read_and_cleaned_the_same(language: str, encoding: str) -> None:
    page = (PAGES / f"{language}.txt").read_text(encoding="utf-8").replace("©", "(c)").replace("›", ">")
    decoded = decode(page.encode(encoding))
    assert decoded.text == page, f"read as {decoded.describe()}"
    assert clean(decoded.text).text == clean(page).text


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("unsafe", [False, True], ids=["safe", "unsafe"])
def test_page_with_old_mac_line_breaks_comes_out_as_its_story(language: str, unsafe: bool) -> None:
    # Line breaks are repaired before any other rule judges a line, as every encoding repair is.
    page = (PAGES / f"{language}.txt").read_text(encoding="utf-8").replace("\n", "\r")
    expected = (PAGES / f"{language}.clean.txt").read_text(encoding="utf-8")
    assert clean(page, unsafe_fixes=unsafe).text == expected
