"""Outlets named by a dateline's credit: the construction, with invented examples, positive and negative."""

from __future__ import annotations

import pytest

from pipeline.outlets import credit_display_name, credited_source

CREDITED = [
    ("AMMAN (Petra) - The ministry said on Sunday", "Petra"),  # place (credit) dash
    ("Budget talks\nLONDON, Mar 3 (Reuters): Ministers met", "Reuters"),  # place, date (credit) colon
    ("NEW YORK, Oct. 2 (Xinhua) -- The council voted", "Xinhua"),  # two-word place, dotted month, double dash
    ("HOMS (SyriaToday) — Residents returned", "SyriaToday"),
    ("Two killed\nCountryside, SANA- Two farmers", "SANA"),  # place, CREDIT dash
    ("Quake\nYEREVAN, MARCH 1, ARMENPRESS: The toll rose", "ARMENPRESS"),  # place, date, CREDIT colon
    ("BEIRUT, March 3, 2015 (AFP) - Air strikes hit", "AFP"),  # a date with its year, as archives print it
    ("GENEVA, 3 March 2015 (Reuters) - Talks resumed", "Reuters"),  # day before month
    ("NASHVILLE, Tenn. (AP) — A family arrived", "AP"),  # a state's abbreviation after the place
    ("Abu al-Duhur (Syria) (AFP) - Jihadists seized the base", "AFP"),  # an Arabic article, the country in brackets
]

NOT_CREDITED = [
    "Activists told AFP - that the convoy left",  # an agency in a sentence is a source
    "The monitor (SOHR) said that ten people died",  # parenthesised acronym mid-sentence
    "IDLIB, Syria — Shelling resumed",  # after a comma, a title-case word is the country
    "Gaziantep, Turkey: Refugees crossed",
    "GAZIANTEP, TURKEY — Syrian doctors train nurses",  # credits.names_a_country_not_an_outlet
    "ALEPPO, SYRIA — The road reopened",
    "BEIRUT (AP Photo) — a caption",  # a photo credit
    "Rebels (2) - the second group",
    "On March 3, 2015 (a Tuesday) - the talks failed",  # a date in a sentence, not after a place
]


@pytest.mark.parametrize(("text", "credit"), CREDITED)
def test_a_dateline_credit_is_read(text, credit):
    assert credited_source(text) == credit


@pytest.mark.parametrize("text", NOT_CREDITED)
def test_sources_in_sentences_and_countries_are_not_credits(text):
    assert credited_source(text) is None


def test_credit_display_name_uses_the_registry_and_softens_capitals():
    assert credit_display_name("AP") == "Associated Press"
    assert credit_display_name("ARMENPRESS") == "Armenpress"
    assert credit_display_name("Petra") == "Petra"


# ---- the registry and the constructions that name a page's outlet (invented pages) ----

import csv  # noqa: E402

from pipeline.outlets import (  # noqa: E402
    byline_outlet,
    chrome_outlet,
    closing_credit,
    contact_outlet,
    copyright_holder,
    correspondent_outlet,
    outlet_registry,
    page_outlet,
    promoted_outlet,
    self_reference,
    wire_credit,
)
from pipeline.outlets.registry import OUTLETS_FILE  # noqa: E402

BODY = "Rebels and government forces fought for the eastern districts on Tuesday, the monitor said in a statement."


def test_registry_file_has_300_outlets_with_kinds_and_unique_domains():
    with open(OUTLETS_FILE, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) >= 300
    assert {r["kind"] for r in rows} == {"outlet", "agency"}
    domains = [d for r in rows for d in r["domains"].split("|") if d]
    assert len(domains) == len(set(domains))
    assert all("." in d and "/" not in d and " " not in d for d in domains)


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.theguardian.com/world/2016/sep/23/story", "The Guardian"),
        ("http://edition.cnn.com/2012/08/08/world/index.html", "CNN"),  # a subdomain of a listed domain
        ("https://english.aawsat.com/node/1", "Asharq Al-Awsat"),
        ("bbc.co.uk/news/world", "BBC News"),  # no scheme
        ("https://www.reuters.com/article/x", "Reuters"),
        ("https://news.yahoo.com/syria-story-1.html", "Yahoo News"),  # general news portals and reprinters
        ("https://www.crisisgroup.org/middle-east-north-africa/syria", "International Crisis Group"),
        ("https://www.houstonchronicle.com/news/a.php", "Houston Chronicle"),
        ("https://www.chron.com/news/a.php", "Houston Chronicle"),  # a second domain of one outlet
    ],
)
def test_outlet_from_url(url, outlet):
    assert outlet_registry().from_url(url).name == outlet


@pytest.mark.parametrize("url", ["https://example.org/news", "not a url", "", "https://co.uk/"])
def test_unknown_urls_name_no_outlet(url):
    assert outlet_registry().from_url(url) is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Middle East | The New Arab", "The New Arab (Al-Araby Al-Jadeed)"),  # a segment of the line
        ("Kurdistan24", "Kurdistan24"),
        ("syriahr.com", "Syrian Observatory for Human Rights"),  # the site's domain as a line
        ("THE JORDAN TIMES", "The Jordan Times"),
    ],
)
def test_site_name_lines(line, outlet):
    assert outlet_registry().site_name_line(line).name == outlet


@pytest.mark.parametrize(
    "line",
    [
        "Reuters reported that the convoy left",  # a name inside a sentence
        "Metro",  # an ordinary word that is also a name: a menu section as often
        "Time",
        "World News",
    ],
)
def test_not_site_name_lines(line):
    assert outlet_registry().site_name_line(line) is None


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("© 2016 The Age", "The Age"),
        ("Copyright © 2024 Example Public Radio", "Example Public Radio"),
        ("(c) Syria Direct 2025. All rights reserved.", "Syria Direct"),
        ("Copyright 2019 Example Media Ltd, all rights reserved", "Example Media"),
    ],
)
def test_copyright_holder(line, holder):
    assert copyright_holder(line) == holder


@pytest.mark.parametrize("line", ["© 2024", "All rights reserved.", "Copyright laws protect the work of writers in " + "many countries " * 12])
def test_no_copyright_holder(line):
    assert copyright_holder(line) is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("By Jane Doe, The Jordan Times", "The Jordan Times"),
        ("By Jane Doe | Kurdistan24", "Kurdistan24"),
        ("By Jane Doe for Middle East Eye", "Middle East Eye"),
        ("By the CNN Wire Staff", "CNN"),
        ("Jane Doe, Special to CNN", "CNN"),  # a freelancer's line without "By"
    ],
)
def test_byline_outlet(line, outlet):
    assert byline_outlet(line).name == outlet


@pytest.mark.parametrize(
    "line", ["By Jane Doe", "By Jane Doe, Senior Editor", "Killed by shelling, residents said", "Jane Doe, special to the family"]
)
def test_no_byline_outlet(line):
    assert byline_outlet(line) is None


@pytest.mark.parametrize(
    ("page", "kwargs", "outlet"),
    [
        (f"Headline\n{BODY}", {"url": "https://www.dailymail.co.uk/news/article-1.html"}, "Daily Mail"),
        (f"Home | News\nKurdistan24\nHeadline\n{BODY}", {}, "Kurdistan24"),
        (f"Headline\n{BODY}\n© 2016 The Age", {}, "The Age"),
        (f"Headline\nBy Jane Doe, The Jordan Times\n{BODY}", {}, "The Jordan Times"),
        (f"Headline\n{BODY}\nAbout us\nThe New Humanitarian", {}, "The New Humanitarian"),  # footer line
        (f"Headline\n{BODY}\nCopyright 2020 Example Valley Radio", {}, "Example Valley Radio"),  # unknown holder as written
        (f"Headline\n{BODY}", {"header": ("Watch FOX6 News tonight at ten",)}, "FOX6 News Milwaukee"),  # a promo line above
        # An address the registry does not know: the page's copyright line names the site, not its host.
        (f"Headline\n{BODY}\n© 2013 Example Middle East", {"url": "https://www.example-asia.com/en/a/1"}, "Example Middle East"),
        (f"Headline\n{BODY}\n© AFP 2013", {"url": "https://www.example-asia.com/en/a/1"}, "example-asia.com"),  # an agency's is a photo's
        (f"Headline\n{BODY}", {"url": "https://www.example-asia.com/en/a/1"}, "example-asia.com"),
        # A masthead: the first line, a short name, above the navigation menu.
        (f"The Example Review\n  • Culture\n    • Art\n  • World\nHeadline\n{BODY}", {}, "The Example Review"),
        (f"Example Voice\n- News\n- World\n- Sport\nHeadline\n{BODY}", {}, "Example Voice"),
    ],
)
def test_page_outlet(page, kwargs, outlet):
    assert page_outlet(page, **kwargs) == outlet


@pytest.mark.parametrize(
    "page",
    [
        f"Headline\n{BODY}",  # nothing names the site
        f"Headline\nAFP\n{BODY}",  # a bare agency line is a photo credit, not the site
        f"Headline\n{BODY}\n© AFP 2016",  # an agency's copyright is a photo's
        f"Reuters says convoy left Aleppo\n{BODY}",  # a name in the headline
        f"Rebels Retake Example Town\n{BODY}\n{BODY}",  # a title-case headline followed by text, not a menu
        f"Monday 5 May 2012\n• News\n• World\n• Sport\nHeadline\n{BODY}",  # a date above the menu is no name
        f"Reuters\n• News\n• World\n• Sport\nHeadline\n{BODY}",  # an agency's name: a credit
        f"Fighting Flares Again In The Old City Near The Citadel\n• News\n• World\n• Sport\n{BODY}",  # too long for a name
        f"Example Town Under Siege\nJane Doe\nShare\nTweet\n{BODY}",  # a headline, its byline and sharing links
        # a section that shares a journal's name, between other menu items
        f"Home\nNews\nSport\nScience\nMoney\nHeadline of the story\n{BODY}",
        f"Headline\n{BODY}\nAbout\nContact\nScience\nCareers",
        # a picture's credit: agency and photographer
        f"Headline\n10:15 07.04.2017\n© Example Pictures 2017/ Jane Doe\n{BODY}",
    ],
)
def test_page_outlet_none(page):
    assert page_outlet(page) is None


def test_a_section_named_like_a_journal_yields_to_the_copyright_line():
    page = f"Home\nNews\nSport\nScience\nMoney\nHeadline of the story\n{BODY}\n© 2016 Daily Mail"
    assert page_outlet(page) == "Daily Mail"


def test_a_masthead_above_its_menu_is_no_menu_item():
    assert page_outlet(f"Science\nNews\nSport\nMoney\nHeadline of the story\n{BODY}") == "Science"


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        (f"{BODY}\n— AP", "Associated Press"),
        (f"{BODY} -- Reuters", "Reuters"),
        (f"{BODY} (AFP)", "Agence France-Presse"),
        (f"{BODY}\nSource: AFP", "Agence France-Presse"),
        (f"{BODY}\nSources: Reuters and AFP", "Reuters"),
        (f"{BODY}\n— AP\nMost Popular\nOther story", "Associated Press"),  # footer lines after the credit
        (f"{BODY}\nAP", "Associated Press"),  # the agency alone after the last paragraph
    ],
)
def test_closing_credit(text, credit):
    assert closing_credit(text) == credit


@pytest.mark.parametrize(
    "text",
    [
        f"{BODY}\nChildren are pictured in a shelter in Example. (AFP)",  # a photo caption's agency
        f"{BODY} (Video)",
        f"{BODY}\nSource: the ministry",
        f"{BODY} — a reader",
        f"{BODY}\nThe Guardian",  # an outlet's name alone is a footer, not a wire credit
        "Smoke over the old city\nAFP\nResidents fled",  # a photo credit after a caption without a full stop
    ],
)
def test_no_closing_credit(text):
    assert closing_credit(text) is None


def test_wire_is_kept_apart_from_the_outlet():
    # The same agency copy on two outlets' pages: one wire, two outlets.
    story = f"BEIRUT (AFP) - {BODY}"
    assert wire_credit(story, "The Daily Star (Lebanon)") == "Agence France-Presse"
    assert wire_credit(story, "Dawn") == "Agence France-Presse"
    # An agency's copy on its own site is still its copy; an outlet crediting itself is not wire.
    assert wire_credit(f"MOSCOW, July 30. /TASS/. {BODY}", "TASS") == "TASS"
    assert wire_credit(f"ERBIL (Kurdistan24) — {BODY}", "Kurdistan24") is None
    assert wire_credit(BODY, "Dawn") is None


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Activists reported bunker busters, a claim the Guardian could not independently verify.", "The Guardian"),
        ("The toll, which Reuters was unable to confirm, rose to 40.", "Reuters"),
        ("Al Jazeera cannot independently verify the footage.", "Al Jazeera"),
    ],
)
def test_the_writer_speaking_of_itself(text, outlet):
    assert self_reference(text).name == outlet


@pytest.mark.parametrize(
    "text",
    [
        "The ministry could not verify the claim.",  # not an outlet
        "The Guardian reported that the ministry could not verify it.",  # the outlet is not the one verifying
        "Residents could not confirm whether Reuters was there.",
    ],
)
def test_no_self_reference(text):
    assert self_reference(text) is None


def test_a_self_referring_agency_is_the_wire_and_an_outlet_the_publisher():
    assert wire_credit(f"{BODY} Reuters could not independently verify the reports.", "Dawn") == "Reuters"
    assert page_outlet(f"Headline\n{BODY} A claim the Guardian could not verify.") == "The Guardian"


# ---- a site promoting itself, and the writer naming its own correspondent (invented lines) ----


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Why you can trust SCMP", "South China Morning Post"),
        ("Subscribe to The Guardian", "The Guardian"),
        ("Sign up for the Kurdistan24 newsletter", "Kurdistan24"),
        ("Download the BBC News app", "BBC News"),
        ("Support Syria Direct", "Syria Direct"),
    ],
)
def test_site_promotion_lines_name_the_site(line, outlet):
    assert promoted_outlet(line).name == outlet


@pytest.mark.parametrize(
    "line",
    [
        "Follow the money",  # not an outlet
        "The army will support the Guardian's view",  # a sentence, not a promotion line
        "Subscribe to our newsletter",  # names no one
        "Why you can trust " + "the reporting of many outlets across the region and beyond " * 2,  # too long
    ],
)
def test_no_site_promotion(line):
    assert promoted_outlet(line) is None


def test_a_promotion_line_outranks_a_credit_line_naming_another_outlet():
    page = f"World\nHeadline about barrel bombs\nWhy you can trust SCMP\nPhoto: Reuters\nThe Washington Post\n{BODY}"
    assert page_outlet(page) == "South China Morning Post"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("CGTN's Jane Doe met some of them.", "CGTN"),
        ("The BBC's John Roe reports from the border.", "BBC News"),
        ("Al Jazeera's correspondent Jane Doe said the road was cut.", "Al Jazeera"),
    ],
)
def test_an_outlets_own_correspondent(text, outlet):
    assert correspondent_outlet(text).name == outlet


@pytest.mark.parametrize(
    "text",
    [
        "Russia's Sergei Lavrov said the talks failed.",  # a country, not an outlet
        "Assad's forces advanced on Monday.",
        "CGTN's coverage was criticised.",  # no person after the possessive
    ],
)
def test_no_correspondent(text):
    assert correspondent_outlet(text) is None


def test_a_correspondent_of_an_agency_does_not_make_the_page_the_agencys():
    assert page_outlet(f"Headline\n{BODY} Reuters' Jane Doe reported the strike.") is None


# ---- copyright notices as footers write them, bylines, desks, contact addresses (invented lines) ----


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("Copyright © 2019 Example Press. All rights reserved. This material may not be published.", "Example Press"),
        ("© Copyright 2016, Example Times", "Example Times"),  # the word after the sign
        ("All content © 2016 Example Herald", "Example Herald"),
        ("© 2016 Example Post. All Rights Reserved. Terms of Use | Privacy Policy", "Example Post"),  # links after
        ("Terms | © 2016 Example Post", "Example Post"),  # the notice in a later segment
        ("Copyright 2016 example24.com", "example24.com"),  # a site address as the holder
        ("Example News © 2016. All rights reserved.", "Example News"),  # the holder before the sign
        ("www.example24.com - © 2009 - 2015 [ E-Mail: info@example24.com ]", "example24.com"),
    ],
)
def test_copyright_holder_in_footer_lines(line, holder):
    assert copyright_holder(line) == holder


@pytest.mark.parametrize(
    "line",
    [
        "Copyright laws protect the work of writers",  # the word in a sentence: no sign, no year
        "Photo: © Jane Doe / Example",  # a photographer's credit is not a holder line
        "Terms of Use | Privacy Policy",
        "Jane Doe © 2016",  # a photographer's name before the sign
        "Rubble in the old city on Monday. John Roe © 2016",  # a caption
    ],
)
def test_no_copyright_holder_in_prose_or_links(line):
    assert copyright_holder(line) is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Posted by Jane Doe for Daily Sabah", "Daily Sabah"),
        ("Written by Jane Doe, The Jordan Times", "The Jordan Times"),
        ("Published by Middle East Eye", "Middle East Eye"),
        ("Al Jazeera Web Desk", "Al Jazeera"),
        ("World Bulletin / News Desk", "World Bulletin"),
    ],
)
def test_byline_leads_publishers_and_desks(line, outlet):
    assert byline_outlet(line).name == outlet


@pytest.mark.parametrize(
    "line",
    [
        "Published by Jane Doe",  # a writer, not an outlet
        "Published by the army on Monday",
        "Middle East Desk",  # a section's desk
        "By Foreign Desk",
    ],
)
def test_no_publisher_in_bylines_of_people_and_sections(line):
    assert byline_outlet(line) is None


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Middle East Eye has contacted the ministry for comment.", "Middle East Eye"),
        ("The ministry did not respond to Middle East Eye's request for comment.", "Middle East Eye"),
        ("In the districts of the city that IRIN visited, shops had reopened.", "The New Humanitarian"),  # a former name
        ("Middle East Eye has learned that the talks failed.", "Middle East Eye"),
        ("The BBC understands the minister will resign.", "BBC News"),
        ("A letter the Guardian has seen names the commander.", "The Guardian"),
        ("Videos spread, with Middle East Eye working to authenticate them.", "Middle East Eye"),
    ],
)
def test_the_writer_at_work_on_its_own_report(text, outlet):
    assert self_reference(text).name == outlet


@pytest.mark.parametrize(
    "text",
    [
        "He told Al Jazeera that the ministry had been asked for comment.",  # a source speaking to an outlet
        "The Guardian reported that the ministry had asked for comment.",  # the asker is not the outlet
        "Diplomats whom Al Jazeera interviewed said the talks failed.",
        "The army has contacted the families.",  # not an outlet, and no comment asked
        "Documents seen by the Guardian show the order.",  # another outlet's scoop, cited
        "The Guardian reported that Middle East Eye had learned of the plan.",
        "Activists are working to verify the toll.",  # not an outlet
    ],
)
def test_no_writer_at_work(text):
    assert self_reference(text) is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [("Contact us: news@syriadirect.org", "Syria Direct"), ("Tips: desk@middleeasteye.net | Careers", "Middle East Eye")],
)
def test_contact_address_in_chrome_names_the_site(line, outlet):
    assert contact_outlet(line).name == outlet


@pytest.mark.parametrize(
    "line",
    [
        "Email tips to editor@example.org",  # a domain the registry does not know
        "He wrote to press@syriadirect.org and several other addresses asking whether the group had been consulted.",
    ],
)
def test_no_contact_outlet(line):
    assert contact_outlet(line) is None


@pytest.mark.parametrize(
    ("page", "outlet"),
    [
        (f"Headline\n{BODY}\nCopyright © 2016 Example Press. All rights reserved. This material may not be published.", "Example Press"),
        (f"Headline\n{BODY}\nAbout us\nContact us: news@syriadirect.org", "Syria Direct"),
        (f"Headline\n{BODY}\nPosted by Jane Doe for Daily Sabah", "Daily Sabah"),  # a byline at the foot
        (f"Headline\n{BODY} Middle East Eye has contacted the ministry for comment.", "Middle East Eye"),
        (f"Headline\n{BODY}\nwww.kurdwatch.org - © 2009 - 2015", "KurdWatch"),  # a known site's address as holder
    ],
)
def test_page_outlet_from_footer_and_newsroom_constructions(page, outlet):
    assert page_outlet(page) == outlet


@pytest.mark.parametrize(
    "page",
    [
        f"Headline\n{BODY} A resident told Al Jazeera that the road was cut.",  # a source's interviewer
        f"Headline\n{BODY} The toll was 12, according to Reuters.",  # a cited outlet
        f"Headline\n{BODY}\nCopyright © 2016 The Associated Press. All rights reserved. This material may not be published.",  # wire copy
    ],
)
def test_page_outlet_not_from_cited_outlets_or_wire_notices(page):
    assert page_outlet(page) is None


# ---- a site naming itself in its chrome: logo, rules for readers, further stories (invented lines) ----


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("The Times of Israel logo", "The Times of Israel"),
        ("Back to Middle East Eye home page", "Middle East Eye"),
        ("Comments containing insults are barred under DEBKAfile's regulations", "DEBKAfile"),
        ("Read The Jordan Times' Privacy Policy", "The Jordan Times"),  # the name after a capitalised verb
        ("More from Al Jazeera", "Al Jazeera"),
        ("Most read on The Guardian", "The Guardian"),
        ("The BBC is not responsible for the content of external sites.", "BBC News"),
        ("Middle East Eye uses cookies to improve your experience", "Middle East Eye"),
        ("The Jordan Times would like to send you notifications", "The Jordan Times"),
        ("About Al Jazeera", "Al Jazeera"),
        ("Welcome to Kurdistan24!", "Kurdistan24"),
    ],
)
def test_chrome_lines_name_the_site(line, outlet):
    assert chrome_outlet(line).name == outlet


@pytest.mark.parametrize(
    "line",
    [
        "More from Aleppo",  # not an outlet
        "The report said the BBC's editorial guidelines were breached",  # news about an outlet
        "Example Social Network Privacy Policy",  # another company's rules
        "Home page",
        "About Aleppo",
        "The BBC is not responsible for the war, the minister said",  # a claim about an outlet
        "About The Guardian's reporting in Syria",  # a heading about an outlet
    ],
)
def test_no_chrome_outlet(line):
    assert chrome_outlet(line) is None


def test_an_agency_logo_is_a_photo_credit_not_the_site():
    assert page_outlet(f"Reuters logo\nHeadline\n{BODY}") is None
    assert page_outlet(f"The Times of Israel logo\nHeadline\n{BODY}") == "The Times of Israel"


# ---- a page title ending in the site's name (invented titles) ----

from pipeline.outlets import title_site_name  # noqa: E402


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        ("Rebels retake Example hill | Example Daily News", "Example Daily News"),  # unknown, outlet-shaped
        ("Shelling kills 12 in Aleppo - The Example Herald", "The Example Herald"),
        ("Shelling kills 12 in Aleppo | Syria News | Example24 TV", "Example24 TV"),  # the last segment
        ("Shelling kills 12 in Aleppo | Al Jazeera", "Al Jazeera"),  # known, by its registry name
    ],
)
def test_title_site_name(title, outlet):
    assert title_site_name(title) == outlet


@pytest.mark.parametrize(
    "title",
    [
        "Shelling kills 12 in Aleppo | Middle East News",  # a section
        "Shelling kills 12 in Aleppo | World News",
        "Shelling kills 12 in Aleppo | Reuters",  # an agency's name is a credit
        "Aleppo Bomb Blast Kills Six - Syrian State TV",  # a source the headline cites
        "Dozens Killed in Aleppo Strikes - Monitor Says",
        "Syria - Car Bomb in Northern Syrian Town Kills 4",  # a place before the headline
        "Aleppo | Example Times",  # no headline before the name
        "Shelling kills 12 in Aleppo - residents flee the old city",  # not a name
    ],
)
def test_no_title_site_name(title):
    assert title_site_name(title) is None


def test_a_copyright_holder_outranks_a_title_suffix():
    page = f"Shelling kills 12 in Aleppo | Example Daily News\n{BODY}\n© 2016 Example Valley Radio"
    assert page_outlet(page) == "Example Valley Radio"
    assert page_outlet(f"Shelling kills 12 in Aleppo | Example Daily News\n{BODY}") == "Example Daily News"


# --- wire copy credited in a byline, a closing line or the agency's notice; an agency's own site -------

HEADLINE = "Rebels retake hill near Example town"


@pytest.mark.parametrize(
    ("page", "wire"),
    [
        (f"Example Daily News\n{HEADLINE}\nBy REUTERS\n09/23/2014 14:21\n{BODY}", "Reuters"),
        (f"Example Daily News\n{HEADLINE}\nBy JANE DOE Associated Press\n{BODY}", "Associated Press"),
        (f"Example Daily News\n{HEADLINE}\nBy EXAMPLE STAFF and AFP\n{BODY}", "Agence France-Presse"),
        (f"Example Daily News\n{HEADLINE}\nANKARA – Anadolu Agency\n{BODY}", "Anadolu Agency"),
        (f"Example Daily News\n{HEADLINE}\nAFP\nPublished 17 July 2016\n{BODY}", "Agence France-Presse"),
        # closing: worked-in copy, a credit followed by a long footer, and the agency's notice
        (f"Example Daily News\n{HEADLINE}\n{BODY}\n(With input from Reuters)\n© 2023 Example Daily News", "Reuters"),
        (f"Example Daily News\n{HEADLINE}\n{BODY}\n— Reuters\nTags\nSyria\nIdlib\nShare\nPrint\n© 2017 Example Daily News",
         "Reuters"),
        (f"Example Daily News\n{HEADLINE}\n{BODY}\nCopyright 2014 The Associated Press. All rights reserved.",
         "Associated Press"),
        # negatives: a writer's byline, a byline naming a non-agency, a sentence naming an agency
        (f"Example Daily News\n{HEADLINE}\nBy Jane Doe\n{BODY}", None),
        (f"Example Daily News\n{HEADLINE}\nBy Jane Doe, The Guardian\n{BODY}", None),
        (f"Example Daily News\n{HEADLINE}\n{BODY}\nReuters reported on the talks in a separate story on Monday.", None),
        # review: a picture's copyright, a sentence "with" an agency, an agency's name as a menu item
        (f"Example Daily News\n{HEADLINE}\n{BODY}\nSmoke rises over the town.\n© AFP 2016\nExample Daily News © 2016", None),
        (f"Example Daily News\n{HEADLINE}\n{BODY}\nHe spoke with Reuters.", None),
        (f"Example Daily News\nNews\nAFP\n{HEADLINE}\n{BODY}", None),
        # the staff "with" an agency
        (f"Example Daily News\n{HEADLINE}\nEXAMPLE DAILY WITH AA\nPublished 15.07.2019 14:02\n{BODY}", "Anadolu Agency"),
        # an editor's sign-off listing agencies, a note on who provided material, a credit with no place
        (f"Example Daily News\n{HEADLINE}\n{BODY}\njd/kms (AFP, Reuters, dpa)", "Agence France-Presse"),
        (f"Example Daily News\n{HEADLINE}\n{BODY}\nSome information for this report was provided by AP and Reuters.",
         "Associated Press"),
        (f"Example Daily News\n{HEADLINE}\n(Reuters) - {BODY}", "Reuters"),
        # negatives (review): an agency under the date line credits the picture below it; a sidebar's byline
        # far down a long menu; a source that provided information; a credit opening a later paragraph
        (f"Example Daily News\n{HEADLINE}\nPublished: 17:00 May 12, 2013\nAFP\n{BODY}", None),
        ("Example Daily News\n" + "\n".join(["Home", "UAE", "World", "Business", "Sport", "Opinion", "Life"])
         + f"\nTrending\nTurkey hits back at critics\nBy Reuters\n{HEADLINE}\nBy Jane Doe\n{BODY}", None),
        (f"Example Daily News\n{HEADLINE}\n{BODY}\nSome information was provided by the Syrian Observatory for Human Rights.", None),
        (f"Example Daily News\n{HEADLINE}\nBy Jane Doe\n{BODY}\n(Reuters) - Turkey said it would reopen the crossing.", None),
        (f"Example Daily News\n{HEADLINE}\n(Updated) - {BODY}", None),
        (f"Example Daily News\n{HEADLINE}\n{BODY}\nInformation was provided by residents of the town to the council.", None),
    ],
)
def test_wire_credits_in_bylines_and_closing_lines(page, wire):
    assert wire_credit(page, "Example Daily News") == wire


@pytest.mark.parametrize(
    ("page", "outlet"),
    [
        # an agency's masthead above the headline and its own copyright notice: the agency's site
        (f"Anadolu Agency\n{HEADLINE}\nJane Doe | 05.03.2020\n{BODY}\n© 2020 Anadolu Agency. All rights reserved.",
         "Anadolu Agency"),
        (f"Reuters\n{HEADLINE}\n{BODY}\n© 2018 Reuters. All rights reserved.", "Reuters"),
        # negatives: the masthead alone, the notice alone (a newspaper's wire copy)
        (f"Reuters\n{HEADLINE}\n{BODY}", None),
        (f"{HEADLINE}\n{BODY}\nCopyright 2014 The Associated Press. All rights reserved.", None),
    ],
)
def test_an_agency_names_its_own_site_by_masthead_and_notice(page, outlet):
    lines = page.split("\n")
    header = tuple(lines[: lines.index(HEADLINE)])
    assert page_outlet(page, header=header, title=HEADLINE) == outlet


def test_a_name_inside_a_longer_outlets_name_is_not_mentioned():
    registry = outlet_registry()
    assert registry.mentioned_in("Syrian Arab News Agency") is None  # not "Arab News"
    assert registry.mentioned_in("Read more on Arab News today") is not None  # negative: the name itself


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("© Copyright 2013, The Millbrook Courier, Millbrook, OH. Powered by Example CMS.", "The Millbrook Courier"),
        ("© 2016 Example Herald. Powered by Example CMS", "Example Herald"),
        ("© 2016 Example Media, Inc.", "Example Media"),  # negative: the name with its company suffix only
    ],
)
def test_a_copyright_holder_without_its_town_and_next_sentence(line, holder):
    assert copyright_holder(line) == holder


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        # the US local-paper footer: the sign before the word, the town and the platform after
        ("© Copyright 2016 The Riverton Herald, Riverton, Wyoming. Powered by BLOX Content Management System.",
         "The Riverton Herald"),
        ("Copyrights 2016, The Daily Star - All Rights Reserved", "The Daily Star"),
        ("All rights reserved © 2016 The Harbor Herald", "The Harbor Herald"),
        ("Copyright 2016 The Harbor Ledger, Harbor City, Maine.", "The Harbor Ledger"),
    ],
)
def test_more_copyright_line_forms(line, holder):
    assert copyright_holder(line) == holder


@pytest.mark.parametrize("line", ["All rights reserved © 2016 Privacy Policy", "All rights reserved © 2016 Jane Doe Photography"])
def test_all_rights_reserved_then_no_outlet_names_no_holder(line):
    assert copyright_holder(line) is None


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        # credits.agency_among_fields: an agency as one whole field beside a date, a section, a place
        ("AFP | Updated: Aug 5, 2016, 03:14 PM IST", "Agence France-Presse"),
        ("World News | Agence France-Presse | Updated: December 14, 2016 10:52 IST", "Agence France-Presse"),
        ("Reuters, Ankara", "Reuters"),
        ("Reuters | March 3, 2016", "Reuters"),
        # Negatives: a photo credit, words of its own, a menu, a place alone
        ("Photo: AFP / Getty", None),
        ("Reporting by Reuters | Editing by Jane Doe", None),
        ("Home | World | Reuters", None),
        ("Aleppo, Syria", None),
    ],
)
def test_an_agency_among_a_bylines_fields(line, agency):
    from pipeline.outlets.credits import agency_among_fields

    assert agency_among_fields(line) == agency


def test_an_agency_byline_is_the_wire_and_no_headline(tmp_path):
    from pipeline.ingest import read_path, to_article

    page = ("Example Times\nWorld\nTurkish army says 3 soldiers killed in northern Syria\nReuters, Ankara\n"
            "Three Turkish soldiers were killed in northern Syria on Monday when their vehicle hit a mine near the "
            "town of Example, the army said in a statement.\nThe army said it had launched an operation in the area.\n")
    (tmp_path / "a.txt").write_text(page, encoding="utf-8")
    [article] = [to_article(item) for item in read_path(tmp_path)]
    assert (article.title, article.wire) == ("Turkish army says 3 soldiers killed in northern Syria", "Reuters")
