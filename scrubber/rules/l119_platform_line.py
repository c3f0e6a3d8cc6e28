from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.needles import Needles
from scrubber.regex import LazyPattern
from scrubber.registry import Hit, rule
from scrubber.text import Line, Page

# The lines that blogging and newsletter platforms print around every post of every site
# they host, word for word: their credits and footers (WordPress's "Blog at WordPress.com.",
# Substack's "Substack is the home for great culture", Medium's footer menu on one line), and
# their fixed prompts and labels (Substack's "Thanks for reading X! Subscribe for free to
# receive new posts and support my work.", Blogger's "Posted by X at 10:32 AM", WordPress's
# "View all posts by X", Medium's "Member-only story"). Being the platform's own words, they
# are known whole; WordPress and Blogger print them in the site's language ("Fièrement
# propulsé par WordPress", "Publicado por Ana às 10:32"). "Powered by" counts only before a
# platform's name: a sponsor's is another matter.
PLATFORM_NAMES = "wordpress blogger ghost squarespace wix substack tumblr medium jekyll hugo drupal joomla".split()
PLATFORMS = rf"(?:{'|'.join(PLATFORM_NAMES)})(?:\.com|\.org)?"
POWERED_BY = (
    r"(?:proudly\s+)?powered\s+by|stolz\s+präsentiert\s+von|bereitgestellt\s+von|(?:fièrement\s+)?propulsé\s+par"
    r"|fourni\s+par|funciona\s+(?:gracias\s+a|con)|con\s+la\s+tecnología\s+de|orgulhosamente\s+(?:mantido|movido)"
    r"\s+(?:com|por)|desenvolvido\s+(?:com|por)|tecnologia\s+do|(?:trots\s+)?(?:ondersteund|aangedreven)\s+door"
    r"|dumnie\s+wspierane\s+przez|(?:сайт\s+)?(?:гордо\s+)?работает\s+на|технологии|diberdayakan\s+oleh"
    r"|ditenagai\s+oleh|bangga\s+menggunakan"
)
# Blogger's post footer, "Posted by <author> at <time>", as each language words it.
POSTED_BY = (
    r"(?:posted\s+by|publicad[oa]\s+por|eingestellt\s+von|publié\s+par|pubblicato\s+da|diposting\s+oleh"
    r"|dikirim\s+oleh|geplaatst\s+door|opublikowane\s+przez)\s+[^\n]{1,60}?\s+(?:at|às?|en|um|alle|pada|di|om|o)"
    r"\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?"
)
# Blogger's pager under a post ("Newer Post Older Post Home") as its translations print it:
# "Postagem mais recente Postagem mais antiga Página inicial", "Posting Lebih Baru Posting
# Lama Beranda". Two of its links at least, so that "Accueil" alone is left to the menu rules.
PAGER_LINK = (
    r"(?:postagem\s+mais\s+(?:recente|antiga)|página\s+(?:inicial|principal)|entradas?\s+más\s+recientes?"
    r"|entradas?\s+antiguas?|posting\s+(?:lebih\s+baru|lama)|beranda|article\s+plus\s+(?:récent|ancien)|accueil"
    r"|(?:neuerer|älterer)\s+post|startseite|post\s+più\s+(?:recente|vecchio)|home\s+page|inicio)"
)
# Blogger's share buttons, saved glued together ("Email ThisBlogThis!Share to X...", "Enviar
# por e-mailDê um blog!Compartilhar no X"): any line holding its "BlogThis!" is the widget.
BLOGTHIS = ("blogthis!", "dê um blog!")
BLOGTHIS_MAX_CHARS = 300
# Blogger's feed link, "Subscribe to: Post Comments (Atom)", in the site's language ("Assinar:
# Postar comentários (Atom)", "Langganan: Posting Komentar (Atom)"): a short label, a colon,
# and the feed's name.
ATOM_FEED = re.compile(r"[^\n:]{1,30}:\s*[^\n]{1,60}\(atom\)", re.IGNORECASE)
# The links of an e-mail newsletter's footer.
EMAIL_FOOTER_LINK = (
    r"(?:unsubscribe|update\s+(?:your\s+)?preferences|manage\s+(?:your\s+)?(?:subscription|preferences)"
    r"|privacy\s+policy|view\s+(?:in|online)\s+browser)"
)
PLATFORM_LINE = LazyPattern(
    rf"""(?:
        (?:{POWERED_BY})\s+{PLATFORMS}[.!]?
      | (?:blog|bloggen)\s+(?:at|auf|sur|de|en|no|su|op|na|di|на)\s+wordpress\.com\.?
      | create\s+a\s+free\s+(?:website|blog)\s+or\s+(?:website|blog)\s+at\s+wordpress\.com\.?
      | substack\s+is\s+the\s+home\s+for\s+great\s+(?:culture|writing)\.?
      | privacy\s*[∙·•|]\s*terms\s*[∙·•|]\s*collection\s+notice
      | help\s+status\s+about\s+careers\s+press\s+blog\s+privacy\s+(?:rules\s+)?terms
        (?:\s+text\s+to\s+speech)?(?:\s+teams)?
      | thanks\s+for\s+reading\s+[^\n!]{{1,80}}!\s+subscribe\s+for\s+free\s+to\s+receive\s+new\s+posts
        \s+and\s+support\s+(?:my|our)\s+work\.?
      | ready\s+for\s+more\?|discussion\s+about\s+this\s+(?:post|episode|video|thread)|type\s+your\s+email(?:…|\.{{3}})
      | sign\s+up\s+for\s+more\s+like\s+this\.?
      | {POSTED_BY}
      | view\s+all\s+posts\s+by\s+[^\n]{{1,60}}
      | member-only\s+story|up\s*↑
      # The Internet Archive's banner over a page it kept: "The Wayback Machine - https://web.archive.org/web/...".
      | the\s+wayback\s+machine\s*[-–]\s*https?://web\.archive\.org/\S+
      # An e-mail newsletter saved as text: its link to the web copy, why it came, and its
      # footer's links ("Unsubscribe | Update your preferences | Privacy policy").
      | (?:having\s+trouble\s+viewing\s+this\s+e-?mail\?\s+)?view\s+(?:this\s+e-?mail\s+|it\s+|this\s+newsletter\s+)?
        (?:in\s+(?:your\s+|a\s+|the\s+)?(?:web\s+)?browser|online)\.?
      | you(?:['’]re|\s+are)\s+receiving\s+this\s+(?:e-?mail|newsletter|message)\s+because\s+[^\n]{{1,150}}
      | {EMAIL_FOOTER_LINK}(?:\s*[|·•]\s*(?:{EMAIL_FOOTER_LINK}|terms(?:\s+of\s+(?:use|service))?|contact\s+us)){{1,5}}
      # Naver News's note under every story on how it sorts stories into sections.
      | 기사\s*섹션\s*분류\s*안내|기사의\s*섹션\s*정보는\s*해당\s*언론사의\s*분류를\s*따르고\s*있습니다\.?
      # A page's citation of itself: MediaWiki's footer ('Retrieved from "https://..."', "This
      # page was last edited on ...", the licence line) and Science X's ("Citation: <title>
      # (2019, November 18) retrieved 20 November 2019 from https://phys.org/...").
      | retrieved\s+from\s+["“]?https?://\S+?["”]?
      | this\s+page\s+was\s+last\s+(?:edited|modified)\s+on\s+[^\n]{{1,60}}
      | diese\s+seite\s+wurde\s+zuletzt\s+am\s+[^\n]{{1,60}}\s+bearbeitet\.?
      | la\s+dernière\s+modification\s+de\s+cette\s+page\s+a\s+été\s+faite\s+le\s+[^\n]{{1,60}}
      | esta\s+página\s+se\s+editó\s+por\s+última\s+vez\s+el\s+[^\n]{{1,60}}
      | text\s+is\s+available\s+under\s+the\s+creative\s+commons\s+attribution-sharealike\s+licen[cs]e[^\n]{{0,200}}
      | citation\s*:\s*[^\n]{{5,300}}\(\d{{4}},\s*\w+\s+\d{{1,2}}\)\s+retrieved\s+[^\n]{{1,40}}\s+from\s+https?://\S+
      # WordPress's widgets and theme footers: "Entries feed", "Search for:", the follow form,
      # "This entry was posted in News and tagged budget. Bookmark the permalink."
      | (?:entries|comments)\s+(?:feed|rss)|search\s+for:
      # Blogger's pager in the site's language.
      | {PAGER_LINK}(?:\s+{PAGER_LINK}){{1,2}}
      | enter\s+your\s+email\s+address\s+to\s+(?:follow|subscribe\s+to)\s+this\s+blog\s+and\s+receive\s+notifications
        \s+of\s+new\s+posts\s+by\s+email\.?
      | this\s+entry\s+was\s+posted\s+in\s+[^\n]{{1,120}}?\.\s+bookmark\s+the\s+permalink\.?
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# Lines that read as a platform's only where no paragraph follows them: a theme's credit names
# its maker ("Theme: Astra by Brainstorm Force", "Tema: Astra por Brainstorm Force"), and an
# e-mail field's placeholder or a "Start writing" button would be a step among a how-to's
# (Substack's button is in Title Case; a list of steps under "Then:" is the article's).
FOOTER_LINE = re.compile(
    r"""(?:(?:theme|thème|tema|motyw|тема|thema)\s*:\s+[^\n]{1,60}?\s+(?:by|par|por|di|von|door|autorstwa|от|oleh)
        \s+[^\n]{1,60}?\.?
      | enter\s+your\s+email|type\s+your\s+email|(?-i:Start\s+Writing))""",
    re.IGNORECASE | re.VERBOSE,
)


# Words every line above holds, one of them at least: only lines holding one are matched.
NEEDLES = Needles(
    (
        # The platforms, and the words of "powered by" that name none.
        *PLATFORM_NAMES,
        "технологии",
        # Substack, Medium, Ghost and WordPress's own lines.
        "collection notice",
        "help status",
        "thanks for reading",
        "ready for more",
        "discussion about",
        "your email",
        "sign up for more",
        "view all posts",
        "member-only",
        "↑",
        "feed",
        "rss",
        "search for:",
        "permalink",
        "start writing",
        "wayback machine",
        "섹션",
        "browser",
        "view online",
        "receiving this",
        "unsubscribe",
        "retrieved",
        "last edited",
        "last modified",
        "zuletzt am",
        "dernière modification",
        "se editó",
        "text is available",
        # Blogger's post footer ("posted by ... at 10:32"), pager, share row and feed link.
        *"posted publicad eingestellt publié pubblicato diposting dikirim geplaatst opublikowane".split(),
        *"postagem página entrada posting beranda article accueil neuerer älterer startseite più home inicio".split(),
        "blogthis!",
        "dê um blog!",
        "(atom)",
        # A theme's credit.
        *"theme thème tema motyw тема thema".split(),
    )
)


@rule("L119", "platform-line", scope="line")
def platform_line(page: Page) -> Iterator[Hit]:
    """A line a blogging or newsletter platform prints around every post is removed.

    WordPress, Blogger, Ghost, Squarespace, Substack and Medium print the same lines around
    every post they host: credits ("Proudly powered by WordPress", "Theme: Twenty Twenty-Four
    by WordPress.org"), footers ("Substack is the home for great culture", Medium's menu),
    prompts and labels ("Discussion about this post", "Posted by Ana at 10:32 AM",
    "Member-only story"), in the site's language where the platform translates them
    ("Fièrement propulsé par WordPress"); so do the Internet Archive over a page it kept
    ("The Wayback Machine - https://web.archive.org/web/..."), a wiki under every page
    ("Retrieved from ...", "This page was last edited on ..."), Science X ("Citation: ...
    retrieved ... from https://phys.org/..."), Naver News (its note on sections) and the mail
    platforms around a newsletter saved as text ("View this email in your browser",
    "Unsubscribe | Update your preferences"). They belong to the host, not the post. Only a
    line that is nothing but such a line of the platform's goes; a theme's credit and an
    e-mail field only under the post's last paragraph.

    Before: ``"Last paragraph of the post.\\nBlog at WordPress.com.\\n"``
    After:  ``"Last paragraph of the post.\\n"``
    """
    for line in page.lines_containing(NEEDLES):
        if not _is_platform_line(page, line):
            continue
        start, end = page.line_removal(line)
        yield Hit(start, end, f"platform line {line.stripped[:60]!r}", "")


def _is_platform_line(page: Page, line: Line) -> bool:
    text = line.text.strip()
    if PLATFORM_LINE.fullmatch(text) or ATOM_FEED.fullmatch(text):
        return True
    lowered = text.lower()
    if len(text) <= BLOGTHIS_MAX_CHARS and any(marker in lowered for marker in BLOGTHIS):
        return True
    return (
        FOOTER_LINE.fullmatch(text) is not None
        and page.zone(line) == "footer"
        and not page.follows_list_introduction(line)
    )
