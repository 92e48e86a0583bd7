"""Display text and the places that locate other places: a subheading's or pull-quote's figure is kept,
flagged `in_headline` and linked to the body figure it repeats (display.display_spans,
dedupe.mark_repeats); a place that only says where another is ("the Hamdaniyeh district of Aleppo",
"Azaz, north of Aleppo") is not where the events were (places.locating_places); a part whose sentence
names no place happened where its whole did (extract.with_the_place_of_their_whole); a later toll in a
place its sentence locates by the earlier toll's place restates it (same_victims.same_place), unless it counts
other victims ("three other fighters"); a Syrian town in another transliteration resolves
(places.resolve: "Tal Rifaat" for GeoNames' "Tall Rif'at"). Invented texts, positives and negatives."""

from __future__ import annotations

import pytest

from pipeline.casualties.display import display_spans
from pipeline.casualties.places import locating_places
from pipeline.places.resolve import resolve_offline
from pipeline.records import PlaceMention
from tests.test_casualties import figures

LEAD = "Air strikes killed 40 people in the Ansari district of Aleppo on Monday, the monitor said."
AFTER = "Rescuers said they were still searching the rubble of two buildings late into the night."


def by_number(found, number):
    return [f for f in found if f.number == number]


def test_a_subheading_figure_repeats_the_body_figure(nlp):
    text = f"{LEAD}\n\nNine children among the dead\n\nNine children were among the dead, the monitor said on Monday.\n\n{AFTER}"
    found = figures(nlp, text)
    heading, body = by_number(found, 9)
    assert heading.in_headline and heading.repeats == body.figure_id
    assert not body.in_headline and body.repeats is None


def test_a_subheading_figure_no_body_figure_gives_is_its_own(nlp):
    # not the largest body figure's repeat, as a headline's rounding would be
    text = f"{LEAD}\n\nNine killed in Kallaseh\n\n{AFTER}"
    heading = by_number(figures(nlp, text), 9)[0]
    assert heading.in_headline and heading.repeats is None


@pytest.mark.parametrize(
    "text",
    [
        # items of a list after a line that opens it with a colon
        "The monitor gave the dead of Monday night by district in its evening report as follows:\n\nMaadi 5 killed\n\n"
        "Ansari 9 killed\n\nThe monitor said the strikes went on through the night in the east of the city.",
        # a short line of running text that ends in a stop
        f"{LEAD}\n\nNine more died later.\n\n{AFTER}",
    ],
)
def test_list_items_and_short_sentences_are_no_display_text(nlp, text):
    assert not any(f.in_headline for f in figures(nlp, text))


def test_a_pull_quote_repeats_the_figure_of_the_sentence_it_prints_again(nlp):
    text = (
        "Shells hit the Hamdaniyeh district of Aleppo on Monday, residents said.\n\n"
        '"Seven of my neighbours were killed in one night"\n\n'
        'Khaled said: "Seven of my neighbours were killed in one night, and no one came to help us."\n\n'
        f"{AFTER}"
    )
    pull, body = by_number(figures(nlp, text), 7)
    assert pull.in_headline and pull.repeats == body.figure_id
    assert display_spans(text) == [(text.index('"Seven'), text.index('"Seven') + len('"Seven of my neighbours were killed in one night"'))]


def test_a_part_in_a_subheading_section_belongs_to_the_body_toll(nlp):
    text = f"{LEAD}\n\nNine killed in one house\n\nNine of the dead were from one family, residents said.\n\n{AFTER}"
    found = figures(nlp, text)
    toll = by_number(found, 40)[0]
    assert [f.part_of for f in by_number(found, 9) if not f.in_headline] == [toll.figure_id]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rebels shelled the Hamdaniyeh district of Aleppo, killing five people.", "Hamdaniyeh"),
        ("Seven people were killed when Aleppo's Sukkari district was bombed.", "Sukkari"),
        ("Shells hit Azaz, north of Aleppo, killing three people.", "Azaz"),
        ("A strike on Saraqeb, Idlib province, killed four people on Monday.", "Saraqeb"),
    ],
)
def test_a_place_that_locates_another_is_not_where_the_events_were(nlp, text, place):
    assert [f.place for f in figures(nlp, text)] == [place]


def mention(text, name, kind):
    start = text.index(name)
    return PlaceMention("t", start, start + len(name), name, name, kind, None, None, False)


@pytest.mark.parametrize(
    ("text", "names", "locators"),
    [
        ("the Hamdaniyeh district of Aleppo", [("Hamdaniyeh", "district"), ("Aleppo", "city")], ["Aleppo"]),
        ("Tal Rifaat, 35 km (20 miles) north of Aleppo", [("Tal Rifaat", "city"), ("Aleppo", "city")], ["Aleppo"]),
        ("Aleppo's Sukkari district", [("Aleppo", "city"), ("Sukkari", "district")], ["Aleppo"]),
        ("Saraqeb, Idlib province", [("Saraqeb", "city"), ("Idlib province", "region")], ["Idlib province"]),
        # Negatives: places of a list, and a bare comma before a place of the same kind
        ("Aleppo, Homs and Hama", [("Aleppo", "city"), ("Homs", "city"), ("Hama", "city")], []),
        ("Saraqeb, Idlib province, and Hama province", [("Saraqeb", "city"), ("Idlib province", "region"), ("Hama province", "region")], []),
        ("strikes on Aleppo and Idlib", [("Aleppo", "city"), ("Idlib", "city")], []),
    ],
)
def test_locating_places(text, names, locators):
    places = [mention(text, name, kind) for name, kind in names]
    assert [p.place for p in locating_places(places, text)] == locators


def test_a_part_with_no_place_of_its_own_takes_its_whole_place(nlp):
    # the article names Idlib most, but the twelve are of the forty killed in Aleppo
    found = figures(nlp, "Air strikes killed 40 people in Aleppo on Monday. Twelve of them were children. "
                         "Idlib was calm, residents of Idlib said, and Idlib's markets opened.")
    assert [(f.number, f.place) for f in found] == [(40, "Aleppo"), (12, "Aleppo")]


def test_a_part_that_names_its_own_place_keeps_it(nlp):
    found = figures(nlp, "Air strikes killed 40 people in Aleppo and Idlib on Monday. Twelve of them died in Idlib.")
    assert [(f.number, f.place) for f in found][1] == (12, "Idlib")


def test_a_toll_given_again_for_a_district_its_sentence_locates_repeats_it(nlp):
    found = figures(nlp, "Eight people were killed in Aleppo on Monday, a police source said.\n\n"
                         "The source said shells killed eight people in the Jamiliyeh neighbourhood of Aleppo.")
    assert found[1].repeats == found[0].figure_id


@pytest.mark.parametrize(
    "text",
    [
        "Three fighters were killed in Abu Kamal, east of Deir Ezzor, on Monday.\n\n"
        "Three other fighters were killed in an ambush in a village southeast of Deir Ezzor.",
        "Eight people were killed in Aleppo on Monday.\n\nEight more people were killed in the Jamiliyeh neighbourhood of Aleppo.",
    ],
)
def test_other_victims_of_the_same_count_are_no_repeat(nlp, text):
    assert [f.repeats for f in figures(nlp, text)] == [None, None]


@pytest.mark.parametrize(("name", "canonical"), [("Tal Rifaat", "Tall Rifat"), ("Tell Rifaat", "Tall Rifat"), ("Tal Rifat", "Tall Rifat")])
def test_a_syrian_town_in_another_transliteration_resolves(name, canonical):
    assert resolve_offline(name).name == canonical


@pytest.mark.parametrize("name", ["Tal Mithal", "Marble"])  # invented, and an English word
def test_a_name_no_syrian_town_spells_so_stays_unresolved(name):
    assert resolve_offline(name) is None


@pytest.mark.parametrize(
    ("text", "cumulative"),
    [
        # event_dates.ONE_INCIDENT_RE: a campaign's toll so far is a running total, one bombing's is not
        ("Over 750 people have so far been killed in the ongoing bombing campaign on the city.", True),
        ("At least 292 people have been killed so far in the bombing of the market.", False),
    ],
)
def test_a_toll_so_far_of_a_campaign_is_a_running_total(nlp, text, cumulative):
    assert [f.cumulative for f in figures(nlp, text)] == [cumulative]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # places.country_of_an_actor: whose strikes, not where
        ("Nine civilians were among at least 30 people killed in U.S. air strikes on Monday.", None),
        ("Turkish shelling killed 12 fighters near Afrin on Monday.", "Afrin"),
        # Negatives: a country where the events were, and Syria's own headlinese
        ("Ten people were killed in Turkey on Monday.", "Turkey"),
        ("Syria air raids kill 25 civilians", "Syria"),
    ],
)
def test_a_country_named_as_the_attacker_is_no_place(nlp, text, place):
    assert {f.place for f in figures(nlp, text)} == {place}


def test_a_headline_the_text_opens_with_repeats_the_body_figure(nlp):
    # no title given: a short line with no sentence stop before running text (display.top_display_spans)
    text = ("12 killed in air strikes on Idlib market: monitor\n\nAir strikes on a market in the town of Atareb "
            "killed at least 12 people on Monday, the monitor said.\n\nRescuers searched the rubble.")
    head, body = figures(nlp, text)
    assert head.in_headline and head.repeats == body.figure_id and not body.in_headline


def test_a_standfirst_under_the_headline_repeats_the_body_figure(nlp):
    text = ("Troops push into Sheikh Saeed\n\nAt least 45 civilians killed as troops push into Sheikh Saeed…\n\n"
            "At least 45 civilians were killed on Tuesday as government troops pushed into the district, the monitor said.")
    standfirst, body = figures(nlp, text)
    assert standfirst.in_headline and standfirst.repeats == body.figure_id


def test_a_lead_sentence_that_opens_the_text_is_no_headline(nlp):
    text = ("Air strikes on a market in the town of Atareb killed at least 12 people on Monday, the monitor said.\n\n"
            "Rescuers searched the rubble of the market for survivors late into the night.")
    assert [f.in_headline for f in figures(nlp, text)] == [False]


def test_more_victims_worded_alike_both_times_are_a_restatement(nlp):
    # "20 more" adds to the killed of its own sentence, in the first telling and in the second
    text = ("Shelling killed six civilians and wounded 20 more in Aleppo on Monday, SANA said.\n\n"
            '"Six civilians were killed and 20 more were wounded," the governor said.')
    found = figures(nlp, text)
    assert [f.repeats for f in found] == [None, None, found[0].figure_id, found[1].figure_id]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # places.context: a city half before "countryside"/"province" is the governorate's part
        ("Nine civilians were killed in air strikes in the eastern Aleppo countryside on Monday.", "Aleppo province"),
        ("Nine civilians were killed in Eastern Aleppo Province on Monday.", "Aleppo province"),
        ("Nine civilians were killed in eastern Aleppo on Monday.", "East Aleppo"),  # the city's half
    ],
)
def test_a_city_half_before_countryside_is_the_province(nlp, text, place):
    assert [f.place for f in figures(nlp, text)] == [place]


def test_a_part_with_no_place_at_all_takes_its_whole_place():
    # extract.with_the_place_of_their_whole: a part the article gives no place for (no fallback either)
    from dataclasses import replace as replaced

    from pipeline.casualties.earlier_tolls import with_the_place_of_their_whole
    from pipeline.records import CasualtyFigure

    whole = CasualtyFigure("t", 0, 2, "Forty were killed in Aleppo.", 40, "40", "killed", "people", "exact", None, "Aleppo",
                           None, None, False, figure_id="t:0")
    part = replaced(whole, start=30, end=36, sentence="Twelve were children.", number=12, number_text="Twelve",
                    place=None, part_of="t:0", figure_id="t:30", sentence_start=30)
    assert [f.place for f in with_the_place_of_their_whole([part], [whole], [])] == ["Aleppo"]


# ---- the whole-diff review's cases: other victims of the same count are never folded into one


@pytest.mark.parametrize(
    "text",
    [
        # a sentence that merely names the earlier place is no restatement (same_victims.same_place, located_by)
        "Government shelling killed eight people in Aleppo on Monday, activists said. Air strikes killed eight "
        "people in Idlib, 60 km from Aleppo, the Observatory said.",
        "Shelling killed eight people in Aleppo on Monday. In Aleppo province, shelling killed eight people in Azaz.",
    ],
)
def test_the_same_count_in_a_place_the_sentence_only_names_beside_is_no_repeat(nlp, text):
    assert [f.repeats for f in figures(nlp, text)] == [None, None]


@pytest.mark.parametrize(
    "text",
    [
        # an opening line with no stop is no headline over a body figure of another place
        "Air strikes killed 12 people in Idlib on Monday\n\nIn Aleppo, government shelling killed 30 people on Monday "
        "night, the monitor said, and rescuers searched the rubble.",
        # a subheading's count of another place's victims
        "Air strikes killed 40 people across Aleppo on Monday, the monitor said in a statement.\n\nFive children were "
        "killed in Bustan al-Qasr\n\nIn Sakhour, five children were killed when a shell hit their school on Monday morning.",
    ],
)
def test_display_text_of_another_place_repeats_no_body_figure(nlp, text):
    assert all(f.repeats is None for f in figures(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling killed 6 civilians in Aleppo and 4 fighters in Idlib.", [(6, "civilians"), (4, "fighters")]),
        ("An Iraq bombing killed 25 people.", [(25, "people")]),
    ],
)
def test_list_items_keep_their_own_victims(nlp, text, expected):
    assert [(f.number, f.group) for f in figures(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [("An Iraq bombing killed 25 people.", "Iraq"), ("Air strikes killed 14 people in Aleppo's Hamdaniyeh district on Monday.", "Hamdaniyeh")],
)
def test_a_country_where_a_bombing_was_and_a_possessive_locator(nlp, text, place):
    assert [f.place for f in figures(nlp, text)] == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a where-clause after an apposition goes on with the place the apposition describes
        ("The army pounded Douma, the largest town in the Eastern Ghouta region, where raids killed 16 civilians.", "Douma"),
        ("Troops entered Ansari, a district in Aleppo, where snipers had killed four men.", "Ansari"),
        # an anchor the gazetteer lacks, declared a place by its apposition's settlement noun
        ("Rebels attacked Khan Tumayn, a village south of Aleppo, where 12 soldiers died.", "Khan Tumayn"),
        # negatives: a restrictive clause (no comma) and a where-clause on a place outside any apposition
        ("The army pounded Douma, the largest town in the Eastern Ghouta region where raids killed 16 civilians.", "Eastern Ghouta"),
        ("The offensive moved on Aleppo, where government shelling killed nine people in Ansari.", "Ansari"),
        # an apposition naming no settlement: the hospital is in Idlib
        ("The strikes hit Bab al-Hawa, a hospital in Idlib, where seven nurses died.", "Idlib"),
        # a clause that names a place of its own keeps it
        ("Government forces shelled Douma, the largest town in Eastern Ghouta, where a strike on neighbouring Harasta killed 16 people.", "Harasta"),
    ],
)
def test_a_where_clause_after_an_apposition_goes_on_with_its_place(nlp, text, place):
    assert [f.place for f in figures(nlp, text)] == [place]
