"""Public benchmarks run through the real pipeline, printed beside the published peers' figures.

The items live in `../shared/corpus/ext/` (evaluation only, never copied into the repository);
`../shared/bench/README.md` defines the metrics, and its reference scorers must agree with this code
within rounding. Each run writes the items as a JSONL input (`id`, `title`, `text`, `source`, `date`),
builds it with `pipeline.build.build` (ingest, cleaning, every extractor, corpus stages), maps the
Parquet rows back to the items and scores them:

* WAD victim counts (Zhong, Dhuliawala and Stoehr, EACL 2023): exact match of one predicted death
  count per item, the first top-level killed figure in the text, 0 when there is none.
* PolNeAR attribution (CofeNet, COLING 2022): span exact-match precision, recall and F1 of the source,
  cue and content of each attribution, read from BIO labels over CofeNet's tokens.

An item the pipeline rejects (too short, not English) predicts nothing; an item whose text duplicates
an earlier one is scored with the article it was folded into.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq

from ..paths import SHARED_CORPUS_DIR
from ..records import Metric

EXT_DIR = SHARED_CORPUS_DIR / "ext"
WORKERS = 2


@dataclass(frozen=True, slots=True)
class Benchmark:
    name: str
    extractor: str  # the Metric.extractor of its figures
    items_path: Path
    citation: str
    scale: float  # published figures are fractions (1) or percentages (100)
    digits: int
    caveat: str


BENCHMARKS = {
    "wad": Benchmark(
        "wad",
        "benchmark WAD victims",
        EXT_DIR / "wad_victims" / "wad_2016_2020_sample.jsonl",
        'Zhong, Dhuliawala and Stoehr, "Extracting Victim Counts from Text", EACL 2023 (WAD column)',
        scale=1,
        digits=3,
        caveat="Peers: the full 1995-2020 WAD, their own split. Ours: the first items of a 2,000-item "
        "2016-2020 sample, no training.",
    ),
    "polnear": Benchmark(
        "polnear",
        "benchmark PolNeAR",
        EXT_DIR / "polnear_quotes" / "polnear_cofenet_test.jsonl",
        'Wang et al., "CofeNet: Context and Former-Label Enhanced Net for Complicated Quotation Extraction", '
        "COLING 2022 (PolNeAR test split, span exact-match F1, %)",
        scale=100,
        digits=1,
        caveat="PolNeAR also marks beliefs and 'according to' attributions, so a speech extractor's "
        "content recall has a ceiling below 100. BiLSTM-CRF and BERT-CofeNet were trained on PolNeAR's "
        "training split; Rule and CoreNLP, like this project, were not.",
    ),
}

# Published figures exactly as ../shared/bench/README.md gives them (None: not reported).
PUBLISHED: dict[str, dict[str, dict[str, float | None]]] = {
    "wad": {
        "Regex": {"exact match": 0.117},
        "Dependency parse": {"exact match": 0.226},
        "SRL": {"exact match": 0.741},
        "NT5": {"exact match": 0.813},
    },
    "polnear": {
        "Rule": {"source F1": 10.7, "cue F1": 22.8, "content F1": 5.6},
        "CoreNLP": {"source F1": 13.9, "cue F1": None, "content F1": 17.5},
        "BiLSTM-CRF": {"source F1": 69.6, "cue F1": 66.7, "content F1": 59.0},
        "BERT-CofeNet": {"source F1": 83.2, "cue F1": 75.3, "content F1": 72.9},
    },
}
PROJECT_SYSTEM = "Aleppo Lens (this code)"


def benchmark_available(name: str) -> bool:
    """True when the benchmark's items are on this machine."""
    return name in BENCHMARKS and BENCHMARKS[name].items_path.is_file()


def read_items(path: Path, limit: int | None = None) -> list[dict]:
    """The first `limit` items of a benchmark file (all when None or 0), in file order."""
    items = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if limit and len(items) >= limit:
                break
            if line.strip():
                items.append(json.loads(line))
    return items


# --------------------------------------------------------------------------------- running the pipeline


@dataclass(slots=True)
class PipelineRun:
    """The pipeline's output rows for one benchmark input, and the item each article stands for."""

    article_of_item: dict[str, str]  # item id -> article_id (missing: rejected)
    casualties: list[dict] = field(default_factory=list)
    quotes: list[dict] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)  # article_id -> cleaned text
    n_rejected: int = 0
    seconds: float = 0.0


def write_input(rows: Sequence[dict], path: Path) -> Path:
    """One JSON object a line, no blank lines, so line N is rows[N - 1] (ingest names sources by line)."""
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def articles_of_items(articles: list[dict], input_path: Path, item_ids: Sequence[str]) -> dict[str, str]:
    """Item id -> article_id, through source_id (the JSONL id) and, for folded duplicates, their source."""
    # ingest names a JSONL row's source "<path>:line <n>"; duplicates are recorded by that source only.
    id_of_source = {f"{input_path}:line {n}": item_id for n, item_id in enumerate(item_ids, start=1)}
    found: dict[str, str] = {}
    for article in articles:
        found[str(article["source_id"])] = article["article_id"]
        for source in article.get("duplicate_sources") or ():
            if source in id_of_source:
                found[id_of_source[source]] = article["article_id"]
    return found


def read_rows(path: Path, columns: Sequence[str]) -> list[dict]:
    return pq.read_table(path, columns=list(columns)).to_pylist() if path.exists() else []


@contextlib.contextmanager
def quiet_rejections() -> Iterator[None]:
    """Silence the build's per-item rejection warnings (the count goes in the figures' notes)."""
    logger = logging.getLogger("pipeline")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def run_pipeline(name: str, rows: Sequence[dict], work: Path | None = None) -> PipelineRun:
    """Build `rows` with the real pipeline; in `work` (kept, its cache reused) or a fresh temporary folder."""
    from ..build import build

    with contextlib.ExitStack() as stack:
        folder = work or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix=f"benchmark-{name}-")))
        folder.mkdir(parents=True, exist_ok=True)
        input_path = write_input(rows, folder / f"{name}.jsonl")
        out = folder / f"{name}-out"  # beside the input file, never inside an input folder
        started = time.perf_counter()
        with quiet_rejections():
            build([input_path], out, workers=WORKERS, progress=False)
        seconds = time.perf_counter() - started
        articles = read_rows(out / "articles.parquet", ("article_id", "source_id", "text", "duplicate_sources"))
        return PipelineRun(
            article_of_item=articles_of_items(articles, input_path, [row["id"] for row in rows]),
            casualties=read_rows(
                out / "casualties.parquet", ("article_id", "start", "end", "number", "type", "part_of", "cumulative")
            ),
            quotes=read_rows(out / "quotes.parquet", ("article_id", "start", "end", "kind", "speaker_text", "cue")),
            texts={a["article_id"]: a["text"] for a in articles},
            n_rejected=pq.read_metadata(out / "rejected.parquet").num_rows,
            seconds=seconds,
        )


def by_article(rows: list[dict]) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = {}
    for row in rows:
        grouped.setdefault(row["article_id"], []).append(row)
    return grouped


def _metric(benchmark: str, measure: str, value: float | None, n: int, note: str = "") -> Metric:
    return Metric(BENCHMARKS[benchmark].extractor, measure, value, n, note, "benchmark", benchmark)


def _ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def _f1(p: float | None, r: float | None) -> float | None:
    """Harmonic mean; an undefined side (nothing predicted, or no gold) counts as 0 unless both are."""
    if p is None and r is None:
        return None
    p, r = p or 0.0, r or 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


# ------------------------------------------------------------------------------------------------- WAD


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
        _metric("wad", "exact match", _ratio(hits, n), n, f"first top-level killed figure, else 0; {note}"),
        _metric("wad", "exact match (largest figure)", _ratio(largest, n), n, "largest top-level killed figure"),
        _metric("wad", "exact match (any killed figure)", _ratio(any_hit, n), n,
                "gold equals any killed figure: upper bound for any choice among them"),
        _metric("wad", "coverage", _ratio(covered, n), n, "items with at least one top-level killed figure"),
        _metric("wad", "exact match (Syria)", _ratio(syria_hits, syria), syria, "WAD country SYR"),
    ]


def run_wad(limit: int | None = None, work: Path | None = None) -> list[Metric]:
    """WAD victim-count figures of the real pipeline on the first `limit` items (all when None)."""
    items = read_items(BENCHMARKS["wad"].items_path, limit)
    rows = [{"id": it["id"], "title": "", "text": it["text"], "source": "", "date": ""} for it in items]
    run = run_pipeline("wad", rows, work)
    figures = by_article(run.casualties)
    figures_by_item = {item_id: figures.get(aid, []) for item_id, aid in run.article_of_item.items()}
    return score_wad(items, figures_by_item, n_rejected=run.n_rejected)


# --------------------------------------------------------------------------------- PolNeAR: tokens, text

ROLES = ("source", "cue", "content")
# CofeNet's tokens are PTB-style: render quote and bracket tokens as the characters they stand for.
RENDERED = {"``": "“", "''": "”", "`": "‘", "'": "’", "-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]",
            "-LCB-": "{", "-RCB-": "}"}
JOINS_LEFT = {",", ".", ":", ";", "?", "!", "%", ")", "]", "}", "”", "’", "..."}
CLITICS = {"'s", "n't", "'re", "'m", "'ve", "'d", "'ll"}
JOINS_RIGHT = {"(", "[", "{", "“", "‘", "$"}
QUOTE_CHARS = ('"', "'", "“", "”", "‘", "’", "``", "''")
QUOTE_TOKENS = {"``", "''", "`", "'''"}  # a lone ' is more often a plural possessive than a quotation mark
ALIGN_WINDOW = 200  # characters a token may lie beyond the previous one in the cleaned text


def rendered(token: str) -> str:
    return RENDERED.get(token, token)


def detokenize(tokens: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """The text the tokens stand for, and each token's character span in it."""
    text, spans = "", []
    previous = None
    for token in tokens:
        shown = rendered(token)
        joins = shown in JOINS_LEFT or shown.lower() in CLITICS
        if previous is not None and not joins and previous not in JOINS_RIGHT:
            text += " "
        spans.append((len(text), len(text) + len(shown)))
        text += shown
        previous = shown
    return text, spans


def align(tokens: Sequence[str], text: str) -> list[tuple[int, int] | None]:
    """Each token's span in the pipeline's cleaned text, found in order (None where not found).

    Cleaning may move or drop characters, so tokens are searched for rather than offsets reused;
    a quotation mark matches any quotation mark.
    """
    spans: list[tuple[int, int] | None] = []
    cursor = 0
    for token in tokens:
        shown = rendered(token)
        forms = (shown, *QUOTE_CHARS) if token in QUOTE_TOKENS or shown in "“”‘’" else (shown,)
        best = None
        for form in forms:
            at = text.find(form, cursor, cursor + ALIGN_WINDOW + len(form))
            if at >= 0 and (best is None or at < best[0]):
                best = (at, at + len(form))
        spans.append(best)
        cursor = best[1] if best else cursor
    return spans


def token_range(token_spans: Sequence[tuple[int, int] | None], start: int, end: int) -> tuple[int, int] | None:
    """[first, last + 1) of the tokens with at least half their characters inside [start, end)."""
    def covered(span: tuple[int, int]) -> bool:
        shared = min(span[1], end) - max(span[0], start)
        return shared > 0 and 2 * shared >= span[1] - span[0]

    inside = [i for i, span in enumerate(token_spans) if span is not None and covered(span)]
    return (inside[0], inside[-1] + 1) if inside else None


def bio_spans(labels: Sequence[str]) -> dict[str, set[tuple[int, int]]]:
    """Token spans [start, end) per role from BIO labels, read as CofeNet reads them.

    A span opens at B-role and continues over I-role of the same role; an I- label that does not
    continue a span of its role opens nothing (CofeNet's get_element).
    """
    spans: dict[str, set[tuple[int, int]]] = {role: set() for role in ROLES}
    role, start = None, 0
    for i, label in enumerate([*labels, "O"]):
        if role and label == f"I-{role}":
            continue
        if role:
            spans.setdefault(role, set()).add((start, i))
        role, start = (label[2:], i) if label.startswith("B-") else (None, 0)
    return spans


# ----------------------------------------------------------------------- PolNeAR: quotes to attributions

OPENING_MARKS = "“‘\"'"
CLOSING_MARKS = "”’\"'"


@dataclass(frozen=True, slots=True)
class Attribution:
    """One predicted attribution as character spans of the article text."""

    content: tuple[int, int]
    source: tuple[int, int] | None
    cue: tuple[int, int] | None


def with_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """A quote span widened over the quotation marks around it.

    PolNeAR's content spans include the marks (and a comma or full stop before the closing mark);
    the pipeline's quote spans stop inside them.
    """
    if start > 0 and text[start - 1] in OPENING_MARKS:
        start -= 1
    if end < len(text) and text[end] in CLOSING_MARKS:
        end += 1
    elif end + 1 < len(text) and text[end] in ",." and text[end + 1] in CLOSING_MARKS:
        end += 2
    return start, end


def merged_quotes(text: str, quotes: list[dict]) -> list[dict]:
    """Quote rows widened over their marks, overlapping ones merged into their union.

    PolNeAR gives each token at most one attribution, while the pipeline may nest a direct quote in
    an indirect one (mixed quotes): the union keeps the speaker and cue of the longer quote.
    """
    spans = sorted(
        (dict(q, start=s, end=e) for q in quotes if q["end"] > q["start"]
         for s, e in [with_marks(text, q["start"], q["end"])]),
        key=lambda q: (q["start"], q["start"] - q["end"]),
    )
    merged: list[dict] = []
    for quote in spans:
        last = merged[-1] if merged else None
        if last is None or quote["start"] >= last["end"]:
            merged.append(quote)
            continue
        longer = last if last["end"] - last["start"] >= quote["end"] - quote["start"] else quote
        merged[-1] = dict(longer, start=last["start"], end=max(last["end"], quote["end"]))
    return merged


def nearest_occurrence(text: str, phrase: str | None, start: int, end: int) -> tuple[int, int] | None:
    """The whole-word occurrence of `phrase` closest to [start, end); one inside it only as a last resort."""
    phrase = (phrase or "").strip()
    if not phrase:
        return None
    found = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", text)]

    def distance(span: tuple[int, int]) -> int:
        if span[1] <= start:
            return start - span[1]
        return span[0] - end if span[0] >= end else len(text) + 1

    return min(found, key=distance) if found else None


def attributions(text: str, quotes: list[dict]) -> list[Attribution]:
    """The predicted attributions of one article, in text order (README mapping)."""
    return [
        Attribution(
            (q["start"], q["end"]),
            nearest_occurrence(text, q.get("speaker_text"), q["start"], q["end"]),
            nearest_occurrence(text, q.get("cue"), q["start"], q["end"]),
        )
        for q in merged_quotes(text, quotes)
    ]


@dataclass(frozen=True, slots=True)
class TokenAttribution:
    content: tuple[int, int] | None
    source: tuple[int, int] | None
    cue: tuple[int, int] | None


def on_tokens(found: list[Attribution], token_spans: Sequence[tuple[int, int] | None]) -> list[TokenAttribution]:
    def tokens(span: tuple[int, int] | None) -> tuple[int, int] | None:
        return token_range(token_spans, *span) if span else None

    return [TokenAttribution(tokens(a.content), tokens(a.source), tokens(a.cue)) for a in found]


def bio_labels(n_tokens: int, found: list[TokenAttribution]) -> list[str]:
    """BIO labels of the predicted attributions; content first, a source or cue only on free tokens."""
    labels = ["O"] * n_tokens

    def put(span: tuple[int, int], role: str) -> None:
        labels[span[0] : span[1]] = [f"B-{role}"] + [f"I-{role}"] * (span[1] - span[0] - 1)

    for a in found:
        if a.content:
            put(a.content, "content")
    for a in found:
        for role, span in (("source", a.source), ("cue", a.cue)):
            if span and all(label == "O" for label in labels[span[0] : span[1]]):
                put(span, role)
    return labels


# ---------------------------------------------------------------------------------- PolNeAR: scoring


def overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and min(a[1], b[1]) > max(a[0], b[0])


def gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(abs(a[0] - b[1]), abs(b[0] - a[1]))


@dataclass(slots=True)
class PolnearTally:
    """Counts summed over instances, from which every PolNeAR figure is a ratio."""

    exact: dict[str, list[int]] = field(default_factory=lambda: {r: [0, 0, 0] for r in ROLES})  # hit, pred, gold
    overlap_pred: list[int] = field(default_factory=lambda: [0, 0])  # predicted contents hitting gold, all
    overlap_gold: list[int] = field(default_factory=lambda: [0, 0])  # gold contents hit, all
    direct: list[int] = field(default_factory=lambda: [0, 0])  # direct gold contents hit, all
    speaker: list[int] = field(default_factory=lambda: [0, 0])  # right source, matched contents with a source

    def add(self, tokens: Sequence[str], gold_labels: Sequence[str], found: list[TokenAttribution]) -> None:
        gold = bio_spans(gold_labels)
        predicted = bio_spans(bio_labels(len(gold_labels), found))
        for role in ROLES:
            counts = self.exact[role]
            counts[0] += len(gold[role] & predicted[role])
            counts[1] += len(predicted[role])
            counts[2] += len(gold[role])
        contents = [a.content for a in found if a.content]
        self.overlap_pred[0] += sum(any(overlap(p, g) for g in gold["content"]) for p in contents)
        self.overlap_pred[1] += len(contents)
        for content in sorted(gold["content"]):
            match = next((a for a in found if overlap(a.content, content)), None)
            self.overlap_gold[0] += match is not None
            self.overlap_gold[1] += 1
            if any(tokens[i] in QUOTE_TOKENS for i in range(*content)):
                self.direct[0] += match is not None
                self.direct[1] += 1
            if match is not None and gold["source"]:
                # the gold source of this attribution: the one nearest its content
                source = min(sorted(gold["source"]), key=lambda s: gap(s, content))
                self.speaker[0] += overlap(match.source, source)
                self.speaker[1] += 1


def polnear_metrics(tally: PolnearTally, n_items: int, n_unanalysed: int) -> list[Metric]:
    """Span exact-match P/R/F1 per role (CofeNet's metric) and the README's diagnostic figures."""
    note = f"{n_items} instances, {n_unanalysed} not analysed (predict nothing)"
    metrics = []
    for role in ROLES:
        hit, pred, gold = tally.exact[role]
        p, r = _ratio(hit, pred), _ratio(hit, gold)
        metrics += [
            _metric("polnear", f"{role} precision", p, pred, "span exact match, over predicted spans"),
            _metric("polnear", f"{role} recall", r, gold, "span exact match, over gold spans"),
            _metric("polnear", f"{role} F1", _f1(p, r), gold, f"span exact match; {note}"),
        ]
    p, r = _ratio(*tally.overlap_pred), _ratio(*tally.overlap_gold)
    return [
        *metrics,
        _metric("polnear", "content overlap precision", p, tally.overlap_pred[1], "shares a token with a gold content"),
        _metric("polnear", "content overlap recall", r, tally.overlap_gold[1], "gold contents sharing a token"),
        _metric("polnear", "content overlap F1", _f1(p, r), tally.overlap_gold[1], "overlap, not published"),
        _metric("polnear", "direct-quote recall", _ratio(*tally.direct), tally.direct[1],
                "gold contents with a quotation mark, found (overlap)"),
        _metric("polnear", "speaker accuracy", _ratio(*tally.speaker), tally.speaker[1],
                "matched contents whose predicted source overlaps the nearest gold source"),
    ]


def score_polnear(items: list[dict], predicted: dict[int, tuple[str, list[dict]]]) -> list[Metric]:
    """PolNeAR figures for gold `items` ({n, tokens, labels}) and predictions by item `n`.

    Args:
        predicted: item n -> (its article's cleaned text, that article's quote rows); an item absent
            here (rejected by the pipeline) predicts nothing.
    """
    tally = PolnearTally()
    for item in items:
        text, quotes = predicted.get(item["n"], ("", []))
        found = on_tokens(attributions(text, quotes), align(item["tokens"], text)) if text else []
        tally.add(item["tokens"], item["labels"], found)
    return polnear_metrics(tally, len(items), sum(item["n"] not in predicted for item in items))


def polnear_row(item: dict) -> dict:
    """The JSONL input row of one instance: the outlet and date come from its PolNeAR document id."""
    outlet, date = "", ""
    if match := re.match(r"([a-z-]+)_(\d{4}-\d{2}-\d{2})_", item["id"]):
        outlet, date = match.groups()
    return {"id": f"pn{item['n']:05d}", "title": "", "text": detokenize(item["tokens"])[0],
            "source": outlet, "date": date}


def run_polnear(limit: int | None = None, work: Path | None = None) -> list[Metric]:
    """PolNeAR attribution figures of the real pipeline on the first `limit` instances (all when None)."""
    items = read_items(BENCHMARKS["polnear"].items_path, limit)
    rows = [polnear_row(item) for item in items]
    run = run_pipeline("polnear", rows, work)
    quotes = by_article(run.quotes)
    predicted = {}
    for item, row in zip(items, rows, strict=True):
        if (aid := run.article_of_item.get(row["id"])) is not None:
            predicted[item["n"]] = (run.texts[aid], quotes.get(aid, []))
    return score_polnear(items, predicted)


# ------------------------------------------------------------------------------------------ the table


def _cell(value: float | None, benchmark: Benchmark) -> str:
    return "–" if value is None else f"{value:.{benchmark.digits}f}"


def format_benchmark(name: str, metrics: list[Metric]) -> str:
    """The project's figures on the same lines as the published peers', then its other figures."""
    benchmark = BENCHMARKS[name]
    peers = PUBLISHED[name]
    measures = list(dict.fromkeys(m for figures in peers.values() for m in figures))
    ours = {m.measure: m for m in metrics if m.extractor == benchmark.extractor}
    rows = [("system", *measures)]
    rows += [(f"  {system}", *(_cell(figures.get(m), benchmark) for m in measures)) for system, figures in peers.items()]
    rows.append((
        f"* {PROJECT_SYSTEM}",
        *(_cell(None if ours.get(m) is None or ours[m].value is None else ours[m].value * benchmark.scale, benchmark)
          for m in measures),
    ))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True)))
             for row in rows]
    lines.insert(1, "-" * len(lines[0]))
    n = max((m.n for m in ours.values() if m.measure in measures), default=0)
    extra = [m for m in ours.values() if m.measure not in measures]
    lines += [
        f"* this project: {next((m.note for m in ours.values() if m.measure in measures), f'n={n}')}",
        *(f"  {m.measure}: {_cell(None if m.value is None else m.value * benchmark.scale, benchmark)} (n={m.n})"
          for m in extra),
        f"Published: {benchmark.citation}.",
        benchmark.caveat,
    ]
    return f"== benchmark {name}\n" + "\n".join(lines)


__all__ = [
    "BENCHMARKS",
    "PUBLISHED",
    "benchmark_available",
    "format_benchmark",
    "run_polnear",
    "run_wad",
    "score_polnear",
    "score_wad",
]
