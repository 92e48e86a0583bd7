"""Compare outlets side by side: the sides (outlets, groups of outlets, values of an input column) as
filters, and what each side reports (volume, figures for shared incidents, whom it quotes, places).

Every side is the sidebar's filters narrowed to that side, so all sides answer the same question. The
aggregates take one filtered `data.View` per side (None when the sidebar leaves a side nothing) and
return long or wide DataFrames for the page's charts and tables. No Streamlit here.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from pipeline.outlets.registry import outlet_registry
from pipeline.paths import LEXICON_DIR

from . import filters as flt
from .aggregate import period_sql
from .data import SideBySide
from .data.summaries import ADDABLE
from .filters import Filters

if TYPE_CHECKING:
    from .data import View

OUTLET_GROUPS_FILE = LEXICON_DIR / "outlet_groups.csv"
MODES = ("Outlets", "Outlet groups", "Input column")
MIN_SIDES, MAX_SIDES = 2, 4


@dataclass(frozen=True)
class Side:
    """One column of the comparison: its name, its filters (None: the sidebar leaves it no article)."""

    name: str
    filters: Filters | None
    colour: str


Views = Mapping[str, "View | None"]  # side name -> its filtered datasets


# ---- Sides ------------------------------------------------------------------------------------------


@functools.cache
def _read_groups(path: str, mtime_ns: int) -> dict[str, tuple[str, ...]]:
    with open(path, encoding="utf-8", newline="") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        groups: dict[str, list[str]] = {}
        for row in rows:
            groups.setdefault(row["group"].strip(), []).append(row["outlet"].strip())
    return {group: tuple(outlets) for group, outlets in groups.items()}


def outlet_groups(path: Path = OUTLET_GROUPS_FILE) -> dict[str, tuple[str, ...]]:
    """Group -> outlets (outlets.csv display names) from data/lexicons/outlet_groups.csv, in file order."""
    return _read_groups(str(path), path.stat().st_mtime_ns)


def groups_in_dataset(
    groups: Mapping[str, Sequence[str]], outlets: Sequence[str]
) -> dict[str, tuple[str, ...]]:
    """Group -> the dataset's outlet names in it, groups without any left out.

    A dataset may spell an outlet otherwise than the groups file ("SANA" for "SANA (Syrian Arab News
    Agency)"): both are compared as outlets.csv resolves them.
    """
    registry = outlet_registry()
    found: dict[str, tuple[str, ...]] = {}
    for group, members in groups.items():
        wanted = {registry.from_column(m) for m in members}
        present = tuple(o for o in outlets if o in members or registry.from_column(o) in wanted)
        if present:
            found[group] = present
    return found


def _narrowed_outlets(filters: Filters, outlets: Sequence[str]) -> Filters | None:
    """The filters restricted to `outlets` (within the sidebar's outlet choice, when it has one)."""
    kept = tuple(o for o in outlets if not filters.outlets or o in filters.outlets)
    return replace(filters, outlets=kept) if kept else None


def outlet_sides(filters: Filters, outlets: Sequence[str], colours: Mapping[str, str]) -> list[Side]:
    """One side per chosen outlet, in the outlet's own colour."""
    return [Side(o, _narrowed_outlets(filters, [o]), colours.get(o, "#888888")) for o in outlets]


def group_sides(
    filters: Filters, groups: Mapping[str, Sequence[str]], chosen: Sequence[str], palette: Sequence[str]
) -> list[Side]:
    """One side per chosen group of outlets (`groups`: group -> the dataset's outlet names)."""
    return [
        Side(g, _narrowed_outlets(filters, groups.get(g, ())), palette[i % len(palette)])
        for i, g in enumerate(chosen)
    ]


def column_sides(filters: Filters, column: str, values: Sequence[str], palette: Sequence[str]) -> list[Side]:
    """One side per chosen value of an extra input column (FA-KES `labels`: "0" and "1").

    The sidebar's choices on the same column still apply: a value it leaves out gives an empty side.
    """
    chosen_there = flt.metadata_conditions(filters.metadata).get(column)
    others = tuple(c for c in filters.metadata if c.partition(flt.METADATA_SEPARATOR)[0] != column)
    sides = []
    for i, value in enumerate(values):
        allowed = chosen_there is None or value in chosen_there
        narrowed = (
            replace(filters, metadata=(*others, flt.metadata_choice(column, value))) if allowed else None
        )
        sides.append(Side(f"{column} = {value}", narrowed, palette[i % len(palette)]))
    return sides


def metadata_columns(choices: Sequence[str]) -> dict[str, list[str]]:
    """Column -> its values, from the sidebar's "column = value" choices."""
    return flt.metadata_conditions(tuple(choices))


# ---- What each side reports --------------------------------------------------------------------------


def _per_side(views: Views, sql: str, params: dict | None = None) -> pd.DataFrame:
    """`sql` run once over all sides' rows (`SideBySide`: a row's side is in `side_name`); sides without
    articles add no rows. The SQL groups by side and names it `side`."""
    present = {name: view for name, view in views.items() if view is not None}
    return SideBySide(present).query(sql, params) if present else pd.DataFrame(columns=["side"])


COUNTED = ("articles", "outlets", "figures", "quotes")  # what side_counts counts


def side_counts(views: Views) -> pd.DataFrame:
    """One row per side: articles, outlets, casualty figures and quotes (0 for an empty side)."""
    if any(view.filters.cited for view in views.values() if view is not None):
        # a cited source keeps only some of an article's figures and quotes: counted row by row
        counted = (
            "SELECT side_name, figures, quotes FROM (SELECT side_name, count(*) AS figures FROM {casualties} GROUP BY 1)"
            " FULL JOIN (SELECT side_name, count(*) AS quotes FROM {quotes} GROUP BY 1) USING (side_name)"
        )
    else:  # per article (`article_counts`): summing it took a tenth of counting every kept figure and quote
        counted = "SELECT side_name, sum(casualties) AS figures, sum(quotes) AS quotes FROM {article_counts} GROUP BY 1"
    counts = _per_side(
        views,
        "SELECT side_name AS side, count(*) AS articles, count(DISTINCT outlet) AS outlets,"
        " CAST(coalesce(any_value(c.figures), 0) AS BIGINT) AS figures,"
        " CAST(coalesce(any_value(c.quotes), 0) AS BIGINT) AS quotes"
        f" FROM {{articles}} LEFT JOIN ({counted}) c USING (side_name) GROUP BY side_name",
    ).set_index("side")
    rows = [
        {"side": name, **{k: int(counts.at[name, k]) if name in counts.index else 0 for k in COUNTED}}
        for name in views
    ]
    return pd.DataFrame(rows, columns=["side", *COUNTED])


PERIOD_STARTS = {"day": "D", "week": "W-MON", "month": "MS"}  # pandas frequencies of period_sql's periods


def volume_over_time(views: Views, freq: str = "month") -> pd.DataFrame:
    """Articles per period and side: columns period (timestamp), side, articles; a period in which a side
    published nothing is a 0 row, so a line drops to zero instead of bridging the gap."""
    counts = _per_side(
        views,
        f"SELECT side_name AS side, {period_sql('published', freq)} AS period, count(*) AS articles"
        " FROM {articles} WHERE published IS NOT NULL GROUP BY 1, 2 ORDER BY 2",
    )
    if counts.empty:
        return pd.DataFrame(columns=["period", "side", "articles"])
    wide = counts.pivot_table(index="period", columns="side", values="articles", aggfunc="sum")
    periods = pd.date_range(wide.index.min(), wide.index.max(), freq=PERIOD_STARTS.get(freq, "MS"))
    wide = wide.reindex(index=periods.union(wide.index), columns=[s for s in views if s in wide.columns])
    long = wide.fillna(0).astype(int).rename_axis("period").reset_index()
    return long.melt(id_vars="period", var_name="side", value_name="articles")


INCIDENT_ABOUT = ["date", "place", "type", "group"]  # what Compare shows of an incident


def shared_incident_figures(
    views: Views, incidents: pd.DataFrame | Callable[[list[str]], pd.DataFrame] | None = None
) -> pd.DataFrame:
    """Incidents that two or more sides report figures for, one row each: date, place, type, group, the
    highest number each side reported (one column per side, empty where it reported none), and
    `disagreement`, the highest minus the lowest of those numbers. Largest disagreement first, then by
    date, place, type and group.

    `incidents`: where the incidents' date, place, type and group are read: None, the database's rows of
    the shared incidents (not a large corpus's every incident); the incidents table (incident_id, date,
    place, type, group); or a function giving its rows for a list of incident ids. Running totals and
    sub-counts are left out, as on the Casualties page.
    """
    # Figures meet their incidents by number, and only the shared incidents' rows are read: on strings the
    # join took 50-120 ms per side after a broad search at 100,000 articles, a fifth of that on integers.
    # Only the incidents two sides give leave DuckDB (a broad search has 100,000 incidents per side at
    # 100,000 articles, a few thousand of them shared).
    figures = _per_side(
        views,
        "WITH per AS (SELECT c.side_name AS side, f.incident_no, max(c.number) AS reported FROM {casualties} c"
        " JOIN incident_figures f USING (figure_no)"
        f" WHERE {ADDABLE.replace('number', 'c.number').replace('cumulative', 'c.cumulative')}"
        " GROUP BY 1, 2) SELECT * FROM per WHERE incident_no IN"
        " (SELECT incident_no FROM per GROUP BY incident_no HAVING count(*) >= 2)",
    )
    names = list(views)
    if figures.empty:  # the columns and types a table with rows has, so a page or CSV sees one shape
        return pd.DataFrame({
            "date": pd.Series(dtype="object"), "place": pd.Series(dtype="str"), "type": pd.Series(dtype="str"),
            "group": pd.Series(dtype="str"), **{name: pd.Series(dtype="Int64") for name in [*names, "disagreement"]},
        })
    wide = figures.pivot(index="incident_no", columns="side", values="reported").reindex(columns=names)
    wide["disagreement"] = wide.max(axis=1) - wide.min(axis=1)
    store = next(view for view in views.values() if view is not None).store
    shared = store.incident_rows(wide.index.to_numpy(), ["incident_id", *INCIDENT_ABOUT])
    if incidents is None:  # by number: two incidents sharing an id stay two rows
        about = shared[INCIDENT_ABOUT]
    else:
        wide = wide.join(shared["incident_id"], how="inner").set_index("incident_id")
        rows = incidents(list(wide.index)) if callable(incidents) else incidents
        about = rows.set_index("incident_id")[INCIDENT_ABOUT]
    table = about.join(wide, how="inner").sort_values(
        ["disagreement", "date", "place", "type", "group"], ascending=[False, True, True, True, True], kind="stable"
    )
    for name in names:
        table[name] = table[name].astype("Int64")
    table["disagreement"] = table["disagreement"].astype("Int64")
    table["date"] = pd.to_datetime(table["date"]).dt.date  # a day: no "00:00:00" in the table
    return table.reset_index(drop=True)


def quoted_sides(views: Views) -> pd.DataFrame:
    """Whom each side quotes: per side, speaker side and named/unnamed, the quotes and their share of the
    side's attributed quotes (0-1). Columns: side, speaker_side, source ("named" | "unnamed"), quotes, share.
    """
    # From the statements counted per article and speaker (`speaker_articles`), not every kept quote.
    counts = _per_side(
        views,
        "SELECT side_name AS side, coalesce(side, 'unknown') AS speaker_side,"
        " CAST(sum(named) AS BIGINT) AS named, CAST(sum(unnamed) AS BIGINT) AS unnamed"
        " FROM {speaker_articles} WHERE speaker IS NOT NULL GROUP BY 1, 2",
    )
    if counts.empty:
        return pd.DataFrame(columns=["side", "speaker_side", "source", "quotes", "share"])
    long = counts.melt(
        id_vars=["side", "speaker_side"],
        value_vars=["named", "unnamed"],
        var_name="source",
        value_name="quotes",
    )
    long = long[long["quotes"] > 0].copy()
    long["share"] = (long["quotes"] / long.groupby("side")["quotes"].transform("sum")).round(3)
    return long.sort_values(
        ["side", "quotes", "speaker_side", "source"], ascending=[True, False, True, True], kind="stable"
    ).reset_index(drop=True)


def places_covered(views: Views, top: int = 15) -> pd.DataFrame:
    """The places the sides' articles name most: per place, the share of each side's articles naming it
    (0-1, one column per side) and `articles` naming it on all sides; the `top` places by their highest
    share on any side."""
    counts = _per_side(
        views,
        "SELECT side_name AS side, place, count(DISTINCT article_no) AS n FROM {locations}"
        " WHERE place IS NOT NULL GROUP BY 1, 2",
    )
    names = list(views)
    if counts.empty:
        return pd.DataFrame(columns=["place", *names, "articles"])
    totals = {name: view.n_articles for name, view in views.items() if view is not None}
    counts["share"] = counts["n"] / counts["side"].map(totals)
    wide = counts.pivot_table(index="place", columns="side", values="share", aggfunc="max").reindex(
        columns=names
    )
    wide = wide.fillna(0.0).round(3)
    wide["articles"] = counts.groupby("place")["n"].sum()
    wide = wide.assign(_top=wide[names].max(axis=1)).sort_values(["_top", "articles"], ascending=False)
    return wide.drop(columns="_top").head(top).reset_index()
