"""A quote interrupted by its own attribution is one statement in several rows (pipeline.quotes.parts): the
first row keeps the whole statement in `quote` and its first part as [start, end), each further part is a row
whose `continues` is the first row's quote_id. The gold scores statements, the app counts them, the reader
shows every part, the network counts a statement once. Invented sentences and tables."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard import data
from dashboard import filters as flt
from pipeline.evaluation.quotes import match, statements
from pipeline.network import speaker_network
from tests import sample_data as sample
from tests.test_quote_constructions import run


def rows_of(nlp, text):
    return [(q.kind, text[q.start : q.end], q.quote, q.quote_id, q.continues) for q in run(nlp, text)]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # a direct quote whose marks open again after the attribution
        ('"The talks have failed completely," the minister said, "and nobody in the room expects a deal."',
         "The talks have failed completely,", "and nobody in the room expects a deal."),
        ('"We will not leave," said Ahmad Khalil, a teacher, "whatever they drop on us this winter."',
         "We will not leave,", "whatever they drop on us this winter."),
        # reported speech around a medial attribution
        ("Lenox was a juggernaut in the market, Mr. Clarke said, until the company lost its biggest client.",
         "Lenox was a juggernaut in the market", "until the company lost its biggest client"),
        # set off by commas, a part with no verb of its own is still content
        ("The city is, as one resident put it to me, a prison for everyone.", "The city is", "a prison for everyone"),
        ("The attack killed at least 12 people, the monitor said, most of them children.",
         "The attack killed at least 12 people", "most of them children"),
        # comma-less "according to" between the parts
        ("The strikes were aimed according to the ministry at terrorist positions only.",
         "The strikes were aimed", "at terrorist positions only"),
        # an attribution in brackets; a "but" clause of the same speaker's words
        ("The talks (according to two diplomats) will resume next week in Geneva.",
         "The talks", "will resume next week in Geneva"),
        ("The city is calm, a resident said, but the shelling could resume at any moment.",
         "The city is calm", "but the shelling could resume at any moment"),
        # a long attribution runs to its closing comma
        ("The ceasefire, the envoy said on Monday in Geneva after meeting the two delegations for more than five"
         " hours, was holding.", "The ceasefire", "was holding"),
    ],
)
def test_a_quote_interrupted_by_its_attribution_is_one_row_per_part(nlp, text, first, second):
    quotes = run(nlp, text)
    assert len(quotes) == 2, [(q.quote, q.continues) for q in quotes]
    head, tail = quotes
    assert text[head.start : head.end] == first and text[tail.start : tail.end] == second
    assert head.continues is None and tail.continues == head.quote_id and tail.quote_id != head.quote_id
    assert first.rstrip(",") in head.quote and second in head.quote  # the whole statement stays on the first row
    assert tail.quote == second
    # the source phrase and the cue lie between the parts, in no part
    assert head.end <= head.speaker_start < head.speaker_end <= tail.start
    assert (tail.speaker, tail.speaker_start, tail.cue_start) == (head.speaker, head.speaker_start, head.cue_start)


@pytest.mark.parametrize(
    "text",
    [
        '"The talks have failed completely and nobody expects a deal," the minister said.',  # attribution after
        "The minister said that the talks had failed and that nobody expected a deal this year.",  # before
        '"The talks have failed," the minister said. "Nobody expects a deal this year."',  # two sentences
    ],
)
def test_a_quote_with_its_attribution_outside_is_one_row_a_part(nlp, text):
    assert all(q.continues is None for q in run(nlp, text)), rows_of(nlp, text)
    for q in run(nlp, text):
        assert q.speaker_start is None or not q.start < q.speaker_start < q.end


@pytest.mark.parametrize(
    "text",
    [
        # comma-less text where the parse ends the source phrase inside the name: the words after it are the rest
        # of the name, not a second part of what was said
        "Victims include 8 children in the eastern city of Ashara Syrian Observatory for Human Rights said on Monday.",
        "A woman and a child died of suffocation after helicopters dropped explosive barrels on the neighbourhoods"
        " of Seif al-Dawla and Zubdiya the Syrian Observatory for Human Rights reported.",
    ],
)
def test_the_rest_of_a_source_phrase_is_no_part(nlp, text):
    quotes = run(nlp, text)
    assert quotes and all(q.continues is None for q in quotes), rows_of(nlp, text)
    assert all("Human Rights" not in text[q.start : q.end] for q in quotes), rows_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "source", "first"),
    [
        ("The death toll was 32, according to the White Helmets, but activists put it at 45.",
         "the White Helmets", "The death toll was 32"),
        ("The toll is 30, the ministry said, and activists put it at 45.", "the ministry", "The toll is 30"),
    ],
)
def test_a_clause_with_a_report_of_its_own_is_no_part_of_it(nlp, text, source, first):
    quotes = [q for q in run(nlp, text) if q.speaker_text == source]
    assert [(text[q.start : q.end], q.continues) for q in quotes] == [(first, None)]


def test_the_gold_scores_an_interrupted_quote_as_one_statement(nlp):
    text = '"The talks have failed completely," the minister said, "and nobody in the room expects a deal."'
    found = statements(run(nlp, text))
    assert len(found) == 1 and found[0].end == text.index('."') + 1
    gold = [{"kind": "direct", "text_start": "The talks have failed completely", "speaker": None}]
    assert match(found, gold, text)[0][1] is found[0]


def test_the_network_counts_a_statement_once():
    quotes = pd.DataFrame(
        {
            "article_id": ["a1", "a1", "a1"],
            "start": [0, 60, 120],
            "end": [40, 100, 160],
            "kind": ["direct"] * 3,
            "speaker": ["Jane Doe"] * 3,
            "speaker_side": [None] * 3,
            "speaker_label": ["PERSON"] * 3,
            "quote_id": ["a1:0", "a1:60", "a1:120"],
            "continues": [None, "a1:0", None],  # two statements, the first in two parts
        }
    )
    entities = pd.DataFrame(
        {"article_id": ["a1", "a1"], "start": [10, 70], "end": [16, 76], "text": ["Russia"] * 2,
         "label": ["GPE"] * 2, "canonical": ["Russia"] * 2}
    )
    articles = pd.DataFrame({"article_id": ["a1"], "outlet": ["AFP"], "published": [None], "title": ["t"]})
    nodes, edges = speaker_network(quotes, entities, articles)
    assert nodes.set_index("name").loc["Jane Doe", "n_quotes"] == 2
    mentions = edges[edges["kind"] == "mentions"]
    assert mentions["weight"].tolist() == [1]  # Russia in both parts of one statement


@pytest.fixture(scope="module")
def store_with_a_part(tmp_path_factory):
    """The sample datasets with one quote continued by a part that mentions a place of its article."""
    folder = sample.write(tmp_path_factory.mktemp("parts-sample"))
    quotes = pd.read_parquet(folder / "quotes.parquet")
    locations = pd.read_parquet(folder / "locations.parquet")
    quoted = quotes[quotes["article_id"].isin(set(locations["article_id"]))].iloc[0]
    place = locations[(locations["article_id"] == quoted["article_id"]) & (locations["start"] >= quoted["end"])]
    place = place.iloc[0]
    part = quoted.copy()
    part["start"], part["end"] = int(place["start"]), int(place["end"])
    part["quote_id"], part["continues"] = f"{quoted['quote_id']}:part", quoted["quote_id"]
    quotes["continues"] = None
    pd.concat([quotes, part.to_frame().T], ignore_index=True).astype(quotes.dtypes.to_dict()).to_parquet(
        folder / "quotes.parquet", index=False
    )
    return data.Store(folder), quoted, place, len(quotes)


def test_the_app_counts_statements_and_files_a_parts_places_under_its_statement(store_with_a_part):
    store, quoted, place, n_statements = store_with_a_part
    view = data.View(store, flt.Filters(), store.matching(flt.Filters()))
    assert int(view.query("SELECT count(*) AS n FROM {quotes}")["n"].iat[0]) == n_statements
    about = view.query(
        'SELECT start, "end" FROM {quote_places} WHERE place_id = $p AND article_no IN'
        " (SELECT article_no FROM {articles} WHERE article_id = $a)",
        {"p": place["place_id"], "a": quoted["article_id"]},
    )
    assert (int(quoted["start"]), int(quoted["end"])) in set(zip(about["start"], about["end"], strict=True))


def test_the_reader_shows_every_part(store_with_a_part, monkeypatch):
    store, quoted, place, _ = store_with_a_part
    monkeypatch.setattr(data, "store", lambda folder=None: store)
    shown = data.article(quoted["article_id"])["quotes"]
    assert (int(place["start"]), int(place["end"])) in set(zip(shown["start"], shown["end"], strict=True))
