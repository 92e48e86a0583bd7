"""Data quality: how well each extractor did on the hand-checked gold set, in plain words."""

import pandas as pd
import streamlit as st

from dashboard import data, ui

ui.ensure_app()
st.title("Data quality")
st.markdown(ui.content("quality"))
ui.require_data()
report = data.quality()
metrics = pd.DataFrame(report.get("metrics") or [])
if metrics.empty:
    st.info("No quality report found next to the datasets (quality.json). The evaluation command writes it:")
    st.code("python -m pipeline evaluate", language="bash")
    st.stop()

for column in ("extractor", "measure", "value", "n", "note"):
    if column not in metrics.columns:
        metrics[column] = None
st.caption(
    f"Gold set: {report.get('gold') or 'not stated'} · evaluated {report.get('evaluated_at') or 'date unknown'}"
)
wide = metrics.pivot_table(index="extractor", columns="measure", values="value", aggfunc="first")
st.dataframe(wide.style.format("{:.0%}", na_rep="–"), width="stretch")
shown = metrics.assign(value=metrics["value"].map(lambda v: f"{v:.0%}" if pd.notna(v) else "–"))
ui.table(shown[["extractor", "measure", "value", "n", "note"]], "quality")
st.markdown(ui.content("quality_measures"))
