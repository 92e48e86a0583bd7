"""Speaker constructions of outlets beyond the war's (business, courts, sport, other wars), 4 December 2026
(afternoon): a definite kind of business, a nationality or an age standing for a person, a name
set off by commas after an office, a participle clause between the name and its verb, verbs of courts and
of posting, and police and bloggers as unnamed sources. Positives and their neighbours that stay as they were.
"""

from __future__ import annotations

import pytest

from pipeline.entities import entity_mentions
from pipeline.quotes import quotes


def found_quotes(nlp, text):
    doc = nlp(text)
    return quotes(doc, article_id="t", entities=entity_mentions(doc, article_id="t"))


def speaker_at(nlp, text, words):
    """(speaker, speaker_named) of the quote whose content holds `words`; None when no quote holds them."""
    found = [q for q in found_quotes(nlp, text) if words in q.quote]
    return (found[0].speaker, found[0].speaker_named) if found else None


# ---- antecedents.body_the_text_is_about: "the company", "the agency" point back to the body just named


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Shell reported higher profits on Thursday. The company said it would buy back shares.", "buy back", "Shell"),
        ("Toyota Motor recalled a million vehicles. The carmaker said a faulty sensor could disable airbags.",
         "faulty sensor", "Toyota Motor"),
        # the nearer of two bodies: the one last a subject
        ("Human Rights Watch said the strikes were unlawful. Shell reported higher profits on Thursday. The "
         "company said it would buy back shares.", "buy back", "Shell"),
        # negatives: no body named before; an indefinite "a company" is a new one; "the agency" may be the
        # news agency carrying the story
        ("According to the World Food Programme, 18 million Sudanese face hunger. The figure, the agency said, "
         "is the highest ever recorded.", "highest ever", "agency"),
        ("The company said profits had fallen sharply this year.", "profits had fallen", "company"),
        ("Shell reported higher profits on Thursday. A company in Ohio said its sales had fallen sharply.",
         "sales had fallen", "company in Ohio"),
    ],
)
def test_a_kind_of_body_points_back_to_the_body_the_text_is_about(nlp, text, words, speaker):
    assert speaker_at(nlp, text, words)[0] == speaker


# ---- phrases.nationality_epithet and the age "the 36-year-old": a person named before


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('Carlo Ancelotti praised his players. "We suffered, but we showed character tonight," the Italian said.',
         "showed character", ("Carlo Ancelotti", True)),
        ('Ahmad Hassan fled Aleppo in 2016 with his family. "We lost everything we had in the city," the '
         "36-year-old said.", "lost everything", ("Ahmad Hassan", True)),
        # negatives: no one named before stays an unnamed person; a people or a government is no epithet
        ('"We suffered, but we showed character tonight," the Italian said.', "showed character", ("Italian", False)),
        ("A 36-year-old said the shelling had stopped before dawn.", "shelling had stopped", ("36-year-old", False)),
        ("The Kurds said the town had fallen to the rebels.", "town had fallen", ("Kurds", True)),
        ("The Italian government said the ship would dock in Catania.", "ship would dock", ("Italian government", True)),
    ],
)
def test_a_nationality_or_an_age_standing_for_a_person(nlp, text, words, speaker):
    assert speaker_at(nlp, text, words) == speaker


# ---- held_names.name_apposed_to_an_office: "The central bank governor, Olayemi Cardoso, said"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("The central bank governor, Olayemi Cardoso, said inflation would ease.", "inflation", "Olayemi Cardoso"),
        ("The head of the central bank, Olayemi Cardoso, said inflation would ease.", "inflation", "Olayemi Cardoso"),
        ("Ukraine's defence minister, Rustem Umerov, said Ukraine aimed to produce a million drones.", "drones",
         "Rustem Umerov"),
        # negatives: a body in apposition is no person; a member of a body with no name speaks for the body
        ("A spokesman for the group, Amnesty International, said the trial was unfair.", "trial was unfair",
         "spokesman for the group"),
        ("A spokesman for the Syrian Democratic Forces said the town had been retaken.", "retaken",
         "Syrian Democratic Forces"),
    ],
)
def test_a_name_set_off_by_commas_after_an_office_speaks(nlp, text, words, speaker):
    assert speaker_at(nlp, text, words)[0] == speaker


# ---- sources: a participle clause set off by commas between the name and its verb


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Chief Justice John Roberts, writing for the court, said the law was clear.", "law was clear", "John Roberts"),
        ("Jane Doe, speaking to reporters in Geneva, said the talks had failed.", "talks had failed", "Jane Doe"),
        # negative: a subject that cannot speak gives no speaker through its participle
        ("The shelling, coming after weeks of calm, forced families to leave. Residents said the town was empty.",
         "town was empty", "residents"),
    ],
)
def test_a_participle_between_the_name_and_its_verb(nlp, text, words, speaker):
    assert speaker_at(nlp, text, words)[0] == speaker


# ---- speech_verbs.txt: rulings, pleadings and posts report their that-clause; what was posted does not


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Judge Amanda Reyes ruled that the evidence was admissible.", "evidence was admissible", "Amanda Reyes"),
        ("Solicitor General Anil Verma submitted that the petition was not maintainable.", "petition", "Anil Verma"),
        ("Mayor Lisa Grant posted on Facebook that schools would stay closed.", "schools would stay", "Lisa Grant"),
    ],
)
def test_courts_and_posts_report_their_clause(nlp, text, words, speaker):
    assert speaker_at(nlp, text, words)[0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The court ruled out a delay to the trial of the former executive.",
        "He submitted his resignation to the board on Monday morning.",
        "Footage of the attack posted on YouTube by activists showed that civilians were digging out a man.",
        "Activists posted videos that showed the strike on the market.",
    ],
)
def test_no_report_in_a_ruling_out_a_submission_or_a_posted_video(nlp, text):
    assert found_quotes(nlp, text) == []


# ---- roles.txt: police and bloggers are unnamed sources; the police's object is not the speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Police accused the protesters of blocking the highway.", "blocking", ("police", False)),
        ("Russian military bloggers claimed that the troops had entered the town.", "entered the town",
         ("Russian military bloggers", False)),
        # negative: the police a command was named as before is that command
        ("Aleppo Police Command reported a blast. The police said two people were hurt.", "two people were hurt",
         ("Aleppo Police", True)),
    ],
)
def test_police_and_bloggers_as_sources(nlp, text, words, speaker):
    assert speaker_at(nlp, text, words) == speaker


# ---- speakers.MEMBER_HEADS: a firm's research staff speak for the firm


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Analysts at Goldman Sachs predicted that the Fed would cut rates three times this year.", "cut rates",
         ("Goldman Sachs", True)),
        ("Economists at Capital Economics predict that inflation will fall below 3 per cent.", "inflation",
         ("Capital Economics", True)),
        # negative: a former analyst speaks for himself
        ("A former analyst at Goldman Sachs said the bank had erred.", "bank had erred",
         ("former analyst at Goldman Sachs", False)),
    ],
)
def test_research_staff_speak_for_their_firm(nlp, text, words, speaker):
    assert speaker_at(nlp, text, words) == speaker


# ---- indirect.past_the_time_of_the_report: "said on Tuesday it had ..." starts at the clause's subject


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The ministry said on Tuesday it had recaptured the station.", "it had recaptured the station"),
        ("The army said on Sunday night its troops had entered the town.", "its troops had entered the town"),
        # negatives: a place phrase is kept; a date that is the clause's own subject is the content
        ("He said in Aleppo the shelling had stopped.", "in Aleppo the shelling had stopped"),
        ("He said Tuesday was the deadline for the talks.", "Tuesday was the deadline for the talks"),
    ],
)
def test_the_time_of_the_report_is_no_content(nlp, text, content):
    assert [q.quote for q in found_quotes(nlp, text)] == [content]


# ---- descriptions.national_body: a country's name or possessive before a state body's noun


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Sudan army says it retook Omdurman radio station", "retook", "Sudanese Army"),
        ("Sudan's army said on Tuesday it had recaptured the station.", "recaptured", "Sudanese Army"),
        ("Syria army says it retook the town of Palmyra", "retook", "Syrian Arab Army"),
        # negatives: a body's own name with a country in it; a city before the noun is no state
        ("Syria Civil Defence said 20 people were pulled from the rubble.", "pulled", "White Helmets"),
        ("Aleppo police said two people were hurt in the blast.", "hurt", "Aleppo police"),
    ],
)
def test_a_country_before_a_state_body_s_noun(nlp, text, words, speaker):
    assert speaker_at(nlp, text, words)[0] == speaker


# ---- roles.txt: offices of other governments, courts and firms are descriptions, not names


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Opening the debate, the Chancellor said the fiscal rules would be met.", "fiscal rules", ("chancellor", False)),
        ("His attorney said the charges against him were baseless.", "charges", ("his attorney", False)),
        # negative: the office before a name is the name's title
        ("Chief executive Helena Marsh said on a call with analysts that demand had weakened.", "demand",
         ("Helena Marsh", True)),
    ],
)
def test_offices_beyond_the_war_are_descriptions(nlp, text, words, speaker):
    assert speaker_at(nlp, text, words) == speaker


# ---- datelines: a wire's "CITY, Country (AP) —" and an agency's "Aleppo, SANA –" are neither source nor content


@pytest.mark.parametrize(
    ("text", "words", "speaker", "content_start"),
    [
        ("DAMASCUS, Syria (AP) — Syria's interim President Ahmed al-Sharaa said Sunday that elections would "
         "take up to four years.", "elections", "Ahmed al-Sharaa", "elections"),
        ("Aleppo, SANA – Terrorists targeted residential neighborhoods with rocket shells, a source at Aleppo "
         "Police Command told SANA.", "rocket shells", "Aleppo Police Command", "Terrorists"),
        ("Hama, SANA- Army units destroyed a terrorist vehicle near the town, SANA's reporter said.", "vehicle",
         "SANA", "Army units"),
        # negative: a sentence opening with a place and a country is no agency dateline
        ("Aleppo, Syria's second city, has been divided since 2012, the governor said.", "divided", "governor",
         "Aleppo, Syria's second city"),
    ],
)
def test_datelines_are_neither_source_nor_content(nlp, text, words, speaker, content_start):
    found = [q for q in found_quotes(nlp, text) if words in q.quote]
    assert found and found[0].speaker == speaker and found[0].quote.startswith(content_start)


# ---- indirect.past_a_relay_participle / clause_past_a_relay_participle: "reported, citing X, that ..."


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Reuters reported, citing two security sources, that Russian jets had resumed strikes.", "Reuters",
         "Russian jets had resumed strikes"),
        ("Press TV reported, quoting local sources, that the convoy had reached the town.", "Press TV",
         "the convoy had reached the town"),
        ("The Washington Post reported, citing US officials, that the troops would stay in the region.",
         "The Washington Post", "the troops would stay in the region"),
    ],
)
def test_a_relay_participle_is_no_content(nlp, text, speaker, content):
    assert [(q.speaker, q.quote) for q in found_quotes(nlp, text)] == [(speaker, content)]


def test_a_relay_participle_without_a_clause_reports_nothing(nlp):
    assert found_quotes(nlp, "SANA reported the attack on the checkpoint, citing a police source.") == []


# ---- indirect.introduces_what_follows: "X said:" reports nothing before it


@pytest.mark.parametrize(
    "text",
    [
        "In a televised address, Syrian Foreign Minister Asaad al-Shaibani said:",
        "Speaking to reporters in Moscow, Lavrov told journalists on Sunday:",
    ],
)
def test_a_cue_before_a_colon_reports_nothing_before_it(nlp, text):
    assert found_quotes(nlp, text) == []


def test_a_comma_less_final_report_still_reports_the_words_before_it(nlp):
    assert [q.quote for q in found_quotes(nlp, "The convoy reached the town on Monday the Observatory said.")] == [
        "The convoy reached the town on Monday"
    ]


# ---- speakers.with_ranks_spelled_out; antecedents.BODY_KIND_WORDS newspapers


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('Russian Defence Ministry spokesman Maj. Gen. Igor Konashenkov said the jets had struck 40 targets. "The '
         'accusations are a provocation by the terrorists," the general said.', "provocation", "Igor Konashenkov"),
        ("Col. Ahmed Hamada said the unit had withdrawn. The colonel said the rebels would regroup.", "regroup",
         "Ahmed Hamada"),
        ("Syrian newspaper Al-Watan said the army had entered the town. The daily added that residents had been "
         "ordered to leave.", "ordered to leave", "Al-Watan"),
        # negative: a general never named stays a description
        ('"The accusations are a provocation by the terrorists," the general said.', "provocation", "general"),
    ],
)
def test_ranks_and_newspapers_point_back(nlp, text, words, speaker):
    assert speaker_at(nlp, text, words)[0] == speaker


# ---- entities.name_splits.group_head_before_a_group: "Kataib Hezbollah" is no Hezbollah


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kataib Hezbollah said it had withdrawn its fighters from the border.", ["Kataib Hezbollah"]),
        ("Harakat Hezbollah al-Nujaba said it had fired rockets.", ["Harakat Hezbollah al-Nujaba"]),
        # negatives: a country or nothing before the group's name
        ("Lebanon Hezbollah said it had lost two men.", ["Lebanon", "Hezbollah"]),
        ("Hezbollah said it had lost two men near Qusayr.", ["Hezbollah", "Qusayr"]),
    ],
)
def test_a_group_head_before_a_group_s_name_makes_another_group(nlp, text, names):
    from pipeline.entities import entity_mentions

    assert [m.canonical for m in entity_mentions(nlp(text), article_id="t")] == names


# ---- names.name_the_entity_stage_missed: an office word before a body's noun names the body


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("The Turkish General Staff said 20 militants were neutralised.", "neutralised", ("Turkish General Staff", True)),
        # negatives: staff of a place are unnamed; a person after the words is the person
        ("Hospital staff said the wounded had been moved to Turkey.", "moved", ("hospital staff", False)),
        ("Lieutenant General Staff Johnson said the troops would stay.", "troops", ("Johnson", True)),
    ],
)
def test_a_general_staff_is_a_body(nlp, text, words, speaker):
    assert speaker_at(nlp, text, words) == speaker


# ---- parenthetical.subject_before_the_phrase: "The convoy, according to X, carried ..." keeps its subject


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The convoy, according to the Syrian Arab Red Crescent, carried food for 20,000 people.",
         "The convoy carried food for 20,000 people"),
        ("Prices, according to the Office for National Statistics, rose 3.2 per cent in March.",
         "Prices rose 3.2 per cent in March"),
        # negatives: an opening adverb or place phrase is no subject
        ("Meanwhile, according to SANA, the army advanced near Palmyra.", "the army advanced near Palmyra"),
        ("In Aleppo, according to activists, the shelling continued through the night.",
         "the shelling continued through the night"),
    ],
)
def test_a_short_subject_before_according_to_is_content(nlp, text, content):
    assert [q.quote for q in found_quotes(nlp, text) if q.continues is None] == [content]  # statements


# ---- direct.attributed_by_dash: a title before the name is no part of the speaker's name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The hospital has no fuel left for the generators" — Dr Ahmed Saleh, director of Al-Awda hospital.',
         "Ahmed Saleh"),
        # negative: a title and one name are kept as written
        ('"We will not leave this city whatever happens" — Dr. Omar', "Dr. Omar"),
    ],
)
def test_a_dash_attribution_drops_the_title(nlp, text, speaker):
    assert [q.speaker for q in found_quotes(nlp, text)] == [speaker]
