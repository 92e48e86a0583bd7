"""The search box's word index: which articles hold a text, found without reading every article.

The database (database.py) splits each article's lower-cased title and text at SEPARATORS (ASCII
characters other than digits and letters), numbers the distinct tokens in `search_vocabulary` and
keeps one row per (token_no, article_no) in `search_postings`, sorted by token_no. A search term without a separator can only occur inside one token, so the articles whose
text contains the term are exactly those holding a token that contains it: a scan of the vocabulary,
not of the texts. A term with separators ("john kerry", "al-kalasa") gives candidates (articles with
a token ending in its first piece, tokens equal to its middle pieces and one starting with its last
piece), and only those candidates' texts are read to confirm it. Either way the articles found are
those `contains(lower(title), term) OR contains(lower(text), term)` finds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import duckdb
import pyarrow as pa

# ASCII 1-127 but digits and lower-case letters. The text is lower-cased before the split and terms are
# lower-case, so upper-case letters are in the set only to keep the rule simple; NUL is left out because
# SQL strings cannot hold it.
SEPARATORS = "".join(chr(c) for c in (*range(1, 48), *range(58, 97), *range(123, 128)))
_SEPARATOR_RUN = re.compile("[" + re.escape(SEPARATORS) + "]+")


def tokens_sql(source: str) -> str:
    """SQL giving (article_no, token) for each distinct token of each article of `source` (article_no,
    title, text); parameters $separators and $spaces (`TOKEN_PARAMS`). DuckDB's translate() and a plain
    split are several times faster than a regular expression over the texts."""
    return (
        "SELECT article_no, unnest(list_distinct(string_split(translate(lower(coalesce(title, '') || chr(10)"
        f" || coalesce(text, '')), $separators, $spaces), ' '))) AS token FROM {source}"
    )


TOKEN_PARAMS = {"separators": SEPARATORS, "spaces": " " * len(SEPARATORS)}
MAX_PIECE_TESTS = 16  # token tests a term with separators makes at most to find its candidates


@dataclass(frozen=True)
class SplitTerm:
    """A term with separators cut at them: "al-kalasa" -> ("al", "kalasa"); "-x" -> ("", "x")."""

    term: str
    pieces: tuple[str, ...]


def single_token_terms(terms: tuple[str, ...]) -> list[str]:
    """The terms without a separator: each matches inside one token."""
    return [t for t in terms if not _SEPARATOR_RUN.search(t)]


def split_terms(terms: tuple[str, ...]) -> list[SplitTerm]:
    """The terms with a separator, cut into the pieces a matching text's tokens must show."""
    return [SplitTerm(t, tuple(_SEPARATOR_RUN.split(t))) for t in terms if _SEPARATOR_RUN.search(t)]


def _tokens_where(condition: str) -> str:
    """SQL giving the token_no of the vocabulary's tokens meeting `condition` (DuckDB pushes the
    numbers found into the scan of the postings, which then reads only their row groups)."""
    return f"SELECT token_no FROM search_vocabulary WHERE {condition}"


def candidate_sql(split: SplitTerm) -> tuple[str, list]:
    """SQL giving the article_no of every article that may contain `split.term`, with its parameters.

    Around a separator run, the token before it ends with the piece before and the token after it
    starts with the piece after; pieces between two separator runs are whole tokens. An article holding
    the term holds all these tokens (the converse need not hold: `text_matches` checks the text).
    """
    pieces = split.pieces
    conditions: list[tuple[str, str]] = []
    for i, piece in enumerate(pieces):
        if not piece:
            continue
        if i == 0:
            conditions.append(("suffix(token, ?)", piece))
        elif i == len(pieces) - 1:
            conditions.append(("prefix(token, ?)", piece))
        else:
            conditions.append(("token = ?", piece))
    if not conditions:  # the term is only separators: any article may hold it
        return "SELECT article_no FROM meta", []
    if len(conditions) > MAX_PIECE_TESTS:
        # A pasted paragraph would nest hundreds of INTERSECTs (DuckDB stops at a depth of 1,000). Fewer
        # tests give more candidates, never fewer: the ends and the longest pieces between them are kept.
        ends, middle = [conditions[0], conditions[-1]], conditions[1:-1]
        conditions = ends + sorted(middle, key=lambda c: -len(c[1]))[: MAX_PIECE_TESTS - 2]
    selects = [f"SELECT article_no FROM search_postings WHERE token_no IN ({_tokens_where(c)})" for c, _ in conditions]
    return " INTERSECT ".join(selects), [p for _, p in conditions]


def essential_terms(terms: tuple[str, ...]) -> tuple[str, ...]:
    """`terms` without those that contain another of them ("russian-us" beside "russian"), in order.

    A text containing the longer term contains the shorter, so the longer finds no article more. Left
    in, a term with separators has its candidates' texts read: the search "Russian", whose spellings
    include the entity "Russian-US", read 20,000 texts (0.5 s) at 100,000 articles to find nothing new.
    """
    unique = list(dict.fromkeys(terms))
    return tuple(t for t in unique if not any(other != t and other in t for other in unique))


def text_matches(cursor: duckdb.DuckDBPyConnection, terms: tuple[str, ...]) -> pa.Table:
    """The article_no (int32) of every article whose title or text contains any of `terms`, found on
    `cursor` (a cursor of the app's database, which it registers relations on).

    A term with separators is found in two steps: its candidates (`candidate_sql`) first, as a table of
    their own, then only their texts are read. In one statement DuckDB tested every article's text before
    the join with the candidates (0.45 s for "united nations" at 100,000 articles, against 0.12 s).
    """
    parts = []
    params: list = []
    terms = essential_terms(terms)
    single = single_token_terms(terms)
    if single:
        parts.append(
            "SELECT article_no FROM search_postings WHERE token_no IN ("
            + _tokens_where("len(list_filter(?, lambda term: contains(token, term))) > 0")
            + ")"
        )
        params.append(single)
    for n, split in enumerate(split_terms(terms)):
        candidates, more = candidate_sql(split)
        cursor.register(f"phrase_candidates_{n}", cursor.sql(candidates, params=more or None).to_arrow_table())
        parts.append(
            f"SELECT article_no FROM texts WHERE article_no IN (SELECT article_no FROM phrase_candidates_{n})"
            " AND (contains(lower(title), ?) OR contains(lower(text), ?))"
        )
        params += [split.term, split.term]
    if not parts:
        return pa.table({"article_no": pa.array([], pa.int32())})
    found = cursor.sql(" UNION ".join(parts), params=params).to_arrow_table()
    return pa.table({"article_no": found["article_no"].cast(pa.int32())})
