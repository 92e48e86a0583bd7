"""Raw documents to cleaned Articles: cleaning, datelines, size and language checks, stable ids."""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date

from ..clean import clean_text, normalise_unicode, split_scraped_text
from ..dates import credited_dateline, header_today_line, opening_dateline, page_date_line, parse_date_text
from ..entities.lexicon import read_word_list
from ..language import is_english
from ..listed_dates import both_readings, parse_listed_date, printed_address, url_date
from ..outlets import UNKNOWN_OUTLET, outlet_registry, page_outlet, wire_credit
from ..records import Article, Rejection
from .decoding import MAX_ARTICLE_FILE_BYTES
from .documents import RawDocument

MAX_RAW_ARTICLE_CHARS = MAX_ARTICLE_FILE_BYTES  # before cleaning: a table cell has no file size limit
MAX_ARTICLE_CHARS = 400_000
# The longest run of text without a sentence end or paragraph break the parser is given: spaCy parses a
# sentence-less run as one sentence, and time goes up with its length (60 KB: minutes).
MAX_UNBROKEN_CHARS = 20_000
# A single reported sentence ('"We will win," he said.', "The ministry denied the charge.") is worth analysing;
# fewer words are a label, a name or a scrap of page chrome.
MIN_ARTICLE_WORDS = 5


def strip_site_suffix(title: str) -> str:
    """A headline without the site's segments a page title adds to it: any " | Site Name" segment that
    names a known outlet, and a dashed tail of section labels that ends in one ("Car bomb kills 45 in Homs
    - Region - World - Ahram Online" -> "Car bomb kills 45 in Homs"). A name alone after a dash may be the
    headline's credit ("... - SANA") and stays, as does a tail naming no outlet ("Aleppo - the siege ends")."""
    segments = [s.strip() for s in title.split(" | ")]
    registry = outlet_registry()
    kept = [s for s in segments if registry.from_header([s]) is None] or segments[:1]
    while len(kept) < len(segments) and len(kept) > 1 and kept[-1].lower() in site_sections():
        kept.pop()  # "Aleppo bomb kills 6 | Middle East | Al Jazeera": the section the site files it under
    *rest, last = kept
    dashed = DASH_SEPARATOR_RE.split(last)
    filed = len(dashed) > 2 and dashed[-2].lower() in site_sections()
    if filed and registry.from_header([dashed[-1]]) is not None:
        # the site's name after the sections it files the story under; a name alone after a dash may be
        # the headline's credit ("Car bomb kills 20 in Homs - SANA") and stays
        dashed.pop()
        while len(dashed) > 1 and dashed[-1].lower() in site_sections():
            dashed.pop()
        last = " - ".join(dashed)
    return " | ".join([*rest, last])


DASH_SEPARATOR_RE = re.compile(r"\s+[-–—]\s+")


@functools.cache
def site_sections() -> frozenset[str]:
    """Section labels of page titles ("World", "Middle East"), from data/lexicons/site_sections.txt."""
    return frozenset(read_word_list("site_sections.txt"))


def separate_headline(body: str, title: str) -> str:
    """The body with a headline it opens with set apart as its own paragraph.

    Tables often store the headline again at the start of the text, run into the first sentence
    ("Aleppo bomb blast kills six Syrian state TV A bomb blast killed six ..."); as its own paragraph it
    cannot lend the first sentence its words, figures or sources.
    """
    head = body[: len(title)]
    rest = body[len(title) :]
    if not title or head.lower() != title.lower() or len(rest.split()) < 5 or rest[:1].isalnum():
        return body
    return f"{head.rstrip(' .:-|')}\n\n{rest.lstrip(' .:-|')}"


# Where the parser may start a new sentence: a sentence end (closing quotes or brackets allowed) before
# whitespace, or a line break. Fixed width, so finding them all is linear even in a run of "!!!!".
SENTENCE_BREAK_RE = re.compile(r"[.!?…]['’\"”)\]]{0,2}\s|\n")


def longest_unbroken_run(text: str) -> int:
    """Length of the longest stretch of text without a sentence break."""
    longest = start = 0
    for match in SENTENCE_BREAK_RE.finditer(text):
        longest = max(longest, match.start() - start)
        start = match.end()
    return max(longest, len(text) - start)


def article_id_for(text: str) -> str:
    """Stable id: the same cleaned text always gets the same id, whatever file it came from."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def cleaned_parts(doc: RawDocument) -> tuple[str, str, tuple[str, ...], str | None]:
    """The cleaned body, the headline, the page header lines (for the outlet: the lines above the
    headline, then the page title as written) and the dateline text."""
    if not doc.scraped_page:
        # A table's title column may hold the page title ("Headline - World - Ahram Online"): the headline
        # is without the site's segments, and a page title that named a known site names the outlet.
        written = normalise_unicode(doc.title or "").strip()
        headline = strip_site_suffix(written)
        return clean_text(doc.text), headline, (written,) if headline != written else (), None
    parts = split_scraped_text(doc.text, lead_paragraph=doc.lead_paragraph)
    title = doc.title or strip_site_suffix(parts.title)
    # The page title often names the site ("Headline | SANA"): it counts as header for the outlet.
    return parts.body, title, (*parts.header, parts.title), parts.dateline


def dated_body(body: str, title: str, own_date: date | None) -> tuple[date | None, str]:
    """The article's own date, and the body without a dateline it opens with.

    A dateline opening the text is metadata, not article: keep its date and drop it from the body.
    """
    if own_date is not None:
        return own_date, body
    if opening := opening_dateline(body):
        return opening.date, body[opening.end :].lstrip(" .,:-|\n")
    if title and body.startswith(title) and (after := opening_dateline(body[len(title) :])):
        return after.date, body  # "Headline 6 October 2016 Aleppo SANA ...": the dateline follows the headline
    if credited := credited_dateline(body):
        return credited.date, body  # "Headline NGO AFP Monday 16 Jun 2014 ...": a wire credit after the headline
    return None, body


def same_date_read_otherwise(listed_value: object, own_date: date) -> bool:
    """Whether an ambiguous date column value ("03/04/2015") names the dateline's date in its other
    reading: then the two do not disagree, the column was only read in the other order."""
    readings = both_readings(listed_value)
    return readings is not None and own_date in readings


def unusable(source: str, body: str) -> Rejection | None:
    """Why a cleaned body cannot be analysed (empty, too long, unparseable, too short, not English), or None.

    Cheap checks first: language detection is the costly one.
    """
    if not body.strip():
        return Rejection(source, "empty", "no article text after cleaning")
    if len(body) > MAX_ARTICLE_CHARS:
        return Rejection(source, "too_long", f"article text is {len(body):,} characters; the limit is {MAX_ARTICLE_CHARS:,}")
    if (run := longest_unbroken_run(body)) > MAX_UNBROKEN_CHARS:
        limit = f"the limit is {MAX_UNBROKEN_CHARS:,}"
        return Rejection(source, "unparseable", f"{run:,} characters without a sentence end or paragraph break; {limit}")
    n_words = len(body.split())
    if n_words < MIN_ARTICLE_WORDS:
        return Rejection(source, "too_short", f"only {n_words} words after cleaning (minimum {MIN_ARTICLE_WORDS})")
    if not is_english(body):
        return Rejection(source, "not_english", "text does not read as English")
    return None


def to_article(doc: RawDocument) -> Article | Rejection:
    """A cleaned Article from a raw document, or the Rejection saying why it cannot be one."""
    registry = outlet_registry()
    if len(doc.text) > MAX_RAW_ARTICLE_CHARS:
        limit = f"the limit is {MAX_RAW_ARTICLE_CHARS:,}"
        return Rejection(doc.source, "too_large", f"article text is {len(doc.text):,} characters; {limit}")
    body, title, header, dateline_text = cleaned_parts(doc)
    # A scraped page's date line near its top ("7 April 2025", "Published Sep 8, 2022 07:07 am"), read with
    # the page around it (a site header's "today" and a related list's dates are not the page's), else
    # the header's dateline line.
    page_stamp = page_date_line(doc.text) if doc.scraped_page and doc.own_date is None else None
    own_date = doc.own_date or (page_stamp.date if page_stamp else None)
    if dateline_text and not own_date and not (doc.scraped_page and header_today_line(doc.text, dateline_text)):
        own_date = parse_date_text(dateline_text)
    own_date, body = dated_body(body, title, own_date)
    listed = parse_listed_date(doc.listed_date, doc.day_first)
    if own_date is None and not doc.scraped_page and listed is None and (stamp := page_date_line(doc.text)):
        own_date = stamp.date  # a text file that opens with a date line of its own
    # A page that shows no date of its own and has no date column: the date its address spells
    # ("/2016/09/23/"), which news sites write when they publish.
    addressed = url_date(doc.url or (printed_address(doc.text) if doc.scraped_page else None)) if own_date is None and listed is None else None
    if not doc.scraped_page and title:
        body = separate_headline(body, title)
    if problem := unusable(doc.source, body):
        return problem

    # Who published: an outlet column, else the page's URL, header, copyright line or byline
    # (pipeline.outlets.page_outlet), else the wire credit (a copied wire story then files under its
    # agency, which beats "unknown" for filtering).
    published_by = (registry.from_column(doc.outlet) if doc.outlet else None) or page_outlet(
        doc.text, url=doc.url, header=header[:-1], title=header[-1] if header else None
    )
    wire = wire_credit(doc.text if doc.scraped_page else body, published_by)
    if published_by is None and wire and (credited := registry.named(wire)) and credited.kind != "agency":
        published_by, wire = credited.name, None  # "ERBIL (Kurdistan24) —" on a page naming no one else: its own credit
    outlet = published_by or wire or UNKNOWN_OUTLET
    return Article(
        article_id=article_id_for(body),
        source_id=doc.source_id,
        source=doc.source,
        outlet=outlet,
        title=title,
        published=own_date or listed or addressed,
        listed_date=listed if (own_date and listed and listed != own_date and not same_date_read_otherwise(doc.listed_date, own_date)) else None,
        text=body,
        n_words=len(body.split()),
        listed_location=doc.listed_location,
        date_source="dateline" if own_date else ("column" if listed else ("address" if addressed else None)),
        wire=wire,
        url=doc.url,
        metadata=json.dumps(dict(doc.extra), ensure_ascii=False, sort_keys=True) if doc.extra else None,
    )


def fold_duplicates(
    articles: Iterable[Article], keep_text: Callable[[str], None] | None = None
) -> list[Article]:
    """Exact duplicates (same cleaned text) kept once, first seen, with the others' sources recorded.

    With `keep_text`, each kept article's text is handed to it (in the order of the articles returned)
    and the article is kept with an empty text: the texts are the caller's to store (a build spools them).
    """
    kept: dict[str, Article] = {}
    for article in articles:
        first = kept.get(article.article_id)
        if first is None:
            if keep_text is not None:
                keep_text(article.text)
                article = replace(article, text="")
            kept[article.article_id] = article
        else:
            kept[article.article_id] = replace(first, duplicate_sources=(*first.duplicate_sources, article.source))
    return list(kept.values())
