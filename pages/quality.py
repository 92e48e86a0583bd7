"""Data quality: how well each extractor did on the hand-checked gold set, in plain words."""

import pandas as pd
import streamlit as st

from dashboard import aggregate, data, ui

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
gold = report.get("gold_sets") or report.get("gold") or "not stated"
evaluated = str(report.get("evaluated_at") or "date unknown")[:10]
st.caption(f"Gold set: {gold} · evaluated {evaluated}")
st.dataframe(aggregate.quality_matrix(metrics), hide_index=True, width="stretch", key="quality-matrix")
st.caption("A dash means the measure does not apply to that extractor.")
shown = metrics.assign(
    value=metrics["value"].map(aggregate.percent),
    n=metrics["n"].map(lambda v: "" if pd.isna(v) else f"{int(v):,}"),
    note=metrics["note"].fillna(""),
)
ui.table(shown[["extractor", "measure", "value", "n", "note"]], "quality")
st.markdown(ui.content("quality_measures"))
