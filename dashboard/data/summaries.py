"""Per-article pre-aggregates the pages group on every run, written once into the app's database.

The pages' heaviest queries grouped one row per mention (2.9 million entity rows at 100,000 articles)
by strings, or joined every quote with every place mention of its article. These tables hold the same
facts once per article, with integer ids, so that a filtered query is a semi-join on article_no over
fewer, narrower rows. Each is keyed by `article_no` (and sorted by it) like the per-article tables, so
`View` filters them the same way (store.py):

- `entity_names` (entity_no, canonical, label): one row per distinct (canonical, label), NULLs included;
- `entity_articles` (article_no, entity_no, mentions, outlet, published): one row per entity an article
  names, with its number of mentions there;
- `person_articles` (article_no, entity_no): the rows of `entity_articles` that are people with a name;
- `quote_places` (article_no, start, end, speaker, place_id): each quote (its first row's span, and its
  speaker) with a place mention inside one of its parts, once per place;
- `place_aliases` (article_no, alias, place_id, priority): the lower-cased, trimmed names (priority 0)
  and mention texts (priority 1) each article uses for a place, for matching figures' places;
- `place_mentions` (article_no, place_id, beyond_aleppo, mentions): per article and place, its mentions;
  `beyond_aleppo` marks mentions of a place outside Aleppo city with coordinates (the Map's other places);
- `place_names` (place_id, place, kind, country, lat, lon): one row per place mapped beyond Aleppo, with the
  name and coordinates of its first mention (by article number and offset);
- `place_tolls` (article_no, alias, type, attributed_to, reported): per article, the killed and wounded
  figures that can be added up (`ADDABLE`) summed by the lower-cased place they name, type and source;
- `figure_sums` (article_no, figure_date, type, group, place, attributed_to, outlet, reported, figures): per
  article, the figures that can be added up (`ADDABLE`) of every type, summed (`reported`) and counted
  (`figures`) by their date (`FIGURE_DATE`: the event's day, else the article's publication date), type,
  victim group, place and source; `outlet` is the article's; `first_of_type` marks an article's first row
  of a type, `first_of_source` its first row of a type and source (ORDER BY ALL), for counting articles
  without a distinct count;
- `speaker_articles` (article_no, speaker_no, speaker, outlet, side, quotes, named, unnamed): per article,
  speaker (NULL: quotes with no speaker found) and speaker side, its statements (quote rows that continue
  a statement are parts of it, not counted), those by a named speaker and those by an unnamed source.
  `speaker_no` numbers the speakers in the order of their names. `first_of_speaker` marks an article's
  first row of a speaker, `first_named` its first row of a speaker with named statements.
- `article_counts` (article_no, casualties, quotes, locations, entities): per article with any, its rows
  of each per-article table as a view counts them (quotes: statements, not the rows continuing one).
- `incident_counts` (article_no, type, incidents, disagreeing): per article and type, the incidents that
  article alone reports, and how many of them have reports that disagree (`min` <> `max`).
"""

from __future__ import annotations

import duckdb

SUMMARY_TABLES = (
    "entity_names", "entity_articles", "person_articles", "quote_places", "place_aliases", "place_mentions", "place_names", "place_tolls",
    "figure_sums", "speaker_articles", "article_counts", "incident_counts",
)
# An entity that is a person with a name (the Overview's "People named").
NAMED_PERSON = "label = 'PERSON' AND canonical IS NOT NULL"
# A quote's statement is its first row: the rows continuing a quote past its attribution are parts of it
# (pipeline.quotes.parts), shown by the Reader, not counted again.
STATEMENTS = "continues IS NULL"
# The rows `article_counts` counts per article, by table: those every view keeps of its kept articles.
COUNTED_ROWS = {"casualties": "true", "quotes": STATEMENTS, "locations": "true", "entities": "true"}
# Tables of the list above with no article_no: not filtered by a view.
CORPUS_SUMMARIES = ("entity_names", "place_names")

# Figures that can be added up: a number, not a running total, not a sub-count of another figure. A
# toll is added once: not a headline or reprint repeating a body figure, nor a second source's count of
# a toll the article gave before (`estimate_of`: incidents keep both as reports).
ADDABLE = (
    "number IS NOT NULL AND NOT coalesce(cumulative, false) AND part_of IS NULL AND repeats IS NULL"
    " AND estimate_of IS NULL"
)
# The date a figure is charted by: the day its article says the deaths or injuries happened, else the
# article's publication date.
FIGURE_DATE = "coalesce(CAST(event_date AS TIMESTAMP), CAST(published AS TIMESTAMP))"
# A mention the Map draws among the places beyond the city: outside Aleppo, with coordinates.
BEYOND_ALEPPO = "NOT coalesce(in_aleppo, false) AND lat IS NOT NULL"


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
    # The Overview counts the people its articles name on every run: a tenth of entity_articles' rows are
    # people (1.4 of 15.7 million at 1,000,000 articles), so their own table is a tenth of the scan.
    con.execute(
        f"CREATE TABLE {at}person_articles AS SELECT article_no, entity_no FROM {at}entity_articles WHERE entity_no IN"
        f" (SELECT entity_no FROM {at}entity_names WHERE {NAMED_PERSON}) ORDER BY article_no, entity_no"
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
    # The Map counts every kept mention per place, and the figures per place they name, on every run: 1.1
    # million mentions and 620,000 figures at 100,000 articles, 570,000 and 215,000 rows here.
    con.execute(
        f"CREATE TABLE {at}place_mentions AS SELECT article_no, place_id, {BEYOND_ALEPPO} AS beyond_aleppo,"
        f" CAST(count(*) AS INTEGER) AS mentions FROM {at}locations GROUP BY ALL ORDER BY ALL"
    )
    con.execute(
        f"CREATE TABLE {at}place_names AS SELECT DISTINCT ON (place_id) place_id, place, kind, country, lat, lon"
        f" FROM {at}locations WHERE {BEYOND_ALEPPO} ORDER BY place_id, article_no, start"
    )
    con.execute(
        f"CREATE TABLE {at}place_tolls AS SELECT article_no, lower(place) AS alias, type, attributed_to,"
        f" sum(number) AS reported FROM {at}casualties WHERE {ADDABLE} AND type IN ('killed', 'wounded')"
        " GROUP BY ALL ORDER BY ALL"
    )
    # The Casualties page sums every kept figure that adds up twice a run (its chart by period, its totals by
    # outlet and source): 6.2 million figures at 1,000,000 articles, about half of them addable, fewer
    # still once an article's figures of one date, type, group, place and source are one row.
    # The totals count the articles behind each outlet's and source's figures: a distinct count of the
    # article numbers of every kept row took most of 590 ms after a broad search there, a count of the
    # rows that open an article's type (or type and source) a third of it.
    sums = (
        f'SELECT article_no, {FIGURE_DATE} AS figure_date, type, "group", place, attributed_to,'
        " any_value(outlet) AS outlet, CAST(sum(number) AS BIGINT) AS reported, CAST(count(*) AS INTEGER) AS figures"
        f' FROM {at}casualties WHERE {ADDABLE} GROUP BY article_no, figure_date, type, "group", place, attributed_to'
    )
    in_order = 'figure_date, "group", place, attributed_to'
    con.execute(
        f"CREATE TABLE {at}figure_sums AS SELECT *,"
        f" row_number() OVER (PARTITION BY article_no, type ORDER BY {in_order}) = 1 AS first_of_type,"
        f" row_number() OVER (PARTITION BY article_no, type, attributed_to ORDER BY {in_order}) = 1 AS first_of_source"
        f" FROM ({sums}) ORDER BY article_no, figure_date, type, \"group\", place, attributed_to"
    )
    # The Speakers page groups every kept statement by speaker four times a run (its top speakers, their
    # pairs, outlet by speaker, unnamed sources): counted here once per article, with integer speakers.
    # An article's speaker has a row per side its statements give; `first_of_speaker` marks the first row of
    # each article and speaker, `first_named` the first with named statements, so that articles are counted
    # without a distinct count (the network's speakers and pairs: 1.2 s of DuckDB's CPU after a broad search
    # at 1,000,000 articles went to distinct counts and the tables they needed).
    counts = (
        f"SELECT q.article_no, n.speaker_no, q.speaker, any_value(q.outlet)"
        " AS outlet, q.speaker_side AS side, CAST(count(*) AS INTEGER) AS quotes,"
        " CAST(count(*) FILTER (WHERE q.speaker IS NOT NULL AND coalesce(q.speaker_named, true)) AS INTEGER) AS named,"
        " CAST(count(*) FILTER (WHERE q.speaker IS NOT NULL AND q.speaker_named = false) AS INTEGER) AS unnamed"
        f" FROM {at}quotes q LEFT JOIN (SELECT speaker, CAST(row_number() OVER (ORDER BY speaker) AS INTEGER)"
        f" AS speaker_no FROM (SELECT DISTINCT speaker FROM {at}quotes WHERE speaker IS NOT NULL)) n USING (speaker)"
        " WHERE q.continues IS NULL GROUP BY q.article_no, n.speaker_no, q.speaker, q.speaker_side"
    )
    con.execute(
        f"CREATE TABLE {at}speaker_articles AS SELECT *,"
        " row_number() OVER (PARTITION BY article_no, speaker_no ORDER BY side) = 1 AS first_of_speaker,"
        " named > 0 AND row_number() OVER (PARTITION BY article_no, speaker_no, named > 0 ORDER BY side) = 1 AS first_named"
        f" FROM ({counts}) ORDER BY article_no, speaker_no, speaker, side"
    )
    # Pages count a filtered table's rows (the Overview's figures and quotes, a table's "first 1,000 of N"):
    # over every kept figure and quote that was 150-180 ms each at 1,000,000 articles; over one row per
    # article, a tenth of that.
    rows = " UNION ALL ".join(
        f"SELECT article_no, {n} AS kind FROM {at}{name} WHERE {kept}" for n, (name, kept) in enumerate(COUNTED_ROWS.items())
    )
    counted = ", ".join(f"CAST(count(*) FILTER (WHERE kind = {n}) AS INTEGER) AS {name}" for n, name in enumerate(COUNTED_ROWS))
    # The Casualties page counts the kept incidents of some types: scanning every kept incident took 400 ms of
    # CPU after a broad search at 1,000,000 articles. Those one article reports (most) are counted here per
    # article; the few several articles report are counted one by one (`{shared_incidents}`).
    con.execute(
        f"CREATE TABLE {at}incident_counts AS SELECT article_no, type, CAST(count(*) AS INTEGER) AS incidents,"
        ' CAST(count(*) FILTER (WHERE "min" <> "max") AS INTEGER) AS disagreeing'
        f" FROM {at}incidents WHERE article_no IS NOT NULL GROUP BY ALL ORDER BY ALL"
    )
    con.execute(
        f"CREATE TABLE {at}article_counts AS SELECT article_no, {counted} FROM ({rows}) GROUP BY article_no ORDER BY article_no"
    )
