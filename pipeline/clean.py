"""Cleaning of scraped article text: site chrome out, the article's paragraphs intact.

Scraped plain text opens with a site's header and navigation lines, then the headline, then the body,
and often ends with reader comments. `split_scraped_text` separates those parts; each step is a small
function over a list of lines, so the rules can be read and tested one by one.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .agency_datelines import with_spaced_dateline_dash
from .date_forms import DATELINE_LINE_RE, WIRE_AGENCIES
from .dates import LISTED_ITEM_LINES, is_date_line
from .page_headlines import (
    BODY_MIN_WORDS,
    BYLINE_LINE_RE,
    SENTENCE_END_RE,
    headline_of,
    is_byline_or_date_paragraph,
    is_chrome_below_headline,
    is_place_line,
    is_running_text,
    is_site_name_line,
    is_standfirst_under,
    line_above,
    passed_over_for_headline,
)
from .run_in_lines import broken_run_in_lines
from .trailing_chrome import cut_trailing_chrome

# Lines that are never article text, wherever they stand.
BOILERPLATE_LINE_RES = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^this is an archived article\b.*",
        r"^this (article|story|content|page) is (more|over) than \w+ (years?|months?|days?) old\.?$",
        r"^.{0,40}\b(cookies?|cookie policy)\b.*\b(accept|agree|consent|use|settings)\b.*",
        r"^(subscribe|sign up|sign in|log in|register)\b.{0,80}$",
        # a paywall's notice: "You have reached your limit of free articles this month"
        r"^you('ve| have) (reached|used|read) (your|all of your|the) (limit|maximum|quota|allowance|\d+) (of )?free (articles|stories)\b.{0,120}$",
        r"^.{0,60}\b(subscribe to our newsletter|get our newsletter|newsletter sign[- ]?up)\b.*",
        r"^(share|tweet|email|print|whatsapp|facebook|twitter)( this( article| story)?)?:?$",
        r"^(share|follow us) on\b.{0,60}$",
        r"^(select page|skip to (main )?content|menu|search|home|clear|close|toggle navigation)$",
        r"^(see|view|show) (it )?on (the )?map$",
        r"^(related|read more|more from|you may also like|recommended)( articles| posts| stories)?:?$",
        r"^(tags?|filed under|categories|posted in):.*",
        # a breadcrumb trail: "Home > World > Middle East", "News » Syria" (short sections and an arrow between)
        r"^\w[\w &'’.,-]{0,30}(\s*[>»›]\s*\w[\w &'’.,-]{0,30}){1,6}\s*[>»›]?$",
        r"^media id:.*",
        r"^(photo )?caption:.*",
        r"^(image|photo) (credit|source):.*",
        r"^(©|copyright\b).{0,120}$",
        r"^all rights reserved\.?$",
        r"^advertisement$",
        # Subscription and paywall banners: "Subscribe now", "Already a subscriber?", "Gift 5 articles ...".
        r"^(already (a )?(subscriber|member)|subscribe now|subscribe (to|for) .{0,60}|become a (member|subscriber|supporter)\b.*)\??$",
        r"^gift \d+ articles?\b.*",
        r"^(support (our|independent) journalism|donate now)\b.{0,80}$",
        # Cookie banners however they open: "We use cookies to improve your experience ..."
        r"^.{0,200}\bcookies?\b.{0,200}\b(browsing|experience|website|privacy|consent|settings)\b.*",
        # Reading-time and relative-time stamps: "2 min read", "Reading Time: 3 minutes", "2 hours ago".
        r"^(\d+\s+min(ute)?s?\s+read|reading time\s*:?\s*\d+\s*min(ute)?s?|listen to this article.*)$",
        r"^\d+\s+(seconds?|minutes?|hours?|days?)\s+ago$",
        # Buttons, labels and counters: "Show more", "Like this:", "Paid Content", "Hide Caption", "1 of 12".
        r"^(show|load|see|view) (more|less|all)$",
        r"^(like this|paid content|sponsored( content)?|promoted( content)?|hide caption|summary|print)[:.]?$",
        r"^\d+ of \d+$",
        # comment and media buttons: "View comments", "Jump to comments (214)", "Click to follow", "Get short URL"
        r"^(view|show|hide|read|jump to|post|load)\s+(all\s+)?comments?(\s*\(\d+\))?$",
        r"^(click to follow|get short url|photo|video|audio|listen|gallery|watch)$",
        r"^(trends?|trending|topics?)\s*:.{0,80}$",
        r"^(order reprints|today'?s paper)\b.{0,80}$",
        # A site promoting its app, its chat, its translations or asking for support: "Download the Example
        # News app for your iOS or Android devices", "Since you're here ...", "This article is available in French".
        r"^(download|get) (the|our) .{0,60}\bapps?\b.{0,80}$",
        r"^(chat with us|message us) (in|on) .{0,80}$",
        r"^since you'?re here\b.{0,120}\b(favou?r|support|donat\w*|contribut\w*)\b.*",
        r"^this (article|story|page) is (also )?available in \w+.{0,60}$",
        # Share bars, counters and reading tools: "Share this with Email", "Copy link", "1,204 shares",
        # "Comments 312", "Views: 2,345", "A A A", "Audio version", "Download PDF (2.4 MB)".
        r"^(share|send|post)( (this|it)( (article|story|page))?)?( (with|via|on|by|to) [\w ]{1,20})?$",
        r"^(x|threads|bluesky|messenger)$|^from the section\b.{0,40}$",
        r"^(link copied|copy (the )?(link|url)|save( (article|story|for later|to read later))?|bookmark|flipboard|linkedin|reddit|pinterest|telegram|gift (this )?article)$",
        r"^(?!(19|20)\d\d$)[\d,.]+\s*[km]?(\s+(shares?|views?|comments?|reads?|likes?))?$",
        r"^(shares?|views?|comments?|reads?|likes?)\s*:?\s*[\d,.]+\s*[km]?$",
        r"^(a\s*){2,3}$|^(text|font) size\b.{0,20}$",
        r"^audio version$|^download (the )?(pdf|report)\b.{0,40}$",
        r"^\d+\s*(s|m|h|d|w|hrs?|mins?)( ago)?$",  # a relative time in short form: "2d", "5h"
        # A promotion of another story inside the text, its label and headline on one line: "READ MORE:
        # Airstrikes kill 30 at hospital", "Also read: ...", "Watch: ...", "Related | ..."
        r"^(read more|read also|also read|see also|related( coverage| stories| articles| story| article)?|more on this( story)?|"
        r"recommended|editor'?s picks?|don'?t miss|must read)\s*[:|»>]\s*\S.{0,200}$",  # not "VIDEO: ...", a headline's label
        # Bylines on a line of their own: "By Jane Doe", "By the CNN Wire Staff", "By Jane Doe, Example Times".
        r"^(story|words|text|translated|edited|written|compiled|photos?|photographs?) by:?\s+[A-Z][\w.'’-]*(\s+(and\s+)?[A-Z][\w.'’-]*){0,4}"
        r"(\s*[,/|]\s*[A-Z][\w .'’&-]{0,40})?$",  # "Photos by Jane Doe / AFP": a name, not "Compiled by the UN, the report says ..."
        r"^by:\s*[A-Z].{0,80}$",
        r"^by\s+(the\s+)?[A-Z][\w.'’-]+(\s+[\w.'’-]+){0,5}(\s*[,|]\s*[^.!?]{2,60})?$",
    )
]

# Photo captions: a line that credits a picture ("Photograph: Jane Doe/AFP/Getty Images", "Photo: Reuters",
# "[Getty]") or opens as one ("In this photo released ...", "This image provided by ..."). Running text
# never carries these markers.
CAPTION_LINE_RES = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\b(photograph|photo|picture|image|credit)\s*:\s*[^.]{2,80}$",
        r"\[(getty|afp|reuters|ap|epa|file|photo)[^\]]{0,40}\]\s*$",
        r"/\s*(afp|reuters|ap|epa|anadolu|getty images)(\s*/\s*getty images)?\s*\)?\s*$",
        r"^(in this|this) (file )?(photo|picture|image|handout)\b.*\b(provided|released|taken|made available|shows?)\b",
        r"\b(AFP|AP|EPA) PHOTO\b",
        # "File photo shows ...", "(File photo) A convoy ...", "... in Raqqa. Photo taken on Jan 5, 2025."
        r"^\(?(a )?file (photo|picture|image)\b",
        r"\b(photo|picture|image) taken (on|in) [^.]{2,40}\.?$",
    )
]
MAX_CAPTION_WORDS = 70

# Headers of link lists: "Read more", "Related", "Most Popular", "Most Viewed In World", "Latest In Middle East".
# The header and the headlines listed under it go; running text after the list is kept.
LINK_LIST_HEADER_RE = re.compile(
    r"^(read more|read also|also read|related( (articles?|stor(y|ies)|posts?|news|coverage|content|topics))?|more from\b.{0,40}|"
    r"more (stories|news)|more on this (story|topic)|more reading|[\w ]{2,20} recommends|more [\w ]{2,20} news|most (popular|read|viewed|shared|watched)\b.{0,40}|latest (in|from|news|stories)\b.{0,40}|"
    r"trending( now)?|top stories|editor'?s picks|recommended( for you)?|you may (also )?like|you might (also )?like|check also|see also|"
    r"don'?t miss|in case you missed it|fetching latest articles|popular now|what to read next|"
    # "More Stories From Example Radio", "MORE IN WORLD", "Also on Example News", "Editor Picks", "We recommend"
    # (a heading has no comma or sentence stop: "Also in Idlib, two children were killed." is text)
    r"more (?:stories|news|articles|videos|coverage) (?:from|on|in|about)\b[^,.;!?]{0,40}|more (?:in|about|on)\b[^,.;!?]{0,40}|"
    r"also (?:on|in)\b[^,.;!?]{0,40}|further reading|in depth|latest (?:updates|headlines|stories)|popular( stories| articles)?|"
    r"editor'?s? picks?|we recommend|recommended (?:reading|stories|articles)|more like this|read next|up next)\s*:?$",
    re.IGNORECASE,
)

# From the first of these lines on, everything is the comment section or page footer.
TAIL_START_RES = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^comments are closed\.?$",
        r"^leave a (reply|comment)\b.*",
        r"^\d+ (responses?|comments?|replies|thoughts) (to|on)\b.*",
        r"^(one|two|three|four|five) (response|comment|thought)s? (to|on)\b.*",
        r"^\d* ?comments?:?$",
        r"^(add|post) (a|your) comment\b.*",
    )
]

# A photo caption after a "Caption:" marker ends with a credit such as "AFP PHOTO / NAME".
PHOTO_CREDIT_RE = re.compile(r"(\bPHOTO\b|\bphoto:|getty images|\(reuters\)|/ ?(afp|reuters|ap)\b)", re.I)

# Wire credits closing an article ("Reporting by X; Editing by Y"): bylines, not article text.
# The pattern starts at the credit word; the spaces and "(" before it are trimmed in code, because a
# leading `[\s(]*` makes the search rescan every run of them from each position: minutes on 60 KB of "(".
CREDITS_TAIL_RE = re.compile(
    r"\b(?:Additional [Rr]eporting|Reporting|Writing|Editing|Compiled|Translated)(?: and [a-z]+)? by "
    r"[A-Z][^\n]{0,200}$"
)

# Page chrome run into a single block of text (scrapes that lost their line breaks, as in FA-KES).
INLINE_CHROME_RE = re.compile(r"\b(?:Get short URL(?: \d+)*|Print Tweet(?: Views \d+)?|Print this page)\b ?")
# An embedded video's title run into the text ("... of Idlib. Warplane crashes into market 35 killed -
# YouTube The Observatory said ..."): from the end of the sentence before it to " - YouTube". The title
# repeats or previews the story; it is chrome, not article text (gold guidelines).
VIDEO_TITLE_RE = re.compile(r"(?:(?<=[.!?][ ])|(?<=[.!?]['’\"”][ ])|^)[^.!?\n]{3,200}? - YouTube\b ?", re.MULTILINE)
# A tag list run into the lead ("... monitor said. Tags Syria Raqqa airstrikes US-led coalition A US-led
# coalition airstrike killed ..."): from "Tags" to the word that opens the lead sentence, a determiner or a
# count written out ("The", "A", "At least", "Three"; a bare figure may be the lead's object). Tags are names and noun labels: a run holding a verb or a
# preposition ("Anti-government activists say airstrikes have hit ...") is article text and stays, as does
# a run no such opener ends.
_TAG_WORD = (
    r"(?!(?:a|an|and|or|on|in|of|at|to|for|with|from|by|as|have|has|had|say|says|said|is|are|was|were|be|been|"
    r"that|which|who)\s)(?![a-z]+ed\s)[^\s.!?\"“”:;]+"  # nor a past tense: "Russian airstrikes killed 12 ..." is the lead
)
_LEAD_OPENER = (
    r"(?:The|A|An|At least|More than|Almost|Nearly|Some|Several|Dozens|Hundreds|Thousands|Scores|"
    r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Fifteen|Twenty|Thirty|Forty|Fifty)[\w-]*)"
)
TAG_LIST_RUN_IN_RE = re.compile(
    rf"(?:(?<=[.!?][ ])|(?<=[.!?]['’\"”][ ])|^)Tags\s+(?:{_TAG_WORD}\s+){{1,25}}?(?={_LEAD_OPENER}\s+[\w\"“-])", re.MULTILINE
)
# From the first of these in the article's closing part, the rest is sidebar, footer or sharing links.
INLINE_TAIL_RES = [
    re.compile(p)
    for p in (
        r"\bRelated (?:News|Articles|Stories|Posts|Topics|Coverage)\b",
        # "Related" right after a view or comment count: "Print Tweet Views 729 Related ...", "... 91 Related ..."
        r"(?:\bViews \d[\d,]*|(?:\.\.\.|…) ?\d[\d,]*) Related\b",
        r"\bSource:? [A-Z][\w ]{0,40} and (?:agencies|Agencies)\b",
        r"\b(?:Follow|follow) us on (?:Instagram|Twitter|Facebook|Telegram)\b",
        r"\b(?:Subscribe|SUBSCRIBE) to our (?:newsletter|Youtube channel|YouTube channel)\b",
        r"\bCopyright (?:©|\(c\))? ?\d{4}\b",
        r"\bAll rights reserved\b",
    )
]
INLINE_TAIL_FROM = 0.3  # only markers after this share of the text: a tail, not a mention in the story




@dataclass(frozen=True, slots=True)
class ScrapedParts:
    """A scraped page split into what the pipeline keeps apart."""

    header: tuple[str, ...]  # site name, navigation, tagline lines before the headline
    title: str
    dateline: str | None  # the dateline line as written, when the page has one
    body: str  # cleaned paragraphs joined by blank lines


# Typewriter double quotes, as plain-text wire copy and tokenised archives write them: ``Yes,'' he said.
# or ''Yes,'' he said. A doubled apostrophe between letters ("Ma''arat") is a transliteration, not a mark.
TYPEWRITER_OPENING_RE = re.compile(r"``(?=\S)")
TYPEWRITER_DOUBLE_RE = re.compile(r"(?<![\w'])''(?!')|(?<!')''(?![\w'])")


def normalise_unicode(text: str) -> str:
    """NFC form, no-break spaces as spaces, Windows line ends as newlines, typewriter double quotes
    (`` and '') as quotation marks; keeps curly quotes."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = TYPEWRITER_DOUBLE_RE.sub('"', TYPEWRITER_OPENING_RE.sub("“", text))
    return text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")


MAX_BOILERPLATE_LINE_CHARS = 200  # a longer line is article text, whatever it opens with
# Each list as one alternation: a page of 30,000 lines is matched once a line, not once a rule.
BOILERPLATE_LINE_RE = re.compile("|".join(f"(?:{r.pattern})" for r in BOILERPLATE_LINE_RES), re.IGNORECASE)
CAPTION_LINE_RE = re.compile("|".join(f"(?:{r.pattern})" for r in CAPTION_LINE_RES), re.IGNORECASE)
TAIL_START_RE = re.compile("|".join(f"(?:{r.pattern})" for r in TAIL_START_RES), re.IGNORECASE)


def is_boilerplate_line(line: str) -> bool:
    return bool(line) and len(line) <= MAX_BOILERPLATE_LINE_CHARS and BOILERPLATE_LINE_RE.match(line) is not None


def cut_tail(lines: list[str]) -> list[str]:
    """Lines before the comment section ("Leave a Reply", "3 responses to ...", "Comments are closed.").
    A comment section follows the story: above the story's first sentence the same words are a link in
    the header's chrome ("Leave a comment" under a WordPress headline, a comment counter in a share bar),
    and only that line goes."""
    kept: list[str] = []
    seen_paragraph = False
    for line in lines:
        stripped = line.strip()
        if TAIL_START_RE.match(stripped):
            if seen_paragraph:
                return kept
            continue
        seen_paragraph = seen_paragraph or looks_like_body_paragraph(stripped) or is_sentence(stripped)
        kept.append(line)
    return kept


def drop_photo_captions(lines: list[str]) -> list[str]:
    """Drop "Caption:" markers and the caption paragraph that follows one when it carries a photo credit."""
    kept: list[str] = []
    after_caption_marker = False
    for line in lines:
        stripped = line.strip()
        if re.match(r"^(photo )?caption:", stripped, re.I):
            after_caption_marker = True
            continue
        if after_caption_marker and stripped:
            after_caption_marker = False
            if PHOTO_CREDIT_RE.search(stripped):
                continue
        kept.append(line)
    return kept


# A sentence that introduces a list ends in a colon: "The Observatory documented the deaths of 63 people:".
LIST_INTRODUCTION_RE = re.compile(r":['’\"”)]?$")


def looks_like_body_paragraph(line: str) -> bool:
    """A running-text paragraph: several words and sentence punctuation at the end, or a colon that opens
    the list after it (a headline is shorter, and a menu or byline line never ends so)."""
    return is_running_text(line) or (len(line.split()) >= BODY_MIN_WORDS and LIST_INTRODUCTION_RE.search(line.strip()) is not None)


def drop_credits(text: str) -> str:
    """The text without a closing run of wire credits (and the spaces or "(" that open it)."""
    match = CREDITS_TAIL_RE.search(text)
    if match is None:
        return text.rstrip()
    end = match.start()
    while end and (text[end - 1].isspace() or text[end - 1] == "("):
        end -= 1
    return text[:end]


def cut_inline_tail(text: str) -> str:
    """The text before page chrome that follows the article in the same block ("Related News ...")."""
    earliest = len(text)
    for regex in INLINE_TAIL_RES:
        match = regex.search(text, int(len(text) * INLINE_TAIL_FROM))
        if match:
            earliest = min(earliest, match.start())
    return text[:earliest].rstrip(" |-") if earliest < len(text) else text


def tidy_body(text: str) -> str:
    """Inline chrome (a tag list run into the lead included), a chrome tail and closing wire credits removed
    from a body."""
    # The tail first: a view count in the sharing chrome marks where the related headlines start.
    text = VIDEO_TITLE_RE.sub("", INLINE_CHROME_RE.sub("", cut_inline_tail(text)))
    return drop_credits(TAG_LIST_RUN_IN_RE.sub("", text))


BULLET_LINE_RE = re.compile(r"^[•·▪●◦*–-]\s")


def join_paragraphs(lines: list[str]) -> str:
    """Paragraphs (runs of non-empty lines) joined by one blank line, inner whitespace tidied. A bullet
    point is a paragraph of its own: "- 21 civilians" and "- 17 fighters" are two items, not one line."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in [*lines, ""]:
        stripped = re.sub(r"[ \t]+", " ", line.strip())
        if stripped and current and BULLET_LINE_RE.match(stripped):
            paragraphs.append(" ".join(current))
            current = [stripped]
        elif stripped:
            current.append(stripped)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    return tidy_body("\n\n".join(paragraphs))


# A line that opens as a caption ("In this photo provided by ...") is one at any length: a gallery runs
# its captions together on one line. Unless a wire dateline follows in the line ("... BEIRUT (AP) —
# Airstrikes ..."): the caption was run into the story's lead, which is text.
CAPTION_OPENING_RE = re.compile(
    r"^\s*in this (file )?(photo|picture|image|handout)( \w+){0,3}? (provided|released|taken|made available|distributed)\b",
    re.IGNORECASE,
)
WIRE_DATELINE_IN_LINE_RE = re.compile(rf"\b[A-Z]{{3,}}[A-Z ,.]*\({WIRE_AGENCIES}\)\s*[-–—]", re.I)


# A short sentence closed by a picture agency's credit: "A man walks past the site of the blast on Sunday.
# (AFP)", "Smoke rises over the town. (File photo)", or a caption label ("Image caption Rescuers search ...").
# Article paragraphs that end on a credit are longer, and a wire dateline opens, not closes, its paragraph.
CREDITED_SENTENCE_RE = re.compile(
    r"[.!?]['’\"”]?\s*\((?:afp|reuters|ap|epa|anadolu|aa|getty(?: images)?|sana|xinhua|file(?: photo| picture)?|photo)"
    r"(?:\s*[/|]\s*[^()]{1,40})?\)\s*$"
    r"|^image caption\b",
    re.IGNORECASE,
)
CREDITED_SENTENCE_MAX_WORDS = 35
# A caption shows; a story's paragraph reports: "said", "according to", "denied", "killed" ...
REPORTING_WORD_RE = re.compile(
    r"\b(?:said|says|told|tells|reported|reports|according|announced|stated|added|denied|denies|confirmed|"
    r"accused|claimed|warned|killed|killing|wounded|wounding|injured|injuring|died|dead|deaths?|lives|toll|"
    r"victims|casualties|rose|risen)\b",
    re.IGNORECASE,
)


def is_caption_line(line: str) -> bool:
    """A photo caption or picture credit on a line of its own (see CAPTION_LINE_RES, CAPTION_OPENING_RE)."""
    if not line:
        return False
    if CAPTION_OPENING_RE.match(line) and not WIRE_DATELINE_IN_LINE_RE.search(line):
        return True
    if len(line.split()) <= CREDITED_SENTENCE_MAX_WORDS and CREDITED_SENTENCE_RE.search(line) and not REPORTING_WORD_RE.search(line):
        return True  # not "... said four children were among the dead. (AFP)": a story's closing line
    return len(line.split()) <= MAX_CAPTION_WORDS and CAPTION_LINE_RE.search(line) is not None


HEADLINE_MIN_WORDS = 5  # a sentence of the story under a subheading has at least this many words


def is_sentence(line: str) -> bool:
    """A short sentence of the story under a subheading ("Also in Idlib" / "A shell killed two children in
    Maarat al-Numan."): five words or more closed by a sentence stop, as a listed headline never is."""
    return len(line.split()) >= HEADLINE_MIN_WORDS and bool(SENTENCE_END_RE.search(line))


def drop_link_lists(lines: list[str]) -> list[str]:
    """Drop link-list headers ("Read more", "Most Popular") and, below the article's first paragraph,
    the headlines listed under them.

    A listed headline is a line that is not running text; the list ends at the first running-text
    line, which is kept (a "Related" box in mid-article does not cut the article).
    """
    kept: list[str] = []
    in_list = seen_paragraph = False
    listed_item_lines = 0  # after a heading above the first paragraph: lines that may be its item
    for line in lines:
        stripped = line.strip()
        if len(stripped) <= 80 and LINK_LIST_HEADER_RE.match(stripped):
            # Above the article's first paragraph the heading is a menu item, and what follows it may be
            # the page's own headline: the heading goes, and a date of the item under it.
            in_list = seen_paragraph
            listed_item_lines = 0 if seen_paragraph else LISTED_ITEM_LINES
            continue
        # a paragraph of the story, or a sentence of it ("Shelling killed five people on Monday."), not a
        # sentence of the site's own ("We use cookies to improve your experience.")
        seen_paragraph = (
            seen_paragraph
            or looks_like_body_paragraph(stripped)
            or (is_sentence(stripped) and not is_boilerplate_line(stripped))
        )
        if listed_item_lines and stripped:
            listed_item_lines -= 1
            if is_date_line(stripped):
                continue
        if in_list and stripped and not looks_like_body_paragraph(stripped) and not is_sentence(stripped):
            continue
        if stripped:  # running text: any list has ended
            in_list = False
        kept.append(line)
    return kept


def clean_lines(lines: list[str]) -> list[str]:
    """Lines with captions, link lists, the comment tail and boilerplate lines removed, and an agency
    dateline's hyphen spaced ("Aleppo, SANA-A child" -> "Aleppo, SANA - A child")."""
    lines = drop_link_lists(cut_tail(drop_photo_captions(lines)))
    return [
        with_spaced_dateline_dash(line) for line in lines
        if not is_boilerplate_line(line.strip()) and not is_caption_line(line.strip())
    ]


# A wire credit alone on a line: "— AP", "-- Reuters", "(AFP)". On a scraped page the outlet and wire are
# read from the raw page, so the credit line itself is chrome. (A table cell keeps it: its wire is read
# from the cleaned text.)
CREDIT_LINE_RE = re.compile(r"^(?:(?:--|[-–—])\s*[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3}|\([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3}\))\.?$")


def is_credit_line(line: str) -> bool:
    """A line that is only a wire credit ("— AP", "(AFP)") naming a known outlet or agency."""
    from .outlets import outlet_registry  # the registry reads a lexicon: imported when first needed

    return bool(CREDIT_LINE_RE.match(line)) and outlet_registry().named(line.strip("-–—() .")) is not None


def is_agency_byline(line: str) -> bool:
    """A byline or credit line naming an agency or the text's sources ("Reuters, Ankara", "QNA/Doha", "AFP |
    Updated: ...", "Source: Gaza Monitor", "Example 24 with AFP", "AFP via Getty Images"): no headline."""
    from .outlets.credits import is_credit_byline  # credits reads this module's neighbours

    return is_credit_byline(line)


LATIN_LETTER_RE = re.compile(r"[A-Za-z]")


def header_lines_out(lines: list[str]) -> list[str]:
    """The lines above the story's first <p> that the body keeps: a standfirst in the story's header
    ("Medical officials say the dead include children."), not the byline, date and credit lines under it
    ("By Jane Doe", "August 9, 2018", "AFP"), which stay header lines."""
    return [
        line for line in lines
        if not (is_byline_or_date_paragraph(line) or is_agency_byline(line.strip()) or is_site_name_line(line.strip()))
    ]


def split_scraped_text(raw: str, *, lead_paragraph: str | None = None) -> ScrapedParts:
    """Header, headline, dateline and cleaned body of a scraped plain-text page. `lead_paragraph`: the
    story's first paragraph when the markup says which it is (an HTML page's first <p>): the body starts
    there at the latest, however short it is ("Aleppo is burning.")."""
    lines = [line for line in clean_lines(normalise_unicode(raw).split("\n")) if not is_credit_line(line.strip())]
    lines = cut_trailing_chrome(lines)  # a poll, "Next Story", comment counters under the story

    # The header is everything before the first running-text paragraph.
    first_body = next((i for i, line in enumerate(lines) if looks_like_body_paragraph(line)), 0)
    lead = " ".join(normalise_unicode(lead_paragraph).split()) if lead_paragraph else None
    if lead and (marked := next((i for i, line in enumerate(lines) if " ".join(line.split()) == lead), None)) is not None:
        first_body = min(first_body, marked) if first_body or looks_like_body_paragraph(lines[0]) else marked
        lines = lines[:first_body] + header_lines_out(lines[first_body:marked]) + lines[marked:]
    header = [line.strip() for line in lines[:first_body] if line.strip()]
    dateline = next((line for line in header if DATELINE_LINE_RE.match(line)), None)
    # The headline is the last header line that is not the dateline or another date stamp, a byline, a
    # bullet point of a summary list, a site-name or credit line ("The Example Post") or a metadata line (a
    # clock time, "2 days ago", "24 Comments", a place's name alone): navigation comes first.
    candidates = [line for line in header if line != dateline]
    headlines = passed_over_for_headline([
        line for line in candidates
        if not BULLET_LINE_RE.match(line) and not is_site_name_line(line) and not is_date_line(line)
        and not BYLINE_LINE_RE.match(line) and not is_agency_byline(line)
        and LATIN_LETTER_RE.search(line)  # an English story's headline: not "الأحد ١٥ كانون الأول ٢٠١٩" nor "عربي"
    ])
    # With no headline of three words, the last line that is no dateline's place in capitals ("Kharkiv"
    # over "KYIV"), else the last.
    plain = [line for line in headlines if not (is_chrome_below_headline(line) and is_place_line(line))]
    title = headline_of(headlines) or (plain or headlines or candidates or [""])[-1]
    standfirst = None
    if title and (above := line_above(headlines, title)) is not None and is_standfirst_under(above, title):
        title, standfirst = above, title  # "Rebels say they shot down a jet" / "The group says it hit ...; the army ..."
    candidates = [line for line in candidates if line not in (title, standfirst)] + [title] if title else candidates
    body = join_paragraphs(([standfirst, ""] if standfirst else []) + lines[first_body:])
    return ScrapedParts(header=tuple(candidates[:-1]), title=title, dateline=dateline, body=body)


def clean_text(raw: str) -> str:
    """The cleaned body of an article held in one field (a CSV cell, a JSON value).

    Unlike a scraped page, a field holds only the article, so no header is cut: boilerplate lines,
    captions and comment tails go, paragraphs stay, and lines the field ran together are broken again
    (`run_in_lines`: a standfirst printed again as the lead, a wire's date stamp before the lead).
    """
    return join_paragraphs(broken_run_in_lines(clean_lines(normalise_unicode(raw).split("\n"))))
