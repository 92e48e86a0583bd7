"""Public benchmarks run through the real pipeline, printed beside the published peers' figures.

The items live in `../shared/corpus/ext/` (evaluation only, never copied into the repository);
`../shared/bench/README.md` defines the metrics, and its reference scorers must agree with this code
within rounding. Each run writes the items as a JSONL input (`id`, `title`, `text`, `source`, `date`),
builds it with `pipeline.build.build` (ingest, cleaning, every extractor, corpus stages), maps the
Parquet rows back to the items and scores them:

* WAD victim counts (Zhong, Dhuliawala and Stoehr, EACL 2023): exact match of one predicted death
  count per item, the first top-level killed figure in the text, 0 when there is none (`wad`).
* PolNeAR attribution (CofeNet, COLING 2022): span exact-match precision, recall and F1 of the source,
  cue and content of each attribution, read from BIO labels over CofeNet's tokens (`polnear`).

An item the pipeline rejects (too short, not English) predicts nothing; an item whose text duplicates
an earlier one is scored with the article it was folded into. `registry` holds the benchmarks, the
published figures and the table; `runner` runs the pipeline on a benchmark's items.
"""

from .polnear import (
    align,
    attributions,
    bio_labels,
    bio_spans,
    detokenize,
    merged_quotes,
    polnear_row,
    run_polnear,
    score_polnear,
    token_range,
)
from .registry import (
    BENCHMARKS,
    EXT_DIR,
    PROJECT_SYSTEM,
    PUBLISHED,
    Benchmark,
    benchmark_available,
    format_benchmark,
    items_fingerprint,
    read_items,
)
from .runner import PipelineRun, articles_of_items, run_pipeline, with_losses
from .wad import predicted_deaths, run_wad, score_wad, top_level_killed

__all__ = [
    "BENCHMARKS",
    "EXT_DIR",
    "PROJECT_SYSTEM",
    "PUBLISHED",
    "Benchmark",
    "PipelineRun",
    "align",
    "articles_of_items",
    "attributions",
    "benchmark_available",
    "bio_labels",
    "bio_spans",
    "detokenize",
    "format_benchmark",
    "items_fingerprint",
    "merged_quotes",
    "polnear_row",
    "predicted_deaths",
    "read_items",
    "run_pipeline",
    "run_polnear",
    "run_wad",
    "score_polnear",
    "score_wad",
    "token_range",
    "top_level_killed",
    "with_losses",
]
