"""Sources written at length after a short quote, names after a fronted phrase, "they" for a plural
subject, the hearer of "told", and the sources reports beyond the war name by their part in public life
(docs/speakers.md, rules 216-220), with invented sentences, positives and negatives."""

from __future__ import annotations

import pytest

from tests.test_speaker_bodies_and_offices import run, speaker_of

# ---- direct.only_its_subject_between: a short quote whose source phrase is long


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('"It is bad," the chief of the agency said.', "chief of the agency"),
        ('"We have nothing," the city\'s mayor, John Doe, said.', "John Doe"),
        ('"It\'s a catastrophe," the U.N. agency\'s chief, Jane Okafor, told The Associated Press.', "Jane Okafor"),
    ],
)
def test_a_short_quote_with_a_long_source_phrase_is_a_quote(nlp, text, speaker):
    found = [q for q in run(nlp, text) if q.kind == "direct"]
    assert [q.speaker for q in found] == [speaker]
    assert not [q for q in run(nlp, text) if q.kind == "indirect"]  # not the quote read as reported content


@pytest.mark.parametrize(
    "text",
    [
        'The talks reached a "dead end," the mood in the town said to be dark.',  # a clause of its own
        'The so-called "safe zone," the area around the town, was shelled overnight.',
    ],
)
def test_a_short_quoted_phrase_before_a_clause_is_no_direct_quote(nlp, text):
    assert not [q for q in run(nlp, text) if q.kind == "direct"]


# ---- beside.ADDRESSEE_VERBS in sources.speaker_head: whom one tells is the hearer


def test_the_hearer_of_told_is_never_the_source(nlp):
    text = '"It\'s a catastrophe," the U.N. agency\'s chief, Jane Okafor, told The Associated Press.'
    assert all(q.speaker != "Associated Press" for q in run(nlp, text))


def test_the_speaker_of_told_is_its_subject(nlp):
    text = '"We will not leave this city whatever happens," the commander told Reuters.'
    assert speaker_of(nlp, text, "leave this city") == "commander"


# ---- sources.name_apposed_after_a_fronted_phrase: the innermost apposition names the speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Speaking to Al Jazeera, Mohammed Saleh, a resident of the Shaar district, said the bombing lasted all night.", "Mohammed Saleh"),
        ("At a news conference in Geneva, Geir Pedersen, the UN envoy, said the bombing lasted all night.", "Geir Pedersen"),
    ],
)
def test_a_name_with_its_apposition_after_a_fronted_phrase_speaks(nlp, text, speaker):
    assert speaker_of(nlp, text, "bombing lasted") == speaker


def test_the_fronted_phrase_s_own_name_does_not_speak(nlp):
    text = "Speaking to Al Jazeera, Mohammed Saleh, a resident of the Shaar district, said the bombing lasted all night."
    assert speaker_of(nlp, text, "bombing lasted") != "Al Jazeera"


# ---- plurals.plural_subject_just_before: "they" is the plural subject before it


@pytest.mark.parametrize(
    "text, speaker, named",
    [
        ("Rebel groups in Aleppo rejected the proposal. They said the corridors were a trap.", "rebel groups in Aleppo", False),
        ("Aid workers reached the town on Monday. They said the corridors were a trap.", "aid workers", False),
        ("The Democrats blocked the bill. They said the corridors were a trap.", "Democrats", True),
    ],
)
def test_they_stands_for_the_plural_subject_before_it(nlp, text, speaker, named):
    found = [q for q in run(nlp, text) if "corridors" in q.quote]
    assert [(q.speaker, q.speaker_named) for q in found] == [(speaker, named)]


@pytest.mark.parametrize(
    "text",
    [
        "Warplanes struck the town. They said the corridors were a trap.",  # no source, however the model labels it
        "The convoy reached the town. They said the corridors were a trap.",  # singular
        "UNICEF and the World Health Organization issued an appeal. They said the corridors were a trap.",  # two
    ],
)
def test_they_after_no_plural_source_stays_unnamed(nlp, text):
    found = [q for q in run(nlp, text) if "corridors" in q.quote]
    assert [q.speaker for q in found] == [None]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # plurals.named_one_of_a_coordination: a named source joined to unnamed ones is the named one's
        ("The Syrian army and its allies pushed into the east on Tuesday. They said the corridors were a trap.", "Syrian Arab Army"),
        ("Kerry and his aides flew to Geneva on Monday. They said the corridors were a trap.", "John Kerry"),
        # Negatives: no conjunct named, or two named
        ("The army and rebels exchanged fire overnight. They said the corridors were a trap.", None),
        ("Turkey and Russia agreed a truce on Monday. They said the corridors were a trap.", None),
    ],
)
def test_they_after_a_coordinated_subject(nlp, text, speaker):
    found = [q for q in run(nlp, text) if "corridors" in q.quote]
    assert [q.speaker for q in found] == [speaker]


def test_a_group_quoted_nearer_than_the_subject_wins(nlp):
    text = "Rebel groups rejected the plan. Activists said the town fell. They said the corridors were a trap."
    assert speaker_of(nlp, text, "corridors") == "activists"


# ---- data/lexicons/roles.txt: sources by their part in public life


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Critics say the plan is too expensive.", "critics"),
        ("The campaign said in a statement that it would appeal.", "campaign"),
        ('"We\'re going to win this state," the candidate told supporters at a rally.', "candidate"),
        ("A senior aide said the vote would be delayed.", "senior aide"),
    ],
)
def test_sources_described_by_their_part_in_public_life(nlp, text, speaker):
    found = run(nlp, text)
    assert [(q.speaker, q.speaker_named) for q in found] == [(speaker, False)]


def test_a_described_object_is_no_source(nlp):
    assert run(nlp, "The critics of the plan met in the capital on Monday.") == []


# ---- heads.relates_to_another: "critics of X", "the mother of X" are others, unnamed


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Critics of Jane Doe say the purge has gone too far.", "critics of Jane Doe"),
        ("Supporters of Erdogan say the purge has gone too far.", "supporters of Erdogan"),
        ("The mother of Jane Doe said the purge has gone too far.", "mother of Jane Doe"),
        # negatives: a spokesman speaks for whom he serves; an office's holder named at its end speaks
        ("A spokesman for Erdogan said the purge has gone too far.", "Recep Tayyip Erdogan"),
        ("The chief of Russia's General Staff Valery Gerasimov said the purge has gone too far.", "Valery Gerasimov"),
    ],
)
def test_a_relational_role_is_not_the_one_it_relates_to(nlp, text, speaker):
    assert speaker_of(nlp, text, "purge") == speaker
