"""The speaker network: who is quoted alongside whom, and whom each speaker's quotes mention.

Returned as plain tables so the app can filter by outlet and date before drawing: every edge keeps
the article_ids it was built from.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter, defaultdict
from itertools import combinations

import pandas as pd

from .speakers import government_of_seat

NODE_COLUMNS = ["node_id", "name", "kind", "side", "label", "n_quotes", "n_articles", "quotes_by_outlet"]
EDGE_COLUMNS = ["source", "target", "kind", "weight", "article_ids"]


def node_id(kind: str, name: str) -> str:
    return f"{kind}:{name}"


def speaker_network(
    quotes: pd.DataFrame, entities: pd.DataFrame, articles: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(nodes, edges) of the speaker network.

    nodes: one row per speaker (kind "speaker") and per entity mentioned inside a speaker's quotes
    (kind "entity"); `quotes_by_outlet` is a list of {"outlet", "n"} structs (Parquet stores it as a
    list<struct>, pandas reads it back as a list of dicts). edges: "co-quoted" joins two speakers
    quoted in the same article (weight = number of such articles); "mentions" joins a speaker to an
    entity inside their quotes (weight = number of quotes). Speakerless quotes are left out.
    """
    quoted = quotes[quotes["speaker"].notna()] if len(quotes) else quotes
    if len(quoted) == 0:
        return pd.DataFrame(columns=NODE_COLUMNS), pd.DataFrame(columns=EDGE_COLUMNS)
    outlet_of = dict(zip(articles["article_id"], articles["outlet"], strict=False)) if len(articles) else {}

    # Load inputs: one speaker identity per name (its most frequent side and label), counting statements:
    # the rows continuing a quote past its attribution (`continues`, pipeline.quotes.parts) are parts of one.
    continues = _column(quoted, "continues")
    statements = quoted[[_known(c) is None for c in continues]]
    speaker_nodes = _speaker_nodes(statements, outlet_of)

    # Co-quoted: each unordered pair of distinct speakers in one article, counted once per article.
    co_quoted: dict[tuple[str, str], set[str]] = defaultdict(set)
    for article_id, names in quoted.groupby("article_id")["speaker"]:
        for a, b in combinations(sorted(set(names)), 2):
            co_quoted[(a, b)].add(article_id)

    # Mentions: entities whose span lies inside a speaker's quote (the speaker's own name excluded).
    mentions, mentioned = _mentions(quoted, entities)

    entity_nodes = [
        {
            "node_id": node_id("entity", canonical),
            "name": canonical,
            "kind": "entity",
            "side": None,
            "label": label,
            "n_quotes": 0,
            "n_articles": len(article_ids),
            "quotes_by_outlet": [],
        }
        for canonical, (label, article_ids) in sorted(mentioned.items())
    ]
    edges = [
        {
            "source": node_id("speaker", a),
            "target": node_id("speaker", b),
            "kind": "co-quoted",
            "weight": len(ids),
            "article_ids": sorted(ids),
        }
        for (a, b), ids in sorted(co_quoted.items())
    ] + [
        {
            "source": node_id("speaker", s),
            "target": node_id("entity", e),
            "kind": "mentions",
            "weight": len(quote_keys),
            "article_ids": sorted({key[0] for key in quote_keys}),
        }
        for (s, e), quote_keys in sorted(mentions.items())
    ]
    nodes = pd.DataFrame(speaker_nodes + entity_nodes, columns=NODE_COLUMNS)
    return nodes, pd.DataFrame(edges, columns=EDGE_COLUMNS)


def _mentions(
    quoted: pd.DataFrame, entities: pd.DataFrame
) -> tuple[dict[tuple[str, str], set[tuple[str, int, str]]], dict[str, tuple[str, set[str]]]]:
    mentions: dict[tuple[str, str], set[tuple[str, int, str]]] = defaultdict(set)
    mentioned: dict[str, tuple[str, set[str]]] = {}
    if len(entities) == 0:
        return mentions, mentioned
    # Plain sorted tuples per article, searched with bisect: a pandas mask per quote costs seconds.
    by_article: dict[str, list[tuple[int, int, str, str]]] = defaultdict(list)
    columns = (entities[c] for c in ("article_id", "start", "end", "canonical", "label"))
    for article_id, start, end, canonical, label in zip(*columns, strict=True):
        by_article[article_id].append((int(start), int(end), canonical, label))
    for rows in by_article.values():
        rows.sort()
    starts = {article_id: [row[0] for row in rows] for article_id, rows in by_article.items()}
    for quote, statement in zip(quoted.itertuples(index=False), _statement_keys(quoted), strict=True):
        rows = by_article.get(quote.article_id)
        if not rows:
            continue
        quote_key = (quote.article_id, statement)
        for start, end, canonical, label in rows[bisect.bisect_left(starts[quote.article_id], quote.start) :]:
            if start >= quote.end:
                break
            # "Moscow" and "the Kremlin" mentioned in a quote are the Russia that speaks elsewhere: one node.
            canonical = government_of_seat(canonical) or canonical
            if end > quote.end or canonical == quote.speaker:
                continue
            mentions[(quote.speaker, canonical)].add(quote_key)
            entry = mentioned.setdefault(canonical, (label, set()))
            entry[1].add(quote.article_id)
    return mentions, mentioned


def _statement_keys(quoted: pd.DataFrame) -> list[object]:
    """Each quote row's statement: the quote_id it continues, else its own, else (start, kind) for frames
    without ids; so that a statement mentioning an entity in two parts counts once."""
    ids, continues = _column(quoted, "quote_id"), _column(quoted, "continues")
    starts, kinds = quoted["start"].tolist(), quoted["kind"].tolist()
    return [
        _known(c) or _known(i) or (int(s), k) for c, i, s, k in zip(continues, ids, starts, kinds, strict=True)
    ]


def _speaker_nodes(quoted: pd.DataFrame, outlet_of: dict[str, str]) -> list[dict]:
    """One node per speaker, in name order. Plain lists, not a pandas group per speaker: with thousands
    of speakers the per-group overhead was most of the corpus stages' time."""
    rows_of: dict[str, list[int]] = defaultdict(list)
    for row, name in enumerate(quoted["speaker"].tolist()):
        rows_of[name].append(row)
    article_ids, sides, labels = (_column(quoted, name) for name in ("article_id", "speaker_side", "speaker_label"))
    nodes = []
    for name in sorted(rows_of):
        rows = rows_of[name]
        outlets = Counter(_outlet_or_unknown(outlet_of.get(article_ids[r])) for r in rows)
        nodes.append(
            {
                "node_id": node_id("speaker", name),
                "name": name,
                "kind": "speaker",
                "side": _mode([sides[r] for r in rows]),
                "label": _mode([labels[r] for r in rows]),
                "n_quotes": len(rows),
                "n_articles": len({article_ids[r] for r in rows}),
                "quotes_by_outlet": [{"outlet": o, "n": n} for o, n in sorted(outlets.items())],
            }
        )
    return nodes


def _column(frame: pd.DataFrame, name: str) -> list:
    return frame[name].tolist() if name in frame else [None] * len(frame)


def _outlet_or_unknown(outlet: object) -> object:
    return "unknown" if _known(outlet) is None else outlet


def _known(value: object) -> object:
    """None for a missing value (None or NaN), else the value."""
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else value


def _mode(values: list) -> str | None:
    """The most frequent known value (the smallest among equally frequent ones, as pandas' mode), or None."""
    counts = Counter(v for v in map(_known, values) if v is not None)
    if not counts:
        return None
    top = max(counts.values())
    return str(min(v for v, n in counts.items() if n == top))
