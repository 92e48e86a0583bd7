"""PolNeAR attribution (CofeNet, COLING 2022): span exact-match P/R/F1 of each attribution's source, cue
and content, read from BIO labels over CofeNet's tokens.

The items are tokens, so each is detokenized into a pipeline input; the pipeline's quotes are mapped
back onto the tokens (aligned by search, since cleaning may move characters) and labelled BIO.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ...records import Metric
from .registry import BENCHMARKS, f1, metric, ratio, read_items
from .runner import WORKERS, by_article, run_pipeline, with_losses

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
    """The predicted attributions of one article, in text order (README mapping): the source and the
    cue where the quote says they are written (speaker_start/end, cue_start/end), else the nearest
    occurrence of speaker_text and cue (builds from before those columns)."""
    return [
        Attribution(
            (q["start"], q["end"]),
            written(q, "speaker") or nearest_occurrence(text, q.get("speaker_text"), q["start"], q["end"]),
            written(q, "cue") or nearest_occurrence(text, q.get("cue"), q["start"], q["end"]),
        )
        for q in merged_quotes(text, quotes)
    ]


def written(quote: dict, role: str) -> tuple[int, int] | None:
    """A quote row's [role_start, role_end) offsets, when it has both (None and NaN mean none)."""
    start, end = quote.get(f"{role}_start"), quote.get(f"{role}_end")
    if start is None or end is None or start != start or end != end:  # NaN != NaN
        return None
    return int(start), int(end)


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
    """BIO labels of the predicted attributions, one attribution at a time in text order, as the
    reference scorer writes them: its content over whatever was there, then its source and its cue
    only on free tokens."""
    labels = ["O"] * n_tokens

    def put(span: tuple[int, int], role: str) -> None:
        labels[span[0] : span[1]] = [f"B-{role}"] + [f"I-{role}"] * (span[1] - span[0] - 1)

    for a in found:
        if a.content:
            put(a.content, "content")
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
        p, r = ratio(hit, pred), ratio(hit, gold)
        metrics += [
            metric("polnear", f"{role} precision", p, pred, "span exact match, over predicted spans"),
            metric("polnear", f"{role} recall", r, gold, "span exact match, over gold spans"),
            metric("polnear", f"{role} F1", f1(p, r), gold, f"span exact match; {note}"),
        ]
    p, r = ratio(*tally.overlap_pred), ratio(*tally.overlap_gold)
    return [
        *metrics,
        metric("polnear", "content overlap precision", p, tally.overlap_pred[1], "shares a token with a gold content"),
        metric("polnear", "content overlap recall", r, tally.overlap_gold[1], "gold contents sharing a token"),
        metric("polnear", "content overlap F1", f1(p, r), tally.overlap_gold[1], "overlap, not published"),
        metric("polnear", "direct-quote recall", ratio(*tally.direct), tally.direct[1],
                "gold contents with a quotation mark, found (overlap)"),
        metric("polnear", "speaker accuracy", ratio(*tally.speaker), tally.speaker[1],
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


def run_polnear(limit: int | None = None, work: Path | None = None, *, workers: int = WORKERS) -> list[Metric]:
    """PolNeAR attribution figures of the real pipeline on the first `limit` instances (all when None),
    built with `workers` processes (1: in this process)."""
    items = read_items(BENCHMARKS["polnear"].items_path, limit)
    rows = [polnear_row(item) for item in items]
    run = run_pipeline("polnear", rows, work, workers=workers)
    quotes = by_article(run.quotes)
    predicted = {}
    for item, row in zip(items, rows, strict=True):
        if (aid := run.article_of_item.get(row["id"])) is not None:
            predicted[item["n"]] = (run.texts[aid], quotes.get(aid, []))
    return with_losses(score_polnear(items, predicted), run)
