"""HTML pages: the headline, paragraphs and publication metadata, with page chrome left out."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

from ..listed_dates import parse_listed_date
from ..markup_text import drop_html_comments, escape_stray_brackets
from ..outlets.page import title_site_name
from ..records import Rejection
from .decoding import read_file_text
from .documents import RawDocument, printable, rejected
from .tables import field_line

# Elements whose dates are other stories' or the site's: an aside's "Trending", a menu, the footer. (An
# article's <header> holds its own byline and date.)
CHROME_TAGS = frozenset({"aside", "nav", "footer"})


class _ArticleHTMLParser(HTMLParser):
    """Collects an HTML page's headline, paragraphs and publication metadata, skipping page chrome."""

    SKIP = frozenset({"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "figure", "figcaption", "svg", "button"})
    # Elements whose text is a block of its own: "<dt>Posted</dt><dd>3 Dec 2016</dd>" is two lines, not "Posted3 Dec 2016".
    BLOCKS = frozenset(
        {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr",
         "td", "th", "div", "section", "article", "main", "address", "hr", "br"}
    )  # fmt: skip

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.in_title = self.in_h1 = False
        self.page_title = self.h1 = ""
        self.meta: dict[str, str] = {}
        self.time_datetime: str | None = None  # the first <time datetime> in the page's content
        self.chrome_time: str | None = None  # the first in its chrome (an aside's trending list, a header)
        self.canonical: str | None = None  # <link rel="canonical" href=...>: the page's address
        self.open_skips: list[str] = []  # the skipped elements open now, innermost last
        self.in_linked_data = False
        self.linked_data: list[str] = []  # <script type="application/ld+json"> bodies: the publisher's record
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = {k: v or "" for k, v in attrs}
        if tag == "script" and "ld+json" in attrs.get("type", "").lower():
            self.in_linked_data = True
        if tag in self.SKIP:
            self.open_skips.append(tag)
        elif tag == "title":
            self.in_title = True
        elif tag == "h1":
            self.in_h1 = True
        elif tag == "meta":
            key = (attrs.get("property") or attrs.get("name") or "").lower()
            if key:
                self.meta[key] = attrs.get("content", "")
        elif tag == "link" and "canonical" in attrs.get("rel", "").lower().split() and attrs.get("href"):
            self.canonical = self.canonical or attrs["href"]
        elif tag == "time" and attrs.get("datetime"):
            if set(self.open_skips) & CHROME_TAGS:
                self.chrome_time = self.chrome_time or attrs["datetime"]
            else:
                self.time_datetime = self.time_datetime or attrs["datetime"]
        if tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_linked_data = False
        if tag in self.SKIP and tag in self.open_skips:
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
        elif self.open_skips:
            return
        elif self.in_h1:
            self.h1 += data
        else:
            self.parts.append(data)


# The page's own "datePublished" in its linked data (an embedded image's or video's "dateCreated" is not).
LINKED_DATA_PUBLISHED_RE = re.compile(r'"datePublished"\s*:\s*"(?P<date>(?:19|20)\d\d-[01]\d-[0-3]\d)')


def read_html_file(path: Path) -> Iterator[RawDocument | Rejection]:
    text = read_file_text(path)
    if isinstance(text, Rejection):
        yield text
        return
    parser = _ArticleHTMLParser()
    try:
        # Comments out and stray "<" escaped first: html.parser is quadratic on unclosed tags.
        parser.feed(escape_stray_brackets(drop_html_comments(text)))
        parser.close()
    except Exception as error:  # html.parser is lenient; anything it still raises is a bad page
        yield rejected(path, "malformed_html", f"cannot parse HTML: {error}")
        return
    meta = parser.meta
    # The publisher's records first (its meta tag, its linked data), then a date the content shows, then
    # one in the chrome: an aside's "Trending" list dates other stories.
    linked = LINKED_DATA_PUBLISHED_RE.search("".join(parser.linked_data))
    published = (
        meta.get("article:published_time")
        or meta.get("date")
        or (linked.group("date") if linked else None)
        or parser.time_datetime
        or parser.chrome_time
    )
    site = meta.get("og:site_name") or title_site_name(parser.page_title)
    yield RawDocument(
        source=printable(str(path)),
        source_id=printable(path.stem),
        text=re.sub(r"\n{3,}", "\n\n", "".join(parser.parts)),
        title=field_line(parser.h1 or meta.get("og:title") or parser.page_title),
        outlet=field_line(site),
        url=field_line(meta.get("og:url") or parser.canonical),
        own_date=parse_listed_date(published) if published else None,
    )
