"""HTML pages: the headline, paragraphs and publication metadata, with page chrome left out."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

from ..entities.lexicon import read_word_list
from ..listed_dates import parse_listed_date
from ..markup_text import drop_html_comments, escape_stray_brackets
from ..outlets.page import title_site_name
from ..page_headlines import is_byline_or_date_paragraph
from ..records import Rejection
from .decoding import read_file_text
from .documents import RawDocument, printable, rejected
from .tables import field_line

# Elements whose dates are other stories' or the site's: an aside's "Trending", a menu, the footer. (An
# article's <header> holds its own byline and date.)
CHROME_TAGS = frozenset({"aside", "nav", "footer"})


@functools.cache
def chrome_element_words() -> frozenset[str]:
    """Class and id words naming page furniture, from data/lexicons/chrome_element_names.txt."""
    return read_word_list("chrome_element_names.txt")


CLASS_PART_RE = re.compile(r"[-_]+")
# A class part after one of these describes the element's neighbour: "has-sidebar", "no-comments".
NEIGHBOUR_WORDS = frozenset({"has", "with", "no", "without"})


def names_page_chrome(attrs: dict[str, str]) -> bool:
    """Whether an element's class or id names page furniture: a menu, a share row, a tag list, a newsletter
    or paywall box, a caption, a comment section ("main-menu", "share_buttons", "photo-caption").

    Sites mark such blocks in their class names when they use no <nav>, <aside> or <figcaption>; the
    element's text is then no article text. A word matches a whole class token or one of its hyphen or
    underscore parts, never a substring: "navy-blue" and "shared-story" are not chrome."""
    words = chrome_element_words()
    for token in f"{attrs.get('class', '')} {attrs.get('id', '')}".lower().split():
        parts = [part for part in CLASS_PART_RE.split(token) if part]
        if token in words or (not NEIGHBOUR_WORDS & set(parts) and any(part in words for part in parts)):
            return True
    return False


# Elements a class name never makes chrome: the page and story containers (a WordPress <body> or
# <article> lists "has-sidebar" and "tag-syria"), and empty elements that hold no text.
# Nor a paragraph or a quotation: a story's own text whatever its class ("caption-text", "social-quote").
NEVER_CHROME_BY_CLASS = frozenset({
    "html", "body", "article", "main", "h1", "p", "blockquote", "br", "hr", "img", "meta", "link", "input", "wbr", "source",
})  # fmt: skip
# A <p> marked as chrome ends where the next block begins, as in HTML, even when its end tag is missing.
CLOSES_P = frozenset({"p", "div", "section", "article", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"})


class _HeadlineArticleFinder(HTMLParser):
    """Which <article> (by its order of opening) holds the page's first <h1> inside an <article>: the
    story's. A teaser card's or a "Live" promo's <article> beside it is another story's."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.opened = 0
        self.open_articles: list[int] = []
        self.headline_article: int | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.opened += 1
            self.open_articles.append(self.opened)
        elif tag == "h1" and self.open_articles and self.headline_article is None:
            self.headline_article = self.open_articles[-1]

    def handle_endtag(self, tag):
        if tag == "article" and self.open_articles:
            self.open_articles.pop()


def headline_article(markup: str) -> int | None:
    finder = _HeadlineArticleFinder()
    finder.feed(markup)
    finder.close()
    return finder.headline_article


class _ArticleHTMLParser(HTMLParser):
    """Collects an HTML page's headline, paragraphs and publication metadata, skipping page chrome."""

    SKIP = frozenset({"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "figure", "figcaption", "svg", "button"})
    # A page whose whole body sits in one <form> (ASP.NET WebForms sites) keeps its text: read again without it.
    SKIP_BUT_FORMS = SKIP - {"form"}
    # Elements whose text is a block of its own: "<dt>Posted</dt><dd>3 Dec 2016</dd>" is two lines, not "Posted3 Dec 2016".
    BLOCKS = frozenset(
        {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr",
         "td", "th", "div", "section", "article", "main", "address", "hr", "br"}
    )  # fmt: skip

    def __init__(self, skip: frozenset[str] = SKIP, *, chrome_classes: bool = True, story_article: int | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self.story_article = story_article  # the order of the <article> holding the page's <h1> (headline_article)
        self.articles_opened = 0
        self.open_articles: list[int] = []
        self.skip = skip
        self.chrome_classes = chrome_classes  # leave out elements whose class names chrome (names_page_chrome)
        self.chrome_element: list = []  # [tag, depth] of the element named as chrome open now, else empty
        self.in_title = self.in_h1 = False
        self.page_title = ""
        self.h1s: list[tuple[str, bool]] = []  # every <h1>'s text, and whether it stands in an <article> or <main>
        self.in_story = 0  # <article> and <main> elements open now
        self.meta: dict[str, str] = {}
        self.story_time: str | None = None  # the first <time datetime> in its <article> or <main>, above its text
        self.story_text_begun = False  # a <p> opened inside the <article> or <main>
        self.time_datetime: str | None = None  # the first <time datetime> in the page's content
        self.chrome_time: str | None = None  # the first in its chrome (an aside's trending list, a header)
        self.canonical: str | None = None  # <link rel="canonical" href=...>: the page's address
        self.open_skips: list[str] = []  # the skipped elements open now, innermost last
        self.in_linked_data = False
        self.linked_data: list[str] = []  # <script type="application/ld+json"> bodies: the publisher's record
        self.parts: list[str] = []
        self.in_story_header = 0  # <header> elements inside the story open now
        self.open_paragraph: tuple[int, bool] | None = None  # (index in parts, inside the story) of a <p> open now
        self.lead_paragraphs: dict[bool, str] = {}  # the first paragraph's text, in the story (True) or anywhere

    def handle_starttag(self, tag, attrs):
        attrs = {k: v or "" for k, v in attrs}
        self.track_chrome_element(tag, attrs)
        if tag == "script" and "ld+json" in attrs.get("type", "").lower():
            self.in_linked_data = True
        if tag in ("article", "main"):
            self.in_story += 1
        if tag == "article":
            self.articles_opened += 1
            self.open_articles.append(self.articles_opened)
        elif tag == "p" and self.in_story:
            self.story_text_begun = True
        if self.is_story_header(tag):
            self.in_story_header += 1  # its <p>s are a byline and a date, not the story's first paragraph
        if tag == "p" and not (self.open_skips or self.chrome_element or self.in_story_header):
            self.open_paragraph = (len(self.parts), self.in_story > 0)
        if tag == "h1":
            # a headline in the article's own <header> ("entry-header") counts: an <h1> is read wherever it is
            self.in_h1 = True
            self.h1s.append(("", self.in_story > 0))
        elif tag in self.skip and not self.is_story_header(tag):
            self.open_skips.append(tag)
        elif tag == "title":
            self.in_title = True
        elif tag == "meta":
            key = (attrs.get("property") or attrs.get("name") or "").lower()
            if key:
                self.meta[key] = attrs.get("content", "")
        elif tag == "link" and "canonical" in attrs.get("rel", "").lower().split() and attrs.get("href"):
            self.canonical = self.canonical or attrs["href"]
        elif tag == "time" and attrs.get("datetime"):
            if set(self.open_skips) & CHROME_TAGS or self.chrome_element:
                self.chrome_time = self.chrome_time or attrs["datetime"]
            else:
                self.time_datetime = self.time_datetime or attrs["datetime"]
                if self.in_story and not self.story_text_begun:
                    # by the headline, above the story's first paragraph: not a related item's or a tweet's
                    self.story_time = self.story_time or attrs["datetime"]
        if tag in self.BLOCKS:
            self.parts.append("\n\n")

    def is_story_header(self, tag: str) -> bool:
        """Whether a <header> opens right inside the <article> that holds the page's <h1>: the story's own
        header, its byline and date lines (read for the credit and date, then set aside as header lines).
        Not a site header or a "Just in" ticker under <main>, nor a teaser card's or a promo's <article>."""
        return (
            tag == "header" and not self.open_skips and self.story_article is not None
            and self.open_articles[-1:] == [self.story_article]
        )

    def track_chrome_element(self, tag: str, attrs: dict[str, str]) -> None:
        """Open an element whose class names chrome, or count one of its own tag nested inside it."""
        if self.chrome_element:
            if self.chrome_element[0] == "p" and tag in CLOSES_P:
                self.chrome_element = []  # "<p class=caption>...<p>": the next paragraph closed it
            elif tag == self.chrome_element[0]:
                self.chrome_element[1] += 1
                return
        if not self.chrome_element and self.chrome_classes and tag not in NEVER_CHROME_BY_CLASS and names_page_chrome(attrs):
            self.chrome_element = [tag, 1]

    def handle_endtag(self, tag):
        if tag == "header" and self.in_story_header:
            self.in_story_header -= 1
        if tag == "p" and self.open_paragraph is not None:
            start, in_story = self.open_paragraph
            text = " ".join("".join(self.parts[start:]).split())
            if text and not is_byline_or_date_paragraph(text):
                self.lead_paragraphs.setdefault(in_story, text)  # not "8 March 2017", "Tom Hale, Baghdad"
            self.open_paragraph = None
        if self.chrome_element and tag == self.chrome_element[0]:
            self.chrome_element[1] -= 1
            if not self.chrome_element[1]:
                self.chrome_element = []
        if tag == "script":
            self.in_linked_data = False
        if tag in ("article", "main") and self.in_story:
            self.in_story -= 1
        if tag == "article" and self.open_articles:
            self.open_articles.pop()
        if tag in self.skip and tag in self.open_skips:
            # close the innermost open element of that name (pages leave some unclosed)
            last = len(self.open_skips) - 1 - self.open_skips[::-1].index(tag)
            del self.open_skips[last:]
        elif tag == "title":
            self.in_title = False
        elif tag == "h1":
            self.in_h1 = False
        if tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if self.in_linked_data:
            self.linked_data.append(data)
        if self.in_title:
            self.page_title += data
        elif self.in_h1 and self.h1s:
            text, in_story = self.h1s[-1]
            self.h1s[-1] = (text + data, in_story)
        elif self.open_skips or self.chrome_element:
            return
        else:
            self.parts.append(data)

    def lead_paragraph(self) -> str | None:
        """The story's first <p> (in its <article> or <main>, else the page's first): article text however
        short, never the page's header nor a date or byline in a <p>."""
        return self.lead_paragraphs.get(True) or self.lead_paragraphs.get(False)

    def headline(self, site: str | None) -> str:
        """The page's headline among its <h1>s: not the site's name (a logo's <h1>), the one in the
        article or main element first, else the last."""
        found = [(" ".join(text.split()), in_story) for text, in_story in self.h1s]
        found = [(text, in_story) for text, in_story in found if text and text != (site or "").strip()]
        in_story = [text for text, inside in found if inside]
        return in_story[0] if in_story else (found[-1][0] if found else "")


# The page's own "datePublished" in its linked data (an embedded image's or video's "dateCreated" is not).
LINKED_DATA_PUBLISHED_RE = re.compile(r'"datePublished"\s*:\s*"(?P<date>(?:19|20)\d\d-[01]\d-[0-3]\d)')


MIN_PAGE_WORDS = 30  # fewer words outside the skipped elements: the page's text may sit inside a <form>


def parsed_page(markup: str, skip: frozenset[str], *, chrome_classes: bool = True, story_article: int | None = None) -> _ArticleHTMLParser:
    parser = _ArticleHTMLParser(skip, chrome_classes=chrome_classes, story_article=story_article)
    parser.feed(markup)
    parser.close()
    return parser


def running_text_paragraphs(parser: _ArticleHTMLParser) -> int:
    """How many of a parsed page's blocks are running text: twelve words or more ending a sentence."""
    blocks = "".join(parser.parts).split("\n\n")
    return sum(1 for block in blocks if len(block.split()) >= 12 and block.rstrip().endswith((".", "!", "?", '"', "”")))


def lost_the_story(parser: _ArticleHTMLParser, markup: str) -> bool:
    """Whether leaving out the elements whose class names chrome left out most of the story's paragraphs:
    a container classed "entry share-enabled" or "comments-open" holds the whole story, while menus,
    share rows and tag lists hold none. Compared with the page read by its tags only."""
    kept = running_text_paragraphs(parser)
    by_tags = running_text_paragraphs(parsed_page(markup, parser.skip, chrome_classes=False, story_article=parser.story_article))
    return by_tags > 0 and kept * 2 < by_tags


def read_html_file(path: Path) -> Iterator[RawDocument | Rejection]:
    text = read_file_text(path)
    if isinstance(text, Rejection):
        yield text
        return
    markup = escape_stray_brackets(drop_html_comments(text))  # html.parser is quadratic on unclosed tags
    try:
        story = headline_article(markup)
        parser = parsed_page(markup, _ArticleHTMLParser.SKIP, story_article=story)
        if len("".join(parser.parts).split()) < MIN_PAGE_WORDS:
            parser = parsed_page(markup, _ArticleHTMLParser.SKIP_BUT_FORMS, story_article=story)  # the body inside one <form>
        if len("".join(parser.parts).split()) < MIN_PAGE_WORDS or lost_the_story(parser, markup):
            # the story inside an element a class names as chrome ("content has-comments"): read by tags only
            parser = parsed_page(markup, _ArticleHTMLParser.SKIP_BUT_FORMS, chrome_classes=False, story_article=story)
    except Exception as error:  # html.parser is lenient; anything it still raises is a bad page
        yield rejected(path, "malformed_html", f"cannot parse HTML: {error}")
        return
    meta = parser.meta
    # The publisher's records first (its meta tag, its linked data), then a date the content shows (in the
    # <article> or <main> first), then one in the chrome: an aside's "Trending" list dates other stories.
    linked = LINKED_DATA_PUBLISHED_RE.search("".join(parser.linked_data))
    published = (
        meta.get("article:published_time")
        or meta.get("date")
        or (linked.group("date") if linked else None)
        or parser.story_time  # not a "Latest" list's <time> above the <article>
        or parser.time_datetime
        or parser.chrome_time
    )
    site = meta.get("og:site_name") or title_site_name(parser.page_title)
    yield RawDocument(
        source=printable(str(path)),
        source_id=printable(path.stem),
        text=re.sub(r"\n{3,}", "\n\n", "".join(parser.parts)),
        title=field_line(parser.headline(site) or meta.get("og:title") or parser.page_title),
        outlet=field_line(site),
        url=field_line(meta.get("og:url") or parser.canonical),
        own_date=parse_listed_date(published) if published else None,
        # The page's text lines are cleaned as a scraped page's: menu, byline and date lines above the first
        # paragraph are its header (read for the date and the wire credit), not article text; the story's
        # first <p> is text however short.
        scraped_page=True,
        lead_paragraph=parser.lead_paragraph(),
    )
