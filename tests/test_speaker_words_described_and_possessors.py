"""Someone's words described (or named) before a colon, statements held by a role's possessive, and an unnamed
source set off after a fronted phrase (docs/speakers.md, rules 221-223, 243-244), with invented sentences,
positives and negatives."""

from __future__ import annotations

import pytest

from tests.test_speaker_bodies_and_offices import run, speaker_of

# ---- framed.words_described_before_a_colon: 'Her answer was simple: "..."'


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        ('The minister spoke on Tuesday. The minister\'s message was blunt: "We will not negotiate with them."',
         "negotiate", "minister"),
        ('Jane Doe met the rebels on Monday. Her answer was simple: "We stay until the siege ends."',
         "siege ends", "Jane Doe"),
        ('The warning from the ministry was clear: "Anyone who stays in the area is a target."', "is a target", "ministry"),
    ],
)
def test_words_described_before_a_colon_are_their_holders(nlp, text, words, speaker):
    assert speaker_of(nlp, text, words) == speaker


@pytest.mark.parametrize(
    "text",
    [
        'Residents gathered at the gate. The sign\'s message was clear: "Leave your weapons here before entering."',
        'The message was clear: "No entry beyond this point for anyone."',  # no holder named
        'The minister\'s message, he said, was one thing. The plan was another: "Build the road first."',
    ],
)
def test_words_with_no_one_to_hold_them_have_no_speaker(nlp, text):
    assert [q.speaker for q in run(nlp, text) if q.kind == "direct"] in ([], [None])


# ---- statements.author_of_statement: a role's possessive wrote the statement


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        ("According to the minister's statement, the army had taken the district.", "army had taken", "minister"),
        ("The ministry's statement said the army had taken the district.", "army had taken", "ministry"),
    ],
)
def test_a_statement_held_by_a_role_is_the_roles(nlp, text, words, speaker):
    assert speaker_of(nlp, text, words) == speaker


def test_a_statement_held_by_a_place_names_no_author(nlp):
    # a city has no voice of its own: the statement is the source as written, never "city"
    assert speaker_of(nlp, "The city's report said the water network was damaged.", "water network") != "city"


# ---- sources.name_apposed_after_a_fronted_phrase: an unnamed source in that layout


def test_an_unnamed_source_after_a_fronted_phrase_speaks(nlp):
    text = "Speaking to Al Jazeera, the resident, a father of two, said the shelling had not stopped for three days."
    assert speaker_of(nlp, text, "shelling had not stopped") == "resident"


def test_a_fronted_phrase_with_an_apposed_place_gives_no_source(nlp):
    text = "After the strike on the market, the busiest in the city, residents said the death toll was rising."
    assert speaker_of(nlp, text, "death toll") == "residents"  # the subject, not the market


# ---- speakers.describes_a_body: "it" for a body the text left unnamed


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('Syrian state media said the attack "would not go unpunished." It added that the plane had crashed.', "Syrian state media"),
        ("A local council said the water network was damaged. It added that repairs would take weeks.", "local council"),
    ],
)
def test_it_after_an_unnamed_body_is_that_body(nlp, text, speaker):
    words = "plane had crashed" if "plane" in text else "repairs"
    assert speaker_of(nlp, text, words) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Activists said the bombing continued overnight. It added that the roads were cut.",  # people are no "it"
        "One of its jurists asked whether the court could rule. It added that the case was closed.",
    ],
)
def test_it_never_stands_for_unnamed_people(nlp, text):
    assert speaker_of(nlp, text, text.split("that ")[-1][:12]) is None


# ---- run_in.person_run_into_unnamed_sources and phrases._described: names before a plural description


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        # comma-less: the office and name end the clause before; the sources are unnamed
        ("The army targeted the gatherings in Qalamoun killing the terrorist commander Abu Taha well-informed "
         "sources told Al-Manar.", "army targeted", "well-informed sources"),
        # a name that tells what the sources are names none of them
        ("Assad loyalist sources said the road was open.", "road was open", "assad loyalist sources"),
        # negatives: a body's sources, and a person in apposition after the description, stay as they were
        ("Hezbollah sources told Al-Manar that the road was open.", "road was open", "Hezbollah sources"),
        ("The activist Abu Omar said the road was open.", "road was open", "Abu Omar"),
    ],
)
def test_a_name_before_a_plural_description_is_not_its_speaker(nlp, text, words, speaker):
    assert speaker_of(nlp, text, words) == speaker


# ---- postposed.purpose_infinitive: "invited ... to testify" reports nothing before it


def test_an_infinitive_of_purpose_reports_nothing_before_it(nlp):
    text = "Harah was later invited to the UN Security Council to testify about the violence in Aleppo."
    assert run(nlp, text) == []


def test_an_infinitive_after_a_speaking_subject_still_reports(nlp):
    text = "The minister went on to say that the army would hold the town for weeks."
    assert speaker_of(nlp, text, "army would hold") == "minister"


# ---- roles.txt: teams speak as bodies


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        ("Civil defense teams said that the death toll from the airstrikes is likely to increase.", "death toll", "civil defense teams"),
        ("The team of doctors said the hospital was out of service.", "out of service", "team of doctors"),
    ],
)
def test_teams_are_unnamed_sources(nlp, text, words, speaker):
    assert speaker_of(nlp, text, words) == speaker


# ---- framed.words_named_before_a_colon: 'Doe's response: "..."' (rule 244)


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        ('Reporters asked the senator about the allegations on Monday. Jane Doe\'s response: "I have never met the '
         'man in my life."', "never met the man", "Jane Doe"),
        ('The embassy had asked for an explanation of the raid. The ministry\'s reply: "Our forces acted within the '
         'law at all times."', "acted within the law", "ministry"),
    ],
)
def test_words_named_before_a_colon_are_their_holders(nlp, text, words, speaker):
    assert speaker_of(nlp, text, words) == speaker


def test_words_named_before_a_colon_need_someone_to_speak(nlp):
    text = 'The film opened in three cities last week. The film\'s message: "Never forget the children of the siege."'
    assert [q.speaker for q in run(nlp, text) if q.kind == "direct"] in ([], [None])


# ---- direct.left_cue / direct.colon_introducer stop at a full stop (rule 243)


@pytest.mark.parametrize(
    "text",
    [
        'The crowd waited for hours in the rain before the candidate arrived at the fairground. Jane Doe: "We will '
        'build the road and the town will pay for it."',
    ],
)
def test_a_cue_before_a_full_stop_is_not_the_quote_s(nlp, text):
    assert [q.cue for q in run(nlp, text) if q.kind == "direct"] not in (["arrived"], ["asked"])
    assert [q.speaker for q in run(nlp, text) if q.kind == "direct"] != ["candidate"]


def test_a_short_introducer_after_another_sentence_keeps_its_speaker(nlp):
    # review: the clause ending in the colon starts after the last full stop, not nowhere
    text = 'Talks collapsed in the capital on Monday. The ministry went further: "This process is over and we will not return."'
    assert [(q.cue, q.speaker) for q in run(nlp, text) if q.kind == "direct"] == [("went", "ministry")]
