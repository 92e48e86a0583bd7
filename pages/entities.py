"""Entities: the most named people, organisations and armed groups, over time and side by side."""

import streamlit as st

from dashboard import aggregate, charts, selection, ui
from dashboard import filters as flt

ui.ensure_app()
st.title("Entities")
st.markdown(ui.content("entities"))
view = ui.require_data()
ui.filter_caption(view.n_articles)
if not view.has_rows("entities"):
    ui.empty_state("entity mentions")
    st.stop()



def _new_group() -> None:
    # Another group has other names: start from its own top names and focus, not an empty choice.
    chosen = st.session_state.get(flt.ENTITY_GROUP) or "People"
    names = list(aggregate.top_entities(view, aggregate.ENTITY_GROUPS[chosen])["canonical"])
    st.session_state[flt.ENTITY_NAMES] = names[:4]
    if names:
        st.session_state[flt.ENTITY_FOCUS] = names[0]


group = (
    st.segmented_control(
        "Show",
        list(aggregate.ENTITY_GROUPS),
        default="People",
        key=flt.ENTITY_GROUP,
        bind="query-params",
        on_change=_new_group,
    )
    or "People"
)
top = aggregate.top_entities(view, aggregate.ENTITY_GROUPS[group])
if top.empty:
    ui.empty_state(group.lower())
    st.stop()



def _follow_bar_click() -> None:
    # A clicked bar becomes the entity "Named together" is about; clearing the click goes back to the first.
    clicked = selection.first_key(st.session_state["entity-top"].selection.points)
    chosen = selection.chosen_after_click(clicked, list(top["canonical"]), top["canonical"].iat[0])
    if chosen:
        st.session_state[flt.ENTITY_FOCUS] = chosen


left, right = st.columns(2, gap="large")
with left:
    st.subheader(f"Most named {group.lower()}")
    st.plotly_chart(
        charts.horizontal_bars(top, "canonical", "mentions", ui.presenting(), key="canonical"),
        key="entity-top",
        on_select=_follow_bar_click,
        selection_mode="points",
    )
    st.caption("Click a bar to see who is named with that entity, and where, below.")
with right:
    st.subheader("Mentions over time")
    names = st.multiselect(
        "Entities", list(top["canonical"]), default=list(top["canonical"].head(4)),
        key=flt.ENTITY_NAMES,
        bind="query-params",
    )
    freq = (
        st.segmented_control("Per", ["day", "week", "month"], default="month", key=flt.ENTITY_PER, bind="query-params") or "month"
    )
    series = aggregate.entity_series(view, names, freq)
    if series.empty:
        st.caption("No dated mentions of these entities.")
    else:
        st.plotly_chart(
            charts.lines_over_time(series, "mentions", "canonical", ui.presenting()), key="entity-time"
        )
        st.caption(f"Mentions counted by their article's publication date, per {freq}.")

st.subheader("Named together")
focus = st.selectbox("Entity", list(top["canonical"]), key=flt.ENTITY_FOCUS, bind="query-params")
ui.table(aggregate.co_mentions(view, focus), "co-mentions")
st.caption(f"Articles naming {ui.md_escape(focus)}")
ui.view_table(
    view,
    "articles",
    "entity-articles",
    columns=["article_id", "published", "outlet", "title"],
    where="article_no IN (SELECT article_no FROM {entity_articles} WHERE entity_no IN"
    " (SELECT entity_no FROM entity_names WHERE canonical = $focus))",
    params={"focus": focus},
    order="published, article_id",
    height=300,
)
