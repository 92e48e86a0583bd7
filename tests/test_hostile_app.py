"""The app under hostile data: Markdown and HTML from the data or the address stay text, charts escape
their labels, maps need no network, and a damaged dataset shows one line instead of a traceback."""

from __future__ import annotations

import json
import re
import string
from pathlib import Path

import pandas as pd
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard import aggregate, charts, data, network_chart, selection, ui
from pipeline import integrity
from tests import hostile_data as hostile
from tests import sample_data as sample
from tests.test_app_pages import open_page as open_app_page

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "app.py")
PUNCTUATION = set(string.punctuation)
# Fragments of the poisoned data that would render as markup if they reached Markdown unescaped.
RAW_MARKUP = [
    "](https://evil",
    "<a href",
    "**bold**",
    "_em_",
    ":red[",
    "$x$",
    "<b>",
    "<script>",
    "https://evil",
]
# The same as plotly would draw them (it reads HTML tags, not Markdown).
RAW_TAGS = ["<a href", "<b>b</b>", "<script>"]


def raw_markup(source: str) -> list[str]:
    """The poisoned fragments present in Markdown `source` with their characters unescaped."""
    unescaped = re.sub(r"\\.", "", source)  # drop every backslash-escaped character
    return [fragment for fragment in RAW_MARKUP if fragment in unescaped]


def literal(source: str) -> str:
    """The text Markdown `source` shows, asserting it holds no markup: every ASCII punctuation character
    is backslash-escaped (CommonMark then treats it as itself) and there is no line break."""
    assert "\n" not in source, source
    shown, chars = [], iter(source)
    for char in chars:
        if char == "\\":
            escaped = next(chars)
            assert escaped in PUNCTUATION, source
            shown.append(escaped)
        else:
            assert char not in PUNCTUATION, f"unescaped {char!r} in {source!r}"
            shown.append(char)
    return "".join(shown)


@pytest.fixture(autouse=True)
def _fresh_cache():
    st.cache_data.clear()
    st.cache_resource.clear()
    yield


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory):
    return hostile.write(tmp_path_factory.mktemp("hostile"))


def open_page(folder: Path, page: str, monkeypatch, **params) -> AppTest:
    return open_app_page(folder, page, monkeypatch, check_title=False, **params)


def markdown_sources(at: AppTest) -> list[str]:
    """Every string the page hands to Markdown: text elements, alerts, metric labels and values."""
    sources = [
        el.value
        for kind in (
            "title",
            "header",
            "subheader",
            "caption",
            "markdown",
            "info",
            "warning",
            "error",
            "success",
        )
        for el in getattr(at, kind)
    ]
    return sources + [m.label for m in at.metric] + [str(m.value) for m in at.metric]


# ---- the escaping helper ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "[Read the full report](https://example.org)",
        "**bold** _em_ ~~struck~~ `code` $x^2$ :red[red] :blue-background[x] <a href=x>y</a> &amp;",
        "# heading\n> quote\n- item\n1. item\n    code | table |",
        "https://evil.example www.evil.example user@evil.example",
        "al-Assad",
        "SANA (state media)",
        "back\\slash",
    ],
)
def test_md_escape_leaves_no_markup(raw):
    assert literal(ui.md_escape(raw)).replace(ui.WORD_JOINER, "") == " ".join(raw.split())


def test_md_escape_keeps_bare_urls_and_addresses_from_becoming_links():
    # GFM links these after escapes are resolved, unless the character before is not space or punctuation.
    escaped = literal(ui.md_escape("see https://evil.example, www.evil.example and me@evil.example"))
    assert escaped.count(ui.WORD_JOINER + "https://") == 1
    assert escaped.count(ui.WORD_JOINER + "www.") == 1
    assert escaped.count(ui.WORD_JOINER + "@") == 1


def test_md_code_keeps_backticks_inside_the_span():
    assert ui.md_code("a`b") == "``a`b``"
    assert ui.md_code("/data/x") == "`/data/x`"


# ---- pages on the poisoned dataset ------------------------------------------------------------------


def test_reader_header_and_caption_show_the_poisoned_title_as_text(hostile_dir, monkeypatch):
    at = open_page(hostile_dir, "pages/reader.py", monkeypatch, article=hostile.ARTICLE_IDS[0])
    assert literal(at.header[0].value).replace(ui.WORD_JOINER, "") == f"{hostile.TITLE} 1"
    outlet_line = next(c.value for c in at.caption if "words" in c.value)
    assert hostile.OUTLETS[0].split()[0] in outlet_line
    assert raw_markup(outlet_line) == []


def test_poisoned_search_in_the_address_is_escaped_in_captions(hostile_dir, monkeypatch):
    at = open_page(hostile_dir, "pages/overview.py", monkeypatch, q=hostile.SEARCH)
    shown = [c.value for c in at.caption] + [i.value for i in at.info]
    described = [s for s in shown if "search" in s]
    assert described, shown
    for source in described:
        assert raw_markup(source) == []
        assert hostile.SEARCH in source.replace("\\", "").replace(ui.WORD_JOINER, "")


@pytest.mark.parametrize("page", list(ui.PAGES))
def test_no_poisoned_string_reaches_markdown_unescaped(hostile_dir, page, monkeypatch):
    at = open_page(hostile_dir, page, monkeypatch, article=hostile.ARTICLE_IDS[0])
    for source in markdown_sources(at):
        assert raw_markup(source) == [], source


@pytest.mark.parametrize("page", ["pages/casualties.py", "pages/speakers.py", "pages/overview.py"])
def test_poisoned_filters_from_the_address_are_escaped(hostile_dir, page, monkeypatch):
    at = open_page(hostile_dir, page, monkeypatch, outlet=[hostile.OUTLETS[0]], cited=[hostile.SOURCE])
    sources = markdown_sources(at)
    assert any("outlet" in s for s in sources)
    for source in sources:
        assert raw_markup(source) == [], source


# ---- charts -----------------------------------------------------------------------------------------


def _drawn_strings(node, key: str = "") -> list[str]:
    """Every string in a figure's JSON that plotly draws (customdata holds keys and is drawn only through
    hover templates, checked separately)."""
    if isinstance(node, str):
        return [node]
    if key == "customdata":
        return []
    if isinstance(node, dict):
        return [s for k, v in node.items() for s in _drawn_strings(v, k)]
    if isinstance(node, (list, tuple)):
        return [s for v in node for s in _drawn_strings(v, key)]
    if hasattr(node, "tolist"):
        return _drawn_strings(node.tolist(), key)
    return []


def assert_no_markup_from_data(fig) -> None:
    spec = fig.to_plotly_json()
    for text in _drawn_strings(spec):
        assert not any(tag in text for tag in RAW_TAGS), text
    for trace in spec["data"]:
        template = trace.get("hovertemplate") or ""
        for index in re.findall(r"%\{customdata\[(\d+)\]\}", template):
            shown = [row[int(index)] for row in trace["customdata"]]
            assert not any("<" in str(value) for value in shown), (template, shown)


@pytest.fixture(scope="module")
def hostile_view(hostile_dir):
    store = data.Store(hostile_dir)
    return data.View(store, data.Filters(), store.matching(data.Filters()))


def test_charts_escape_names_from_the_data(hostile_view):
    view = hostile_view
    nodes, edges = aggregate.speaker_network(view)
    figures = [
        network_chart.speaker_network(nodes, edges),
        charts.heatmap(aggregate.outlet_speaker_matrix(view)),
        charts.incident_ranges(view.table("incidents")),
        charts.articles_over_time(aggregate.articles_over_time(view)),
        charts.horizontal_bars(aggregate.top_entities(view, ("PERSON",)), "canonical", "mentions"),
        charts.lines_over_time(
            aggregate.entity_series(view, [hostile.ENTITY], "month"), "mentions", "canonical"
        ),
    ]
    for split in aggregate.SPLITS.values():
        figures.append(
            charts.casualties_over_time(aggregate.casualty_series(view, "week", split, ["killed"]), "Split")
        )
    for fig in figures:
        assert_no_markup_from_data(fig)


def test_chart_escaping_keeps_the_codes_line_breaks_and_the_selection_keys(hostile_view):
    series = aggregate.casualty_series(hostile_view, "week", "attributed_to", ["killed"])
    fig = charts.casualties_over_time(series, "Cited source")
    assert "<br>" in fig.data[0].hovertemplate
    # the raw value: the selection filters on it
    assert selection.series_bars([{"customdata": list(fig.data[0].customdata[0])}], series)[0][1] == hostile.SOURCE
    nodes, edges = aggregate.speaker_network(hostile_view)
    network = network_chart.speaker_network(nodes, edges)
    assert {row[0] for trace in network.data[1:] for row in trace.customdata} == set(hostile.SPEAKERS)


def test_plot_text_reads_ordinary_names_unchanged():
    assert charts.plot_text("SANA (state media)") == "SANA (state media)"
    assert charts.plot_text("al-Assad") == "al-Assad"
    assert charts.plot_text("<a href=x>y</a> & co") == "&lt;a href=x&gt;y&lt;/a&gt; &amp; co"


def test_maps_without_tiles_fetch_no_basemap_style():
    places = pd.DataFrame(
        {
            "place_id": ["p"],
            "place": ["Idlib"],
            "kind": ["city"],
            "lat": [35.9],
            "lon": [36.6],
            "mentions": [1],
        }
    )
    deck = json.loads(charts.places_deck(places, tiles=False).to_json())
    # Streamlit draws CARTO's style (fetched from the network) whenever mapStyle is missing or empty;
    # pydeck's own default with map_provider=None is what turns the basemap off.
    assert deck.get("mapStyle") not in (None, "")
    assert "cartocdn" not in json.dumps(deck) and "mapbox" not in json.dumps(deck)


def test_page_icon_needs_no_network():
    assert not ui.PAGE_ICON.startswith(":material")  # Streamlit fetches those from fonts.gstatic.com


# ---- damaged datasets -------------------------------------------------------------------------------


def built_sample(folder: Path, *, with_checksums: bool) -> Path:
    """The sample dataset with a manifest like `pipeline build` writes (checksums optional: older builds)."""
    sample.write(folder)
    manifest = json.loads((folder / "manifest.json").read_text())
    if with_checksums:
        names = [p.name for p in folder.glob("*.parquet")]
        manifest["checksums"] = integrity.checksums(folder, names)
    (folder / "manifest.json").write_text(json.dumps(manifest))
    return folder


def truncate(path: Path) -> None:
    content = path.read_bytes()
    path.write_bytes(content[: len(content) // 2])


def expected_line(folder: Path, files: str) -> str:
    return (
        f"Damaged dataset in {ui.md_escape(folder)}: {ui.md_escape(files)}. "
        f"Rebuild with `python -m pipeline build --out {folder} --force`."
    )


@pytest.mark.parametrize("with_checksums", [True, False], ids=["checksums", "older-build"])
@pytest.mark.parametrize("page", list(ui.PAGES))
def test_truncated_parquet_shows_one_line_to_rebuild(tmp_path, page, with_checksums, monkeypatch):
    folder = built_sample(tmp_path / "built", with_checksums=with_checksums)
    truncate(folder / "entities.parquet")
    monkeypatch.setenv("ALEPPO_LENS_DATA", str(folder))
    at = AppTest.from_file(APP, default_timeout=60).run()
    if page != "pages/overview.py":
        at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    assert [e.value for e in at.error] == [expected_line(folder, "entities.parquet")]
    assert len(at.dataframe) == 0 and len(at.title) == 0  # the page stopped before drawing anything


def test_damage_behind_an_intact_footer_is_found_when_read(tmp_path, monkeypatch):
    """A file whose pages (not its footer) are damaged passes DuckDB's first look and fails in a query."""
    import pyarrow.parquet as pq

    folder = built_sample(tmp_path / "built", with_checksums=False)
    path = folder / "quotes.parquet"
    column = pq.read_metadata(path).row_group(0).column(3)  # the quote text
    content = bytearray(path.read_bytes())
    for at in range(column.data_page_offset + 20, column.data_page_offset + column.total_compressed_size - 5):
        content[at] ^= 0x5A
    path.write_bytes(bytes(content))
    at = open_page(folder, "pages/speakers.py", monkeypatch)
    assert [e.value for e in at.error] == [expected_line(folder, "quotes.parquet")]


def test_intact_build_with_checksums_opens_normally(tmp_path, monkeypatch):
    folder = built_sample(tmp_path / "built", with_checksums=True)
    at = open_page(folder, "pages/overview.py", monkeypatch)
    assert not at.error and at.title[0].value == "Aleppo Lens"


def test_query_bugs_are_not_reported_as_damage(tmp_path):
    import duckdb

    store = data.Store(sample.write(tmp_path / "sample"))
    with pytest.raises(duckdb.Error):
        store.query("SELECT no_such_column FROM articles")


def test_plot_texts_escape_a_column_as_plot_text_escapes_each_value():
    values = pd.Series(["<b>Outlet</b>", None, "<b>Outlet</b>", float("nan"), "A & B"], dtype=object)
    assert list(charts.plot_texts(values)) == [charts.plot_text(v) for v in values]
    assert charts.plot_texts(values).iat[0] == "&lt;b&gt;Outlet&lt;/b&gt;"
    arrow = pd.Series(["<i>", None, "<i>", "x"], dtype="string[pyarrow]", index=[7, 3, 5, 1])
    escaped = charts.plot_texts(arrow)
    assert list(escaped) == [charts.plot_text(v) for v in arrow] and list(escaped.index) == [7, 3, 5, 1]


def test_a_name_written_like_a_plotly_template_is_drawn_as_written():
    # plotly fills "%{...}" in hover templates, and in trace names once a trace has `meta` (the Casualties
    # chart's): an outlet or source so named would lose those characters.
    import html

    import pandas as pd

    name = "Rate %{meta[1]} of 100%{y}"
    series = pd.DataFrame({
        "period": pd.to_datetime(["2016-11-14", "2016-11-21"]), "split": [name, name], "type": ["killed", "killed"],
        "reported": [3, 4], "figures": [1, 1],
    })
    fig = charts.casualties_over_time(series, "Outlet")
    spec = fig.to_plotly_json()
    for text in _drawn_strings(spec):
        assert "%{" not in text.replace("%{meta[", "").replace("%{customdata[", "").replace("%{x|", "").replace("%{y:", ""), text
    assert html.unescape(fig.data[0].name) == name
