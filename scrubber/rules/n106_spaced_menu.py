from __future__ import annotations

from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.rules.n101_navigation_run import is_list_item, menu_runs, signs_off
from scrubber.shapes import is_menu_item, precedes_closing_sentence
from scrubber.text import Line, Page

# Short lines one to a paragraph are also how a page sets out a section label, a byline and
# a place above the story: a spaced-out menu takes four items.
MIN_ITEMS = 4


@rule("N106", "spaced-menu", defer=True)
def spaced_menu(page: Page) -> Iterator[Hit]:
    """A menu whose plain items stand one to a paragraph, before or after the article, is removed.

    Converters that end every line with a blank one (and pages that set each link of a menu
    as a paragraph) space a menu out: "Home", blank, "News", blank, "Sport". Four such items
    in a row (one to four capitalised words each, no sentence ending), all above the first
    paragraph of prose or all below the last, are removed; three may be a section label, a
    byline and a place. Left alone: such a list among the paragraphs, one the article
    introduces ("They are:"), one it closes on with a short sentence after, and a sender's
    block under a letter. The rule waits for the other rules' fixes: a spaced-out menu may
    end with the heading of a block they remove whole ("Trending" above its headlines).

    Before::

        Headline

        Home

        News

        Sport

        Weather

        The story begins with a long sentence of prose here, as articles do.

    After::

        Headline

        The story begins with a long sentence of prose here, as articles do.
    """
    lines = page.lines
    runs: list[tuple[int, int]] | None = None
    for run in _spaced_runs(lines, page.headline):
        if len(run) < MIN_ITEMS or page.follows_list_introduction(run[0]):
            continue
        zones = {page.zone(line) for line in run}
        if zones == {"footer"}:
            runs = list(menu_runs(lines)) if runs is None else runs
            if precedes_closing_sentence(page, run[-1]) or signs_off(page, lines, runs, run):
                continue
        elif zones != {"header"}:
            continue
        start, end = _removal(page, run)
        yield Hit(start, end, f"menu of {len(run)} items, spaced out", "")


def _removal(page: Page, run: list[Line]) -> tuple[int, int]:
    """The span that deletes the run and one blank line beside it (the one before, at the
    text's end), so the paragraphs around are spaced as before."""
    after = page.next_line(run[-1])
    if after is not None:
        return run[0].start, after.break_end  # a blank line: a run item stands alone
    before = page.previous_line(run[0])
    return (before.start if before is not None else run[0].start), run[-1].break_end


def _spaced_runs(lines: list[Line], headline: Line | None) -> Iterator[list[Line]]:
    """Runs of plain menu items, each alone between single blank lines. (List items spaced
    out, "* Sport" or "[Sport](...)", are N101's runs already.)"""
    index = 0
    while index < len(lines):
        run: list[Line] = []
        while _is_spaced_item(lines, index, headline):
            run.append(lines[index])
            index += 2
        if run:
            yield run
        index += 1


def _is_spaced_item(lines: list[Line], index: int, headline: Line | None) -> bool:
    """``lines[index]`` is a plain menu item alone between blank lines (or the text's edge)."""
    if index >= len(lines) or lines[index].is_blank or lines[index] == headline:
        return False
    # The blank lines around first: in most texts few lines stand alone like that.
    alone = (index == 0 or lines[index - 1].is_blank) and (index + 1 == len(lines) or lines[index + 1].is_blank)
    return alone and not is_list_item(lines[index]) and is_menu_item(lines[index].text)
