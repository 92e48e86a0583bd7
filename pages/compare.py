"""Compare: two to four outlets, groups of outlets or input-column values side by side, for the same filters."""

import streamlit as st

from dashboard import charts, compare, compare_charts, data, ui

ui.ensure_app()
st.title("Compare")
st.markdown(ui.content("compare"))
view = ui.require_data()
ui.filter_caption(view.n_articles)
if view.n_articles == 0:
    ui.empty_state()
    st.stop()

filters = ui.current_filters()
colours = data.outlet_colour_map()  # every outlet of the dataset, most articles first
metadata = compare.metadata_columns(data.options().metadata)
modes = [m for m in compare.MODES if m != "Input column" or metadata]
mode = (
    st.segmented_control("Compare", modes, default=modes[0], key="cmp-mode", bind="query-params")
    or modes[0]
)
pick = {"max_selections": compare.MAX_SIDES, "placeholder": "Pick two to four"}
if mode == "Outlets":
    chosen = st.multiselect(
        "Outlets", list(colours), default=list(colours)[:2], key="cmp-outlets", bind="query-params", **pick
    )
    sides = compare.outlet_sides(filters, chosen, colours)
elif mode == "Outlet groups":
    groups = compare.groups_in_dataset(compare.outlet_groups(), list(colours))
    chosen = st.multiselect(
        "Groups of outlets",
        list(groups),
        default=list(groups)[:2],
        key="cmp-groups",
        bind="query-params",
        help="Groups by ownership, from data/lexicons/outlet_groups.csv (the file says who owns each outlet).",
        **pick,
    )
    for group in chosen:
        st.caption(f"{ui.md_escape(group)}: {ui.md_escape(', '.join(groups[group]))}")
    sides = compare.group_sides(filters, groups, chosen, charts.PALETTE)
else:
    column = st.selectbox("Input column", list(metadata), key="cmp-column", bind="query-params")
    values = metadata[column]
    chosen = st.multiselect(
        "Values", values, default=values[:2], key="cmp-values", bind="query-params", **pick
    )
    sides = compare.column_sides(filters, column, chosen, charts.PALETTE)

if len(sides) < compare.MIN_SIDES:
    st.info("Pick two to four to compare.", icon="⚖️")
    st.stop()

views = {side.name: data.view(side.filters) if side.filters else None for side in sides}
side_colours = {side.name: side.colour for side in sides}
large = ui.presenting()

counts = compare.side_counts(views).set_index("side")
for column, side in zip(st.columns(len(sides)), sides, strict=True):
    with column:
        st.markdown(f"**{ui.md_escape(side.name)}**")
        row = counts.loc[side.name]
        st.metric("Articles", f"{row['articles']:,}")
        st.caption(f"{row['figures']:,} casualty figures · {row['quotes']:,} quotes")
        if row["articles"] == 0:
            st.caption("No article of this side matches the filters.")

st.subheader("Articles over time")
volume = compare.volume_over_time(views)
if volume.empty:
    st.caption("None of these articles has a publication date.")
else:
    st.plotly_chart(compare_charts.volume_lines(volume, side_colours, large), key="cmp-volume")


def section(title: str, frame, empty: str, caption: str, figure, key: str, height: int) -> None:
    """A subheader, then (unless `frame` is empty) a caption, the chart `figure()` draws and the table."""
    st.subheader(title)
    if frame.empty:
        st.caption(empty)
        return
    st.caption(caption)
    st.plotly_chart(figure(), key=key)
    ui.table(frame, f"{key}-table", height=height)


shared = compare.shared_incident_figures(views)
names = list(views)
section(
    "Casualty figures for the same incidents",
    shared,
    "No incident has figures from two or more of these sides.",
    f"{len(shared):,} incidents with figures from two or more sides; in {int((shared['disagreement'] > 0).sum()):,} "
    "the highest numbers they report differ. Each dot is the highest number a side reported (running totals and "
    "sub-counts left out; where sides agree their dots overlap); the 15 widest disagreements are drawn.",
    lambda: compare_charts.incident_dots(shared.head(15), names, side_colours, large),
    "cmp-incidents",
    300,
)
quoted = compare.quoted_sides(views)
section(
    "Whom they quote",
    quoted,
    "No attributed quote on these sides.",
    "Share of each side's attributed quotes by the speaker's side; an unnamed source is one the "
    'article does not name ("a military source", "witnesses").',
    lambda: compare_charts.quoted_bars(quoted, side_colours, large),
    "cmp-quoted",
    260,
)
places = compare.places_covered(views)
section(
    "Which places they cover",
    places,
    "No place named in these sides' articles.",
    "Share of each side's articles naming the place; the places one side names most.",
    lambda: compare_charts.places_bars(places, names, side_colours, large),
    "cmp-places",
    300,
)
