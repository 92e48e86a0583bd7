"""The last word of a span the model tags PERSON says when it names no person: a body's head noun ("the
Health Directorate"), a landform's ("Pankisi Gorge", not "Christopher Hill"), a facility's ("Shayrat
Airfield", data/lexicons/facility_words.txt) or a compound modifier ("Moscow-backed")
(entities.story_persons.label_of_a_name_head, ends_in_a_compound_modifier). Invented text, positives and
negatives."""

from __future__ import annotations

import pytest

from pipeline.entities.story_persons import label_of_a_name_head, without_a_compound_modifier


@pytest.mark.parametrize(
    ("text", "before", "label"),
    [
        ("Revolution Coordination Committee", "", "ORG"),
        ("Health Directorate", "", "ORG"),
        ("Tests Center", "", "ORG"),
        ("al-Manar TV", "", "ORG"),
        ("Asheihib al-Janoubi Hill", "rebels took ", None),  # a landform only as a preposition's object
        ("Asheihib al-Janoubi Hill", "rebels took control of ", "LOC"),
        ("Pankisi Gorge", "fighters from Georgia's ", "LOC"),
        # negatives: a person's name (a given name before a landform's word, or a subject), a lone head
        # noun, a head noun inside the name
        ("Christopher Hill", "talks with ", None),
        ("Kari Lake", "Republican candidate ", None),
        ("Committee", "", None),
        ("Council Ahmed", "", None),
    ],
)
def test_a_body_or_facility_head_noun_ends_no_person(text, before, label):
    assert label_of_a_name_head(text, before) == label


@pytest.mark.parametrize(
    ("text", "name"),
    [("Moscow-backed", None), ("Sunni-led", None), ("Paul Ryan-backed", "Paul Ryan"), ("Jean-Pierre", "Jean-Pierre"), ("Abdel-Rahman", "Abdel-Rahman")],
)
def test_a_compound_modifier_names_only_the_name_it_is_made_of(text, name):
    assert without_a_compound_modifier(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Families fled to Tel Hormuz, a village near the border.", "Tel Hormuz"),
        ("Shells hit Qassr Abu Hamid on Monday, killing two.", "Qassr Abu Hamid"),
        ("Rebels shelled Kherbat Hassan on Monday.", "Kherbat Hassan"),
        ("The army took Jeb el-Kussa after heavy fighting.", "Jeb el-Kussa"),  # a given name's shape before an article
        ("The army took Jebb al-Hamra after heavy fighting.", "Jebb al-Hamra"),
    ],
)
def test_a_name_opened_by_a_place_word_in_another_spelling_is_no_person(nlp, text, name):
    from pipeline.entities import entity_mentions

    assert name not in {m.text for m in entity_mentions(nlp("Syria news\n" + text), article_id="t") if m.label == "PERSON"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Former Florida governor Jeb Bush called for a no-fly zone. Bush said the war must end.", "Jeb Bush"),
        ("Former Amsterdam mayor Job Cohen said the refugees were welcome.", "Job Cohen"),
        ("Republican candidate Kari Lake said the border must close. Lake told supporters in Phoenix.", "Kari Lake"),
        ("Kurdish commander Ali Hill said 30 fighters had died.", "Ali Hill"),
    ],
)
def test_given_names_shaped_like_place_words_stay_persons(nlp, text, person):
    from pipeline.entities import entity_mentions

    found = {m.canonical for m in entity_mentions(nlp("Syria news\n" + text), article_id="t") if m.label == "PERSON"}
    assert person in found


def test_an_article_keeps_its_person_and_loses_the_bodies(nlp):
    from pipeline.entities import entity_mentions

    text = ("Talks stall as fighting rages\nThe Moscow-backed offensive went on, and the Health Directorate of Idlib said "
            "hospitals were full. Jets took off from Shayrat Airfield, said Christopher Hill, a former ambassador.")
    found = {(m.text, m.label) for m in entity_mentions(nlp(text), article_id="t")}
    assert ("Christopher Hill", "PERSON") in found
    assert not {t for t, label in found if label == "PERSON"} & {"Moscow-backed", "Health Directorate", "Shayrat Airfield"}
