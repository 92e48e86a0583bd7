"""What a chart click opens: incidents counted and ranked by how much their reports disagree, and the quotes of a
speaker or of two speakers quoted in the same articles (SQL over a filtered View)."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa

from .aggregate import place_condition, place_params
from .data import DISAGREEMENT, INCIDENT_LISTS, View


def said_by(*speakers: str) -> tuple[str, dict]:
    """SQL (over `{quotes}`, with its parameters) keeping the quotes of these speakers; with two or more,
    only in articles quoting all of them."""
    if len(speakers) == 1:
        return "speaker = $speaker", {"speaker": speakers[0]}
    shared = " ".join(
        f"AND article_no IN (SELECT article_no FROM {{quotes}} WHERE speaker = $s{i})" for i in range(len(speakers))
    )
    return f"list_contains($all, speaker) {shared}", {"all": list(speakers), **{f"s{i}": s for i, s in enumerate(speakers)}}


def quotes_by(view: View, *speakers: str) -> int:
    """How many quotes these speakers have in the view; with two or more, only in articles quoting all.
    Counted as the table of their quotes counts its rows (`said_by`), so the page asks once."""
    return view.count("quotes", *said_by(*speakers))


INCIDENT_COLUMNS = ["incident_id", "date", "place", "type", "group", "min", "max", "disagreement",
                    "n_reports", "n_outlets", "sources", "outlets", "article_id", "start", "end", "figure_id"]


def incident_counts(view: View, types: list[str], places: list[str] | None = None) -> tuple[int, int]:
    """How many incidents of these types the view keeps (`places`: placed there), and how many of them
    have reports that disagree (`min` <> `max`)."""
    if places is None and not view.filters.cited:
        # those one article reports counted per article (`incident_counts`), the others one by one
        sql = (
            "SELECT CAST(coalesce(sum(n), 0) AS BIGINT) AS n, CAST(coalesce(sum(disagree), 0) AS BIGINT) AS disagree FROM ("
            " SELECT sum(incidents) AS n, sum(disagreeing) AS disagree FROM {incident_counts} WHERE list_contains($types, type)"
            ' UNION ALL SELECT count(*), count(*) FILTER (WHERE "min" <> "max") FROM {shared_incidents}'
            " WHERE list_contains($types, type))"
        )
    else:
        sql = (
            'SELECT count(*) AS n, count(*) FILTER (WHERE "min" <> "max") AS disagree FROM {incidents}'
            f" WHERE {place_condition(places)} AND list_contains($types, type)"
        )
    row = view.query(sql, {"types": list(types), **place_params(places)}).iloc[0]
    return int(row["n"]), int(row["disagree"])


def incidents_by_disagreement(
    view: View,
    places: list[str] | None = None,
    *,
    disagreeing: bool = False,
    limit: int | None = None,
    types: list[str] | None = None,
) -> pd.DataFrame:
    """Incidents, the most disagreeing first: `disagreement` is the highest reported number over the
    lowest (1.0 when all reports agree; None when the lowest is 0 or vague). `disagreeing` keeps those
    whose numbers differ, `types` those of these types (None: every type). Each row carries the report
    with the highest number (article_id, start, end, figure_id), so the Reader opens at it; sources and
    outlets are joined with ", "."""
    # The rank orders incidents by disagreement, then by the gap between the numbers, then by id
    # (database.py); the listed rows' other columns are read for them only (`View.rows_sql`).
    where = place_condition(places, "t.") + (' AND t."min" <> t."max"' if disagreeing else "")
    where += " AND list_contains($types, t.type)" if types is not None else ""
    params = {**place_params(places), **({"types": list(types)} if types is not None else {})}
    return view.first_ranked(  # 0 or None: every incident
        lambda kept: _listed(view, kept, limit or None, params), "disagreement_rank", limit, where
    )


def _listed(view: View, where: str, limit: int | None, params: dict) -> pd.DataFrame:
    ranked = view.rows_sql(
        "incidents",
        't.incident_no, t.incident_id, t.date, t.place, t.type, t."group", t."min", t."max",'
        f" {DISAGREEMENT} AS disagreement, t.n_reports, t.n_outlets, t.disagreement_rank",
        order="disagreement_rank",
        limit=limit,
        where=where,
    )
    listed = view.query(
        f"WITH listed AS MATERIALIZED ({ranked}) SELECT listed.*, array_to_string(x.sources, ', ') AS sources,"
        f" array_to_string(x.outlets, ', ') AS outlets FROM listed JOIN {INCIDENT_LISTS} x USING (incident_no)"
        " ORDER BY listed.disagreement_rank",
        params,
    )
    # Each listed incident's kept report with the highest number, looked up by number for the listed
    # incidents only (by id, the strings of every kept report were compared: 35-55 ms at 100,000 articles),
    # in a second query: in one, DuckDB built its join's hash on the 3.3 million kept reports of a broad
    # search at 1,000,000 articles rather than on the 1,000 listed (0.5 s, not 0.07).
    numbers = pa.table({"incident_no": pa.array(listed["incident_no"], pa.int32())})
    reports = view.query(
        "SELECT DISTINCT ON (r.incident_no) r.incident_no, r.article_id, r.start, r.\"end\", r.figure_id"
        " FROM {incident_reports} r WHERE r.incident_no IN (SELECT incident_no FROM listed)"
        " ORDER BY r.incident_no, r.rank",
        listed=numbers,
    )
    return listed.merge(reports, on="incident_no", how="left")[INCIDENT_COLUMNS]
