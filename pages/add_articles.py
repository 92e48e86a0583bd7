"""Add articles: upload files, build a dataset of them in the background, then open it."""

from pathlib import Path

import streamlit as st

from dashboard import filters as flt
from dashboard import ui, uploads

ui.ensure_app()
st.title("Add articles")
st.markdown(ui.content("add_articles"))
BUILDING = "_add_articles_building"  # the dataset folder this session last started a build for


def open_dataset(name: str) -> None:
    """Pick the new dataset in the sidebar's switcher (a callback: it runs before the switcher is drawn)."""
    st.session_state[flt.DATASET] = name
    ui.clear_filters()
    st.session_state["_open_overview"] = name


with st.form("upload", clear_on_submit=False, border=True):
    files = st.file_uploader(
        "Article files",
        type=[s.lstrip(".") for s in uploads.UPLOAD_SUFFIXES],
        accept_multiple_files=True,
        help=f"Up to {uploads.MAX_UPLOAD_BYTES // 2**20} MB in all; a ZIP may hold up to "
        f"{uploads.MAX_ZIP_MEMBERS:,} files.",
    )
    name = st.text_input("Name of the new dataset", max_chars=60, placeholder="e.g. my-aleppo-2016")
    submitted = st.form_submit_button("Build the dataset", type="primary", icon="⚙️")

if submitted:
    try:
        folder, skipped = uploads.new_dataset(name, [(f.name, f.getvalue()) for f in files or []])
    except uploads.UploadError as error:
        st.error(ui.md_escape(error), icon="✖")
    else:
        st.session_state[BUILDING] = str(folder)
        st.session_state[f"{BUILDING}-skipped"] = skipped
        uploads.start_build(folder)

if st.session_state.pop("_open_overview", None):
    # The switcher (bound to ?dataset=) holds the new dataset; switch_page must not clear bound parameters.
    st.switch_page("pages/overview.py", query_params={})

building = st.session_state.get(BUILDING)
if building:
    folder = Path(building)

    @st.fragment(run_every=1.0)
    def build_progress() -> None:
        """Poll the build each second while it runs; rerun the page once it has ended."""
        state = uploads.build_state(folder)
        st.progress(state.fraction, text=f"{ui.md_escape(folder.name)}: {ui.md_escape(state.stage)}")
        if not state.running:
            st.rerun(scope="app")

    st.subheader(f"Dataset {ui.md_escape(folder.name)}")
    for line in st.session_state.get(f"{BUILDING}-skipped", []):
        st.warning(ui.md_escape(line), icon="⚠️")
    state = uploads.build_state(folder)
    if state.running:
        build_progress()
    elif state.error:
        st.error(ui.md_escape(state.error), icon="✖")
    else:
        st.success(f"Built {ui.md_escape(folder.name)}.", icon="✔")
    if not state.running:
        for line in uploads.rejected_lines(folder):
            st.warning(ui.md_escape(line), icon="⚠️")
    if state.finished:
        st.button(
            f"Open {folder.name} in the Overview",
            on_click=open_dataset,
            args=(folder.name,),
            icon="➡️",
            type="primary",
        )

built = uploads.built_datasets()
if built:
    st.subheader("Datasets built from uploads")
    st.caption(", ".join(ui.md_escape(n) for n in built) + " · pick one with **Dataset** in the sidebar.")
