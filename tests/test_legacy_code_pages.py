"""Pages in a legacy code page read as Windows-1252 (E109, E110), by property: sentences of
common words misread through their code page come back exactly when they show enough of
their alphabet, and are otherwise left as they are, never read wrongly; sentences of a
Western language, which Windows-1252 writes as it is, are never touched."""

from __future__ import annotations

import os

from hypothesis import given, settings
from hypothesis import strategies as st

from scrubber import clean

EXAMPLES = int(os.environ.get("SCRUBBER_HYPOTHESIS_EXAMPLES", "300"))
LEGACY_RULES = ["E109", "E110"]

RUSSIAN = (
    "город власти сообщили новый закон проект бюджет школа дорога жители решение вторник "
    "строительство область министр работа неделя вопрос люди районе будет было может"
).split()
GREEK = "κυβέρνηση υπουργός νέα μέτρα πόλη σχολείο δρόμος κάτοικοι απόφαση Τρίτη έργο".split()
POLISH = (
    "miasto władze poinformowały nowa ustawa budżet szkoła droga mieszkańcy decyzja wtorek "
    "będzie można było sąd żeby jeszcze już także przyjął"
).split()
# Western languages, each written in Windows-1252 as it is; a text keeps to one of them.
WESTERN = (
    "été où déjà ça très première élèves années à naïve cœur".split(),
    "über für Straße schön Mädchen Grüße größer können".split(),
    "año educación también según además niño corazón".split(),
    "não também ação informações cidade você avó".split(),
    "città perché così più già è però".split(),
    "være på skolen år Århus søndag".split(),
    "och världen år får också väg".split(),
    "valitsus kiitis järgmise eelnõu šokk väiksem tänavu".split(),  # Estonian
    "þjóðhátíð í vestmannaeyjum á föstudaginn ræða".split(),  # Icelandic
    "l'ajuntament aprovà però també després què ciutat".split(),  # Catalan
    "één geëvalueerd ruïne café financiële reünie".split(),  # Dutch
    "qeveria miratoi buxhetin për vitin e ardhshëm çështje".split(),  # Albanian
)


def _sentences(words: list[str]) -> st.SearchStrategy[str]:
    sentence = st.lists(st.sampled_from(words), min_size=4, max_size=12).map(lambda w: " ".join(w).capitalize() + ".")
    return st.lists(sentence, min_size=2, max_size=6).map(lambda s: "\n".join(s) + "\n")


def _misread(text: str, code_page: str) -> str:
    """``text`` in ``code_page``, read as Windows-1252 (Latin-1 for the bytes it leaves undefined)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode(code_page))


# A page shows its code page through its words: with this many distinct words it must come
# back; with fewer (a word repeated) it may be left as it is, but never read wrongly.
SHOWS_ITS_CODE_PAGE = 8


def _comes_back_or_stays(text: str, code_page: str) -> None:
    misread = _misread(text, code_page)
    cleaned = clean(misread, select=LEGACY_RULES).text
    if len(set(text.lower().replace(".", " ").split())) >= SHOWS_ITS_CODE_PAGE:
        assert cleaned == text
    else:
        assert cleaned in (text, misread)


@settings(max_examples=EXAMPLES, deadline=None)
@given(_sentences(RUSSIAN), st.sampled_from(["cp1251", "koi8_r"]))
def test_russian_read_as_windows_1252_comes_back(text: str, code_page: str) -> None:
    _comes_back_or_stays(text, code_page)


@settings(max_examples=EXAMPLES, deadline=None)
@given(_sentences(GREEK))
def test_greek_read_as_windows_1252_comes_back(text: str) -> None:
    _comes_back_or_stays(text, "cp1253")


@settings(max_examples=EXAMPLES, deadline=None)
@given(_sentences(POLISH), st.sampled_from(["cp1250", "iso8859_2"]))
def test_polish_read_as_windows_1252_comes_back_or_stays(text: str, code_page: str) -> None:
    # A text too short to show its code page is left as it is, never read wrongly.
    misread = _misread(text, code_page)
    assert clean(misread, select=LEGACY_RULES).text in (text, misread)


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.sampled_from(WESTERN).flatmap(_sentences))
def test_western_languages_are_never_read_again(text: str) -> None:
    assert clean(text, select=LEGACY_RULES).text == text
