"""Page layouts (4 December, second round): chrome an HTML page marks by class name, menu and byline lines
above an HTML page's text, trailing chrome after a plain-text story, credit and metadata lines near a
page's top. Every page here is invented."""

from __future__ import annotations

import pytest

from pipeline.ingest import to_article
from pipeline.ingest.markup import names_page_chrome, read_html_file
from pipeline.records import Article

BODY = (
    "Government forces shelled the eastern districts of the city on Tuesday, killing at least twelve people, "
    "a monitoring group said. Rescue workers searched the rubble of two buildings for survivors."
)
SECOND = "Residents said the bombardment began before dawn and lasted for several hours."


def html_article(tmp_path, body: str, head: str = "<title>x</title>") -> Article:
    path = tmp_path / "page.html"
    path.write_text(f"<html><head>{head}</head><body>{body}</body></html>", encoding="utf-8")
    [doc] = read_html_file(path)
    article = to_article(doc)
    assert isinstance(article, Article)
    return article


# Kind 1a: an element whose class or id names page furniture is left out.
@pytest.mark.parametrize(
    ("attrs", "chrome"),
    [
        ({"class": "menu"}, True),
        ({"class": "main-menu top"}, True),
        ({"class": "share_buttons"}, True),
        ({"class": "photo-caption"}, True),
        ({"id": "comments"}, True),
        ({"class": "story__caption"}, True),
        ({"class": "newsletter-box"}, True),
        ({"class": "navy-blue"}, False),  # a substring, not a part
        ({"class": "shared-story"}, False),
        ({"class": "has-sidebar content"}, False),  # the element beside the sidebar
        ({"class": "no-comments"}, False),
        ({"class": "article-body"}, False),
        ({"class": "byline"}, False),  # read for the date and credit, then dropped as a header line
        ({}, False),
    ],
)
def test_names_page_chrome(attrs, chrome):
    assert names_page_chrome(attrs) is chrome


@pytest.mark.parametrize(
    ("chrome_block", "chrome_text"),
    [
        ('<div class="share-row">Share 12 | Tweet | Email | Print</div>', "Tweet"),
        ('<ul class="tags"><li>Syria</li><li>Idlib</li><li>Airstrikes</li></ul>', "Airstrikes"),
        ('<div class="newsletter">Get the morning briefing in your inbox every day</div>', "morning briefing"),
        ('<span class="caption">A man walks past damaged buildings in the old city.</span>', "damaged buildings"),
        ('<p class="paywall-note">You have reached your limit of free articles this month</p>', "free articles"),
        ('<div id="comments">Comments closed</div>', "Comments closed"),
        # a <p> marked as chrome whose end tag is missing ends at the next paragraph
        ('<p class="caption">Smoke rises over the district', "Smoke rises"),
    ],
)
def test_html_chrome_named_by_class_is_left_out(tmp_path, chrome_block, chrome_text):
    article = html_article(tmp_path, f"<h1>Shelling kills twelve in city</h1>{chrome_block}<p>{BODY}</p><p>{SECOND}</p>")
    assert chrome_text not in article.text and BODY in article.text and SECOND in article.text


@pytest.mark.parametrize(
    "block",
    [
        '<div class="navy-report">{BODY}</div>',  # "navy" is not "nav"
        '<div class="content has-sidebar"><p>{BODY}</p></div>',
        '<article class="post tag-syria category-news"><p>{BODY}</p></article>',  # WordPress classes on the story
        '<div class="share-story-text"><p>{BODY}</p></div>',
    ],
)
def test_html_story_containers_are_not_chrome(tmp_path, block):
    article = html_article(tmp_path, "<h1>Shelling kills twelve in city</h1>" + block.format(BODY=BODY) + f"<p>{SECOND}</p>")
    assert BODY in article.text


def test_html_story_inside_a_chrome_named_container_is_read_by_tags(tmp_path):
    # the whole story inside an element a class word names: read again without the class rule
    article = html_article(tmp_path, f'<div class="comments-enabled"><h1>Shelling kills twelve</h1><p>{BODY}</p></div>')
    assert BODY in article.text


# Kind 1b: the lines above an HTML page's first paragraph go through the scraped page's header rules.
@pytest.mark.parametrize(
    ("top", "chrome_text"),
    [
        ("<div>Home | Pakistan | World | Business | Sport</div>", "Business"),
        ('<div class="x">The Daily Example | Lebanon News | Middle East | Photo Galleries</div>', "Photo Galleries"),
        ("<div>Samya Kullab | The Daily Example</div>", "Samya Kullab"),
        ("<p>By ANNA EXAMPLE</p><p>FEBRUARY 10, 2018 13:45</p>", "ANNA EXAMPLE"),
    ],
)
def test_html_menu_and_byline_lines_above_the_text_are_header(tmp_path, top, chrome_text):
    article = html_article(tmp_path, f"{top}<h1>Shelling kills twelve in city</h1><p>{BODY}</p><p>{SECOND}</p>")
    assert chrome_text not in article.text and article.text.startswith(BODY)


def test_html_byline_credit_is_read_before_the_line_goes(tmp_path):
    article = html_article(tmp_path, f'<h1>Shelling kills twelve</h1><p class="byline">By AFP</p><p>{BODY}</p><p>{SECOND}</p>')
    assert article.wire == "Agence France-Presse" and "By AFP" not in article.text


def test_html_short_paragraph_after_the_first_stays(tmp_path):
    # a short line below the first paragraph is text, not header
    article = html_article(tmp_path, f"<h1>Shelling kills twelve</h1><p>{BODY}</p><p>The city is besieged.</p><p>{SECOND}</p>")
    assert "The city is besieged." in article.text


# Kind 2: chrome after a plain-text story's last paragraph.
TXT_TOP = "Example News\nHome\nWorld\nShelling kills twelve in eastern district\n"
LAST = "Residents said the bombardment began before dawn and lasted for several hours, witnesses said."


@pytest.mark.parametrize(
    "tail",
    [
        "Weekly Poll\nDo you support the government's new tax on fuel?\nYes No",
        "Read: Syrian army intensifies assault on suburbs >\nRead: UN says thousands dead in conflict >",
        "Next Story\nPrices of bread rise across the capital",
        "COMMENTS (3)\nJane: terrible news.",
        "Posted by Example Desk at 11:04 PM\nNo comments:",
        "Related Subjects\nSyria\nConflict",
        "H. Said / Ghossoun",
        "View comments (1,203)\nSponsored Stories\nThis simple trick cuts your energy bill in half",
        "Republish this article\nReport an error",
    ],
)
def test_txt_chrome_after_the_last_paragraph_goes(tail):
    from pipeline.clean import split_scraped_text

    body = split_scraped_text(f"{TXT_TOP}{BODY}\n{LAST}\n{tail}\n").body
    assert body.endswith(LAST) and BODY in body


@pytest.mark.parametrize(
    "tail",
    [
        "On the UN's part, Dam",  # a cut sentence of the story: lower-case words
        "- 17 fighters\n- 21 civilians",  # a list under the story
        "The ministry said the toll could rise.",  # a short sentence of the story
        # a label in mid-story: a running-text paragraph follows it
        "Next Story\n" + BODY.replace("Tuesday", "Wednesday"),
    ],
)
def test_txt_text_after_the_last_long_paragraph_stays(tail):
    from pipeline.clean import split_scraped_text

    body = split_scraped_text(f"{TXT_TOP}{BODY}\n{LAST}\n{tail}\n").body
    assert tail.split("\n")[-1] in body


# Kind 3: wire credit lines near a page's top (outlets.credits.byline_credit).
MENU = "Example News\nHome\nWorld\nBusiness\nSport\nOpinion\nMiddle East\n"
HEADLINE = "Shelling kills twelve in eastern district"


@pytest.mark.parametrize(
    ("top", "wire"),
    [
        # below a long menu: the byline block right above the first paragraph
        (f"{MENU}{HEADLINE}\nPublished: May 02, 2014 21:15\nAFP\nBeirut: ", "Agence France-Presse"),  # over the dateline
        (f"{MENU}{HEADLINE}\nFiled on January 24, 2018\nReuters\nBeirut\n", "Reuters"),
        (f"{MENU}{HEADLINE}\n12 December 2016 | 2:14 am\nBy AFP\n", "Agence France-Presse"),
        (f"{MENU}{HEADLINE}\nby AFP\n14 October 2019 - 05:00\nIn Summary\n• Troops to leave\n• Forces ally\n", "Agence France-Presse"),
        (f"{MENU}30 Aug 2013 00:00\nAgence France-Presse\n{HEADLINE}\n", "Agence France-Presse"),
        # the credit and the date stamp on one byline line
        (f"Example News\n{HEADLINE}\nAFP April 08, 2018\n", "Agence France-Presse"),
        (f"{HEADLINE}\nBy Reuters | Mar 5th 2020 | 2 min read\n", "Reuters"),
        (f"{HEADLINE}\nReuters, Ankara Published: 28 February ,2020: 03:31 AM GST\n", "Reuters"),
        # under a standfirst: a sentence standing alone above the byline
        (f"{HEADLINE}\nThe army launched more than 100 shells at three districts overnight.\nSource: Reuters 15 April 2018 - 6:14 AM\n", "Reuters"),
        # a channel's staff with an agency's copy
        ("SYRIA\nIssued on: 14/12/2016 - 10:53\nEXAMPLE 24 with AFP\n", "Agence France-Presse"),
    ],
)
def test_txt_wire_credit_line_near_the_top(top, wire):
    from pipeline.outlets.credits import byline_credit

    assert byline_credit(f"{top}{BODY}\n{SECOND}\n") == wire


@pytest.mark.parametrize(
    "top",
    [
        f"{MENU}{HEADLINE}\nA boy walks past the rubble of his home on Sunday.\nAFP\n",  # a caption's credit under it
        f"{MENU}{HEADLINE}\nAFP\nSmoke rises over the town after an air strike.\n",  # a picture's credit over its caption
        "Home\nAFP\nWorld\nBusiness\nSport\nOpinion\nMiddle East\nCulture\nTravel\nScience\n" + f"{HEADLINE}\nJane Doe\nBeirut\nMonday\n",  # a menu item
        f"{MENU}{HEADLINE}\nPhoto: AFP 15 April 2018\n",  # a photo credit with its date
        f"{MENU}Reuters poll finds support 15 April 2018\n",  # a headline naming an agency, then a date
        f"{MENU}{HEADLINE}\nBeirut\nPublished: May 02, 2014 21:15\n",  # a place line is no credit
        f"{MENU}{HEADLINE}\nPublished: May 02, 2014 21:15\nAFP\n",  # under the date, over no dateline: a picture's
        f"{MENU}Trending\nTalks stall in Geneva\nBy Reuters\n{HEADLINE}\nBy Jane Doe\n",  # a promoted story's byline
    ],
)
def test_txt_no_wire_credit_line_near_the_top(top):
    from pipeline.outlets.credits import byline_credit

    assert byline_credit(f"{top}{BODY}\n{SECOND}\n") is None


def test_txt_byline_under_a_promoted_story_below_the_text_is_no_credit():
    from pipeline.outlets.credits import byline_credit

    text = f"{HEADLINE}\n{BODY}\n{SECOND}\nMore from World\nTalks stall in Geneva\nBy Reuters\n{BODY}\n"
    assert byline_credit(text) is None


# The <header> inside an <article> is the story's: its byline and date are read; a site's <header> is not.
@pytest.mark.parametrize(
    ("page", "wire", "published"),
    [
        (
            f'<article><header><h1>{HEADLINE}</h1><p class="byline">AFP</p><p class="date">Monday October 14 2019</p></header>'
            f"<p>{BODY}</p><p>{SECOND}</p></article>",
            "Agence France-Presse",
            "2019-10-14",
        ),
        (
            "<header><div>Reuters</div><div>Monday October 14 2019</div></header>"
            f"<article><h1>{HEADLINE}</h1><p>{BODY}</p><p>{SECOND}</p></article>",
            None,
            None,
        ),
    ],
)
def test_html_story_header_is_read_site_header_is_not(tmp_path, page, wire, published):
    article = html_article(tmp_path, page)
    assert article.wire == wire
    assert (article.published.isoformat() if article.published else None) == published
    assert article.text.startswith(BODY)


# Kind 4: a metadata line between the headline and the text is never the title (page_headlines.is_metadata_line).
@pytest.mark.parametrize(
    "meta",
    [
        "12:42",  # a clock time
        "ISTANBUL\nEXAMPLE DAILY WITH AGENCIES\nPublished 04 Dec 2021\n12:42",
        "Updated about 8 years ago",  # a relative time
        "Published 2 days ago",
        "Jan 3rd 2013, 8:42 PM\n6,312 Views  24 Comments",  # a counter line
        "Reuters\nBeirut",  # a place's name alone
        "Idlib, Syria",
    ],
)
def test_txt_metadata_line_under_the_headline_is_no_title(meta):
    from pipeline.clean import split_scraped_text

    assert split_scraped_text(f"{MENU}{HEADLINE}\n{meta}\n{BODY}\n{SECOND}\n").title == HEADLINE


@pytest.mark.parametrize(
    "headline",
    [
        "Aleppo siege ends",
        "12 killed in Aleppo shelling",
        "Homs Old City falls to the army",
        "Views from a divided Aleppo",
        "Five years on, Homs rebuilds",
    ],
)
def test_txt_headline_like_a_metadata_line_stays_the_title(headline):
    from pipeline.clean import split_scraped_text

    assert split_scraped_text(f"{MENU}{headline}\n{BODY}\n{SECOND}\n").title == headline


# Kind 5: dates on composite metadata lines (dates.page_date_line).
@pytest.mark.parametrize(
    ("line", "published"),
    [
        # a place's dateline with an update stamp after it: the dateline's own (first) date
        ("BEIRUT, August 22, 2013 Updated: August 23, 2013 11:47 IST", "2013-08-22"),
        ("Aleppo, 5 May 2012 | Last updated 6 May 2012 10:15", "2012-05-05"),
        # a newsroom's credit for its staff and the wires, then the date
        ("Example World and Agencies 15 Oct 2019", "2019-10-15"),
        ("Example Daily with AFP 15 Oct 2019", "2019-10-15"),
        ("The New Example & agencies 15 Oct 2019", "2019-10-15"),
    ],
)
def test_txt_date_on_a_composite_metadata_line(line, published):
    from pipeline.dates import page_date_line

    found = page_date_line(f"Example News\n{HEADLINE}\n{line}\n{BODY}\n{SECOND}\n")
    assert found is not None and found.date.isoformat() == published


@pytest.mark.parametrize(
    "line",
    [
        "Russia and Turkey agree talks 15 Oct 2019",  # a headline ending on a date: no credit before it
        "ALEPPO, August 22, 2013 rebels said the siege had ended",  # a sentence after the dateline
        "Clashes with rebels 15 Oct 2019",
    ],
)
def test_txt_no_date_on_a_line_that_only_ends_on_one(line):
    from pipeline.dates import page_date_line

    assert page_date_line(f"Example News\n{HEADLINE}\n{line}\n{BODY}\n{SECOND}\n") is None
