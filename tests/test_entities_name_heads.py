"""The last word of a span the model tags PERSON says when it names no person: a body's or a facility's
head noun ("the Health Directorate", "Shayrat Airfield") or a compound modifier ("Moscow-backed")
(entities.story_persons.label_of_a_name_head, ends_in_a_compound_modifier). Invented text, positives and
negatives."""

from __future__ import annotations

import pytest

from pipeline.entities.story_persons import ends_in_a_compound_modifier, label_of_a_name_head


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Revolution Coordination Committee", "ORG"),
        ("Health Directorate", "ORG"),
        ("Tests Center", "ORG"),
        ("al-Manar TV", "ORG"),
        ("Shayrat Airfield", "FAC"),
        # negatives: a person's name, a lone head noun, a head noun inside the name
        ("Christopher Hill", None),
        ("Committee", None),
        ("Council Ahmed", None),
    ],
)
def test_a_body_or_facility_head_noun_ends_no_person(text, label):
    assert label_of_a_name_head(text) == label


@pytest.mark.parametrize(
    ("text", "modifier"),
    [("Moscow-backed", True), ("Al Saud-linked", True), ("Sunni-led", True), ("Jean-Pierre", False), ("Abdel-Rahman", False)],
)
def test_a_compound_modifier_names_no_one(text, modifier):
    assert ends_in_a_compound_modifier(text) is modifier


def test_an_article_keeps_its_person_and_loses_the_bodies(nlp):
    from pipeline.entities import entity_mentions

    text = ("Talks stall as fighting rages\nThe Moscow-backed offensive went on, and the Health Directorate of Idlib said "
            "hospitals were full. Jets took off from Shayrat Airfield, said Christopher Hill, a former ambassador.")
    found = {(m.text, m.label) for m in entity_mentions(nlp(text), article_id="t")}
    assert ("Christopher Hill", "PERSON") in found
    assert not {t for t, label in found if label == "PERSON"} & {"Moscow-backed", "Health Directorate", "Shayrat Airfield"}
