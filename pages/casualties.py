"""Casualties: reported figures over time, incidents where sources disagree, and the sentences behind them."""

import streamlit as st

from dashboard import aggregate, charts, selection, ui

ui.ensure_app()
st.title("Casualties")
st.markdown(ui.content("casualties"))
view = ui.require_data()
figures = view["casualties"]
ui.filter_caption(len(view["articles"]))
ui.quality_link()
if figures.empty:
    ui.empty_state("casualty figures")
    st.stop()

controls = st.columns(3)
types = controls[0].multiselect(
    "Reported", ["killed", "wounded", "missing"], default=["killed", "wounded"], key="cas-types"
)
freq = (
    controls[1].segmented_control("Per", ["day", "week", "month"], default="week", key="cas-freq") or "week"
)
split_label = controls[2].selectbox("Split by", list(aggregate.SPLITS), key="cas-split")
split = aggregate.SPLITS[split_label]

series = aggregate.casualty_series(figures, freq, split, types)
picked = figures.iloc[0:0]
if series.empty:
    st.info(
        'No dated, countable figures of these types. Running totals ("the war has killed 400,000") '
        "are kept out of the chart; they are in the table below."
    )
else:
    event = st.plotly_chart(
        charts.casualties_over_time(series, split_label, freq, ui.presenting()),
        key="cas-chart",
        on_select="rerun",
        selection_mode=("points", "box"),
    )
    st.caption(
        "Sum of the figures reported in each period. One toll reported by several outlets counts "
        'once per report; running totals and sub-counts ("including 9 children") are left out. '
        "Click or box-select bars to list the figures behind them."
    )
    points = event.selection.points if event and hasattr(event, "selection") else []
    picked = selection.figures_behind_points(figures, points, freq, split)

st.subheader("Figures behind the selection" if len(picked) else "All figures")
shown = picked if len(picked) else figures
columns = [
    "article_id",
    "published",
    "outlet",
    "number",
    "qualifier",
    "type",
    "group",
    "place",
    "attributed_to",
    "cumulative",
    "sentence",
]
ui.table(shown.sort_values("published"), "figures", columns=columns, height=380)

st.subheader("Incidents: one event, several reports")
incidents = view["incidents"]
if incidents.empty:
    st.caption("No incidents grouped from these figures.")
else:
    disagree = incidents[incidents["min"] != incidents["max"]]
    st.caption(f"{len(incidents)} incidents; in {len(disagree)} of them the reported numbers differ.")
    st.plotly_chart(charts.incident_ranges(incidents, ui.presenting()), key="incident-chart")
    table = incidents.assign(
        sources=incidents["sources"].map(lambda s: ", ".join(s) if s is not None else ""),
        outlets=incidents["outlets"].map(lambda s: ", ".join(s) if s is not None else ""),
    )
    ui.table(
        table,
        "incidents",
        columns=[
            "date",
            "place",
            "type",
            "group",
            "min",
            "max",
            "n_reports",
            "n_outlets",
            "sources",
            "outlets",
        ],
    )
