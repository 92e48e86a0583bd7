"""Wire credits: the agency or outlet whose copy a text is ("BEIRUT (AP) —", "... said. — Reuters", "Source: AFP")."""

from __future__ import annotations

import re

from ..date_forms import DATE_RES
from ..dates import RUNNING_TEXT_RE, is_date_line
from ..page_headlines import (
    BYLINE_LINE_RE,
    SENTENCE_END_RE,
    WRITER_LINE_RE,
    is_chrome_below_headline,
    is_metadata_line,
    is_place_line,
)
from .page import ALL_RIGHTS_RE, _known_holder, copyright_holder, self_reference
from .registry import outlet_registry

# The credit of a dateline names whose report the text is. Two constructions:
#   "GENEVA (Reuters) -", "BEIRUT, Nov 25 (Reuters):", "UNITED NATIONS, Sept. 19 (Xinhua) --",
#   "BEIRUT, March 3, 2015 (AFP) -"
#   "Provinces, SANA-", "STEPANAKERT, FEBRUARY 8, ARTSAKHPRESS:"
_PLACE = r"[A-Z][A-Za-z'.-]*(?:[ /](?:[a-z]{1,3}-)?[A-Z][A-Za-z'.-]*){0,3}"  # also "Abu al-Duhur"
# The date a dateline may carry after its place: "Nov 25", "Sept. 19", "March 3, 2015", "3 March 2015".
DATELINE_DATE_PART = r"(?:,\s*(?:[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+[A-Za-z]{3,9}\.?)(?:,?\s+\d{4})?)?"
_DATE_PART = DATELINE_DATE_PART
_DASH = r"\s*(?:--|[-–—:])"
# "Aleppo, Syria (CNN) --", "NASHVILLE, Tenn. (AP) --", "Abu al-Duhur (Syria) (AFP) -"
DATELINE_COUNTRY_PART = r"(?:,\s*[A-Z][a-z]+\.?(?: [A-Z][a-z]+)?|\s*\([A-Z][a-z]+(?: [A-Z][a-z]+)?\))?"
_COUNTRY_PART = DATELINE_COUNTRY_PART
PARENTHESISED_CREDIT_RE = re.compile(rf"(?m)^\s*{_PLACE}{_COUNTRY_PART}{_DATE_PART}\s*\((?P<credit>[A-Z][\w&.' -]{{1,30}}?)\){_DASH}")
TRAILING_CREDIT_RE = re.compile(rf"(?m)^\s*{_PLACE}{_DATE_PART},\s*(?P<credit>[A-Z][A-Za-z0-9]+(?: [A-Z][A-Za-z0-9]+){{0,2}}){_DASH}")
# A credit with no place before it, as a blog or aggregator reposts wire copy: "(Reuters) - Syrian warplanes ...".
OPENING_CREDIT_RE = re.compile(r"(?m)^\s*\((?P<credit>[A-Z][\w&.' -]{1,30}?)\)\s*(?:--|[-–—:])\s*(?=[A-Z\"“])")
CREDIT_WINDOW = 1200  # characters from the top: datelines open the article
NOT_CREDITS = {"updated", "update", "photo", "video", "file", "archive", "pictured", "reporting", "ap photo"}


def credited_source(text: str) -> str | None:
    """The agency or outlet a dateline credits ("BEIRUT (AP) —" -> "AP"), as written, or None.

    Only a credit in a dateline counts: one at the start of a line, after a place (and a date), and
    followed by a dash or colon; an agency named in a sentence ("told AFP") is a source, not a credit.
    """
    span = dateline_credit_span(text)
    return text[span[0] : span[1]] if span else None


def dateline_credit_span(text: str) -> tuple[int, int] | None:
    """(start, end) character offsets of the credit `credited_source` reads, or None: the wire's own
    name there is whose report the text is, never a source the text cites."""
    window = text[:CREDIT_WINDOW]
    for regex in (PARENTHESISED_CREDIT_RE, TRAILING_CREDIT_RE, OPENING_CREDIT_RE):
        for match in regex.finditer(window):
            credit = match.group("credit").strip()
            if credit.lower() in NOT_CREDITS or credit.isdigit():
                continue
            if regex is OPENING_CREDIT_RE and (
                outlet_registry().named(credit) is None
                or any(RUNNING_TEXT_RE.match(line.strip()) for line in window[: match.start()].split("\n"))
            ):
                continue  # with no place before it, only a known outlet's name opening the first paragraph
            # After a comma, a title-case word is the place's country or state ("ALEPPO, Syria —"):
            # a credit there is written in capitals ("Provinces, SANA-") or is a known outlet.
            if regex is TRAILING_CREDIT_RE and not credit.isupper() and outlet_registry().from_column(credit) == credit:
                continue
            if regex is TRAILING_CREDIT_RE and names_a_country_not_an_outlet(credit):
                continue  # "GAZIANTEP, TURKEY —": the place's country in capitals
            start = match.start("credit") + (len(match.group("credit")) - len(match.group("credit").lstrip()))
            return start, start + len(credit)
    return None


def names_a_country_not_an_outlet(credit: str) -> bool:
    """Whether a dateline's word after the place is a country or region ("TURKEY", "SYRIA"), not an outlet."""
    from ..places.resolve import resolve_offline  # the places package reads outlets' names

    if outlet_registry().named(credit) is not None:
        return False
    place = resolve_offline(credit.title())
    return place is not None and place.kind in ("country", "region")


def credit_display_name(credit: str) -> str:
    """A credit as an outlet name: the registry's name if known, else the credit, SHOUTED words in title case."""
    known = outlet_registry().from_column(credit)
    if known and known != credit:
        return known
    return credit.title() if credit.isupper() and len(credit) > 5 else credit


# A TASS-style dateline puts the credit between slashes after the place and date:
# "MOSCOW, July 30. /TASS/." (and "HMEYMIM /Syria/, July 30. /TASS/.").
SLASHED_CREDIT_RE = re.compile(r"(?m)^\s*[A-Z][A-Za-z' -]*[^\n]{0,40}?[.,]\s*/(?P<credit>[A-Z][A-Za-z-]{1,20})/\s*\.")

# A credit closing the text: a last line or paragraph end "— AP", "-- Reuters", "(AFP)", or a
# "Source: AFP" / "Source: Reuters, AFP" line. Only known agencies and outlets count there: a closing
# word in brackets may be anything ("(Video)").
_CREDIT_NAME = r"[A-Z][\w&.' -]{0,40}?"
CLOSING_DASH_CREDIT_RE = re.compile(rf"(?:^|[.!?\"”’)]\s*)(?:--|[-–—])\s*(?P<credit>{_CREDIT_NAME})\s*\.?\s*$")
# "(AFP)", and the agencies an editor's sign-off lists: "(AFP, Reuters)", "jd/kms (AFP, Reuters, dpa)" (the first).
CLOSING_BRACKET_CREDIT_RE = re.compile(
    rf"(?:^|[.!?\"”’]\s*|^[a-z]{{1,4}}(?:/[a-z]{{1,4}})+\s*)\((?P<credit>{_CREDIT_NAME})(?:\s*,\s*[\w&.' -]{{1,30}})*\)\s*\.?\s*$"
)
# "Some information for this report was provided by AP and Reuters.": the agencies' copy worked in.
PROVIDED_BY_RE = re.compile(
    rf"^\s*(?:some\s+)?(?:information|material|reporting)\s+(?:for\s+this\s+(?:report|article|story)\s+)?"
    rf"(?:was|were)\s+(?:provided|contributed|supplied)\s+by\s+(?P<credit>{_CREDIT_NAME})(?:\s*(?:,|and|&)\s*{_CREDIT_NAME})*\s*\.?\s*$",
    re.I,
)
SOURCE_LINE_RE = re.compile(rf"^\s*(?:Source|Sources|Credit|Courtesy)\s*:\s*(?P<credit>{_CREDIT_NAME})(?:\s*(?:,|/|and|&)\s*{_CREDIT_NAME})*\s*\.?\s*$", re.I)
# "(With input from Reuters)", "With reporting by AFP", "(Example 24 with AFP)": an agency's copy worked in.
INPUT_FROM_RE = re.compile(
    rf"^\s*(?:\(?\s*with\s+(?:additional\s+)?(?:input|inputs|reporting|material)\s+(?:from|by)\s+|\(\s*(?:[\w .'-]{{0,30}}?\s+)?with\s+)"
    rf"(?P<credit>{_CREDIT_NAME})\s*\)?\s*\.?\s*$",
    re.I,
)
CLOSING_LINES = 6  # non-empty lines from the end a closing credit may stand on (footers follow it)
# A photo caption ends with its picture agency ("A boy walks past rubble. (AFP)"): not the text's credit.
CAPTION_WORDS_RE = re.compile(r"\b(?:photos?|pictures?|images?|pictured|file|getty|caption|seen here|in this)\b", re.I)


def closing_credit(text: str) -> str | None:
    """A known agency or outlet credited at the end of the text ("... reopened. — AP", "Source: AFP", or
    the agency's name alone on a line after the last paragraph: "... reopened.\nAP", "(With input from
    Reuters)"), on the last lines or on those right after the last paragraph (a footer of tags and
    links may follow the credit)."""
    registry = outlet_registry()
    all_lines = [line.strip() for line in text.split("\n") if line.strip()]
    last_paragraph = max((n for n, line in enumerate(all_lines) if RUNNING_TEXT_RE.match(line)), default=None)
    kept = set(range(max(0, len(all_lines) - CLOSING_LINES), len(all_lines)))
    if last_paragraph is not None:
        kept |= set(range(last_paragraph, min(len(all_lines), last_paragraph + 1 + CLOSING_LINES // 2)))
    lines = [all_lines[n] for n in sorted(kept)]
    for n in range(len(lines) - 1, -1, -1):
        line = lines[n]
        # "... the ministry said.\nAP": an agency's name alone on the line after a paragraph.
        known = registry.named(line) if len(line) <= 40 else None
        if known and known.kind == "agency" and n and SENTENCE_END_RE.search(lines[n - 1]):
            return known.name
        for regex in (SOURCE_LINE_RE, CLOSING_DASH_CREDIT_RE, CLOSING_BRACKET_CREDIT_RE, INPUT_FROM_RE, PROVIDED_BY_RE):
            match = regex.search(line)
            if match and regex is not SOURCE_LINE_RE and CAPTION_WORDS_RE.search(line[: match.start()]):
                continue
            if match and (outlet := registry.named(match.group("credit").strip())):
                if regex is PROVIDED_BY_RE and outlet.kind != "agency":
                    continue  # "information was provided by the Observatory": a source, not a wire
                return outlet.name
    return None


def slashed_credit(text: str) -> str | None:
    """The credit of a TASS-style dateline ("MOSCOW, July 30. /TASS/."), as written, or None."""
    match = SLASHED_CREDIT_RE.search(text[:CREDIT_WINDOW])
    return match.group("credit") if match else None


def wire_credit(text: str, page_outlet: str | None = None) -> str | None:
    """Whose copy the text is: a dateline credit, a TASS-style credit or a closing credit, as an outlet name.

    An outlet crediting itself ("ERBIL (Kurdistan24) —" on Kurdistan24's page) is not wire copy; an
    agency is, on its own site too (Reuters' page is Reuters copy). Returns None when nothing credits.
    """
    credit = credited_source(text) or slashed_credit(text)
    name = credit_display_name(credit) if credit else (closing_credit(text) or byline_credit(text) or agency_notice(text, page_outlet))
    if name is None and (writer := self_reference(text)) and writer.kind == "agency":
        name = writer.name  # "Reuters could not independently verify the reports": Reuters copy
    if name is None:
        return None
    known = outlet_registry().named(name)
    if page_outlet and known and known.kind != "agency" and known.name == page_outlet:
        return None
    return name


# An agency credited in the byline under a headline: "By REUTERS", "By Jane Doe, Associated Press", "By
# EXAMPLE STAFF and AFP", "ANKARA – Anadolu Agency", "Source: Reuters", or the agency's name alone on its line.
# Not "Credit: Reuters": that credits a picture, as "Picture: AFP" does.
BYLINE_CREDIT_RE = re.compile(
    r"^\s*(?P<prefix>(?i:by)\s+(?:.*?(?:\s+and\s+|,\s*|\s+))?|(?P<source>(?i:source|sources)\s*:\s*)|[A-Z][A-Z' -]{1,30}\s*[-–—]\s*"
    r"|[A-Z][\w'’]*(?:\s+[A-Z0-9][\w'’]*){0,4}\s+(?i:with|and|&)\s+)?"
    r"(?P<credit>[A-Z][\w&.' -]{0,40}?)\s*$"
)  # also "EXAMPLE DAILY WITH AA", "Example 24 with AFP", "Jane Doe and Reuters": a newsroom's staff with an agency's copy
BYLINE_LINES = 6  # non-empty lines from the top, above the first paragraph, a byline may stand on (further down: a
# sidebar's "By Reuters" under a promoted story; tried at 30 lines on 3 December and withdrawn) ...
BYLINE_BLOCK_LINES = 6  # ... and the lines right above the first paragraph, however long the menu above them


def byline_credit(text: str) -> str | None:
    """A known agency a byline line above the first paragraph credits ("By REUTERS", "ANKARA – Anadolu
    Agency", "By Jane Doe Associated Press", "EXAMPLE DAILY WITH AA", "AFP April 08, 2018", or "AFP" alone on
    its line by the date line or right above the text), by its registry name; None when no line does.

    A byline stands in the page's first lines or in the block between the headline and the first paragraph
    (`byline_lines`); a menu of any length may come before that block."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    first_paragraph = first_paragraph_of_text(lines)
    for n in byline_lines(lines, first_paragraph):
        line = lines[n]
        if len(line) > 80:
            continue
        if another_story_head_below(lines, n, first_paragraph):
            continue  # "Latest" / "Oil prices slip" / "By Reuters" / headline / date / text: a promoted story's credit
        if (listed := agency_among_fields(line)) is not None:
            return listed  # "AFP | Updated: Aug 5, 2016", "World News | Agence France-Presse | Updated: ...", "Reuters, Ankara"
        if (stamped := agency_before_stamp(line)) is not None:
            return stamped  # "AFP April 08, 2018", "By Reuters | Mar 5th 2020 | 2 min read"
        if (credited := agency_in_byline(line)) is None:
            continue
        name, alone = credited
        if alone and not signs_the_text(lines, n, first_paragraph):
            continue  # an agency's name alone elsewhere is a menu item or a photo credit
        if n >= BYLINE_LINES and writer_byline_below(lines, n, first_paragraph):
            continue  # "By Reuters" / headline / "By Jane Doe" / text: the credit of a promoted story above
        if graphic_source_under_byline(lines, n):
            continue  # "By Jane Doe" / date / "Deaths by month" / "Source: Reuters": a chart's source
        return name
    return None


HEADLINE_LIKE_MIN_WORDS = 4  # "Talks stall in Geneva"; a menu's items and kickers are shorter


def is_headline_like(line: str) -> bool:
    """A line shaped like a headline: four words or more with no sentence end, and no byline, date stamp,
    writer's line, caption or other metadata line ("Oil prices slip on supply fears"; not "By Jane Doe",
    "Updated 2 hours ago", "Middle East")."""
    return (
        len(line.split()) >= HEADLINE_LIKE_MIN_WORDS
        and not SENTENCE_END_RE.search(line)
        and not BYLINE_LINE_RE.match(line)
        and not is_stamp_line(line)
        and not is_chrome_below_headline(line)
        and not is_metadata_line(line)
        and agency_in_byline(line) is None
    )


# Credit lines under a headline that name no agency by a rule above: a source line naming its sources ("Source:
# Gaza Monitor", "Sources: AFP, Reuters", "Source: Example TV + Agencies"; not "Sources: Russia to pull out"), the
# staff with the wires ("Guardian staff and agencies", "Example World and Agencies"), a picture's agency and
# photographer ("AFP via Getty Images", "REUTERS/Jane Doe").
SOURCES_LINE_RE = re.compile(r"^(?i:sources?)\s*:\s*[A-Z][\w&'’.-]*(?:(?:\s+|\s*[,/+&]\s*)(?:[A-Z][\w&'’.-]*|for|of|and|the|on|al-\w+))*$")
STAFF_AND_WIRES_RE = re.compile(r"^[A-Z][\w&'’.-]*(?:\s+[A-Z0-9][\w&'’.-]*){0,4}\s+(?:staff\s+)?(?i:and|with|&)\s+(?i:agencies|wires)$")
AGENCY_PICTURE_CREDIT_RE = re.compile(r"^(?P<agency>[A-Z][\w&.' -]{1,40}?)\s*(?:\s(?i:via)\s+[A-Z][\w ]{2,30}|/\s*[A-Z][\w'’ .-]{2,40})$")


def is_credit_byline(line: str) -> bool:
    """A byline or credit line naming who supplied the text or its picture, never the headline: an
    agency's byline ("Reuters, Baghdad Published: ...", "Source: Reuters", "Example 24 with AFP", "Jane Doe,
    Associated Press"), a source line, the staff with the wires, a picture's agency credit (see above)."""
    line = line.strip()
    if len(line) > 100:
        return False
    if SOURCES_LINE_RE.match(line) or STAFF_AND_WIRES_RE.match(line):
        return True
    if agency_among_fields(line) is not None or agency_before_stamp(line) is not None:
        return True
    if (credited := agency_in_byline(line)) is not None and not credited[1]:
        return True
    pictured = AGENCY_PICTURE_CREDIT_RE.match(line)
    return pictured is not None and (known := outlet_registry().named(pictured.group("agency"))) is not None and known.kind == "agency"


def another_story_head_below(lines: list[str], n: int, first_paragraph: int | None) -> bool:
    """Whether another story's head, a headline with a byline or date stamp under it, stands between
    lines[n] and the text: then lines[n] credits a promoted, "Latest" or "Trending" story above the page's
    own ("Trending" / "Talks stall in Geneva" / "By Reuters" / "Shelling kills twelve in Aleppo" / "Sami
    Haddad" / "14 October 2016" / text), or is a kicker over the headline ("EXCLUSIVE INTERVIEW WITH AFP" /
    headline / date / text). Not "3 May 2016" / "AFP" / headline / text: no stamp under that headline."""
    below = lines[n + 1 : first_paragraph] if first_paragraph is not None else lines[n + 1 : n + 1 + BYLINE_BLOCK_LINES]
    return any(
        is_headline_like(line) and any(is_stamp_line(under) or BYLINE_LINE_RE.match(under) or WRITER_LINE_RE.match(under) for under in below[k + 1 :])
        for k, line in enumerate(below)
    )


def graphic_source_under_byline(lines: list[str], n: int) -> bool:
    """Whether lines[n] is a "Source: Reuters" line under a writer's byline naming no agency ("By Jane Doe"
    / "2 December 2023" / "Deaths by month" / "Source: Reuters"): the writer signs the text, and the source
    line credits a chart or graphic set above it."""
    match = BYLINE_CREDIT_RE.match(lines[n])
    if match is None or not match.group("source"):
        return False
    above = lines[max(0, n - BYLINE_BLOCK_LINES) : n]
    return any(BYLINE_LINE_RE.match(line) and agency_in_byline(line) is None for line in above)


def first_paragraph_of_text(lines: list[str]) -> int | None:
    """Index of the text's first paragraph: the first running-text line another one follows, else the
    first running-text line. A standfirst is a sentence standing alone above the byline and date lines
    ("The US launched 100 missiles at three targets." / "Source: Reuters 15 April 2018" / text)."""
    running = [n for n, line in enumerate(lines) if RUNNING_TEXT_RE.match(line)]
    return next((n for n in running if n + 1 in running), running[0] if running else None)


def byline_lines(lines: list[str], first_paragraph: int | None) -> list[int]:
    """Indices of the lines a byline may stand on: the page's first `BYLINE_LINES` and the last
    `BYLINE_BLOCK_LINES` above its first running-text paragraph (none at or below it)."""
    end = len(lines) if first_paragraph is None else first_paragraph
    block = range(max(0, end - BYLINE_BLOCK_LINES), end) if first_paragraph is not None else range(0)
    return sorted(set(range(min(BYLINE_LINES, end))) | set(block))


def writer_byline_below(lines: list[str], n: int, first_paragraph: int | None) -> bool:
    """Whether a writer's byline naming no agency ("By Jane Doe") stands between lines[n] and the text."""
    return any(BYLINE_LINE_RE.match(line) and agency_in_byline(line) is None for line in lines[n + 1 : first_paragraph])


def agency_in_byline(line: str) -> tuple[str, bool] | None:
    """The known agency a byline line credits (see BYLINE_CREDIT_RE), by its registry name, and whether the
    line is the agency's name alone (no "By", "Source:", place or staff before it); None when it credits none."""
    if not (match := BYLINE_CREDIT_RE.match(line)):
        return None
    words = match.group("credit").split()
    # After a "By" or a place, the last words that name an agency ("Jane Doe Associated Press");
    # without one, the whole line only.
    starts = range(len(words)) if match.group("prefix") else range(1)
    known = next((o for k in starts if (o := outlet_registry().named(" ".join(words[k:])))), None)
    if known is None or known.kind != "agency":
        return None
    return known.name, not match.group("prefix")


def signs_the_text(lines: list[str], n: int, first_paragraph: int | None) -> bool:
    """Whether an agency's name alone on lines[n] is the text's byline, not a menu item or a picture's credit:
    right above the date stamp it signs ("AFP" / "Published ..."), or right under it and over the text's
    dateline ("Published ..." / "AFP" / "Beirut: Hundreds of ...") or over one line that is no sentence, the
    place line or the headline ("Filed on ..." / "Reuters" / "Beirut"; "30 Aug 2013" / "AFP" / headline, with
    no headline above the date).
    Under the date with the text right below, it credits the picture ("Published ..." / "AFP" / "Rebels ...")."""
    if n + 1 < len(lines) and is_stamp_line(lines[n + 1]):
        return True
    if first_paragraph is None or n == 0 or not is_stamp_line(lines[n - 1]):
        return False
    between = lines[n + 1 : first_paragraph]
    if not between:
        return opens_with_a_dateline(lines[first_paragraph])
    if len(between) != 1 or SENTENCE_END_RE.search(between[0]):
        return False
    # With a headline already above the date, the one line is a caption ("Strikes kill 17 in Gaza" /
    # "2 December 2023" / "Reuters" / "Mourners in Rafah" / text) unless it is the dateline's place.
    return is_place_line(between[0]) or not (n >= 2 and is_headline_like(lines[n - 2]))


def is_stamp_line(line: str) -> bool:
    """A date stamp line, or one whose first field is ("Posted: Oct 08, 2014 5:21 PM ET | Last Updated: ...")."""
    return is_date_line(line) or is_date_line(BAR_OR_SLASH_RE.split(line, maxsplit=1)[0])


# A wire text's dateline opening its first paragraph: "Beirut: Hundreds of ...", "BEIRUT — Syrian ...".
OPENING_PLACE_RE = re.compile(rf"^(?P<place>{_PLACE}){DATELINE_COUNTRY_PART}\s*(?:--|[-–—:])\s")


def opens_with_a_dateline(line: str) -> bool:
    """Whether a paragraph opens with a place's dateline ("Beirut: ...", "BEIRUT — ..."), as wire copy does."""
    from ..places.resolve import resolve_offline  # the places package reads outlets' names

    match = OPENING_PLACE_RE.match(line)
    return match is not None and resolve_offline(match.group("place").title()) is not None


# Where a byline's date stamp begins on the credit's line: a publication word or the date itself.
STAMP_LEAD_RE = re.compile(r"\b(?:published|updated|posted|filed|issued)\b", re.I)
STAMP_SEPARATORS = " |,-–—:·•"


def agency_before_stamp(line: str) -> str | None:
    """The agency a byline credits before the page's date stamp on the same line ("AFP April 08, 2018",
    "By Reuters | Mar 5th 2020 | 2 min read", "Source: Reuters 15 April 2018 - 6:14 AM", "Reuters, Ankara
    Published: 28 February, 2020"): pages print the wire's credit and the date on one byline line. The
    stamp must be a date line, or open with a publication word; the credit before it a byline's."""
    starts = [found.start() for regex in DATE_RES if (found := regex.search(line))]
    lead = STAMP_LEAD_RE.search(line)
    at = min([*starts, *([lead.start()] if lead else [])], default=None)
    if not at:
        return None
    head, stamp = line[:at].rstrip(STAMP_SEPARATORS), line[at:]
    if not head or not (is_date_line(stamp) or (lead is not None and lead.start() == at and re.search(r"\d", stamp))):
        return None
    if (listed := agency_among_fields(head)) is not None:
        return listed  # "Reuters, Ankara Published: ..."
    credited = agency_in_byline(head)
    return credited[0] if credited else None


BAR_OR_SLASH_RE = re.compile(r"\s*[|/]\s*")
COMMA_RE = re.compile(r"\s*,\s+")
SECTION_FIELD_RE = re.compile(r"^[A-Z][\w&'-]*(?: [A-Za-z][\w&'-]*){0,2}$")  # "World News", "Middle East"


def agency_among_fields(line: str) -> str | None:
    """The agency a byline line of separated fields names as one whole field, beside nothing but a date
    stamp, a site section, a place or another outlet: "AFP | Updated: Aug 5, 2016", "World | Agence
    France-Presse | Updated: ...", "Reuters, Ankara", "OLJ / AFP", "QNA/Doha". Not a photo credit ("Photo:
    AFP / Getty"), nor a line with words of its own ("Reporting by Reuters | Editing by ...")."""
    from ..places.resolve import resolve_offline  # the places package reads outlets' names

    if CAPTION_WORDS_RE.search(line):
        return None
    separator = BAR_OR_SLASH_RE if BAR_OR_SLASH_RE.search(line) else COMMA_RE  # a date's own commas stay in its field
    fields = [f.strip() for f in separator.split(line) if f.strip()]
    if not 2 <= len(fields) <= 4:
        return None
    registry = outlet_registry()
    agencies = [known for f in fields if (known := registry.named(f)) is not None and known.kind == "agency"]
    others = [f for f in fields if not ((known := registry.named(f)) is not None and known.kind == "agency")]
    if len(agencies) != 1 or not others:
        return None
    def plain(field: str) -> bool:
        return (
            is_date_line(field)
            or registry.named(field) is not None
            or resolve_offline(field) is not None
            or (SECTION_FIELD_RE.match(field) is not None and len(field) <= 25)
        )
    return agencies[0].name if all(plain(f) for f in others) and any(is_date_line(f) or resolve_offline(f) is not None or registry.named(f) is not None for f in others) else None


def agency_notice(text: str, page_outlet: str | None) -> str | None:
    """An agency's copyright notice on a page another outlet published ("Copyright 2014 The Associated
    Press. All rights reserved." under a newspaper's copy): that agency's copy. None on the agency's own page."""
    lines = [line.strip() for line in text.split("\n") if line.strip()][-CLOSING_LINES:]
    for line in lines:
        if not ALL_RIGHTS_RE.search(line):
            continue  # "© AFP 2016" under a picture credits the photo, not the copy
        if (holder := copyright_holder(line)) and (known := _known_holder(holder)) and known.kind == "agency":
            return known.name if known.name != page_outlet else None
    return None
