"""Speaker constructions of comma-less and long news prose, one test per construction, with invented
sentences (positives and negatives); rules in docs/speakers.md, Speakers 22 onwards."""

from __future__ import annotations

import pytest

from pipeline.entities import entity_mentions
from pipeline.quotes import quotes


def run(nlp, text: str):
    doc = nlp(text)
    return quotes(doc, article_id="t", entities=entity_mentions(doc, article_id="t"))


def speaker_of_quote_with(nlp, text: str, words: str) -> tuple:
    """(speaker, speaker_named) of the first quote of `text` whose content holds `words`."""
    quote = next(q for q in run(nlp, text) if words in q.quote)
    return quote.speaker, quote.speaker_named


def speaker_of(found, words: str):
    hits = [q for q in found if words.lower() in q.quote.lower()]
    assert hits, f"no quote contains {words!r}: {[q.quote for q in found]}"
    return hits[0].speaker, hits[0].speaker_named


# ---- unnamed_source_described_again


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the same unnamed official, though an official is named between the two attributions
        ("A U.S. official familiar with the assessments said the attack appeared deliberate. UN disarmament "
         "chief Jane Roe was in Damascus. The official said more evidence was needed.",
         "more evidence", ("U.S. official familiar with the assessments", False)),
        ("A Western diplomat said the vote would be delayed. The diplomat added that no date was set.",
         "no date", ("western diplomat", False)),
    ],
)
def test_a_definite_description_goes_on_with_the_unnamed_source_it_describes(nlp, text, words, speaker):
    assert speaker_of(run(nlp, text), words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a named person spoke since the unnamed official: the description goes on with the person
        ("According to a UN official the economy shrank by half. \"Aid is running out,\" Jane Roe said. "
         "\"We need a political solution,\" the UN official concluded.", "political solution", ("Jane Roe", True)),
        # the nearest source sharing the word is named
        ("UN spokesman Tom Reed said the convoy was delayed. The spokesman said it would move on Friday.",
         "move on Friday", ("Tom Reed", True)),
    ],
)
def test_a_definite_description_of_a_named_source_stays_named(nlp, text, words, speaker):
    assert speaker_of(run(nlp, text), words) == speaker


# ---- plural_description_is_a_group, another_source_is_new


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Opposition activist Omar Haddad said ten people were killed. The activists said the strike hit a mosque.",
         "hit a mosque", ("activists", False)),
        ("UN official Jan Smit said talks would resume. European officials speaking on condition of anonymity "
         "said options were open.", "options were open", ("European officials", False)),
        ("UN envoy Jan Smit said talks would resume. Another UN official said the talks had failed.",
         "had failed", ("UN official", False)),
    ],
)
def test_a_group_or_another_source_is_no_named_person(nlp, text, words, speaker):
    assert speaker_of(run(nlp, text), words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Opposition activist Omar Haddad said ten people were killed. The activist said the strike hit a mosque.",
         "hit a mosque", ("Omar Haddad", True)),
        ("Aleppo's governor Hussein Diab toured the district on Monday. Aleppo Governor said water would "
         "return within days.", "water would return", ("Hussein Diab", True)),
    ],
)
def test_one_person_described_again_is_that_person(nlp, text, words, speaker):
    assert speaker_of(run(nlp, text), words) == speaker


# ---- source_ending_before: comma-less sentence-final attribution with trailing words


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Warplanes bombed aid trucks near the town late on Monday after the truce ended the Syrian "
         "Observatory for Human Rights also reported.", ("Syrian Observatory for Human Rights", True)),
        ("Air strikes had killed at least 14 civilians as they were crossing the river the Syrian "
         "Observatory for Human Rights (SOHR) said on Friday.", ("Syrian Observatory for Human Rights", True)),
        ("Fighting lasted all night with blasts heard even in the eastern districts an AFP correspondent "
         "there said.", ("Agence France-Presse", True)),
        ("Suicide bombers struck outside a shrine near the capital on Saturday leaving at least 20 people "
         "dead a monitor said.", ("monitor", False)),
        ("The assault on the border town has yet to begin sources on the ground said.", ("sources on the ground", False)),
        # a date run into the source phrase is not part of it
        ("At least 22 people were killed at a checkpoint in the city of Homs on Tuesday state media said.",
         ("state media", False)),
    ],
)
def test_a_source_ending_right_before_a_final_cue_speaks(nlp, text, speaker):
    found = [q for q in run(nlp, text) if q.kind == "indirect"]
    assert [(q.speaker, q.speaker_named) for q in found] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "He met the minister and said the talks had gone well.",  # "and" before the cue: the subject's
        "The army attacked the town and the shelling continued all night there.",  # no speech verb
    ],
)
def test_no_source_is_taken_from_before_a_coordinated_cue(nlp, text):
    assert all(q.speaker_text in (None, "He") for q in run(nlp, text))


# ---- verb_the_cue_hangs_on: "went on by saying", a loosely attached second verb


@pytest.mark.parametrize(
    ("text", "speaker_text"),
    [
        ("The source went on by saying that drones had been deployed around the clock.", "The source"),
        ("The source did not specify whether there were civilians among the victims however noted that "
         "a commander had been killed.", "The source"),
        ("Rebels shelled the district before withdrawing after announcing that the truce was over.", "Rebels"),
    ],
)
def test_a_cue_after_a_preposition_shares_the_subject_of_the_verb_above(nlp, text, speaker_text):
    assert [q.speaker_text for q in run(nlp, text) if q.kind == "indirect"] == [speaker_text]


def test_a_cue_after_a_preposition_inside_a_quote_takes_no_subject_outside_it(nlp):
    # the verb above the preposition is inside the reported clause: its subject is not the speaker
    text = "The minister said the convoy was stopped by gunmen before saying anything."
    assert [q.speaker_text for q in run(nlp, text) if q.kind == "indirect"] == ["The minister"]


# ---- "it" and "they": a country or seat as clause subject; the plural subject of the clause above


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Ankara sent tanks into northern Syria in August in an incursion that it said was part of efforts "
         "to help the opposition.", "was part of efforts", ("Turkey", True)),
        ("Moscow sent more jets to the base. It said the jets would strike militants.", "strike militants", ("Russia", True)),
        ("Rights groups have repeatedly criticised barrel bombs which they say fail to discriminate between "
         "civilians and fighters.", "fail to discriminate", ("rights groups", False)),
    ],
)
def test_it_and_they_find_a_country_or_the_plural_subject_above(nlp, text, words, speaker):
    assert speaker_of(run(nlp, text), words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a city that is a clause subject does not speak for a government: "it" is the body quoted
        ("The Syrian Observatory for Human Rights said the toll rose. Aleppo saw heavy fighting on Monday. "
         "It said 20 people died.", "20 people died", ("Syrian Observatory for Human Rights", True)),
        # a singular subject above is no antecedent of "they": the group quoted before is
        ("Activists said the market was hit. The ministry condemned the strikes which they said killed "
         "ten people.", "killed ten people", ("activists", False)),
    ],
)
def test_it_and_they_pass_over_cities_and_singular_subjects(nlp, text, words, speaker):
    assert speaker_of(run(nlp, text), words) == speaker


def test_it_in_a_clause_stands_for_the_body_that_is_subject_above(nlp):
    text = "The Syrian army announced the capture of the town which it said had been a rebel base."
    assert speaker_of(run(nlp, text), "rebel base") == ("Syrian Arab Army", True)


def test_it_in_a_clause_is_never_the_person_subject_above(nlp):
    text = "Senator Jane Roe criticised the agreement which it said had been signed in secret."
    assert all(q.speaker != "Jane Roe" for q in run(nlp, text) if "signed in secret" in q.quote)


# ---- source_run_into_content: "according to X" run into the content's subject


def test_according_to_a_source_run_into_the_contents_subject(nlp):
    found = run(nlp, "According to SANA news agency terrorists fired rocket shells on the neighborhood.")
    assert [(q.speaker, q.quote.split()[0]) for q in found] == [("SANA", "terrorists")]


@pytest.mark.parametrize(
    ("text", "first_word"),
    [
        # a body's name opening the phrase is the source though the subject it runs into could speak
        ("According to SANA al-Nusra militants including elements holding foreign nationalities tried to "
         "infiltrate into the town.", "al-Nusra"),
        ("According to the SANA news agency al-Nusra militants tried to enter the town.", "al-Nusra"),
    ],
)
def test_according_to_a_name_run_into_a_subject_that_could_speak(nlp, text, first_word):
    found = run(nlp, text)
    assert [(q.speaker, q.quote.split()[0]) for q in found] == [("SANA", first_word)]


def test_according_to_a_document_keeps_the_whole_phrase(nlp):
    found = run(nlp, "The candidate raised ten million dollars last year, according to an Example Press analysis.")
    assert [q.speaker_text for q in found] == ["an Example Press analysis"]


# ---- source_right_after_cue: an inversion after a long reported clause


@pytest.mark.parametrize(
    ("text", "speaker_text"),
    [
        ("A bomber blew himself up at the roundabout. Reports confirmed that five civilians were killed and "
         "many others were injured said the source noting that the toll is likely to rise.", "the source"),
        ("The army shelled the town and said the rebels fled.", "The army"),  # "the rebels" have a clause
    ],
)
def test_an_inverted_source_after_the_cue_unless_it_is_a_clause_subject(nlp, text, speaker_text):
    found = [q for q in run(nlp, text) if q.cue in ("said", "claiming")]
    assert found[-1].speaker_text == speaker_text


def test_the_subject_of_the_reported_clause_is_no_inverted_source(nlp):
    found = run(nlp, "Critics spoke out after accusers emerged, claiming Jane Roe had acted improperly.")
    assert [q.quote for q in found] == ["Jane Roe had acted improperly"]
    assert found[0].speaker != "Jane Roe"


# ---- side resolution only for kinds of bodies


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Forty people were killed in government areas, state media said, while a local hospital told AFP "
         "that eight others were killed in the north. The White Helmets rescue group said teams were working.",
         "eight others", ("local hospital", False)),
        ("At least 20 people were killed in air strikes, a monitor said. The Syrian Observatory for Human "
         "Rights said the toll may rise.", "20 people", ("Syrian Observatory for Human Rights", True)),
    ],
)
def test_an_indefinite_facility_is_no_body_named_by_its_side(nlp, text, words, speaker):
    assert speaker_of(run(nlp, text), words) == speaker


# ---- forward.person_named_next: a lead's unnamed person named in the next attributions


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a shared word of body or field
        ("Around 250,000 civilians have run out of aid, a senior U.N. humanitarian official said on Friday. "
         "Shelling resumed on Tuesday. U.N. humanitarian adviser Jane Doe said the warehouses were empty.",
         "250,000 civilians", ("Jane Doe", True)),
        # a bare name first written right after the lead
        ("Ninety civilians were killed on Saturday, a civil defense official said. Speaking to a news agency, "
         "Khaled Hamdan said the warplanes targeted the districts.", "Ninety civilians", ("Khaled Hamdan", True)),
        # a given name the model reads as a body, before a surname it reads as a place
        ("Ninety civilians were killed on Saturday, a civil defense official said. Speaking to Anadolu Agency, "
         "Najib Ansari said the warplanes targeted the districts.", "Ninety civilians", ("Najib Ansari", True)),
        # Negatives: another office and no shared word; a known actor named bare
        ("The talks will resume next week, a Kremlin spokesman said. Chief of staff John Smith said the date "
         "was not set.", "talks will resume", ("Kremlin spokesman", False)),
        ("The talks will resume next week, a UN official said. Bashar al-Assad said the date was not set.",
         "talks will resume", ("UN official", False)),
        # a source who withholds a name is named by nobody later
        ("Eleven bodies were pulled from the rubble, according to a civil defence official who asked not to be "
         "named. Speaking to a news agency, Khaled Hamdan said the warplanes targeted the districts.",
         "Eleven bodies", ("civil defence official", False)),
        ("Eleven bodies were pulled from the rubble, an unnamed civil defence official said. Speaking to a news "
         "agency, Khaled Hamdan said the warplanes targeted the districts.", "Eleven bodies",
         ("unnamed civil defence official", False)),
        # a name that comes with a description of its own, sharing no word with the lead's
        ('Eleven bodies were pulled from the rubble, a civil defence official said. "We are digging with our '
         'hands," said Khaled Hamdan, a teacher from the district.', "Eleven bodies", ("civil defence official", False)),
    ],
)
def test_a_leads_unnamed_person_is_the_person_named_next(nlp, text, words, speaker):
    assert speaker_of(run(nlp, text), words) == speaker


# ---- a place ending the source phrase is where the source is, not who speaks


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Armed groups kept attacking the truce in the provinces of Homs and Hama the Russian center for "
         "reconciliation of the warring parties in Syria said.", "Russian Center for Reconciliation"),
        ("Shelling killed five people in the town the monitor in Idlib said.", "monitor in Idlib"),
        ("Ten people were killed in the strike near the town Russia said.", "Russia"),  # a country speaks
    ],
)
def test_a_place_ending_the_source_phrase_is_not_the_source(nlp, text, speaker):
    assert [q.speaker for q in run(nlp, text)] == [speaker]


# ---- subject_of_a_quoted_predicate


def test_a_quote_that_is_its_subjects_predicate_is_the_subjects_words(nlp):
    text = ('The Syrian Observatory for Human Rights said 20 people died. The Observatory "has documented the '
            'killing of 5812 civilians in barrel bombings" over the past year.')
    quote = next(q for q in run(nlp, text) if q.kind == "direct")
    assert (quote.speaker, quote.cue) == ("Syrian Observatory for Human Rights", None)


@pytest.mark.parametrize(
    "text",
    [
        'The rebels fired "hell cannons" at the district on Monday morning.',  # a quoted object, not a predicate
        'Ten people died. "We will rebuild the whole district," she promised.',  # opens its own sentence
    ],
)
def test_quotes_that_are_no_predicate_of_a_speaker_before_them(nlp, text):
    assert all(q.speaker is None or q.cue is not None for q in run(nlp, text))


# ---- a person's office matches a body only through the role it spoke in


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("The Russian General Staff said militants were preparing an attack. The general reiterated that the "
         "army has no chemical weapons.", "no chemical weapons", ("general", False)),
        ("A spokesman for the Russian Defence Ministry said the strikes hit depots. The spokesman added that "
         "no civilians were hurt.", "no civilians", ("Russian Defence Ministry", True)),  # body_of_its_member
    ],
)
def test_an_office_is_not_a_body_whose_name_holds_the_word(nlp, text, words, speaker):
    assert speaker_of(run(nlp, text), words) == speaker


@pytest.mark.parametrize(
    ("text", "speaker_text"),
    [
        ("The firm paid two million dollars in 2011, according to internal company documents made public as part "
         "of a complaint.", "internal company documents made public as part of a complaint"),
        ("The party has three million dollars in ads reserved, according to a party strategist monitoring the race.",
         "a party strategist monitoring the race"),
    ],
)
def test_according_to_a_source_with_a_participle_keeps_it(nlp, text, speaker_text):
    assert [q.speaker_text for q in run(nlp, text)] == [speaker_text]


# ---- a body talked about inside a report is not the group the text introduced


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the monitor spoke; the armed group is only talked about in its director's report
        ("Air strikes killed at least 39 people in the north, a monitor said. Observatory director Rami Abdel "
         "Rahman said nine of those killed were civilians. He added that the town is under the control of the "
         "Islamic State jihadist group. The bombing was especially deadly because it struck a cattle market on "
         "the edge of the town. Earlier the Observatory reported a string of air strikes against the village of "
         "Tell Nasr. Eleven civilians were killed in the village according to the group which relies on activists.",
         "Eleven civilians", ("Syrian Observatory for Human Rights", True)),
        # negative: a group introduced by the writer, outside any report, is the group meant
        ("The Syrian Observatory for Human Rights said 27 people were killed in the strikes on the market. "
         "The town is held by the Islamic State jihadist group, which seized it in 2014. "
         "It has also held the villages around it for two years since then, residents and officials say. "
         "The group said in a statement that its fighters had repelled an attack by the army.",
         "repelled an attack", ("Islamic State", True)),
    ],
)
def test_the_group_is_never_a_body_only_talked_about_in_a_report(nlp, text, words, speaker):
    assert speaker_of(run(nlp, text), words) == speaker


# ---- one content clause the parser split in two (split_clause_end)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The monitor said Kafr Zeita located in Hama province which lies south of Idlib is now under the control "
         "of the rebels.",
         "Kafr Zeita located in Hama province which lies south of Idlib is now under the control of the rebels"),
    ],
)
def test_a_content_clause_split_by_the_parser_stays_whole(nlp, text, content):
    assert [q.quote for q in run(nlp, text) if q.kind == "indirect"] == [content]


def test_a_second_clause_after_a_comma_is_not_joined(nlp):
    text = "The minister said the talks had failed, and the army said it would go on fighting in the north."
    found = [q.quote for q in run(nlp, text) if q.kind == "indirect"]
    assert "the talks had failed" in found and not any("talks had failed, and" in q for q in found)


# ---- the issuer of a statement speaks (issuing_verb)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("The ministry issued a statement saying the convoy was never hit.", "convoy", ("ministry", False)),
        ("On Friday Doctors Without Borders released a statement demanding that the regime stop its bombing.",
         "regime stop", ("Doctors Without Borders", True)),
        ("The World Health Organization said in a statement putting the death toll at 70.", "toll",
         ("World Health Organization", True)),
        ("The Kurdish council responded with a statement saying its fighters had not crossed the river.",
         "not crossed", ("Kurdish council", True)),
    ],
)
def test_the_issuer_of_a_statement_speaks(nlp, text, words, speaker):
    assert speaker_of(run(nlp, text), words) == speaker


def test_a_statement_that_is_the_subject_is_not_issued_by_anyone(nlp):
    # negative: no verb issues the statement, so no one else is made its source
    found = run(nlp, "Online a statement announcing the new alliance pledged victory for the people of the city.")
    assert all(q.speaker not in ("people", "city") for q in found)


# ---- statement nouns: information provided by a source at a body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("According to earlier information provided by a source at Aleppo Police Command 5 people were killed "
         "and 46 others were injured.", ("Aleppo Police Command", True)),
        ("According to information from a source at the Homs Police Command, three people were killed.",
         ("Homs Police Command", True)),
    ],
)
def test_information_provided_by_a_source_is_that_source_s(nlp, text, speaker):
    assert speaker_of(run(nlp, text), "killed") == speaker


# ---- a verb sharing an event subject with the verb it is coordinated with


@pytest.mark.parametrize(
    "text",
    [
        "According to the Kurdish news agency the clashes erupted on Saturday night to the east of the town of "
        "Tell Abyad and continued till Sunday morning.",
        "The fighting broke out on Monday and continued until the army withdrew from the hill.",
    ],
)
def test_an_event_subject_shared_by_a_coordinated_verb_reports_nothing(nlp, text):
    assert [q.cue for q in run(nlp, text) if q.cue not in ("According to", "according to")] == []


def test_a_speaker_shared_by_a_coordinated_verb_still_speaks(nlp):
    found = run(nlp, "The minister arrived in the city on Saturday and said that the talks would resume next week.")
    assert speaker_of(found, "talks would resume") == ("minister", False)


# ---- a surname the model read as a place, after the full name


def test_a_surname_read_as_a_place_names_the_person_named_before(nlp):
    text = ("Speaking to the newspaper PYD spokesman Nawaf Khalil said that the reasons for the calls are unknown. "
            "This attack is meant to be against the entire region on the pretext of fighting the PKK Khalil said "
            "stressing that Kurds will fight those who attack them.")
    assert speaker_of(run(nlp, text), "Kurds will fight") == ("Nawaf Khalil", True)


# ---- a sentence-final reporting clause the tagger read as a noun phrase (misread.final_report_read_as_noun)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Air raids on the Marjeh district killed at least 10 people on Friday the Syrian Observatory for Human "
         "Rights reports.", "Air raids on the Marjeh district killed at least 10 people on Friday",
         ("Syrian Observatory for Human Rights", True)),
        ("The arrangement directed $38.9 million to the party as of Sept. 30, FEC records show.",
         "The arrangement directed $38.9 million to the party as of Sept. 30", (None, None)),
    ],
)
def test_a_final_report_read_as_a_noun_phrase(nlp, text, content, speaker):
    found = [q for q in run(nlp, text) if q.kind == "indirect"]
    assert [(q.quote, q.speaker, q.speaker_named) for q in found] == [(content, *speaker)]


@pytest.mark.parametrize(
    "text",
    [
        # the noun reading is right: a prepositional object, a place's reports, a verb of evidence without a record
        "A civil war broke out in 2011 and has since claimed the lives of many people according to UN estimates.",
        "The army delivered food to the villages in the north of the province and issued new reports.",
        "The photographers in the town took pictures of the damaged houses and the hospital shows.",
    ],
)
def test_final_nouns_that_are_no_report(nlp, text):
    assert [q.cue for q in run(nlp, text) if q.cue in ("reports", "estimates", "shows")] == []


# ---- a body's organ owned by a described body (antecedents.owning_body)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("The Baath Arab Socialist Party condemned the explosions. In a statement, the party's leadership said that "
         "the explosions reveal the brutality of terrorists.", "brutality", ("Baath Arab Socialist Party", True)),
        ("The Free Syrian Army lost the town. The group's leadership said the withdrawal was tactical.",
         "tactical", ("Free Syrian Army", True)),
        # Negative: an owner the text never named leaves the organ a description
        ("The water was cut again. The city's council said the pumps had been hit.", "pumps", ("city's council", False)),
    ],
)
def test_the_organ_of_a_described_body_speaks_for_that_body(nlp, text, words, speaker):
    assert speaker_of(run(nlp, text), words) == speaker


@pytest.mark.parametrize(
    ("text", "pronoun_speaker"),
    [
        # A pronoun never resolves to an unnamed source whose description says the other gender.
        ("A female fighter said they had not known the weapons were chemical. The commander agreed. They used "
         "ordinary fighters to carry the material, he said.", None),
        # negative: the same gender, or a description that says none, is still the one meant
        ("A female fighter said they had not known the weapons were chemical. The fighters were not trained, "
         "she said.", "female fighter"),
    ],
)
def test_a_pronoun_skips_an_unnamed_source_of_the_other_gender(nlp, text, pronoun_speaker):
    found = [q for q in run(nlp, text) if q.kind == "indirect"]
    assert found[-1].speaker == pronoun_speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A country's possessive before a known name (the apostrophe lost or not) is whose body it is.
        ("An Islamic State car bomb killed 20 people near the city of Deir al-Zor Syrias SANA state news "
         "agency reported on Friday.", "SANA"),
        ("The bombing took place near the camp, Turkeys Anadolu news agency reported.", "Anadolu Agency"),
        # negative: a question put to the speaker opening the sentence reports nothing itself
        ("Asked about the convoy, Lavrov said the talks would go on.", "Sergei Lavrov"),
    ],
)
def test_a_countrys_possessive_before_a_known_name(nlp, text, speaker):
    assert [q.speaker for q in run(nlp, text) if q.kind == "indirect"] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Comma-less: a name run into the description after it; the one named speaks.
        ('"I worry that the road will be cut for a long time and bread will run out" said Ahmed Kanjou an '
         "unemployed father of four.", "Ahmed Kanjou"),
        # negative: a description with its own article and no name before it stays unnamed (its words)
        ('"I worry that the road will be cut for a long time and bread will run out" said an unemployed '
         "father of four.", "unemployed father of four"),
    ],
)
def test_a_name_run_into_its_description_speaks(nlp, text, speaker):
    assert [q.speaker for q in run(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The source phrase the parse left loose before a subjectless final report speaks, not the clause's subject.
        ("At least six children were among 12 civilians killed in the district during the shelling on Friday "
         "Siege Watch reported.", "Siege Watch"),
        # negative: a final report with its own subject keeps it
        ("At least six children were among 12 civilians killed in the district on Friday, the monitor reported.",
         "monitor"),
    ],
)
def test_a_loose_source_before_a_final_report_speaks(nlp, text, speaker):
    assert [q.speaker for q in run(nlp, text) if q.kind == "indirect"] == [speaker]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # A verb of continuing with a to-infinitive says what went on, not what was said.
        ("Hundreds of people including civilians have been killed as Russian and Syrian jets continued on Monday "
         "to pound rebel-held areas of Aleppo for the fourth day in a row.", []),
        ("The army went on to take the town after a week of fighting in the hills.", []),
        # so does one in an "as" clause, whatever the parse made of the "as"
        ("Russian jets have killed 120 fighters and left more than 70 wounded as the offensive against the militants "
         "on the western bank of the Orontes river near Jisr al-Shughur Syria continues.", []),
        ("The air force has killed 120 fighters and left more than 70 wounded as the campaign against the militants "
         "on the eastern bank of the Euphrates river near Deir ez-Zor Syria continues.", []),
        # negatives: "continued" and "went on" reporting words
        ("The rebels will not leave the city, the commander continued.", ["continued"]),
        ("He continued that the army would not stop the offensive.", ["continued"]),
        ("As the mayor said earlier, the rebels will not leave the city, the commander continued.", ["continued", "said"]),
    ],
)
def test_a_verb_of_continuing_with_an_infinitive_reports_nothing(nlp, text, cues):
    assert [q.cue for q in run(nlp, text) if q.kind == "indirect"] == cues


# ---- descriptions.body_of_its_member: an unnamed member speaks for the named body, as "a source at" it does


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("An official with the Free Syrian Army said the rebels had withdrawn from the town.", ("Free Syrian Army", True)),
        ("A senior member of Ahrar al-Sham said the group would not attend the talks.", ("Ahrar al-Sham", True)),
        ("A spokesman for the Syrian Democratic Forces said the offensive would continue.",
         ("Syrian Democratic Forces", True)),
        # negatives: no body named, a place, or the person's own name
        ("A senior opposition official said the talks had failed.", ("senior opposition official", False)),
        ("An official in Aleppo said the water had been cut.", ("official in Aleppo", False)),
        ("A member of the family said the boy was killed.", ("member of the family", False)),
        ("Observatory spokesman Rami Abdel Rahman said the toll had risen.", ("Rami Abdel Rahman", True)),
        # the body inside a phrase of the object, a former member, one person's office
        ("An official with ties to Hezbollah said the talks had failed.", ("official with ties to Hezbollah", False)),
        ("A former member of Islamic State said the group was weak.", ("former member of Islamic State", False)),
        ("Hassan Nasrallah spoke on Tuesday. The leader of Hezbollah said the talks had failed.",
         ("leader of Hezbollah", False)),
    ],
)
def test_an_unnamed_member_speaks_for_the_named_body(nlp, text, speaker):
    quote = [q for q in run(nlp, text) if q.kind == "indirect"][-1]
    assert (quote.speaker, quote.speaker_named) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # resolution.resolve: a spokesperson's office with no holder named voices its body ...
        ("The spokesman for the US-led coalition said the raid had hit a depot.", "U.S.-led coalition"),
        # ... a holder the article names comes first; a leader speaks as a person, not as the body
        ("Coalition spokesman Colonel John Doe said the raid hit a depot. The spokesman for the US-led "
         "coalition said the depot was empty.", "John Doe"),
        ("Hassan Nasrallah spoke on Tuesday. The leader of Hezbollah said the talks had failed.",
         "leader of Hezbollah"),
    ],
)
def test_a_spokespersons_office_voices_its_body(nlp, text, speaker):
    assert [q for q in run(nlp, text) if q.kind == "indirect"][-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # institutions.based_elsewhere (data/lexicons/body_bases.csv): a description naming a base is no body
        # based in another country, however near
        ("The Syrian Observatory for Human Rights said 20 people were killed. Government forces also used "
         "chlorine, the US-based rights group said in a new report.", "US-based rights group"),
        # positives: the base agrees, or no base is written
        ("The Syrian Observatory for Human Rights said 20 people were killed. The Britain-based monitor said "
         "the strikes went on.", "Syrian Observatory for Human Rights"),
        ("The Syrian Observatory for Human Rights said 20 people were killed. The monitor said the strikes "
         "went on.", "Syrian Observatory for Human Rights"),
    ],
)
def test_a_description_with_a_base_is_no_body_based_elsewhere(nlp, text, speaker):
    assert run(nlp, text)[-1].speaker == speaker


def test_every_listed_base_is_a_country_the_place_reader_knows():
    from pipeline.quotes.institutions import body_bases
    from pipeline.quotes.names import country_containing

    assert body_bases() and all(country_containing(country) == country for country in body_bases().values())


def test_the_member_said_again_continues_the_body(nlp):
    text = "An official with the Free Syrian Army said the rebels had withdrawn. The official added that the town was empty."
    assert [q.speaker for q in run(nlp, text)] == ["Free Syrian Army", "Free Syrian Army"]


# ---- sources: a bare participle's speaker is the subject of the clause it hangs on, even comma-less


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Egypt voted for the draft resolutions at the Security Council arguing that both called for a truce.",
         "Egypt"),
        ("Russia blocked the resolution at the Security Council on Tuesday arguing that it was one-sided.",
         "Russia"),
        # negative: a finite verb after a comma-less noun phrase has that phrase as its subject
        ("Rebels shelled the district killing 11 people the Observatory reported.",
         "Syrian Observatory for Human Rights"),
    ],
)
def test_a_participial_clause_takes_the_main_subject(nlp, text, speaker):
    (quote,) = [q for q in run(nlp, text) if q.kind == "indirect"]
    assert quote.speaker == speaker


# ---- descriptions.possessor_speaking_through and author_of_statement's outlet: who speaks through a phrase


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Staffan de Mistura met the rebel leaders on Tuesday. According to his office he plans to finish by July.",
         "Staffan de Mistura"),
        ("John Kerry met his Russian counterpart in Geneva. His office said the talks were useful.", "John Kerry"),
        ("According to a report in the New York Times the groups are having trouble agreeing.", "The New York Times"),
        # negatives: a place is not where a report was published; an office of no one named
        ("A report in Aleppo said the groups are having trouble agreeing.", None),
        ("Officials met on Tuesday. According to the office the plans will be finished by July.", None),
    ],
)
def test_who_speaks_through_an_office_or_a_publication(nlp, text, speaker):
    (quote,) = [q for q in run(nlp, text) if q.kind == "indirect"]
    assert (quote.speaker if quote.speaker_named else None) == speaker


# ---- descriptions.state_outlet_meant: bare "state TV" is the state broadcaster of the article's country


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Fighting raged in Syria on Monday. State TV said two people were wounded in Syria.",
         ("Syrian state television", True)),
        # comma-less: the town ending the content is not the broadcaster's (beside.place_run_into_source)
        ("Fighting raged in Syria on Monday. A car bomb wounded at least 37 people in the city of Homs state "
         "television reported. Syria has been at war since 2011.", ("Syrian state television", True)),
        # negatives: a country with no generic broadcaster listed; "state media" names no one medium
        ("Troops entered a town in Turkey on Monday. State TV said two people were wounded in Turkey.",
         ("State TV", False)),
        # an article about Iraq that mentions Syria once is about Iraq
        ("Clashes erupted in Baghdad on Monday. Iraq said its officials in Iraq were safe. Iraq has deployed "
         "troops on the border with Syria. State TV said two people were wounded.", ("State TV", False)),
        ("Fighting raged in Syria on Monday. State media said two people were wounded in Syria.",
         ("state media", False)),
        # the article's country counts its towns and nationality words; a source's base is not counted
        ("The Britain-based Observatory said Syrian troops repelled an attack near Hama. The London-based "
         "group said so again. State TV said two people were wounded in Salamiyeh.",
         ("Syrian state television", True)),
        # whose broadcaster it is, written before "state TV", decides over the article's country
        ("Blasts hit Mosul in Iraq. Ten people were wounded in the blast in Iraq Syrias state TV said.",
         ("Syrian state television", True)),
        ("Press TV covered the war in Syria. Ten people were wounded in the blast Syrian state TV said.",
         ("Syrian state television", True)),
        # negative: towns of another country outnumber the one mention of Syria
        ("Fighting raged near Mosul and Tikrit in Iraq. Iraqi troops advanced from Syria. State TV said two "
         "people were wounded.", ("State TV", False)),
    ],
)
def test_bare_state_television_is_the_broadcaster_of_the_articles_country(nlp, text, speaker):
    assert speaker_of_quote_with(nlp, text, "wounded") == speaker


# ---- state_media.state_media_run_into: comma-less text runs the phrase before into "state media"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Bombers hit two towns in Syria killing 18 people including 11 children state media reported. "
            "Official news agency SANA said the bombers were terrorists.",
            ("SANA", "state media"),
        ),
        (
            "Bombs hit Homs in Syria. In a breaking news alert state television said 100 people were injured.",
            ("Syrian state television", "state television"),
        ),
        # a nationality word is the description's own
        (
            "Clashes went on in Syria. Ten people were killed in Homs Syrian state TV reported.",
            ("Syrian state television", "Syrian state TV"),
        ),
        # negatives: a phrase that is a description whole, and one that names no state medium
        (
            "The plant in Syria was hit. The official state media agency said the plant was damaged.",
            ("official state media agency", "The official state media agency"),
        ),
        (
            "Fighting went on in Syria. The government media office said the school was hit.",
            ("government media office", "The government media office"),
        ),
    ],
)
def test_state_media_after_a_phrase_that_lost_its_comma(nlp, text, speaker):
    quote = run(nlp, text)[0]
    assert (quote.speaker, quote.speaker_text) == speaker


# ---- run_in.sources_after_a_role: a plural source after a singular role noun is a phrase of its own


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("In a phone call with SANA reporter local sources said that terrorist groups targeted the town.",
         ("local sources", "local sources")),
        # negatives: a singular head, and a plural head with no role before it
        ("A UN envoy spokesman said that terrorist groups targeted the town.",
         ("UN envoy spokesman", "A UN envoy spokesman")),
        ("Hospital officials said that terrorist groups targeted the town.", ("hospital officials", "Hospital officials")),
    ],
)
def test_sources_after_a_reporter_that_lost_its_comma(nlp, text, speaker):
    (quote,) = run(nlp, text)
    assert (quote.speaker, quote.speaker_text) == speaker


# ---- run_in.name_opening_its_description; beside.named_apposition_before_cue with coordinated verbs


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The government let inspectors visit the sites of the alleged attacks AFP news agency reports.",
            ("Agence France-Presse", "AFP news agency"),
        ),
        (
            "Ten people died in the town of Marea the Anadolu news agency reported.",
            ("Anadolu Agency", "the Anadolu news agency"),
        ),
        # negatives: a person the body describes speaks; a description that is the name's own
        (
            "A doctor at the MSF clinic said the camps were full.",
            ("doctor at the MSF clinic", "A doctor at the MSF clinic"),
        ),
        (
            "The plant was hit according to the pro-government Al-Watan newspaper.",
            ("Al-Watan", "the pro-government Al-Watan newspaper"),
        ),
        # names coordinated in one phrase
        ("The memo reached both State and FBI officials who said it was classified.",
         ("both State and FBI officials", "who")),
    ],
)
def test_a_named_outlet_opens_its_phrase_after_a_lost_comma(nlp, text, speaker):
    quote = run(nlp, text)[0]
    assert (quote.speaker, quote.speaker_text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Another monitoring group the Local Coordination Committees said the raid was carried out by "
            "Russian warplanes and put the death toll at 30.",
            ("Local Coordination Committees", True),
        ),
        # negative: no name in apposition, the description stays unnamed
        (
            "The monitoring group said the raid was carried out by Russian warplanes and put the death toll at 30.",
            ("monitoring group", False),
        ),
    ],
)
def test_a_named_apposition_speaks_for_each_coordinated_verb(nlp, text, speaker):
    assert speaker_of_quote_with(nlp, text, "toll") == speaker


# ---- SpeakerHistory.resolve_description: "the broadcaster" is the body named earlier whose name says it broadcasts


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Fighting went on in Syria. A car bomb killed 18 people in Mezzeh, Syrian state television said. "
         "The bomb went off near a school, the broadcaster said.", ("Syrian state television", True)),
        ("A car bomb killed 18 people in Mezzeh, Press TV said. The bomb went off near a school, the channel said.",
         ("Press TV", True)),
        # negative: a news agency is no broadcaster
        ("Fighting went on in Syria. A car bomb killed 18 people in Mezzeh, SANA said. The bomb went off "
         "near a school, the broadcaster said.", ("broadcaster", False)),
    ],
)
def test_the_broadcaster_is_the_broadcaster_named_before(nlp, text, speaker):
    assert speaker_of_quote_with(nlp, text, "school") == speaker


# ---- names.abbreviation_in_parentheses: a long name with its abbreviation goes by the abbreviation's name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The attack claimed the lives of 27 children the United Nations International Childrens Emergency "
         "Fund (UNICEF) said.", "UNICEF"),
        ("The Syrian Network for Human Rights (SNHR) said 20 people died in the clash.",
         "Syrian Network for Human Rights"),
        # negative: a person's affiliation in parentheses is no other name of theirs
        ("Jane Doe (UN) said 20 people died in the clash.", "Jane Doe"),
    ],
)
def test_a_long_name_goes_by_its_abbreviation(nlp, text, speaker):
    (quote,) = run(nlp, text)
    assert quote.speaker == speaker


# ---- persons.person_quoted_just_before: the person's own apposition is no one else described


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Valerie Amos, the UN humanitarian chief, said aid could not reach Aleppo. The economy continues to "
         "decline, the official said.", ("Valerie Amos", True)),
        # negative: another person described in between
        ("Valerie Amos said aid could not reach Aleppo. The Syrian health minister met her. The economy "
         "continues to decline, the official said.", ("official", False)),
    ],
)
def test_the_official_continues_the_person_whose_office_was_apposed(nlp, text, speaker):
    assert speaker_of_quote_with(nlp, text, "economy") == speaker


# ---- names.acronym_written_as_a_word: "Sana reported" is the agency known by its acronym


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Two vehicles were destroyed in al-Baghouz area Sana reported.", "SANA"),
        # negatives: a person's full name, and a name that is no known acronym
        ("Rebels shelled the town, Sana Ahmed said.", "Sana Ahmed"),
        ("Rebels shelled the town, Hala said.", "Hala"),
    ],
)
def test_an_agency_acronym_written_as_a_word(nlp, text, speaker):
    (quote,) = run(nlp, text)
    assert quote.speaker == speaker


# ---- descriptions.national_body: a country's possessive and a body's common nouns name the state's body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ten people were killed, Turkey's health ministry said.", ("Turkish Health Ministry", True)),
        ("Ten people were killed, Turkeys health ministry said.", ("Turkish Health Ministry", True)),  # apostrophe lost
        ("Ten people were killed, Iraq's army said.", ("Iraqi Army", True)),
        ("Ten people were killed, Syria's army said.", ("Syrian Arab Army", True)),  # the name it goes by
        # negatives: a person, and a body of no country named
        ("Ten people were killed, Turkey's foreign minister said.", ("Turkey's foreign minister", False)),
        ("Ten people were killed, the health ministry said.", ("health ministry", False)),
        # words that are no field of the state's body: another body
        ("Ten people were killed, Syria's rebel army said.", ("Syria's rebel army", True)),
    ],
)
def test_a_countrys_body_goes_by_its_national_name(nlp, text, speaker):
    (quote,) = [q for q in run(nlp, text) if q.kind == "indirect"]
    assert (quote.speaker, quote.speaker_named) == speaker


# ---- postposed.postposed_content: of two subjects the parse gives a comma-less reporting verb, the nearest reports


def test_the_subject_nearest_a_comma_less_verb_reports_the_words_before(nlp):
    text = ("Initial results of tests on victims of an attack which killed dozens of people in the province point "
            "to possible exposure to sarin gas Turkeys health ministry said on Thursday.")
    (quote,) = [q for q in run(nlp, text) if q.kind == "indirect"]
    assert quote.quote.startswith("Initial results of tests") and quote.speaker == "Turkish Health Ministry"


# ---- resolution.statement_issued_before: "the draft", "the release" speak for whoever issued them


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The European Council adopted a draft on Monday. The draft warns that those responsible will be held "
         "accountable.", "European Council"),
        ("US Central Command said in a news release that the strike hit a position. The coalition is probing "
         "the cause, according to the release.", "US Central Command"),
        # negative: a statement nobody is said to have issued
        ("The ministry denied the claims. The statement said the strikes hit only militants.", None),
        # a verb that does not issue the statement, and "the release of" prisoners, are passed over
        ("Human Rights Watch published a report on Monday. Russia rejected the report on Tuesday. The report "
         "said that 40 civilians were killed.", "Human Rights Watch"),
        ("Amnesty International said in a statement that the prisons were full. Turkey demanded the release of "
         "the journalists. The statement also said that torture was common.", "Amnesty International"),
    ],
)
def test_a_statement_speaks_for_whoever_issued_it(nlp, text, speaker):
    quote = [q for q in run(nlp, text) if q.kind == "indirect"][-1]
    assert (quote.speaker if quote.speaker_named else None) == speaker


# ---- descriptions: "regime TV" is the state broadcaster; cues.surname_read_as_a_verb: a photo credit's "Said"


def test_regime_tv_is_the_state_broadcaster(nlp):
    text = "Strikes hit the air base in Syria. All aircraft were destroyed, regime TV reported. Syria denied it."
    (quote,) = [q for q in run(nlp, text) if q.kind == "indirect"]
    assert quote.speaker == "Syrian state television"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('Strikes hit the base. "The target location was a forward position," REUTERS Rodi Said Battle for Raqqa '
         "The coalition is probing the cause.", None),
        # negative: a Title Case headline's verb
        ("Hillary Clinton Said The Attack Could Have Been Avoided", "Said"),
    ],
)
def test_a_photo_credits_said_is_a_surname(nlp, text, cue):
    assert [q.cue for q in run(nlp, text)] == [cue]


# ---- sources.quantified_subject: "X and Y each said": the quantifier stands for the names before it


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # comma-less, the parse makes the names the object of the clause before and "each" the subject
        ("After a meeting of ministers in Exampleton U.S. Secretary of State John Kerry and British Foreign "
         "Secretary Boris Johnson each insisted that every option remained open.", "John Kerry"),
        # negatives: nothing named before the quantifier; places inside a phrase are no speakers
        ("The ministers met. Both said the talks would go on.", None),
        ("Ten men from Aleppo and Homs each said they had been tortured.", None),
    ],
)
def test_a_floating_quantifier_stands_for_the_names_before_it(nlp, text, speaker):
    quote = next(q for q in run(nlp, text) if q.kind == "indirect")
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # joint.joint_sources: two named sources joined by "and" each get the words (one entry per speaker)
        ("US Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov said a truce would begin "
         "on Monday.", ["John Kerry", "Sergei Lavrov"]),
        ("The Syrian Civil Defence and the Syrian Observatory for Human Rights reported that 35 people were "
         "killed in the attack.", ["White Helmets", "Syrian Observatory for Human Rights"]),
        # joint.is_a_list_of_names: three or more names and nothing else
        ("Russia, Iran and Turkey said in a joint statement that the zones would hold.", ["Russia", "Iran", "Turkey"]),
        # negatives: a named source and an unnamed one; a body inside the first source's phrase; a name
        # with its apposition in the list
        ("Kerry, the US envoy, and Lavrov said the truce would hold.", ["John Kerry"]),
        ("Kerry and his aides said the talks would resume.", ["John Kerry"]),
        ("Lavrov and Kerry's spokesman said the talks had been useful.", ["Sergei Lavrov"]),  # the spokesman speaks
        ("The director of the Observatory and the Red Cross said the convoy was hit.", ["director of the Observatory"]),
    ],
)
def test_a_joint_report_is_each_named_sources(nlp, text, speakers):
    assert [q.speaker for q in run(nlp, text) if q.kind == "indirect"] == speakers


# ---- review mends (a reviewer's sentences): each rule keeps off the construction next to its own


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a person of the state medium speaks, not the medium (state_media_run_into)
        ("SANA said the army advanced. The head of the state news agency said reporters were safe.",
         ("head of the state news agency", False)),
        # a woman named Sana (acronym_written_as_a_word needs "reported" or the acronym written in capitals)
        ('Sana, a mother of three, fled Aleppo in 2015. "We lost everything," Sana said.', ("Sana", True)),
        ("Her daughter Sana said 40 families had fled the town.", ("Sana", True)),
        # two broadcasters before it leave "the channel" unresolved (antecedents.bodies_of_the_kind_disagree)
        ("Syrian state television said 20 people were killed. Al Jazeera said the figure was lower. The "
         "channel said 11 civilians were also killed.", ("channel", False)),
        # members of a named group are no outlet's description (name_opening_its_description)
        ("Two captured Nusra Front fighters said they were paid by Qatar.", ("captured Nusra Front fighters", False)),
        # a role right before the head describes it (sources_after_a_role)
        ("Twenty people were killed, local activist sources said.", ("local activist sources", False)),
        # "according to the X" run into the content's subject
        ("According to the Syrian Observatory residents fled the town after the shelling.",
         ("Syrian Observatory for Human Rights", True)),
    ],
)
def test_review_mends_speakers(nlp, text, speaker):
    quote = run(nlp, text)[-1]
    assert (quote.speaker, quote.speaker_named) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # state_media.owning_country reads a possessive with its apostrophe; an owner's one agency
        ("Syria's state TV said 14 rebels were killed in Daraa.", ("Syrian state television", True)),
        ("Syria's state news agency said 14 rebels were killed in Daraa.", ("SANA", True)),
        # negative: a state with several agencies listed names none of them
        ("Russia's state news agency said 14 rebels were killed in Daraa.", ("Russia", True)),
        # state_media.BARE_STATE_AGENCY_RE: a bare "state news agency" is the agency of the state the article
        # is about, not another state's agency the article names (its own outlet, say)
        ("Sputnik reported the talks. Syrian troops advanced on Jobar near Damascus on Saturday. The state news "
         "agency said 14 rebels were killed in the Syrian town.", ("SANA", True)),
        # negative: a state with several agencies listed
        ("Russian jets hit the town near Moscow. The state news agency said 14 rebels were killed.",
         ("state news agency", False)),
    ],
)
def test_a_states_own_medium_by_its_possessive(nlp, text, speaker):
    quote = run(nlp, text)[-1]
    assert (quote.speaker, quote.speaker_named) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # names.name_among_descriptors: "anti-"/"pro-" before a name is a stance toward the body
        ("A Raqqa-based anti-ISIS activist network reported eight civilians were killed by the airstrikes.",
         ("ISIS activist network", False)),
        # negative: a body's name among words describing it
        ("The ISIS-linked Amaq news agency reported eight civilians were killed.", ("Amaq News Agency", True)),
    ],
)
def test_a_stance_toward_a_body_is_not_the_body(nlp, text, speaker):
    (quote,) = run(nlp, text)
    assert (quote.speaker, quote.speaker_named) == speaker



@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # an outlet's own witness speaks for the outlet; a witness who told it does not
        ("A Reuters witness said the buses had left the district.", "buses had left", ("Reuters", True)),
        ("A witness told Reuters the buses had left the district.", "buses had left", ("witness", False)),
        # a first name in apposition to a description names the source
        ('"This is the end of it," a resident, Ahmad, told a reporter.', "This is the end", ("Ahmad", True)),
        ("A resident of the district, Aleppo, said the bakery had closed.", "bakery had closed",
         ("resident of the district", False)),
        # a title the office list now holds
        ("The council co-chair Fawza Youssef spoke on Monday. The co-chair said that the attack failed.",
         "attack failed", ("Fawza Youssef", True)),
    ],
)
def test_outlet_witnesses_given_names_and_co_chairs(nlp, text, words, speaker):
    assert speaker_of(run(nlp, text), words) == speaker


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # two states report jointly: one entry each, seats standing for their states
        ("Russia and Turkey said the ceasefire would begin at midnight.", ["Russia", "Turkey"]),
        ("Moscow and Damascus said the corridors would open on Thursday.", ["Russia", "Syrian government"]),
        # negatives: two people with a state in their titles; places in the content
        ("U.S. Secretary of State John Kerry and British Foreign Secretary Boris Johnson said all options "
         "were open.", ["John Kerry", "Boris Johnson"]),
        ("Shelling hit Homs and Hama, the monitor said.", ["monitor"]),
    ],
)
def test_two_states_reporting_jointly_are_two_speakers(nlp, text, speakers):
    assert [q.speaker for q in run(nlp, text)] == speakers


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # an outlet that spoke through its correspondent is whom "he"/"she" means next
        ("An AFP correspondent said the shelling was heavy. Streets were empty, he said.", "Streets were empty",
         ("Agence France-Presse", True)),
        # negative: a person who spoke since is nearer
        ("An AFP correspondent said the shelling was heavy. John Smith said the town was calm. The market was "
         "open, he said.", "market was open", ("John Smith", True)),
    ],
)
def test_he_after_an_outlets_correspondent_is_the_outlet(nlp, text, words, speaker):
    assert speaker_of(run(nlp, text), words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # an outlet quoting someone "as saying" after the clause: the one quoted speaks
        ("The army retook the district, a military source was quoted by SANA as saying.", "army retook",
         ("military source", False)),
        ("The army retook the district, SANA quoted a military source as saying.", "army retook",
         ("military source", False)),
        # negative: the outlet's own report
        ("The army retook the district, SANA reported.", "army retook", ("SANA", True)),
    ],
)
def test_the_one_an_outlet_quotes_as_saying_after_the_clause_speaks(nlp, text, words, speaker):
    assert speaker_of(run(nlp, text), words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # review: "he" goes back to an outlet's correspondent or witness only from the next sentence
        ('An AFP correspondent in Aleppo said the district was deserted. Abu Omar, a rebel commander, stood by '
         'a burnt-out tank. "They fled at night," he said.', "They fled", ("Abu Omar", True)),  # the subject just before
        ('A Reuters witness said the market was hit twice. "I saw at least ten bodies," he said.', "I saw at least",
         ("Reuters", True)),
    ],
)
def test_review_he_after_an_outlets_person_only_next(nlp, text, words, speaker):
    assert speaker_of(run(nlp, text), words) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a dateline with no credit opens the line: its place is where the story was filed, not who speaks
        ("GENEVA — The U.N. human rights chief, Jane Doe, said on Friday that the siege was a crime.", "Jane Doe"),
        ("MOSCOW — Maria Zakharova, the Foreign Ministry spokeswoman, said Russia had no role in the strike.",
         "Maria Zakharova"),
        # negatives: a capital that speaks for its state, and a capitalised acronym that is the speaker
        ("Moscow said on Friday that the strike was a provocation.", "Russia"),
    ],
)
def test_a_bare_dateline_is_not_the_speaker(nlp, text, speaker):
    assert [q.speaker for q in run(nlp, text) if q.kind == "indirect"] == [speaker]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a role written like a title before the name, and the surname later written without its "al-"
        ("Rescuer Ammar al-Selmo said the building had collapsed. Selmo added that ten people were trapped.",
         ["Ammar al-Selmo", "Ammar al-Selmo"]),
        # negative: a bare word that is nobody's surname stays as written
        ("Rescuer Ammar al-Selmo said the building had collapsed. Hamdan added that ten people were trapped.",
         ["Ammar al-Selmo", "Hamdan"]),
    ],
)
def test_a_surname_without_its_article(nlp, text, speakers):
    assert [q.speaker for q in run(nlp, text) if q.kind == "indirect"] == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # speakers.speaks_for_a_body: "it" looks past the body's own spokesman to the body
        ("The Pentagon said the strike hit a depot. Spokesman Jeff Davis said the target was a weapons cache. "
         "It said no civilians were harmed.", "Pentagon"),
        # Negatives: a person in an office held for no body; an unnamed body quoted since "also said" (the
        # website, unnamed: never the coalition past it)
        ("The council adopted the resolution. Ambassador Samantha Power said the vote mattered. It said the "
         "draft was weak.", None),
        ("The coalition said the strikes hit Raqqa. Spokesman Thomas Gill said the raids went on. A militant "
         "website said ten people were killed. It also said the bridges were destroyed.", "militant website"),
    ],
)
def test_it_past_a_body_s_spokesman(nlp, text, speaker):
    assert run(nlp, text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # antecedents.ASKED_VERBS: the person asked answers next, not the person asked about
        ('Erdogan was asked whether he would meet Assad. "Never," he said.', "Recep Tayyip Erdogan"),
        # Negative: the person who asked is no antecedent of the answer when the asked one is a subject too
        ('Jane Doe met Kerry in Geneva. "We made progress," he said.', "John Kerry"),
    ],
)
def test_the_person_asked_answers(nlp, text, speaker):
    assert run(nlp, text)[-1].speaker == speaker
