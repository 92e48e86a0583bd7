"""Map of Aleppo: districts sized and coloured by a chosen measure, the 2016 front, and the places beyond."""

import streamlit as st

from dashboard import aggregate, charts, data, selection, ui

ui.ensure_app()
st.title("Map of Aleppo")
st.markdown(ui.content("map"))
view = ui.require_data()
ui.filter_caption(view.n_articles)

places = data.aleppo_places(view.store)
measures = aggregate.district_measures(places, view)

controls = st.columns([3, 2])
label = (
    controls[0].segmented_control(
        "Size marks by", list(aggregate.MEASURES), default="Mentions", key="map-measure"
    )
    or "Mentions"
)
tiles = controls[1].toggle(
    "Background map (online tiles)",
    key="map-tiles",
    help="Off by default: the map reads without tiles or a token. On, it draws CARTO's light basemap "
    "(needs internet; set CARTO_API_KEY, a free key, for tiles without a watermark).",
)
label_all = controls[1].toggle(
    "Label every place with data",
    key="map-label-all",
    help="Off: labels that would overlap are left off at this zoom (hover a mark to see its name).",
)
measure = aggregate.MEASURES[label]

if places.empty:
    st.info(
        "No Aleppo gazetteer found (data/gazetteer/aleppo_places.csv) and no Aleppo places in the datasets."
    )
else:
    mentioned = measures[measures["mentions"] > 0]
    if mentioned.empty:
        ui.empty_state("Aleppo places")
    areas = aggregate.front_areas(places)
    deck = charts.district_deck(measures, measure, label, areas, tiles, label_all)
    event = st.pydeck_chart(
        deck, on_select="rerun", selection_mode="single-object", key="district-map", height=620
    )
    st.markdown(ui.content("map_legend"), unsafe_allow_html=True)
    ui.quality_link()

    chosen = selection.selected_place(getattr(event, "selection", None), "marks")
    ranked = measures.sort_values(measure, ascending=False)
    names = dict(zip(ranked["place_id"], ranked["name"], strict=False))
    pick_list = ranked.loc[ranked["mentions"] > 0, "place_id"].tolist()
    if chosen and chosen not in pick_list:
        pick_list.insert(0, chosen)
    st.subheader("What was written about a district")
    if pick_list:
        place_id = st.selectbox(
            "District",
            pick_list,
            index=pick_list.index(chosen) if chosen else 0,
            format_func=lambda pid: names.get(pid, pid),
            key="map-district",
        )
        row = measures.set_index("place_id").loc[place_id]
        cols = st.columns(4)
        cols[0].metric("Mentions", int(row["mentions"]))
        cols[1].metric("Reported killed", int(row["killed"]))
        cols[2].metric("Reported wounded", int(row["wounded"]))
        cols[3].metric("Quotes about it", int(row["quotes"]))
        st.caption(ui.place_line(row["name"], row["name_ar"], row["control_2016"]))
        snippets = aggregate.mentions_of_place(view, place_id, limit=ui.MAX_ROWS)
        ui.table(
            snippets,
            "district-mentions",
            height=320,
            total=int(row["mentions"]),
            full=lambda: aggregate.mentions_of_place(view, place_id),
        )
    else:
        st.caption("No Aleppo district is mentioned in these articles.")

    with st.expander("All Aleppo places and their figures"):
        ui.table(
            ranked[["name", "name_ar", "kind", "control_2016", "mentions", "killed", "wounded", "quotes"]],
            "aleppo-places",
        )

st.subheader("Beyond Aleppo")
others = aggregate.other_places(view)
if others.empty:
    ui.empty_state("places outside Aleppo")
else:
    st.pydeck_chart(charts.places_deck(others, tiles), key="places-map", height=460)
    st.caption(
        "Towns, cities and regions named in these articles, sized by mentions (countries are only in the "
        "table). The map opens on Syria and its neighbours; zoom out for the rest."
    )
    ui.table(others[["place", "kind", "mentions", "articles"]], "other-places", height=280)
