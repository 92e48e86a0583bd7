"""Comma-less final reports the parse misreads (docs/speakers.md, rules 235-237): a participle after the
cue is no object of it ("... the ministry said adding that ...", "... a monitor said bringing to 45 the
number": postposed.free_participle); a final "he said" the parse hangs on the last noun as a relative
clause still reports the clause before it, unless the noun is a thing one says ("the things he said":
postposed.says_its_head_noun); of two subjects where a comma was lost, the one nearest the verb decides
whether the verb speaks (cues.event_subject: "Air strikes killed ... a monitor said"). Invented
sentences, positives and negatives."""

from __future__ import annotations

import pytest

from tests.test_speaker_bodies_and_offices import run


def contents(nlp, text: str) -> dict[str, str | None]:
    """Each quote's content, mapped to its speaker as written."""
    return {q.quote: q.speaker_text for q in run(nlp, text)}


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Three people were killed in the raid on the village the ministry said adding that rescuers were searching "
         "the rubble.", "Three people were killed in the raid on the village", "the ministry"),
        ("Four civilians were killed including a child he said adding that the strikes hit a market.",
         "Four civilians were killed including a child", "he"),
        ("The rebels fired on the convoy the governor said adding that two drivers were hurt.",
         "The rebels fired on the convoy", "the governor"),
        ("The army is planning a new offensive the ministry said adding to fears among residents.",
         "The army is planning a new offensive", "the ministry"),
    ],
)
def test_a_participle_after_a_final_report_is_no_object_of_it(nlp, text, content, speaker):
    found = contents(nlp, text)
    assert found.get(content) == speaker, found


def test_the_participle_of_speech_is_a_report_of_its_own(nlp):
    found = contents(nlp, "Three people were killed in the raid on the village the ministry said adding that "
                          "rescuers were searching the rubble.")
    assert found.get("rescuers were searching the rubble") == "the ministry", found


def test_a_gerund_a_verb_of_perception_reports_stays_its_object(nlp):
    # "reported hearing explosions": the gerund is what was reported; no clause before the verb is content
    assert not any(q.startswith("Residents") for q in contents(nlp, "Residents reported hearing explosions near the airport."))


@pytest.mark.parametrize(
    "text",
    [
        "He repeated the things he said adding that nothing had changed.",
        "Officials rejected the claims he said adding that the report was false.",
    ],
)
def test_a_relative_clause_whose_noun_is_what_was_said_reports_no_clause_before(nlp, text):
    found = contents(nlp, text)
    assert not any(q.startswith(("He repeated", "Officials rejected")) for q in found), found


@pytest.mark.parametrize(
    "text",
    [
        "AFP Monday 17 Oct 2016 Air strikes killed at least 12 civilians in the town on Monday a monitor said "
        "bringing to 45 the number killed in 24 hours.",
        "Shelling killed at least 12 civilians in the town on Monday a monitor said.",
    ],
)
def test_of_two_subjects_the_one_nearest_the_verb_speaks(nlp, text):
    found = contents(nlp, text)
    assert any(q.endswith("12 civilians in the town on Monday") and s == "a monitor" for q, s in found.items()), found


@pytest.mark.parametrize("text", ["Clashes continued.", "Heavy clashes in the east of the city continued on Monday."])
def test_an_event_subject_still_speaks_no_words(nlp, text):
    assert contents(nlp, text) == {}


# ---- a participle of speech goes on with the report it follows (rules 238-240)


@pytest.mark.parametrize(
    ("text", "first", "second", "speaker"),
    [
        # the parse hangs "adding" inside the reported clause and makes its object the participle's subject
        ("The monitor said three strikes hit the towns market adding that the overall toll was expected to rise.",
         "three strikes hit the towns market", "the overall toll was expected to rise", "The monitor"),
        ("The minister said the rebels had shelled the town, adding that the army would respond.",
         "the rebels had shelled the town", "the army would respond", "The minister"),
        ("The army said it had repelled the attack, noting that the rebels would retreat.",
         "it had repelled the attack", "the rebels would retreat", "The army"),
    ],
)
def test_a_participle_of_speech_is_a_second_report_by_the_same_speaker(nlp, text, first, second, speaker):
    found = contents(nlp, text)
    assert found.get(first) == speaker and found.get(second) == speaker, found


def test_a_participle_the_clause_s_subject_does_stays_in_the_content(nlp):
    # "citing", "fleeing": acts of the clause's subject, not a second statement ("adding that" is one)
    found = contents(nlp, "The ministry said the rebels had shelled the town before fleeing to the hills.")
    assert found.get("the rebels had shelled the town before fleeing to the hills") == "The ministry", found


# ---- a person's name before a role phrase with "the" is the speaker (rule 241)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Heavy strikes hit the city overnight. Hamza al-Khatib the director of a hospital in the east told "
         "Reuters the death toll from the strikes was 45.", "Hamza al-Khatib"),
        ("Jets pounded the town. Jane Doe the head of the local council said the death toll was 45.", "Jane Doe"),
    ],
)
def test_a_name_run_into_a_role_phrase_with_the_speaks(nlp, text, speaker):
    hits = [q for q in run(nlp, text) if "death toll" in q.quote]
    assert hits and hits[0].speaker == speaker, [(q.quote, q.speaker) for q in run(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        # the name is the object of the clause before: the role phrase speaks
        "The strike killed Ahmed Hassan the director of the hospital said.",
        "Shells hit the town of Marea the head of the local council told Reuters.",
    ],
)
def test_a_name_that_is_no_subject_is_no_apposition(nlp, text):
    speakers = {q.speaker for q in run(nlp, text)}
    assert speakers and not speakers & {"Ahmed Hassan", "Marea"}, speakers
