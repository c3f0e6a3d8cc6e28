from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.text import Line, LinePattern, Page

# The controls of an article split over several pages: "Page 1 of 3", "1 2 3 Next »",
# "« Previous 1 2 3 Next »", "Next page", "Continue to page 2", and the same in the
# languages most scraped ("Seite 1 von 2", "Halaman 1 dari 2", "Página siguiente").
BACK = (
    r"(?:[«‹<←]\s*)?(?:prev(?:ious)?|first|zurück|précédent|anterior|precedente|sebelumnya|poprzednia"
    r"|önceki|назад)\.?"
)
FORWARD = (
    r"(?:next|last|weiter|suivant|siguiente|próxima|successiva|selanjutnya|berikutnya|następna|sonraki"
    r"|далее|次へ|다음)\.?(?:\s*[»›>→])?"
)
PAGE_WORD = r"(?:page|seite|página|pagina|halaman|strona|sayfa|страница)"
PAGINATION_LINE = LinePattern(
    # The lookahead lets the search pass over lines that start with any other character.
    rf"""(?=[\d«‹<←pfzasöнnlwbдhсcgv下上次前다이اअप])(?:
      (?:{BACK}\s+)?\d{{1,3}}(?:\s+\d{{1,3}}){{1,12}}(?:\s*(?:…|\.\.\.)\s*\d{{1,3}})?(?:\s+{FORWARD})?
    | {BACK}(?:\s+page)?\s+{FORWARD}
    | (?:{BACK}|{FORWARD})\s+page(?:\s*[»›>→])?|(?:[«‹<←]\s*)?(?:next|previous)\s*[»›>→]|[«‹<←]\s*(?:next|previous)
    | {PAGE_WORD}\s+\d{{1,3}}\s*(?:of|von|de|di|sur|dari|z|/|из)\s*\d{{1,3}}
    | (?:continue|go)\s+to\s+page\s+\d{{1,3}}|continued\s+on\s+(?:the\s+)?next\s+page
    | nächste\s+seite|vorherige\s+seite|page\s+suivante|page\s+précédente|página\s+(?:siguiente|anterior|seguinte)
    | pagina\s+(?:successiva|precedente)|halaman\s+(?:selanjutnya|berikutnya|sebelumnya)|następna\s+strona
    | sonraki\s+sayfa|следующая\s+страница|下一页|上一页|次のページ|前のページ|次ページ|前ページ
    | 다음\s*페이지|이전\s*페이지
    | الصفحة\s+(?:التالية|السابقة)|(?:अगला|पिछला)\s+पेज)""",
    re.IGNORECASE | re.VERBOSE,
)
BARE_NUMBER_LINE = LinePattern(r"\d{1,3}")
NUMBER = re.compile(r"\d+")
# A row of numbers alone ("12 8 3 1") is as often a table's; a pager counts up one by one
# ("1 2 3", "4 5 6 … 20") or says what it is ("« Previous", "Next »", "Page").
LABELLED = re.compile(rf"{BACK}|{FORWARD}|{PAGE_WORD}|[页ペ페]", re.IGNORECASE)


def _is_pager(text: str) -> bool:
    if LABELLED.search(text):
        return True
    counted = [int(number) for number in NUMBER.findall(re.split(r"…|\.\.\.", text)[0])]
    return all(later == earlier + 1 for earlier, later in zip(counted, counted[1:], strict=False))


def _numbers_in_a_row(page: Page) -> Iterator[list[Line]]:
    """Runs of two or more lines, each a bare number one above the last: a pager saved one
    link per line ("1", "2", "3")."""
    run: list[Line] = []
    for line in page.pattern_lines(BARE_NUMBER_LINE):
        if run and line.start == run[-1].break_end and int(line.text) == int(run[-1].text) + 1:
            run.append(line)
            continue
        if len(run) >= 2:
            yield run
        run = [line]
    if len(run) >= 2:
        yield run


# What a pager puts beside its numbers: an arrow, or a previous/next link.
PAGER_CONTROL = re.compile(rf"^\s*(?:[«‹<←»›>→]+|{BACK}(?:\s+page)?|{FORWARD}(?:\s+page)?)\s*$", re.IGNORECASE)


def _is_pager_control(line: Line | None) -> bool:
    return line is not None and PAGER_CONTROL.match(line.text) is not None


@rule("N105", "pagination", scope="line")
def pagination(page: Page) -> Iterator[Hit]:
    """The pager of an article split over several pages is removed.

    "Page 1 of 3", "1 2 3 Next »", "Next page", "Seite 1 von 2" link the pages of the
    original site; saved as text they point nowhere. Only a line that is nothing but a
    pager is removed, or a run of bare numbers counting up one per line ("1", "2", "3") with
    a previous or next link or an arrow right beside it.
    A single number, or a row of numbers that do not count up ("12 8 3 1", a table's), may
    be the article's.

    Before: ``"Last paragraph of page one.\\n1 2 3 Next »\\n"``
    After:  ``"Last paragraph of page one.\\n"``
    """
    for line in page.pattern_lines(PAGINATION_LINE):
        if not _is_pager(line.text):
            continue
        start, end = page.line_removal(line)
        yield Hit(start, end, f"pager {line.stripped[:60]!r}", "")
    for run in _numbers_in_a_row(page):
        if not (_is_pager_control(page.previous_line(run[0])) or _is_pager_control(page.next_line(run[-1]))):
            continue  # numbers alone, one per line, are as often a table's column of ranks
        yield Hit(run[0].start, run[-1].break_end, f"pager of {len(run)} page numbers", "")
