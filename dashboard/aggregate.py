"""Counts and tables the pages chart, computed from the filtered datasets (pure pandas, no Streamlit)."""

from __future__ import annotations

import itertools
import math
from collections import Counter

import numpy as np
import pandas as pd

FREQUENCIES = {"day": "D", "week": "W", "month": "M"}
SPEAKER_GROUPS = ("PERSON", "ORG", "ARMED_GROUP")
ENTITY_GROUPS = {"People": ("PERSON",), "Organisations": ("ORG",), "Armed groups": ("ARMED_GROUP",)}
MEASURES = {
    "Mentions": "mentions",
    "Reported killed": "killed",
    "Reported wounded": "wounded",
    "Quotes about it": "quotes",
}


def period_start(dates: pd.Series, freq: str) -> pd.Series:
    """Each date's day, week (starting Monday) or month, as a timestamp."""
    dates = pd.to_datetime(dates, errors="coerce")
    if freq == "day":
        return dates.dt.floor("D")
    return dates.dt.to_period(FREQUENCIES[freq]).dt.start_time


def overview_counts(view: dict[str, pd.DataFrame]) -> dict[str, int | str]:
    articles, entities = view["articles"], view["entities"]
    dates = articles["published"].dropna()
    first, last = (dates.min(), dates.max()) if len(dates) else (None, None)
    return {
        "articles": len(articles),
        "outlets": articles["outlet"].nunique(),
        "span": month_span(first, last),
        "span_days": f"{first:%d %b %Y} to {last:%d %b %Y}" if first is not None else "no dates",
        "people": entities.loc[entities["label"] == "PERSON", "canonical"].nunique(),
        "places": view["locations"]["place_id"].nunique(),
        "figures": len(view["casualties"]),
        "quotes": len(view["quotes"]),
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


def articles_over_time(articles: pd.DataFrame, freq: str = "month") -> pd.DataFrame:
    frame = articles.dropna(subset=["published"]).assign(period=lambda f: period_start(f["published"], freq))
    return frame.groupby(["period", "outlet"], as_index=False).size().rename(columns={"size": "articles"})


def outlet_top_entities(entities: pd.DataFrame, per_outlet: int = 5) -> pd.DataFrame:
    """What each outlet covers most: its most mentioned entities (count of articles naming them)."""
    if entities.empty:
        return pd.DataFrame(columns=["outlet", "canonical", "label", "articles"])
    counts = (
        entities.groupby(["outlet", "canonical", "label"], as_index=False)["article_id"]
        .nunique()
        .rename(columns={"article_id": "articles"})
    )
    counts = counts.sort_values(["outlet", "articles", "canonical"], ascending=[True, False, True])
    return counts.groupby("outlet").head(per_outlet).reset_index(drop=True)


def _killed_wounded(figures: pd.DataFrame) -> pd.DataFrame:
    """Figures that can be added up: a number, not a running total, not a sub-count of another figure."""
    usable = figures[figures["number"].notna() & ~figures["cumulative"].fillna(False).astype(bool)]
    return usable[usable["part_of"].isna()]


def district_measures(
    places: pd.DataFrame, locations: pd.DataFrame, figures: pd.DataFrame, quotes: pd.DataFrame
) -> pd.DataFrame:
    """One row per Aleppo place with its mentions, reported killed/wounded and quotes about it."""
    table = places.copy()
    mentions = locations.groupby("place_id")["article_id"].size()
    table["mentions"] = table["place_id"].map(mentions).fillna(0).astype(int)

    # Figures name their place as written; match that to gazetteer names, variants and mention texts.
    name_to_id: dict[str, str] = {}
    variants = table["variants"] if "variants" in table.columns else [""] * len(table)
    for name, others, pid in zip(table["name"], variants, table["place_id"], strict=False):
        for alias in [name, *str(others or "").split("|")]:
            name_to_id.setdefault(str(alias).strip().lower(), pid)
    for column in ("place", "text"):
        for alias, pid in zip(locations[column], locations["place_id"], strict=False):
            name_to_id.setdefault(str(alias).strip().lower(), pid)
    usable = _killed_wounded(figures).assign(
        place_id=lambda f: f["place"].fillna("").str.lower().map(name_to_id)
    )
    for kind in ("killed", "wounded"):
        sums = usable[usable["type"] == kind].groupby("place_id")["number"].sum()
        table[kind] = table["place_id"].map(sums).fillna(0).astype(int)

    # A quote is about a place when a mention of that place falls inside the quote's span.
    inside = locations.merge(quotes[["article_id", "start", "end"]], on="article_id", suffixes=("", "_q"))
    inside = inside[(inside["start"] >= inside["start_q"]) & (inside["end"] <= inside["end_q"])]
    about = inside.drop_duplicates(["article_id", "start_q", "place_id"]).groupby("place_id").size()
    table["quotes"] = table["place_id"].map(about).fillna(0).astype(int)
    return table


def other_places(locations: pd.DataFrame) -> pd.DataFrame:
    """Places outside Aleppo city with coordinates, with their mention counts."""
    outside = locations[~locations["in_aleppo"].fillna(False).astype(bool) & locations["lat"].notna()]
    if outside.empty:
        return pd.DataFrame(
            columns=["place_id", "place", "kind", "country", "lat", "lon", "mentions", "articles"]
        )
    return (
        outside.groupby("place_id", as_index=False)
        .agg(
            place=("place", "first"),
            kind=("kind", "first"),
            country=("country", "first"),
            lat=("lat", "first"),
            lon=("lon", "first"),
            mentions=("article_id", "size"),
            articles=("article_id", "nunique"),
        )
        .sort_values("mentions", ascending=False)
    )


def mentions_of_place(locations: pd.DataFrame, articles: pd.DataFrame, place_id: str) -> pd.DataFrame:
    """Each sentence-ish snippet (the mention with 120 characters either side) naming a place."""
    bodies = articles[["article_id", "text"]].rename(columns={"text": "body"})
    hits = locations[locations["place_id"] == place_id].merge(bodies, on="article_id")
    if hits.empty:
        return pd.DataFrame(columns=["article_id", "outlet", "published", "title", "snippet"])
    hits["snippet"] = [
        "…" + str(t)[max(0, s - 120) : e + 120].replace("\n", " ") + "…"
        for t, s, e in zip(hits["body"], hits["start"], hits["end"], strict=False)
    ]
    return hits[["article_id", "outlet", "published", "title", "snippet"]]


def figure_dates(figures: pd.DataFrame) -> pd.Series:
    """When a figure happened: its event date, else its article's publication date."""
    return pd.to_datetime(figures["event_date"], errors="coerce").fillna(figures["published"])


SPLITS = {"Outlet": "outlet", "Cited source": "attributed_to", "Victim group": "group"}


def casualty_series(figures: pd.DataFrame, freq: str, split: str, types: list[str]) -> pd.DataFrame:
    """Reported numbers per period and split value; running totals and sub-counts left out."""
    usable = _killed_wounded(figures)
    usable = usable[usable["type"].isin(types)].copy()
    usable["period"] = period_start(figure_dates(usable), freq)
    usable["split"] = usable[split].fillna("(not stated)").astype(str)
    usable = usable.dropna(subset=["period"])
    if usable.empty:
        return pd.DataFrame(columns=["period", "split", "type", "reported", "figures"])
    return usable.groupby(["period", "split", "type"], as_index=False).agg(
        reported=("number", "sum"), figures=("figure_id", "size")
    )


def speaker_network(
    quotes: pd.DataFrame, nodes: pd.DataFrame, top: int = 40
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Speakers (quote counts, side) and co-quoted edges (articles quoting both), top speakers only."""
    quoted = quotes.dropna(subset=["speaker"])
    if quoted.empty:
        return (
            pd.DataFrame(columns=["speaker", "quotes", "articles", "side"]),
            pd.DataFrame(columns=["source", "target", "weight"]),
        )
    speakers = (
        quoted.groupby("speaker", as_index=False)
        .agg(
            quotes=("article_id", "size"),
            articles=("article_id", "nunique"),
            side=("speaker_side", lambda s: s.dropna().mode().iat[0] if s.notna().any() else None),
        )
        .sort_values(["quotes", "speaker"], ascending=[False, True])
        .head(top)
    )
    if not nodes.empty and "side" in nodes.columns:
        known = nodes.dropna(subset=["side"]).drop_duplicates("name").set_index("name")["side"]
        speakers["side"] = speakers["side"].fillna(speakers["speaker"].map(known))
    speakers["side"] = speakers["side"].fillna("unknown")
    kept = set(speakers["speaker"])
    pairs: Counter = Counter()
    for _, names in quoted[quoted["speaker"].isin(kept)].groupby("article_id")["speaker"]:
        for a, b in itertools.combinations(sorted(set(names)), 2):
            pairs[(a, b)] += 1
    edges = pd.DataFrame([(a, b, w) for (a, b), w in pairs.items()], columns=["source", "target", "weight"])
    return speakers.reset_index(drop=True), edges


def outlet_speaker_matrix(quotes: pd.DataFrame, top: int = 15) -> pd.DataFrame:
    """Quotes per outlet (rows) and speaker (columns) for the most quoted speakers."""
    quoted = quotes.dropna(subset=["speaker"])
    if quoted.empty:
        return pd.DataFrame()
    leaders = quoted["speaker"].value_counts().head(top).index
    table = pd.crosstab(quoted["outlet"], quoted["speaker"])
    return table[list(leaders)]


def top_entities(entities: pd.DataFrame, labels: tuple[str, ...], n: int = 15) -> pd.DataFrame:
    chosen = entities[entities["label"].isin(labels)]
    if chosen.empty:
        return pd.DataFrame(columns=["canonical", "mentions", "articles"])
    return (
        chosen.groupby("canonical", as_index=False)
        .agg(mentions=("article_id", "size"), articles=("article_id", "nunique"))
        .sort_values(["mentions", "canonical"], ascending=[False, True])
        .head(n)
        .reset_index(drop=True)
    )


def entity_series(entities: pd.DataFrame, names: list[str], freq: str) -> pd.DataFrame:
    chosen = entities[entities["canonical"].isin(names)].dropna(subset=["published"])
    chosen = chosen.assign(period=period_start(chosen["published"], freq))
    return chosen.groupby(["period", "canonical"], as_index=False).size().rename(columns={"size": "mentions"})


def co_mentions(entities: pd.DataFrame, name: str, n: int = 15) -> pd.DataFrame:
    """Entities named in the same articles as `name`, by number of shared articles."""
    with_name = set(entities.loc[entities["canonical"] == name, "article_id"])
    others = entities[entities["article_id"].isin(with_name) & (entities["canonical"] != name)]
    if others.empty:
        return pd.DataFrame(columns=["canonical", "label", "shared_articles"])
    return (
        others.groupby(["canonical", "label"], as_index=False)["article_id"]
        .nunique()
        .rename(columns={"article_id": "shared_articles"})
        .sort_values(["shared_articles", "canonical"], ascending=[False, True])
        .head(n)
        .reset_index(drop=True)
    )


# ---- The 2016 front line --------------------------------------------------------------------------

FRONT_AREAS = {  # side -> (label on the map, what the gazetteer's control_2016 starts with)
    "east": ("Rebel-held east (2016)", ("rebel-held", "opposition")),
    "west": ("Government-held west (2016)", ("government-held",)),
}


def front_side(control: object) -> str | None:
    """The side ("east" or "west") holding a place throughout 2016; None if contested or it changed hands."""
    text = str(control or "").strip().lower()
    if not text or any(word in text for word in ("until", "contest", "kurd", "ypg")):
        return None
    for side, (_, prefixes) in FRONT_AREAS.items():
        if text.startswith(prefixes):
            return side
    return None


def front_areas(places: pd.DataFrame, cell_m: float = 200.0, reach_m: float = 650.0) -> pd.DataFrame:
    """Approximate 2016 east and west areas: grid cells taking the side of their nearest gazetteer point.

    The gazetteer holds neighbourhood centres, not boundaries. Each cell of a `cell_m` grid over the
    city takes the side of the nearest place held by one side all year, if that place is within
    `reach_m`; cells nearer a contested place, or far from every place, stay blank. The edge between
    the two sides' cells is then an honest sketch of the front line, no more precise than the points.
    Columns: side, label, cells (squares as rings of [lon, lat]), places, lat, lon (label position).
    """
    located = places[places["lat"].notna() & places["lon"].notna()]
    sides = located["control_2016"].map(front_side)
    if located.empty or sides.isna().all():
        return pd.DataFrame(columns=["side", "label", "cells", "places", "lat", "lon"])
    lat0 = float(located["lat"].mean())
    metres_per_deg_lat, metres_per_deg_lon = 111_320.0, 111_320.0 * math.cos(math.radians(lat0))
    # Every located place competes for the cells (so contested places hold their ground); only cells
    # won by a one-sided place are drawn.
    xs = located["lon"].to_numpy() * metres_per_deg_lon
    ys = located["lat"].to_numpy() * metres_per_deg_lat
    gx = np.arange(xs.min() - reach_m, xs.max() + reach_m, cell_m)
    gy = np.arange(ys.min() - reach_m, ys.max() + reach_m, cell_m)
    cx, cy = np.meshgrid(gx + cell_m / 2, gy + cell_m / 2)
    distance = np.hypot(cx.ravel()[:, None] - xs[None, :], cy.ravel()[:, None] - ys[None, :])
    nearest = distance.argmin(axis=1)
    within = distance[np.arange(len(nearest)), nearest] <= reach_m
    cell_sides = sides.to_numpy()[nearest]
    rows = []
    half = cell_m / 2
    corners = ((-half, -half), (half, -half), (half, half), (-half, half))
    for side, (label, _) in FRONT_AREAS.items():
        chosen = within & (cell_sides == side)
        if not chosen.any():
            continue
        centres = list(zip(cx.ravel()[chosen], cy.ravel()[chosen], strict=True))
        cells = [
            [[(x + dx) / metres_per_deg_lon, (y + dy) / metres_per_deg_lat] for dx, dy in corners] for x, y in centres
        ]
        top_x, top_y = max(centres, key=lambda centre: centre[1])
        rows.append(
            {
                "side": side,
                "label": label,
                "cells": cells,
                "places": int((sides == side).sum()),
                # The label sits at the area's northern edge, clear of the marks in the middle.
                "lat": (top_y + half) / metres_per_deg_lat,
                "lon": top_x / metres_per_deg_lon,
            }
        )
    return pd.DataFrame(rows, columns=["side", "label", "cells", "places", "lat", "lon"])


# ---- Data quality ---------------------------------------------------------------------------------

MEASURE_ORDER = ["precision", "recall", "f1"]


def percent(value: object) -> str:
    """0.904 -> "90%"; a missing value -> an en dash."""
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return "–"
    return "–" if math.isnan(number) else f"{number:.0%}"


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
