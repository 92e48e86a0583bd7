"""Speaker network labels: placed around their dots so that none overlaps another or covers a dot."""

from __future__ import annotations

import os

import pandas as pd
import pytest

from dashboard import network_chart


@pytest.mark.parametrize(
    ("points", "sides"),
    [
        # far apart: every label above its dot
        ([("Alpha", 100, 100, 5), ("Beta", 600, 300, 5)], ["top center", "top center"]),
        # Beta's dot sits where Alpha's label would: Alpha's label goes below, Beta's above
        ([("Alpha", 300, 300, 5), ("Beta", 300, 288, 5)], ["bottom center", "top center"]),
        # dots just above and below Alpha's: its label goes to the right
        (
            [("Alpha", 300, 300, 5), ("Beta", 300, 284, 5), ("Gamma", 300, 316, 5)],
            ["middle right", "top center", "bottom center"],
        ),
        # four dots on one spot: above and below, then no room (the others show on hover)
        ([(name, 300, 300, 5) for name in ("Aa", "Bb", "Cc", "Dd")], ["top center", "bottom center", None, None]),
        ([], []),
    ],
)
def test_fitting_labels_take_the_first_free_side(points, sides):
    assert network_chart.fitting_labels(points, text_size=14, always=0) == sides


def test_the_first_points_are_labelled_even_over_a_smaller_dot():
    crowded = [("Hub", 300, 300, 20), ("A", 300, 265, 4), ("B", 300, 335, 4), ("C", 345, 300, 4), ("D", 255, 300, 4)]
    assert network_chart.fitting_labels(crowded, always=0)[0] is None  # every side covers a dot
    assert network_chart.fitting_labels(crowded, always=1)[0] == "top center"


def test_network_pixels_fill_the_plot_with_a_margin_and_y_down():
    pixels = network_chart.network_pixels({"a": (0.0, 0.0), "b": (1.0, 2.0), "c": (0.5, 1.0)}, 1000, 400)
    assert pixels["a"] == pytest.approx((50, 380))
    assert pixels["b"] == pytest.approx((950, 20))
    assert pixels["c"] == pytest.approx((500, 200))
    assert network_chart.network_pixels({"only": (3.0, 3.0)}, 1000, 400)["only"] == pytest.approx((500, 200))


def test_the_most_quoted_speakers_keep_their_labels_in_a_crowded_network():
    names = [f"Speaker number {i}" for i in range(40)]
    nodes = pd.DataFrame({"speaker": names, "quotes": range(40, 0, -1), "side": "unknown"})
    edges = pd.DataFrame({"source": names[:1] * 39, "target": names[1:], "weight": 1})
    figure = network_chart.speaker_network(nodes, edges)
    shown = {t for trace in figure.data[2:] for t in trace.text if t}
    assert "Speaker number 0" in shown  # the most quoted is always labelled
    assert 0 < len(shown) < 40  # not every name fits around one hub: the rest show on hover


def _star(names, hub):
    return [(hub, n) for n in names if n != hub]


def _layout(names, pairs):
    nodes = pd.DataFrame({"speaker": names, "quotes": 1, "side": "unknown"})
    edges = pd.DataFrame({"source": [a for a, _ in pairs], "target": [b for _, b in pairs], "weight": 1})
    return network_chart.network_layout(nodes, edges)


def _extent(positions, names):
    xs, ys = zip(*(positions[n] for n in names), strict=True)
    return min(xs), max(xs), min(ys), max(ys)


def test_a_speaker_quoted_with_no_one_sits_under_the_network_not_far_away():
    linked = [f"Linked {i}" for i in range(8)]
    positions = _layout([*linked, "Alone"], _star(linked, "Linked 0"))
    low_x, high_x, low_y, _ = _extent(positions, linked)
    x, y = positions["Alone"]
    assert low_x <= x <= high_x  # within the network's width
    assert low_y - 1.0 <= y < low_y  # just below it: the network keeps most of the chart
    assert network_chart.network_pixels(positions, 960, 418)["Linked 0"][1] < 418 * 0.75


def test_groups_of_speakers_are_set_side_by_side_without_overlapping():
    first, second = [f"A{i}" for i in range(6)], ["B0", "B1", "B2"]
    positions = _layout([*first, *second], _star(first, "A0") + _star(second, "B0"))
    a, b = _extent(positions, first), _extent(positions, second)
    assert a[1] < b[0]  # the larger group first, the smaller to its right
    assert (b[1] - b[0]) < (a[1] - a[0])  # a box that grows with the group's size


def test_speakers_with_no_lines_at_all_are_set_in_rows_apart():
    names = [f"Speaker {i}" for i in range(10)]
    positions = _layout(names, [])
    points = list(positions.values())
    assert len(set(points)) == 10  # no two on one spot
    assert len({y for _, y in points}) == 2  # rows of up to 2 * sqrt(n)
    assert positions == _layout(names, [])  # the same view draws the same picture


def test_labels_do_not_leave_the_plot():
    sides = network_chart.fitting_labels([("A rather long name", 5, 200, 5)], always=1, area=(960, 418))
    assert sides == ["middle right"]  # at the left edge: a label above, below or to the left would be cut


def test_one_of_the_most_quoted_keeps_a_label_too_wide_for_the_plot():
    wide = "A name far too long to fit anywhere in this small plot area at all"
    assert network_chart.fitting_labels([(wide, 100, 50, 5)], always=1, area=(300, 100)) == ["top center"]
    assert network_chart.fitting_labels([(wide, 100, 50, 5)], always=0, area=(300, 100)) == [None]


def test_network_traces_go_side_by_side_in_order_with_raw_and_shown_names():
    """One trace per side, sides in sorted order, each side's speakers in the nodes' order; the click key
    is the raw name and the shown one escaped; the most quoted get the first labels."""
    nodes = pd.DataFrame({
        "speaker": ["Zed <b>", "Amal", "Bashar", "Carla"],
        "quotes": [3, 9, 5, 1],
        "articles": [1, 1, 1, 1],
        "side": ["rebels", "monitors", "rebels", "monitors"],
    })
    edges = pd.DataFrame({"source": ["Amal"], "target": ["Bashar"], "weight": [2]})
    drawn = network_chart.speaker_network(nodes, edges).to_dict()["data"][2:]
    assert [t["name"] for t in drawn] == ["monitors", "rebels"]
    assert [[row[0] for row in t["customdata"]] for t in drawn] == [["Amal", "Carla"], ["Zed <b>", "Bashar"]]
    assert drawn[1]["customdata"][0][1] == "Zed &lt;b&gt;"
    assert drawn[0]["text"][0] == "Amal"  # the most quoted is labelled
    assert drawn[0]["marker"]["size"][0] == pytest.approx(50.0)  # 12 + 38 px at the most quotes


def test_the_most_quoted_pick_their_label_places_first_whatever_the_nodes_order():
    names = [f"Speaker number {i}" for i in range(40)]
    order = [(i * 17) % 40 for i in range(40)]  # the nodes in a scrambled order; quotes fall with the number
    nodes = pd.DataFrame({"speaker": [names[i] for i in order], "quotes": [40 - i for i in order], "side": "unknown"})
    edges = pd.DataFrame({"source": names[:1] * 39, "target": names[1:], "weight": 1})
    figure = network_chart.speaker_network(nodes, edges)
    shown = {t for trace in figure.data[2:] for t in trace.text if t}
    assert {f"Speaker number {i}" for i in range(5)} <= shown


def test_speakers_quoted_as_often_pick_their_label_places_in_name_order():
    names = [f"Speaker number {i}" for i in range(40)]
    order = [(i * 17) % 40 for i in range(40)]
    nodes = pd.DataFrame({"speaker": [names[i] for i in order], "quotes": 1, "side": "unknown"})
    edges = pd.DataFrame({"source": names[:1] * 39, "target": names[1:], "weight": 1})
    shown = {t for trace in network_chart.speaker_network(nodes, edges).data[2:] for t in trace.text if t}
    assert set(sorted(names)[:5]) <= shown


def test_the_layout_is_the_same_in_every_process():
    """Speakers in small groups were laid out in a set's order, which changes with the process's string
    hashing: the same link drew them differently in each server process."""
    import json
    import subprocess
    import sys

    script = (
        "import json, pandas as pd\n"
        "from dashboard import network_chart\n"
        "names = ['Hub', *[f'Spoke {i}' for i in range(8)], 'Ann', 'Bob', 'Cyd', 'Dee', 'Eve', 'Fay']\n"
        "pairs = [('Hub', f'Spoke {i}') for i in range(8)] + [('Ann', 'Bob'), ('Bob', 'Cyd'), ('Dee', 'Eve'), ('Eve', 'Fay')]\n"
        "nodes = pd.DataFrame({'speaker': names, 'quotes': 1, 'side': 'unknown'})\n"
        "edges = pd.DataFrame({'source': [a for a, _ in pairs], 'target': [b for _, b in pairs], 'weight': 1})\n"
        "print(json.dumps(network_chart.network_layout(nodes, edges), sort_keys=True))\n"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=False,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        for seed in ("1", "2", "3")
    ]
    assert all(r.returncode == 0 for r in runs), runs[0].stderr[-500:]
    runs = [r.stdout for r in runs]
    assert json.loads(runs[0]) == json.loads(runs[1]) == json.loads(runs[2])
