"""The speaker network: who is quoted alongside whom, and whom each speaker's quotes mention.

Returned as plain tables so the app can filter by outlet and date before drawing: every edge keeps
the article_ids it was built from. Computed in DuckDB over the quote and entity datasets (files or
in-memory frames), so a corpus of any size is aggregated out of core, not in Python dictionaries.
"""

from __future__ import annotations

import duckdb
import pandas as pd
import pyarrow as pa

from .speakers import government_of_seat

NODE_COLUMNS = ["node_id", "name", "kind", "side", "label", "n_quotes", "n_articles", "quotes_by_outlet"]
EDGE_COLUMNS = ["source", "target", "kind", "weight", "article_ids"]
QUOTE_COLUMNS = ["article_id", "start", "end", "kind", "speaker", "speaker_side", "speaker_label", "quote_id", "continues"]
ENTITY_COLUMNS = ["article_id", "start", "end", "canonical", "label"]

OUTLET_COUNT = pa.struct([("outlet", pa.string()), ("n", pa.int64())])
NODE_SCHEMA = pa.schema([
    ("node_id", pa.large_string()), ("name", pa.large_string()), ("kind", pa.large_string()),
    ("side", pa.large_string()), ("label", pa.large_string()), ("n_quotes", pa.int64()),
    ("n_articles", pa.int64()), ("quotes_by_outlet", pa.list_(OUTLET_COUNT)),
])
EDGE_SCHEMA = pa.schema([
    ("source", pa.large_string()), ("target", pa.large_string()), ("kind", pa.large_string()),
    ("weight", pa.int64()), ("article_ids", pa.list_(pa.string())),
])


def node_id(kind: str, name: str) -> str:
    return f"{kind}:{name}"


# The quotes that have a speaker, each with its statement: the quote_id it continues, else its own, else
# (start, kind) for rows without ids; so that a statement mentioning an entity in two parts counts once.
# The rows continuing a quote past its attribution (`continues`, pipeline.quotes.parts) are parts of one.
SPEAKER_QUOTES_SQL = """
CREATE OR REPLACE TEMP TABLE speaker_quotes AS
SELECT article_id, start, "end", kind, speaker, speaker_side, speaker_label, continues, ord,
       coalesce(nullif(continues, ''), nullif(quote_id, '')) AS statement_id
FROM {quotes} WHERE speaker IS NOT NULL
"""

# One node per speaker, from its statements: its most frequent side and label (the smallest among equally
# frequent ones), and its statements by outlet ("unknown" for an article without one).
SPEAKER_NODES_SQL = """
WITH statements AS (
    SELECT q.speaker, q.article_id, q.speaker_side, q.speaker_label, coalesce(a.outlet, 'unknown') AS outlet
    FROM speaker_quotes q LEFT JOIN {articles} a USING (article_id) WHERE q.continues IS NULL
), sides AS (
    SELECT speaker, speaker_side AS side FROM (
        SELECT speaker, speaker_side, count(*) AS n FROM statements WHERE speaker_side IS NOT NULL GROUP BY ALL
    ) QUALIFY row_number() OVER (PARTITION BY speaker ORDER BY n DESC, speaker_side) = 1
), labels AS (
    SELECT speaker, speaker_label AS label FROM (
        SELECT speaker, speaker_label, count(*) AS n FROM statements WHERE speaker_label IS NOT NULL GROUP BY ALL
    ) QUALIFY row_number() OVER (PARTITION BY speaker ORDER BY n DESC, speaker_label) = 1
), outlets AS (
    SELECT speaker, list({{'outlet': outlet, 'n': n}} ORDER BY outlet) AS quotes_by_outlet
    FROM (SELECT speaker, outlet, count(*) AS n FROM statements GROUP BY ALL) GROUP BY speaker
)
SELECT 'speaker:' || speaker AS node_id, speaker AS name, 'speaker' AS kind, side, label,
       count(*) AS n_quotes, count(DISTINCT article_id) AS n_articles, any_value(quotes_by_outlet) AS quotes_by_outlet
FROM statements LEFT JOIN sides USING (speaker) LEFT JOIN labels USING (speaker) JOIN outlets USING (speaker)
GROUP BY speaker, side, label ORDER BY speaker
"""

# Mentions: entities whose span lies inside a speaker's quote, the speaker's own name excluded. A seat of
# power mentioned ("Moscow", "the Kremlin") is the government that speaks elsewhere ("Russia"): one node.
MENTIONS_SQL = """
CREATE OR REPLACE TEMP TABLE mentions AS
SELECT q.speaker, coalesce(g.government, e.canonical) AS canonical, e.label, q.article_id, q.ord,
       {{'id': q.statement_id, 'start': CASE WHEN q.statement_id IS NULL THEN q.start END,
        'kind': CASE WHEN q.statement_id IS NULL THEN q.kind END}} AS statement,
       e.start, e."end", e.canonical AS written
FROM speaker_quotes q
JOIN {entities} e ON e.article_id = q.article_id AND e.start >= q.start AND e.start < q."end" AND e."end" <= q."end"
LEFT JOIN seat_governments g ON g.name = e.canonical
WHERE coalesce(g.government, e.canonical) <> q.speaker
"""

# Entity nodes: each mentioned name with the label of its first mention (in quote order, then text order).
ENTITY_NODES_SQL = """
SELECT 'entity:' || canonical AS node_id, canonical AS name, 'entity' AS kind, NULL::VARCHAR AS side,
       first(label ORDER BY ord, start, "end", written, label) AS label, 0::BIGINT AS n_quotes,
       count(DISTINCT article_id) AS n_articles, []::STRUCT(outlet VARCHAR, n BIGINT)[] AS quotes_by_outlet
FROM mentions GROUP BY canonical ORDER BY canonical
"""

# "co-quoted" joins two speakers quoted in the same article (weight: such articles); "mentions" a speaker
# to an entity inside their quotes (weight: statements).
EDGES_SQL = """
WITH speakers AS (SELECT DISTINCT article_id, speaker FROM speaker_quotes),
co_quoted AS (
    SELECT 0 AS part, a.speaker AS a, b.speaker AS b, count(*) AS weight, list(article_id ORDER BY article_id) AS article_ids
    FROM speakers a JOIN speakers b USING (article_id) WHERE a.speaker < b.speaker GROUP BY ALL
), mentioned AS (
    SELECT 1 AS part, speaker AS a, canonical AS b, count(DISTINCT {'article': article_id, 'statement': statement}) AS weight,
           list_sort(list_distinct(list(article_id))) AS article_ids
    FROM mentions GROUP BY ALL
)
SELECT 'speaker:' || a AS source,
       CASE part WHEN 0 THEN 'speaker:' || b ELSE 'entity:' || b END AS target,
       CASE part WHEN 0 THEN 'co-quoted' ELSE 'mentions' END AS kind, weight, article_ids
FROM (SELECT * FROM co_quoted UNION ALL SELECT * FROM mentioned) ORDER BY part, a, b
"""


def speaker_network_tables(
    con: duckdb.DuckDBPyConnection, quotes: str, entities: str, articles: str
) -> tuple[pa.Table, pa.Table]:
    """(nodes, edges) of the speaker network, as Arrow tables (`NODE_SCHEMA`, `EDGE_SCHEMA`).

    `quotes`, `entities` and `articles` are SQL relations (a table name or `read_parquet(...)`) with the
    columns `QUOTE_COLUMNS` plus `ord` (the rows' order), `ENTITY_COLUMNS`, and (article_id, outlet).

    nodes: one row per speaker (kind "speaker") and per entity mentioned inside a speaker's quotes
    (kind "entity"), speakers first, each in name order; `quotes_by_outlet` is a list of {"outlet", "n"}
    structs. edges: "co-quoted" joins two speakers quoted in the same article (weight = number of such
    articles); "mentions" joins a speaker to an entity inside their quotes (weight = number of
    statements). Speakerless quotes are left out. Uses temporary tables of `con` (replaced if present).
    """
    con.execute(SPEAKER_QUOTES_SQL.format(quotes=quotes))
    names = [row[0] for row in con.execute(f"SELECT DISTINCT canonical FROM {entities} WHERE canonical IS NOT NULL").fetchall()]
    seats = [(name, government) for name in names if (government := government_of_seat(name))]
    seat_table = pa.table({"name": pa.array([s[0] for s in seats], pa.string()),
                           "government": pa.array([s[1] for s in seats], pa.string())})
    con.register("seat_governments", seat_table)
    con.execute(MENTIONS_SQL.format(entities=entities))
    speaker_nodes = con.sql(SPEAKER_NODES_SQL.format(articles=articles)).to_arrow_table()
    entity_nodes = con.sql(ENTITY_NODES_SQL).to_arrow_table()
    edges = con.sql(EDGES_SQL).to_arrow_table()
    nodes = pa.concat_tables([speaker_nodes.cast(NODE_SCHEMA), entity_nodes.cast(NODE_SCHEMA)])
    con.unregister("seat_governments")
    con.execute("DROP TABLE speaker_quotes; DROP TABLE mentions")
    return nodes, edges.cast(EDGE_SCHEMA)


def speaker_network(
    quotes: pd.DataFrame, entities: pd.DataFrame, articles: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """`speaker_network_tables` of in-memory frames, as pandas frames whose list cells are Python lists.

    quotes: `QUOTE_COLUMNS` (quote_id and continues may be missing), in text order; entities:
    `ENTITY_COLUMNS`; articles: article_id and outlet.
    """
    con = duckdb.connect(":memory:")
    try:
        con.register("network_quotes", _typed(quotes, QUOTE_COLUMNS).append_column("ord", pa.array(range(len(quotes)), pa.int64())))
        con.register("network_entities", _typed(entities, ENTITY_COLUMNS))
        con.register("network_articles", _typed(articles, ["article_id", "outlet"]))
        nodes, edges = speaker_network_tables(con, "network_quotes", "network_entities", "network_articles")
    finally:
        con.close()
    return (pd.DataFrame(nodes.to_pylist(), columns=NODE_COLUMNS), pd.DataFrame(edges.to_pylist(), columns=EDGE_COLUMNS))


def _typed(frame: pd.DataFrame, columns: list[str]) -> pa.Table:
    """`columns` of `frame` as an Arrow table, offsets as int64 and the rest as strings (so that an empty or
    all-None column has a type); a column the frame lacks is all nulls."""
    return pa.table({
        column: pa.array(
            frame[column] if column in frame else [None] * len(frame),
            pa.int64() if column in ("start", "end") else pa.string(),
            from_pandas=True,  # NaN is a missing value
        )
        for column in columns
    })
