"""Who published a page: the constructions by which a page names its own outlet.

In order of trust: the page's URL; a chrome line promoting the site ("Why you can trust SCMP") or naming it
as its own (its logo, its rules for readers, "More from X", "X uses cookies"); a site-name line in its header
("Kurdistan24", "World | The New Arab"); a copyright line ("© 2016 The Age", "Example News © 2016"); a byline
("By Jane Doe, The Jordan Times", "X Web Desk", "Published by X"); a site-name, domain or byline line in its
footer; a contact address at its domain; the writer at work on its own report ("a claim the Guardian could
not verify", "X has contacted the ministry for comment", "X has learned that") or naming its own
correspondent ("CGTN's Jane Doe met ..."); a page title ending in its name ("Headline | Example Daily News").
An outlet cited in the report ("told Al Jazeera", "according to Reuters", "seen by the Guardian") is not
among them, nor is a wire credit: that says whose copy the text is (`wire`).
"""

from __future__ import annotations

import re

from ..dates import RUNNING_TEXT_RE, parse_date_text
from .registry import Outlet, host_of, name_key, outlet_registry

HEADER_LINES = 15  # non-empty lines from the top that are the site header, headline and standfirst
FOOTER_LINES = 15  # non-empty lines from the end that are the footer

# "© 2016 The Age", "Copyright © 2024 Lakeshore Public Media", "(c) Syria Direct 2025. All rights reserved.",
# "Copyright 2019 Nature Middle East, all rights reserved", "© Copyright 2016, Example Times", "All content © Example".
COPYRIGHT_RE = re.compile(
    r"^\s*(?:(?:all\s+)?(?:content|contents|material)\s+)?(?:copyrights?\s*(?:©|\(c\))?|©\s*(?:copyright\b)?|\(c\))\s*"
    r"(?:(?:19|20)\d\d\s*(?:[-–]\s*(?:19|20)\d\d)?\s*,?\s*)?"
    r"(?P<holder>[^\n©]{2,80}?)"
    r"\s*(?:,?\s*(?:19|20)\d\d)?\s*(?:[.,|;-]\s*)?$",
    re.IGNORECASE,
)
# A footer line runs on after the notice: "... All rights reserved. This material may not be published",
# "© 2016 Example | Terms of use | Privacy". The holder stands before "All rights reserved" and the links.
ALL_RIGHTS_RE = re.compile(r"\ball\s+rights\s+reserved\b", re.I)
NOTICE_END_RE = re.compile(r"\s+[|·•]\s+|\s+[-–—]\s+(?=\S)")
COPYRIGHT_MARK_RE = re.compile(r"©|\(c\)|\bcopyrights?\b", re.I)
# The holder written before the sign: "Example News © 2016", "www.example.org - © 2009 - 2015 [E-mail: ...]".
HOLDER_FIRST_RE = re.compile(
    r"^\s*(?P<holder>[^\n©]{2,60}?)\s*[-–—,]?\s*(?:©|\(c\)|copyright\b)\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)?\s*\.?\s*$", re.I
)
SENTENCE_END_RE = re.compile(r"(?<=[a-z]{2})\.\s+(?=[A-Z])")  # "... OH. Powered by": not "Example Co. Ltd"
# Company suffixes and trailing words that are not part of the outlet's name.
HOLDER_TAIL_RE = re.compile(r"[\s,.]+(?:ltd|limited|inc|llc|plc|gmbh|co|corp|corporation|group|media group)\.?$", re.I)
NOT_HOLDERS = re.compile(r"^(?:all rights reserved|the author|the authors|getty images|shutterstock|\d+)\b", re.I)

# "By Jane Doe, The Jordan Times", "By Jane Doe | Kurdistan24", "Posted by Jane Doe for Middle East Eye".
BYLINE_RE = re.compile(
    r"^\s*(?:(?i:posted|written|published|reported|story)\s+)?[Bb][Yy]\s+[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|al-\w+|bin|de|van|von)){0,4}"
    r"\s*(?:,|\||[-–—]|\bfor\b|\bof\b)\s*(?P<outlet>[^\n,|]{2,60}?)\s*$"
)


# An outlet's staff or desk as the writer: "By the CNN Wire Staff", "By Kurdistan24 staff", "Example Times
# Web Desk", "World Example / News Desk". Only a known outlet counts: "Middle East Desk" is a section.
STAFF_BYLINE_RE = re.compile(
    r"^\s*(?:by\s+)?(?:the\s+)?(?P<outlet>[^\n,|/]{2,60}?)\s*[/|,]?\s*(?:(?:wire|news|web|online|digital)\s+)?(?:staff|desk)"
    r"(?:\s+writers?|\s+reporters?)?\s*$",
    re.I,
)
# A freelancer's line without "By": "Jane Doe, Special to Example News" (the writer writes for the page's outlet).
SPECIAL_TO_RE = re.compile(
    r"^\s*[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|al-\w+|bin|de|van|von)){0,4}\s*,\s*(?i:special\s+to)\s+(?P<outlet>[^\n,|]{2,60}?)\s*$"
)
# A page naming its publisher: "Published by Example News", "Distributed by Example Times".
PUBLISHED_BY_RE = re.compile(r"^\s*(?i:published|posted|distributed|brought\s+to\s+you)\s+by\s+(?:[Tt]he\s+)?(?P<outlet>[^\n,|]{2,60}?)\s*\.?\s*$")


# A report's writer speaking of its own newsroom's work:
#   "a claim the Guardian could not independently verify", "Reuters was unable to confirm the figures";
#   "Example News has contacted the ministry for comment", "... did not respond to Example News' request for comment";
#   "the districts that IRIN visited"; "Example News has learned that ...", "Example News can reveal".
# Another outlet's work is cited otherwise ("told Al Jazeera", "according to Reuters"): those do not count.
_WRITER = r"(?:\bthe\s+)?(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})"
# Each with the words it cannot match without: a text holding none of them is not searched with it.
SELF_REFERENCE_RES = (
    (("verify", "confirm"), re.compile(
        _WRITER + r"\s+"
        r"(?:could\s+not|couldn[’']t|cannot|can[’']t|was\s+(?:not\s+able|unable)\s+to|has\s+(?:not\s+been\s+able|been\s+unable)\s+to)\s+"
        r"(?:immediately\s+|independently\s+|yet\s+)*(?:verify|confirm)\b"
    )),
    # "... with the Example Express working to authenticate the videos", "Example News is seeking to verify".
    (("verify", "confirm", "authenticate"), re.compile(
        _WRITER + r"\s+(?:is\s+|was\s+|has\s+been\s+)?(?:working|trying|seeking)\s+to\s+(?:independently\s+)?(?:verify|confirm|authenticate)\b"
    )),
    (("comment",), re.compile(
        _WRITER + r"\s+(?:has|had|have)\s+(?:contacted|reached\s+out\s+to|approached|asked)\b[^.!?\n]{0,80}?\bfor\s+(?:a\s+)?comment\b"
    )),
    (("comment",), re.compile(r"\b(?:respond|reply|answer)(?:ed)?\s+to\s+" + _WRITER + r"(?:[’']s?)\s+requests?\s+for\s+(?:a\s+)?comment\b")),
    (("visited",), re.compile(r"\b(?:that|which|where)\s+" + _WRITER + r"\s+visited\b")),
    # "Example News has learned that ...", "the BBC understands", "Example News can reveal", "a letter Example
    # News has seen" (another outlet's scoop is cited as "seen by X" or "X reported": not counted).
    (("learn", "seen", "obtained", "reviewed", "understands", "reveal", "confirm", "disclose"), re.compile(
        _WRITER + r"\s+(?:(?:has|have)\s+(?:learned|learnt|seen|obtained|reviewed)|understands|can\s+(?:reveal|confirm|disclose))\b"
    )),
)


# A site promoting itself in its chrome: "Why you can trust SCMP", "Subscribe to The Daily Example",
# "Sign up for the Example Times newsletter", "Download the Example News app", "Follow Example News on X",
# "Support Example Direct". The name runs to the line's end or to "newsletter"/"app"/"on".
SITE_PROMOTION_RE = re.compile(
    r"^\s*(?i:why\s+you\s+can\s+trust|subscribe\s+to|sign\s+up\s+(?:for|to)|download|follow|support|donate\s+to)"
    r"\s+(?:[Tt]he\s+)?(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})"
    r"(?:[’']s)?(?i:\s+(?:newsletters?|app|apps|on\s+\w+(?:\s+\w+)?|today|journalism|reporting))?\s*[.!:]?\s*$"
)
# The writer naming its own correspondent: "CGTN's Jane Doe met some of them", "the Example Times' Jane Doe
# reports from Example". An outlet quoting a rival's correspondent by name is rare; an agency's is not
# (wire copy), so agencies are left out where this is used.
CORRESPONDENT_RE = re.compile(
    r"(?:\bthe\s+)?(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?:[’']s|s[’'])\s+"
    r"(?:(?:correspondent|reporter|producer|journalist|editor)\s+)?"
    r"(?-i:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?(?:\s+(?:al-|el-)?[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?){1,2})\b"
)


# A site naming itself in its own chrome, other than to promote itself:
#   its logo or home-page link ("The Example Times logo", "Back to Example News home page");
#   its rules for readers ("... are barred under Example News' regulations", "Example Times' Privacy Policy"; not
#   its "editorial guidelines", which news about the outlet names too);
#   its lists of further stories ("More from Example News", "Most read on The Example Times");
#   its notices and footer links (below).
_SITE = r"(?:[Tt]he\s+)?(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|and|&|for|on)){0,4})"
SITE_CHROME_RES = (
    re.compile(rf"^\s*(?:(?i:back\s+to|go\s+to|return\s+to)\s+)?{_SITE}\s+(?i:logo|home\s*page|front\s+page)\s*$"),
    re.compile(
        rf"{_SITE}(?:[’']s?)\s+(?i:privacy\s+(?:policy|notice)|terms\s+(?:of\s+(?:use|service)|and\s+conditions)|cookie\s+(?:policy|notice)"
        r"|comments?\s+policy|commenting\s+policy|community\s+(?:guidelines|standards)|regulations)\b"
    ),
    re.compile(rf"^\s*(?i:more\s+(?:stories\s+)?from|latest\s+(?:news\s+)?from|most\s+(?:read|popular|viewed)\s+(?:on|in|at))\s+{_SITE}\s*:?\s*$"),
    # Its notices and footer links: "Example News uses cookies ...", "Example News would like to send you
    # notifications", "The Example Times is not responsible for the content of external sites", "About
    # Example News", "Welcome to Example News".
    re.compile(
        rf"^\s*{_SITE}\s+(?:uses\s+cookies|(?:would\s+like|wants)\s+to\s+send\s+you|is\s+not\s+responsible\s+for\s+the\s+content\s+of\s+external)\b"
    ),
    re.compile(rf"^\s*(?i:about|welcome\s+to)\s+{_SITE}\s*[.!]?\s*$"),
)


def chrome_outlet(line: str) -> Outlet | None:
    """The known outlet a chrome line names as the site's own: its logo, its rules, its further stories
    ("Back to Example News home page", "Example News' privacy policy", "More from Example News"), or None."""
    if len(line) > 200:
        return None
    for regex in SITE_CHROME_RES:
        for match in regex.finditer(line):
            if outlet := _known_tail(match.group("name")):
                return outlet
    return None


def _known_tail(name: str) -> Outlet | None:
    """The known outlet a run of capitalised words ends with ("Read Example News" -> Example News), or None."""
    words = name.split()
    registry = outlet_registry()
    return next((outlet for start in range(len(words)) if (outlet := registry.named(" ".join(words[start:])))), None)


def promoted_outlet(line: str) -> Outlet | None:
    """The known outlet a chrome line promotes ("Why you can trust SCMP" -> South China Morning Post), or None."""
    if len(line) > 100:
        return None
    match = SITE_PROMOTION_RE.match(line)
    return outlet_registry().named(match.group("name")) if match else None


def correspondent_outlet(text: str) -> Outlet | None:
    """The known outlet whose correspondent the text names by a possessive ("CGTN's Jane Doe met ..."), or None."""
    registry = outlet_registry()
    for match in CORRESPONDENT_RE.finditer(text):
        if outlet := registry.named(match.group("name")):
            return outlet
    return None


def self_reference(text: str) -> Outlet | None:
    """The known outlet or agency a text names as the writer at work on its own report ("... a claim the
    Guardian could not independently verify", "Example News has contacted the ministry for comment"), or None."""
    registry = outlet_registry()
    for words, regex in SELF_REFERENCE_RES:
        if not any(word in text for word in words):
            continue
        for match in regex.finditer(text):
            if outlet := registry.named(match.group("name")):
                return outlet
    return None


def copyright_holder(line: str) -> str | None:
    """Who a copyright line names ("© 2016 The Age" -> "The Age", "Example News © 2016" -> "Example News"),
    as written, or None."""
    if len(line) > 240:
        return None
    # The notice is the " | " segment with the copyright sign, without bracketed asides ("[ E-Mail: ... ]"),
    # up to "All rights reserved".
    segment = next((part for part in re.split(r"\s+[|·•]\s+", line) if COPYRIGHT_MARK_RE.search(part)), "")
    parts = ALL_RIGHTS_RE.split(re.sub(r"\s*\[[^\]]*\]", "", segment), maxsplit=1)
    notice = parts[0].strip()
    if not notice.strip(" .,-|") and len(parts) > 1:
        # "All rights reserved © 2016 The Example Herald": the notice after the words when nothing stands
        # before them, if what it names is shaped like an outlet (not "© 2016 Privacy Policy")
        after = COPYRIGHT_RE.match(parts[1].strip(" .,-|"))
        notice = parts[1].strip() if after and _outlet_shaped(after.group("holder").strip(" .,-|")) else ""
    # "© Copyright 2016 The Example Herald, Town, State. Powered by ...": the notice's first sentence
    notice = SENTENCE_END_RE.split(notice, maxsplit=1)[0]
    if len(notice) > 160:
        return None
    # The sign first, the notice ending at a link or a dash ("© 2016 Example - Privacy"), else the holder first.
    match = COPYRIGHT_RE.match(NOTICE_END_RE.split(notice, maxsplit=1)[0])
    if match is None and (match := HOLDER_FIRST_RE.match(notice)) and not _outlet_shaped(match.group("holder")):
        return None  # "Jane Doe © 2016" under a photo: a photographer's name
    if match is None:
        return None
    holder = HOLDER_TAIL_RE.sub("", match.group("holder").strip(" .,-|"))
    # "© 2013, The Example Courier, Millbrook, OH. Powered by ...": the name before its town and the
    # next sentence, when that part is a name on its own.
    holder = SENTENCE_END_RE.split(holder, maxsplit=1)[0]
    if "," in holder and _outlet_shaped(first := holder.split(",", 1)[0]):
        holder = first
    if not holder or NOT_HOLDERS.match(holder) or not holder[0].isalnum():
        return None
    if re.search(r"\w\s*/\s*[A-Z]", holder):
        return None  # "© AFP 2017/ Jane Doe", "© Reuters/Getty Images": a picture's credit, agency and photographer
    # "Copyright laws protect writers": the word in a sentence, with no sign or year, names no holder;
    # a holder is a name ("Example Times") or a lower-case site address ("example24.com").
    if not (re.search(r"©|\(c\)|(?:19|20)\d\d", notice, re.I) and (holder[0].isupper() or holder[0].isdigit() or " " not in holder)):
        return None
    return holder.removeprefix("www.")


def _known_holder(holder: str) -> Outlet | None:
    """The known outlet a copyright holder names, by name or alias or as a site address ("kurdwatch.org")."""
    registry = outlet_registry()
    return registry.named(holder) or (registry.from_url(holder) if "." in holder and " " not in holder else None)


def _outlet_shaped(name: str) -> bool:
    """A known outlet's name, a site address ("www.example.org") or a name with an outlet noun ("Example News")."""
    name = name.strip(" .,-|")
    if outlet_registry().named(name) or re.fullmatch(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", name, re.I):
        return True
    words = name.lower().split()
    return len(words) <= 5 and "." not in name and any(word in OUTLET_NOUNS for word in words)


def byline_outlet(line: str) -> Outlet | None:
    """The known outlet a byline names after the writer ("By Jane Doe, The Jordan Times"), as the writer
    ("By the CNN Wire Staff", "Example Times Web Desk"), as the publisher ("Published by Example News") or as
    the one a freelancer writes for ("Jane Doe, Special to CNN"), or None."""
    if len(line) > 120:
        return None
    registry = outlet_registry()
    for regex in (BYLINE_RE, STAFF_BYLINE_RE, PUBLISHED_BY_RE, SPECIAL_TO_RE):
        if (match := regex.match(line)) and (outlet := registry.named(match.group("outlet"))):
            return outlet
    return None


# A contact address in a page's chrome: "Contact us: editor@example-news.org", "tips@example.com".
EMAIL_DOMAIN_RE = re.compile(r"\b[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)+)\b")


def contact_outlet(line: str) -> Outlet | None:
    """The known outlet whose domain a chrome line's e-mail address is at ("news@syriadirect.org"), or None.

    A sentence of the report ("..., she wrote to press@example.org.") is not chrome.
    """
    if len(line) > 160 or RUNNING_TEXT_RE.match(line):
        return None
    registry = outlet_registry()
    for match in EMAIL_DOMAIN_RE.finditer(line):
        if outlet := registry.from_url(match.group("domain")):
            return outlet
    return None


def _not_agency(outlet: Outlet | None) -> Outlet | None:
    # A bare agency name or "© AFP" on a page is a photo or wire credit, not the site's own name.
    return outlet if outlet is not None and outlet.kind != "agency" else None


def name_spelled_by_host(lines: list[str], host: str) -> str | None:
    """A line (or " | " segment) whose letters spell the site's domain name, as written: "RSOE EDIS" for
    rsoe-edis.org, "The Upcoming" for theupcoming.co.uk. None when no line does."""
    labels = [label for label in host.removeprefix("www.").split(".") if len(label) > 3]
    wanted = {re.sub(r"[^a-z0-9]", "", label) for label in labels[:1]}
    wanted |= {w.removeprefix("the") for w in wanted}
    for line in lines:
        for segment in re.split(r"\s+[|–—-]\s+|\s*\|\s*", line):
            segment = segment.strip(" :·•")
            if 0 < len(segment.split()) <= 6 and name_key(segment) in wanted:
                return segment
    return None


def page_outlet(text: str, *, url: str | None = None, header: tuple[str, ...] = (), title: str | None = None) -> str | None:
    """The outlet that published a scraped page, by the constructions above, or None.

    A URL the registry does not know gives the site's name as a page line spells it, else the host
    ("example-news.org"). `text` is the raw page text (chrome included); `header` holds the page's lines above the headline and
    the title (a site's promotion line there may mention its name: `OutletRegistry.mentioned_in`);
    `title` is the page title as written ("Headline | Site Name").
    An unknown outlet is taken from a copyright line, else from the page title's last segment when it is
    shaped like an outlet's name (`title_site_name`), else from a masthead above the navigation menu
    (`masthead_name`), as the line writes it; with an unknown address, from a copyright line before the host.
    """
    registry = outlet_registry()
    if url and (outlet := registry.from_url(url)):
        return outlet.name
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    top, bottom = [*([title] if title else []), *header, *lines[:HEADER_LINES]], lines[-FOOTER_LINES:]
    if url and (host := host_of(url)):
        # An address the registry does not know: the site's name as a page line spells it, or as its
        # copyright line writes it ("© 2013 Example Middle East" on example-asia.com), else the host.
        return name_spelled_by_host([*top, *bottom], host) or _copyright_name([*top, *bottom]) or host.removeprefix("www.")
    # A site promoting itself ("Why you can trust SCMP") outranks a bare name line, which may be a credit.
    for line in (*top, *bottom):
        if outlet := _not_agency(promoted_outlet(line) or chrome_outlet(line)):
            return outlet.name
    menu = menu_items(lines[:HEADER_LINES]) | menu_items(lines[-FOOTER_LINES:])
    for line in top:
        if line not in menu and (outlet := _not_agency(registry.site_name_line(line))):
            return outlet.name  # not "Science" between "Sport" and "Money": a section, not the masthead
    unknown_holder = None
    for line in (*top, *bottom):
        if holder := copyright_holder(line):
            if outlet := _known_holder(holder):
                if outlet.kind != "agency":
                    return outlet.name
            else:
                unknown_holder = unknown_holder or holder
    for line in top:
        if outlet := _not_agency(byline_outlet(line)):
            return outlet.name
    for line in bottom:
        if outlet := _not_agency((None if line in menu else registry.site_name_line(line)) or byline_outlet(line)):
            return outlet.name
    for line in (*top, *bottom):
        if outlet := _not_agency(contact_outlet(line)):
            return outlet.name
    if outlet := _not_agency(self_reference(text)):
        return outlet.name
    if outlet := _not_agency(correspondent_outlet(text)):
        return outlet.name
    # Above the first running-text line, chrome included (a cookie or promo line may name the site); not a
    # source line ("Source: Syrian Observatory for Human Rights" names who supplied the text; "Example Daily
    # with AFP" does name the site).
    from .credits import SOURCES_LINE_RE  # credits reads this module

    first_paragraph = next((i for i, line in enumerate(lines) if RUNNING_TEXT_RE.match(line)), 0)
    for line in (*header, *lines[:first_paragraph]):
        if line != title and not SOURCES_LINE_RE.match(line.strip()) and (outlet := registry.mentioned_in(line)):
            return outlet.name
    titled = next((name for line in (*([title] if title else []), *lines[:1]) if (name := title_site_name(line))), None)
    return unknown_holder or titled or masthead_name(lines) or agency_own_site(header, [*top, *bottom])


MENU_ITEM_MAX_WORDS = 3


def menu_items(lines: list[str]) -> set[str]:
    """The lines of a navigation menu: a short line (three words at most, no sentence punctuation) with short
    lines right above and below it. The first line of such a run is left out: a site's masthead often
    stands right above its menu ("Example News" / "Home" / "World")."""
    def short(line: str) -> bool:
        return len(line.split()) <= MENU_ITEM_MAX_WORDS and not re.search(r"[.!?:]$", line)

    return {
        line for i, line in enumerate(lines)
        if 0 < i < len(lines) - 1 and short(line) and short(lines[i - 1]) and short(lines[i + 1])
    }


def agency_own_site(header: tuple[str, ...], lines: list[str]) -> str | None:
    """An agency's own site: its name on a line of its own above the headline (its masthead) and in the
    page's copyright notice ("Anadolu Agency" ... "© 2020 Anadolu Agency. All rights reserved."). Either
    alone is as often a credit: a wire's byline under the headline, its notice under the copy a newspaper
    ran (`wire`). None when they do not name the same agency."""
    registry = outlet_registry()
    mastheads = {outlet.name for line in header if (outlet := registry.site_name_line(line)) and outlet.kind == "agency"}
    for line in lines:
        if (holder := copyright_holder(line)) and (known := _known_holder(holder)) and known.name in mastheads:
            return known.name
    return None


def _copyright_name(lines: list[str]) -> str | None:
    """The first copyright holder on the lines that is not an agency (a known outlet by its registry name)."""
    for line in lines:
        if holder := copyright_holder(line):
            known = _known_holder(holder)
            if known is None:
                return holder
            if known.kind != "agency":
                return known.name
    return None


# A page title ending in the site's name: "Rebels retake Example hill | Example Daily News", "Headline - The
# Example Herald". A name the registry does not know is taken when it is shaped like an outlet's name:
# title-case, at most six words, one of them a word outlets are named with ("News", "Times", "Post",
# "Herald", "TV", ...) and one that is not a section, region or source word: "Syria | Middle East News" is a
# section, "Blast kills six - Syrian State TV" a source.
TITLE_SEPARATOR_RE = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")
OUTLET_NOUNS = frozenset(
    """news times post daily herald tribune journal gazette press monitor observer chronicle telegraph express mail
    star review today weekly tv television radio agency network media online magazine report courier sentinel
    examiner inquirer standard dispatch bulletin wire independent mirror globe register record leader echo voice
    insider digest newspaper channel broadcasting reporter newswire ledger courant beacon enquirer advocate gleaner
    clarion argus statesman""".split()
)
SECTION_WORDS = frozenset(
    """world international global regional region local national breaking latest top live middle east west north
    south syria syrian arab arabic business politics opinion sport sports video videos photos home health science
    tech technology culture features analysis asia africa europe america us uk english the of and & in
    state official government opposition activist activists rebel rebels army military social foreign western
    ministry un russian turkish iranian israeli kurdish lebanese iraqi jordanian egyptian saudi american british
    french german chinese pro-government pro-assad""".split()
)
# "Dozens killed - Monitor Says", "Blast in Aleppo - State TV Reports": a source the headline cites, not the site.
REPORTING_WORDS = frozenset("says said reports reported claims claimed warns confirms denies quoted cites sources".split())
TITLE_NAME_RE = re.compile(r"^(?:[A-Z][\w&.'’-]*|of|and|&|the|al-\w+)(?:\s+(?:[A-Z0-9][\w&.'’-]*|of|and|&|the|al-\w+)){0,5}$")


def title_site_name(title: str) -> str | None:
    """The site name a page title ends with after its headline ("Headline | Example Daily News"), as
    written, or None: a known outlet by its registry name (an agency's is a credit), else an outlet-shaped name."""
    segments = [segment.strip(" :·•") for segment in TITLE_SEPARATOR_RE.split(title.strip())]
    if len(segments) < 2 or len(segments[0].split()) < 4 or len(title) > 200:
        return None
    name = segments[-1]
    if known := outlet_registry().named(name):
        return known.name if known.kind != "agency" else None
    words = [word.lower().strip(".,") for word in name.split()]
    if not TITLE_NAME_RE.match(name) or not any(word in OUTLET_NOUNS for word in words) or REPORTING_WORDS & set(words):
        return None
    return name if any(word not in OUTLET_NOUNS and word not in SECTION_WORDS for word in words) else None


# A site's masthead: the page's first line, a short capitalised name ("The Example Review"), with the
# navigation menu under it. A headline is followed by text, not by a menu.
MASTHEAD_RE = re.compile(r"^(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of|and|&|[A-Z][\w&.'’-]*)){0,4}$")
# A menu item as scraped from a list: "• Culture", "- Middle East". Unbulleted short lines under a title
# ("Jane Doe", "Share", "Tweet") are as often a headline's byline and sharing links.
MENU_LINE_RE = re.compile(r"^[•·▪●◦*–-]\s*[A-Z\d][\w&'’.,-]*(?:\s+[\w&'’.,-]+){0,3}$")
MENU_LINES = 3


def masthead_name(lines: list[str]) -> str | None:
    """The site name a page's first line gives above its navigation menu, as written, or None."""
    if len(lines) <= MENU_LINES or not MASTHEAD_RE.match(lines[0]) or len(lines[0]) > 40:
        return None
    if parse_date_text(lines[0]) or not all(MENU_LINE_RE.match(line.strip()) for line in lines[1 : 1 + MENU_LINES]):
        return None
    known = outlet_registry().named(lines[0])
    return (known.name if known.kind != "agency" else None) if known else lines[0]
