"""HTML in a text field or a page: tags out, character references decoded, block elements as paragraph
breaks. Linear whatever the input holds (`escape_stray_brackets`)."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

# HTML elements a text field may carry markup of. Only these count as tags in a field, so "x<y and y>z"
# or "<Ahmad>" in plain prose stay text; a whole page may use any element name.
HTML_ELEMENTS = frozenset(
    """a abbr address article aside b bdi bdo big blockquote body br caption center cite code col colgroup dd
    del details dfn div dl dt em figcaption figure font footer h1 h2 h3 h4 h5 h6 head header hr html i iframe
    img ins kbd label li link main mark meta nav noscript object ol p picture pre q s samp script section
    small source span strike strong style sub summary sup table tbody td template tfoot th thead time title
    tr tt u ul var video wbr""".split()
)


# A tag whose end is in sight: a name, attributes (quoted values hold no angle brackets), then ">"; or a
# declaration ("<!DOCTYPE ...>") or processing instruction. Every part stops at the next "<", so finding
# tags in a text is linear, whatever it holds.
_ATTRIBUTE_VALUE = r"""(?:"[^"<>]*"|'[^'<>]*'|[^\s<>"'`=]+)"""
_ATTRIBUTE = rf"""[^\s<>"'=/]+(?:\s*=\s*{_ATTRIBUTE_VALUE})?"""
HTML_TAG_RE = re.compile(
    rf"""</?(?P<name>[a-z][\w:.-]*)(?=[\s/>])(?:\s+{_ATTRIBUTE}|(?<=["']){_ATTRIBUTE})*\s*/?>"""
    r"|<![a-z\[][^<>]*>|<\?[^<>]*>",
    re.IGNORECASE,
)
CHARACTER_REFERENCE_RE = re.compile(r"&(?:[a-z][a-z0-9]{1,31}|#\d{1,7}|#x[0-9a-f]{1,6});", re.IGNORECASE)


def drop_html_comments(text: str) -> str:
    """The text without `<!-- ... -->` comments; an unclosed one stays as text.

    str.find rather than a regex: a lazy `<!--.*?-->` rescans to the end from every unclosed opener.
    """
    parts: list[str] = []
    at = 0
    while (start := text.find("<!--", at)) != -1 and (end := text.find("-->", start + 4)) != -1:
        parts.append(text[at:start])
        at = end + 3
    parts.append(text[at:])
    return "".join(parts)


def is_tag(match: re.Match[str] | None, *, known_elements_only: bool) -> bool:
    """A whole tag; in a field, only of an HTML element ("<Ahmad>" in prose is not one)."""
    if match is None:
        return False
    name = match.group("name")
    if not known_elements_only:
        return True
    return name.lower() in HTML_ELEMENTS if name else match.group().lower().startswith("<!doctype")


def escape_stray_brackets(text: str, *, known_elements_only: bool = False) -> str:
    """The text with every "<" that does not open a whole tag written as "&lt;".

    html.parser (before Python 3.13.4) rescans to the end of the input from every unclosed "<a", "<a b='"
    or "<!--": a minute for 60 KB. Fed only whole tags it stays linear.
    """
    parts: list[str] = []
    at = 0
    while (start := text.find("<", at)) != -1:
        match = HTML_TAG_RE.match(text, start)
        whole = is_tag(match, known_elements_only=known_elements_only)
        parts.append(text[at:start])
        parts.append(match.group() if whole else "&lt;")
        at = match.end() if whole else start + 1
    parts.append(text[at:])
    return "".join(parts)


class _MarkupTextParser(HTMLParser):
    """The text of an HTML fragment: block elements become paragraph breaks, scripts and styles go."""

    SKIP = frozenset({"script", "style", "template"})
    BLOCKS = frozenset(
        {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "blockquote", "pre", "section",
         "article", "header", "footer", "aside", "nav", "main", "figure", "figcaption", "details", "summary",
         "h1", "h2", "h3", "h4", "h5", "h6", "hr", "caption"}
    )  # fmt: skip

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip_depth += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skip_depth:
            self.parts.append(data)


def has_markup(text: str) -> bool:
    """The text holds HTML tags or comments, not just prose that uses "<"."""
    if "<" not in text:
        return False
    return "<!--" in text or any(is_tag(m, known_elements_only=True) for m in HTML_TAG_RE.finditer(text))


def strip_markup(text: str) -> str:
    """A field's text with HTML tags and comments removed and character references decoded.

    Text without tags only has its references ("&amp;", "&#8217;") decoded; "<" in prose stays.
    """
    if not has_markup(text):
        return html.unescape(text) if CHARACTER_REFERENCE_RE.search(text) else text
    parser = _MarkupTextParser()
    parser.feed(escape_stray_brackets(drop_html_comments(text), known_elements_only=True))
    parser.close()
    return re.sub(r"\n{3,}", "\n\n", "".join(parser.parts))
