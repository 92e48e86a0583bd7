"""A reviewer's invented pages near the page rules of 4 December 2026 (wire credits above the text, metadata
lines under a headline, an article's own <header>, a story's lead <p>): each rule keeps off the construction
next to its own."""

from __future__ import annotations

import pytest

from tests.test_page_layouts_dec4b import html_article

BODY = (
    "Government forces shelled the eastern districts of the city on Tuesday, killing at least twelve people, "
    "a monitoring group said. Rescue workers searched the rubble of two buildings for survivors."
)
SECOND = "Residents said the bombardment began before dawn and lasted for several hours."
MENU = "Example News\nHome\nWorld\nBusiness\nSport\nOpinion\nVideo\nPodcasts\n"
HEADLINE = "Shelling kills twelve in eastern district"


# outlets.credits.byline_credit: lines that name an agency above the text without signing it.
@pytest.mark.parametrize(
    "top",
    [
        # "Credit: <agency>" credits a picture (BYLINE_CREDIT_RE has no "Credit:" prefix)
        f"{MENU}{HEADLINE}\nBy Jane Doe\nMarch 5, 2022\nCredit: Reuters\n",
        f"Example Daily\n{HEADLINE}\nCredit: AFP\n12 March 2018\n",
        # another story's head between the credit and the text (another_story_head_below)
        f"{MENU}Trending\nTalks stall in Geneva\nBy Reuters\n{HEADLINE}\nJane Doe\n14 October 2016\n",
        f"{MENU}Trending\nTalks stall in Geneva\nBy Reuters\n{HEADLINE}\n14 October 2016\n",
        f"{MENU}Latest\nOil prices slip on supply fears\nAFP\n1 March 2020\n{HEADLINE}\nJane Doe\n5 March 2022\n",
        f"{MENU}Latest news\nOil prices slip on supply fears\nReuters 1 March 2020\n{HEADLINE}\n5 March 2022\n",
        f"{MENU}EXCLUSIVE INTERVIEW WITH AFP\nMinister says the talks are dead\n3 May 2016\n",  # a shouting kicker
        # a chart's source under the writer's byline (graphic_source_under_byline)
        f"{MENU}{HEADLINE}\nBy Jane Doe\n2 December 2023\nDeaths by month\nSource: Reuters\n",
        # under the date with a headline above it, over a caption (signs_the_text)
        f"{MENU}{HEADLINE}\nPublished: 12 March 2018\nAFP\nSmoke rises over the town after the strikes\n",
        f"{MENU}{HEADLINE}\n2 December 2023\nReuters\nMourners in the town\n",
    ],
)
def test_txt_agency_line_that_signs_no_text(top):
    from pipeline.outlets.credits import byline_credit

    assert byline_credit(f"{top}{BODY}\n{SECOND}\n") is None


@pytest.mark.parametrize(
    ("top", "wire"),
    [
        # the credit nearest the text, under the promoted story's
        (f"{MENU}Popular now\nTalks stall in Geneva\nBy Reuters\n{HEADLINE}\nBy AFP\n2 December 2023\n", "Agence France-Presse"),
        (f"{MENU}{HEADLINE}\nSource: Reuters\n2 December 2023\n", "Reuters"),  # no writer's byline above it
        (f"{MENU}{HEADLINE}\nNILE 24 with AFP\n3 May 2016\n", "Agence France-Presse"),  # under the headline
        (f"{MENU}30 Aug 2013 00:00\nAFP\n{HEADLINE}\n", "Agence France-Presse"),  # no headline above the date
        (f"{MENU}{HEADLINE}\nFiled on January 24, 2023\nReuters\nKharkiv\n", "Reuters"),  # over the place line
    ],
)
def test_txt_agency_line_that_signs_the_text(top, wire):
    from pipeline.outlets.credits import byline_credit

    assert byline_credit(f"{top}{BODY}\n{SECOND}\n") == wire


# page_headlines.passed_over_for_headline: a place or a bare relative time is the headline when nothing
# headline-like stands above it; never a menu item.
@pytest.mark.parametrize(
    ("top", "title"),
    [
        (f"{MENU}Aleppo\nBy Jane Doe\n14 October 2016\n", "Aleppo"),
        (f"{MENU}Israel, Iran\nBy Jane Doe\n14 April 2024\n", "Israel, Iran"),
        (f"{MENU}One year ago\nBy Jane Doe\n24 February 2023\n", "One year ago"),
        ("The Caucasus Review\nRussia\nChechnya\nGrozny\nBy Jane Doe\n11 December 2014\n", "Grozny"),
        (f"{MENU}Kharkiv\nKYIV\n5 March 2022\n", "Kharkiv"),
        ("The Example Review\nFeatures\nMosul\nBy Jane Doe\n8 March 2019\n", "Mosul"),  # under a masthead
        # under a headline: its place line and a stamp
        (f"{MENU}{HEADLINE}\nBy Jane Doe\nMosul, Iraq\n8 March 2017\n", HEADLINE),
        (f"{MENU}{HEADLINE}\nLast updated 5 hours ago\n", HEADLINE),
        (f"{MENU}Dispatch\n{HEADLINE}\nKabul\n", HEADLINE),
    ],
)
def test_txt_place_or_relative_time_headline(top, title):
    from pipeline.clean import split_scraped_text

    assert split_scraped_text(f"{top}{BODY}\n{SECOND}\n").title == title


# ingest.markup: only the <header> of the <article> holding the <h1> is the story's.
@pytest.mark.parametrize(
    "page",
    [
        "<main><header class='global'><div class='today'>Monday, 12 February 2024</div>"
        "<div>Breaking: Markets fall sharply as oil prices surge on fears of a wider war across the Gulf.</div></header>"
        f"<article><h1>{HEADLINE}</h1><p>{BODY}</p><p>{SECOND}</p></article></main>",
        "<main><section><article class='card'><header><h3>Oil prices slip on supply fears</h3><p>By Reuters</p>"
        "<p>1 March 2020</p></header></article></section>"
        f"<article><h1>{HEADLINE}</h1><p>{BODY}</p><p>{SECOND}</p></article></main>",
    ],
)
def test_html_header_outside_the_headline_article_is_not_the_story(tmp_path, page):
    article = html_article(tmp_path, page)
    assert (article.wire, article.published) == (None, None)
    assert article.text.startswith(BODY)


def test_html_headline_article_header_is_read(tmp_path):
    page = (
        f"<main><article class='card'><p>Follow our live coverage.</p></article><article><header><h1>{HEADLINE}</h1>"
        f"<p>AFP</p><p>2 December 2023</p></header><p>{BODY}</p><p>{SECOND}</p></article></main>"
    )
    article = html_article(tmp_path, page)
    assert (article.wire, str(article.published)) == ("Agence France-Presse", "2023-12-02")


# clean.header_lines_out and markup's lead paragraph: byline and date lines stay header lines.
@pytest.mark.parametrize(
    ("story", "opening"),
    [
        # under a standfirst in the story's header
        (
            f"<header><h1>{HEADLINE}</h1><p>Medical officials say the dead include women and children shopping at midday.</p>"
            f"<p>By Jane Doe</p><p>August 9, 2018</p></header><p>{BODY}</p><p>{SECOND}</p>",
            "Medical officials say the dead include women and children shopping at midday.\n\nGovernment forces",
        ),
        # a lead <p> that is a date line, or a writer and their city
        (f"<h1>{HEADLINE}</h1><p>8 March 2017</p><p>{BODY}</p><p>{SECOND}</p>", "Government forces"),
        (f"<header><h1>{HEADLINE}</h1></header><p>Jane Doe, Baghdad</p><p>Wednesday 8 March 2017</p><p>{BODY}</p><p>{SECOND}</p>",
         "Government forces"),
        # a short lead <p> stays the text's
        (f"<h1>{HEADLINE}</h1><p>Aleppo is burning.</p><p>{BODY}</p><p>{SECOND}</p>", "Aleppo is burning.\n\nGovernment"),
    ],
)
def test_html_byline_and_date_lines_are_no_text(tmp_path, story, opening):
    assert html_article(tmp_path, f"<article>{story}</article>").text.startswith(opening)


# clean.is_agency_byline (outlets.credits.is_credit_byline): a byline or credit line is never the headline.
@pytest.mark.parametrize(
    "line",
    [
        "Source: Gaza Monitor",
        "Sources: AFP, Reuters",
        "Source: Example TV + Agencies",
        "Example Weekly staff and agencies",
        "Example Daily with AFP",
        "AFP via Getty Images",
        "REUTERS/Jane Doe",
        "Reuters, Baghdad Published: 08 March, 2017: 03:31 AM GST",
        "الأحد ١٥ كانون الأول ٢٠١٩",  # no English headline: a date in another script
    ],
)
def test_txt_credit_line_under_the_headline_is_no_title(line):
    from pipeline.clean import split_scraped_text

    assert split_scraped_text(f"{MENU}{HEADLINE}\n{line}\n14 October 2016\n{BODY}\n{SECOND}\n").title == HEADLINE


def test_txt_headline_opening_with_sources_stays_the_title():
    from pipeline.clean import split_scraped_text

    headline = "Sources: Russia to pull its troops from the border"
    assert split_scraped_text(f"{MENU}{headline}\n14 October 2016\n{BODY}\n{SECOND}\n").title == headline


# BYLINE_CREDIT_RE: a newsroom's staff or a writer with an agency, in mixed case.
@pytest.mark.parametrize(
    ("line", "wire"),
    [
        ("Example Daily with AFP", "Agence France-Presse"),
        ("Example Daily with AFP October 15, 2019", "Agence France-Presse"),
        ("Jane Doe and Reuters March 8, 2017", "Reuters"),
        ("Russia and Turkey agree talks", None),
    ],
)
def test_txt_staff_with_an_agency_in_mixed_case(line, wire):
    from pipeline.outlets.credits import byline_credit

    assert byline_credit(f"{MENU}{HEADLINE}\n{line}\n14 October 2016\n{BODY}\n{SECOND}\n") == wire


def test_txt_source_line_names_no_outlet_of_the_page():
    from pipeline.outlets import page_outlet

    text = f"Example Daily\nHome\nWorld\n{HEADLINE}\nSource: Syrian Observatory for Human Rights\n14 October 2016\n{BODY}\n{SECOND}\n"
    assert page_outlet(text, header=("Example Daily", "Home", "World"), title=HEADLINE) != "Syrian Observatory for Human Rights"
