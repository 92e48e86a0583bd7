"""Speakers: who is quoted, with whom, by which outlets, and what they said."""

import streamlit as st

from dashboard import aggregate, charts, data, drilldown, network_chart, selection, ui
from dashboard import filters as flt

QUOTE_COLUMNS = ["article_id", "published", "outlet", "kind", "attribution", "quote", "cue", "speaker_text"]
ORDER = "published, article_id, start"  # the quote tables' order

ui.ensure_app()
st.title("Speakers")
st.markdown(ui.content("speakers"))
view = ui.require_data()
ui.filter_caption(view.n_articles)
ui.quality_link()
# The tables at the foot of the page are asked now: they run on the query threads while the network is drawn.
matrix_asked = data.in_background(aggregate.outlet_speaker_matrix, view)
unnamed_asked = data.in_background(aggregate.unnamed_sources_by_outlet, view)
nodes, edges = aggregate.speaker_network(view)
if nodes.empty:
    ui.empty_state("quotes with a known speaker")
    st.stop()

st.subheader("Who is quoted alongside whom")
speakers = list(nodes["speaker"])
# A speaker named in the URL opens even when not among the most quoted.
asked = st.query_params.get(flt.SPEAKER)
if asked and asked not in speakers and drilldown.quotes_by(view, asked):
    speakers.insert(0, asked)
PAIR = "_speaker-pair"  # the clicked line's two speakers, while it is selected


def _follow_network_click() -> None:
    # A click picks the panel's subject: a dot its speaker, a line the two speakers; clearing it, the default.
    choice = selection.network_choice(st.session_state["speaker-network"].selection.points)
    st.session_state[PAIR] = choice[1:] if choice and choice[0] == "pair" else None
    clicked = choice[1] if choice and choice[0] == "speaker" else None
    if choice is None or clicked:
        chosen = selection.chosen_after_click(clicked, speakers, speakers[0])
        if chosen:
            st.session_state[flt.SPEAKER] = chosen


pair = st.session_state.get(PAIR)  # set by the network's click callback, which runs before the page
# The quotes of the speaker the picker below will show (the session's, else the link's, else the most
# quoted) are asked before the network is drawn; a clicked pair's are asked where they are drawn.
likely = None if pair else next((s for s in (st.session_state.get(flt.SPEAKER), asked) if s in speakers), speakers[0])
if likely is not None:
    likely_said, likely_params = drilldown.said_by(likely)
    likely_quotes = ui.fact_rows(view, "quotes", QUOTE_COLUMNS, order=ORDER, where=likely_said, params=likely_params)
    likely_count = data.in_background(drilldown.quotes_by, view, likely)
st.plotly_chart(
    network_chart.speaker_network(nodes, edges, ui.presenting()),
    key="speaker-network",
    on_select=_follow_network_click,
    selection_mode="points",
)
st.caption(
    "Dot size: number of quotes. Colour: the speaker's side. A line joins two speakers quoted in the "
    "same article. Click a dot to read that speaker's quotes, or the small grey mark in the middle of a "
    "line to read what the two said in the articles quoting both; double-click the background to clear."
)
if pair:
    a, b = pair
    said, said_params = drilldown.said_by(a, b)
    n_said = drilldown.quotes_by(view, a, b)
    st.subheader(
        f"{ui.md_escape(a)} and {ui.md_escape(b)}, quoted in the same articles ({n_said} quotes)", anchor=False
    )
    ui.fact_table(
        view,
        "quotes",
        "pair-quotes",
        columns=QUOTE_COLUMNS,
        where=said,
        params=said_params,
        order=ORDER,
        height=320,
    )
else:
    speaker = st.selectbox("Speaker", speakers, key=flt.SPEAKER, bind="query-params")
    said, said_params = drilldown.said_by(speaker)
    n_said = likely_count.result() if speaker == likely else drilldown.quotes_by(view, speaker)
    st.subheader(f"What {ui.md_escape(speaker)} said ({n_said} quotes)", anchor=False)
    ui.fact_table(
        view,
        "quotes",
        "speaker-quotes",
        columns=QUOTE_COLUMNS,
        where=said,
        params=said_params,
        order=ORDER,
        height=320,
        first_rows=likely_quotes if speaker == likely else None,
    )

st.subheader("Whom each outlet quotes")
matrix = matrix_asked.result()
st.plotly_chart(charts.heatmap(matrix, ui.presenting()), key="outlet-speaker")
ui.table(matrix.reset_index(), "outlet-by-speaker")

st.subheader("Unnamed sources by outlet")
unnamed = unnamed_asked.result()
shown = unnamed.dropna(subset=["unnamed_share"]).sort_values("unnamed_share", ascending=False, kind="stable")
if shown.empty:
    st.caption("No attributed quotes in this selection.")
else:
    st.plotly_chart(
        charts.horizontal_bars(
            shown, "label", "unnamed_share", ui.presenting(),
            title="Share of attributed quotes from unnamed sources", share=True,
        ),
        key="unnamed-share",
    )
    st.caption(
        "An unnamed source is one the article describes but never names: \"witnesses\", \"activists\", "
        "\"a military source\". The share counts quotes with a speaker; quotes with no speaker found are "
        "in the last column of the table."
    )
    ui.table(unnamed.drop(columns=["label"]), "unnamed-sources-by-outlet")
