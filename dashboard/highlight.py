"""Article text as safe HTML: escape the text first, then wrap spans in <mark> tags by character offsets."""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass

KINDS = ("quote", "entity", "place", "figure", "fact")
FACT_ID = "al-fact"  # the followed fact's element id: the Reader scrolls it into view


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # one of KINDS; becomes the mark's CSS class
    title: str = ""  # hover text (label, canonical name, speaker...)


def nested_spans(spans: Iterable[Span], length: int) -> list[Span]:
    """Valid spans in document order, dropping empty, out-of-range and partially overlapping ones.

    A span inside another (an entity inside a quote) is kept; one that crosses another's edge is not,
    since HTML tags must nest.
    """
    ordered = sorted((s for s in spans if 0 <= s.start < s.end <= length), key=lambda s: (s.start, -s.end))
    kept: list[Span] = []
    open_spans: list[Span] = []
    for span in ordered:
        while open_spans and open_spans[-1].end <= span.start:
            open_spans.pop()
        if open_spans and span.end > open_spans[-1].end:
            continue
        kept.append(span)
        open_spans.append(span)
    return kept


def _escape(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def highlight(text: str, spans: Iterable[Span]) -> str:
    """HTML of `text` with every span marked; all article characters are escaped, so tags in the text stay text."""
    text = text or ""
    kept = nested_spans(spans, len(text))
    # Events: (position, order, span). Closings sort before openings at one position; inner closes first.
    events: list[tuple[int, int, int, Span]] = []
    for depth, span in enumerate(kept):
        events.append((span.start, 1, depth, span))
        events.append((span.end, 0, -depth, span))
    events.sort(key=lambda e: (e[0], e[1], e[2]))
    out: list[str] = []
    cursor = 0
    for position, is_open, _, span in events:
        out.append(_escape(text[cursor:position]))
        cursor = position
        if is_open:
            kind = span.kind if span.kind in KINDS else "entity"
            anchor = f' id="{FACT_ID}"' if kind == "fact" else ""
            out.append(f'<mark class="al-{kind}"{anchor} title="{html.escape(span.title, quote=True)}">')
        else:
            out.append("</mark>")
    out.append(_escape(text[cursor:]))
    return "".join(out)


STYLE = """
<style>
.al-article { font-size: 1.05rem; line-height: 1.7; max-width: 52rem; }
.al-article mark { padding: 0 .1em; border-radius: .2em; color: inherit; }
mark.al-entity { background: #dbe9f6; }
mark.al-place { background: #d9f0d3; border-bottom: 2px solid #1b7837; }
mark.al-figure { background: #fde0c5; border-bottom: 2px solid #d95f02; font-weight: 600; }
mark.al-quote { background: #f3e8fb; }
mark.al-fact { background: #fff0a8; outline: 3px solid #d62728; outline-offset: 2px; scroll-margin: 30vh; }
</style>
"""


def legend_html() -> str:
    names = {"entity": "entity", "place": "place", "figure": "casualty figure", "quote": "quote"}
    return " ".join(f'<mark class="al-{k}">{v}</mark>' for k, v in names.items())


# Our own script, never article text: scroll the followed fact into view once the article is drawn.
SCROLL_TO_FACT = f"""
<script>
(function () {{
  let tries = 0;
  const timer = setInterval(function () {{
    const fact = document.getElementById("{FACT_ID}");
    if (fact) {{ fact.scrollIntoView({{block: "center"}}); clearInterval(timer); }}
    if (++tries > 50) clearInterval(timer);
  }}, 100);
}})();
</script>
"""
