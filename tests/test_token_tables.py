"""The attribute ruler and lemmatizer as table look-ups (pipeline/token_tables.py) annotate exactly as the
model's own components do: spaCy's components are the oracle, over invented sentences that reach each kind
of rule the model's ruler holds and over invented rules that test the ruler's order and its operators."""

from __future__ import annotations

import copy

import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from pipeline import token_tables
from pipeline.nlp import load_nlp, model_name
from pipeline.token_tables import (
    AttributeTable,
    LemmaTable,
    TableComponent,
    Unsupported,
    look_up_exact_words,
    replace_with_tables,
)

ANNOTATIONS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]

# Sentences that reach each kind of rule in the model's ruler: the tag map, words with their tag ("not",
# "is", "'s"), dependency rules ("do" and "have" as main verbs, auxiliaries, "that" as a pronoun, object
# pronouns, "there is"), two-token rules ("gonna", "gotta", "let's", "c'mon", "y'all", "ain't"), regular
# expressions ("nothin'") and whitespace tokens.
SENTENCES = [
    "The children were killed in Aleppo on Tuesday, officials said.",
    "It is not over, and they aren't leaving; I'm sure he's gone.",
    "They did it because they had to. Do you have that?",
    "Rebels gave it to me and told you that this was theirs.",
    "There is a checkpoint, there are two roads and there's no way out.",
    "We're gonna stay. You gotta go. Let's see. C'mon, y'all, it ain't nothin' new.",
    "Nothin' was left.\n\n  The shelling   resumed at dawn .",
    "Which of these were destroyed? Those that were hit burned.",
    "He has been wounded, she had said, and they'd have known.",
    "“We will rebuild,” the governor said in a statement released on 12 March 2016.",
    # One word and part of speech whose lemma turns on its morphology ("lay": to lay, or lay as in lie).
    "He will lay the wreath where they lay wounded.",
    # One word and morphology whose lemma turns on its part of speech (a plural name, a plural noun).
    "The Homs were there.",
    "Shelling hit Homs.",
    # Two-token rules at a document's start and end, where a match would run off it; an empty document.
    "Is there any hope left?",
    "They said we are gon",
    "It ai",
    "",
]


@pytest.fixture(scope="module")
def stock():
    """The model as shipped (its own ruler and lemmatizer), and Docs parsed up to the ruler."""
    nlp = spacy.load(model_name())
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(nlp.pipe(SENTENCES))
    return nlp, docs


def annotated(docs, *components):
    out = []
    for doc in docs:
        doc = doc.copy()
        for component in components:
            doc = component(doc)
        out.append(doc)
    return out


def test_the_tables_annotate_as_the_models_ruler_and_lemmatizer(stock):
    nlp, docs = stock
    ruler, lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
    expected = annotated(docs, ruler, lemmatizer)
    got = annotated(docs, AttributeTable(ruler), LemmaTable(lemmatizer))
    for want, have in zip(expected, got, strict=True):
        assert [(t.text, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in have] == [
            (t.text, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in want
        ]
        assert (have.to_array(ANNOTATIONS) == want.to_array(ANNOTATIONS)).all()
    # The sentences do reach the rules that are not the tag map: without them these annotations differ.
    words = {}
    for token in (t for doc in got for t in doc):
        words.setdefault(token.text, token)  # each word's first use
    assert words["gon"].lemma_ == "go" and words["na"].lemma_ == "to"
    assert words["not"].pos_ == "PART" and words["Nothin'"].lemma_ == "nothing"
    assert words["did"].pos_ == "VERB" and words["were"].pos_ == "AUX"
    assert [t.lemma_ for doc in got for t in doc if t.text == "lay"] == ["lay", "lie"]
    assert [(t.pos_, t.lemma_) for doc in got for t in doc if t.text == "Homs"] == [
        ("PROPN", "Homs"),
        ("NOUN", "hom"),
    ]


def test_the_pipeline_runs_the_tables_under_the_models_names_in_the_models_order():
    nlp = load_nlp()
    assert isinstance(nlp.get_pipe("attribute_ruler"), TableComponent)
    assert isinstance(nlp.get_pipe("lemmatizer"), TableComponent)
    model_order = [name for name in spacy.load(model_name()).pipe_names]
    assert [name for name in nlp.pipe_names if name in model_order] == model_order
    doc = nlp("Officials said it was not over.")
    assert [t.lemma_ for t in doc] == ["official", "say", "it", "be", "not", "over", "."]
    assert [t.pos_ for t in doc][:4] == ["NOUN", "VERB", "PRON", "AUX"]


def invented_ruler(nlp, entries):
    ruler = nlp.add_pipe("attribute_ruler", name=f"invented_{len(nlp.pipe_names)}", last=True)
    for patterns, attrs, index in entries:
        ruler.add(patterns, attrs, index=index)
    nlp.remove_pipe(ruler.name)
    return ruler


INVENTED = [
    # A later rule wins on the token both annotate.
    ([[{"LOWER": "east"}]], {"POS": "NOUN", "LEMMA": "eastward"}, 0),
    ([[{"TAG": "NN", "LOWER": "east"}]], {"POS": "ADV"}, 0),
    # IN, NOT_IN and REGEX operators.
    ([[{"LOWER": {"IN": ["aleppo", "idlib"]}, "TAG": {"NOT_IN": ["NN"]}}]], {"MORPH": "Number=Sing"}, 0),
    ([[{"LOWER": {"REGEX": "ppo$"}}]], {"LEMMA": "city"}, 0),
    # A three-token rule annotating its last token, then an earlier one-token rule it must override...
    ([[{"LOWER": "east"}, {"LOWER": "of"}, {"TAG": "NNP"}]], {"POS": "X"}, -1),
    # ...and a one-token rule after it in order, which wins over it.
    ([[{"LOWER": "idlib"}]], {"POS": "PROPN"}, 0),
    # A rule with no equality test (tried at every token), and one that sets the dependency label.
    (
        [[{"DEP": {"NOT_IN": ["", "punct"]}, "TAG": {"NOT_IN": ["NNP", "NN"]}, "LOWER": {"REGEX": "^t"}}]],
        {"TAG": "XX"},
        0,
    ),
    ([[{"IS_PUNCT": True}]], {"DEP": "dep"}, 0),
    # A two-token rule found from its second token, at a document's first token (nothing before it), and
    # one with no equality or IN test on any token.
    ([[{"TAG": "NNP"}, {"LOWER": "said"}]], {"LEMMA": "named"}, 1),
    ([[{"LOWER": {"REGEX": "^eas"}}, {"TAG": {"NOT_IN": ["XX"]}}]], {"MORPH": "Case=Loc"}, 1),
]


def test_invented_rules_keep_the_rulers_order_operators_and_index(stock):
    nlp, _ = stock
    ruler = invented_ruler(nlp, INVENTED)
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(
            nlp.pipe(
                [
                    "The shelling east of Aleppo and east of Idlib hit al-Bab and Aleppo, they said.",
                    "Shelling there: the town of Idlib, then the al-Qaeda fighters took Aleppo.",
                    "Said to be in Aleppo",
                ]
            )
        )
    expected = annotated(docs, ruler)
    got = annotated(docs, AttributeTable(ruler))
    for want, have in zip(expected, got, strict=True):
        assert (have.to_array(ANNOTATIONS) == want.to_array(ANNOTATIONS)).all()
    first = got[0]
    by_text = {(t.text, t.i): t for t in first}
    assert by_text[("east", 2)].pos_ == "ADV" and by_text[("east", 2)].lemma_ == "eastward"
    assert by_text[("Aleppo", 4)].pos_ == "X"  # the three-token rule, on its last token
    assert by_text[("Idlib", 8)].pos_ == "PROPN"  # a later one-token rule over the three-token one
    assert by_text[("Aleppo", 4)].lemma_ == "city"  # the regular expression
    assert by_text[("Aleppo", 4)].morph.get("Number") == ["Sing"]  # IN, and NOT_IN passed (NNP)
    assert {t.dep_ for t in first if t.is_punct} == {"dep"}
    assert [t.text for t in first if t.tag_ == "XX"] == ["The", "they"]  # the rule with no equality test
    assert [t.text for t in first if t.morph.get("Case") == ["Loc"]] == ["of", "of"]
    assert got[2][0].lemma_ != "named"  # "Said" opens the document: no name before it


@pytest.mark.parametrize(
    "entry",
    [
        ([[{"LOWER": "the", "OP": "?"}, {"LOWER": "town"}]], {"POS": "X"}, 1),  # a quantifier
        ([[{"POS": "NOUN"}]], {"LEMMA": "x"}, 0),  # POS compares as a symbol, not a string's hash
        ([[{"LOWER": {"FUZZY": "aleppo"}}]], {"POS": "X"}, 0),  # an operator not reproduced
        ([[{"LOWER": "town"}]], {"NORM": "x"}, 0),  # sets an attribute the tables do not write
    ],
)
def test_a_ruler_with_rules_the_tables_do_not_reproduce_stays_the_models(stock, entry):
    nlp, _ = stock
    ruler = invented_ruler(nlp, [entry])
    with pytest.raises(Unsupported):
        AttributeTable(ruler)
    pipeline = spacy.blank("en")
    pipeline.add_pipe("attribute_ruler").add(*entry[:2], index=entry[2])
    assert replace_with_tables(pipeline) == []
    assert type(pipeline.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"


def test_the_lemma_cache_is_bounded_and_a_cleared_cache_gives_the_same_lemmas(stock, monkeypatch):
    nlp, docs = stock
    ruler, lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
    expected = annotated(docs, ruler, lemmatizer)
    monkeypatch.setattr(token_tables, "CACHE_SIZE", 5)
    table = LemmaTable(lemmatizer)
    got = annotated(docs, ruler, table)
    assert len(table.cache) <= 5
    for want, have in zip(expected, got, strict=True):
        assert [t.lemma_ for t in have] == [t.lemma_ for t in want]


def test_the_lemma_table_looks_forms_up_in_sets_of_its_own_copy(stock):
    nlp, _ = stock
    lemmatizer = nlp.get_pipe("lemmatizer")
    table = LemmaTable(lemmatizer)
    index = table.lemmatizer.lookups.get_table("lemma_index")
    assert isinstance(index.get("noun"), frozenset)
    assert table.lemmatizer.lemmatize.__self__ is table.lemmatizer  # spaCy binds `lemmatize` at creation
    assert isinstance(lemmatizer.lookups.get_table("lemma_index").get("noun"), list)  # the model's untouched


def entity_ruler(patterns):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(patterns)
    return nlp, ruler


EXACT_WORDS = [
    {"label": "GROUP", "pattern": [{"ORTH": "IS"}], "id": "Islamic State"},
    {"label": "GROUP", "pattern": [{"ORTH": "ISIS"}], "id": "Islamic State"},
    {"label": "LOC", "pattern": [{"ORTH": "Old"}, {"ORTH": "City"}], "id": "old-city"},
    {"label": "LOC", "pattern": [{"ORTH": "City"}], "id": "a city"},
    {"label": "LOC", "pattern": [{"ORTH": "Old"}, {"ORTH": "City"}, {"ORTH": "Walls"}]},
    {"label": "FAC", "pattern": [{"ORTH": "City"}, {"ORTH": "Walls"}]},
    {"label": "LOC", "pattern": "old aleppo"},  # a phrase pattern (LOWER), kept by the ruler's own matcher
]
WORD_TEXTS = [
    "IS fighters entered the Old City Walls and the Old City; City Walls of Old Aleppo. Is it ISIS?",
    "is the old city, OLD CITY and Old Aleppo City Walls City",
]


def test_an_entity_rulers_exact_words_are_matched_as_its_matcher_matches_them():
    nlp, ruler = entity_ruler(EXACT_WORDS)
    docs = [nlp.make_doc(text) for text in WORD_TEXTS]
    expected = [list(ruler.matcher(doc)) for doc in docs]
    expected_ents = [[(e.text, e.label_, e.ent_id_) for e in ruler(doc.copy()).ents] for doc in docs]
    assert look_up_exact_words(ruler)
    assert [ruler.matcher(doc) for doc in docs] == expected
    assert [[(e.text, e.label_, e.ent_id_) for e in ruler(doc.copy()).ents] for doc in docs] == expected_ents
    assert ("Old City Walls", "LOC", "") in expected_ents[0] and (
        "IS",
        "GROUP",
        "Islamic State",
    ) in expected_ents[0]
    assert not any(text == "is" for text, *_ in expected_ents[1])  # exact words: case counts
    with pytest.raises(RuntimeError):
        ruler.matcher.add("LOC", [[{"ORTH": "Aleppo"}]])


def test_an_entity_ruler_with_other_token_patterns_keeps_its_matcher():
    _, ruler = entity_ruler([{"label": "LOC", "pattern": [{"LOWER": "aleppo"}]}])
    assert not look_up_exact_words(ruler)
    assert type(ruler.matcher).__name__ == "Matcher"


def test_a_lemmatizer_that_overwrites_is_followed(stock):
    nlp, docs = stock
    ruler = nlp.get_pipe("attribute_ruler")
    overwriting = copy.copy(nlp.get_pipe("lemmatizer"))
    overwriting.overwrite = True
    expected = annotated(docs, ruler, overwriting)
    got = annotated(docs, ruler, LemmaTable(overwriting))
    assert [[t.lemma_ for t in doc] for doc in got] == [[t.lemma_ for t in doc] for doc in expected]
    # the ruler's lemma of "n't" ("not") is the rule lemmatizer's to overwrite
    assert [[t.lemma_ for t in doc] for doc in got] != [
        [t.lemma_ for t in doc] for doc in annotated(docs, ruler)
    ]


def test_the_row_and_string_caches_are_bounded(stock, monkeypatch):
    nlp, docs = stock
    ruler = nlp.get_pipe("attribute_ruler")
    expected = annotated(docs, ruler)
    monkeypatch.setattr(token_tables, "CACHE_SIZE", 3)
    table = AttributeTable(ruler)
    got = annotated(docs, table)
    assert len(table._row_rules) <= 3 and len(table._strings) <= 3
    for want, have in zip(expected, got, strict=True):
        assert (have.to_array(ANNOTATIONS) == want.to_array(ANNOTATIONS)).all()


def test_exact_words_under_two_keys_keep_the_rulers_matcher():
    # The ruler picks between equal spans by their order in a set; that is not reproduced, so it is refused.
    _, ruler = entity_ruler(
        [
            {"label": "B", "pattern": [{"ORTH": "Homs"}]},
            {"label": "A", "pattern": [{"ORTH": "Old"}, {"ORTH": "City"}]},
            {"label": "B", "pattern": [{"ORTH": "Old"}, {"ORTH": "City"}]},
        ]
    )
    assert not look_up_exact_words(ruler)
    _, ruler = entity_ruler([{"label": "A", "pattern": [{"ORTH": "Homs"}]}] * 2)  # the same pattern twice
    assert look_up_exact_words(ruler)
    assert ruler.matcher(spacy.blank("en").make_doc("in Homs")) == [(ruler.nlp.vocab.strings["A"], 1, 2)]
