"""The sidebar filters as a value, and their round trip through URL query parameters (pure functions)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

# Query-parameter names; the sidebar widgets use them as keys with bind="query-params".
OUTLET = "outlet"
CITED = "cited"
DATES = "dates"
SEARCH = "q"
PRESENT = "present"
ARTICLE = "article"


@dataclass(frozen=True)
class Filters:
    """What the reader narrowed the corpus to. Empty means no restriction."""

    outlets: tuple[str, ...] = ()
    cited: tuple[str, ...] = ()  # whom a figure or quote is attributed to
    start: date | None = None
    end: date | None = None
    search: str = ""

    @property
    def active(self) -> bool:
        return bool(self.outlets or self.cited or self.start or self.end or self.search.strip())


def _as_list(value: str | list[str] | tuple[str, ...] | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [v for v in value if v]


def _parse_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


def from_query_params(params: Mapping[str, str | list[str]]) -> Filters:
    """Filters from a URL's query parameters (repeated keys as lists); unreadable values are dropped."""
    dates = [d for d in (_parse_date(t) for t in _as_list(params.get(DATES))) if d is not None]
    start = dates[0] if dates else None
    end = dates[1] if len(dates) > 1 else None
    if start and end and end < start:
        start, end = end, start
    search = params.get(SEARCH) or ""
    if isinstance(search, list):
        search = search[0] if search else ""
    return Filters(
        outlets=tuple(_as_list(params.get(OUTLET))),
        cited=tuple(_as_list(params.get(CITED))),
        start=start,
        end=end,
        search=search.strip(),
    )


def to_query_params(filters: Filters) -> dict[str, list[str] | str]:
    """The query parameters that reopen this view; empty filters are left out to keep links short."""
    params: dict[str, list[str] | str] = {}
    if filters.outlets:
        params[OUTLET] = list(filters.outlets)
    if filters.cited:
        params[CITED] = list(filters.cited)
    if filters.start or filters.end:
        params[DATES] = [d.isoformat() for d in (filters.start, filters.end) if d]
    if filters.search.strip():
        params[SEARCH] = filters.search.strip()
    return params


def query_string(filters: Filters, **extra: str) -> str:
    """A URL query string ("outlet=BBC&outlet=SANA&q=kerry") for these filters plus extra keys."""
    params = to_query_params(filters)
    params.update({k: v for k, v in extra.items() if v})
    return urlencode(params, doseq=True)


def reader_url(article_id: str, filters: Filters | None = None) -> str:
    """A relative link to the Reader page for one article that keeps the current filters."""
    return "reader?" + query_string(filters or Filters(), **{ARTICLE: article_id})


def describe(filters: Filters) -> str:
    """One line saying which filters are on, for captions and empty states."""
    parts = []
    if filters.outlets:
        parts.append("outlet: " + ", ".join(filters.outlets))
    if filters.cited:
        parts.append("cited source: " + ", ".join(filters.cited))
    if filters.start or filters.end:
        parts.append(f"dates: {filters.start or '…'} to {filters.end or '…'}")
    if filters.search.strip():
        parts.append(f'search: "{filters.search.strip()}"')
    return "; ".join(parts) if parts else "no filters"
