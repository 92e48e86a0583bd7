"""What was written about a district (one area, possibly several gazetteer places), and the corpus's weeks.

Aggregations over a filtered `data.View`, like `aggregate.py` (kept apart so that module stays small).
"""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd

from .data import View

# A mention with 120 characters either side, on one line; `l` is the mention, `a` its article's text.
SNIPPET_SQL = (
    "'…' || replace(substr(a.text, greatest(l.start - 120, 0) + 1,"
    " l.\"end\" + 120 - greatest(l.start - 120, 0)), chr(10), ' ') || '…'"
)


def corpus_weeks(view: View) -> list[date]:
    """The Monday of every week in which an article of the view was published, oldest first."""
    weeks = view.query(
        "SELECT DISTINCT CAST(date_trunc('week', published) AS DATE) AS week FROM {articles}"
        " WHERE published IS NOT NULL ORDER BY week"
    )
    return [pd.Timestamp(w).date() for w in weeks["week"]]


def week_end(week: date) -> date:
    """The Sunday closing the week that starts on Monday `week`."""
    return week + timedelta(days=6)


def week_label(week: date) -> str:
    """ "14–20 Nov 2016" for the week starting on Monday 14 Nov 2016."""
    end = week_end(week)
    start = f"{week.day}" if week.month == end.month else f"{week.day} {week:%b}"
    return f"{start}–{end.day} {end:%b %Y}"


def mentions_of_places(view: View, place_ids: list[str], limit: int | None = None) -> pd.DataFrame:
    """Each mention of any of the places, with 120 characters either side: article_id, outlet,
    published, title, place, snippet; newest first."""
    order = "published DESC, article_id, start, place"  # two places can be named at one offset (a list)
    kept = "{locations}"
    if limit is not None:
        # Only the `limit` newest articles naming a place are read: each holds at least one mention, so
        # they hold the first `limit`. Sorting every kept mention of Aleppo city (50,000 at 100,000
        # articles, with titles) took most of 42 ms; a running sum of `place_mentions` over every article
        # naming it, 200-250 ms after a broad search at 1,000,000.
        kept = (
            "(SELECT * FROM {locations} WHERE article_no IN (SELECT p.article_no FROM"
            " (SELECT DISTINCT article_no FROM {place_mentions} WHERE list_contains($places, place_id)) p"
            f" JOIN meta m USING (article_no) ORDER BY m.published DESC, m.article_id LIMIT {int(limit)}))"
        )
    mentions = (
        f'SELECT article_no, article_id, outlet, published, title, place, start, "end" FROM {kept}'
        f" WHERE list_contains($places, place_id) ORDER BY {order}"
        + (f" LIMIT {int(limit)}" if limit is not None else "")
    )
    # The snippets are cut from the texts of the rows kept only (a text is read once per row shown).
    sql = (
        f"WITH l AS MATERIALIZED ({mentions}) SELECT l.article_id, l.outlet, l.published, l.title, l.place, {SNIPPET_SQL} AS snippet"
        f" FROM l JOIN (SELECT article_no, text FROM texts WHERE article_no IN (SELECT article_no FROM l)) a"
        " ON a.article_no = l.article_no"
        f" ORDER BY {', '.join('l.' + o for o in order.split(', '))}"
    )
    return view.query(sql, {"places": list(place_ids)})


def quotes_about_places(view: View, place_ids: list[str], limit: int | None = None) -> pd.DataFrame:
    """Quotes whose span holds a mention of any of the places: article_id, outlet, published,
    speaker, quote; newest first, each quote once."""
    # quote_places pairs each quote span with the places mentioned inside it (summaries.py). With a limit,
    # the first spans are found there and only their quotes read (`View.rows_at`): each span is at least
    # one row, so the first `limit` spans hold the first `limit` rows. Testing every kept quote's span took
    # 400 ms after a broad search at 1,000,000 articles; joining every kept quote with its text, 85-110 ms
    # of the Map page at 100,000.
    order = "published DESC, article_id, start"
    chosen = "DISTINCT t.article_id, t.outlet, t.published, t.speaker, t.quote, t.start"
    spans = 'SELECT DISTINCT article_no, start, "end" FROM {quote_places} WHERE list_contains($places, place_id)'
    if limit is None:
        sql = view.rows_sql("quotes", chosen, order=order, where=f'(t.article_no, t.start, t."end") IN ({spans})')
    else:
        first = (
            f"SELECT s.* FROM ({spans}) s JOIN meta m USING (article_no)"
            f" ORDER BY m.published DESC, m.article_id, s.start LIMIT {int(limit)}"
        )
        sql = view.rows_at("quotes", chosen, first, ("article_no", "start", "end"))
        sql += f" ORDER BY {', '.join('t.' + o for o in order.split(', '))} LIMIT {int(limit)}"
    return view.query(sql, {"places": list(place_ids)}).drop(columns=["start"])
