"""Typed records the pipeline emits: one frozen dataclass per row of each Parquet dataset.

Field names are the public dataset contract (users' notebooks read them): extend, never rename.
Character offsets (`start`, `end`) always index into `Article.text`, the cleaned body.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from datetime import date
from typing import Any

# The entity label set. spaCy's OntoNotes labels we keep, plus ARMED_GROUP from our domain ruler.
# Everything else spaCy emits (DATE, CARDINAL, MONEY, ...) is not an entity for this tool.
ENTITY_LABELS = ("PERSON", "ORG", "ARMED_GROUP", "GPE", "LOC", "NORP", "FAC", "EVENT")

PLACE_KINDS = ("district", "area", "landmark", "city", "region", "country")

CASUALTY_TYPES = ("killed", "wounded", "killed_or_wounded", "missing", "trapped", "evacuated", "displaced", "detained", "other")
QUALIFIERS = ("exact", "at least", "more than", "about", "up to", "nearly", "less than", "vague")

QUOTE_KINDS = ("direct", "indirect")
ATTRIBUTIONS = ("speech", "belief")


@dataclass(frozen=True, slots=True)
class Article:
    """One kept input article: metadata plus the cleaned text every offset indexes into."""

    article_id: str
    source_id: str
    source: str  # input file (and row, for CSV/JSONL) it came from
    outlet: str
    title: str
    published: date | None  # the article's own dateline, else a date column, else None
    listed_date: date | None  # a date column's value when it disagrees with the dateline
    text: str
    n_words: int
    duplicate_sources: tuple[str, ...] = ()  # sources of exact duplicates folded into this one
    listed_location: str | None = None  # a location column, when the input has one (FA-KES)
    date_source: str | None = None  # "dateline" | "column" | "address" (the URL spells it) | None
    extraction_errors: tuple[str, ...] = ()  # "extractor: error" for each extractor that failed on it
    wire: str | None = None  # the agency or outlet a dateline credits ("BEIRUT (AP) —"): whose report it is
    url: str | None = None  # the page's address, when the input gives one
    metadata: str | None = None  # input columns no field takes, as a JSON object of strings ({"labels": "1"})


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that did not become an article, and why."""

    source: str
    reason: str  # short machine-friendly code, e.g. "not_english", "too_short"
    detail: str = ""  # the human-readable message also printed as a warning


@dataclass(frozen=True, slots=True)
class EntityMention:
    article_id: str
    start: int
    end: int
    text: str
    label: str  # one of ENTITY_LABELS
    canonical: str  # one name per real entity across the corpus


@dataclass(frozen=True, slots=True)
class PlaceMention:
    article_id: str
    start: int
    end: int
    text: str
    place: str  # canonical place name
    kind: str  # one of PLACE_KINDS
    lat: float | None
    lon: float | None
    in_aleppo: bool
    place_id: str = ""  # gazetteer id ("aleppo/kalasseh") or "geonames/<id>" or "nominatim/<id>"
    country: str | None = None  # ISO code when known
    control_2016: str | None = None  # front-line side for Aleppo places, when sourced


@dataclass(frozen=True, slots=True)
class CasualtyFigure:
    article_id: str
    start: int  # the figure's own span (e.g. "409 civilians")
    end: int
    sentence: str
    number: int | None  # None when vague ("dozens")
    number_text: str
    type: str  # one of CASUALTY_TYPES
    group: str  # victim group: people, civilians, children, ...
    qualifier: str  # one of QUALIFIERS
    part_of: str | None  # figure_id of the figure this is a sub-count of
    place: str | None
    attributed_to: str | None
    event_date: date | None
    cumulative: bool
    incident_id: str | None = None
    figure_id: str = ""  # stable: article_id + offsets
    sentence_start: int = 0
    updates_earlier: bool = False  # "the death toll rose to", "new toll"
    date_rule: str | None = None  # how event_date was resolved, for audit
    number_low: int | None = None  # a range's low end ("from 40 to 50" -> 40); None when not a range
    number_high: int | None = None  # a range's high end (50; `number` holds it too)
    in_headline: bool = False  # in the article's headline (its first paragraph when that is the title)
    repeats: str | None = None  # figure_id of the earlier body figure this one repeats (headline, lead printed twice)
    relayed_by: str | None = None  # who passed the source's figure on ("... told SANA": SANA)
    source_unnamed: bool = False  # credited only to sources the text does not name ("according to medics")
    # A total the text implies but writes as no one number: the sum of coordinated victims ("an elderly
    # man and two boys were killed" = 3, groups joined by "; "); its conjuncts are its part_of. Not a mention.
    implied_total: bool = False
    # figure_id of an earlier figure of this article that counts the same toll by another source's number
    # ("85 killed, activists said ... the Observatory said 56 were killed in the strikes"): a report of
    # its own, counted once in series and sums (by that first telling)
    estimate_of: str | None = None


@dataclass(frozen=True, slots=True)
class Incident:
    incident_id: str
    type: str
    group: str
    place: str | None
    date: date | None
    min: int | None
    max: int | None
    n_reports: int
    n_outlets: int
    sources: tuple[str, ...] = ()  # whom the figures are attributed to
    outlets: tuple[str, ...] = ()
    figure_ids: tuple[str, ...] = ()
    cumulative: bool = False  # a running total ("since the war began"): keep out of daily series


@dataclass(frozen=True, slots=True)
class Quote:
    article_id: str
    start: int
    end: int
    quote: str
    kind: str  # "direct" | "indirect"
    speaker: str | None  # canonical name
    speaker_text: str | None  # as written where attributed ("he", "the spokesman", "Kerry")
    speaker_role: str | None
    speaker_side: str | None
    cue: str | None  # the speech verb or phrase ("said", "told reporters", "according to")
    quote_id: str = ""
    speaker_label: str | None = None  # PERSON | ORG | ARMED_GROUP | ...
    # True: `speaker` is a name; False: `speaker` is an unnamed source's normalised description
    # ("senior opposition official", "witnesses"); None: no speaker at all.
    speaker_named: bool | None = None
    # Words in quote marks inside an indirect quote ('said the talks had "reached a dead end"'), as
    # written: one statement, partly quoted, not a separate direct quote.
    quoted_words: tuple[str, ...] = ()
    # Where the source phrase (speaker_text) and the cue are written: character offsets into the article
    # text, [start, end); None when the quote's speaker is carried from an earlier quote (not written
    # at this one) or it has no cue.
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    # A quote of a headline the text does not print (pipeline.quotes.title): start = end = 0, its words in
    # `quote`, no source or cue offsets.
    in_headline: bool = False
    # What the source does with the content: "speech" (says, tells, announces, accuses ...) or "belief"
    # (believes, fears, hopes, expects that ...: an indirect quote of a held view, data/lexicons/
    # speech_verbs.txt frame "belief"). The gold annotates speech only (tests/gold/GUIDELINES.md).
    attribution: str = "speech"
    # A quote interrupted by its own attribution ('"...," the minister said, "..."') is one row per part
    # (pipeline.quotes.parts): the statement's first row has the whole statement in `quote` and its first
    # part as [start, end); each further part's row has `continues` = that first row's quote_id.
    continues: str | None = None


@dataclass(frozen=True, slots=True)
class Metric:
    """One measured figure of extraction quality on the gold set."""

    extractor: str  # "places (Aleppo)", "persons", "casualties", "quotes (direct)", ...
    measure: str  # "precision" | "recall" | "f1" | "speaker accuracy" | "attribution accuracy"
    value: float | None
    n: int  # items the figure is computed over
    note: str = ""
    split: str = "all"  # "tune" | "test" | "all": which gold articles (pipeline/evaluation/split.py)
    family: str = "all"  # "seeds" | "fakes" | "web" | "all"; or the benchmark's name


@functools.cache
def _field_names(record_type: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(record_type))


def as_row(record: Any) -> dict[str, Any]:
    """A record as a plain dict ready for a Parquet row (tuples become lists).

    Fields hold plain values only, so a shallow read is enough (dataclasses.asdict deep-copies, slowly).
    """
    row = {name: getattr(record, name) for name in _field_names(type(record))}
    return {k: list(v) if isinstance(v, tuple) else v for k, v in row.items()}


__all__ = [
    "Article",
    "CasualtyFigure",
    "EntityMention",
    "Incident",
    "Metric",
    "PlaceMention",
    "Quote",
    "Rejection",
    "as_row",
]
