"""Aleppo Lens: the dashboard's entry point. Routes to the pages and draws the shared sidebar.

Run: streamlit run app.py [-- --data DIR]
"""

from __future__ import annotations

import streamlit as st

from dashboard import data, ui
from dashboard import filters as flt

# A shared presentation link (?present=true) opens with the sidebar folded away.
st.set_page_config(
    page_title="Aleppo Lens",
    page_icon=ui.PAGE_ICON,
    layout="wide",
    initial_sidebar_state="collapsed" if ui.presenting() else "auto",
)

pages = [st.Page(path, title=title, icon=icon, url_path=url) for path, (title, icon, url) in ui.PAGES.items()]
# Streamlit serves the default page at "/" only, so /overview would say "Page not found": every page keeps
# its own address, and a hidden default page at "/" runs the Overview too (streamlit 1.67 `visibility`).
pages.append(ui.home_page())
page = st.navigation(pages)

st.sidebar.toggle(
    "Presentation mode",
    key=flt.PRESENT,
    bind="query-params",
    help="Larger type and fewer controls, for a classroom screen.",
)
if ui.presenting():
    st.html(ui.PRESENTATION_CSS)

ui.dataset_switcher()  # before data_dir(): it picks the folder every page reads
folder = data.data_dir()
# A damaged dataset (checksums differ, or a Parquet read fails) shows one line instead of a traceback.
with ui.stop_if_damaged():
    if data.has_data(folder):
        data.check_intact(folder)
        ui.sidebar_filters(data.options(folder))
        st.sidebar.caption(
            f"Data: {ui.md_code(folder.name + '/')} · Share this view by copying the page's address."
        )
        ui.link_notice()
    ui.run_page(page)
