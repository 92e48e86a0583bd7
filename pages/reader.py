"""Reader: one article with its entities, places, casualty figures and quotes highlighted."""

import pandas as pd
import streamlit as st

from dashboard import data, provenance, ui
from dashboard import filters as flt
from dashboard.highlight import SCROLL_TO_FACT, STYLE, Span, highlight, legend_html

ui.ensure_app()
st.title("Reader")
view = ui.require_data()
requested = st.query_params.get(flt.ARTICLE)
# The newest matching articles (a selectbox of 100,000 titles would not be usable, nor fast).
newest = view.table(
    "articles",
    ["article_id", "outlet", "title"],
    order="published DESC NULLS LAST, article_id",
    limit=ui.MAX_ROWS,
)

# The article asked for in the URL opens even when the filters would hide it.
ids = list(newest["article_id"])


def picker_labels(articles: pd.DataFrame) -> dict[str, str]:
    """ "Outlet: title" by article id (a plain dict: 1,000 lookups in an Arrow-backed frame took 30 ms a run)."""
    shown = articles["outlet"].fillna("outlet unknown") + ": " + articles["title"].fillna("untitled")
    return dict(zip(articles["article_id"], shown, strict=True))


labels = picker_labels(newest)
if requested and requested not in ids:
    asked = data.article_titles([requested])
    if len(asked):
        ids.insert(0, requested)
        labels |= picker_labels(asked.reset_index())
if not ids:
    ui.empty_state()
    st.stop()


def _remember_article() -> None:
    # Keep the URL in step with the chosen article so a copied link reopens it.
    st.query_params[flt.ARTICLE] = st.session_state["reader-article"]
    st.query_params.pop(flt.FACT, None)  # the followed fact belongs to the article the link opened


# A new ?article= in the URL (a link followed in this session) wins over the previous choice.
if requested in ids and st.session_state.get("_reader-requested") != requested:
    st.session_state["reader-article"] = requested
st.session_state["_reader-requested"] = requested
if st.session_state.get("reader-article") not in ids:
    st.session_state.pop("reader-article", None)
chosen = st.selectbox(
    "Article",
    ids,
    key="reader-article",
    on_change=_remember_article,
    format_func=labels.__getitem__,
)
parts = data.article(chosen)
row = parts["articles"].iloc[0]
for name in ("casualties", "quotes", "locations"):  # their CSVs carry the provenance columns
    parts[name] = provenance.one_article_rows(parts[name], row)
st.header(ui.md_escape(row["title"]), anchor=False)
published = row["published"].strftime("%d %B %Y") if pd.notna(row["published"]) else "date unknown"
st.caption(
    f"{ui.md_escape(row['outlet'])} · {published} · {row['n_words']:,} words · source {ui.md_escape(row['source'])}"
)

show = st.pills(
    "Highlight",
    ["entities", "places", "figures", "quotes"],
    selection_mode="multi",
    default=["entities", "places", "figures", "quotes"],
    key=flt.READER_LAYERS,
    bind="query-params",
)
spans: list[Span] = []
# The fact a link followed ("?fact=figure:120-131"), in the article it names: outlined, scrolled to.
fact = flt.parse_fact(st.query_params.get(flt.FACT)) if chosen == requested else None
if fact and fact[2] <= len(str(row["text"])):
    spans.append(Span(fact[1], fact[2], "fact", f"the {fact[0]} you followed"))
    st.caption(
        f"Opened at the {ui.md_escape(fact[0])} you followed (outlined in red): "
        f"“{ui.md_escape(str(row['text'])[fact[1]:fact[2]])}”"
    )
if "quotes" in show:
    spans += [
        Span(int(q.start), int(q.end), "quote", f"quote: {q.speaker or 'speaker unknown'}")
        for q in parts["quotes"].itertuples()
    ]
if "figures" in show:
    spans += [
        Span(
            int(f.start),
            int(f.end),
            "figure",
            f"{f.number if pd.notna(f.number) else 'vague'} {f.type} ({f.group}), "
            f"attributed to {f.attributed_to or 'no one'}",
        )
        for f in parts["casualties"].itertuples()
    ]
if "places" in show:
    spans += [
        Span(int(p.start), int(p.end), "place", f"{p.place} ({p.kind})")
        for p in parts["locations"].itertuples()
    ]
if "entities" in show:
    spans += [
        Span(int(e.start), int(e.end), "entity", f"{e.label}: {e.canonical}")
        for e in parts["entities"].itertuples()
    ]

text_col, side_col = st.columns([3, 2], gap="large")
with text_col:
    st.html(
        STYLE + f"<p>{legend_html()}</p><div class='al-article'>{highlight(str(row['text']), spans)}</div>"
    )
    if fact:
        st.html(SCROLL_TO_FACT, unsafe_allow_javascript=True)
# Side tables are narrow: what every row of one article shares (and its sentence, beside them) stays in
# the CSV only, so the attribution column shows without scrolling sideways.
SAME_ARTICLE = ("outlet", "published", "sentence")
with side_col:
    st.subheader("Casualty figures", anchor=False)
    ui.table(
        parts["casualties"],
        "reader-figures",
        empty="None found in this article.",
        columns=provenance.with_provenance(["number_text", "attributed_to", "type", "group", "place"], "casualties"),
        hidden=SAME_ARTICLE,
    )
    st.subheader("Quotes", anchor=False)
    ui.table(
        parts["quotes"],
        "reader-quotes",
        empty="None found in this article.",
        columns=provenance.with_provenance(["speaker", "cue", "quote", "speaker_side"], "quotes"),
        hidden=SAME_ARTICLE,
    )
    st.subheader("Places", anchor=False)
    ui.table(
        parts["locations"].drop_duplicates("place_id"),
        "reader-places",
        empty="None found in this article.",
        columns=provenance.with_provenance(["place", "kind", "control_2016", "in_aleppo"], "locations"),
        hidden=(*SAME_ARTICLE, "text"),
    )
    st.subheader("Entities", anchor=False)
    entity_counts = (
        parts["entities"]
        .groupby(["canonical", "label"], as_index=False)
        .size()
        .sort_values("size", ascending=False)
        .rename(columns={"size": "mentions"})
    )
    ui.table(entity_counts, "reader-entities", empty="None found in this article.")
