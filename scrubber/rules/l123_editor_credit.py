from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.needles import Needles
from scrubber.registry import Hit, rule
from scrubber.text import Page

# One to five Chinese names (two to eight characters, "·" inside a transcribed one), apart by
# spaces, "、" or commas: "王明", "李华 王明", "阿卜杜拉·艾买提".
HAN_NAMES = r"[\u4e00-\u9fff][\u4e00-\u9fff·]{1,7}(?:[ \t、，,/]+[\u4e00-\u9fff][\u4e00-\u9fff·]{1,7}){0,4}"
OPENING = r"[（(\[【]?[ \t]*"
CLOSING = r"[ \t]*[）)\]】]?"
# The staff credits, source and original title that Chinese news pages print around every
# story, each alone on its line: "责任编辑：王明", "（责任编辑：王明）", "[责编：李华]",
# "来源：新华网", "原标题：政府发布公共交通新计划". Not "记者：", which also labels the
# interviewer's questions in a transcript ("记者：你怎么看？").
CREDIT = re.compile(
    rf"""{OPENING}(?:责任编辑|責任編輯|责编|責編|编辑|編輯|主编|主編|审核|審核|校对|校對|审校|監製|监制|作者|文|图|圖)
    [ \t]*[:：][ \t]*{HAN_NAMES}{CLOSING}
    |{OPENING}(?:来源|來源|稿源|出处|出處)[ \t]*[:：][ \t]*[^\n。！？：:]{{1,30}}{CLOSING}
    |原标题[ \t]*[:：][^\n]{{1,80}}(?<![。！？])""",
    re.VERBOSE,
)
# The contributors a wire or a paper credits under the story: "Keith Bradsher contributed
# reporting from Hong Kong.", "Associated Press writers Alan Fram and Zeke Miller contributed
# to this report.", "Additional reporting by Joseph Hudak". Before "contributed" stand only
# names and the words of a credit ("writers", "and"): "Her work contributed to the report."
# is a sentence.
CONTRIBUTORS = re.compile(
    r"""[^\n.!?]{2,200}?\scontributed\s+(?:reporting|research|to\s+(?:this|the)\s+(?:report|story|article))
    (?:\s+from\s+[^\n.!?]{1,60})?\.?
    |(?:\(\s*)?additional\s+reporting\s+by\s+[^\n]{1,200}?(?:\s*\))?\.?""",
    re.IGNORECASE | re.VERBOSE,
)
CONTRIBUTED = re.compile(r"\scontributed\s", re.IGNORECASE)
CREDIT_WORDS = frozenset("and of the writer writers reporter reporters correspondent correspondents staff also".split())
LOWER_WORD = re.compile(r"\b[a-z][\w’'-]*")
# Every credit holds one of these; only lines holding one are matched (a search for the
# credits' shapes at every line start cost as much as a tenth of the other rules together).
HINTS = Needles(
    (
        "contributed",
        "additional reporting",
        *"编辑 編輯 责编 責編 主编 主編 审核 審核 校对 校對 审校 監製 监制".split(),
        *"作者 来源 來源 稿源 出处 出處 原标题".split(),
        *"文： 文: 图： 图: 圖： 圖:".split(),
    )
)


def _names_contributors(text: str) -> bool:
    """The words before "contributed" are names and a credit's words only."""
    match = CONTRIBUTED.search(text)
    return match is None or set(LOWER_WORD.findall(text[: match.start()])) <= CREDIT_WORDS


@rule("L123", "editor-credit", scope="line")
def editor_credit(page: Page) -> Iterator[Hit]:
    """A line crediting the story's editor, contributors, source or original title is removed.

    Chinese news sites print, around every story, the editor in charge ("责任编辑：王明"), the
    source they took it from ("来源：新华网") and, when they retitled it, the original title
    ("原标题：..."), each alone on its line; English-language papers and wires end a story
    with its contributors ("Keith Bradsher contributed reporting from Hong Kong.",
    "Additional reporting by Joseph Hudak"). They are the page's records, not the story. A
    line that labels a speaker in a transcript ("记者：你怎么看？") and a sentence whose
    subject is no name ("Her work contributed to the report.") are the article's and stay.

    Before: ``"政府发布新计划\\n政府12日发布了新的计划。\\n责任编辑：王明\\n"``
    After:  ``"政府发布新计划\\n政府12日发布了新的计划。\\n"``
    """
    for line in page.lines_containing(HINTS):
        text = line.text.strip()
        if line == page.headline or not _is_credit(text):
            continue
        start, end = page.line_removal(line)
        yield Hit(start, end, f"editor credit {line.stripped[:60]!r}", "")


def _is_credit(text: str) -> bool:
    return CREDIT.fullmatch(text) is not None or (
        CONTRIBUTORS.fullmatch(text) is not None and _names_contributors(text)
    )
