"""Casualties: reported figures over time, incidents where sources disagree, and the sentences behind them."""

import streamlit as st

from dashboard import aggregate, charts, data, drilldown, provenance, selection, ui
from dashboard import filters as flt

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
    "Reported", ["killed", "wounded", "missing"], default=["killed", "wounded"], key=flt.CASUALTY_TYPES, bind="query-params"
)
freq = (
    controls[1].segmented_control("Per", ["day", "week", "month"], default="week", key=flt.CASUALTY_PER, bind="query-params") or "week"
)
split_label = controls[2].selectbox("Split by", list(aggregate.SPLITS), key=flt.CASUALTY_SPLIT, bind="query-params")
split = aggregate.SPLITS[split_label]
where = st.columns([1, 2])
scope = where[0].radio(
    "Where", [selection.ANY_PLACE, selection.ALEPPO_PLACES], horizontal=True, key=flt.CASUALTY_SCOPE, bind="query-params"
)
chosen_places = where[1].multiselect(
    "Places", aggregate.casualty_places(view), key=flt.CASUALTY_PLACES, bind="query-params"
)
# The list of Aleppo's places is read only when the scope needs it: one query less on every other run.
aleppo = aggregate.aleppo_places(view) if scope == selection.ALEPPO_PLACES else ()
places = selection.place_scope(scope, chosen_places, aleppo)
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
    "in_headline",
    "sentence",
]
COLUMNS = provenance.with_provenance(COLUMNS, "casualties")  # ids and offsets, for the CSV
# Incidents of the types chosen above (a displacement count is no killing), and combined counts ("60 dead
# and wounded") with either of killed and wounded.
incident_types = [*types, "killed_or_wounded"] if {"killed", "wounded"} & set(types) else list(types)
in_places = aggregate.place_condition(places) + " AND list_contains($types, type)"
place_params = {**aggregate.place_params(places), "types": incident_types}
# The figures table: its first rows are asked below, before it is drawn.
figure_table = {
    "order": "published NULLS LAST, article_id, start",
    "where": aggregate.place_condition(places),
    "params": aggregate.place_params(places),
}


def incident_table(disagreeing: bool, limit: int | None = None):
    return drilldown.incidents_by_disagreement(view, places, disagreeing=disagreeing, limit=limit, types=incident_types)


# Asked now, in the order the page reads them: they run on the second core while the chart and the
# tables above them are drawn. First the figures table's first rows (shown unless chart bars are selected).
first_figures = data.in_background(view.table, "casualties", COLUMNS, limit=ui.MAX_ROWS, **figure_table)
incident_counts = data.in_background(drilldown.incident_counts, view, incident_types, places)
widest_incidents = data.in_background(
    view.table,
    "incidents",
    ["incident_id", "date", "place", "type", "group", "min", "max"],  # not the figure id lists
    order="size_rank",  # the highest number first (then by id)
    limit=20,
    # events only: running totals ("the war has wounded 1.9 million") would dwarf every one (no size_rank)
    where=f"size_rank IS NOT NULL AND {in_places}",
    params=place_params,
)
# The incidents' table too, for the "disagreeing only" toggle drawn further down, as the session holds it
# (a click on the toggle is there before the run). A link that turns it on sets it only as it is drawn:
# that first run asks again there.
disagreeing_asked = bool(st.session_state.get(flt.CASUALTY_DISAGREEING, False))
incident_listing = data.in_background(incident_table, disagreeing_asked, ui.MAX_ROWS)
totals_by = data.in_background(aggregate.casualty_totals_by, view, types, places)

series = aggregate.casualty_series(view, freq, split, types, places)
series_values = series["split"].nunique()
series, kept = aggregate.fold_minor_splits(series)  # a legible legend: the largest apart, the rest summed
picked = None
if series.empty:
    st.info(
        'No dated, countable figures of these types here. Running totals ("the war has killed 400,000") '
        "are kept out of the chart; they are in the table below."
    )
else:
    per_period = series.groupby(["period", "type"])["reported"].sum()
    cap = selection.outlier_cap(per_period.tolist())
    cut = per_period[per_period > cap].sort_values(ascending=False) if cap is not None else per_period.iloc[:0]
    event = st.plotly_chart(
        charts.casualties_over_time(
            series, split_label, freq, ui.presenting(), cap_y=cap,
            # Outlets keep their colours across pages; other splits take the palette in order.
            colours={**(data.outlet_colour_map() if split == "outlet" else {}), aggregate.OTHERS: charts.OTHERS_GREY},
        ),
        key="cas-chart",
        on_select="rerun",
        selection_mode=("points", "box"),
    )
    st.caption(
        "Sum of the figures reported in each period, dated by the event (the day the article says the "
        "deaths or injuries happened), else by the article's publication date. One toll reported by several outlets counts "
        'once per report; running totals, sub-counts ("including 9 children"), headline repeats and a '
        "second source's count of a toll the same article gave before are left out. Click or box-select "
        "bars to list the figures behind them."
        + (
            f" The {len(kept)} {split_label.lower()} values with the most reported are drawn apart; the other "
            f"{series_values - len(kept)} are summed as {aggregate.OTHERS}."
            if kept
            else ""
        )
        + (
            " The axis is cut so the other periods stay readable; cut bars: "
            + "; ".join(f"{ui.md_escape(kind)} {period:%d %b %Y}: {int(total):,}" for (period, kind), total in cut.head(5).items())
            + "."
            if len(cut)
            else ""
        )
    )
    points = event.selection.points if event and hasattr(event, "selection") else []
    picked = aggregate.figures_behind_points(
        view, selection.series_bars(points, series), freq, split, COLUMNS, places, kept
    )

st.subheader("Figures behind the selection" if picked is not None and len(picked) else "All figures")
if picked is not None and len(picked):
    ui.table(picked, "figures", columns=COLUMNS, height=380)
else:
    ui.view_table(
        view,
        "casualties",
        "figures",
        columns=COLUMNS,
        height=380,
        first_rows=first_figures,
        **figure_table,
    )

st.subheader("Incidents: one event, several reports")
n_incidents, disagree = incident_counts.result()
if n_incidents == 0:
    st.caption("No incidents grouped from these figures.")
else:
    st.caption(f"{n_incidents:,} incidents; in {disagree:,} of them the reported numbers differ.")
    widest = widest_incidents.result()
    event = st.plotly_chart(
        charts.incident_ranges(widest, ui.presenting(), log_x=selection.outlier_scale(widest["max"].tolist())),
        key="incident-chart",
        on_select="rerun",
        selection_mode="points",
    )
    st.caption(
        "The 20 incidents with the highest reported numbers, running totals left out (the table below lists "
        "them all). Click an incident's line to read its reports below; double-click the chart to clear."
    )
    incident = selection.first_key(event.selection.points if event and hasattr(event, "selection") else [])
    if incident:
        st.markdown("**Reports of the selected incident**")
        ui.view_table(
            view,
            "casualties",
            "incident-reports",
            columns=COLUMNS,
            where="figure_id IN (SELECT figure_id FROM incident_figures WHERE incident_id = $incident)",
            params={"incident": incident},
            order="number DESC NULLS LAST, published, article_id",
            height=260,
        )
    only_disagreeing = st.toggle(
        "Disagreeing sources only", key=flt.CASUALTY_DISAGREEING, bind="query-params",
        help="Incidents whose reports give different numbers, the most disagreeing (highest / lowest) first.",
    )

    ui.table(
        incident_listing.result() if only_disagreeing == disagreeing_asked else incident_table(only_disagreeing, ui.MAX_ROWS),
        "incidents",
        total=disagree if only_disagreeing else n_incidents,
        full=lambda: incident_table(only_disagreeing),
        empty="No incident here has reports that disagree.",
    )

st.subheader("Totals per outlet and per cited source")
st.caption(
    "Sums of the same figures as the chart. Outlets and sources disagree and report the same deaths "
    "again, so these are reported numbers, not a count of victims."
)
totals = st.columns(2)
frames = totals_by.result()
for column, (label, by) in zip(totals, aggregate.TOTAL_BY.items(), strict=True):
    with column:
        ui.table(frames[by], f"totals-{by}", height=300, empty=f"No figures to sum per {label.lower()}.")
