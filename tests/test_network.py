"""The speaker network from tiny inline tables."""

from __future__ import annotations

import pandas as pd

from pipeline.network import speaker_network

ARTICLES = pd.DataFrame(
    {
        "article_id": ["a1", "a2"],
        "outlet": ["AFP", "Reuters"],
        "published": [None, None],
        "title": ["t1", "t2"],
    }
)
QUOTES = pd.DataFrame(
    {
        "article_id": ["a1", "a1", "a1", "a2", "a2", "a2"],
        "start": [0, 50, 100, 0, 60, 120],
        "end": [40, 90, 140, 40, 100, 160],
        "quote": ["q"] * 6,
        "kind": ["direct", "indirect", "direct", "direct", "indirect", "direct"],
        "speaker": ["John Kerry", "Sergei Lavrov", "John Kerry", "John Kerry", "Sergei Lavrov", None],
        "speaker_side": [
            "US and Western governments",
            "Russia",
            "US and Western governments",
            "US and Western governments",
            "Russia",
            None,
        ],
        "speaker_label": ["PERSON"] * 5 + [None],
    }
)
ENTITIES = pd.DataFrame(
    {
        "article_id": ["a1", "a1", "a2", "a2"],
        "start": [10, 110, 5, 150],
        "end": [16, 116, 11, 155],
        "text": ["Russia", "Russia", "Russia", "Assad"],
        "label": ["GPE", "GPE", "GPE", "PERSON"],
        "canonical": ["Russia", "Russia", "Russia", "Bashar al-Assad"],
    }
)


def test_speaker_nodes_count_quotes_by_outlet():
    nodes, _ = speaker_network(QUOTES, ENTITIES, ARTICLES)
    kerry = nodes.set_index("name").loc["John Kerry"]
    assert kerry["n_quotes"] == 3 and kerry["n_articles"] == 2
    assert kerry["quotes_by_outlet"] == [{"outlet": "AFP", "n": 2}, {"outlet": "Reuters", "n": 1}]
    assert kerry["side"] == "US and Western governments"


def test_co_quoted_edge_counts_articles_and_keeps_ids():
    _, edges = speaker_network(QUOTES, ENTITIES, ARTICLES)
    co = edges[edges["kind"] == "co-quoted"]
    assert len(co) == 1
    edge = co.iloc[0]
    assert {edge["source"], edge["target"]} == {"speaker:John Kerry", "speaker:Sergei Lavrov"}
    assert edge["weight"] == 2 and edge["article_ids"] == ["a1", "a2"]


def test_mentions_edge_counts_quotes_and_skips_unattributed():
    nodes, edges = speaker_network(QUOTES, ENTITIES, ARTICLES)
    mention = edges[(edges["kind"] == "mentions") & (edges["target"] == "entity:Russia")]
    assert mention.set_index("source").loc["speaker:John Kerry", "weight"] == 3
    # Assad is mentioned only inside the quote with no speaker: no node, no edge.
    assert "entity:Bashar al-Assad" not in set(nodes["node_id"])


def test_tables_survive_parquet(tmp_path):
    nodes, edges = speaker_network(QUOTES, ENTITIES, ARTICLES)
    nodes.to_parquet(tmp_path / "nodes.parquet")
    edges.to_parquet(tmp_path / "edges.parquet")
    back = pd.read_parquet(tmp_path / "nodes.parquet")
    assert len(back) == len(nodes)
    assert pd.read_parquet(tmp_path / "edges.parquet")["article_ids"].map(len).sum() > 0


def test_empty_inputs():
    nodes, edges = speaker_network(QUOTES.iloc[0:0], ENTITIES.iloc[0:0], ARTICLES.iloc[0:0])
    assert nodes.empty and edges.empty


def test_seats_mentioned_in_quotes_are_their_government():
    entities = pd.DataFrame(
        {"article_id": ["a1", "a1"], "start": [2, 105], "end": [8, 111], "canonical": ["Moscow", "Russia"],
         "label": ["GPE", "GPE"]}
    )
    nodes, edges = speaker_network(QUOTES, entities, ARTICLES)
    entity_names = set(nodes.loc[nodes["kind"] == "entity", "name"])
    assert entity_names == {"Russia"}  # "Moscow" and "Russia" are one node
    assert set(edges.loc[edges["kind"] == "mentions", "target"]) == {"entity:Russia"}
