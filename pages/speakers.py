"""Speakers: who is quoted, with whom, by which outlets, and what they said."""

import streamlit as st

from dashboard import aggregate, charts, selection, ui

ui.ensure_app()
st.title("Speakers")
st.markdown(ui.content("speakers"))
view = ui.require_data()
ui.filter_caption(view.n_articles)
ui.quality_link()
nodes, edges = aggregate.speaker_network(view)
if nodes.empty:
    ui.empty_state("quotes with a known speaker")
    st.stop()

st.subheader("Who is quoted alongside whom")
event = st.plotly_chart(
    charts.speaker_network(nodes, edges, ui.presenting()),
    key="speaker-network",
    on_select="rerun",
    selection_mode="points",
)
st.caption(
    "Dot size: number of quotes. Colour: the speaker's side. A line joins two speakers quoted in the "
    "same article. Click a dot to read that speaker's quotes."
)

clicked = selection.selected_speaker(event.selection.points if event and hasattr(event, "selection") else [])
speakers = list(nodes["speaker"])
if clicked and clicked not in speakers:
    speakers.insert(0, clicked)
speaker = st.selectbox(
    "Speaker", speakers, index=speakers.index(clicked) if clicked else 0, key="speaker-pick"
)
n_said = int(view.query("SELECT count(*) AS n FROM {quotes} WHERE speaker = $s", {"s": speaker})["n"].iat[0])
st.subheader(f"What {ui.md_escape(speaker)} said ({n_said} quotes)", anchor=False)
ui.view_table(
    view,
    "quotes",
    "speaker-quotes",
    columns=["article_id", "published", "outlet", "kind", "quote", "cue", "speaker_text"],
    where="speaker = $speaker",
    params={"speaker": speaker},
    order="published, article_id, start",
    height=320,
)

st.subheader("Whom each outlet quotes")
matrix = aggregate.outlet_speaker_matrix(view)
st.plotly_chart(charts.heatmap(matrix, ui.presenting()), key="outlet-speaker")
ui.table(matrix.reset_index(), "outlet-by-speaker")

st.subheader("Unnamed sources by outlet")
unnamed = aggregate.unnamed_sources_by_outlet(view)
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
