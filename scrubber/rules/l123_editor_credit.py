from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.text import LinePattern, Page

# One to five Chinese names (two to eight characters, "·" inside a transcribed one), apart by
# spaces, "、" or commas: "王明", "李华 王明", "阿卜杜拉·艾买提".
HAN_NAMES = r"[\u4e00-\u9fff][\u4e00-\u9fff·]{1,7}(?:[ \t、，,/]+[\u4e00-\u9fff][\u4e00-\u9fff·]{1,7}){0,4}"
OPENING = r"[（(\[【]?[ \t]*"
CLOSING = r"[ \t]*[）)\]】]?"
# The staff credits, source and original title that Chinese news pages print around every
# story, each alone on its line: "责任编辑：王明", "（责任编辑：王明）", "[责编：李华]",
# "来源：新华网", "原标题：政府发布公共交通新计划". Not "记者：", which also labels the
# interviewer's questions in a transcript ("记者：你怎么看？").
CREDIT = LinePattern(
    rf"""{OPENING}(?:责任编辑|責任編輯|责编|責編|编辑|編輯|主编|主編|审核|審核|校对|校對|审校|監製|监制|作者|文|图|圖)
    [ \t]*[:：][ \t]*{HAN_NAMES}{CLOSING}
    |{OPENING}(?:来源|來源|稿源|出处|出處)[ \t]*[:：][ \t]*[^\n。！？：:]{{1,30}}{CLOSING}
    |原标题[ \t]*[:：][^\n]{{1,80}}(?<![。！？])""",
    re.VERBOSE,
)


@rule("L123", "editor-credit", scope="line")
def editor_credit(page: Page) -> Iterator[Hit]:
    """A Chinese news page's credit of its editor, its source or the story's original title is removed.

    Chinese news sites print, around every story, the editor in charge ("责任编辑：王明"), the
    source they took it from ("来源：新华网") and, when they retitled it, the original title
    ("原标题：..."), each alone on its line. They are the page's records, not the story. A
    line that labels a speaker in a transcript ("记者：你怎么看？") is the article's and stays.

    Before: ``"政府发布新计划\\n政府12日发布了新的计划。\\n责任编辑：王明\\n"``
    After:  ``"政府发布新计划\\n政府12日发布了新的计划。\\n"``
    """
    for line in page.pattern_lines(CREDIT):
        start, end = page.line_removal(line)
        yield Hit(start, end, f"editor credit {line.stripped[:60]!r}", "")
