"""A title-case headline runs its nouns and verb into a person's name ("Mortar Attack Kills Three In
Damascus", "Doe Warns Against ..."): such a span keeps only the words the body writes capitalised inside a
sentence, or a person the alias table knows (entities.story_persons.headline_name_the_body_writes).
Invented text, positives and negatives."""

from __future__ import annotations

import pytest

from pipeline.entities import entity_mentions
from pipeline.entities.story_persons import headline_name_the_body_writes, is_title_case_line


def persons(nlp, text: str) -> set[str]:
    return {m.canonical for m in entity_mentions(nlp(text), article_id="t") if m.label == "PERSON"}


@pytest.mark.parametrize(
    ("text", "span", "kept"),
    [
        # the body writes none of the words capitalised: no name at all
        ("Mortar Attack Kills Three In Damascus\nThree people died when mortar shells hit a street, state media said.", "Mortar Attack Kills", None),
        # the body names the person: the headline verb after the name is cut off
        ("Hadi Bakour Warns Of New Offensive\nThe commander, Hadi Bakour, said on Monday that troops were massing.", "Hadi Bakour Warns", "Hadi Bakour"),
        # a body line that prints the headline again bears nothing out
        ("Bomb Blast Kills Four In Azaz\nBomb Blast Kills Four In Azaz\nFour people were killed by a car bomb, activists said.", "Bomb Blast Kills", None),
        # negatives: a headline in sentence case, and a span in the body, are kept whole
        ("Bomb blast kills four in Azaz today\nA car bomb killed four, Hadi Bakour Warns said.", "Hadi Bakour Warns", "Hadi Bakour Warns"),
        ("Shelling Kills Four In Azaz\nThe commander Hadi Bakour Warns said on Monday that troops were massing.", "Hadi Bakour Warns", "Hadi Bakour Warns"),
    ],
)
def test_a_headline_name_keeps_the_words_the_body_bears_out(text, span, kept):
    start = text.index(span)
    found = headline_name_the_body_writes(text, start, start + len(span))
    assert (text[found[0] : found[1]] if found else None) == kept


@pytest.mark.parametrize("headline", ["Kills Three In Damascus Suburb Today", "Assad Warns West Against Strikes"])
def test_a_headline_span_of_one_word_or_none_borne_out_never_fails(headline):
    text = headline + "\nThe army said on Monday that it would respond, officials said."
    for end in range(1, len(headline.split()) + 1):
        span_end = len(" ".join(headline.split()[:end]))
        found = headline_name_the_body_writes(text, 0, span_end)
        assert found is None or found[0] == 0


def test_a_known_person_in_a_title_case_headline_needs_no_body(nlp):
    text = "Erdogan Warns Against Kurdish Corridor On The Border\nThe Turkish president said Ankara would not allow it."
    assert persons(nlp, text) <= {"Recep Tayyip Erdogan"}
    assert "Erdogan Warns" not in {m.text for m in entity_mentions(nlp(text), article_id="t")}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the body names the person only at a sentence's start or after "Mr.": the model's names bear it out
        ("Senator Bob Corker Questions Syria Strike Authority\nThe chairman said the strikes needed approval. Corker said he "
         "would hold hearings.", "Bob Corker"),
        ("Senator Jane Roe Urges Tougher Line On Damascus\n\"We need a strategy,\" Ms. Roe said.", "Jane Roe"),
    ],
)
def test_a_headline_name_the_body_names_at_a_sentence_start_stays(nlp, text, person):
    assert person in persons(nlp, text)


def test_headline_run_ons_are_no_persons_of_the_article(nlp):
    text = ("Mortar Attack Kills Three In Damascus Suburb\nThree people were killed on Monday when mortar shells hit "
            "a residential street in Damascus, state media said.")
    assert not any("Kills" in name for name in persons(nlp, text))


@pytest.mark.parametrize(
    ("line", "title_case"),
    [("Mortar Attack Kills Three In Damascus", True), ("Mortar attack kills three in Damascus", False), ("Aleppo Falls", False)],
)
def test_title_case_lines(line, title_case):
    assert is_title_case_line(line) is title_case
