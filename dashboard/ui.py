"""Streamlit pieces every page shares: the sidebar filters, empty states, tables with reader links, CSV."""

from __future__ import annotations

import re
import runpy
import string
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from pathlib import Path

import pandas as pd
import streamlit as st

from . import data, selection, uploads
from . import filters as flt
from .filters import Filters
from .provenance import provenance_config, rows_with_sentence, with_provenance

MAX_ROWS = 1_000  # rows a table shows; its CSV download holds them all
CONTENT_DIR = Path(__file__).resolve().parents[1] / "content"
# The browser tab's icon. An emoji is drawn in the page itself; a :material/...: icon would be fetched from
# Google's font server on every page load.
PAGE_ICON = "🔎"
PAGES = {  # page file -> (title, icon, url path); app.py builds the navigation from this
    "pages/overview.py": ("Overview", ":material/dashboard:", "overview"),
    "pages/map.py": ("Map of Aleppo", ":material/map:", "map"),
    "pages/casualties.py": ("Casualties", ":material/monitoring:", "casualties"),
    "pages/speakers.py": ("Speakers", ":material/record_voice_over:", "speakers"),
    "pages/entities.py": ("Entities", ":material/groups:", "entities"),
    "pages/reader.py": ("Reader", ":material/article:", "reader"),
    "pages/quality.py": ("Data quality", ":material/fact_check:", "quality"),
    "pages/compare.py": ("Compare", "⚖️", "compare"),
    "pages/add_articles.py": ("Add articles", "⬆️", "add_articles"),
}
PRESENTATION_CSS = """
<style>
html { font-size: 22px; }
h1 { font-size: 2.6rem !important; }
[data-testid="stToolbarActions"], [data-testid="stMainMenu"], [data-testid="stDecoration"], footer { display: none !important; }
[data-testid="stHeader"] { background: transparent; }
[data-testid="stMainBlockContainer"] { padding-top: 1.5rem; max-width: 96%; }
[data-testid="stSidebar"] [data-testid="stExpander"],
[data-testid="stSidebar"] [data-testid="stCaptionContainer"] { display: none; }
[data-testid="stMetricValue"] { font-size: 2.4rem; }
[data-testid="stCaptionContainer"] { font-size: 0.95rem; }
</style>
"""


# Every ASCII punctuation character: CommonMark lets each be backslash-escaped, and with all of them
# escaped no Markdown construct (links, emphasis, code, HTML) nor Streamlit's :color[...] directives and
# $...$ LaTeX can start.
_MARKDOWN_SPECIALS = re.compile("([" + re.escape(string.punctuation) + "])")
# GitHub-flavoured Markdown links bare URLs and e-mail addresses after escapes are resolved; an invisible
# word joiner (U+2060) just before "http:", "www." or "@" keeps them text.
_AUTOLINK_STARTS = re.compile(r"(?=https?:|www\.|@)", re.IGNORECASE)
WORD_JOINER = "\u2060"


def md_escape(value: object) -> str:
    """`value` as literal text in Streamlit Markdown (st.markdown, caption, title, header, info, ...).

    Data and URL parameters must pass through this before any Markdown call: a title
    "[Read more](https://...)" would otherwise become a live link, "**x**" bold, ":red[x]" red. Line
    breaks and runs of spaces become one space (they would start new blocks: headings, lists, code).
    The text reads the same; only a bare URL or e-mail address carries an invisible word joiner.
    """
    text = _AUTOLINK_STARTS.sub(WORD_JOINER, " ".join(str(value).split()))
    return _MARKDOWN_SPECIALS.sub(r"\\\1", text)


def md_code(value: object) -> str:
    """`value` as an inline code span, verbatim whatever backticks it holds (for paths and commands)."""
    text = " ".join(str(value).split())
    fence = "`" * (max((len(run) for run in re.findall("`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def damaged_message(error: data.DamagedDataset) -> str:
    """The one line a page shows instead of reading a damaged dataset."""
    return (
        f"Damaged dataset in {md_escape(error.folder)}: {md_escape(', '.join(error.files))}. "
        f"Rebuild with {md_code(data.rebuild_command(error.folder))}."
    )


@contextmanager
def stop_if_damaged() -> Iterator[None]:
    """Show one line and stop the page when the datasets turn out damaged (checksums or a failed read)."""
    try:
        yield
    except data.DamagedDataset as error:
        st.error(damaged_message(error), icon=":material/broken_image:")
        st.stop()


ENTRYPOINT = Path(__file__).resolve().parents[1] / "app.py"
# True while app.py runs a page. A context variable, not session state: a page that calls st.stop() stops
# the script at its next session-state write, so a flag reset in session state could stay set and make the
# next direct run of a page file skip app.py (no sidebar, the last run's filters).
_IN_APP: ContextVar[bool] = ContextVar("aleppo_lens_in_app", default=False)


def run_page(page) -> None:
    """Run the chosen page from app.py, marking the run so pages know the sidebar is drawn, with its own
    query threads (data.in_background)."""
    token = _IN_APP.set(True)
    try:
        with data.query_threads():
            page.run()
    finally:
        _IN_APP.reset(token)


def ensure_app() -> None:
    """Route through app.py when a page file was opened directly.

    Until some session has called st.navigation, Streamlit serves a deep link such as /casualties from the
    legacy pages/ folder, skipping app.py (no sidebar, no filters). Running app.py here draws the sidebar
    and the requested page, then stops this direct run.
    """
    if _IN_APP.get():
        return
    runpy.run_path(str(ENTRYPOINT), run_name="__main__")
    st.stop()


def content(name: str) -> str:
    """A page's help text from content/<name>.md (prose lives there, not in page code)."""
    path = CONTENT_DIR / f"{name}.md"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def presenting() -> bool:
    """True in presentation mode: the sidebar toggle, or ?present=true before the toggle is drawn."""
    if flt.PRESENT in st.session_state:
        return bool(st.session_state[flt.PRESENT])
    return str(st.query_params.get(flt.PRESENT, "")).lower() in ("true", "1", "yes")


def _to_date(value: pd.Timestamp | None) -> date | None:
    return None if value is None or pd.isna(value) else value.date()


def sidebar_filters(options: data.FilterOptions) -> Filters:
    """Draw the shared filters (each bound to a URL query parameter) and return what they select."""
    note_link_values_left_out(options)  # before the widgets: they drop what they cannot show
    expanded = not presenting()
    with st.sidebar.expander("Filters", expanded=expanded, icon=":material/filter_alt:"):
        outlets = st.multiselect(
            "Outlet (who published)",
            options.outlets,
            key=flt.OUTLET,
            bind="query-params",
            placeholder="All outlets",
        )
        cited = st.multiselect(
            "Cited source (whom a figure or quote is attributed to)",
            options.cited,
            key=flt.CITED,
            bind="query-params",
            placeholder="Any source",
            help="An outlet citing the Syrian Observatory is not the Observatory: this "
            "filter keeps figures and quotes attributed to these sources.",
        )
        first, last = _to_date(options.first_date), _to_date(options.last_date)
        start = end = None
        basis = flt.PUBLISHED
        if first and last:
            chosen = st.date_input(
                "Between",
                (first, last),
                min_value=first,
                max_value=last,
                key=flt.DATES,
                bind="query-params",
                format="YYYY-MM-DD",
            )
            chosen = tuple(chosen) if isinstance(chosen, (tuple, list)) else (chosen,)
            if chosen and chosen[0] and chosen[0] != first:
                start = chosen[0]
            if len(chosen) > 1 and chosen[1] and chosen[1] != last:
                end = chosen[1]
            basis = st.radio(
                "The dates are each article's",
                flt.DATE_BASES,
                key=flt.DATE_BASIS,
                bind="query-params",
                horizontal=True,
                help="Publication date, or the event date of the casualty figures it reports (the day the "
                "article says they happened; its publication date when it does not say).",
            )
        search = st.text_input(
            "Search text or entity",
            key=flt.SEARCH,
            bind="query-params",
            placeholder="e.g. Kalasseh, Lavrov, hospital",
        )
        metadata = []
        if options.metadata:  # only when the input had extra columns (FA-KES "labels")
            metadata = st.multiselect(
                "Input column (carried from the input file)",
                options.metadata,
                key=flt.METADATA,
                bind="query-params",
                placeholder="Any value",
                help="Columns of the input that the pipeline does not read itself, such as FA-KES's "
                "`labels`. Values of one column are alternatives; different columns all apply.",
            )
        places = place_filter(options.places)
    current = Filters(
        tuple(outlets), tuple(cited), start, end, (search or "").strip(), tuple(metadata),
        date_basis=basis, places=tuple(places),
    )
    st.session_state["_filters"] = current
    st.session_state["_place_names"] = options.places
    return current


_LEFT_OUT = "_link_values_left_out"


def note_link_values_left_out(options: data.FilterOptions) -> None:
    """Remember which values of the address the filters cannot apply, for `link_notice` to say."""
    asked = {key: st.query_params.get_all(key) for key in flt.LINK_PARAMETER_NAMES}
    if not any(asked.values()):  # most reruns: the address holds no filter
        return
    # Only what the link asks for is looked up (the corpus's sources can be many).
    offered = {
        flt.OUTLET: {v for v in asked[flt.OUTLET] if v in options.outlets},
        flt.CITED: {v for v in asked[flt.CITED] if v in options.cited},
        flt.METADATA: {v for v in asked[flt.METADATA] if v in options.metadata},
        flt.PLACE: {v for v in asked[flt.PLACE] if flt.place_ids_from_link([v], options.places)},
    }
    left_out = flt.link_values_left_out(asked, offered, _to_date(options.first_date), _to_date(options.last_date))
    if left_out:
        st.session_state[_LEFT_OUT] = left_out


def link_notice() -> None:
    """Say once, above the page, which values of the opened link the filters left out."""
    left_out = st.session_state.pop(_LEFT_OUT, None)
    if left_out:
        message = flt.describe_left_out([(key, md_escape(value)) for key, value in left_out])
        st.warning(message, icon=":material/link_off:")


def place_filter(choices: dict[str, str]) -> list[str]:
    """The Aleppo place filter: articles naming any chosen district. The Map's "filter every page to this
    district" button sets it.

    The address holds gazetteer ids (?place=aleppo/kallaseh), as reader links write them. A widget bound
    to the URL would write and accept only its labels (the display names), so this one is synced by
    hand (`read_link` on the session's first run, `keep_in_link` on every run).
    """
    read_link(flt.PLACE, lambda values: flt.place_ids_from_link(values, choices))
    chosen = list(st.session_state.get(flt.PLACE) or [])
    if choices or chosen:
        chosen = st.multiselect(
            "Aleppo district (articles that name it)",
            list(dict.fromkeys([*choices, *chosen])),
            key=flt.PLACE,
            format_func=lambda pid: choices.get(pid, pid.rsplit("/", 1)[-1]),
            placeholder="Any place",
        )
    keep_in_link(flt.PLACE, chosen)
    return chosen


def read_link(key: str, parse: Callable[[list[str]], object]) -> None:
    """Session state `key` from the address's ?key= values, once: when the session has no value for it.

    For widgets synced to the URL by hand, where a bound widget would write its labels instead of
    stable values. `parse` turns the values (possibly none) into the widget's value, or None to leave
    the widget's own default (a value the page no longer offers).
    """
    if key not in st.session_state:
        value = parse(st.query_params.get_all(key))
        if value is not None:
            st.session_state[key] = value


def keep_in_link(key: str, values: list[str]) -> None:
    """Put `values` in the address as ?key= (removed when empty), so that a copied link reopens them.

    Written only when they differ: each write updates the browser's address, which drops a chart
    selection event in flight (the Map's district click).
    """
    if st.query_params.get_all(key) != values:
        if values:
            st.query_params[key] = values
        else:
            del st.query_params[key]


def current_filters() -> Filters:
    return st.session_state.get("_filters", Filters())


def require_data() -> data.View:
    """The filtered datasets; stops the page with a friendly message when none have been built."""
    folder = data.data_dir()
    if not data.has_data(folder):
        st.info(
            f"No datasets found in {md_code(folder)}.\n\nBuild them from the articles in `data/raw/` with:"
        )
        st.code(data.BUILD_COMMAND, language="bash")
        st.caption("Or point the app at another folder: `streamlit run app.py -- --data DIR`.")
        st.stop()
    return data.view(current_filters(), folder)


def empty_state(what: str = "articles") -> None:
    filters = current_filters()
    message = f"No {what} match these filters"
    if filters.active:
        message += f" ({md_escape(flt.describe(filters, place_names()))}). Widen or clear them in the sidebar."
    else:
        message += ". The datasets hold none yet."
    st.info(message, icon=":material/filter_alt_off:")


def place_names() -> dict[str, str]:
    """Gazetteer place id -> the name the sidebar shows, for the open dataset's places (as the sidebar
    drew them this run)."""
    return st.session_state.get("_place_names", {})


def filter_caption(n_articles: int) -> None:
    filters = current_filters()
    st.caption(f"{n_articles:,} article{'' if n_articles == 1 else 's'} · {md_escape(flt.describe(filters, place_names()))}")


def place_line(name: object, name_ar: object, control_2016: object) -> str:
    """A place's caption: its English and Arabic names and who held it in 2016 (escaped Markdown)."""
    names = " ".join(md_escape(n) for n in (name, name_ar) if isinstance(n, str) and n.strip())
    control = control_2016 if isinstance(control_2016, str) and control_2016.strip() else "not recorded"
    return f"{names} · 2016: {md_escape(control)}"


def with_reader_links(frame: pd.DataFrame) -> pd.DataFrame:
    """The table with a first column linking each row to its article in the Reader."""
    ids = [str(a) for a in frame["article_id"]]
    facts: list[str | None] = [None] * len(frame)
    kind = next((k for column, k in flt.FACT_KINDS.items() if column in frame.columns), None)
    if kind and {"start", "end"} <= set(frame.columns):  # rows that are facts open the Reader at them
        facts = [
            flt.fact_key(kind, s, e) if pd.notna(s) and pd.notna(e) else None
            for s, e in zip(frame["start"], frame["end"], strict=True)
        ]
    links = flt.reader_urls(ids, facts, current_filters())
    return frame.assign(read=links)[["read", *[c for c in frame.columns if c != "read"]]]


def table(
    frame: pd.DataFrame,
    key: str,
    *,
    columns: list[str] | None = None,
    height: int | str = "auto",
    file_name: str | None = None,
    empty: str | None = None,
    total: int | None = None,
    full: Callable[[], pd.DataFrame] | None = None,
    hidden: tuple[str, ...] = (),
) -> None:
    """A table (with Reader links when rows are articles) and a CSV download of the whole table.

    `hidden` columns stay off screen (a narrow side table) but in the CSV.

    A large table arrives as its first rows (`frame`) plus `total` and `full`, a function returning
    every row; the CSV is then built only when someone clicks the download button.
    """
    shown = frame[columns] if columns else frame
    if shown.empty:
        if empty:
            st.caption(empty)
        else:
            empty_state("rows")
        return
    config = {"published": st.column_config.DateColumn("published", format="YYYY-MM-DD")}
    config.update(provenance_config(shown.columns))
    config.update(dict.fromkeys(hidden))
    if "article_id" in shown.columns:
        shown = with_reader_links(shown)
        config["read"] = st.column_config.LinkColumn(
            "read", display_text="open ↗", width="small", help="Open the article in the Reader, at this row's fact"
        )
        config["article_id"] = None  # kept in the CSV, hidden on screen
    st.dataframe(shown, key=key, hide_index=True, column_config=config, height=height, width="stretch")
    if total is not None and total > len(shown):
        st.caption(f"Showing the first {len(shown):,} of {total:,} rows; the CSV holds them all.")
    if full is not None and total is not None and total > len(frame):

        def csv() -> bytes:
            whole = full()
            return (whole[columns] if columns else whole).to_csv(index=False).encode("utf-8")

    else:
        # Bytes, not a callable: Streamlit gives a callable download a new id on every run and drops the
        # old one when the run ends, so a click during the rerun another download's click started was lost
        # (tried 7 December 2026, reverted). Bytes get an id from their content.
        csv = shown.drop(columns=["read"], errors="ignore").to_csv(index=False).encode("utf-8")
    st.download_button(
        "Download CSV",
        csv,
        file_name=file_name or f"{key}.csv",
        mime="text/csv",
        key=f"{key}-csv",
        icon=":material/download:",
        # A download changes nothing on the page: no rerun (a whole page run at 1,000,000 articles), and a
        # large table's CSV (a callable, with a new id each run) is not dropped by a rerun another click began.
        on_click="ignore",
    )


def view_table(
    view: data.View,
    name: str,
    key: str,
    *,
    columns: list[str],
    order: str = "",
    where: str = "",
    params: dict | None = None,
    fetch: Callable[..., pd.DataFrame] | None = None,
    first_rows: Future[pd.DataFrame] | None = None,
    **options,
) -> None:
    """A filtered table's first MAX_ROWS rows on screen, all of them in the (lazy) CSV download.

    `fetch(limit=None)` returns the rows when they are more than `view.table` reads (fact_table).
    `first_rows`: those first rows, asked earlier on a query thread (`data.in_background` of `fetch` or
    `view.table` with limit MAX_ROWS)."""
    if fetch is None:

        def fetch(limit: int | None = None) -> pd.DataFrame:
            return view.table(name, columns, order=order, limit=limit, where=where, params=params)

    shown = first_rows.result() if first_rows is not None else fetch(MAX_ROWS)
    total = len(shown)
    if total >= MAX_ROWS:
        total = view.count(name, where, params)
    table(
        shown,
        key,
        columns=columns,
        total=total,
        full=fetch,
        **options,
    )


def quality_link() -> None:
    st.page_link(
        "pages/quality.py",
        label="How accurate are these extracted figures? See Data quality",
        icon=":material/fact_check:",
    )


def _filter_to_places(place_ids: list[str]) -> None:
    st.session_state[flt.PLACE] = list(place_ids)


def place_filter_button(place_ids: list[str], name: str) -> None:
    """"Filter every page to this district": puts the district's places into the sidebar's place
    filter (and so into the URL); every page then shows only articles that name it."""
    active = sorted(st.session_state.get(flt.PLACE) or []) == sorted(place_ids)
    st.button(
        f"Filter every page to {name}" if not active else f"Every page is filtered to {name}",
        key="filter-to-place",
        disabled=active or not place_ids,
        on_click=_filter_to_places,
        args=(place_ids,),
    )


def step_slider(choices: list, step: int, key: str) -> None:
    """Button callback: move the slider with session-state `key` `step` choices along."""
    st.session_state[key] = selection.stepped(choices, st.session_state.get(key), step)


def flip(key: str) -> None:
    """Button callback: turn the session-state flag `key` on or off."""
    st.session_state[key] = not st.session_state.get(key, False)


def clear_filters() -> None:
    """Reset the sidebar's choices to "everything" in the dataset now picked (it has other outlets, dates and
    sources). A callback: the values are set, not dropped, or the browser would send the old ones back."""
    for key in (flt.OUTLET, flt.CITED, flt.METADATA, flt.PLACE):
        st.session_state[key] = []
    st.session_state[flt.SEARCH] = ""
    folder = data.data_dir()
    options = data.options(folder) if data.has_data(folder) else None
    if options and options.first_date is not None and options.last_date is not None:
        st.session_state[flt.DATES] = (options.first_date.date(), options.last_date.date())
    else:
        st.session_state.pop(flt.DATES, None)


def dataset_switcher() -> None:
    """A sidebar choice between the default dataset and the user datasets built from uploads (if any)."""
    names = uploads.built_datasets()
    if not names and not st.session_state.get(flt.DATASET):
        return
    st.sidebar.selectbox(
        "Dataset",
        ["", *names],
        format_func=lambda name: name or "default",
        key=flt.DATASET,
        bind="query-params",
        on_change=clear_filters,
        help="Datasets built from uploaded articles (page Add articles); the default is the one the app started with.",
    )


HOME_URL = "home"  # the hidden default page's own key; Streamlit serves it at "/"


def home_page():
    """The default page, served at "/": the Overview again, hidden from the menu (which links /overview)."""
    path, (title, icon, _) = next(iter(PAGES.items()))
    return st.Page(path, title=title, icon=icon, url_path=HOME_URL, default=True, visibility="hidden")


def fact_table(
    view: data.View, name: str, key: str, *, columns: list[str], order: str = "", where: str = "",
    params: dict | None = None, **options,
) -> None:
    """`view_table` for quotes and place mentions: each row also gets the sentence it stands in (computed
    from the article text, also in the CSV), and its provenance columns (dashboard/provenance.py)."""
    columns = with_provenance(columns, name)

    def fetch(limit: int | None = None) -> pd.DataFrame:
        return rows_with_sentence(view, name, columns, where=where, params=params, order=order, limit=limit)

    view_table(view, name, key, columns=columns, order=order, where=where, params=params, fetch=fetch, **options)


def fact_rows(
    view: data.View, name: str, columns: list[str], *, order: str = "", where: str = "", params: dict | None = None,
) -> Future[pd.DataFrame]:
    """The first rows `fact_table` shows with these arguments (give them to it as `first_rows`), asked now
    on a query thread while the page draws what comes before the table."""
    return data.in_background(
        rows_with_sentence, view, name, with_provenance(columns, name), where=where, params=params, order=order,
        limit=MAX_ROWS,
    )
