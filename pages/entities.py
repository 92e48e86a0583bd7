"""Entities: the most named people, organisations and armed groups, over time and side by side."""

import streamlit as st

from dashboard import aggregate, charts, ui

ui.ensure_app()
st.title("Entities")
st.markdown(ui.content("entities"))
view = ui.require_data()
entities = view["entities"]
ui.filter_caption(len(view["articles"]))
if entities.empty:
    ui.empty_state("entity mentions")
    st.stop()

group = (
    st.segmented_control("Show", list(aggregate.ENTITY_GROUPS), default="People", key="entity-group")
    or "People"
)
top = aggregate.top_entities(entities, aggregate.ENTITY_GROUPS[group])
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
    series = aggregate.entity_series(entities, names, freq)
    if series.empty:
        st.caption("No dated mentions of these entities.")
    else:
        st.plotly_chart(
            charts.lines_over_time(series, "mentions", "canonical", ui.presenting()), key="entity-time"
        )

st.subheader("Named together")
focus = st.selectbox("Entity", list(top["canonical"]), key="entity-focus")
ui.table(aggregate.co_mentions(entities, focus), "co-mentions")
with_focus = entities[entities["canonical"] == focus].drop_duplicates("article_id")
st.caption(f"Articles naming {focus}")
ui.table(with_focus, "entity-articles", columns=["article_id", "published", "outlet", "title"], height=300)
