"""The sidebar filters as a value, and the URL query parameters that reopen a view (pure functions)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import quote_plus, urlencode

# Query-parameter names; the sidebar widgets use them as keys with bind="query-params".
OUTLET = "outlet"
CITED = "cited"
DATES = "dates"
SEARCH = "q"
PRESENT = "present"
ARTICLE = "article"
METADATA = "meta"
PLACE = "place"  # Aleppo gazetteer place ids ("aleppo/kallaseh"): articles naming any of them
DATASET = "dataset"  # a user dataset's name (dashboard/uploads.py); absent: the default dataset
METADATA_SEPARATOR = " = "  # a metadata choice reads "column = value" ("labels = 1")
DATE_BASIS = "date-basis"  # which date the date range applies to
PUBLISHED = "publication date"
EVENT = "event date"  # of the casualty figures: the day the article says they happened
DATE_BASES = (PUBLISHED, EVENT)


@dataclass(frozen=True)
class Filters:
    """What the reader narrowed the corpus to. Empty means no restriction."""

    outlets: tuple[str, ...] = ()
    cited: tuple[str, ...] = ()  # whom a figure or quote is attributed to
    start: date | None = None
    end: date | None = None
    search: str = ""
    metadata: tuple[str, ...] = ()  # "column = value" choices on the input's extra columns ("labels = 1")
    places: tuple[str, ...] = ()  # gazetteer place ids: articles that name any of these places
    date_basis: str = PUBLISHED  # EVENT: the range keeps articles reporting casualties on those days

    @property
    def active(self) -> bool:
        return bool(
            self.outlets or self.cited or self.start or self.end or self.search.strip() or self.metadata or self.places
        )


def metadata_choice(column: str, value: str) -> str:
    """The sidebar's label for one value of an extra input column: "labels = 1"."""
    return f"{column}{METADATA_SEPARATOR}{value}"


def metadata_conditions(choices: tuple[str, ...]) -> dict[str, list[str]]:
    """Chosen values by column: values of one column are alternatives, columns all apply.

    ("labels = 1", "labels = 0", "lang = en") -> {"labels": ["1", "0"], "lang": ["en"]}; a choice
    without the separator is ignored (a hand-edited URL).
    """
    by_column: dict[str, list[str]] = {}
    for choice in choices:
        column, separator, value = choice.partition(METADATA_SEPARATOR)
        if separator:
            by_column.setdefault(column, []).append(value)
    return by_column


# ---- filters -> query params (the widgets read them back themselves, with bind="query-params") ----


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
    if filters.metadata:
        params[METADATA] = list(filters.metadata)
    if filters.places:
        params[PLACE] = list(filters.places)
    if filters.date_basis != PUBLISHED and (filters.start or filters.end):
        params[DATE_BASIS] = filters.date_basis
    return params


# What each list-valued parameter is called when a link asks for a value the dataset lacks.
LINK_PARAMETER_NAMES = {
    OUTLET: "outlet",
    CITED: "cited source",
    METADATA: "input column",
    PLACE: "Aleppo district",
    DATES: "date",
}


def link_values_left_out(
    asked: dict[str, list[str]], offered: dict[str, set[str]], first: date | None, last: date | None
) -> list[tuple[str, str]]:
    """(parameter, value) pairs of a shared link that the open dataset cannot show, in the link's order.

    `asked` maps a query parameter (OUTLET, CITED, METADATA, PLACE, DATES) to the values in the address;
    `offered` maps the list-valued ones to what the sidebar offers. The DATES values are left out, both
    ends, when one is not an ISO date (YYYY-MM-DD) or falls outside `first`..`last`, the dataset's
    publication dates. The widgets drop such values silently (a link made on another dataset, or edited
    by hand), so the page says which ones it could not apply instead of showing a wider view as if it
    were the one shared.
    """
    left_out: list[tuple[str, str]] = []
    for key, values in asked.items():
        values = [value for value in values if value]  # an empty value clears a filter: nothing left out
        if key == DATES:
            # The date widget drops the whole range when one end cannot be shown (so both are named),
            # and reads two dates at most.
            if not all(_day_within(value, first, last) for value in values[:2]):
                left_out.extend((key, value) for value in values)
            else:
                left_out.extend((key, value) for value in values[2:])
        elif key in offered:
            left_out.extend((key, value) for value in values if value not in offered[key])
    return left_out


ISO_DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}")  # the form the date widget reads (not 20160101, 2016-W01-1)


def _day_within(value: str, first: date | None, last: date | None) -> bool:
    if not ISO_DAY_RE.fullmatch(value):
        return False
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return False
    return first is not None and last is not None and first <= day <= last


MAX_NAMED_VALUES = 5  # per filter, in the warning about a link's values
MAX_NAMED_CHARS = 60


def describe_left_out(left_out: list[tuple[str, str]]) -> str:
    """One sentence naming the values `link_values_left_out` found, grouped by filter, in the link's order:
    'This link asks for outlet "X", "Y" and the dates 2016-01-01 to 2099-01-01, which ...'."""
    by_key: dict[str, list[str]] = {}
    for key, value in left_out:
        # A hand-made link can carry pages of text: the warning names a few values, each cut short.
        by_key.setdefault(key, []).append(value if len(value) <= MAX_NAMED_CHARS else value[:MAX_NAMED_CHARS] + "…")
    parts = [
        "the dates " + " to ".join(values) if key == DATES
        else LINK_PARAMETER_NAMES.get(key, key) + " " + ", ".join(f'"{value}"' for value in values[:MAX_NAMED_VALUES])
        + (f" and {len(values) - MAX_NAMED_VALUES} more" if len(values) > MAX_NAMED_VALUES else "")
        for key, values in by_key.items()
    ]
    named = ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]
    return f"This link asks for {named}, which this dataset does not have; the view below leaves them out."


def place_ids_from_link(values: list[str], choices: dict[str, str]) -> list[str]:
    """The gazetteer place ids a link's ?place= values name, in order, each once; values naming no choice
    are dropped (`link_values_left_out` reports them).

    `choices` maps place id -> display name ({"aleppo/kallaseh": "Kallaseh"}). Links carry ids, which
    stay put when a display name is respelled; a link that carries the name (as the sidebar wrote them
    for a while) is read too, matched without regard to case.
    """
    by_name = {name.casefold(): place_id for place_id, name in choices.items()}
    ids = [value if value in choices else by_name.get(value.casefold()) for value in values]
    return list(dict.fromkeys(place_id for place_id in ids if place_id))


def query_string(filters: Filters, **extra: str) -> str:
    """A URL query string ("outlet=BBC&outlet=SANA&q=kerry") for these filters plus extra keys."""
    params = to_query_params(filters)
    params.update({k: v for k, v in extra.items() if v})
    return urlencode(params, doseq=True)


def reader_url(article_id: str, filters: Filters | None = None) -> str:
    """A relative link to the Reader page for one article that keeps the current filters."""
    return "reader?" + query_string(filters or Filters(), **{ARTICLE: article_id})


def reader_urls(article_ids: list[str], facts: list[str | None], filters: Filters | None = None) -> list[str]:
    """`reader_url` (fact None) or `fact_url` (a `fact_key`) for many rows at once, equal to calling them
    row by row: the filters' part of the address is encoded once for the whole table."""
    base = urlencode(to_query_params(filters or Filters()), doseq=True)
    # What urlencode gives for these two keys, without its per-call overhead (2,000 rows a page); an
    # article's rows share its quoted id.
    article_parts = {a: f"{ARTICLE}={quote_plus(a)}" for a in set(article_ids) if a}
    return [
        "reader?" + "&".join(part for part in (base, article_parts.get(a), fact and f"{FACT}={quote_plus(fact)}") if part)
        for a, fact in zip(article_ids, facts, strict=True)
    ]


def describe(filters: Filters, place_names: dict[str, str] | None = None) -> str:
    """One line saying which filters are on, for captions and empty states. `place_names` maps gazetteer
    place ids to the names the sidebar shows ("aleppo/bustan-al-qasr" -> "Bustan al-Qasr"); an id it
    lacks is shown by its last part."""
    parts = []
    if filters.outlets:
        parts.append("outlet: " + ", ".join(filters.outlets))
    if filters.cited:
        parts.append("cited source: " + ", ".join(filters.cited))
    if filters.start or filters.end:
        basis = "" if filters.date_basis == PUBLISHED else f" ({filters.date_basis} of a casualty figure)"
        parts.append(f"dates{basis}: {filters.start or '…'} to {filters.end or '…'}")
    if filters.search.strip():
        parts.append(f'search: "{filters.search.strip()}"')
    if filters.metadata:
        parts.append("input columns: " + ", ".join(filters.metadata))
    if filters.places:
        names = place_names or {}
        parts.append("place: " + ", ".join(names.get(p, p.rsplit("/", 1)[-1]) for p in filters.places))
    return "; ".join(parts) if parts else "no filters"


# ---- page-level choices bound to the URL (bind="query-params"; the key is the parameter's name) ----
# Each page's names carry its prefix: Streamlit keeps one address for the whole app, and a "per" on the
# Casualties page is not the Entities page's "per". The values are the widgets' long-standing keys.
OVERVIEW_PER = "overview-freq"
CASUALTY_TYPES = "cas-types"
CASUALTY_PER = "cas-freq"
CASUALTY_SPLIT = "cas-split"
CASUALTY_SCOPE = "cas-scope"
CASUALTY_PLACES = "cas-places"
SPEAKER = "speaker-pick"
MAP_WEEK = "map-week"  # the Map's week (its Monday, ISO: 2016-11-14), while it shows week by week
MAP_DISTRICT = "map-district"  # the Map's chosen district (a gazetteer id: aleppo/kallaseh)
ENTITY_GROUP = "entity-group"
ENTITY_NAMES = "entity-names"
ENTITY_PER = "entity-freq"
ENTITY_FOCUS = "entity-focus"
READER_LAYERS = "reader-layers"
FACT = "fact"  # the Reader's fact to scroll to and emphasise: "<kind>:<start>-<end>" ("figure:120-131")
CASUALTY_DISAGREEING = "cas-disagreeing"
# A row's id column tells which kind of fact it is, for the Reader link that opens at it.
FACT_KINDS = {"figure_id": "figure", "quote_id": "quote", "place_id": "place", "canonical": "entity"}


def fact_key(kind: str, start: int, end: int) -> str:
    """The Reader's `fact` parameter for a span of an article: "figure:120-131"."""
    return f"{kind}:{int(start)}-{int(end)}"


def parse_fact(value: object) -> tuple[str, int, int] | None:
    """("figure", 120, 131) from "figure:120-131"; None for anything else (a hand-edited URL)."""
    kind, _, span = str(value or "").partition(":")
    start, _, end = span.partition("-")
    if not (kind and start.isdigit() and end.isdigit()) or int(start) >= int(end):
        return None
    return kind, int(start), int(end)


def fact_url(article_id: str, kind: str, start: int, end: int, filters: Filters | None = None) -> str:
    """A relative link to the Reader opened at one fact of an article (scrolled to it, emphasised)."""
    return "reader?" + query_string(filters or Filters(), **{ARTICLE: article_id, FACT: fact_key(kind, start, end)})
