"""Invariants over generated texts: cleaning is idempotent and never adds a word."""

from __future__ import annotations

import os
import re
from collections import Counter

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from scrubber import clean, lint
from scrubber.dedupe import fingerprint

# CI runs a short profile; SCRUBBER_HYPOTHESIS_EXAMPLES=10000 runs the long one.
EXAMPLES = int(os.environ.get("SCRUBBER_HYPOTHESIS_EXAMPLES", "300"))
WORD = re.compile(r"\w+")

# Pieces that exercise every rule: words that stutter, headline copies, stamps, captions,
# odd spaces and line breaks.
PIECES = [
    "the",
    "The",
    "number",
    "of",
    "militants",
    "had",
    "that",
    "Bora",
    "New York,",
    "no,",
    "1,500",
    "and on",
    "Title line",
    "2 min read",
    "Listen to this article",
    "08 December, 2016",
    "Updated Nov 19, 6:55 AM",
    "[Getty]",
    "(AP Photo/Jane Roe)",
    "Photo: Reuters",
    "© Reuters / John Doe",
    "Credit... A. Person",
    "By",
    "Jane Doe",
    "Posted by Jane Doe on November 19, 2019, 6:21 AM EST",
    "sexta-feira, 22 de outubro de 2010",
    "Home News",
    "Title line | The Gazette",
    "Share",
    "diet tips",
    "Tags",
    "Mars 2020",
    ".",
    ",",
    "?",
    " ",
    "  ",
    "\t",
    "\u00a0",
    "\u202f",
    "\n",
    "\n\n",
    "\n\n\n",
    "\r\n",
    "\r",
    "Hundreds of militants could be regrouping inside the country to carry out attacks.",
    "Ãîñóäàðñòâåííàÿ äóìà ïðèíÿëà çàêîí",  # Russian in Windows-1251 read as Windows-1252 (E109)
    "Óêðà¿íà",
    "Sejm przyj¹³ ustawê, która by³a ju¿ gotowa",  # Polish in Windows-1250 read as Windows-1252 (E110)
]
article_like = st.lists(st.sampled_from(PIECES), max_size=60).map(lambda parts: " ".join(parts))
any_text = st.one_of(article_like, st.text(max_size=300))


def _words(text: str) -> Counter[str]:
    return Counter(WORD.findall(text))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text, st.booleans())
def test_clean_is_idempotent(text: str, unsafe: bool) -> None:
    once = clean(text, unsafe_fixes=unsafe)
    assert once.settled
    assert clean(once.text, unsafe_fixes=unsafe).text == once.text


# Rules that repair characters rather than remove residue: "cafÃ©" becomes "café",
# "caf&eacute;" becomes "café" and "extra\u00adordinary" becomes "extraordinary": a word
# that was not there before, by design. So does dropping a zero-width character from inside
# a word ("0\u200b0", and "0\ufeff0" with a byte-order mark, which the long profile found):
# the word the reader saw was "00" all along. So does joining a drop cap to its word ("T he"
# becomes "The"). So does reading a misread page again ("Óêðà¿íà", two words, is "Україна").
CHARACTER_REPAIRS = ["E101", "E102", "E103", "E104", "E105", "E108", "E109", "E110", "W106"]


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text, st.booleans())
@example("0\ufeff0", False)  # found by the long profile; E105's repair, listed above
def test_removal_rules_never_add_a_word(text: str, unsafe: bool) -> None:
    added = _words(clean(text, unsafe_fixes=unsafe, ignore=CHARACTER_REPAIRS).text) - _words(text)
    assert not added, f"clean added words {added}"


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
@example("the   the \t \n\n the")  # found by the long profile: S101 missed a stutter across a run of spaces
def test_cleaned_text_has_no_applicable_findings(text: str) -> None:
    cleaned = clean(text).text
    assert all(f.fix is None or f.fix.safety.value == "unsafe" for f in lint(cleaned))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_windowed_passes_match_full_relint(text: str) -> None:
    # The engine re-examines only touched lines on later passes; its result must be a text
    # on which a full lint finds nothing left to apply.
    result = clean(text)
    assert [f for f in lint(result.text) if f.fix and f.fix.safety.value == "safe"] == []


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "c", ""]), max_size=40), st.integers(min_value=2, max_value=6))
def test_stutter_run_search_matches_brute_force(tokens: list[str], distance: int) -> None:
    from scrubber.rules.s101_stuttered_phrase import _runs_at_distance

    expected = {
        i
        for i in range(len(tokens) - 2 * distance + 1)
        if tokens[i : i + distance] == tokens[i + distance : i + 2 * distance]
    }
    assert set(_runs_at_distance(tokens, distance)) == expected


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_dedupe_reads_the_same_words_in_ascii_text_by_its_fast_pattern(text: str) -> None:
    assert fingerprint.ASCII_WORD.findall(text) == fingerprint.WORD.findall(text)
