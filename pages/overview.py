"""Overview: the corpus at a glance, articles per outlet over time, and what each outlet covers most."""

import streamlit as st

from dashboard import aggregate, charts, data, ui
from dashboard import filters as flt

ui.ensure_app()
st.title("Aleppo Lens")
st.markdown(ui.content("overview"))
view = ui.require_data()
large = ui.presenting()
ARTICLE_COLUMNS = ["article_id", "published", "outlet", "title", "n_words"]
ARTICLE_ORDER = "published DESC NULLS LAST, article_id"
# The lower parts' queries are asked first: they run on the query threads while the counts are made here.
top_asked = data.in_background(aggregate.outlet_top_entities, view)
first_articles = data.in_background(view.table, "articles", ARTICLE_COLUMNS, order=ARTICLE_ORDER, limit=ui.MAX_ROWS)
counts = aggregate.overview_counts(view)

cols = st.columns(4)
cols[0].metric("Articles", f"{counts['articles']:,}")
cols[1].metric("Outlets", counts["outlets"])
cols[2].metric("People named", f"{counts['people']:,}")
cols[3].metric("Places", f"{counts['places']:,}")
cols = st.columns([1, 1, 2])  # the date span gets two columns' width so it is never cut short
cols[0].metric("Casualty figures", f"{counts['figures']:,}")
cols[1].metric("Quotes", f"{counts['quotes']:,}")
cols[2].metric("Published", counts["span"], help=f"First and last publication date: {counts['span_days']}")
ui.filter_caption(counts["articles"])

if counts["articles"] == 0:
    ui.empty_state()
    st.stop()

st.subheader("Articles per outlet over time")
freq = st.segmented_control(
    "Group by", ["day", "week", "month"], default="month", key=flt.OVERVIEW_PER, bind="query-params"
)
over_time = aggregate.articles_over_time(view, freq or "month")
if over_time.empty:
    st.caption("None of these articles has a publication date.")
else:
    st.plotly_chart(charts.articles_over_time(over_time, freq or "month", large, data.outlet_colour_map()), key="overview-time")
    st.caption(f"Articles counted by publication date, per {freq or 'month'}.")

st.subheader("What each outlet covers most")
st.caption(
    "Each outlet's most named people, organisations, groups and places (number of its articles naming them)."
)
ui.table(top_asked.result(), "outlet-top-entities")

st.subheader("Articles")
ui.view_table(
    view,
    "articles",
    "articles",
    columns=ARTICLE_COLUMNS,
    order=ARTICLE_ORDER,
    height=360,
    first_rows=first_articles,
)
