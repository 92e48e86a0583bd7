"""Counts and tables the pages chart: SQL over a filtered `data.View`, so pages receive only aggregates."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from .data import in_background
from .data.summaries import FIGURE_DATE

if TYPE_CHECKING:
    from .data import View

FREQUENCIES = {"day": "D", "week": "W", "month": "M"}
SPEAKER_GROUPS = ("PERSON", "ORG", "ARMED_GROUP")
ENTITY_GROUPS = {"People": ("PERSON",), "Organisations": ("ORG",), "Armed groups": ("ARMED_GROUP",)}
MEASURES = {
    "Mentions": "mentions",
    "Reported killed": "killed",
    "Reported wounded": "wounded",
    "Quotes about it": "quotes",
}


def period_sql(column: str, freq: str) -> str:
    """SQL for the day, week (ISO weeks start on Monday) or month of a date column, as a timestamp."""
    unit = freq if freq in FREQUENCIES else "month"
    return f"CAST(date_trunc('{unit}', {column}) AS TIMESTAMP)"


def overview_counts(view: View) -> dict[str, int | str]:
    # People from their own per-article table, places from the per-article place counts, figures and quotes
    # from the per-article row counts (as the tables' totals count them, `View.count`): over every kept
    # entity, mention, figure and quote, these were 80 % of the query, 0.7 s of CPU after a broad search at
    # 1,000,000 articles.
    row = view.query(
        "SELECT a.*,"  # the articles' four figures in one pass over them
        " (SELECT count(DISTINCT entity_no) FROM {person_articles}) AS people,"
        " (SELECT count(DISTINCT place_id) FROM {place_mentions}) AS places"
        " FROM (SELECT count(*) AS articles, count(DISTINCT outlet) AS outlets, min(published) AS first,"
        " max(published) AS last FROM {articles}) a"
    ).iloc[0]
    first = None if pd.isna(row["first"]) else pd.Timestamp(row["first"])
    last = None if pd.isna(row["last"]) else pd.Timestamp(row["last"])
    counts = {k: int(row[k]) for k in ("articles", "outlets", "people", "places")}
    counts |= {"figures": view.count("casualties"), "quotes": view.count("quotes")}
    return {
        **counts,
        "span": month_span(first, last),
        "span_days": f"{first:%d %b %Y} to {last:%d %b %Y}" if first is not None else "no dates",
    }


def month_span(first: pd.Timestamp | None, last: pd.Timestamp | None) -> str:
    """A short publication span for a metric: "Oct 2016", "Oct–Dec 2016", "Nov 2016 – Jan 2017"."""
    if first is None or last is None or pd.isna(first) or pd.isna(last):
        return "no dates"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first:%b %Y}"
    if first.year == last.year:
        return f"{first:%b}–{last:%b %Y}"
    return f"{first:%b %Y} – {last:%b %Y}"


def articles_over_time(view: View, freq: str = "month") -> pd.DataFrame:
    return view.query(
        f"SELECT {period_sql('published', freq)} AS period, outlet, count(*) AS articles FROM {{articles}}"
        " WHERE published IS NOT NULL GROUP BY ALL ORDER BY period, outlet"
    )


def outlet_top_entities(view: View, per_outlet: int = 5) -> pd.DataFrame:
    """What each outlet covers most: its most mentioned entities (count of articles naming them)."""
    # entity_articles has one row per article and entity: counting rows counts articles, on integers.
    return view.query(
        "WITH counted AS (SELECT outlet, entity_no, count(*) AS articles FROM {entity_articles} GROUP BY ALL)"
        " SELECT outlet, canonical, label, articles FROM ("
        " SELECT c.outlet, n.canonical, n.label, c.articles,"
        "  row_number() OVER (PARTITION BY c.outlet ORDER BY c.articles DESC, n.canonical, n.label) AS rank"
        " FROM counted c JOIN entity_names n USING (entity_no))"
        " WHERE rank <= $n ORDER BY outlet, articles DESC, canonical, label",
        {"n": per_outlet},
    )


def district_measures(places: pd.DataFrame, view: View) -> pd.DataFrame:
    """One row per Aleppo place with its mentions, reported killed/wounded and quotes about it."""
    table = places.copy()
    # The three counts are independent: in a page run, mentions and quotes go to the query threads while
    # the tolls are summed here (one after another they were 80 ms of the Map page at 100,000 articles).
    mentions_asked = in_background(view.query, "SELECT place_id, sum(mentions) AS n FROM {place_mentions} GROUP BY place_id")
    # A quote is about a place when a mention of that place falls inside the quote's span. Only these
    # places' quotes are counted: those of every place took twice as long (36 ms after a broad search at
    # 100,000 articles).
    about_asked = in_background(
        view.query,
        "SELECT place_id, count(*) AS n FROM (SELECT DISTINCT article_no, start, place_id FROM {quote_places}"
        " WHERE list_contains($places, place_id)) GROUP BY place_id",
        {"places": table["place_id"].tolist()},
    )

    # Figures name their place as written; match that to gazetteer names, variants and mention texts.
    name_to_id: dict[str, str] = {}
    variants = table["variants"] if "variants" in table.columns else [""] * len(table)
    for name, others, pid in zip(table["name"], variants, table["place_id"], strict=False):
        for alias in [name, *str(others or "").split("|")]:
            name_to_id.setdefault(str(alias).strip().lower(), pid)
    # Else the place a mention of the view's articles writes that way (a name before a mention's text;
    # place_aliases holds them per article), looked up for the figures' places only.
    sums = view.query(
        "WITH sums AS (SELECT alias, type, sum(reported) AS reported FROM {place_tolls} GROUP BY ALL)"
        " SELECT sums.*, a.place_id AS mentioned FROM sums LEFT JOIN (SELECT alias,"
        " arg_min(place_id, priority) AS place_id FROM {place_aliases}"
        " WHERE alias IN (SELECT alias FROM sums) GROUP BY alias) a USING (alias)"
    )
    sums["place_id"] = [
        name_to_id.get(alias, mentioned) if isinstance(alias, str) else None
        for alias, mentioned in zip(sums["alias"], sums["mentioned"], strict=True)
    ]
    for kind in ("killed", "wounded"):
        per_place = sums[sums["type"] == kind].groupby("place_id")["reported"].sum()
        table[kind] = table["place_id"].map(per_place).fillna(0).astype(int)
    for column, counts in (("mentions", mentions_asked.result()), ("quotes", about_asked.result())):
        table[column] = table["place_id"].map(counts.set_index("place_id")["n"]).fillna(0).astype(int)
    return table[[*places.columns, "mentions", "killed", "wounded", "quotes"]]


def other_places(view: View) -> pd.DataFrame:
    """Places outside Aleppo city with coordinates, with their mention counts: place_id, place, kind,
    country, lat, lon (of the place's first mention in the corpus), mentions, articles; most mentioned first."""
    return view.query(
        "SELECT m.place_id, n.place, n.kind, n.country, n.lat, n.lon, m.mentions, m.articles FROM ("
        " SELECT place_id, sum(mentions) AS mentions, count(*) AS articles FROM {place_mentions}"
        " WHERE beyond_aleppo GROUP BY place_id) m JOIN place_names n USING (place_id)"
        " ORDER BY m.mentions DESC, m.place_id"
    )


SPLITS = {"Outlet": "outlet", "Cited source": "attributed_to", "Victim group": "group"}


def place_condition(places: list[str] | None, alias: str = "") -> str:
    """SQL keeping figures whose place is one of `$places`; "true" when places is None (any place)."""
    return "true" if places is None else f"list_contains($places, {alias}place)"


def place_params(places: list[str] | None) -> dict:
    return {} if places is None else {"places": list(places)}


def casualty_series(
    view: View, freq: str, split: str, types: list[str], places: list[str] | None = None
) -> pd.DataFrame:
    """Reported numbers per period and split value; running totals, sub-counts and repeats left out.

    `places` restricts to figures placed there (None: any place, including figures with no place).
    """
    column = SPLITS.get(next((k for k, v in SPLITS.items() if v == split), ""), "outlet")
    return view.query(
        f"SELECT {period_sql('figure_date', freq)} AS period,"
        f" coalesce(CAST(\"{column}\" AS VARCHAR), '(not stated)') AS split, type,"
        " sum(reported) AS reported, CAST(sum(figures) AS BIGINT) AS figures"
        " FROM {figure_sums} WHERE list_contains($types, type) AND figure_date IS NOT NULL"
        f" AND {place_condition(places)} GROUP BY ALL ORDER BY period, split, type",
        {"types": list(types), **place_params(places)},
    )


OTHERS = "(others)"  # the split value the chart sums every minor one into
MAX_SPLITS = 7  # split values drawn apart: the palette's colours less one, grey, for OTHERS


def fold_minor_splits(series: pd.DataFrame, keep: int = MAX_SPLITS) -> tuple[pd.DataFrame, list[str] | None]:
    """`casualty_series` rows with the split values beyond the `keep` largest (by total reported) summed
    into OTHERS per period and type, and the values kept (None: nothing folded, as when at most one value
    more than `keep` exists: folding one would hide its name for nothing). Fifty cited sources in fifty
    colours, the palette repeating, can be told apart by no one."""
    codes, values = pd.factorize(series["split"])  # a missing value: -1, no value of its own (folded)
    if len(values) <= keep + 1:
        return series, None
    reported, figures = (series[c].to_numpy() for c in ("reported", "figures"))
    reported = np.nan_to_num(reported) if reported.dtype.kind == "f" else reported  # as pandas sums: NaN as 0
    named = codes >= 0
    totals = np.bincount(codes[named], weights=reported[named].astype(float), minlength=len(values))
    largest = sorted(range(len(values)), key=lambda i: (-totals[i], values[i]))[:keep]  # ties by name
    # Each row's drawn value (a kept one, else OTHERS; a kept value written "(others)" is drawn with them),
    # summed per period, drawn value and type and sorted so, in numpy: with pandas' groupby and sort this
    # took 10-25 ms of the page at 100,000 articles.
    drawn = np.where(np.isin(codes, largest), np.asarray(values, dtype=object)[codes], OTHERS)
    drawn_codes, drawn_values = pd.factorize(drawn)
    type_codes, type_values = pd.factorize(series["type"], use_na_sentinel=False)
    sort_keys = [_name_ranks(type_values)[type_codes], _name_ranks(drawn_values)[drawn_codes], series["period"].to_numpy()]
    order = np.lexsort(sort_keys)
    starts = np.flatnonzero(np.r_[True, np.any([np.diff(k[order]) != 0 for k in sort_keys], axis=0)])
    first = order[starts]
    folded = pd.DataFrame({
        "period": series["period"].to_numpy()[first],
        "split": pd.array(drawn[first], dtype=series["split"].dtype),
        "type": pd.array(np.asarray(type_values, dtype=object)[type_codes[first]], dtype=series["type"].dtype),
        "reported": np.add.reduceat(reported[order], starts),
        "figures": np.add.reduceat(figures[order], starts),
    })
    return folded[list(series.columns)], [str(values[i]) for i in largest]


def _name_ranks(names) -> np.ndarray:
    """Each name's place in the names sorted, missing ones last (for numpy sorts by a code that stands for
    a string)."""
    names = list(names)
    ranks = np.empty(len(names), dtype=np.int64)
    by_name = sorted(range(len(names)), key=lambda i: (pd.isna(names[i]), "" if pd.isna(names[i]) else names[i]))
    ranks[by_name] = np.arange(len(names))
    return ranks


def aleppo_places(view: View) -> list[str]:
    """Names of the places inside Aleppo city (the city itself included) the view's articles mention."""
    frame = view.query("SELECT DISTINCT place FROM {locations} WHERE in_aleppo AND place IS NOT NULL ORDER BY place")
    return [str(p) for p in frame["place"]]


def casualty_places(view: View) -> list[str]:
    """Every place a casualty figure of the view is placed in, most figures first."""
    frame = view.query(
        "SELECT place, count(*) AS n FROM {casualties} WHERE place IS NOT NULL GROUP BY place ORDER BY n DESC, place"
    )
    return [str(p) for p in frame["place"]]


TOTAL_BY = {"Outlet": "outlet", "Cited source": "attributed_to"}
# The `figure_sums` flag marking an article's first row of each TOTAL_BY group (with its type).
FIRST_ROW_BY = {"outlet": "first_of_type", "attributed_to": "first_of_source"}


def casualty_totals(view: View, by: str, types: list[str], places: list[str] | None = None) -> pd.DataFrame:
    """Reported numbers summed per outlet or per cited source (`by` a TOTAL_BY value) and type, counted
    as the chart counts them (no running totals, sub-counts or repeats); largest first. Columns: `by`,
    type, reported, figures, articles."""
    return casualty_totals_by(view, types, places)[by if by in TOTAL_BY.values() else "outlet"]


def casualty_totals_by(view: View, types: list[str], places: list[str] | None = None) -> dict[str, pd.DataFrame]:
    """`casualty_totals` for every TOTAL_BY column at once: one scan of the figures (GROUPING SETS), not
    one per table the page shows. Keys are the TOTAL_BY values."""
    columns = list(TOTAL_BY.values())
    if places is None and not view.filters.cited:
        # An article's first row of a type (the outlet is the article's), or of a type and source, counts it
        # once (`figure_sums`); a place or a cited source can leave that row out: then a distinct count.
        articles = "CASE " + " ".join(
            f'WHEN grouping("{c}") = 0 THEN count(*) FILTER (WHERE {FIRST_ROW_BY[c]})' for c in columns
        ) + " END"
    else:
        articles = "count(DISTINCT article_no)"
    keyed = ", ".join(f"coalesce(CAST(\"{c}\" AS VARCHAR), '(not stated)') AS \"{c}\"" for c in columns)
    sets = ", ".join(f'("{c}", type)' for c in columns)
    frame = view.query(
        f"SELECT {keyed}, type, " + ", ".join(f'grouping("{c}") AS "summed over {c}"' for c in columns) + ","
        " CAST(sum(reported) AS BIGINT) AS reported, CAST(sum(figures) AS BIGINT) AS figures,"
        f" {articles} AS articles FROM {{figure_sums}} WHERE list_contains($types, type) AND {place_condition(places)}"
        f" GROUP BY GROUPING SETS ({sets})",
        {"types": list(types), **place_params(places)},
    )
    totals = {}
    for column in columns:
        part = frame[frame[f"summed over {column}"] == 0]  # the rows of this column's grouping set
        totals[column] = (
            part[[column, "type", "reported", "figures", "articles"]]
            .sort_values(["reported", column, "type"], ascending=[False, True, True])
            .reset_index(drop=True)
        )
    return totals


def figures_behind_points(
    view: View,
    keys: list[tuple],
    freq: str,
    split: str,
    columns: list[str],
    places: list[str] | None = None,
    kept: list[str] | None = None,
) -> pd.DataFrame:
    """The casualty figures selected bars stand for (same period, split value and type), no running totals.
    A bar of OTHERS stands for every split value not in `kept` (`fold_minor_splits`'s second result)."""
    if not keys:
        return pd.DataFrame(columns=columns)
    column = split if split in SPLITS.values() else "outlet"
    wanted = [
        {"period": str(k[0])[:10], "split": str(k[1]), "type": str(k[2]) if len(k) > 2 else None}
        for k in keys
    ]
    chosen = ", ".join(f'"{c}"' for c in columns)
    value = f"coalesce(CAST(c.\"{column}\" AS VARCHAR), '(not stated)')"
    return view.query(
        f"SELECT {chosen} FROM {{casualties}} c WHERE NOT coalesce(cumulative, false) AND EXISTS ("
        f" SELECT 1 FROM unnest($wanted) AS w(k) WHERE strftime({period_sql(FIGURE_DATE, freq)}, '%Y-%m-%d') = k.period"
        f" AND ({value} = k.split OR (k.split = $others AND NOT list_contains($kept, {value})))"
        f" AND (k.type IS NULL OR c.type = k.type)) AND {place_condition(places, 'c.')} ORDER BY published",
        {"wanted": wanted, "others": OTHERS if kept is not None else None, "kept": kept or [], **place_params(places)},
    )


# A quote whose speaker is a name; an unnamed source ("witnesses") is not a node of its own. Builds from
# before `speaker_named` existed read NULL there and count every speaker as named.
NAMED_SPEAKER = "speaker IS NOT NULL AND coalesce(speaker_named, true)"


def unnamed_sources_by_outlet(view: View) -> pd.DataFrame:
    """Per outlet: quotes with a named speaker, with an unnamed source ("witnesses", "a military
    source"), with no speaker found, and the share of attributed quotes whose source is unnamed
    (`unnamed_share`, 0-1; None when the outlet has no attributed quote), and a chart `label` with the
    number of attributed quotes. Most attributed first."""
    counts = view.query(
        "SELECT outlet, CAST(sum(named) AS BIGINT) AS named, CAST(sum(unnamed) AS BIGINT) AS unnamed,"
        " CAST(coalesce(sum(quotes) FILTER (WHERE speaker IS NULL), 0) AS BIGINT) AS no_speaker"
        " FROM {speaker_articles} GROUP BY outlet ORDER BY sum(named) + sum(unnamed) DESC, outlet"
    )
    attributed = counts["named"] + counts["unnamed"]
    counts["unnamed_share"] = (counts["unnamed"] / attributed.where(attributed > 0)).round(3)
    # The chart's label carries n: a share over 10 quotes is not one over 1,000.
    counts["label"] = counts["outlet"].fillna("unknown").astype(str) + " (n=" + attributed.astype(str) + ")"
    return counts


def speaker_network(view: View, top: int = 40) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Speakers (quote counts, side) and co-quoted edges (articles quoting both), top speakers only."""
    # Over the per-article counts (summaries.py): speaker numbers sort as the names do. A speaker's side is
    # the side most of their named statements give (the first in name order on a tie).
    # An article counts once per speaker: its first row with named statements (`first_named`).
    speakers = view.query(
        "WITH top AS (SELECT speaker_no, any_value(speaker) AS speaker, CAST(sum(named) AS BIGINT)"
        " AS quotes, count(*) FILTER (WHERE first_named) AS articles FROM {speaker_articles} WHERE named > 0"
        " GROUP BY speaker_no ORDER BY quotes DESC, speaker_no LIMIT $top), sides AS (SELECT speaker_no,"
        " first(side ORDER BY n DESC, side) AS side FROM (SELECT speaker_no, side, sum(named) AS n FROM"
        " {speaker_articles} WHERE named > 0 AND side IS NOT NULL AND speaker_no IN (SELECT speaker_no FROM top)"
        " GROUP BY ALL) GROUP BY speaker_no)"
        " SELECT t.speaker_no, t.speaker, t.quotes, t.articles, s.side FROM top t LEFT JOIN sides s USING (speaker_no)"
        " ORDER BY t.quotes DESC, t.speaker_no",
        {"top": top},
    )
    if speakers.empty:
        return (
            pd.DataFrame(columns=["speaker", "quotes", "articles", "side"]),
            pd.DataFrame(columns=["source", "target", "weight"]),
        )
    nodes = view.speaker_nodes
    if not nodes.empty and "side" in nodes.columns:
        known = nodes.dropna(subset=["side"]).drop_duplicates("name").set_index("name")["side"]
        speakers["side"] = speakers["side"].fillna(speakers["speaker"].map(known))
    speakers["side"] = speakers["side"].fillna("unknown")
    # Pairs by speaker number (numbers sort as the names do): comparing names took up to 40 ms at 100,000 articles.
    edges = view.query(
        "WITH pairs AS (SELECT article_no, speaker_no FROM {speaker_articles} WHERE first_of_speaker"
        " AND list_contains($kept, speaker_no))"
        " SELECT a.speaker_no AS source, b.speaker_no AS target, count(*) AS weight FROM pairs a"
        " JOIN pairs b ON a.article_no = b.article_no AND a.speaker_no < b.speaker_no GROUP BY ALL ORDER BY ALL",
        {"kept": speakers["speaker_no"].tolist()},
    )
    name_of = dict(zip(speakers["speaker_no"], speakers["speaker"], strict=True))
    edges = edges.assign(source=edges["source"].map(name_of), target=edges["target"].map(name_of))
    return speakers.drop(columns="speaker_no").reset_index(drop=True), edges


def outlet_speaker_matrix(view: View, top: int = 15) -> pd.DataFrame:
    """Quotes per outlet (rows) and speaker (columns) for the most quoted speakers."""
    counts = view.query(
        # one scan of the kept quotes: per outlet and speaker, all their quotes and the named ones; the
        # leaders are the speakers with the most named quotes
        "WITH per AS MATERIALIZED (SELECT outlet, speaker, sum(quotes) AS quotes, sum(named) AS named"
        " FROM {speaker_articles} WHERE speaker IS NOT NULL GROUP BY outlet, speaker),"
        " leaders AS (SELECT speaker, CAST(sum(named) AS BIGINT) AS n FROM per GROUP BY speaker HAVING n > 0"
        " ORDER BY n DESC, speaker LIMIT $top)"
        " SELECT p.outlet, p.speaker, p.quotes, l.n AS total FROM per p JOIN leaders l USING (speaker)",
        {"top": top},
    )
    if counts.empty:
        return pd.DataFrame()
    leaders = counts.groupby("speaker")["total"].first().sort_values(ascending=False, kind="stable")
    table = counts.pivot_table(
        index="outlet", columns="speaker", values="quotes", fill_value=0, aggfunc="sum"
    )
    table = table.astype(int).rename_axis(index="outlet", columns="speaker")
    return table[list(leaders.index)]


def top_entities(view: View, labels: tuple[str, ...], n: int = 15) -> pd.DataFrame:
    return view.query(
        "SELECT n.canonical, CAST(sum(e.mentions) AS BIGINT) AS mentions, count(DISTINCT e.article_no) AS articles"
        " FROM {entity_articles} e JOIN entity_names n USING (entity_no) WHERE list_contains($labels, n.label)"
        " GROUP BY n.canonical ORDER BY mentions DESC, canonical LIMIT $n",
        {"labels": list(labels), "n": n},
    )


def entity_series(view: View, names: list[str], freq: str) -> pd.DataFrame:
    return view.query(
        f"SELECT {period_sql('e.published', freq)} AS period, n.canonical, CAST(sum(e.mentions) AS BIGINT) AS mentions"
        " FROM {entity_articles} e JOIN entity_names n USING (entity_no)"
        " WHERE list_contains($names, n.canonical) AND e.published IS NOT NULL GROUP BY ALL ORDER BY ALL",
        {"names": list(names)},
    )


def co_mentions(view: View, name: str, n: int = 15) -> pd.DataFrame:
    """Entities named in the same articles as `name`, by number of shared articles."""
    # One row per article and (canonical, label) in entity_articles: counting rows counts shared articles.
    # The articles naming `name` are found among the kept ones, so the outer scan reads entity_articles
    # unfiltered (filtering it again cost a second semi-join), counts by entity number and names only the
    # counted entities: 420-490 -> 110-120 ms after a broad search at 1,000,000 articles.
    return view.query(
        "SELECT n.canonical, n.label, c.shared_articles FROM (SELECT entity_no, count(*) AS shared_articles"
        " FROM entity_articles WHERE article_no IN (SELECT article_no FROM {entity_articles} WHERE entity_no IN"
        "  (SELECT entity_no FROM entity_names WHERE canonical = $name)) GROUP BY entity_no) c"
        " JOIN entity_names n USING (entity_no) WHERE n.canonical <> $name"
        " ORDER BY shared_articles DESC, canonical, label LIMIT $n",
        {"name": name, "n": n},
    )


# ---- The 2016 front line --------------------------------------------------------------------------

FRONT_AREAS = {  # side -> (label on the map, what the gazetteer's control_2016 starts with)
    "east": ("Rebel-held east (2016)", ("rebel-held", "opposition")),
    "west": ("Government-held west (2016)", ("government-held",)),
}






# ---- Data quality ---------------------------------------------------------------------------------

MEASURE_ORDER = ["precision", "recall", "f1"]


def percent(value: object) -> str:
    """0.904 -> "90%"; a missing value -> an en dash."""
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return "–"
    return "–" if math.isnan(number) else f"{number:.0%}"


def figure_with_n(value: object, n: object) -> str:
    """0.904, 52 -> "90% (n=52)"; a missing value -> an en dash."""
    shown = percent(value)
    if shown == "–" or n is None or (isinstance(n, float) and math.isnan(n)):
        return shown
    return f"{shown} (n={int(n):,})"


def quality_by(metrics: pd.DataFrame, *, split: str = "test", column: str = "measure", family: str = "all") -> pd.DataFrame:
    """Extractors (rows) by measure, or by family, for one split: cells read "90% (n=52)".

    `column="family"` gives one column per corpus family (seeds, FA-KES, web) with a row per
    extractor and measure. Reports written before splits existed (no `split` column) count as "all".
    """
    if metrics.empty:
        return pd.DataFrame(columns=["extractor"])
    metrics = metrics.assign(
        split=metrics.get("split", "all"),
        family=metrics.get("family", "all"),
    )
    rows = metrics[metrics["split"] == split]
    if column == "measure":
        rows = rows[rows["family"] == family]
        index = ["extractor"]
    else:
        rows = rows[rows["family"] != "all"]
        index = ["extractor", "measure"]
    if rows.empty:
        return pd.DataFrame(columns=index)
    rows = rows.assign(cell=[figure_with_n(v, n) for v, n in zip(rows["value"], rows["n"], strict=True)])
    wide = rows.pivot_table(index=index, columns=column, values="cell", aggfunc="first", sort=False)
    order = [c for c in [*MEASURE_ORDER, *FAMILY_LABELS] if c in wide.columns] + [
        c for c in wide.columns if c not in MEASURE_ORDER and c not in FAMILY_LABELS
    ]
    wide = wide.reindex(columns=order).fillna("–").rename(columns=FAMILY_LABELS)
    return wide.reset_index().rename_axis(columns=None)


FAMILY_LABELS = {"seeds": "seed articles", "fakes": "FA-KES outlets", "web": "real web pages"}


def benchmark_table(metrics: pd.DataFrame, published: dict[str, dict[str, float | None]], family: str) -> pd.DataFrame:
    """The published peers' figures and this code's on one benchmark, one row per system.

    `published` maps system -> measure -> figure on the peers' own scale (fractions for WAD,
    percentages for PolNeAR); this code's figure is put on the same scale.
    """
    measures = list(dict.fromkeys(m for figures in published.values() for m in figures))
    percent_scale = any((v or 0) > 1 for figures in published.values() for v in figures.values())
    rows = [{"system": system, **{m: _scaled(figures.get(m), percent_scale) for m in measures}} for system, figures in published.items()]
    has_benchmarks = not metrics.empty and {"split", "family"} <= set(metrics.columns)
    ours = metrics[(metrics["split"] == "benchmark") & (metrics["family"] == family)] if has_benchmarks else metrics.iloc[:0]
    if not ours.empty:
        found = dict(zip(ours["measure"], ours["value"], strict=True))
        n = int(ours["n"].max())
        rows.append({"system": f"Aleppo Lens (this code, first {n:,} items)",
                     **{m: _scaled(found.get(m), percent_scale, ours=True) for m in measures}})
    return pd.DataFrame(rows, columns=["system", *measures])


def _scaled(value: float | None, percent_scale: bool, ours: bool = False) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if percent_scale:
        return f"{value * 100 if ours else value:.1f}"
    return f"{value:.3f}"


def quality_matrix(metrics: pd.DataFrame) -> pd.DataFrame:
    """Extractors (rows) by measure (columns) as percentages; a measure an extractor lacks shows "–"."""
    if metrics.empty:
        return pd.DataFrame(columns=["extractor"])
    wide = metrics.pivot_table(
        index="extractor", columns="measure", values="value", aggfunc="first", sort=False
    )
    order = [m for m in MEASURE_ORDER if m in wide.columns] + [
        m for m in wide.columns if m not in MEASURE_ORDER
    ]
    wide = wide.reindex(columns=order)
    shown = pd.DataFrame({column: wide[column].map(percent) for column in order}, index=wide.index)
    return shown.reset_index().rename_axis(columns=None)

