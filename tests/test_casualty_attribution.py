"""Who a casualty figure is credited to: attribution constructions, each with invented sentences,
positive and negative."""

from __future__ import annotations

import pytest

from pipeline.casualties.quoted import with_quoted_sources
from pipeline.records import CasualtyFigure, Quote
from tests.test_casualties import figures


def credits(found):
    return [(f.number, f.attributed_to, f.source_unnamed) for f in found if f.part_of is None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # anonymous_source: a figure credited only to sources that name nobody stays unattributed.
        (
            "At least 30 people were killed in the strikes, according to medical sources in the city.",
            [(30, None, True)],
        ),
        ("Activists said 14 people were killed in the raid.", [(14, None, True)]),
        (
            "Forty people were killed in the south, state news agency SANA said, while a local hospital "
            "told AFP that eight others were killed in the north.",
            [(40, "SANA", False), (8, None, True)],
        ),
        # Negative: a named source's report of what its own people counted is the named source's.
        (
            "The Syrian Observatory for Human Rights said that its activists had counted 20 dead in the town.",
            [(20, "Syrian Observatory for Human Rights", False)],
        ),
        # Negative: a named source is credited; a role the article may name elsewhere is not anonymous.
        (
            "At least 30 people were killed in the strikes, according to the Syrian Observatory for Human Rights.",
            [(30, "Syrian Observatory for Human Rights", False)],
        ),
        (
            "The provincial governor said 12 people were killed in the blast.",
            [(12, None, False)],
        ),
        ("Nine people were killed in the blast on Sunday.", [(9, None, False)]),
    ],
)
def test_a_figure_credited_to_an_anonymous_source(nlp, text, expected):
    assert credits(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # local_media: "local media" is a crowd of outlets, not the outlet the article named before.
        (
            "Reuters photographers saw smoke over the city. Seven people were wounded, local media reported.",
            None,
        ),
        # Negative: a description of an outlet still points back to the one named before.
        (
            "Reuters photographers saw smoke over the city. Seven people were wounded, the news agency reported.",
            "Reuters",
        ),
    ],
)
def test_local_media_is_no_named_outlet(nlp, text, expected):
    found = figures(nlp, text)
    assert [(f.number, f.attributed_to) for f in found] == [(7, expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # quoted_object: "X quoted Y as saying" credits Y, not the outlet that quotes.
        ("SANA quoted local sources as saying that the shells killed ten civilians.", [(10, None)]),
        # Negative: the quoting outlet is still the source when it quotes nobody it names as an object,
        # and content cited is no source ("citing the death of 35 civilians").
        ("SANA reported that the shells killed ten civilians.", [(10, "SANA")]),
        (
            "The Syrian Network for Human Rights accused the regime of massacres, citing the deaths of 35 civilians.",
            [(35, "Syrian Network for Human Rights")],
        ),
    ],
)
def test_a_quoted_object_is_the_source(nlp, text, expected):
    assert [(f.number, f.attributed_to) for f in figures(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # according_outranks_verb: "according to X" credits the figure even when the parse hangs it
        # under another reporting verb of the sentence.
        (
            "Since the army announced a truce at least 359 civilians have been killed according "
            "to civil defense officials.",
            None,
        ),
        (
            "Since the army announced a truce at least 359 civilians have been killed according "
            "to the Syrian Observatory for Human Rights.",
            "Syrian Observatory for Human Rights",
        ),
    ],
)
def test_according_to_outranks_another_verb(nlp, text, expected):
    assert [(f.number, f.attributed_to) for f in figures(nlp, text)] == [(359, expected)]


def quote_holding(start, end, speaker):
    return Quote("t", start, end, "x", "indirect", speaker, speaker, None, None, "said", speaker_named=True)


@pytest.mark.parametrize(
    ("source", "speaker_text", "expected"),
    [
        ("State TV", "State TV", "Syrian state television"),  # the quote stage named the same phrase
        ("SANA", "activists", "SANA"),  # negative: another phrase keeps the figure's own source
    ],
)
def test_a_figure_takes_the_name_the_quote_stage_gave_its_source_phrase(source, speaker_text, expected):
    figure = CasualtyFigure("t", 10, 20, "x", 2, "two", "wounded", "people", "exact", None, None, source, None, False)
    quote = Quote("t", 0, 40, "x", "indirect", "Syrian state television", speaker_text, None, None, "said",
                  speaker_named=True)
    assert [f.attributed_to for f in with_quoted_sources([figure], [quote])] == [expected]


@pytest.mark.parametrize(("unnamed", "expected"), [(True, None), (False, "Governor Ali")])
def test_a_quote_speaker_never_fills_an_anonymously_credited_figure(unnamed, expected):
    figure = CasualtyFigure(
        "t",
        10,
        20,
        "x",
        5,
        "five",
        "killed",
        "people",
        "exact",
        None,
        None,
        None,
        None,
        False,
        source_unnamed=unnamed,
    )
    resolved = with_quoted_sources([figure], [quote_holding(0, 40, "Governor Ali")])
    assert [f.attributed_to for f in resolved] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # document_author: a document's author is the source ("figures compiled by X", "a report
        # released by X", "data from X").
        (
            "According to figures compiled by the Syrian Network for Human Rights, 374 people were killed.",
            "Syrian Network for Human Rights",
        ),
        (
            "According to a report released by Amnesty International, 13 people were executed.",
            "Amnesty International",
        ),
        # Negative: a report of events names no author; "reports said" names no source.
        ("According to a report of new clashes in the town, 40 people were killed.", None),
        ("Reports said 20 people were killed.", None),
    ],
)
def test_the_author_of_a_document_is_the_source(nlp, text, expected):
    assert [f.attributed_to for f in figures(nlp, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # recorded_by: the agent of a passive verb of keeping count is the figure's source
        ("At least 30 deaths were recorded by the Health Ministry in the town on Monday.", "Health Ministry"),
        ("It rose to 47 at least, the number of people who were documented by the Syrian Network for Human Rights "
         "of who were killed in the raid.", "Syrian Network for Human Rights"),
        # negative: the agent of a verb of harm is no source
        ("Twelve people were killed by warplanes of the Example Air Force in the town.", None),
        # negatives: a verb of keeping count that keeps no count of people
        ("The ceasefire, monitored by the United Nations, broke down on Tuesday when shelling killed 14 people.", None),
        ("In the camps, where refugees are registered by UNHCR, 12 Syrians died in a fire on Sunday.", None),
    ],
)
def test_a_count_kept_by_a_body_is_its_figure(nlp, text, expected):
    assert [f.attributed_to for f in figures(nlp, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # outlet_reporter: an outlet's reporter reports for the outlet, its apostrophe lost or not.
        ("SANAs correspondent in Aleppo said that 3 people were killed in the shelling.", "SANA"),
        ("SANA's reporter said that 4 people were wounded in the shelling.", "SANA"),
        # Negative: a reporter of no named outlet names no source.
        ("A local journalist said that 12 people were killed in the shelling.", None),
    ],
)
def test_an_outlets_reporter_reports_for_the_outlet(nlp, text, expected):
    assert [f.attributed_to for f in figures(nlp, text)] == [expected]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # printed_credited_headline: a headline the text prints, ending in a credit without a colon,
        # takes the source of the body figure it repeats.
        ("Air raids kill 25 civilians in the north Monitor", "Syrian Observatory for Human Rights"),
        # Negative: "Reports" names nobody; a headline without a credit is the outlet's own words.
        ("Air raids kill 25 civilians in the north Reports", None),
        ("Air raids kill 25 civilians in the north", None),
    ],
)
def test_a_printed_headline_with_a_credit_takes_the_body_source(nlp, title, expected):
    from pipeline.casualties import casualty_figures
    from tests.test_casualties import entities_of, places_of

    body = "At least 25 civilians were killed in air raids on the town, the Syrian Observatory for Human Rights said."
    doc = nlp(f"{title}\n\n{body}")
    entities = entities_of(doc)
    found = casualty_figures(
        doc, article_id="t", published=None, entities=entities, places=places_of(doc, entities), title=title
    )
    assert [(f.number, f.in_headline, f.attributed_to) for f in found] == [
        (25, True, expected),
        (25, False, "Syrian Observatory for Human Rights"),
    ]


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # continues_previous_report: a toll sentence about the same events continues the source.
        (
            "Another 113 people were killed by rebel fire in the same period.",
            "Syrian Observatory for Human Rights",
        ),
        ("The airstrikes also left 30 people wounded.", "Syrian Observatory for Human Rights"),
        # Negative: a toll sentence about other events, with no source of its own, is the outlet's.
        ("Another four people died in rocket fire on the western districts.", None),
        ("Regime forces also shelled the town of Zamalka, killing seven people.", None),
    ],
)
def test_a_toll_sentence_continues_the_previous_source_only_about_the_same_events(nlp, second, expected):
    first = "At least 409 civilians have been killed in the offensive, according to the Syrian Observatory for Human Rights."
    found = figures(nlp, f"{first} {second}")
    assert [f.attributed_to for f in found] == ["Syrian Observatory for Human Rights", expected]


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # person_by_surname: a surname alone is the person named in full before.
        (
            "Explosions in the capital killed 20 people and Moumtzis said the toll would rise.",
            "Panos Moumtzis",
        ),
    ],
)
def test_a_surname_alone_is_the_person_named_before(nlp, second, expected):
    first = "The UN regional coordinator Panos Moumtzis visited the city on Monday."
    found = figures(nlp, f"{first} {second}")
    assert [(f.number, f.attributed_to) for f in found] == [(20, expected)]


@pytest.mark.parametrize(
    ("earlier", "expected"), [("Panos Moumtzis", "Panos Moumtzis"), ("Jan Egeland", None)]
)
def test_person_by_surname_needs_an_earlier_full_name(nlp, earlier, expected):
    from pipeline.casualties.source_names import person_by_surname
    from pipeline.records import EntityMention

    doc = nlp("Explosions killed 20 people and Moumtzis said the toll would rise.")
    head = next(t for t in doc if t.text == "Moumtzis")
    known = person_by_surname(head, [EntityMention("t", 0, 0, earlier, "PERSON", earlier)])
    assert (known.name if known else None) == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # according_next_sentence: "According to X the strikes ..." credits the figures just reported.
        ("According to Anadolu Agency the airstrikes hit three towns since Sunday night.", "Anadolu Agency"),
        # Negative: a credit line about other matters does not reach back.
        ("According to Anadolu Agency talks on a truce resumed in Geneva on Monday.", None),
    ],
)
def test_an_according_to_sentence_about_the_same_events_credits_the_previous_figures(nlp, second, expected):
    first = "Regime airstrikes killed five civilians and injured 15 others in the Houla region."
    found = figures(nlp, f"{first} {second}")
    assert [(f.number, f.attributed_to) for f in found] == [(5, expected), (15, expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # placeless_local_body: "a Police Command source" does not say which command: unnamed.
        ("A Police Command source told SANA that two shells hit the district, killing two people.", None),
        # Negative: the command of a named place is a named body.
        (
            "A source at Aleppo Police Command told SANA that two shells hit the district, killing two people.",
            "Aleppo Police Command",
        ),
    ],
)
def test_a_local_body_without_its_place_names_no_source(nlp, text, expected):
    assert [(f.number, f.attributed_to) for f in figures(nlp, text)] == [(2, expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # name_before_acronym: a comma-less trailing source whose acronym follows it in brackets.
        (
            "Regime airstrikes killed 20 civilians on Monday in the old city Syria Live Network (SLN) reported.",
            (20, "Syria Live Network", False),
        ),
        # a_witness: a single witness names nobody.
        ("Two people were slightly hurt in the town a witness said.", (2, None, True)),
        # Negative: a bracketed word that is no acronym of a name gives no source.
        ("Strikes killed 20 civilians on Monday near the market (photo) reported.", (20, None, False)),
    ],
)
def test_trailing_sources_with_acronyms_and_witnesses(nlp, text, expected):
    assert credits(figures(nlp, text)) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reporter_after_counted_subject: "... wounded 60 people said the Observatory", commas lost.
        (
            "The air strikes on the town also wounded more than 60 people said the Observatory a "
            "British-based war monitoring group.",
            (60, "Syrian Observatory for Human Rights", False),
        ),
        # Negative: people who report with a that-clause stay the subject.
        ("Three witnesses said the town was shelled and 12 people were killed.", (12, None, True)),
        # Negative: whom one tells is the addressee ("told Anadolu Agency"), not the reporter
        ("The missiles fired from a Syrian warplane also wounded 25 others Ahmad Abu Rees told Anadolu Agency.",
         (25, "Ahmad Abu Rees", False)),
    ],
)
def test_a_reporter_after_a_counted_subject(nlp, text, expected):
    assert credits(figures(nlp, text)) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known body's name misspelt by a letter or two is that body, as for quote speakers
        ("At least 19 people were killed overnight according to the Syrian Obervatorty for Human Rights.",
         [(19, "Syrian Observatory for Human Rights", False)]),
        # negative: a body the tables do not know keeps its name as written
        ("At least 19 people were killed overnight according to the Syrian Organisation for Human Rights.",
         [(19, "Syrian Organisation for Human Rights", False)]),
    ],
)
def test_a_misspelt_known_source_is_named_as_the_tables_name_it(nlp, text, expected):
    assert credits(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kind of unnamed source is no anaphor of the outlet named before it
        ("AFP reported the blast on Monday. About 100 people were wounded according to the medical source in "
         "the city.", [(100, None, True)]),
        # "the source" after an unnamed source is that unnamed source
        ("AFP reported the blast on Monday. A military source said 10 soldiers were killed. The source said 20 "
         "others were wounded.", [(10, None, True), (20, None, True)]),
        # negative: "the source" after a named body is that body
        ("The Syrian Observatory for Human Rights said 10 soldiers were killed. The source said 20 others were "
         "wounded.", [(10, "Syrian Observatory for Human Rights", False), (20, "Syrian Observatory for Human Rights", False)]),
    ],
)
def test_the_source_refers_to_the_source_just_quoted(nlp, text, expected):
    assert credits(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A description with its own nationality never resolves to another country's body.
        (
            "The Syrian Arab Army said it had taken the town. On Monday the Turkish military said one of "
            "its soldiers had been killed in a car bomb.",
            [(1, "Turkish military", False)],
        ),
        # Without a nationality, or with the same one, the description is the body named before.
        (
            "The Syrian Arab Army said it had taken the town. On Monday the Syrian military said five "
            "soldiers had been killed.",
            [(5, "Syrian Arab Army", False)],
        ),
        ("SANA said the town was shelled. Syrian state media said five soldiers had been killed.",
         [(5, "SANA", False)]),
        # An unnamed source of that nationality stays unnamed.
        ("A Turkish military source said two soldiers were killed.", [(2, None, True)]),
    ],
)
def test_a_nationality_rules_out_another_countrys_body(nlp, text, expected):
    assert credits(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("body", "speaker_text", "label", "expected"),
    [
        # the person the quote names as speaking for the body is the source
        ("Syrian Observatory for Human Rights", "The Observatory director", "PERSON", "Rami Abdel Rahman"),
        ("Kurdish National Council", "member of the Kurdish National Council Mustafa Sino", "PERSON", "Mustafa Sino"),
        # negatives: a person who does not speak for that body, and a body speaking
        ("Syrian Observatory for Human Rights", "Kurdish official Mustafa Sino", "PERSON", "Syrian Observatory for Human Rights"),
        ("Syrian Observatory for Human Rights", "the Observatory", "ORG", "Syrian Observatory for Human Rights"),
    ],
)
def test_a_person_speaking_for_the_credited_body_is_the_source(body, speaker_text, label, expected):
    figure = CasualtyFigure("t", 10, 20, "x", 5, "five", "killed", "people", "exact", None, None, body, None, False)
    speaker = expected if label == "PERSON" and expected != body else "Someone Else"
    quote = Quote("t", 0, 40, "x", "indirect", speaker, speaker_text, None, None, "said", speaker_named=True,
                  speaker_label=label)
    assert [f.attributed_to for f in with_quoted_sources([figure], [quote])] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the outlet written next to "reporter" is the reporter's, not a body named before it
        ("More than 200 others were injured including a photographer from al-Alam TV channel SANA reporter said.",
         "SANA"),
        # negative: one outlet only
        ("More than 200 others were injured, an AFP correspondent said.", "Agence France-Presse"),
    ],
)
def test_the_outlet_next_to_the_reporter_is_the_source(nlp, text, expected):
    assert {f.attributed_to for f in figures(nlp, text) if f.number == 200} == {expected}


def test_a_headline_credit_word_is_no_name(nlp):
    text = ("Air strikes kill 70 people after rebel rocket attack Monitor\n\nAir strikes killed at least 70 people "
            "outside the city, a monitoring group said. The Syrian Observatory for Human Rights said the toll was high.")
    assert {f.attributed_to for f in figures(nlp, text) if f.number == 70} <= {None, "Syrian Observatory for Human Rights"}
    assert "Syrian Observatory for Human Rights" in {f.attributed_to for f in figures(nlp, text)}


@pytest.mark.parametrize(("headline_source", "expected"), [("Monitor", "SANA"), (None, "SANA"), ("UNICEF", "UNICEF")])
def test_a_headline_figure_credited_by_a_describing_word_takes_the_body_source(headline_source, expected):
    from pipeline.casualties.headline_credits import with_credited_headline_sources

    body = CasualtyFigure("t", 10, 20, "x", 5, "five", "killed", "people", "exact", None, None, "SANA", None, False,
                          figure_id="t:10")
    head = CasualtyFigure("t", 0, 0, "Strikes kill 5: monitor", 5, "5", "killed", "people", "exact", None, None,
                          headline_source, None, False, figure_id="t:0", in_headline=True, repeats="t:10")
    resolved = with_credited_headline_sources([head, body], "Strikes kill 5: monitor")
    assert resolved[0].attributed_to == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a figure in the object of a verb of condemning is the condemner's
        ("On Thursday the Russian Foreign Ministry condemned coalition airstrikes on the town that left 18 civilians "
         "dead.", "Russian Foreign Ministry"),
        ("The UN condemned the killing of 18 civilians in the town.", "United Nations"),
        # negative: an object that carries no figure of the condemner's, and no condemning at all
        ("Jets struck the town on Monday and killed 18 civilians.", None),
    ],
)
def test_a_figure_in_what_is_condemned_is_the_condemners(nlp, text, source):
    (figure,) = figures(nlp, text)
    assert (figure.attributed_to or None) == source


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # source_names.event_between: a name before an event noun is the event's party, not the source
        ("At least 23 militants were killed in a U.S.-led coalition operation security sources said.", [None]),
        ("Ten fighters died in a Free Syrian Army attack local sources said.", [None]),
        # negatives: a name that is the source's own; an event noun naming the body's unit
        ("At least 23 militants were killed on Sunday the U.S.-led coalition said.", ["U.S.-led coalition"]),
        ("Eight fighters were killed in the raid, Hezbollah war media sources said.", ["Hezbollah"]),
        ("Eight fighters were killed in the raid, Free Syrian Army operations room sources said.", ["Free Syrian Army"]),
    ],
)
def test_a_party_to_the_event_is_not_the_source(nlp, text, expected):
    assert [f.attributed_to for f in figures(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # source_names.entity_for: a long name with its abbreviation in parentheses is the abbreviation's body
        ("The attack claimed the lives of 27 children the United Nations International Childrens Emergency "
         "Fund (UNICEF) said.", ["UNICEF"]),
        # negative: a person's affiliation in parentheses
        ("Jane Doe (UN) said 27 children were killed.", ["Jane Doe"]),
    ],
)
def test_a_long_name_credits_the_body_its_abbreviation_names(nlp, text, expected):
    assert [f.attributed_to for f in figures(nlp, text)] == expected


# ---- quoted.read_the_same_pronoun: the quote stage's reading of "it said" wins over the last source named


@pytest.mark.parametrize(
    ("sentence", "speaker_text", "cue_start", "expected"),
    [
        # "But it later said that at least 37 were hurt": the quote stage resolved "it"
        ("But it later said that at least 37 were hurt.", "it", 4, "Syrian state television"),
        # negatives: the sentence credits the figure itself; the quote's source is no pronoun; its cue is
        # in another sentence
        ("But it later said that at least 37 were hurt, according to the Observatory.", "it", 4,
         "Syrian Observatory for Human Rights"),
        ("But SANA later said that at least 37 were hurt.", "SANA", 4, "Syrian Observatory for Human Rights"),
        ("At least 37 were hurt.", "it", 200, "Syrian Observatory for Human Rights"),
    ],
)
def test_a_pronoun_source_is_the_one_the_quote_stage_resolved(sentence, speaker_text, cue_start, expected):
    figure = CasualtyFigure("t", 30, 32, sentence, 37, "37", "wounded", "people", "exact", None, None,
                            "Syrian Observatory for Human Rights", None, False, sentence_start=0)
    quote = Quote("t", 20, 60, "x", "indirect", "Syrian state television", speaker_text, None, None, "said",
                  speaker_named=True, cue_start=cue_start, cue_end=cue_start + 4)
    assert [f.attributed_to for f in with_quoted_sources([figure], [quote])] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # comma-less: an unnamed source the lexicon knows ends the sentence; not the Observatory's figure
        ("Aircraft killed at least 10 people in a camp a monitor said. The strikes came as a car bomb wounded at "
         "least 37 people including children in a government-controlled neighbourhood in the central city of Homs "
         "state television reported. The Syrian Observatory for Human Rights said the camp was hit twice.",
         # bare "state television" in an article about Syria is Syria's (GUIDELINES, 2 December 2026)
         [(10, "Syrian Observatory for Human Rights"), (37, "Syrian state television")]),
        # negative: a sentence with no source of its own that goes on about the same strikes keeps it
        ("Aircraft killed at least 10 people in a camp, the Observatory said. The strikes also wounded at least "
         "37 people in the city.", [(10, "Syrian Observatory for Human Rights"), (37, "Syrian Observatory for Human Rights")]),
    ],
)
def test_a_trailing_generic_source_run_into_the_figure_is_its_own(nlp, text, expected):
    assert [(f.number, f.attributed_to) for f in figures(nlp, text)] == expected


@pytest.mark.parametrize(
    ("source", "speaker", "expected"),
    [
        # relayed_by_an_outlet: an outlet's figure in the content of someone else's quote is that source's
        ("SANA", "Aleppo Police Command", ("Aleppo Police Command", "SANA")),
        # negatives: a quote by an outlet, and a figure credited to no outlet, keep the figure's own source
        ("SANA", "Reuters", ("SANA", None)),
        ("Syrian Observatory for Human Rights", "Aleppo Police Command", ("Syrian Observatory for Human Rights", None)),
    ],
)
def test_an_outlet_relays_the_figure_of_the_source_it_quotes(source, speaker, expected):
    figure = CasualtyFigure("t", 10, 20, "x", 2, "two", "killed", "people", "exact", None, None, source, None, False)
    outer = Quote("t", 0, 60, "x", "indirect", source, source, None, None, "said", speaker_named=True)
    inner = Quote("t", 5, 40, "x", "indirect", speaker, "a source", None, None, "saying", speaker_named=True)
    found = with_quoted_sources([figure], [outer, inner])
    assert [(f.attributed_to, f.relayed_by) for f in found] == [expected]


def test_an_outlet_s_own_figure_inside_another_s_quote_stays_the_outlet_s(nlp):
    from pipeline.casualties import casualty_figures
    from pipeline.entities import entity_mentions
    from pipeline.quotes import quotes

    text = ("Observatory head Rami Abdel Rahman told AFP that at least 18 civilians were killed, while state news "
            "agency SANA reported 25 dead.")
    doc = nlp(text)
    entities = entity_mentions(doc, article_id="t")
    found = casualty_figures(doc, article_id="t", published=None, entities=entities, places=[])
    resolved = with_quoted_sources(found, quotes(doc, article_id="t", entities=entities))
    assert [(f.number, f.attributed_to) for f in resolved if f.number == 25] == [(25, "SANA")]


def test_the_reporter_quoting_a_source_relays_its_figures(nlp):
    from pipeline.entities import entity_mentions
    from pipeline.quotes import quotes

    text = ("Two persons were killed in Aleppo, according to SANA reporter in Aleppo. The reporter quoted a source "
            "at Aleppo Police Command as saying that the terrorists shelled al-Hamadaniyeh, killing two people "
            "and injuring 6 others.")
    doc = nlp(text)
    entities = entity_mentions(doc, article_id="t")
    from pipeline.casualties import casualty_figures

    found = casualty_figures(doc, article_id="t", published=None, entities=entities, places=[])
    resolved = with_quoted_sources(found, quotes(doc, article_id="t", entities=entities))
    assert [(f.number, f.attributed_to, f.relayed_by) for f in resolved if f.type == "wounded"] == [
        (6, "Aleppo Police Command", "SANA")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the medical charity" is the charity named before it, under its French or English name
        ("At least 50 people were killed when air strikes destroyed a hospital supported by Médecins Sans "
         "Frontières, the medical charity said.", "Doctors Without Borders"),
        ("At least 50 people were killed when air strikes destroyed a hospital supported by Doctors Without "
         "Borders, the medical charity said.", "Doctors Without Borders"),
        # negative: no charity named before or after
        ("At least 50 people were killed when air strikes destroyed a hospital, the medical charity said.",
         "medical charity"),
    ],
)
def test_a_charity_described_is_the_charity_named(nlp, text, expected):
    assert [f.attributed_to for f in figures(nlp, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short sentence that credits its own count lends its source to no figure before it
        ("A nurse died. Three people were killed, SANA said.", [None, "SANA"]),
        # negative: a bare "X said." after a figure credits it
        ("Five people were killed in the shelling. SANA said.", ["SANA"]),
        # a bare kind of body the article never names describes no one
        ("Nine civilians were killed, the agency said.", [None]),
        ("Nine civilians were killed, the group said.", [None]),
        # negative: a body described in words of its own keeps them
        ("Nine civilians were killed, the Russian center for reconciliation said.", ["Russian Center for Reconciliation"]),
        # one ministry is not another: the portfolio must recur
        ("Three people were killed, the interior ministry said. Five people died, the health ministry said.",
         [None, None]),
        ("The Syrian Ministry of Health held a briefing. Five people died, the health ministry said.",
         ["Syrian Ministry of Health"]),
    ],
)
def test_sources_a_sentence_lends_and_bodies_described_by_a_bare_kind(nlp, text, expected):
    assert [f.attributed_to for f in figures(nlp, text)] == expected


def test_review_a_breakdown_sentence_lends_its_source_to_the_toll_before(nlp):
    found = figures(nlp, "Seven civilians were killed in Aleppo. Two were children, the Observatory said.")
    assert [(f.number, f.attributed_to) for f in found] == [(7, "Syrian Observatory for Human Rights")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A description of state media names a state-run outlet the text names, never a private wire.
        (
            "BEIRUT (Reuters) - At least 12 people were killed when shells hit the Hamdaniya district, "
            "state media said.",
            [(12, None, False)],
        ),
        (
            "Reuters photographers saw smoke over the city. Eight people were wounded, state television said.",
            [(8, None, False)],
        ),
        # Negative: the state news agency the text names is what "state media" means.
        (
            "State news agency SANA said the town was shelled. Later, state media said nine people were killed.",
            [(9, "SANA", False)],
        ),
        # The wire a dateline credits reports the story: "the agency" after it is no body the text cites.
        (
            "DAMASCUS (Xinhua) -- At least 12 people were killed on Tuesday when rebels shelled the city, "
            "the agency said.",
            [(12, None, False)],
        ),
        # Negative: an agency the text cites in a sentence is "the agency" of the next.
        (
            "DAMASCUS (AP) -- Six people were killed on Tuesday, Reuters reported. Five more were wounded, "
            "the agency said.",
            [(6, "Reuters", False), (5, "Reuters", False)],
        ),
    ],
)
def test_state_media_and_a_dateline_credit_are_not_the_wire(nlp, text, expected):
    assert credits(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # source_phrases.by_a_source_s_count: the keeper of a tally named by a possessive or "of"
        ("By the Observatory's count, 45 civilians were killed on Tuesday.", [(45, "Syrian Observatory for Human Rights")]),
        ("By UN estimates, 400 people have been killed in the province.", [(400, "United Nations")]),
        # Negative: a tally with no keeper names no source
        ("By one count, 30 people died in the shelling.", [(30, None)]),
        ("By some estimates, 30 people died in the shelling.", [(30, None)]),
    ],
)
def test_a_count_credited_by_its_keeper(nlp, text, expected):
    assert [(f.number, f.attributed_to) for f in figures(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # source_names.body_named_only_before_its_member: a body's name before a member noun names no source
        ("A UN official said 300 people had been displaced.", [(300, None)]),
        ("The NDF official told AFP that two fighters were wounded.", [(2, None)]),
        # Negatives: a member "with" a body speaks for it; a person named after the office is the person
        ("An official with the SDF said 4 fighters were wounded.", [(4, "Syrian Democratic Forces")]),
        ("UN spokesman Stephane Dujarric said 300 people had been displaced.", [(300, "Stephane Dujarric")]),
    ],
)
def test_a_body_named_only_before_its_member(nlp, text, expected):
    assert [(f.number, f.attributed_to) for f in figures(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # attribution.crediting_sources: the body quoted or cited, not the outlet quoting it
        ("Reuters quoted the Observatory as saying 15 soldiers were killed.", [(15, "Syrian Observatory for Human Rights")]),
        ("Al Arabiya, citing the Syrian Observatory, said 24 people died.", [(24, "Syrian Observatory for Human Rights")]),
        # an unnamed source cited leaves the figure unattributed, as quoting one does
        ("State media reported citing a military source that the army had killed 28 fighters.", [(28, None)]),
        # Negative: the content cited is no source
        ("Citing the death of 35 people, the Observatory called for a truce.", [(35, None)]),
    ],
)
def test_the_body_quoted_or_cited_is_the_source(nlp, text, expected):
    assert [(f.number, f.attributed_to) for f in figures(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # source_phrases.toll_revised_by: the body that revises a toll
        ("The Observatory raised the death toll to 44.", [(44, "Syrian Observatory for Human Rights")]),
        # source_phrases.by_a_source_s_count: "per X"
        ("Ten people were killed, per the Observatory.", [(10, "Syrian Observatory for Human Rights")]),
        # source_phrases.tally_that_shows: a kept count that shows the figure
        ("Figures compiled by the Syrian Network for Human Rights show 22 civilians were killed.",
         [(22, "Syrian Network for Human Rights")]),
        # Negatives: an event raises no toll as a source; pictures keep no count; a rate is no figure
        ("The strike raised the death toll to 44.", [(44, None)]),
        ("Footage showed 12 bodies in the street.", [(12, None)]),
    ],
)
def test_tolls_revised_per_and_shown_by_their_keepers(nlp, text, expected):
    assert [(f.number, f.attributed_to) for f in figures(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a province run into "a monitor said" (no comma): the parse makes the province speak
        ("An air strike killed 38 civilians as they fled fighting in eastern Syrias Deir Ezzor province a monitor said.",
         [(38, None)]),
        # a governorate's administration speaks
        ("A source at Deir Ezzor Governorate told SANA that 2 people were killed.", [(2, "Deir Ezzor Governorate")]),
    ],
)  # fmt: skip
def test_a_province_is_no_source_its_governorate_is(nlp, text, expected):
    assert [(n, source) for n, source, _ in credits(figures(nlp, text))] == expected
