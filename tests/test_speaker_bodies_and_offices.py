"""Speakers named through a body or an office (docs/speakers.md, rules 59-62), with invented sentences,
positives and negatives."""

from __future__ import annotations

import pytest

from pipeline.entities import entity_mentions
from pipeline.quotes import quotes


def run(nlp, text: str):
    doc = nlp(text)
    return quotes(doc, article_id="t", entities=entity_mentions(doc, article_id="t"))


def speaker_of(nlp, text: str, words: str) -> str | None:
    hits = [q for q in run(nlp, text) if words.lower() in q.quote.lower()]
    assert hits, f"no quote contains {words!r}"
    return hits[0].speaker


# ---- body_of_its_unit: a unit of a body speaks for the body


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("According to the Arabic-language desk of Sputnik news agency the jets struck the village.",
         "jets struck", "Sputnik"),
        ("The media office of the Free Syrian Army said the town was taken.", "town was taken", "Free Syrian Army"),
        # the body named before the unit
        ("According to the SNHR victims documentation team, the town was taken on Friday.", "town was taken",
         "Syrian Network for Human Rights"),
        ("Sputnik's Arabic desk said the town was taken.", "town was taken", "Sputnik"),
        # of no named body: an unnamed description (a team is a role word), never a body guessed
        ("A local rescue team said the town was taken.", "town was taken", "local rescue team"),
        # negatives: a unit of no named body, and a person heading a body
        ("The office of the prosecutor said the case was closed.", "case was closed", "office of the prosecutor"),
        ("The head of the agency said the case was closed.", "case was closed", "head of the agency"),
    ],
)
def test_a_unit_of_a_body_speaks_for_the_body(nlp, text, words, speaker):
    assert speaker_of(nlp, text, words) == speaker


# ---- named_before_apposition: a body's name run into its indefinite description


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Aleppo Media Center an activist collective said 45 people were killed on Saturday.",
         "Aleppo Media Center"),
        # negative: a place before the description is where, not who
        ("In Aleppo a resident said 45 people were killed on Saturday.", "resident"),
    ],
)
def test_a_body_name_run_into_its_description_speaks(nlp, text, speaker):
    assert speaker_of(nlp, text, "45 people") == speaker


# ---- person_quoted_just_before: not a person the text gave another office


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Defence Ministry spokesman Igor Ivanov said the strikes hit 30 targets. "We will continue," Ivanov '
         'said. "Moscow backs the talks," the foreign minister said.', "foreign minister"),
        # negatives: a generic office goes on with him, and so does an office the text never contradicts
        ('Defence Ministry spokesman Igor Ivanov said the strikes hit 30 targets. "We will continue," Ivanov '
         'said. "Moscow backs the talks," the Russian official said.', "Igor Ivanov"),
        ('"We will continue," Ivanov said. "Moscow backs the talks," the foreign minister said.', "Ivanov"),
    ],
)
def test_a_description_of_another_office_is_not_the_person_quoted_last(nlp, text, speaker):
    assert speaker_of(nlp, text, "backs the talks") == speaker


# ---- office_place_then_name: "the governor of Homs Talal Barazi"


def test_an_office_s_place_run_into_a_name_leaves_the_person(nlp):
    text = "The provincial governor of Homs Talal Barazi said the road was open."
    assert speaker_of(nlp, text, "road was open") == "Talal Barazi"


# ---- speakers.is_unnamed_source: "it" may go on with an unnamed source


@pytest.mark.parametrize(
    ("text", "speaker", "named"),
    [
        ("The army advanced near the village, a military source told SANA. The rebels fled east after the "
         "shelling, the source said. It added that the hill was under the army's control.", "military source", False),
        # negative: an unnamed person is no "it"; the body named before is
        ("UNICEF said the talks had stalled. \"Is there a draft?\" one of its jurists asked. It added that "
         "the hill was under the army's control.", "UNICEF", True),
    ],
)
def test_it_goes_on_with_an_unnamed_source_not_an_unnamed_person(nlp, text, speaker, named):
    hit = next(q for q in run(nlp, text) if "hill was under" in q.quote)
    assert (hit.speaker, hit.speaker_named) == (speaker, named)


# ---- sources.INVERTED_SOURCE_REACH: an inverted source with a long office


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The children were all under ten" said Observatory chief Rami Abdel Rahman adding that a woman '
         'was also among the dead.', "Rami Abdel Rahman"),
        ('"The road is closed," said the UN regional humanitarian coordinator Jane Roe.', "Jane Roe"),
    ],
)
def test_an_inverted_source_with_a_long_office_speaks(nlp, text, speaker):
    assert speaker_of(nlp, text, "under ten" if "under ten" in text else "road is closed") == speaker


# ---- "the bulletin said": a statement noun speaks for its issuer


def test_the_bulletin_speaks_for_whoever_issued_it(nlp):
    text = ('"Six civilians were killed in the shelling," the Russian Defence Ministry said in a daily bulletin. '
            '"Twelve received wounds," the bulletin said.')
    assert speaker_of(nlp, text, "Twelve received") == "Russian Defence Ministry"


# ---- lead_ins.clause_quoted_without_a_cue


@pytest.mark.parametrize(
    ("second", "speaker"),
    [
        ('But lately "there has been more fighting in the north."', "Jan Egeland"),
        # negatives: a quoted name, and a sentence with a cue of its own
        ('Government forces, which were reinforced overnight by militias from the coast, attacked the group '
         '("Free Men of the Levant") on the hill.', None),
        ('Rebels called the offensive "a war crime that will not stand."', "rebels"),
    ],
)
def test_a_clause_quoted_in_a_sentence_without_a_cue_goes_on_with_the_speaker(nlp, second, speaker):
    text = f'"The zones did calm the fighting," UN humanitarian adviser Jan Egeland told Reuters in Geneva on Thursday. {second}'
    words = second.split('"')[1][:12]
    if speaker is None:
        assert all(q.speaker is None for q in run(nlp, text) if words in q.quote)
    else:
        assert speaker_of(nlp, text, words) == speaker


# ---- a span holding its sentence's root has that root as its head (spaCy tokens are compared by index)


def test_the_root_of_a_span_that_holds_the_sentence_root(nlp):
    from pipeline.quotes.parsed import ParsedArticle
    from pipeline.quotes.roles import _root

    doc = nlp("Governor Hussein Diab.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    article = ParsedArticle(doc, entity_mentions(doc, article_id="t"))
    assert _root(article, doc[0].idx, len(doc.text) - 1).i == root.i


# ---- Speaker.carried_to: a continuation quote stays with the unnamed source


@pytest.mark.parametrize(
    ("text", "speaker", "named"),
    [
        ('"The shelling went on all night," a witness said. "We could not sleep at all and the children cried."',
         "witness", False),
        ('"The shelling went on all night," Jane Roe said. "We could not sleep at all and the children cried."',
         "Jane Roe", True),
        # negative: a pronoun nothing resolved carries nothing
        ('"The shelling went on all night," he said. "We could not sleep at all and the children cried."',
         None, None),
    ],
)
def test_a_continuation_quote_keeps_its_unnamed_source(nlp, text, speaker, named):
    hit = next(q for q in run(nlp, text) if "could not sleep" in q.quote)
    assert (hit.speaker, hit.speaker_named) == (speaker, named)


# ---- "the source" is the nearest source written before, quoted or not


def test_the_source_is_the_nearest_source_written_before(nlp):
    text = ("A source at Aleppo Police Command said two people were killed. Meanwhile terrorists fired shells on the "
            "hospital in Hasaka province on Monday causing material damage to the hospital and the public properties "
            "a source at Hasaka Police Command told SANA. The source said that no casualties were reported.")
    assert speaker_of(nlp, text, "no casualties") == "Hasaka Police Command"


def test_the_source_goes_on_with_the_source_quoted_last(nlp):
    text = ("A source at Hasaka Police Command said the road was closed. A source at Aleppo Police Command said "
            "two people were killed. The source said that no casualties were reported elsewhere.")
    assert speaker_of(nlp, text, "no casualties") == "Aleppo Police Command"


# ---- a place ends a comma-less list before a surname; the surname is the person named before


@pytest.mark.parametrize(
    ("second", "speaker"),
    [
        ("Casualties were also reported in rural areas around the capital and in Hama and Deir al-Zor Moumtzis "
         "said again.", "Panos Moumtzis"),
        # negative: a surname no earlier full name has stays as written
        ("Casualties were also reported in rural areas around the capital and in Hama and Deir al-Zor Haddad "
         "said again.", "Haddad"),
    ],
)
def test_a_surname_after_a_listed_place_is_the_person_named_before(nlp, second, speaker):
    text = f"UN regional humanitarian coordinator Panos Moumtzis said 149 people were killed. {second}"
    assert speaker_of(nlp, text, "rural areas") == speaker


# ---- descriptions.local_body_name: a local body written out as kind, field and place


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("The department of education in Idlib said schools would close.", "schools would close",
         "Idlib Education Department"),
        ("The directorate of health in Aleppo province on Saturday announced the closure of two clinics. The "
         "directorate said in a statement that it could no longer offer care.", "no longer offer care",
         "Aleppo Health Directorate"),
        # negatives: a ministry's field names no place, and a kind with no field
        ("The ministry of health said schools would close.", "schools would close", "ministry"),
        ("The directorate in Aleppo said schools would close.", "schools would close", "directorate in Aleppo"),
    ],
)
def test_a_local_body_written_out_is_named(nlp, text, words, speaker):
    assert speaker_of(nlp, text, words) == speaker


# ---- where the source phrase is written (speaker_start/end), as PolNeAR delimits sources


@pytest.mark.parametrize(
    ("text", "written", "speaker_text"),
    [
        # the comma that closes an apposition before the cue belongs to the phrase; speaker_text stays without it
        ("Jane Roe, the council's spokeswoman, said the talks would resume.", "Jane Roe, the council's spokeswoman,",
         "Jane Roe, the council's spokeswoman"),
        # negatives: no apposition, no comma; an inverted source keeps no comma after it
        ("Jane Roe said the talks would resume.", "Jane Roe", "Jane Roe"),
        ('"The talks will resume," said Jane Roe, the council\'s spokeswoman, pointing to the calendar.',
         "Jane Roe, the council's spokeswoman", "Jane Roe, the council's spokeswoman"),
    ],
)
def test_where_the_source_phrase_is_written(nlp, text, written, speaker_text):
    hit = next(q for q in run(nlp, text) if "talks" in q.quote.lower())
    assert (text[hit.speaker_start : hit.speaker_end], hit.speaker_text) == (written, speaker_text)


# ---- parenthetical.medial_attribution: a sentence adverb the parse hung on the parenthetical cue


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Still, activists said, even as support has shrunk in recent days, the army can take the town.",
         "even as support has shrunk in recent days, the army can take the town"),
        # negative: no adverb, the ordinary medial layout
        ("The attack, activists said, killed 20 people.", "The attack killed 20 people"),
    ],
)
def test_a_parenthetical_cue_after_a_sentence_adverb(nlp, text, content):
    assert [q.quote for q in run(nlp, text) if q.kind == "indirect" and q.continues is None] == [content]


# ---- cues.reporting_post: "reports for X", "reporting from Y" say who and where the reporter is


@pytest.mark.parametrize(
    ("text", "quotes_expected"),
    [
        ("Jane Doe reports for the Example Daily News; John Roe reports for the Example Post.", []),
        ("Al Jazeera's Jane Doe, reporting from Gaziantep, said the border was closed.", ["the border was closed"]),
        # negatives: a report with its content, before or after
        ("Ten people were killed in the town, SANA reported from Damascus.", ["Ten people were killed in the town"]),
        ("Jane Doe reported for the BBC that the town had fallen.", ["the town had fallen"]),
    ],
)
def test_reporting_for_an_outlet_or_from_a_place_reports_nothing(nlp, text, quotes_expected):
    assert [q.quote for q in run(nlp, text) if q.kind == "indirect"] == quotes_expected


# ---- a country's possessive opens the source phrase (comma-less)


@pytest.mark.parametrize(
    ("text", "speaker_text"),
    [
        ("Initial results point to exposure to sarin gas Turkeys health ministry said on Thursday.",
         "Turkeys health ministry"),
        # negative: a possessive opening the phrase already
        ("Turkey's health ministry said three people had died.", "Turkey's health ministry"),
    ],
)
def test_a_country_s_possessive_opens_the_source_phrase(nlp, text, speaker_text):
    assert [q.speaker_text for q in run(nlp, text) if q.kind == "indirect"] == [speaker_text]


# ---- national_body_named_by_its_noun: "the army" in an article about Syria


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Six children were among 19 civilians killed in regime bombing of Aleppo, the civil defence said.",
         "six children", "White Helmets"),
        ("Rebels of the Free Syrian Army attacked a checkpoint in Aleppo. The army said it had repelled the "
         "attack on the Syrian city.", "repelled", "Syrian Arab Army"),
        ("The army shelled Douma near Damascus in Syria. The army said it had hit 20 targets in the Syrian town.",
         "20 targets", "Syrian Arab Army"),
        # negatives: a kind-of-body head, a country with no such body in the tables, a named body first
        ("US-led coalition jets struck Raqqa in Syria. The coalition said it had hit 16 targets in Syria.",
         "16 targets", "U.S.-led coalition"),
        ("Turkish troops entered Jarablus, in Turkey's push over the border. The army said it had killed 20 "
         "militants near the Turkish border in Turkey.", "20 militants", "army"),
        ("The Turkish army shelled Afrin in Syria. The army said it had hit 20 targets in the Syrian town.",
         "20 targets", "army"),
        # another state's force under another noun ("military", "troops") or a possessive
        ("Israeli jets struck targets near Damascus in Syria, the Israeli military said. The army said it had hit "
         "12 targets in Syria.", "12 targets", "army"),
        ("Jordan's army shot down a drone flying in from Syria. The army said it had hit 12 targets in Syria.",
         "12 targets", "army"),
        # a bare singular names the body too ("civil defence said"); a bare plural does not
        ("The quake hit northern Syria. In the rebel-held region, civil defence said there were dozens of "
         "victims in the Syrian town.", "dozens of victims", "White Helmets"),
        ("Shelling hit Douma near Damascus in Syria. In the town, forces said they had hit 20 targets in the "
         "Syrian town.", "20 targets", "forces"),
        # the sentence sets the description in another state
        ("Rescuers searched the rubble in Aleppo in Syria after the quake. In Lebanon, civil defence said it had "
         "rescued 30 Syrians.", "30 Syrians", "civil defence"),
        # ... not a state the setting only mentions
        ("The quake hit northern Syria. In the rebel-held region bordering Turkey, civil defence said there were "
         "dozens of victims in the Syrian town.", "dozens of victims", "White Helmets"),
    ],
)
def test_a_state_institution_named_by_its_noun(nlp, text, words, speaker):
    assert speaker_of(nlp, text, words) == speaker


# ---- introduced_before: a description repeating the words a body was introduced with


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("A hospital run by the medical charity Doctors Without Borders was destroyed in Idlib. The medical "
         "charity said the attack had deprived 70,000 people of care.", "deprived", "Doctors Without Borders"),
        ("Hezbollah, the Lebanese militia, sent fighters to Qusayr. The militia said its men had taken the "
         "town.", "taken the town", "Hezbollah"),
        # negatives: a body acted on after the word is not introduced by it; a body only talked about
        ("A U.S.-backed Kurdish militia drove Islamic State fighters out of Tal Abyad. The militia said it had "
         "deprived them of their base.", "deprived", "militia"),
        # (a body the text has just been about is what "the charity" points back to, though no word of its
        # introduction repeats: antecedents.body_the_text_is_about)
        ("Doctors Without Borders treated the wounded near the hospital. The charity said the attack had "
         "deprived 70,000 people of care.", "deprived", "Doctors Without Borders"),
    ],
)
def test_a_description_repeating_a_body_s_introduction(nlp, text, words, speaker):
    assert speaker_of(nlp, text, words) == speaker


# ---- person_by_apposed_office: a name given a person's office in apposition is a person


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Rebels fight forces loyal to autocratic leader Bashar al Assads regime. Ercan Topaca the Governor of "
         "Hatay a Turkish province on the other side of the border told Turkeys Anadolu Agency that four people "
         "injured in the blast are treated in Turkish hospitals. He added that four other victims had died.",
         "Ercan Topaca"),
        # negatives: a body described as a body stays a body, and "it" still means it
        ("Rebels fight forces loyal to Bashar al-Assad. Euphrates Post, an activist network, told Anadolu Agency "
         "that four people injured in the blast are treated. It added that four other victims had died.",
         "Euphrates Post"),
        ("Rebels fight forces loyal to Bashar al-Assad. The Levant Front, the group that holds the town, told "
         "Anadolu Agency that four people injured in the blast are treated. It added that four other victims "
         "had died.", "Levant Front"),
    ],
)
def test_a_name_with_an_apposed_office_is_a_person(nlp, text, speaker):
    assert speaker_of(nlp, text, "four other victims") == speaker


# ---- reporter_named_before: "the correspondent" is the outlet's reporter the text named last


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Three people were killed in Aleppo city. SANAs correspondent quoted a source at the Aleppo Police "
         "Command as saying that rockets hit the neighbourhoods. The correspondent said the attacks claimed "
         "the lives of 3 people.", "SANA"),
        ("Three people were killed in Aleppo city, an AFP correspondent reported. The correspondent said the "
         "attacks claimed the lives of 3 people.", "Agence France-Presse"),
        # negatives: no outlet's reporter named before -> the publisher's own; "our correspondent" is the publisher's
        ("Three people were killed in Aleppo city. The correspondent said the attacks claimed the lives of 3 "
         "people.", "Example Daily"),
        ("Three people were killed in Aleppo city, SANA's correspondent said. Our correspondent said the "
         "attacks claimed the lives of 3 people.", "Example Daily"),
        # the nearest outlet's reporter is another's ("Reuters" is not "Reuter" + s)
        ("SANA's correspondent said three people were killed. A Reuters correspondent at the scene saw six "
         "bodies. The correspondent said the attacks claimed the lives of 3 people.", "Reuters"),
    ],
)
def test_the_correspondent_is_the_reporter_named_before(nlp, text, speaker):
    doc = nlp(text)
    found = quotes(doc, article_id="t", entities=entity_mentions(doc, article_id="t"), outlet="Example Daily")
    hits = [q for q in found if "claimed the lives" in q.quote]
    assert hits and hits[0].speaker == speaker


# ---- a generic body word with a side: "the Britain-based group" is the monitor, not the last group named


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Syrian Observatory for Human Rights said 18 civilians were killed in Raqqa on Monday. Coalition "
         "jets have struck the Islamic State group in the city for months. The Britain-based group said four "
         "children were among the dead.", "Syrian Observatory for Human Rights"),
        # the body introduced with the description's own words comes before the side's
        ("The Syrian Observatory for Human Rights said 20 people died in Idlib. Syria Relief, a London-based group "
         "that runs clinics, published its report on Monday. The London-based group said four children "
         "were among the dead.", "Syria Relief"),
        # negative: a description with no side still takes the body introduced with the word
        ("Hezbollah, the Lebanese group, sent fighters to Qusayr in Syria. Rebels fought on for days in the town "
         "near the border with Lebanon. The group said four children were among the dead.", "Hezbollah"),
    ],
)
def test_a_sided_group_description_names_the_body_on_its_side(nlp, text, speaker):
    assert speaker_of(nlp, text, "four children") == speaker


# ---- institutions.ministry_of_its_sentence_country: "In Iraq a Defense Ministry statement said"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Kurdish fighters clashed with government forces in Syria. In Iraq a Defense Ministry statement said "
         "government forces repelled an attack on the town. At least 20 militants were killed in the failed "
         "attack said the statement.", "20 militants", "Iraqi Defence Ministry"),
        ("Kurdish fighters clashed with government forces in Syria. In Iraq a Defense Ministry statement said "
         "government forces repelled an attack on the town.", "repelled", "Iraqi Defence Ministry"),
        # negatives: two countries in the sentence, none, a ministry with its country already
        ("Russian and Syrian jets struck Idlib. The Defence Ministry said 20 militants were killed.",
         "20 militants", "Defence Ministry"),
        ("Jets struck the town. The Health Ministry said 20 people were wounded.", "20 people", "Health Ministry"),
        ("In Iraq the Turkish Defence Ministry said 20 militants were killed.", "20 militants",
         "Turkish Defence Ministry"),
    ],
)
def test_a_bare_ministry_is_that_of_its_sentence_country(nlp, text, words, speaker):
    assert speaker_of(nlp, text, words) == speaker


# ---- institutions.seat_of_the_ministry: "the defence ministry in Moscow" is that government's, and a
# later "the ministry" is the same one


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("MOSCOW Some 90 militants were killed in a series of Russian air strikes in Syria over the past day the "
         "defence ministry in Moscow said on Monday.", "90 militants", "Russian Defence Ministry"),
        ("MOSCOW Some 90 militants were killed in a series of Russian air strikes in Syria over the past day the "
         "defence ministry in Moscow said. Puzzlingly the ministry also said that a depot was destroyed.", "a depot",
         "Russian Defence Ministry"),
        ("Jets struck targets in Iraq and Syria on Sunday, the foreign ministry in Ankara said.", "Jets struck",
         "Turkish Foreign Ministry"),
        # negatives: a capital the sentence names as a place of events; no ministry placed before "the ministry"
        ("Russian and Syrian jets struck Idlib, and shells hit Damascus, the defence ministry said.", "shells hit",
         "defence ministry"),
        ("The ministry said that shells hit Damascus and Moscow condemned the attack.", "shells hit", "ministry"),
    ],
)
def test_a_ministry_placed_in_a_capital_is_that_government_s(nlp, text, words, speaker):
    assert speaker_of(nlp, text, words) == speaker


# ---- held_names.person_whose_office: a person's office speaks for that person


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("U.N. Secretary General Ban Ki-moon's office said that the talks would resume.", "Ban Ki-moon"),
        ("President Bashar al-Assad's office said that the call had taken place.", "Bashar al-Assad"),
        # negatives: an office of no named person; a body's office
        ("The governor's office said that the road was closed.", "governor's office"),
        ("The UN office in Damascus said that the convoy had arrived.", "United Nations"),
    ],
)
def test_a_persons_office_speaks_for_the_person(nlp, text, speaker):
    assert speaker_of(nlp, text, text.split("said that ")[1][:12]) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an apposition describing the body leaves its unnamed member speaking for it
        ('An official with the Levant Front, another rebel group in the city, said: "The offer is a trick to '
         'empty the city of its people."', "Levant Front"),
        # negative: a name in apposition to the member is who speaks
        ("An official with the Example Front, Jane Doe, said the offer was a trick.", "Jane Doe"),
    ],
)
def test_a_member_of_a_body_described_in_apposition(nlp, text, speaker):
    assert [q.speaker for q in run(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "he" right after an unnamed member of a named body as subject: the body speaks through him
        ('A spokesman for Jaish al-Fatah denied the charge. "We have never used chemical weapons and we never '
         'will," he said.', "Jaish al-Fatah"),
        # negatives: a person named in between, and a pronoun sentences later
        ('A spokesman for Jaish al-Fatah denied the charge. Abu Omar, a resident, stood by the road. "We have '
         'nothing," he said later that night.', "Abu Omar"),
        ('A spokesman for Jaish al-Fatah denied the charge on Monday. The army shelled the town. On Tuesday the '
         'fighting spread to the east. "We have nothing left," he said.', None),
    ],
)
def test_he_after_a_member_of_a_body(nlp, text, speaker):
    assert [q.speaker for q in run(nlp, text) if q.kind == "direct"] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # comma-less: a body's name, a title, then the office holder's name right before the cue
        ("Syrian Observatory for Human Rights director Rami Abdel Rahman said the toll had risen.", "Rami Abdel Rahman"),
        ("The Syrian Arab Red Crescent's Jane Doe told AFP that the convoy had arrived.", "Jane Doe"),
        ("Amnesty International regional director Jane Doe said the strikes were unlawful.", "Jane Doe"),
        # an office the role list holds, its body's name in a prepositional phrase
        ("UN High Commissioner for Refugees Filippo Grandi said the crossings must stay open.", "Filippo Grandi"),
        # negatives: a preposition before the name relates the body to the person; a body alone speaks
        ("The coalition against Bashar al-Assad said the talks were over.", "coalition against Bashar al-Assad"),
        ("The Syrian Observatory for Human Rights said the toll had risen.", "Syrian Observatory for Human Rights"),
    ],
)
def test_a_name_after_a_bodys_title_is_the_speaker(nlp, text, speaker):
    assert [q.speaker for q in run(nlp, text) if q.kind == "indirect"] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a named source joined by "and" to an unnamed one speaks for the report, on either side
        ("Activists and the Syrian Observatory for Human Rights said at least 20 people were killed.",
         "Syrian Observatory for Human Rights"),
        ("At least 20 people were killed, according to Kurdish officials and the Syrian Observatory for Human Rights.",
         "Syrian Observatory for Human Rights"),
        # negatives: no name in the phrase; places inside a description name no source
        ("Rescuers and a war monitor said 20 people were killed.", None),
        ("Activists in Aleppo and Idlib said 20 people were killed.", None),
    ],
)
def test_a_named_source_beside_an_unnamed_one(nlp, text, speaker):
    assert [q.speaker if q.speaker_named else None for q in run(nlp, text) if q.kind == "indirect"] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a ministry of another portfolio is not the ministry named before
        ("Syria's defence ministry said troops entered Sweida. The foreign ministry said Israel was exploiting the situation.", None),
        # negatives: the same portfolio (either spelling), or none named, is the ministry before
        ("Russia's defence ministry said its jets hit targets. The defense ministry said the strikes were precise.",
         "Russian Defence Ministry"),
        ("Russia's defence ministry said its jets hit targets. The ministry said the strikes were precise.", "Russian Defence Ministry"),
    ],
)
def test_a_ministry_of_another_portfolio(nlp, text, speaker):
    second = [q for q in run(nlp, text) if q.kind == "indirect"][1]
    assert (second.speaker if second.speaker_named else None) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "the source" continues the nearest source: an unnamed one after a named body's is unnamed
        ("A source at Aleppo Police Command told SANA that two civilians were killed. Army units destroyed positions, "
         "a military source said. The source added that the terrorists suffered heavy losses.", None),
        # negative: the body's source is the nearer one
        ("A military source said army units destroyed positions. A source at Aleppo Police Command told SANA that two "
         "civilians were killed. The source added that the terrorists fled.", "Aleppo Police Command"),
    ],
)
def test_the_source_continues_the_nearest_source(nlp, text, speaker):
    last = [q for q in run(nlp, text) if q.kind == "indirect"][-1]
    assert (last.speaker if last.speaker_named else None) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a description right after a name, as the subject, is not that name's apposition
        ("In a statement carried by SANA, the foreign ministry said Israel bore full responsibility.", None),
        # negative: an apposition that introduces the body, then the description in a later sentence
        ("Hezbollah, the Lebanese militia, fought in Qusayr. The militia said it had lost 12 fighters.", "Hezbollah"),
    ],
)
def test_a_description_is_not_its_own_introduction(nlp, text, speaker):
    last = [q for q in run(nlp, text) if q.kind == "indirect"][-1]
    assert (last.speaker if last.speaker_named else None) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "the statement said" after an issuer the entity stage left unnamed, named by its phrase
        ('The Syrian foreign ministry issued a statement on Sunday. "Israel bears full responsibility for this aggression," '
         "the statement said.", "Syrian foreign ministry"),
        ('Russia\'s ambassador, Anatoly Antonov, issued a statement. "We reject these baseless accusations entirely," '
         "the statement said.", "Anatoly Antonov"),
        # negative: an unnamed issuer
        ('Local activists issued a statement. "We reject these baseless accusations entirely," the statement said.', None),
    ],
)
def test_a_statement_speaks_for_an_issuer_named_by_its_phrase(nlp, text, speaker):
    last = [q for q in run(nlp, text) if q.kind == "direct"][-1]
    assert (last.speaker if last.speaker_named else None) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a description right after a person quoted is that person, not a holder the text names later
        ("Ahmed al-Sharaa told Al Arabiya that elections could take four years. The former rebel commander said a new "
         "constitution would come first. In the northeast, their commander, Mazloum Abdi, said talks would continue.",
         "Ahmed al-Sharaa"),
        # negative: with no one quoted before, a lead's office names the holder written after it
        ("The governor said the road would reopen. Governor Hussein Diab toured the district on Monday.", "Hussein Diab"),
    ],
)
def test_a_description_continues_the_person_quoted_before_a_later_holder(nlp, text, speaker):
    found = [q for q in run(nlp, text) if q.kind == "indirect"]
    second = found[1] if len(found) > 2 else found[0]
    assert second.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a nationality's authorities are its government; seats for a state
        ("Syrian authorities said 20 people were arrested.", "Syrian government"),
        ("Tel Aviv said the strike targeted Iranian positions.", "Israel"),
        # negatives: local authorities, and authorities of no nationality, name no one
        ("Local authorities said the road was closed.", None),
        ("Aleppo local authorities said the road was closed.", None),
    ],
)
def test_a_nations_authorities_are_its_government(nlp, text, speaker):
    (quote,) = [q for q in run(nlp, text) if q.kind == "indirect"]
    assert (quote.speaker if quote.speaker_named else None) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # those who work for a named body speak for it, as its members do
        ("Rescuers from the White Helmets said 12 people were pulled out alive.", "White Helmets"),
        ("Doctors from Medecins Sans Frontieres said the hospital was hit.", "Doctors Without Borders"),
        # negatives: a place or an unnamed body names no one, nor a body's name only before its kind
        # (GUIDELINES: "a UN official" is null, and so "a commander of the Hezbollah militia")
        ("A commander of the Hezbollah militia told Reuters that the town had fallen.", None),
        ("Doctors in Aleppo said the hospital was hit.", None),
        ("A worker at the local power station said the lines were cut.", None),
    ],
)
def test_those_who_work_for_a_body_speak_for_it(nlp, text, speaker):
    (quote,) = [q for q in run(nlp, text) if q.kind == "indirect"]
    assert (quote.speaker if quote.speaker_named else None) == speaker


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # review: a source named by its phrase, joined to a named one: one quote each
        ("Syrian authorities and the Syrian Observatory for Human Rights said 15 people were killed.",
         ["Syrian government", "Syrian Observatory for Human Rights"]),
        # review: authorities of no state, or of a people within one, name no one
        ("Syrian Kurdish authorities said 20 were arrested.", [None]),
        ("Prison authorities said 20 were arrested.", [None]),
        ("Syria's authorities said 20 were arrested.", ["Syrian government"]),
    ],
)
def test_review_authorities_and_joint_sources(nlp, text, speakers):
    assert [q.speaker if q.speaker_named else None for q in run(nlp, text) if q.kind == "indirect"] == speakers


# ---- phrases.leading_name: a body's name opening an office is no person's name (rule 248)


@pytest.mark.parametrize(
    "text, words",
    [
        ("UN High Commissioner for Human Rights Jane Quell said on Monday that she would look into the claims.", "look into"),
        ("EU Special Envoy for Refugees Tomas Vrell said the camps were full.", "camps were full"),
    ],
)
def test_a_body_opening_an_office_is_not_read_as_a_name(nlp, text, words):
    assert speaker_of(nlp, text, words) not in ("UN High", "EU Special")


def test_a_name_before_its_role_is_still_a_name(nlp):
    assert speaker_of(nlp, "Wird Furati head of the press office at the ministry said the road was open.", "road was open") == "Wird Furati"


# ---- descriptions.body_of_its_member: monitors in a place are no body's (positives below, rules 252-255)


def test_monitors_in_a_place_are_no_body(nlp):
    quote = [q for q in run(nlp, "Monitors in the eastern districts said barrel bombs fell on the town.") if "barrel" in q.quote]
    assert quote and quote[0].speaker_named is False


# ---- resolution.SAME_SOURCE_RE: "the same source" past another speaker, and unnamed (rule 253)


def test_the_same_source_is_the_last_one_written_as_a_source(nlp):
    # second review: a named minister quoted in between is not "the same source"
    text = ("A military source told the agency that the army had retaken the hill.\n\nForeign Minister Jane Quell "
            "said the talks would go on.\n\nThe same source added that the road was open.")
    quote = [q for q in run(nlp, text) if "road was open" in q.quote]
    assert quote and quote[0].speaker != "Jane Quell" and quote[0].speaker_named is False


def test_the_same_sources_are_no_one_person(nlp):
    text = "Jane Quell said the talks would resume.\n\nAccording to the same sources, the convoy was hit."
    quote = [q for q in run(nlp, text) if "convoy was hit" in q.quote]
    assert quote and quote[0].speaker != "Jane Quell"


def test_the_same_unnamed_source_stays_unnamed(nlp):
    text = "A military source told the agency that the army had retaken the hill.\n\nThe same source added that the road was open."
    quote = [q for q in run(nlp, text) if "road was open" in q.quote]
    assert quote and quote[0].speaker_named is False


# ---- phrases.describe: a name before the role of someone left unnamed is whom they serve (rule 254)


@pytest.mark.parametrize(
    "text",
    [
        "A senior Quell aide said the speech would focus on trade.",
        "An Assad adviser said the army would advance.",
        "Another Assad adviser said the army would advance.",  # third review
    ],
)
def test_a_name_before_an_unnamed_aide_s_role_is_not_the_speaker(nlp, text):
    (quote,) = run(nlp, text)
    assert quote.speaker_named is False


def test_a_comma_less_name_before_its_role_still_speaks(nlp):
    assert speaker_of(nlp, "Jane Doe spokesman for the army said the road was open.", "road was open") == "Jane Doe"


# ---- speakers named by the constructions of 5 December (docs/speakers.md rules 252-255)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # descriptions.body_of_its_member: monitors and inspectors of a body speak for it
        ("Monitors at the Syrian Observatory for Human Rights said barrel bombs fell on the town.", "barrel bombs",
         "Syrian Observatory for Human Rights"),
        ("Inspectors from the OPCW said the samples were positive.", "samples were positive", "OPCW"),
        # names.body_named_past_its_parent: a body named past the body it belongs to (rule 252)
        ("The UN Commission of Inquiry on Syria said the fighters would be tried.", "fighters would be tried",
         "UN Commission of Inquiry on Syria"),
        ("The UN Office for Project Services said the money had arrived.", "money had arrived", "UN Office for Project Services"),
        # negatives: a unit with no name of its own speaks for its parent; a known body keeps its name
        ("The UN Office said the money had arrived.", "money had arrived", "United Nations"),
        ("The UN Security Council said it would meet on Friday.", "would meet", "UN Security Council"),
        # review: a day after the name dates the statement; "and" joins another body
        ("The UN Office on Monday said the convoy had been hit.", "convoy had been hit", "United Nations"),
        ("The UN Commission of Inquiry on Syria on Wednesday said the fighters would be tried.", "fighters would be tried",
         "UN Commission of Inquiry on Syria"),
        ("The UN Commission of Inquiry and Human Rights Watch said the strikes were unlawful.", "strikes were unlawful",
         "UN Commission of Inquiry"),
        ("The UN Committee on the Rights of the Child said children were being targeted.", "being targeted",
         "UN Committee on the Rights of the Child"),
        # second review: "and" inside a body's own name
        ("The UN Office on Drugs and Crime said seizures had doubled.", "seizures had doubled", "UN Office on Drugs and Crime"),
        ("The UN Department of Economic and Social Affairs said growth had slowed.", "growth had slowed",
         "UN Department of Economic and Social Affairs"),
        # resolution.SAME_SOURCE_RE: "the same source" is whoever was quoted last (rule 253)
        ("Jane Quell, head of the monitoring group, said 20 people were killed.\n\nRebels shelled the district in "
         "retaliation, the same source said.", "shelled the district", "Jane Quell"),
        ("The Observatory said 20 people were killed.\n\nRebels shelled the district, the same source said.",
         "shelled the district", "Syrian Observatory for Human Rights"),
        # phrases.describe: one word the tagger read as a noun, a person to the alias table (rule 255)
        ('Trump fired back on Twitter, calling the senator "a disaster for the whole state".', "disaster", "Donald Trump"),
        ("Witnesses said the jets came at dawn over the eastern districts.", "jets came", "witnesses"),  # no such person
    ],
)
def test_speakers_named_by_their_construction(nlp, text, words, speaker):
    assert speaker_of(nlp, text, words) == speaker


# ---- resolution.BODY_DOCUMENTS: a report speaks for a body, not for the person quoted last


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # unnamed: the description stands as the speaker (speaker_named false)
        ("Jane Doe has long claimed that the vote is rigged.\n\nThe report found that the agency had lost the emails.", "report"),
        # negatives: a body quoted before issued it; a statement a person made speaks for that person
        ("Amnesty International said on Monday that prisoners were tortured.\n\nThe report found that thousands had died.",
         "Amnesty International"),
        ("Jane Doe said in a statement that the vote was rigged.\n\nThe statement added that the count would be challenged.",
         "Jane Doe"),
    ],
)
def test_a_report_is_no_person_s_without_an_issuer(nlp, text, speaker):
    words = "thousands had died" if "thousands" in text else ("the agency" if "agency" in text else "the count")
    assert speaker_of(nlp, text, words) == speaker
