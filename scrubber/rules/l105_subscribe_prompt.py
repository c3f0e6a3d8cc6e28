from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.needles import Needles
from scrubber.regex import LazyPattern
from scrubber.registry import Hit, rule
from scrubber.shapes import heads_its_paragraph, visible_words
from scrubber.text import Line, LinePattern, Page, ends_like_sentence

# "Subscribe!" as an imperative in the languages most scraped: a button's word, and a
# sentence's way of addressing the reader.
SUBSCRIBE_IMPERATIVES = (
    r"abonnez-vous|suscr[ií]bete|assine|abbonati|iscriviti|подпишитесь|подписывайтесь|abone\s+olun|abonneer"
    r"|abonează-te|iratkozzon\s+fel|iratkozz\s+fel|підпишіться"
    r"|абонирайте\s+се|subscriu-te|subscriviu-vos|užsiprenumeruokite|langgan|naročite\s+se|jiandikishe|pretplatite\s+se"
)
# Words a newsletter, subscription or sign-in prompt is built around.
PROMPT = LazyPattern(
    r"\b(?:newsletter(?:s|u|a|em|y|ów)?|nieuwsbrie(?:f|ven)|бюлетин(?:а|и)?|butlletí|naujienlaišk\w*|e-novice|hírlevel\w*|розсилк\w*|nyhetsbrev|nyhedsbrev|uutiskirje|inbox|subscribe|subscribers?|subscribing|subscription|sign\s+up\s+for\s+(?:our|free|a\s+free)\b(?!\s+trial)"
    r"|sign\s+in|log\s+in|login|create\s+(?:an?\s+)?(?:free\s+)?account|register\s+(?:now|for\s+free)"
    r"|already\s+a\s+subscriber|to\s+read\s+the\s+full\s+story|unlimited\s+(?:digital\s+)?access"
    # The paywall's meter: "You have 3 free articles remaining", "You've reached your limit of free articles".
    r"|\d+\s+free\s+(?:articles?|stories)\s+(?:left|remaining)|limit\s+of\s+free\s+(?:articles|stories)"
    # The same call for the publisher's own app: "Download our app", "Get the app". Not
    # "Download the Zoom app", a step of a how-to as often.
    r"|(?:download|get|install)\s+our\s+(?:free\s+)?(?:[\w&.'’-]+\s+){0,2}app)\b"
    # ... and a named app, when it is for the site's news: "Download the WKYC app to get the latest news".
    r"|(?:download|get|install)\s+the\s+(?:free\s+)?(?:[\w&.'’-]+\s+){1,3}app\s+(?:to|for)\s+(?:get\s+|receive\s+)?(?:the\s+)?(?:latest|breaking)\b"
    r"|^\s*(?:download|get)\s+the\s+app\s*[.!]?\s*$|^\s*(?:open|read)\s+in\s+(?:the\s+)?app\s*$"
    # A line that opens with "Sign up to" and ends without a full stop names a newsletter
    # ("Sign up to First Edition"); "Sign up for ..." opens a how-to's steps as often.
    r"|^\s*sign\s+up\s+to\s[^.!?]*$"
    # The link alone that a wire story sets between its paragraphs: "Sign up here."
    r"|^\s*(?:sign\s+up|subscribe|register)\s+here\s*[.!]?\s*$"
    # The label of a paywalled article: "Subscribers only", "Article réservé aux abonnés".
    r"|(?:for\s+)?subscribers?\s+only|(?:article\s+)?réservée?\s+aux\s+abonnés|nur\s+für\s+abonnenten"
    r"|exclusivo\s+para\s+(?:suscriptores|assinantes)|solo\s+per\s+(?:gli\s+)?abbonati"
    # "Subscribe" in the languages most scraped, infinitive or imperative, as buttons print it.
    r"|\b(?:abonnieren|s'abonner|suscribirse|abbonarsi|подписаться|abone\s+ol|berlangganan|subskrybuj|zaprenumeruj"
    rf"|{SUBSCRIBE_IMPERATIVES})\b"
    # "Already a subscriber?" in the same languages.
    r"|ya\s+(?:tengo\s+una\s+suscripción|soy\s+suscriptor)|déjà\s+abonné|bereits\s+abonnent|já\s+(?:sou\s+)?assinante",
    re.IGNORECASE,
)
# The same buttons in Chinese, Japanese and Korean, as whole lines only: "注册" alone is a
# button, "注册资本100万元" (registered capital) is a company's profile.
CJK_BUTTON = LinePattern(
    r"(?=[ロ新無会有구로회登注订立])(?:ログイン|新規(?:会員)?登録|無料会員登録|会員登録(?:はこちら)?|会員限定記事|有料会員限定(?:記事)?"
    r"|有料記事"
    r"|구독(?:하기)?|로그인|회원가입|登录|注册|订阅|立即订阅)"
)
# "Sign up for our newsletter" in the scripts whose prompts hold none of the words above, as a
# whole line: "ニュースレターに登録", "订阅我们的新闻通讯", "뉴스레터 구독하기", "اشترك في النشرة
# الإخبارية", "הירשמו לניוזלטר", "Đăng ký nhận bản tin", "สมัครรับจดหมายข่าว".
NEWSLETTER_LINE = LinePattern(
    r"""(?=[ニ订訂뉴اהनđสm])(?:ニュースレター(?:に|の)?(?:登録|購読)(?:する)?
    |(?:订阅|訂閱)(?:我们的|我們的)?(?:新闻通讯|新聞通訊|电子报|電子報)
    |뉴스레터\s*(?:구독|신청)(?:하기)?
    |اشترك(?:وا)?\s+(?:في|ب)\s*(?:ال)?نشرة(?:\s+(?:ال)?(?:إخبارية|بريدية))?
    |הירשמו\s+ל(?:ניוזלטר|עדכונים)
    |न्यूज़लेटर\s+(?:के\s+लिए\s+)?(?:साइन\s+अप|सब्सक्राइब)\s+करें
    |đăng\s+ký\s+(?:nhận\s+)?bản\s+tin
    |สมัคร(?:รับ)?(?:จดหมายข่าว|นิวส์เลตเตอร์)
    |meld\s+deg\s+på\s+(?:vårt\s+)?nyhetsbrev(?:et)?)""",
    re.IGNORECASE | re.VERBOSE,
)
# The sign-in button alone on its line, in the languages most scraped: "Anmelden", "Se
# connecter", "Iniciar sesión", "Accedi", "Войти". Whole lines only, and never a subheading
# its paragraph takes up ("Entrar" over a paragraph about getting in).
LOGIN_BUTTON = LinePattern(
    r"(?=[aeisfczvwgmđpbklσвהتलเ])(?:anmelden|einloggen|se\s+connecter|connexion|iniciar\s+sesión|acceder|accedi|entrar"
    r"|fazer\s+login|inloggen|zaloguj(?:\s+się)?|войти|вход|giriş\s+yap|masuk|đăng\s+nhập|přihlásit(?:\s+se)?"
    r"|prihlásiť(?:\s+sa)?|bejelentkezés|conectare|logga\s+in|log\s+ind|logg\s+inn|kirjaudu(?:\s+sisään)?|σύνδεση"
    r"|התחברות|تسجيل\s+الدخول|लॉग\s+इन|เข้าสู่ระบบ)",
    re.IGNORECASE,
)
# The fields of a sign-up or comment form, marked required or optional: "Email (required)",
# "Name *", "Zip Code (optional)". The mark makes them a form's, never a heading.
FORM_FIELD = LinePattern(
    r"(?=[efnlzpwcy])(?:e-?mail(?:\s+address)?|(?:first|last|full|your)\s+name|name|zip\s*code|postal\s+code"
    r"|website|phone(?:\s+number)?|comment|country)\s*(?:\((?:required|optional)\)|\*)",
    re.IGNORECASE,
)
# The same fields unmarked ("Email address", "Enter your email") are a form's only beside a
# prompt: alone they could head a paragraph about email.
BARE_FIELD = LinePattern(
    r"(?=[eyw])(?:(?:enter\s+)?(?:your\s+)?e-?mail(?:\s+address)?|(?:your\s+)?e-?mail\s+here|work\s+email)\s*:?",
    re.IGNORECASE,
)
HINTS = Needles(
    (
        "newsletter",
        "nieuwsbrie",
        "nyhetsbrev",
        "nyhedsbrev",
        "uutiskirje",
        "inbox",
        "subscri",
        "sign up",
        "sign in",
        "log in",
        "login",
        "account",
        "register",
        "full story",
        "unlimited",
        "abonn",
        "abbona",
        "suscr",
        "assin",
        "iscriviti",
        "подпи",
        "abone",
        "berlangganan",
        "subskry",
        "abonea",
        "hírlev",
        "iratkoz",
        "підпи",
        "розсил",
        "zaprenumeruj",
        "абонир",
        "бюлетин",
        "subscriu",
        "butllet",
        "prenumer",
        "naujienlaišk",
        "langgan",
        "naročite",
        "e-novice",
        "jiandikishe",
        "pretplat",
        "download our",
        "get our",
        "install our",
        "the app",
        " app to ",
        " app for ",
        "free article",
        "free stor",
        "in app",
    )
)
MAX_WORDS = 30
# A prompt written as a sentence addresses the reader: "you", a call to act ("Sign up for
# our newsletter.", "Join the Deals Newsletter."), or "our newsletter". A sentence that does
# not ("The newsletter has 2,000 readers.") is an article talking about newsletters.
READER_ADDRESS = re.compile(
    r"\b(?:you|your|yours)\b|\bour\s+(?:newsletters?|subscriptions?)\b"
    r"|(?:^|[.?!:]\s+)(?:subscribe|sign\s+(?:up|in)|join|get|download|register|log\s+in|click|enter|follow|create)\b"
    # The imperatives of other languages address the reader by their form.
    rf"|\b(?:abonnieren\s+sie|inscrivez-vous|{SUBSCRIBE_IMPERATIVES})\b"
    # A paywall's notice speaks of the article to its reader: "This article is for subscribers only."
    r"|^this\s+(?:article|story|content|post)\s+is\s+(?:only\s+)?(?:for|available\s+(?:only\s+)?to|exclusive\s+to|reserved\s+for)"
    r"\s+(?:paying\s+|our\s+)?(?:subscribers|members)\b"
    # "Already a subscriber?" asks the reader, in any of its languages.
    r"|\balready\s+a\s+subscriber|\bdéjà\s+abonné|\bbereits\s+abonnent|\bya\s+(?:tengo|soy)\b|\bjá\s+(?:sou\s+)?assinante",
    re.IGNORECASE,
)
# A prose sentence that mentions a newsletter is kept when it sits among the article's
# paragraphs; prompts are short or sit outside the body.
PROSE_WORDS = 12
# A one-word line between paragraphs is a widget's label ("Newsletter") unless its paragraph
# takes it up; a subheading names its section with more.
SUBHEADING_MIN_WORDS = 2
# Only a noun of the prompt words can name a section; the verbs are buttons.
PROMPT_NOUN = re.compile(
    r"newsletter\w*|nieuwsbrie\w*|hírlevel\w*|розсилк\w*|nyhetsbrev|nyhedsbrev|uutiskirje|subscriptions?|subscribers?",
    re.IGNORECASE,
)


@rule("L105", "subscribe-prompt")
def subscribe_prompt(page: Page) -> Iterator[Hit]:
    """A newsletter, subscription or sign-in prompt line is removed.

    "Get the latest updates right in your inbox", "Subscribe to our daily newsletter",
    "Already a subscriber? Sign in", "Sign up to First Edition" are calls to action around
    the article. A headline or sentence that mentions a newsletter without addressing the
    reader ("The newsletter has 2,000 readers."), and a long sentence among the article's
    paragraphs, are content and stay. The form's fields go too, when marked as required or
    optional ("Email (required)"), or unmarked right beside a prompt ("Email address").

    Before: ``"Last paragraph.\\nSubscribe to our daily newsletter\\n"``
    After:  ``"Last paragraph.\\n"``
    """
    headline = page.headline
    prompts: set[Line] = set()
    for line in page.lines_containing(HINTS):
        words = len(line.text.split())
        if words > MAX_WORDS or not PROMPT.search(visible_words(line.text)):
            continue  # no prompt word, or only in a link's address ("/login.asp")
        if (line == headline or ends_like_sentence(line.text)) and not READER_ADDRESS.search(line.text.strip()):
            continue  # a headline or sentence about newsletters, not a call to subscribe
        if (words >= PROSE_WORDS or line.start in page.wrapped_starts) and page.zone(line) == "body":
            continue  # a sentence of the article (or a line of a hard-wrapped paragraph)
        if heads_its_paragraph(page, line):
            continue  # "Newsletters" above a paragraph about newsletters: a subheading
        if _is_subheading(page, line):
            continue  # "Newsletter boom", "Subscription fatigue"
        prompts.add(line)
        start, end = page.line_removal(line)
        yield Hit(start, end, f"subscription prompt {line.stripped[:60]!r}", "")
    for line in page.pattern_lines(BARE_FIELD) if prompts else ():
        if page.previous_content_line(line) in prompts or page.next_content_line(line) in prompts:
            start, end = page.line_removal(line)
            yield Hit(start, end, f"sign-up form field {line.stripped!r}", "")
    buttons = (CJK_BUTTON, FORM_FIELD, NEWSLETTER_LINE)
    for line in [line for pattern in buttons for line in page.pattern_lines(pattern)]:
        if line != headline:
            start, end = page.line_removal(line)
            yield Hit(start, end, f"subscription prompt {line.stripped!r}", "")
    for line in page.pattern_lines(LOGIN_BUTTON):
        if line != headline and not heads_its_paragraph(page, line):
            start, end = page.line_removal(line)
            yield Hit(start, end, f"sign-in button {line.stripped!r}", "")


def _is_subheading(page: Page, line: Line) -> bool:
    """A phrase of a few words between two paragraphs of the body, neither it nor the
    paragraph under it addressing the reader: an article's subheading ("Newsletter boom").
    A promotion's title has its pitch under it ("Pick Six Newsletter" over "Get the day's
    big stories + fun stuff you love")."""
    text = line.text.strip()
    if len(text.split()) < SUBHEADING_MIN_WORDS or READER_ADDRESS.search(text) or page.zone(line) != "body":
        return False
    if not all(PROMPT_NOUN.fullmatch(match.group()) for match in PROMPT.finditer(text)):
        return False  # a button's words: "Jetzt abonnieren", "Open in app"
    below = page.paragraph_below(line)
    return below is not None and not READER_ADDRESS.search(below.text)
