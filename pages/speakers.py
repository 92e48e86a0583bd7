"""Speakers: who is quoted, with whom, by which outlets, and what they said."""

import streamlit as st

from dashboard import aggregate, charts, selection, ui

ui.ensure_app()
st.title("Speakers")
st.markdown(ui.content("speakers"))
view = ui.require_data()
quotes = view["quotes"]
ui.filter_caption(len(view["articles"]))
ui.quality_link()
if quotes.dropna(subset=["speaker"]).empty:
    ui.empty_state("quotes with a known speaker")
    st.stop()

nodes, edges = aggregate.speaker_network(quotes, view["speaker_nodes"])
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
said = quotes[quotes["speaker"] == speaker].sort_values("published")
st.subheader(f"What {speaker} said ({len(said)} quotes)")
ui.table(
    said,
    "speaker-quotes",
    columns=["article_id", "published", "outlet", "kind", "quote", "cue", "speaker_text"],
    height=320,
)

st.subheader("Whom each outlet quotes")
matrix = aggregate.outlet_speaker_matrix(quotes)
st.plotly_chart(charts.heatmap(matrix, ui.presenting()), key="outlet-speaker")
ui.table(matrix.reset_index(), "outlet-by-speaker")
