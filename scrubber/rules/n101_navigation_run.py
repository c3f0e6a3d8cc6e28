from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.model import Safety
from scrubber.registry import Hit, rule
from scrubber.shapes import is_contact_detail, is_menu_item, link_label, precedes_closing_sentence
from scrubber.text import Line, Page

# Consecutive label lines (a few words, no sentence ending) that make a menu. Around the
# article three are enough; among its paragraphs a list of short items may be content
# (ingredients, a line-up), so it takes many more and the fix is unsafe.
MIN_RUN_OUTSIDE_BODY = 2
MIN_RUN_IN_BODY = 8
# A contact block above its address: a name, a role, an organisation.
MAX_CONTACT_LINES = 3
# A bulleted line as Markdown and plain-text converters write it: "* Sport", "-  Sport".
LIST_ITEM = re.compile(r"[ \t]*[*+-][ \t]+\S")


def menu_runs(lines: list[Line]) -> Iterator[tuple[int, int]]:
    """Index ranges of runs of menu lines. Items written as list items ("* Sport", "-
    [Sport](...)", "Sport (https://...)") stay one run across single blank lines:
    converters space out the items of a list."""
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and not lines[end].is_blank and is_menu_item(lines[end].text):
            end += 1
            if _blank_between_items(lines, end):
                end += 1
        if end > index:
            yield index, end
            index = end
        else:
            index += 1


def _blank_between_items(lines: list[Line], index: int) -> bool:
    """``lines[index]`` is a blank line between two list items that are menu entries."""
    return (
        index + 1 < len(lines)
        and lines[index].is_blank
        and is_list_item(lines[index - 1])
        and is_list_item(lines[index + 1])
        and is_menu_item(lines[index + 1].text)
    )


def is_list_item(line: Line) -> bool:
    """A line written as one item of a list: a bullet, or a link ("[Sport](...)", "Sport
    (https://...)"), which converters print one to an item."""
    text = line.text
    if link_label(text) is not None:
        return True
    # A bullet holding a link that is not a whole link line ("-  [Flipboard]()") is no item.
    return "](" not in text and LIST_ITEM.match(text) is not None


@rule("N101", "navigation-run")
def navigation_run(page: Page) -> Iterator[Hit]:
    """A run of menu lines (one to four capitalised words each, no sentence ending) is removed.

    Menus, section lists, tag clouds and archive links are saved as runs of short lines
    (items written as bullets or links stay one run across the blank lines a converter
    may put between them).
    Before or after the article's prose, two such lines in a row are removed (safe);
    among the paragraphs it takes eight, and the fix is unsafe, since a list of short items
    can be content there. So does a list the article closes on, with a short sentence after
    it ("All five are out in paperback now."). A list that a sentence of the article
    introduces with a colon ("The shortlisted films are:") is content wherever it stands,
    and so is a sender's block after the last paragraph: one over an e-mail address or a
    phone number (a press release's contact), or one shaped like the blocks that sign the
    paragraphs above it (the last letter on a letters page).

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
    runs = list(menu_runs(lines))
    for start, end in runs:
        run = [line for line in lines[start:end] if not line.is_blank and line != headline]
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
        if outside and zones == {"footer"} and signs_off(page, lines, runs, run):
            continue  # a sender's name and place or role, kept with the letter they sign
        safety = Safety.SAFE if outside else Safety.UNSAFE
        yield Hit(run[0].start, run[-1].break_end, f"menu of {len(run)} short lines", "", safety)


def signs_off(page: Page, lines: list[Line], runs: list[tuple[int, int]], run: list[Line]) -> bool:
    """A run after the last paragraph that signs it: a contact block, or a signature shaped
    like the runs (``menu_runs``) among the paragraphs."""
    return _is_contact_block(page, run) or _signs_like_the_body(page, lines, runs, run)


def _is_contact_block(page: Page, run: list[Line]) -> bool:
    """A name and a role over an address or a number: a press release's contact, a letter's
    sender. A menu does not run on into an e-mail address."""
    if len(run) > MAX_CONTACT_LINES:
        return False
    after = page.next_line(run[-1])
    return after is not None and not after.is_blank and is_contact_detail(after.text)


def _signs_like_the_body(page: Page, lines: list[Line], runs: list[tuple[int, int]], run: list[Line]) -> bool:
    """The run signs off a paragraph as runs of its length do among the article's
    paragraphs: the last letter on a letters page, signed like the others."""

    def after_prose(first: Line) -> bool:
        before = page.previous_content_line(first)
        return before is not None and page.reads_as_prose(before)

    if not after_prose(run[0]):
        return False
    for start, end in runs:
        if lines[start].start >= run[0].start:
            break
        size = sum(not line.is_blank for line in lines[start:end])
        if size == len(run) and page.zone(lines[start]) == "body" and after_prose(lines[start]):
            return True
    return False
