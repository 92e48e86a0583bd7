"""Casualties: reported figures over time, incidents where sources disagree, and the sentences behind them."""

import streamlit as st

from dashboard import aggregate, charts, selection, ui

ui.ensure_app()
st.title("Casualties")
st.markdown(ui.content("casualties"))
view = ui.require_data()
ui.filter_caption(view.n_articles)
ui.quality_link()
if view.count("casualties") == 0:
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
COLUMNS = [
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

series = aggregate.casualty_series(view, freq, split, types)
picked = None
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
    picked = aggregate.figures_behind_points(view, selection.selected_keys(points), freq, split, COLUMNS)

st.subheader("Figures behind the selection" if picked is not None and len(picked) else "All figures")
if picked is not None and len(picked):
    ui.table(picked, "figures", columns=COLUMNS, height=380)
else:
    ui.view_table(
        view,
        "casualties",
        "figures",
        columns=COLUMNS,
        order="published NULLS LAST, article_id, start",
        height=380,
    )

st.subheader("Incidents: one event, several reports")
n_incidents = view.count("incidents")
if n_incidents == 0:
    st.caption("No incidents grouped from these figures.")
else:
    disagree = int(view.query('SELECT count(*) AS n FROM {incidents} WHERE "min" <> "max"')["n"].iat[0])
    st.caption(f"{n_incidents:,} incidents; in {disagree:,} of them the reported numbers differ.")
    # The chart draws the 20 incidents with the highest reported number.
    widest = view.table(
        "incidents", order='"max" DESC NULLS LAST, incident_id', limit=20, where='"max" IS NOT NULL'
    )
    st.plotly_chart(charts.incident_ranges(widest, ui.presenting()), key="incident-chart")
    columns = ["date", "place", "type", "group", "min", "max", "n_reports", "n_outlets", "sources", "outlets"]

    def incident_rows(limit: int | None = None):
        rows = view.table("incidents", columns, order="incident_id", limit=limit)
        for column in ("sources", "outlets"):
            rows[column] = rows[column].map(lambda s: ", ".join(s) if s is not None else "")
        return rows

    ui.table(incident_rows(ui.MAX_ROWS), "incidents", total=n_incidents, full=incident_rows)
