"""Figure builders: DataFrames in, plotly figures or pydeck decks out. No Streamlit calls here."""

from __future__ import annotations

import copy
import math

import networkx as nx
import pandas as pd
import plotly.express as px
import plotly.graph_objects as go
import pydeck as pdk

# Colour-blind-safe (Okabe-Ito) colours; the 2016 front: government-held west vs opposition-held east.
CONTROL_COLOURS = {
    "government": [0, 114, 178],
    "opposition": [230, 159, 0],
    "contested": [204, 121, 167],
    "kurdish": [0, 158, 115],
    "unknown": [150, 150, 150],
}
# Speaker sides as data/lexicons/speaker_sides.csv names them; anything else falls back to the palette.
SIDE_COLOURS = {
    "syrian government": "#0072B2",
    "russia": "#56B4E9",
    "iran": "#332288",
    "armed opposition": "#E69F00",
    "turkey and gulf states": "#AA4499",
    "us and western governments": "#CC79A7",
    "un and humanitarian agencies": "#009E73",
    "monitors": "#117733",
    "rescuers and medics": "#D55E00",
    "residents and witnesses": "#882255",
    "kurdish forces": "#999933",
    "other": "#999999",
    "unknown": "#BBBBBB",
}
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#000000"]
ALEPPO_CENTRE = (36.2021, 37.1343)


def control_side(value: object) -> str:
    """The 2016 control value as one of CONTROL_COLOURS' keys (gazetteers spell it several ways)."""
    text = str(value or "").lower()
    # Order matters: "contested (mixed government/YPG)" is contested, not government-held.
    if "contest" in text or "front" in text:
        return "contested"
    if "kurd" in text or "ypg" in text or "sdf" in text:
        return "kurdish"
    if any(w in text for w in ("gov", "regime", "west", "saa")):
        return "government"
    if any(w in text for w in ("opp", "rebel", "east", "fsa")):
        return "opposition"
    return "unknown"


BAR_WIDTH_MS = {"day": 0.8 * 86_400_000, "week": 6 * 86_400_000, "month": 26 * 86_400_000}


def _time_bars(fig: go.Figure, freq: str) -> go.Figure:
    """Bars as wide as their period, so a single period still reads as a bar, not a hairline."""
    fig.update_traces(width=BAR_WIDTH_MS[freq], offset=0)
    fig.update_xaxes(type="date")
    periods = sorted(
        {pd.Timestamp(x) for trace in fig.data for x in (trace.x if trace.x is not None else [])}
    )
    if 0 < len(periods) < 3:  # a lone bar would otherwise stretch across the whole axis
        span = pd.Timedelta(milliseconds=BAR_WIDTH_MS[freq] * 4)
        fig.update_xaxes(range=[periods[0] - span, periods[-1] + span])
    return fig


def styled(fig: go.Figure, large: bool = False, height: int | None = None) -> go.Figure:
    """Readable defaults: larger type (more in presentation mode), little chrome, legend on top."""
    fig.update_layout(
        font={"size": 19 if large else 14},
        margin={"l": 10, "r": 10, "t": 40, "b": 10},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0, "title": None},
        template="plotly_white",
        height=height,
    )
    return fig


def articles_over_time(counts: pd.DataFrame, freq: str = "month", large: bool = False) -> go.Figure:
    fig = px.bar(
        counts,
        x="period",
        y="articles",
        color="outlet",
        color_discrete_sequence=PALETTE,
        labels={"period": "", "articles": "Articles"},
    )
    return styled(_time_bars(fig, freq), large, height=380)


def casualties_over_time(
    series: pd.DataFrame, split_label: str, freq: str = "week", large: bool = False
) -> go.Figure:
    """Stacked bars of reported numbers per period; each bar's customdata is [period, split, type]."""
    frame = series.assign(period_key=series["period"].dt.strftime("%Y-%m-%d"))
    facet = "type" if frame["type"].nunique() > 1 else None
    fig = px.bar(
        frame,
        x="period",
        y="reported",
        color="split",
        facet_row=facet,
        custom_data=["period_key", "split", "type", "figures"],
        color_discrete_sequence=PALETTE,
        labels={"period": "", "reported": "Reported", "split": split_label, "type": ""},
    )
    fig.update_traces(
        hovertemplate="%{customdata[1]}<br>%{x|%d %b %Y}: %{y:,} reported %{customdata[2]}"
        "<br>from %{customdata[3]} figure(s)<extra></extra>"
    )
    fig.for_each_annotation(lambda a: a.update(text=a.text.split("=")[-1]))
    fig.update_yaxes(matches=None)
    _time_bars(fig, freq)
    return styled(fig, large, height=300 + 160 * (frame["type"].nunique() - 1 if facet else 0))


def incident_ranges(incidents: pd.DataFrame, large: bool = False) -> go.Figure:
    """Each incident's lowest and highest reported number, joined by a line: the wider, the more disagreement."""
    frame = incidents.dropna(subset=["max"]).sort_values("max").tail(20)
    labels = [
        f"{t} {g}, {p or 'place n/a'}, {d:%d %b %Y}" if pd.notna(d) else f"{t} {g}, {p or 'place n/a'}"
        for t, g, p, d in zip(frame["type"], frame["group"], frame["place"], frame["date"], strict=False)
    ]
    fig = go.Figure()
    for label, low, high in zip(labels, frame["min"], frame["max"], strict=False):
        fig.add_trace(
            go.Scatter(
                x=[low, high],
                y=[label, label],
                mode="lines+markers",
                showlegend=False,
                line={"color": "#999999", "width": 3},
                marker={"size": 11, "color": "#D55E00"},
                hovertemplate="%{y}: %{x:,}<extra></extra>",
            )
        )
    fig.update_xaxes(title="Reported number (lowest to highest)")
    return styled(fig, large, height=120 + 32 * max(1, len(frame)))


def network_layout(nodes: pd.DataFrame, edges: pd.DataFrame) -> dict[str, tuple[float, float]]:
    graph = nx.Graph()
    graph.add_nodes_from(nodes["speaker"])
    for a, b, w in zip(edges["source"], edges["target"], edges["weight"], strict=False):
        graph.add_edge(a, b, weight=float(w))
    positions = nx.spring_layout(graph, seed=42, weight="weight", k=1.5 / math.sqrt(max(len(graph), 1)))
    return {name: (float(x), float(y)) for name, (x, y) in positions.items()}


def speaker_network(nodes: pd.DataFrame, edges: pd.DataFrame, large: bool = False) -> go.Figure:
    """Speakers as dots sized by quote count and coloured by side; lines join speakers quoted together."""
    positions = network_layout(nodes, edges)
    edge_x: list[float | None] = []
    edge_y: list[float | None] = []
    for a, b in zip(edges["source"], edges["target"], strict=False):
        if a in positions and b in positions:
            edge_x += [positions[a][0], positions[b][0], None]
            edge_y += [positions[a][1], positions[b][1], None]
    fig = go.Figure(
        go.Scatter(
            x=edge_x,
            y=edge_y,
            mode="lines",
            hoverinfo="skip",
            showlegend=False,
            line={"color": "#cccccc", "width": 1},
        )
    )
    biggest = nodes["quotes"].max() if len(nodes) else 1
    label_cut = nodes["quotes"].nlargest(12).min() if len(nodes) else 0
    for side, group in nodes.groupby("side", sort=True):
        fig.add_trace(
            go.Scatter(
                x=[positions[s][0] for s in group["speaker"]],
                y=[positions[s][1] for s in group["speaker"]],
                mode="markers+text",
                name=str(side),
                customdata=group[["speaker"]].values,
                text=[
                    s if q >= label_cut else ""
                    for s, q in zip(group["speaker"], group["quotes"], strict=False)
                ],
                textposition="top center",
                marker={
                    "size": [12 + 38 * math.sqrt(q / biggest) for q in group["quotes"]],
                    "color": SIDE_COLOURS.get(str(side).lower(), PALETTE[hash(side) % len(PALETTE)]),
                    "line": {"color": "white", "width": 1},
                },
                hovertemplate="<b>%{customdata[0]}</b><br>%{marker.size:.0f}<extra>" + str(side) + "</extra>",
            )
        )
        fig.data[-1].hovertemplate = "<b>%{customdata[0]}</b><extra>" + str(side) + "</extra>"
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return styled(fig, large, height=520)


def heatmap(matrix: pd.DataFrame, large: bool = False) -> go.Figure:
    fig = px.imshow(
        matrix,
        text_auto=True,
        aspect="auto",
        color_continuous_scale="Blues",
        labels={"x": "Speaker", "y": "Outlet", "color": "Quotes"},
    )
    fig.update_xaxes(tickangle=-35)
    return styled(fig, large, height=160 + 40 * len(matrix))


def horizontal_bars(frame: pd.DataFrame, label: str, value: str, large: bool = False) -> go.Figure:
    fig = px.bar(
        frame.iloc[::-1],
        x=value,
        y=label,
        orientation="h",
        color_discrete_sequence=[PALETTE[0]],
        labels={label: "", value: value.replace("_", " ").capitalize()},
        custom_data=[label],
    )
    return styled(fig, large, height=120 + 28 * max(1, len(frame)))


def lines_over_time(frame: pd.DataFrame, y: str, colour: str, large: bool = False) -> go.Figure:
    fig = px.line(
        frame,
        x="period",
        y=y,
        color=colour,
        markers=True,
        color_discrete_sequence=PALETTE,
        labels={"period": "", y: y.capitalize()},
    )
    return styled(fig, large, height=340)


# ---- Maps -----------------------------------------------------------------------------------------


def _radius(values: pd.Series) -> list[float]:
    """Mark radius in metres: area grows with the measure; zero still shows a small dot."""
    top = max(float(values.max()), 1.0) if len(values) else 1.0
    return [60 + 520 * math.sqrt(float(v) / top) for v in values]


def district_deck(
    measures: pd.DataFrame, measure: str, measure_label: str, outlines: dict | None, tiles: bool = False
) -> pdk.Deck:
    """Aleppo's places as marks sized by the measure and coloured by 2016 control, over district outlines."""
    frame = measures.copy()
    frame["side"] = frame["control_2016"].map(control_side)
    frame["colour"] = [CONTROL_COLOURS[s] + [200] for s in frame["side"]]
    frame["radius"] = _radius(frame[measure])
    frame["value"] = frame[measure]
    frame["label"] = [n if v > 0 else "" for n, v in zip(frame["name"], frame["value"], strict=False)]
    frame = frame.sort_values("value", ascending=False)
    layers = []
    if outlines:
        geo = _outlines_with_control(outlines, frame)
        layers.append(
            pdk.Layer(
                "GeoJsonLayer",
                geo,
                id="districts",
                stroked=True,
                filled=True,
                get_fill_color="properties.fill",
                get_line_color=[90, 90, 90, 160],
                line_width_min_pixels=1,
                pickable=False,
            )
        )
    columns = [
        "place_id",
        "name",
        "name_ar",
        "lat",
        "lon",
        "colour",
        "radius",
        "value",
        "label",
        "mentions",
        "killed",
        "wounded",
        "quotes",
        "side",
    ]
    data = frame[columns].to_dict("records")
    layers.append(
        pdk.Layer(
            "ScatterplotLayer",
            data,
            id="marks",
            get_position=["lon", "lat"],
            get_radius="radius",
            get_fill_color="colour",
            get_line_color=[255, 255, 255],
            stroked=True,
            line_width_min_pixels=1,
            radius_min_pixels=3,
            pickable=True,
            auto_highlight=True,
        )
    )
    labelled = [row for row in data if row["label"]]
    layers.append(
        pdk.Layer(
            "TextLayer",
            labelled,
            id="labels",
            font_family="Helvetica, Arial, sans-serif",
            get_position=["lon", "lat"],
            get_text="label",
            get_size=16,
            get_color=[20, 20, 20],
            get_pixel_offset=[0, -18],
            font_weight=700,
            background=True,
            get_background_color=[255, 255, 255, 210],
            background_padding=[3, 1],
        )
    )
    tooltip = {
        "html": "<b>{name}</b> {name_ar}<br/>" + measure_label + ": <b>{value}</b><br/>"
        "Mentions {mentions} · killed {killed} · wounded {wounded} · quotes {quotes}<br/>2016: {side}",
        "style": {"fontSize": "15px"},
    }
    view = pdk.ViewState(
        latitude=_centre(frame, "lat", ALEPPO_CENTRE[0]),
        longitude=_centre(frame, "lon", ALEPPO_CENTRE[1]),
        zoom=11.3,
    )
    return _deck(layers, view, tooltip, tiles)


def _outlines_with_control(outlines: dict, frame: pd.DataFrame) -> dict:
    """The GeoJSON with each polygon's fill set from its district's 2016 control (pale, so marks stand out)."""
    geo = copy.deepcopy(outlines)
    by_name: dict[str, str] = {}
    for name, variants, side in zip(
        frame["name"], frame.get("variants", [""] * len(frame)), frame["side"], strict=False
    ):
        for alias in [name, *str(variants or "").split("|")]:
            by_name.setdefault(_name_key(alias), side)
    for feature in geo.get("features", []):
        props = feature.setdefault("properties", {})
        name = props.get("name") or props.get("NAME") or ""
        side = props.get("control_2016")
        side = control_side(side) if side else by_name.get(_name_key(name), "unknown")
        props["fill"] = CONTROL_COLOURS[side] + [70 if side != "unknown" else 25]
    return geo


def _name_key(name: object) -> str:
    """A spelling-tolerant key: lower case, no "al-"/"el-" articles, letters only."""
    text = str(name or "").lower()
    for article in ("al-", "el-", "al ", "el "):
        text = text.replace(article, "")
    return "".join(ch for ch in text if ch.isalpha())


def _centre(frame: pd.DataFrame, column: str, default: float) -> float:
    values = frame[column].dropna()
    return float(values.median()) if len(values) else default


def places_deck(places: pd.DataFrame, tiles: bool = False) -> pdk.Deck:
    """Places outside Aleppo city: one dot per place, sized by mentions, labelled."""
    frame = places.copy()
    frame["radius"] = [
        4000 + 40000 * math.sqrt(v / max(frame["mentions"].max(), 1)) for v in frame["mentions"]
    ]
    data = frame[["place_id", "place", "kind", "lat", "lon", "mentions", "radius"]].to_dict("records")
    layers = [
        pdk.Layer(
            "ScatterplotLayer",
            data,
            id="places",
            get_position=["lon", "lat"],
            get_radius="radius",
            get_fill_color=[0, 114, 178, 170],
            radius_min_pixels=3,
            pickable=True,
        ),
        pdk.Layer(
            "TextLayer",
            data,
            id="place-labels",
            font_family="Helvetica, Arial, sans-serif",
            get_position=["lon", "lat"],
            get_text="place",
            get_size=14,
            get_color=[20, 20, 20],
            get_pixel_offset=[0, -16],
            background=True,
            get_background_color=[255, 255, 255, 210],
            background_padding=[3, 1],
        ),
    ]
    spread = max(
        float(frame["lat"].max() - frame["lat"].min()), float(frame["lon"].max() - frame["lon"].min()), 1
    )
    zoom = max(1.5, min(7.0, 8.5 - math.log2(spread * 2)))
    view = pdk.ViewState(
        latitude=_centre(frame, "lat", 35.0), longitude=_centre(frame, "lon", 38.5), zoom=zoom
    )
    tooltip = {"html": "<b>{place}</b> ({kind})<br/>{mentions} mentions", "style": {"fontSize": "15px"}}
    return _deck(layers, view, tooltip, tiles)


def _deck(layers: list, view: pdk.ViewState, tooltip: dict, tiles: bool) -> pdk.Deck:
    # No basemap unless asked: the map must read offline and without a token.
    if tiles:
        return pdk.Deck(
            layers=layers, initial_view_state=view, tooltip=tooltip, map_provider="carto", map_style="light"
        )
    return pdk.Deck(
        layers=layers, initial_view_state=view, tooltip=tooltip, map_provider=None, map_style=None
    )
