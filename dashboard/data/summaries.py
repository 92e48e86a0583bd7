"""Per-article pre-aggregates the pages group on every run, written once into the app's database.

The pages' heaviest queries grouped one row per mention (2.9 million entity rows at 100,000 articles)
by strings, or joined every quote with every place mention of its article. These tables hold the same
facts once per article, with integer ids, so that a filtered query is a semi-join on article_no over
fewer, narrower rows. Each is keyed by `article_no` (and sorted by it) like the per-article tables, so
`View` filters them the same way (store.py):

- `entity_names` (entity_no, canonical, label): one row per distinct (canonical, label), NULLs included;
- `entity_articles` (article_no, entity_no, mentions, outlet, published): one row per entity an article
  names, with its number of mentions there;
- `quote_places` (article_no, start, end, speaker, place_id): each quote (its first row's span, and its
  speaker) with a place mention inside one of its parts, once per place;
- `place_aliases` (article_no, alias, place_id, priority): the lower-cased, trimmed names (priority 0)
  and mention texts (priority 1) each article uses for a place, for matching figures' places;
- `speaker_articles` (article_no, speaker_no, speaker, outlet, side, quotes, named, unnamed): per article,
  speaker (NULL: quotes with no speaker found) and speaker side, its statements (quote rows that continue
  a statement are parts of it, not counted), those by a named speaker and those by an unnamed source.
  `speaker_no` numbers the speakers in the order of their names.
"""

from __future__ import annotations

import duckdb

SUMMARY_TABLES = ("entity_names", "entity_articles", "quote_places", "place_aliases", "speaker_articles")


def build_summaries(con: duckdb.DuckDBPyConnection, at: str) -> None:
    """Create the summary tables in the catalog prefix `at` ("app." style) from the per-article tables."""
    con.execute(
        f"CREATE TABLE {at}entity_names AS SELECT CAST(row_number() OVER (ORDER BY canonical, label) AS INTEGER)"
        f" AS entity_no, canonical, label FROM (SELECT DISTINCT canonical, label FROM {at}entities)"
        " ORDER BY entity_no"
    )
    con.execute(
        f"CREATE TABLE {at}entity_articles AS SELECT e.article_no, n.entity_no,"
        " CAST(count(*) AS INTEGER) AS mentions, any_value(e.outlet) AS outlet,"
        f" any_value(e.published) AS published FROM {at}entities e JOIN {at}entity_names n"
        " ON e.canonical IS NOT DISTINCT FROM n.canonical AND e.label IS NOT DISTINCT FROM n.label"
        " GROUP BY e.article_no, n.entity_no ORDER BY e.article_no, n.entity_no"
    )
    # A quote is about a place when a mention of the place lies inside one of the quote's parts; a part that
    # continues a statement (`continues`) files its places under the statement's first row.
    con.execute(
        f'CREATE TABLE {at}quote_places AS SELECT DISTINCT s.article_no, s.start, s."end", s.speaker, l.place_id'
        f" FROM {at}quotes q JOIN {at}quotes s ON s.article_no = q.article_no AND ("
        '(q.continues IS NULL AND s.start = q.start AND s."end" = q."end" AND s.continues IS NULL)'
        " OR (s.quote_id = q.continues AND s.continues IS NULL))"
        f" JOIN {at}locations l ON l.article_no = q.article_no"
        ' AND l.start >= q.start AND l."end" <= q."end" ORDER BY ALL'
    )
    con.execute(
        f"CREATE TABLE {at}place_aliases AS SELECT DISTINCT article_no, lower(trim(place)) AS alias, place_id,"
        f" 0 AS priority FROM {at}locations UNION SELECT DISTINCT article_no, lower(trim(text)), place_id, 1"
        f" FROM {at}locations ORDER BY ALL"
    )
    # The Speakers page groups every kept statement by speaker four times a run (its top speakers, their
    # pairs, outlet by speaker, unnamed sources): counted here once per article, with integer speakers.
    con.execute(
        f"CREATE TABLE {at}speaker_articles AS SELECT q.article_no, n.speaker_no, q.speaker, any_value(q.outlet)"
        " AS outlet, q.speaker_side AS side, CAST(count(*) AS INTEGER) AS quotes,"
        " CAST(count(*) FILTER (WHERE q.speaker IS NOT NULL AND coalesce(q.speaker_named, true)) AS INTEGER) AS named,"
        " CAST(count(*) FILTER (WHERE q.speaker IS NOT NULL AND q.speaker_named = false) AS INTEGER) AS unnamed"
        f" FROM {at}quotes q LEFT JOIN (SELECT speaker, CAST(row_number() OVER (ORDER BY speaker) AS INTEGER)"
        f" AS speaker_no FROM (SELECT DISTINCT speaker FROM {at}quotes WHERE speaker IS NOT NULL)) n USING (speaker)"
        " WHERE q.continues IS NULL GROUP BY q.article_no, n.speaker_no, q.speaker, q.speaker_side ORDER BY ALL"
    )
