"""Counts and tables the pages chart, computed from the filtered datasets (pure pandas, no Streamlit)."""

from __future__ import annotations

import itertools
from collections import Counter

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
    span = f"{dates.min():%d %b %Y} to {dates.max():%d %b %Y}" if len(dates) else "no dates"
    return {
        "articles": len(articles),
        "outlets": articles["outlet"].nunique(),
        "span": span,
        "people": entities.loc[entities["label"] == "PERSON", "canonical"].nunique(),
        "places": view["locations"]["place_id"].nunique(),
        "figures": len(view["casualties"]),
        "quotes": len(view["quotes"]),
    }


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
        return pd.DataFrame(columns=["place_id", "place", "kind", "lat", "lon", "mentions", "articles"])
    return (
        outside.groupby("place_id", as_index=False)
        .agg(
            place=("place", "first"),
            kind=("kind", "first"),
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
