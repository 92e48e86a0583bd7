"""The speaker network: speakers as dots sized by quotes and coloured by side, lines joining speakers
quoted in the same article, names placed around their dots so that none overlaps another."""

from __future__ import annotations

import math

import networkx as nx
import pandas as pd
import plotly.graph_objects as go

from . import figure_build as build
from .charts import PALETTE, SIDE_COLOURS, boxes_overlap, plot_text

# Between packed components, in units of the largest component's half-width; and between the rows of
# speakers quoted with no one else.
COMPONENT_GAP = 0.3
ALONE_ROW_GAP = 0.5


def network_layout(nodes: pd.DataFrame, edges: pd.DataFrame) -> dict[str, tuple[float, float]]:
    """A position for every speaker. Each group of speakers joined by lines (a connected component) is
    laid out on its own with springs and the groups are set side by side, largest first, each in a box
    whose width grows with the square root of its size; speakers quoted with no one else are set in rows
    under them. One spring layout of the whole graph pushes a speaker with no line far away, and the
    chart, which fits every dot, squeezed the network into a corner to show it."""
    graph = nx.Graph()
    graph.add_nodes_from(nodes["speaker"])
    for a, b, w in zip(edges["source"], edges["target"], edges["weight"], strict=False):
        graph.add_edge(a, b, weight=float(w))
    # Each component's speakers in the graph's order, not a set's: a set's order changes with the process's
    # string hashing (PYTHONHASHSEED), and the spring layout starts from the order it is given, so the same
    # link drew a small group differently in each server process.
    components = sorted(
        ([n for n in graph if n in c] for c in nx.connected_components(graph)), key=lambda c: (-len(c), min(c))
    )
    linked = [c for c in components if len(c) > 1]
    alone = sorted(c[0] for c in components if len(c) == 1)
    positions: dict[str, tuple[float, float]] = {}
    left = 0.0
    for component in linked:
        half = math.sqrt(len(component) / len(linked[0]))
        # Unweighted, with long springs: edge weights (every outlet quotes the Observatory) would pull the
        # hub's neighbours into an unreadable knot in the middle.
        part = nx.Graph()
        part.add_nodes_from(component)  # in this order (a subgraph view of a small part iterates a set)
        part.add_edges_from(graph.subgraph(component).edges)
        laid = nx.spring_layout(
            part, seed=42, weight=None, k=3.0 / math.sqrt(len(component)),
            iterations=200, scale=half, center=(left + half, 0.0),
        )
        positions.update({name: (float(x), float(y)) for name, (x, y) in laid.items()})
        left += 2 * half + COMPONENT_GAP
    if alone:
        width = max(left - COMPONENT_GAP, 2.0)
        per_row = min(len(alone), max(4, math.ceil(2 * math.sqrt(len(alone)))))
        top = -1.0 - ALONE_ROW_GAP if linked else 0.0
        for i, name in enumerate(alone):
            row, column = divmod(i, per_row)
            positions[name] = (width * (column + 0.5) / per_row, top - ALONE_ROW_GAP * row)
    return positions


def speaker_network(nodes: pd.DataFrame, edges: pd.DataFrame, large: bool = False) -> go.Figure:
    """Speakers as dots sized by quote count and coloured by side; lines join speakers quoted together."""
    positions = network_layout(nodes, edges)
    edge_x: list[float | None] = []
    edge_y: list[float | None] = []
    for a, b in zip(edges["source"], edges["target"], strict=False):
        if a in positions and b in positions:
            edge_x += [positions[a][0], positions[b][0], None]
            edge_y += [positions[a][1], positions[b][1], None]
    traces = [
        {
            "type": "scatter", "x": edge_x, "y": edge_y, "mode": "lines", "hoverinfo": "skip",
            "showlegend": False, "line": {"color": "#cccccc", "width": 1},
        },
        _edge_middles(edges, positions),
    ]
    # Plain lists: pandas' per-group selections cost 20-30 ms a run for 40 speakers.
    speakers, quotes, sides = nodes["speaker"].tolist(), nodes["quotes"].tolist(), nodes["side"].tolist()
    biggest = max(quotes, default=1)
    size_px = {s: 12 + 38 * math.sqrt(q / biggest) for s, q in zip(speakers, quotes, strict=True)}
    # Most quoted first: they get the first pick of places for their labels; the rest show on hover.
    ranked = [s for _, s in sorted(zip((-q for q in quotes), speakers, strict=True))]
    text_size = 19 if large else 14
    plot_area = NETWORK_PLOT_LARGE if large else NETWORK_PLOT
    positions_px = network_pixels(positions, *plot_area)
    label_at = dict(
        zip(
            ranked,
            fitting_labels(
                [(str(s), *positions_px[s], size_px[s] / 2) for s in ranked],
                text_size,
                area=plot_area,
            ),
            strict=True,
        )
    )
    by_side: dict[str, list[str]] = {}  # in the nodes' order within each side, as pandas' groupby gives
    for speaker, side in zip(speakers, sides, strict=True):
        if not pd.isna(side):
            by_side.setdefault(side, []).append(speaker)
    for side, group in sorted(by_side.items()):
        traces.append({
            "type": "scatter",
            "x": [positions[s][0] for s in group],
            "y": [positions[s][1] for s in group],
            "mode": "markers+text",
            "name": plot_text(side),
            # The raw name is the click's key (selection.selected_speaker); the escaped one is shown.
            "customdata": [[s, plot_text(s)] for s in group],
            "text": [plot_text(s) if label_at[s] else "" for s in group],
            "textposition": [label_at[s] or "top center" for s in group],
            "marker": {
                "size": [size_px[s] for s in group],
                "color": SIDE_COLOURS.get(str(side).lower(), PALETTE[hash(side) % len(PALETTE)]),
                "line": {"color": "white", "width": 1},
            },
            "hovertemplate": "<b>%{customdata[1]}</b><extra>" + plot_text(side) + "</extra>",
        })
    return build.figure(traces, {"xaxis": {"visible": False}, "yaxis": {"visible": False}}, large=large, height=520)


# The network's plot area in pixels (width, height), measured in Chromium at 1440 x 1000 with the sidebar
# open, and in presentation mode (sidebar folded, larger type); the chart stretches with the window.
NETWORK_PLOT = (960, 418)
NETWORK_PLOT_LARGE = (1140, 474)
# Plotly text positions around a marker, tried in this order, as (x, y) directions in pixels (y down).
LABEL_SIDES = {"top center": (0, -1), "bottom center": (0, 1), "middle right": (1, 0), "middle left": (-1, 0)}


def network_pixels(
    positions: dict[str, tuple[float, float]], width: float, height: float
) -> dict[str, tuple[float, float]]:
    """Layout positions as pixels of a `width` x `height` plot area (y downwards), as plotly's autorange
    draws them: the points' extent fills the area less a margin of about 5% each side."""
    if not positions:
        return {}
    xs, ys = zip(*positions.values(), strict=True)
    low_x, high_x, low_y, high_y = min(xs), max(xs), min(ys), max(ys)

    def scale(value: float, low: float, high: float, length: float) -> float:
        return length * (0.05 + 0.9 * ((value - low) / (high - low) if high > low else 0.5))

    return {
        name: (scale(x, low_x, high_x, width), height - scale(y, low_y, high_y, height))
        for name, (x, y) in positions.items()
    }


def fitting_labels(
    points: list[tuple[str, float, float, float]],
    text_size: int = 14,
    always: int = 5,
    area: tuple[float, float] | None = None,
) -> list[str | None]:
    """Where each point's label goes so that no two labels overlap and none covers a marker: the first
    free side of LABEL_SIDES, or None (no room: the name shows on hover only). The first `always` points
    are labelled whenever a side is free of labels, even if their label covers a smaller dot: in a dense
    centre the most quoted speakers would otherwise go unnamed.

    `points` are (label, x, y, marker radius) in pixels (y downwards), in priority order: an earlier
    point's label is placed first. Label boxes are estimated from the text (about 0.6 em a character).
    `area` (width, height): the plot area; a side whose label would leave it is not free (plotly cuts it),
    unless it is the only side left to one of the first `always` points.
    """
    markers = [(x - r, y - r, x + r, y + r) for _, x, y, r in points]
    labels: list[tuple[float, float, float, float]] = []
    chosen: list[str | None] = []
    for index, (label, x, y, radius) in enumerate(points):
        half_w, half_h = 0.3 * text_size * len(label) + 3, text_size / 2 + 2
        boxes = {}
        for side, (dx, dy) in LABEL_SIDES.items():
            centre_x, centre_y = x + dx * (radius + half_w + 2), y + dy * (radius + half_h + 2)
            boxes[side] = (centre_x - half_w, centre_y - half_h, centre_x + half_w, centre_y + half_h)
        others = [m for i, m in enumerate(markers) if i != index]
        unlabelled = [side for side, box in boxes.items() if not any(boxes_overlap(box, b) for b in labels)]
        free = [side for side in unlabelled if area is None or _inside(boxes[side], area)]
        clear = [side for side in free if not any(boxes_overlap(boxes[side], m) for m in others)]
        side = next(iter(clear), None)
        if side is None and index < always:
            # one of the most quoted: a label over a smaller dot, else one plotly cuts at the edge, not none
            side = next(iter(free), None) or next(iter(unlabelled), None)
        chosen.append(side)
        if side:
            labels.append(boxes[side])
    return chosen


def _inside(box: tuple[float, float, float, float], area: tuple[float, float]) -> bool:
    return box[0] >= 0 and box[1] >= 0 and box[2] <= area[0] and box[3] <= area[1]


def _edge_middles(edges: pd.DataFrame, positions: dict[str, tuple[float, float]]) -> dict:
    """A small marker halfway along each line: a line itself cannot be clicked in plotly, its middle can.
    customdata [a, b, shown label, articles] (selection.network_choice)."""
    rows = [
        (a, b, w) for a, b, w in zip(edges["source"], edges["target"], edges["weight"], strict=False)
        if a in positions and b in positions
    ]
    return {
        "type": "scatter",
        "x": [(positions[a][0] + positions[b][0]) / 2 for a, b, _ in rows],
        "y": [(positions[a][1] + positions[b][1]) / 2 for a, b, _ in rows],
        "mode": "markers",
        "showlegend": False,
        "marker": {"size": 6, "color": "#c4c4c4", "opacity": 0.8},
        "customdata": [[a, b, f"{plot_text(a)} and {plot_text(b)}", int(w)] for a, b, w in rows],
        "hovertemplate": "%{customdata[2]}: quoted in %{customdata[3]} article(s)<extra></extra>",
    }
