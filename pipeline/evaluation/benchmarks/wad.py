"""WAD victim counts (Zhong, Dhuliawala and Stoehr, EACL 2023): one predicted death count per item.

The prediction is the first top-level killed figure in the text, 0 when there is none; the headline
figure is its exact match with the gold count.
"""

from __future__ import annotations

from pathlib import Path

from ...records import Metric
from .registry import BENCHMARKS, metric, ratio, read_items
from .runner import WORKERS, by_article, run_pipeline, with_losses


def top_level_killed(figures: list[dict]) -> list[dict]:
    """Killed figures with a number that are neither a sub-count (`part_of`) nor cumulative, in text order."""
    kept = [
        f
        for f in figures
        if f["type"] == "killed" and f["number"] is not None and not f["part_of"] and not f["cumulative"]
    ]
    return sorted(kept, key=lambda f: (f["start"], f["end"]))


def predicted_deaths(figures: list[dict]) -> int:
    """The death count predicted for one item: its first top-level killed figure, 0 when none."""
    candidates = top_level_killed(figures)
    return int(candidates[0]["number"]) if candidates else 0


def score_wad(items: list[dict], figures_by_item: dict[str, list[dict]], *, n_rejected: int = 0) -> list[Metric]:
    """Exact match of the predicted death count (headline), plus the README's diagnostic figures.

    Args:
        items: gold items with `id`, `deaths` and `country`.
        figures_by_item: item id -> its article's casualty rows; an item absent here predicts nothing.
    """
    hits = largest = any_hit = covered = 0
    syria = syria_hits = 0
    for item in items:
        gold = int(item["deaths"])
        figures = figures_by_item.get(item["id"], [])
        candidates = [int(f["number"]) for f in top_level_killed(figures)]
        every_killed = {int(f["number"]) for f in figures if f["type"] == "killed" and f["number"] is not None}
        hit = predicted_deaths(figures) == gold
        hits += hit
        largest += max(candidates, default=0) == gold
        any_hit += gold in every_killed or (gold == 0 and not every_killed)
        covered += bool(candidates)
        if item.get("country") == "SYR":
            syria, syria_hits = syria + 1, syria_hits + hit
    n = len(items)
    note = f"{n} items, {n - len(figures_by_item)} not analysed ({n_rejected} inputs rejected)"
    return [
        metric("wad", "exact match", ratio(hits, n), n, f"first top-level killed figure, else 0; {note}"),
        metric("wad", "exact match (largest figure)", ratio(largest, n), n, "largest top-level killed figure"),
        metric("wad", "exact match (any killed figure)", ratio(any_hit, n), n,
                "gold equals any killed figure: upper bound for any choice among them"),
        metric("wad", "coverage", ratio(covered, n), n, "items with at least one top-level killed figure"),
        metric("wad", "exact match (Syria)", ratio(syria_hits, syria), syria, "WAD country SYR"),
    ]


def run_wad(limit: int | None = None, work: Path | None = None, *, workers: int = WORKERS) -> list[Metric]:
    """WAD victim-count figures of the real pipeline on the first `limit` items (all when None), built
    with `workers` processes (1: in this process)."""
    items = read_items(BENCHMARKS["wad"].items_path, limit)
    rows = [{"id": it["id"], "title": "", "text": it["text"], "source": "", "date": ""} for it in items]
    run = run_pipeline("wad", rows, work, workers=workers)
    figures = by_article(run.casualties)
    figures_by_item = {item_id: figures.get(aid, []) for item_id, aid in run.article_of_item.items()}
    return with_losses(score_wad(items, figures_by_item, n_rejected=run.n_rejected), run)
