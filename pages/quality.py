"""Data quality: how well each extractor does on articles nobody tuned the rules on, in plain words."""

import pandas as pd
import streamlit as st

from dashboard import aggregate, data, ui
from pipeline.evaluation.benchmarks import BENCHMARKS, PUBLISHED

ui.ensure_app()
st.title("Data quality")
st.markdown(ui.content("quality"))
report = data.quality()
metrics = pd.DataFrame(report.get("metrics") or [])
if metrics.empty:
    st.info("No quality figures found for this code. The evaluation command computes them:")
    st.code("python -m pipeline evaluate", language="bash")
    st.stop()

for column in ("extractor", "measure", "value", "n", "note", "split", "family"):
    if column not in metrics.columns:
        metrics[column] = "all" if column in ("split", "family") else None
evaluated = str(report.get("evaluated_at") or "date unknown")[:10]
origin = {
    "evaluation": "this code's own evaluation",
    "baseline": "the committed baseline of this release",
    "folder": "a report stored beside this dataset by an older version",
}.get(report.get("source"), "source not stated")
held_back = (metrics["split"] == "test").any()

st.subheader("On held-back articles" if held_back else "On the gold set", anchor=False)
st.caption(
    f"{'Test split: gold articles nobody looked at while writing the rules. ' if held_back else ''}"
    f"Figures from {ui.md_escape(origin)}, {ui.md_escape(evaluated)}; n is how many items each figure counts."
)
split = "test" if held_back else "all"
st.dataframe(aggregate.quality_by(metrics, split=split), hide_index=True, width="stretch", key="quality-matrix")
st.caption("A dash means the measure does not apply to that extractor.")

by_family = aggregate.quality_by(metrics, split=split, column="family")
if len(by_family):
    st.subheader("By kind of source", anchor=False)
    st.caption("Seed articles, the 15 FA-KES outlets, and real scraped web pages from many outlets and years.")
    st.dataframe(by_family, hide_index=True, width="stretch", key="quality-families")

benchmarks = metrics[metrics["split"] == "benchmark"]
if not benchmarks.empty:
    st.subheader("Public benchmarks beside published systems", anchor=False)
    if report.get("benchmarks_source") == "baseline":
        st.caption("Benchmark figures from the committed baseline of this release (`python -m pipeline evaluate "
                   "--benchmark wad` measures them again).")
    for name, benchmark in BENCHMARKS.items():
        if (benchmarks["family"] == name).any():
            st.markdown(f"**{ui.md_escape(benchmark.extractor.removeprefix('benchmark '))}**: {ui.md_escape(benchmark.citation)}")
            st.dataframe(aggregate.benchmark_table(metrics, PUBLISHED[name], name), hide_index=True,
                         width="stretch", key=f"benchmark-{name}")
            st.caption(ui.md_escape(benchmark.caveat))

tune = metrics[metrics["split"] == "tune"]
if not tune.empty:
    with st.expander("Tune split: the articles the rules were written against (expect less on new text)"):
        st.dataframe(aggregate.quality_by(metrics, split="tune"), hide_index=True, width="stretch", key="quality-tune")

shown = metrics.assign(
    value=metrics["value"].map(aggregate.percent),
    n=metrics["n"].map(lambda v: "" if pd.isna(v) else f"{int(v):,}"),
    note=metrics["note"].fillna(""),
)
ui.table(shown[["extractor", "measure", "split", "family", "value", "n", "note"]], "quality")
st.markdown(ui.content("quality_measures"))
