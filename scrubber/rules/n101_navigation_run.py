from __future__ import annotations

from collections.abc import Iterator

from scrubber.model import Safety
from scrubber.registry import Hit, rule
from scrubber.shapes import is_menu_item, precedes_closing_sentence
from scrubber.text import Line, Page

# Consecutive label lines (a few words, no sentence ending) that make a menu. Around the
# article three are enough; among its paragraphs a list of short items may be content
# (ingredients, a line-up), so it takes many more and the fix is unsafe.
MIN_RUN_OUTSIDE_BODY = 2
MIN_RUN_IN_BODY = 8


def _runs(lines: list[Line]) -> Iterator[tuple[int, int]]:
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and not lines[end].is_blank and is_menu_item(lines[end].text):
            end += 1
        if end > index:
            yield index, end
            index = end
        else:
            index += 1


@rule("N101", "navigation-run")
def navigation_run(page: Page) -> Iterator[Hit]:
    """A run of menu lines (one to four capitalised words each, no sentence ending) is removed.

    Menus, section lists, tag clouds and archive links are saved as runs of short lines.
    Before or after the article's prose, two such lines in a row are removed (safe);
    among the paragraphs it takes eight, and the fix is unsafe, since a list of short items
    can be content there. So does a list the article closes on, with a short sentence after
    it ("All five are out in paperback now."). A list that a sentence of the article
    introduces with a colon ("The shortlisted films are:") is content wherever it stands.

    Before::

        Headline
        Home
        News
        Sport
        The story begins with a long sentence of prose here, as articles do.

    After::

        Headline
        The story begins with a long sentence of prose here, as articles do.
    """
    lines = page.lines
    headline = page.headline
    for start, end in _runs(lines):
        run = [line for line in lines[start:end] if headline is None or line.start != headline.start]
        if not run:
            continue
        zones = {page.zone(line) for line in run}
        # A list the article closes on is among its paragraphs, though after the last prose line.
        closing_list = zones == {"footer"} and precedes_closing_sentence(page, run[-1])
        outside = zones <= {"header", "footer"} and not closing_list
        if len(run) < (MIN_RUN_OUTSIDE_BODY if outside else MIN_RUN_IN_BODY):
            continue
        if page.follows_list_introduction(run[0]):
            continue  # a list of names or titles the article itself introduces
        safety = Safety.SAFE if outside else Safety.UNSAFE
        yield Hit(run[0].start, run[-1].break_end, f"menu of {len(run)} short lines", "", safety)
