"""Clean articles stay exactly as they are: precision checked on text with nothing to remove.

``tests/clean_articles/`` holds short articles written for this project: news in many
languages and scripts (``lang-*``) and article genres whose lines look like page furniture
to a careless rule (``genre-*``): code and shell commands, lists the article introduces,
recipes, interviews and transcripts of short answers, results and fixtures, numbered steps,
subheadings (some opening like a byline), diary dates, live blogs with dated entries, a
roundup with a credit per section, a quoted chorus, a timeline, an archive column, tabloid
one-line paragraphs, a story about a newsletter. Each holds a trap a rule once fell into or
might. Every rule, safe or unsafe, must leave them byte for byte alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT

from scrubber import clean

ARTICLES = sorted((ROOT / "tests" / "clean_articles").glob("*.txt"))


def test_there_are_clean_articles_in_many_languages_and_genres() -> None:
    assert sum(p.name.startswith("lang-") for p in ARTICLES) >= 15
    assert sum(p.name.startswith("genre-") for p in ARTICLES) >= 10


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_clean_article_is_left_alone(article: Path) -> None:
    text = article.read_text(encoding="utf-8")
    result = clean(text, unsafe_fixes=True)
    assert result.text == text
    assert [f"{f.code} {f.original!r}" for f in result.findings] == []
