"""The speaker network from tiny inline tables."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa

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


def test_side_and_label_are_the_most_frequent_the_smallest_on_a_tie():
    quotes = pd.DataFrame({
        "article_id": ["a1", "a1", "a2", "a2"], "start": [0, 50, 0, 50], "end": [40, 90, 40, 90],
        "kind": ["direct"] * 4, "speaker": ["Ann Lee"] * 4,
        "speaker_side": ["b side", "a side", "b side", "a side"], "speaker_label": ["PERSON", "ORG", "ORG", None],
    })
    nodes, _ = speaker_network(quotes, ENTITIES.iloc[0:0], ARTICLES)
    ann = nodes.set_index("name").loc["Ann Lee"]
    assert ann["side"] == "a side"  # two each: the smaller
    assert ann["label"] == "ORG"  # two against one; the missing label does not count


def test_a_statement_continued_past_its_attribution_counts_once():
    quotes = pd.DataFrame({
        "article_id": ["a1", "a1", "a1"], "start": [0, 60, 120], "end": [40, 100, 160], "kind": ["direct"] * 3,
        "speaker": ["Ann Lee", "Ann Lee", "Bo Chan"], "speaker_side": [None] * 3, "speaker_label": ["PERSON"] * 3,
        "quote_id": ["q1", "q2", "q3"], "continues": [None, "q1", None],
    })
    entities = pd.DataFrame({"article_id": ["a1", "a1"], "start": [10, 70], "end": [16, 76],
                             "canonical": ["Aleppo", "Aleppo"], "label": ["GPE", "GPE"]})
    nodes, edges = speaker_network(quotes, entities, ARTICLES)
    assert nodes.set_index("name").loc["Ann Lee", "n_quotes"] == 1  # the continuation is not a statement
    mention = edges[edges["kind"] == "mentions"].set_index("source").loc["speaker:Ann Lee"]
    assert mention["weight"] == 1 and mention["article_ids"] == ["a1"]
    assert list(edges.loc[edges["kind"] == "co-quoted", "source"]) == ["speaker:Ann Lee"]


def test_an_empty_network_has_typed_columns():
    import duckdb

    from pipeline.network import EDGE_SCHEMA, NODE_SCHEMA, speaker_network_tables

    con = duckdb.connect()
    con.execute("CREATE TABLE q (article_id VARCHAR, start BIGINT, \"end\" BIGINT, kind VARCHAR, speaker VARCHAR,"
                " speaker_side VARCHAR, speaker_label VARCHAR, quote_id VARCHAR, continues VARCHAR, ord BIGINT)")
    con.execute("CREATE TABLE e (article_id VARCHAR, start BIGINT, \"end\" BIGINT, canonical VARCHAR, label VARCHAR)")
    con.execute("CREATE TABLE a (article_id VARCHAR, outlet VARCHAR)")
    nodes, edges = speaker_network_tables(con, "q", "e", "a")
    assert nodes.num_rows == 0 and nodes.schema == NODE_SCHEMA
    assert edges.num_rows == 0 and edges.schema == EDGE_SCHEMA


def test_the_network_of_written_datasets_is_the_network_of_their_rows(tmp_path):
    """The build aggregates the quote and entity files it has written, in their row order."""
    from pipeline.corpus import speaker_network_of_datasets
    from pipeline.records import Article

    QUOTES.assign(quote_id=None, continues=None).to_parquet(tmp_path / "quotes.parquet")
    ENTITIES.to_parquet(tmp_path / "entities.parquet")
    articles = [Article(article_id=a, source_id=a, outlet=o, title=t, published=None, text="", source=a,
                        listed_date=None, n_words=0)
                for a, o, t in zip(ARTICLES["article_id"], ARTICLES["outlet"], ARTICLES["title"], strict=True)]
    nodes, edges = speaker_network_of_datasets(articles, tmp_path, tmp_path / "work")
    expected_nodes, expected_edges = speaker_network(QUOTES, ENTITIES, ARTICLES)
    assert nodes.to_pylist() == pa.Table.from_pandas(expected_nodes, preserve_index=False).to_pylist()
    assert edges.to_pylist() == pa.Table.from_pandas(expected_edges, preserve_index=False).to_pylist()
    assert {"speaker:John Kerry", "entity:Russia"} <= set(nodes.column("node_id").to_pylist())
