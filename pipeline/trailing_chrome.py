"""Page chrome after a scraped story's last paragraph: a poll, "Read: <headline> >" promotions, "Next Story",
a comment counter, "Posted by X at 11:04 PM", "Related Subjects", an editor's initials.

Sites print these under the story in the same flow of lines, so a page's text runs on into them; they are
told apart by construction, not by site: a line that opens with a chrome label, after the story's last
running-text paragraph, starts the tail, and a closing run of short lines without a sentence end is no text.
"""

from __future__ import annotations

import re

from .page_headlines import SENTENCE_END_RE, is_running_text

# Labels that open a block of chrome under a story. Matched on whole short lines only.
TRAILING_CHROME_LABEL_RE = re.compile(
    r"^(?:"
    r"(?:weekly|daily|today'?s|quick|reader'?s?)?\s*polls?"
    r"|read\s*:\s*\S.{0,150}?\s*[>»›]?"  # "Read: Syrian army intensifies assault >"
    r"|read more (?:from|on|at|about) .{1,60}"
    r"|(?:next|previous|prev) (?:story|article|post)\b.{0,150}"
    r"|(?:(?:view|show|read|all)\s+)*comments?\s*\(\d[\d,]*\).{0,30}"  # "COMMENTS (3)", "View comments (1,203)"
    r"|posted by .{1,60}? at [0-2]?\d[:.][0-5]\d\s*(?:[ap]\.?m\.?)?"
    r"|related (?:subjects|topics|tags|links|content|searches)\b.{0,80}"
    r"|sponsored (?:stories|content|links|posts)"
    r"|continue reading|feedback|timeline|loading|latest(?: news| stories| updates)?"
    r"|republish(?: this)?(?: article| story)?|report an (?:error|issue|typo)|license this (?:article|story|content)"
    r"|follow us(?: on social media)?|read this (?:article|story) in \w+"
    r"|(?:start|join) (?:a|the) conversation"
    r")\s*:?$",
    re.IGNORECASE,
)
MAX_LABEL_CHARS = 160
# A closing line of chrome is short: a site or editor's name ("H. Said / Ghossoun"), a button ("Yes No").
SHORT_CHROME_LINE_WORDS = 8
BULLET_RE = re.compile(r"^[•·▪●◦*–-]\s")  # a list item under the story is text ("- 17 fighters")


def is_trailing_chrome_label(line: str) -> bool:
    """A line that opens a block of chrome under a story ("Weekly Poll", "Next Story", "COMMENTS (3)")."""
    return len(line) <= MAX_LABEL_CHARS and TRAILING_CHROME_LABEL_RE.match(line) is not None


def cut_trailing_chrome(lines: list[str]) -> list[str]:
    """The lines without the chrome under the story: from the first chrome label after the last running-text
    paragraph on, then a closing run of short lines without a sentence end. A page with no running-text
    paragraph is left as it is (its text is not told from its chrome)."""
    stripped = [line.strip() for line in lines]
    last_paragraph = next((i for i in range(len(lines) - 1, -1, -1) if is_running_text(stripped[i])), None)
    if last_paragraph is None:
        return lines
    end = next((i for i in range(last_paragraph + 1, len(lines)) if is_trailing_chrome_label(stripped[i])), len(lines))
    run_start = end
    while run_start > last_paragraph + 1 and is_short_chrome_line(stripped[run_start - 1]):
        run_start -= 1
    if any(line.endswith(":") for line in stripped[last_paragraph:end] if line) and run_start < end:
        return lines[:end]  # "The dead included:" then their names: a list the story introduced, kept
    return lines[:run_start]


def is_short_chrome_line(line: str) -> bool:
    """A blank line, or a short line of capitalised words that is no sentence and no list item: a name, a
    button, a label ("H. Said / Ghossoun", "Yes No", "Example Media Group"). A line with lower-case words
    ("On the UN's part, Dam") is a cut sentence of the story."""
    if not line:
        return True
    if any(character.isdigit() for character in line):
        return False  # "Omar Hassan, 34": a list of the dead, ages given; not a name or a button
    words = line.split()
    capitalised = all(not word[:1].isalpha() or word[:1].isupper() for word in words)
    return capitalised and len(words) <= SHORT_CHROME_LINE_WORDS and not SENTENCE_END_RE.search(line) and not BULLET_RE.match(line)
