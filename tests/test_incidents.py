"""Grouping figures into incidents: disagreement kept, wire copy and updates not double counted."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.incidents import group_incidents
from pipeline.records import CasualtyFigure

FRIDAY = date(2016, 12, 9)
SATURDAY = date(2016, 12, 10)


def figure(
    article_id,
    start,
    number,
    *,
    sentence=None,
    type="killed",
    group="people",
    place="West Aleppo",
    event_date=FRIDAY,
    source=None,
    cumulative=False,
    updates=False,
    part_of=None,
):
    return CasualtyFigure(
        article_id=article_id,
        start=start,
        end=start + 5,
        sentence=sentence or f"{article_id} says {number}",
        number=number,
        number_text=str(number),
        type=type,
        group=group,
        qualifier="exact",
        part_of=part_of,
        place=place,
        attributed_to=source,
        event_date=event_date,
        cumulative=cumulative,
        figure_id=f"{article_id}:{start}",
        updates_earlier=updates,
    )


META = {
    "cnn": ("CNN", SATURDAY),
    "afp": ("AFP", SATURDAY),
    "ahram": ("Ahram", SATURDAY),
    "nna": ("NNA", SATURDAY),
    "late": ("Reuters", date(2016, 12, 11)),
}


def test_two_sources_on_one_event_are_one_incident_with_a_range():
    figures = [
        figure("cnn", 10, 25, source="Syrian Observatory for Human Rights"),
        figure("cnn", 90, 20, source="SANA", event_date=SATURDAY),
    ]
    filled, incidents = group_incidents(figures, META)
    (incident,) = incidents
    assert (incident.min, incident.max, incident.n_reports, incident.n_outlets) == (20, 25, 2, 1)
    assert incident.sources == ("SANA", "Syrian Observatory for Human Rights")
    assert incident.date == FRIDAY and not incident.cumulative
    assert {f.incident_id for f in filled} == {incident.incident_id}


def test_wire_copy_is_one_report_with_all_its_outlets():
    wire = "A car bomb killed at least 45 people in Homs, the governor said."
    figures = [figure(a, 3, 45, sentence=wire, source="governor") for a in ("ahram", "nna", "afp")]
    _, (incident,) = group_incidents(figures, META)
    assert (incident.n_reports, incident.n_outlets) == (1, 3)
    assert incident.outlets == ("AFP", "Ahram", "NNA")


def test_update_supersedes_earlier_lower_toll():
    figures = [
        figure("afp", 5, 100, source="Civil Defence"),
        figure(
            "late", 5, 112, event_date=SATURDAY, updates=True, source="Syrian Observatory for Human Rights"
        ),
    ]
    _, (incident,) = group_incidents(figures, META)
    assert (incident.min, incident.max, incident.n_reports) == (112, 112, 2)
    assert len(incident.figure_ids) == 2  # the superseded figure stays traceable


def test_cumulative_totals_get_their_own_incident():
    figures = [figure("afp", 5, 15), figure("afp", 80, 409, cumulative=True)]
    _, incidents = group_incidents(figures, META)
    assert sorted((i.cumulative, i.max) for i in incidents) == [(False, 15), (True, 409)]


def test_subcounts_do_not_report_the_total_again():
    total = figure("afp", 5, 113, group="people")
    same_group = figure("afp", 30, 20, group="people", part_of=total.figure_id)
    children = figure("afp", 60, 35, group="children", part_of=total.figure_id)
    filled, incidents = group_incidents([total, same_group, children], META)
    by_group = {i.group: i for i in incidents}
    assert (by_group["people"].n_reports, by_group["people"].max) == (1, 113)
    assert same_group.figure_id in by_group["people"].figure_ids
    assert by_group["children"].max == 35
    assert filled[1].incident_id == filled[0].incident_id


def test_unknown_dates_or_places_never_merge_across_articles():
    figures = [
        figure("afp", 5, 7, event_date=None),
        figure("nna", 5, 7, event_date=None),
        figure("cnn", 5, 7, place=None),
    ]
    _, incidents = group_incidents(figures, META)
    assert len(incidents) == 3


def test_events_more_than_a_day_apart_are_separate_and_ids_are_stable():
    figures = [figure("afp", 5, 7), figure("nna", 5, 9, event_date=date(2016, 12, 3))]
    first = group_incidents(figures, META)
    again = group_incidents(list(reversed(figures)), META)
    assert len(first[1]) == 2
    assert {i.incident_id for i in first[1]} == {i.incident_id for i in again[1]}
    assert all(f.incident_id for f in first[0])


def test_different_types_or_places_stay_apart():
    figures = [
        figure("afp", 5, 20),
        figure("afp", 20, 165, type="wounded"),
        figure("nna", 5, 20, place="Idlib"),
    ]
    _, incidents = group_incidents(figures, META)
    assert len(incidents) == 3


def test_empty_input():
    assert group_incidents([], {}) == ([], [])


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        # one place, two counts: one report with a range ("19 killed in Fardous, or 21 by another count")
        ([(19, "Fardous", None), (21, "Fardous", None)], [(19, 21)]),
        # rival sources ("12 in Douma, the Observatory said, while the White Helmets said 15 in Eastern Ghouta")
        ([(12, "Douma", "Syrian Observatory for Human Rights"), (15, "Eastern Ghouta", "White Helmets")], [(12, 15)]),
    ],
)
def test_undated_counts_of_one_sentence_that_stay_one_incident(counts, expected):
    sentence = "One sentence with two counts."
    figures = [
        figure("cnn", 10 + 50 * k, number, sentence=sentence, place=place, event_date=None, source=source)
        for k, (number, place, source) in enumerate(counts)
    ]
    _, incidents = group_incidents(figures, META)
    assert [(i.min, i.max) for i in incidents] == expected


@pytest.mark.parametrize(
    "counts",
    [
        [(19, "Fardous"), (11, "Sheikh Saeed")],  # "Nineteen of the dead were in Fardous, while 11 died in Sheikh Saeed"
        [(5, "Douma"), (5, "Harasta")],  # "Air strikes killed 5 people in Douma and 5 in Harasta": equal, still apart
    ],
)
def test_undated_counts_of_two_places_in_one_sentence_are_two_incidents(counts):
    figures = [
        figure("cnn", 10 + 50 * k, number, sentence="One sentence with two counts.", place=place, event_date=None)
        for k, (number, place) in enumerate(counts)
    ]
    _, incidents = group_incidents(figures, META)
    assert sorted((i.place, i.min, i.max) for i in incidents) == sorted((place, n, n) for n, place in counts)
