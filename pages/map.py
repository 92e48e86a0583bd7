"""Map of Aleppo: districts as areas coloured by a measure or by who held them, week by week; the places beyond."""

from __future__ import annotations

import dataclasses
import functools
import time
from datetime import date

import streamlit as st

from dashboard import (
    aggregate,
    charts,
    control_timeline,
    data,
    district_figures,
    district_map,
    districts,
    map_png,
    selection,
    ui,
)
from dashboard import filters as flt

ui.ensure_app()
st.title("Map of Aleppo")
if ui.presenting():  # on a classroom screen the map comes first; the explanation folds away
    with st.expander("About this map"):
        st.markdown(ui.content("map"))
else:
    st.markdown(ui.content("map"))
view = ui.require_data()
ui.filter_caption(view.n_articles)

places = data.aleppo_places(view.store)
# Drawn at the foot of the page, asked now: it runs on the second core while the districts are drawn.
beyond_aleppo = data.in_background(aggregate.other_places, view)
outlines_file = districts.districts_file()
areas = data.district_areas(places, outlines_file)
timeline = data.control_timeline(places)

colour_by = (
    st.segmented_control(
        "Colour districts by",
        [*aggregate.MEASURES, district_map.CONTROL_MODE],
        default="Mentions",
        key="map-measure",
        bind="query-params",
    )
    or "Mentions"
)
weeks = district_figures.corpus_weeks(view)
# On a classroom screen the switches fold away so the map starts higher up.
toggles = (st.expander("Map options") if ui.presenting() else st.container()).columns(2)
weekly = toggles[0].toggle(
    "Week by week",
    key="map-weekly",
    bind="query-params",
    disabled=not weeks,
    help="Show one week's figures and who held each "
    "district at the end of that week; step through the weeks with the slider or the buttons.",
)
log_scale = toggles[0].toggle(
    "Log colour scale",
    key="map-log",
    bind="query-params",
    help="Each colour class about three times the one before, so one "
    "district with many reports does not leave all the others in the palest class.",
)
label_all = toggles[1].toggle("Label every district", key="map-label-all", bind="query-params")
tiles = toggles[1].toggle(
    "Background map (online tiles)",
    key="map-tiles",
    bind="query-params",
    help="Off by default: the map needs no internet. On, it draws CARTO's light basemap (needs internet; "
    "set CARTO_API_KEY, a free key, for tiles without a watermark).",
)
shown_view, control_day = view, (weeks and district_figures.week_end(weeks[-1])) or None
if weekly and weeks:
    step = st.columns([2, 7, 2, 2], vertical_alignment="bottom")
    if "map-week-pending" in st.session_state:  # the next week while playing (set at the end of the page)
        st.session_state[flt.MAP_WEEK] = st.session_state.pop("map-week-pending")
    ui.read_link(flt.MAP_WEEK, lambda values: selection.week_from_link(values, weeks))
    if flt.MAP_WEEK not in st.session_state or st.session_state[flt.MAP_WEEK] not in weeks:
        st.session_state[flt.MAP_WEEK] = weeks[0]
    position = weeks.index(st.session_state[flt.MAP_WEEK])
    step[0].button(
        "◀ Week",
        key="map-week-back",
        disabled=position == 0,
        on_click=ui.step_slider,
        args=(weeks, -1, flt.MAP_WEEK),
    )
    step[2].button(
        "Week ▶",
        key="map-week-next",
        disabled=position == len(weeks) - 1,
        on_click=ui.step_slider,
        args=(weeks, 1, flt.MAP_WEEK),
    )
    playing = st.session_state.get("map-playing", False)
    step[3].button(
        "Pause" if playing else "▶ Play",
        key="map-play",
        on_click=ui.flip,
        args=("map-playing",),
        help="Step through the weeks on its own, one every two seconds.",
    )
    week = step[1].select_slider("Week", weeks, key=flt.MAP_WEEK, format_func=district_figures.week_label)
    control_day = district_figures.week_end(week)
    shown_view = data.view(
        dataclasses.replace(
            view.filters,
            start=max(week, view.filters.start or week),
            end=min(control_day, view.filters.end or control_day),
        ),
        view.store.folder,
    )

ui.keep_in_link(flt.MAP_WEEK, [week.isoformat()] if weekly and weeks and week != weeks[0] else [])

if areas.empty:
    st.info(
        "No Aleppo gazetteer found (data/gazetteer/aleppo_places.csv) and no Aleppo places in the datasets."
    )
    st.stop()

measures = aggregate.district_measures(places, shown_view)
figures = districts.area_measures(areas, measures, list(aggregate.MEASURES.values()))
day = control_day.isoformat() if control_day else "mid-2016"
# Without a dated article, no dated change applies: the gazetteer's mid-2016 sides.
held = control_timeline.control_as_of(places, timeline, control_day or date.min)
sides = {
    row.area_id: held.get(row.place_ids[0], "unknown") if row.place_ids else "unknown"
    for row in figures.itertuples()
}
measure = aggregate.MEASURES.get(colour_by, district_map.CONTROL_MODE)
ui.read_link(flt.MAP_DISTRICT, lambda values: next((v for v in values if v in set(figures["area_id"])), None))
chosen = st.session_state.get(flt.MAP_DISTRICT)
ranked = figures.sort_values(["mentions", "name"], ascending=[False, True])
pick_list = selection.district_choices(ranked, chosen)


def district_tables(area_id: str) -> tuple:
    """The district's mentions and the quotes about it (their first rows), asked on the query threads."""
    place_ids = list(figures.set_index("area_id").at[area_id, "place_ids"])
    return tuple(
        data.in_background(rows, shown_view, place_ids, limit=ui.MAX_ROWS)
        for rows in (district_figures.mentions_of_places, district_figures.quotes_about_places)
    )


# The two tables below the map are asked now for the district the picker will show (the session's choice,
# else the most mentioned): they run on the second core while the map is drawn.
likely = chosen if chosen in pick_list else next(iter(pick_list), None)
asked_tables = district_tables(likely) if likely is not None else None
drawn = district_map.district_map(
    figures,
    measure,
    colour_by,
    sides,
    control_date=day,
    log=log_scale,
    tiles=tiles,
    label_all=label_all,
    selected=chosen,
)
event = st.pydeck_chart(
    drawn.deck, on_select="rerun", selection_mode="single-object", key="district-map", height=620
)
st.markdown(
    district_map.legend_markdown(drawn.legend), unsafe_allow_html=True
)  # fixed colours and our labels only
source_line = (
    f"Areas: outlines from {ui.md_code(outlines_file.name)}, matched to the gazetteer by name."
    if outlines_file
    else "Areas are **approximate**: each is the part of the city nearer its district's centre (from the "
    "project's gazetteer) than any other centre, inside a rough city outline. Not surveyed boundaries."
)
st.caption(source_line + " " + ui.content("map_control").strip())
st.download_button(
    "Export this map as PNG",
    # Drawn only when clicked (a callable): encoding the image took longer than the rest of the page.
    functools.partial(
        map_png.render,
        drawn,
        title=f"Aleppo: {colour_by.lower()}"
        + (f", {district_figures.week_label(week)}" if weekly and weeks else ""),
        note="Approximate areas" if not outlines_file else f"Areas: {outlines_file.name}",
    ),
    file_name="aleppo-map.png",
    mime="image/png",
    key="map-png",
    on_click="ignore",  # the image changes nothing on the page (ui.table's downloads)
)
spanning = selection.spanning_places(measures, places)
if spanning:
    st.caption(
        "Not drawn on one district (they span many): "
        + " · ".join(f"{ui.md_escape(name)}: {n} mention{'' if n == 1 else 's'}" for name, n in spanning)
    )
ui.quality_link()

clicked = selection.selected_place(getattr(event, "selection", None), "districts")
if selection.new_click(clicked, st.session_state.get("map-last-click")):
    # A click selects the district (the selectbox below follows); handled once, so that choosing
    # another district in the selectbox afterwards is not undone by the map's lingering selection.
    st.session_state["map-last-click"] = st.session_state["map-district"] = clicked
    st.rerun()

st.subheader("What was written about a district")
if not pick_list:
    st.caption("No Aleppo district is mentioned in these articles.")
else:
    names = dict(zip(figures["area_id"], figures["name"], strict=True))
    area_id = st.selectbox(
        "District (or click one on the map)",
        pick_list,
        index=pick_list.index(chosen) if chosen in pick_list else 0,
        format_func=lambda a: names.get(a, a),
        key=flt.MAP_DISTRICT,
    )
    # The district the page opens on stays out of the address (it reopens on it anyway): writing the
    # address on a page's first run can drop the map click that follows.
    opens_on = next(iter(selection.district_choices(ranked, None)), None)
    ui.keep_in_link(flt.MAP_DISTRICT, [area_id] if area_id != opens_on else [])
    row = figures.set_index("area_id").loc[area_id]
    cols = st.columns(4)
    for col, (label, column) in zip(cols, aggregate.MEASURES.items(), strict=True):
        col.metric(label, int(row[column]))
    change = selection.control_source(timeline, row["place_ids"], control_day)
    st.caption(
        f"{ui.md_escape(row['name'])} · held on {day}: {district_map.CONTROL_LABELS[sides[area_id]]}"
        + (
            f" ([source]({change['source']}), {change['date']})"
            if change is not None
            else " (mid-2016 front, gazetteer)"
        )
    )
    place_ids = list(row["place_ids"])
    ui.place_filter_button(place_ids, row["name"])
    tabs = st.tabs(["Mentions", "Quotes about it"])
    # the picker shows the district asked for above, unless its choice could not stand (then ask again)
    mentions, quotes = asked_tables if area_id == likely else district_tables(area_id)
    with tabs[0]:
        ui.table(
            mentions.result(),
            "district-mentions",
            height=320,
            total=int(row["mentions"]),
            full=lambda: district_figures.mentions_of_places(shown_view, place_ids),
            empty="No mention of this district under these filters.",
        )
    with tabs[1]:
        ui.table(
            quotes.result(),
            "district-quotes",
            height=320,
            empty="No quote names this district under these filters.",
        )

with st.expander("All Aleppo districts and their figures"):
    ui.table(ranked[["name", *aggregate.MEASURES.values()]], "aleppo-places")
with st.expander("Who held which district, and when (sources)"):
    st.caption(ui.content("map_control"))
    ui.table(
        timeline[["neighbourhood", "date", "held_by", "note", "source"]],
        "control-timeline",
        empty="No control timeline found (data/gazetteer/control.csv).",
    )

st.subheader("Beyond Aleppo")
others = beyond_aleppo.result()
if others.empty:
    ui.empty_state("places outside Aleppo")
else:
    st.pydeck_chart(charts.places_deck(others, tiles), key="places-map", height=460)
    st.caption(
        "Towns, cities and regions named in these articles, sized by mentions (countries are only in the "
        "table). The map opens on Syria and its neighbours; zoom out for the rest."
    )
    ui.table(others[["place", "kind", "mentions", "articles"]], "other-places", height=280)

# Playing: once the page is drawn, wait and move to the next week (the Pause button stops it; any
# click interrupts the wait, as Streamlit reruns the page at once).
if weekly and weeks and st.session_state.get("map-playing"):
    following = selection.stepped(weeks, week, 1)
    if following == week:
        st.session_state["map-playing"] = False
    else:
        time.sleep(2)
        st.session_state["map-week-pending"] = following
        st.rerun()
