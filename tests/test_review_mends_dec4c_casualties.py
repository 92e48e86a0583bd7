"""Casualty constructions of the 4 December reviewer's report on sources, sentences and running totals
(invented text), each with positive and negative sentences."""

from __future__ import annotations

import pytest

from tests.test_casualties import figures, pairs, running_totals


def sources(found):
    return [f.attributed_to for f in found]


# source_phrases.deed_holds_its_count: a claimed deed that holds its count reports it (R1)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hezbollah claimed the killing of three Israeli soldiers in an ambush.", ["Hezbollah"]),
        ("Boko Haram claimed the kidnapping of 276 schoolgirls in Chibok.", ["Boko Haram"]),
        ("The Syrian army claimed the killing of dozens of terrorists in Idlib.", ["Syrian Arab Army"]),
        # the toll outside the claimed noun phrase: the claimant owns the deed, reports nothing
        ("The Islamic State claimed the attack, which killed 26 people in Kabul.", [None]),
        ("The Islamic State claimed the bombing, in which 14 people were killed.", [None]),
    ],
)
def test_a_claimed_deed_with_its_count(nlp, text, expected):
    assert sources(figures(nlp, text)) == expected


# source_phrases.shared_finite_subject: a reporting verb coordinated with the claim shares its subject (R2)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Taliban claimed the attack and said 40 soldiers were killed.", ["Taliban"]),
        ("The PKK claimed the ambush, and said 8 soldiers were killed.", ["PKK"]),
        ("Hamas claimed the attack and put the number of Israeli dead at 3.", ["Hamas"]),
        ("The Taliban claimed the attack. Police said 40 soldiers were killed.", [None]),  # a subject of its own
        # the second verb says no count: the claimant owns the deed, as before
        ("The Taliban claimed the bombing that killed 84 worshippers, and said more attacks would follow.", [None]),
    ],
)
def test_a_report_coordinated_with_a_claim(nlp, text, expected):
    assert sources(figures(nlp, text)) == expected


# denied.crime_of_the_sentenced: the victims of the crime a sentence is passed for stay (R3)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A court sentenced a man to death for the murder of 3 children in Basra.", [(3, "killed")]),
        ("Five men were sentenced to death for the killing of two police officers in Cairo.", [(2, "killed")]),
        ("The court sentenced him to death for the deaths of 41 people in the attack.", [(41, "killed")]),
        ("A court condemned five men to death.", []),  # the condemned live
        ("A court sentenced four men to death for spying.", []),
    ],
)
def test_the_victims_of_a_sentenced_crime(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


# tolls.value_brought_to: a bare toll brought up is one incident's, a count over a period a running total (R4, U9)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two more victims of the Christchurch attack died, bringing the toll to 51.", [(2, False), (51, False)]),
        ("Two more people died, bringing the attack's toll to 9.", [(2, False), (9, False)]),
        ("Two more people died, bringing the bombing toll to 9.", [(2, False), (9, False)]),
        (
            "A car bomb killed 30 people in Mogadishu. Three more died of their wounds, bringing the toll to 33.",
            [(30, False), (3, False), (33, False)],
        ),
        # a period written: the running total
        ("Five more people died, raising the monthly toll to 250.", [(5, False), (250, True)]),
        ("Russian strikes killed 12 people, bringing the number of civilians killed in Kherson this month to 90.", [(12, False), (90, True)]),
        ("The toll so far this year was brought to 700.", [(700, True)]),
        ("The shelling killed 3 more, bringing the number of dead in the Aleppo offensive to 300.", [(3, False), (300, True)]),
        ("Another soldier died, bringing the U.S. death toll in Iraq to 4,000.", [(1, False), (4000, True)]),
    ],
)
def test_a_toll_brought_up_with_and_without_a_period(nlp, text, expected):
    assert running_totals(figures(nlp, text)) == expected


# source_owners.author_before, source_owners.name_written_before: a place before a document names no
# author (R5); a name of several words before it is the author's whole name (R6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("According to Idlib's figures, 40 people were killed.", [None]),
        ("A Kharkiv report said 12 people were killed.", [None]),
        ("According to Khartoum's figures, 300 people were killed.", [None]),
        ("According to a Save the Children report, 10,000 children were killed in Gaza.", ["Save the Children"]),
        ("According to Kyiv's figures, 40 soldiers were killed.", ["Ukraine"]),  # a seat: its state
        ("According to an AFP tally, 40 people were killed.", ["Agence France-Presse"]),
    ],
)
def test_the_author_before_a_document(nlp, text, expected):
    assert sources(figures(nlp, text)) == expected


# ministries.place_after, ministries.state_of_capital: a ministry in a capital is the state's (R7); a backer
# runs no ministry (R8)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The health ministry in Kabul said 7 people were killed in the blast.", ["Afghan Health Ministry"]),
        ("The health ministry in Khartoum said 52 people were killed.", ["Sudanese Health Ministry"]),
        # Tripoli is also Lebanon's: Libya's only when the text names Libya (ministries.state_of_capital)
        ("The interior ministry in Tripoli said 61 people were killed in western Libya.", ["Libyan Interior Ministry"]),
        ("The health ministry in Damascus said 40 people were killed.", ["Syrian Health Ministry"]),
        ("The Moscow-backed health ministry in Luhansk said 13 people were killed.", ["Luhansk Health Ministry"]),
        ("The health ministry in the Gaza Strip said 40 people were killed.", ["Gaza Health Ministry"]),  # no capital
        ("The Hamas-run health ministry said 40 people were killed.", ["Hamas-run Health Ministry"]),  # a runner
    ],
)
def test_a_ministry_in_a_capital_or_named_by_its_backer(nlp, text, expected):
    assert sources(figures(nlp, text)) == expected


# tolls.as_high_as: a toll's value after a verb of its motion ("rose as high as 89"), or a copula under
# "thought to be"; not a value of anything else ("Temperatures rose as high as 45 degrees")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll rose as high as 89.", [(89, "up to")]),
        ("The toll could go as high as 20,000, officials said.", [(20000, "up to")]),
        ("The toll is thought to be as high as 1,000.", [(1000, "up to")]),
        ("Temperatures rose as high as 45 degrees.", []),
    ],
)
def test_a_toll_as_high_as_a_value(nlp, text, expected):
    assert [(f.number, f.qualifier) for f in figures(nlp, text)] == expected


# counts.a_few_before: "a few million" is vague, as "a few hundred" is
def test_a_few_million_is_vague(nlp):
    found = figures(nlp, "A few million people have fled Ukraine since February.")
    assert [(f.number, f.qualifier) for f in found] == [(None, "vague")]
