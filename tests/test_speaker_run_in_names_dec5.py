"""Comma-less copy (FA-KES's house style) runs a postposed source's name into the end of what it reports
and into the role phrase after it. Whose name it is: the source's ("... overnight Zakaria Malahifji a
political officer with the group said") or the content's, a victim or an addressee ("... killed the
mayor of Azaz Mohammed Hussein a local activist said"). Invented sentences."""

from __future__ import annotations

import pytest

from tests.test_speaker_bodies_and_offices import speaker_of
from tests.test_speaker_constructions_dec4b import found_quotes

# ---- sources.phrase_ending_before + heads.named_before_apposition: a subjectless cue's role phrase,
# with the source's name run in before it


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Rebels shelled the Sheikh Maqsoud district overnight Zakaria Malahifji a political officer with "
         "the Fastaqim group said.", "Rebels shelled", "Zakaria Malahifji"),
        ("Rebels took the town of Dabiq Ahmed Osman commander of the Sultan Murad brigade said.",
         "Rebels took the town", "Ahmed Osman"),
        ("Shelling hit the village of Kafr Nabl Raed Fares an activist said.", "Shelling hit", "Raed Fares"),
    ],
)
def test_a_name_run_into_a_role_phrase_speaks(nlp, text, words, speaker):
    assert speaker_of(nlp, text, words) == speaker


# ---- heads.name_taken_by_the_clause_before / role_opens_a_second_phrase: the name is the content's


@pytest.mark.parametrize(
    ("text", "words", "not_speaker"),
    [
        ("The attack killed Ahmed Hassan a teacher activists said.", "The attack killed", "Ahmed Hassan"),
        ("The strike killed Ahmed Hassan a local activist said.", "The strike killed", "Ahmed Hassan"),
        ("A car bomb killed the mayor of Azaz Mohammed Hussein a local activist said.", "A car bomb",
         "Mohammed Hussein"),
        ("In a statement to SANA a source at the Hama Police Command said that terrorists fired six shells.",
         "six shells", "SANA"),
    ],
)
def test_a_name_the_clause_before_holds_does_not_speak(nlp, text, words, not_speaker):
    assert speaker_of(nlp, text, words) != not_speaker


def test_a_plural_after_a_singular_role_is_its_own_phrase(nlp):
    assert speaker_of(nlp, "The attack killed Ahmed Hassan a teacher activists said.", "attack") == "activists"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the name before the role is the source's when nothing in the content holds it
        ("At least 22 civilians were killed in Saraqeb Rami Abdel Rahman head of the Syrian Observatory said.",
         "22 civilians", "Rami Abdel Rahman"),
        ('"We lost everything," said Ahmed Kanjou an unemployed father of four.', "lost everything", "Ahmed Kanjou"),
        ("Rami Hassan an Aleppo resident said the shelling went on.", "shelling went on", "Rami Hassan"),
    ],
)
def test_a_name_after_the_content_or_a_cue_still_speaks(nlp, text, words, speaker):
    assert speaker_of(nlp, text, words) == speaker


# ---- entities.name_splits.office_place_then_name: "the town of <place> <person>"


@pytest.mark.parametrize(
    ("text", "person", "absent"),
    [
        ("Rebels took the town of Dabiq Ahmed Osman commander of the brigade said.", "Ahmed Osman", "Dabiq Ahmed Osman"),
        ("Shelling hit the village of Kafr Nabl Raed Fares an activist said.", "Raed Fares", "Kafr Nabl Raed Fares"),
    ],
)
def test_a_place_after_its_place_noun_is_cut_from_a_name(nlp, text, person, absent):
    from pipeline.entities import entity_mentions

    names = {e.text for e in entity_mentions(nlp(text), article_id="t")}
    assert person in names and absent not in names


def test_a_place_noun_before_a_name_alone_cuts_nothing(nlp):
    from pipeline.entities import entity_mentions

    names = {e.text for e in entity_mentions(nlp("Rebels named the town of Ahmed Osman after him."), article_id="t")}
    assert "Osman" not in names


# ---- institutions.ARMED_FORCE_MEANS: another state's jets or strikes named before a bare "the army"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Turkish jets struck Afrin in northern Syria. The army said 20 terrorists were neutralised.", "army"),
        ("Syrian jets struck Maarat al-Numan in Syria. The army said 20 terrorists were killed near Aleppo.",
         "Syrian Arab Army"),
    ],
)
def test_a_bare_army_after_another_states_jets_is_not_the_articles(nlp, text, speaker):
    assert speaker_of(nlp, text, "20 terrorists") == speaker


# ---- antecedents.is_a_medium, introductions.word_pattern: "the group" is no news agency


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The attack was claimed by Islamic State, according to the group's Amaq news agency. The group said "
         "it had killed 30 soldiers.", "Islamic State"),
        ("Islamic State claimed the attack in a statement. According to Amaq news agency, 30 soldiers died. "
         "The group said more attacks would follow.", "Islamic State"),
        # negative: a group introduced as one still is
        ("Hezbollah, the Lebanese group, said it fired rockets. The group said it would fire more.", "Hezbollah"),
    ],
)
def test_the_group_is_not_the_agency_carrying_its_words(nlp, text, speaker):
    assert speaker_of(nlp, text, text.split("The group said ")[1][:12]) == speaker


# ---- antecedents.outlet_its_reporter_serves: "Its correspondent" after an outlet


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Al Mayadeen reported heavy clashes near Palmyra. Its military correspondent said the army had "
         "advanced.", "Al Mayadeen"),
        ("Reuters reported heavy clashes near Palmyra. Its correspondent said the army had advanced.", "Reuters"),
        # negative: "its" after a body that is no medium names no outlet
        ("The Russian Defence Ministry issued a statement. Its correspondent said the army had advanced.", None),
    ],
)
def test_its_correspondent_speaks_for_the_outlet_before(nlp, text, speaker):
    found = [q for q in found_quotes(nlp, text) if "army had advanced" in q.quote]
    assert found and (found[0].speaker if found[0].speaker_named else None) == speaker


# ---- entities.article.outlet_named_as_it_reports: a channel named like a town


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Al Mayadeen reported heavy clashes near Palmyra.", "ORG"),
        ("Al-Mayadeen television reported clashes.", "ORG"),
        ("Clashes raged in al-Mayadeen on Monday.", "GPE"),
        ("ISIS fighters fled Al Mayadeen after the army advanced.", "GPE"),
    ],
)
def test_an_outlet_named_like_a_place_is_the_outlet_when_it_reports(nlp, text, label):
    from pipeline.entities import entity_mentions

    labels = {e.label for e in entity_mentions(nlp(text), article_id="t") if "ayadeen" in e.text}
    assert labels == {label}


# ---- antecedents.group_subject_before, phrases.nationality_and_a_kind: a kind word points back


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Ahrar al-Sham withdrew from the town on Monday. The movement said it would return.", "would return",
         "Ahrar al-Sham"),
        ("A Syrian army statement said troops took the hill. Syrian Arab Red Crescent volunteers said they "
         "evacuated 200 people. The organisation said its teams were working around the clock.", "its teams",
         "Syrian Arab Red Crescent"),
        ("Press TV reported that the army advanced. The Iranian channel said thousands of residents celebrated.",
         "thousands of residents", "Press TV"),
        # negatives: one army per state is a name; a body quoted last still is "the group"
        ("The Syrian army took the hill. The army said 3 soldiers died.", "3 soldiers", "Syrian Arab Army"),
        ("The Syrian Observatory said 20 people died. Rebels shelled the town. The group said the toll may rise.",
         "toll may rise", "Syrian Observatory for Human Rights"),
    ],
)
def test_a_kind_word_points_back_to_the_body_of_that_kind(nlp, text, words, speaker):
    assert speaker_of(nlp, text, words) == speaker


# ---- beside.source_right_after_cue: a compound noun of the content's subject is no inverted source


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Syrias state news agency SANA denied that civilians were hit and said army units targeted "
         "terrorist positions.", "army units", "SANA"),
        # negative: an inverted source still is one
        ("At least 1102 people were killed said the Observatory.", "1102 people",
         "Syrian Observatory for Human Rights"),
    ],
)
def test_a_coordinated_cue_keeps_its_subject_before_a_compound_subject(nlp, text, words, speaker):
    assert speaker_of(nlp, text, words) == speaker


# ---- roles.person_with_office: a counterpart holds the office a later description names


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Lavrov met his Syrian counterpart Walid Muallem in Moscow. The Syrian minister said Damascus was "
         "ready for talks.", "Walid al-Moallem"),
        ("Lavrov met his Syrian counterpart Walid Muallem in Moscow. The Turkish minister said Damascus was "
         "ready for talks.", "Turkish minister"),
    ],
)
def test_a_counterpart_is_the_office_of_his_nationality(nlp, text, speaker):
    assert speaker_of(nlp, text, "ready for talks") == speaker


# ---- entities.name_splits.name_then_a_countrys_possessive, heads.person_compounded_on_role


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Maamoun Abdulkarim Syrias antiquities chief said the ancient site was damaged.", "Maamoun Abdulkarim"),
        ("Sergei Lavrov Russias foreign minister said the ancient site was damaged.", "Sergei Lavrov"),
    ],
)
def test_a_name_before_a_countrys_lost_possessive_speaks(nlp, text, speaker):
    assert speaker_of(nlp, text, "ancient site") == speaker


def test_a_surname_ending_in_s_is_no_possessive(nlp):
    from pipeline.entities import entity_mentions

    names = {e.text for e in entity_mentions(nlp("Jane Simmons said the site was damaged."), article_id="t")}
    assert "Jane Simmons" in names


# ---- a review's mends (review4s): the name after an intransitive or passive verb, a bare title, a
# place run into the name; "the group" only a body quoted or an armed group; an ally's jets


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("The shelling has not stopped Abu Ahmad a resident of the town said.", "shelling", "Abu Ahmad"),
        ("Four children were wounded Hamid Kutini a doctor said.", "Four children", "Hamid Kutini"),
        ("The talks collapsed Yahya al-Aridi an opposition spokesman said.", "talks collapsed", "Yahya al-Aridi"),
        ("The fighting stopped at dawn rebel commander Abu Omar a member of the Levant Front said.", "fighting",
         "Abu Omar"),
        ("HRW said cluster bombs were used in the town. The Pentagon rejected the claims. The group said it had "
         "evidence.", "had evidence", "Human Rights Watch"),
        ("The Syrian Observatory said 20 people died. Reuters could not verify the report. The group said the "
         "toll may rise.", "toll may rise", "Syrian Observatory for Human Rights"),
        ("Syrian troops advanced on Aleppo while Russian jets bombed the rebels. The army said it took 3 "
         "villages near the city.", "3 villages", "Syrian Arab Army"),
    ],
)
def test_review4s_regressions_mended(nlp, text, words, speaker):
    assert speaker_of(nlp, text, words) == speaker


def test_the_movement_is_no_body_of_another_kind(nlp):
    found = [q for q in found_quotes(nlp, "The UN said aid was blocked. The movement said it would resist.")
             if "would resist" in q.quote]
    assert found and not found[0].speaker_named


def test_a_town_named_like_an_outlet_that_shows_signs_is_the_town(nlp):
    from pipeline.entities import entity_mentions

    labels = {e.label for e in entity_mentions(nlp("Al Mayadeen showed signs of recovery."), article_id="t")}
    assert labels == {"GPE"}
