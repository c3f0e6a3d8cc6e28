from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.text import LinePattern, Page

# The lines that blogging and newsletter platforms print around every post of every site
# they host, word for word: their credits and footers (WordPress's "Blog at WordPress.com.",
# "Theme: Twenty Twenty-Four by WordPress.org", Substack's "Substack is the home for great
# culture", Medium's footer menu on one line), and their fixed prompts and labels (Substack's
# "Thanks for reading X! Subscribe for free to receive new posts and support my work.",
# Blogger's "Posted by X at 10:32 AM", WordPress's "View all posts by X", Medium's
# "Member-only story"). Being the platform's own words, they are known whole. "Powered by"
# counts only before a platform's name: a sponsor's is another matter.
# A theme's credit names its maker ("Theme: Astra by Brainstorm Force"), so it counts only
# under the post's last paragraph, where no subheading stands.
PLATFORMS = (
    r"(?:wordpress(?:\.com|\.org)?|blogger|ghost|squarespace|wix(?:\.com)?|substack|tumblr|medium|jekyll|hugo|drupal"
    r"|joomla)"
)
PLATFORM_LINE = LinePattern(
    rf"""(?=[pbctsghrdemvtu])(?:
        (?:proudly\s+)?powered\s+by\s+{PLATFORMS}[.!]?
      | blog\s+at\s+wordpress\.com\.?
      | create\s+a\s+free\s+(?:website|blog)\s+or\s+(?:website|blog)\s+at\s+wordpress\.com\.?
      | theme:\s+[^\n]{{1,60}}?\s+by\s+[^\n]{{1,60}}?\.?
      | substack\s+is\s+the\s+home\s+for\s+great\s+(?:culture|writing)\.?
      | start\s+writing|get\s+the\s+app
      | privacy\s*[∙·•|]\s*terms\s*[∙·•|]\s*collection\s+notice
      | help\s+status\s+about\s+careers\s+press\s+blog\s+privacy\s+(?:rules\s+)?terms
        (?:\s+text\s+to\s+speech)?(?:\s+teams)?
      | thanks\s+for\s+reading\s+[^\n!]{{1,80}}!\s+subscribe\s+for\s+free\s+to\s+receive\s+new\s+posts
        \s+and\s+support\s+(?:my|our)\s+work\.?
      | ready\s+for\s+more\?|discussion\s+about\s+this\s+(?:post|episode|video|thread)|type\s+your\s+email(?:…|\.{{3}})?
      | sign\s+up\s+for\s+more\s+like\s+this\.?|enter\s+your\s+email
      | posted\s+by\s+[^\n]{{1,60}}?\s+at\s+\d{{1,2}}:\d{{2}}(?:\s*[ap]\.?m\.?)?
      | email\s+thisblogthis!(?:share\s+to\s+[a-z]+)*
      | view\s+all\s+posts\s+by\s+[^\n]{{1,60}}
      | member-only\s+story|up\s*↑
    )""",
    re.IGNORECASE | re.VERBOSE,
)


@rule("L119", "platform-line", scope="line")
def platform_line(page: Page) -> Iterator[Hit]:
    """A line a blogging or newsletter platform prints around every post is removed.

    WordPress, Blogger, Ghost, Squarespace, Substack and Medium print the same lines around
    every post they host: credits ("Proudly powered by WordPress", "Theme: Twenty Twenty-Four
    by WordPress.org"), footers ("Substack is the home for great culture", Medium's menu),
    prompts and labels ("Discussion about this post", "Posted by Ana at 10:32 AM",
    "Member-only story"). They belong to the host, not the post. Only a line that is nothing
    but such a line of the platform's goes.

    Before: ``"Last paragraph of the post.\\nBlog at WordPress.com.\\n"``
    After:  ``"Last paragraph of the post.\\n"``
    """
    for line in page.pattern_lines(PLATFORM_LINE):
        if line.stripped[:6].lower() == "theme:" and page.zone(line) != "footer":
            continue
        start, end = page.line_removal(line)
        yield Hit(start, end, f"platform line {line.stripped[:60]!r}", "")
