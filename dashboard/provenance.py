"""What a downloaded row needs to be cited and re-checked: ids, offsets, the exact text and its sentence.

Every table of facts (a casualty figure, a quote, a place mention) carries these columns; the screen hides
the ids and offsets, the CSV download keeps them. README "Exports" documents the columns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import streamlit as st

# table -> provenance columns, in the order the CSV gives them (after the table's own columns)
FIGURE = ["figure_id", "article_id", "outlet", "published", "start", "end", "number_text", "sentence", "attributed_to"]
QUOTE = ["quote_id", "article_id", "outlet", "published", "start", "end", "quote", "sentence", "speaker"]
PLACE = ["place_id", "article_id", "outlet", "published", "start", "end", "text", "sentence", "place"]
COLUMNS = {"casualties": FIGURE, "quotes": QUOTE, "locations": PLACE}
HIDDEN = ("figure_id", "quote_id", "incident_id", "start", "end")  # in the CSV, not on screen
DATES = ("published", "event_date", "date")


def with_provenance(columns: Iterable[str], table: str) -> list[str]:
    """`columns` followed by the table's provenance columns it lacks (order kept, no repeats)."""
    chosen = list(dict.fromkeys(columns))
    return chosen + [c for c in COLUMNS.get(table, []) if c not in chosen]


def provenance_config(columns: Iterable[str]) -> dict:
    """st.dataframe column settings: ids and offsets hidden on screen, dates shown as dates."""
    config: dict = {}
    for column in columns:
        if column in HIDDEN:
            config[column] = None
        elif column in DATES:
            config[column] = st.column_config.DateColumn(column, format="YYYY-MM-DD")
    return config


# The sentence around a span, cut at the nearest full stop, question or exclamation mark or line break on
# either side, at most SENTENCE_REACH characters from the span (offsets are 0-based characters, DuckDB's
# substring is 1-based). For tables with no stored sentence (quotes, places); casualty figures store theirs.
# The reach bounds the text searched before the span too: reading each row's text from its beginning was a
# third of a 1,000-quote table's query at 100,000 articles (11 of 35 ms).
SENTENCE_REACH = 600
SENTENCE_SQL = (
    "CASE WHEN t.start = t.\"end\" THEN '' ELSE"  # a headline quote the text does not print: no sentence
    f" trim(regexp_extract(substring(a.text, greatest(t.start - {SENTENCE_REACH}, 0) + 1,"
    f" t.start - greatest(t.start - {SENTENCE_REACH}, 0)), '[^.!?\\n]*$')"
    " || substring(a.text, t.start + 1, t.\"end\" - t.start)"
    f" || regexp_extract(substring(a.text, t.\"end\" + 1, {SENTENCE_REACH}), '^[^.!?\\n]*[.!?]?[\"”’]?')) END"
)


def rows_with_sentence(
    view, name: str, columns: list[str], *, where: str = "", params: dict | None = None, order: str = "",
    limit: int | None = None,
):
    """Rows of a filtered mention table (`view.table`'s arguments) with a computed `sentence` column.

    Returns a DataFrame of `columns` (which may name "sentence"); the article texts are read only for the
    rows kept, after the filter and the limit.
    """
    own = [c for c in columns if c != "sentence"]
    kept = view.rows_sql(name, order=order, limit=limit or None, where=where)
    chosen = ", ".join(f't."{c}"' for c in own)
    # The kept rows are computed once, and only their articles' texts are read (a semi-join on numbers).
    sql = (
        f"WITH t AS MATERIALIZED ({kept}) SELECT {chosen}, {SENTENCE_SQL} AS sentence FROM t"
        " JOIN (SELECT article_no, text FROM texts WHERE article_no IN (SELECT article_no FROM t)) a"
        " ON a.article_no = t.article_no"
        + (f" ORDER BY {', '.join('t.' + o.strip() for o in order.split(','))}" if order else "")
    )
    return view.query(sql, params)[columns]


_BEFORE = re.compile(r"[^.!?\n]*$")
_AFTER = re.compile(r"^[^.!?\n]*[.!?]?[\"”’]?")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence a span stands in, cut as SENTENCE_SQL cuts it (at most SENTENCE_REACH characters either
    side): "He said it. The army took Kalasseh on Monday. Then..." with the span of "Kalasseh" -> "The
    army took Kalasseh on Monday."."""
    text = text or ""
    if start == end:
        return ""  # a headline quote the text does not print (pipeline.quotes.title)
    before = _BEFORE.search(text[max(start - SENTENCE_REACH, 0) : start]).group(0)
    after = _AFTER.search(text[end : end + SENTENCE_REACH]).group(0)
    return (before + text[start:end] + after).strip()


def one_article_rows(frame, article):
    """One article's mention rows (start, end) with its outlet and publication date, and the `sentence`
    column when they lack it; `article` is the article's row (outlet, published, text)."""
    text = str(article["text"] or "")
    frame = frame.assign(outlet=article["outlet"], published=article["published"])
    if "sentence" in frame.columns:
        return frame
    sentences = [sentence_around(text, int(s), int(e)) for s, e in zip(frame["start"], frame["end"], strict=True)]
    return frame.assign(sentence=sentences)
