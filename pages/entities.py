"""Entities: the most named people, organisations and armed groups, over time and side by side."""

import streamlit as st

from dashboard import aggregate, charts, ui

ui.ensure_app()
st.title("Entities")
st.markdown(ui.content("entities"))
view = ui.require_data()
ui.filter_caption(view.n_articles)
if view.count("entities") == 0:
    ui.empty_state("entity mentions")
    st.stop()

group = (
    st.segmented_control("Show", list(aggregate.ENTITY_GROUPS), default="People", key="entity-group")
    or "People"
)
top = aggregate.top_entities(view, aggregate.ENTITY_GROUPS[group])
if top.empty:
    ui.empty_state(group.lower())
    st.stop()

left, right = st.columns(2, gap="large")
with left:
    st.subheader(f"Most named {group.lower()}")
    st.plotly_chart(charts.horizontal_bars(top, "canonical", "mentions", ui.presenting()), key="entity-top")
with right:
    st.subheader("Mentions over time")
    names = st.multiselect(
        "Entities", list(top["canonical"]), default=list(top["canonical"].head(4)), key="entity-names"
    )
    freq = (
        st.segmented_control("Per", ["day", "week", "month"], default="month", key="entity-freq") or "month"
    )
    series = aggregate.entity_series(view, names, freq)
    if series.empty:
        st.caption("No dated mentions of these entities.")
    else:
        st.plotly_chart(
            charts.lines_over_time(series, "mentions", "canonical", ui.presenting()), key="entity-time"
        )

st.subheader("Named together")
focus = st.selectbox("Entity", list(top["canonical"]), key="entity-focus")
ui.table(aggregate.co_mentions(view, focus), "co-mentions")
st.caption(f"Articles naming {ui.md_escape(focus)}")
ui.view_table(
    view,
    "articles",
    "entity-articles",
    columns=["article_id", "published", "outlet", "title"],
    where="article_id IN (SELECT article_id FROM {entities} WHERE canonical = $focus)",
    params={"focus": focus},
    order="published, article_id",
    height=300,
)
