"""Grouping casualty figures that report the same thing into incidents, without double counting.

An incident is one (type, victim group, place) with event dates within a day of each other, kept
apart for running totals (cumulative figures). Its figures come from one or many articles and outlets.

Double-counting guards:
- Wire copy: figures with the same sentence text and number in several articles are ONE report,
  credited to all the outlets that printed it.
- Updates: a figure that updates an earlier toll ("the death toll rose to 112") supersedes the
  incident's lower figures published no later than it. Superseded figures stay linked to the incident
  (figure_ids) and count as reports, but `min` and `max` are taken over the figures still current, so
  min..max is the disagreement between sources today, not the history of one toll.
- Sub-counts ("... including 45 children") with the same group as their parent join the parent's
  incident without counting as reports or entering min/max; with another group they are figures of
  their own incident (children killed), as they should be.
- Repeats (`repeats`: a headline or a sentence printed twice) ride with the body figure they repeat,
  like sub-counts: an article reports each victim once.
- Ranges count both ends: `number_low` can be an incident's `min`.
- Figures with no event date or no place are never merged across articles: they group only with
  figures of the same article and sentence.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from datetime import date, timedelta

from .records import CasualtyFigure, Incident

SAME_EVENT_WINDOW = timedelta(days=1)
ID_PREFIX = "inc-"  # then 12 lower-case hex digits (stable_id)
SPACE_RE = re.compile(r"\s+")


def stable_id(*parts: object) -> str:
    """A short id that depends only on the incident key, so reruns give the same ids."""
    digest = hashlib.sha1("|".join("" if p is None else str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{ID_PREFIX}{digest[:12]}"


def report_key(figure: CasualtyFigure) -> tuple:
    """Figures sharing this key are one report reprinted (wire copy): same sentence, same figure."""
    return (
        SPACE_RE.sub(" ", figure.sentence.strip().lower()),
        figure.number,
        figure.number_text.lower(),
        figure.type,
        figure.group,
    )


def base_key(figure: CasualtyFigure) -> tuple | None:
    """(type, group, place, cumulative) for figures that may merge across articles; None for unknowns."""
    if figure.event_date is None or figure.place is None:
        return None
    return (figure.type, figure.group, figure.place, figure.cumulative)


def undated_incident_ids(figures: Iterable[CasualtyFigure], riders: Collection[str]) -> dict[str, str]:
    """figure_id -> incident id of each figure that merges with no other article's (no date or no place)
    and rides with no other figure: one incident per sentence, type, group and running-total flag, and per
    place when one source (or none) counts in several ("19 of the dead were in Fardous, while 11 died in
    Sheikh Saeed": other events, not two reports of one; the id of a one-place sentence is unchanged)."""
    own = [f for f in figures if f.figure_id not in riders and base_key(f) is None]
    places: dict[tuple, set[str]] = defaultdict(set)
    for figure in own:
        if figure.place is not None:
            places[(*undated_key(figure), figure.attributed_to)].add(figure.place)

    def apart(figure: CasualtyFigure) -> bool:
        # one source's counts of several named places ("killed 5 in Douma and 5 in Harasta"); rival sources'
        # counts ("12 killed in Douma, the Observatory said, while the White Helmets said 15 died in Eastern
        # Ghouta") stay one report each
        return figure.place is not None and len(places[(*undated_key(figure), figure.attributed_to)]) > 1

    return {f.figure_id: stable_id(*undated_key(f), *((f.place,) if apart(f) else ())) for f in own}


def undated_key(figure: CasualtyFigure) -> tuple:
    """What an undated figure is grouped by: its article's sentence, type, group and running-total flag."""
    return (figure.article_id, figure.sentence_start, figure.type, figure.group, figure.cumulative)


def date_clusters(figures: list[CasualtyFigure]) -> list[list[CasualtyFigure]]:
    """Split figures of one base key where event dates are more than a day from the cluster's first."""
    clusters: list[list[CasualtyFigure]] = []
    for figure in sorted(figures, key=lambda f: (f.event_date, f.figure_id)):
        if clusters and figure.event_date - clusters[-1][0].event_date <= SAME_EVENT_WINDOW:
            clusters[-1].append(figure)
        else:
            clusters.append([figure])
    return clusters


def superseded(figures: list[CasualtyFigure], published: Mapping[str, date | None]) -> set[str]:
    """Figure ids replaced by a later or same-day update carrying a higher toll."""
    replaced: set[str] = set()
    for update in (f for f in figures if f.updates_earlier and f.number is not None):
        when = published.get(update.article_id)
        for other in figures:
            if other is update or other.number is None or other.number >= update.number:
                continue
            other_when = published.get(other.article_id)
            same_article_before = other.article_id == update.article_id and other.start < update.start
            if same_article_before or (when is not None and other_when is not None and other_when <= when):
                replaced.add(other.figure_id)
    return replaced


def build_incident(
    incident_id: str,
    members: list[CasualtyFigure],
    counted: list[CasualtyFigure],
    article_meta: Mapping[str, tuple[str, date | None]],
) -> Incident:
    # Only the members' dates: a copy of every article's would make grouping quadratic in the corpus.
    published = {f.article_id: article_meta[f.article_id][1] for f in counted if f.article_id in article_meta}
    stale = superseded(counted, published)
    live = [f for f in counted if f.number is not None and f.figure_id not in stale]
    # A range ("from 40 to 50") reports both ends: its low end can be the incident's minimum.
    current = [f.number for f in live] + [f.number_low for f in live if f.number_low is not None]
    reports = {report_key(f) for f in counted}
    outlets = sorted({article_meta[f.article_id][0] for f in members if f.article_id in article_meta})
    sources = sorted({s for f in counted if f.attributed_to for s in f.attributed_to.split("; ")})
    first = members[0]
    dates = [f.event_date for f in members if f.event_date is not None]
    return Incident(
        incident_id=incident_id,
        type=first.type,
        group=first.group,
        place=first.place,
        date=min(dates) if dates else None,
        min=min(current) if current else None,
        max=max(current) if current else None,
        n_reports=len(reports),
        n_outlets=len(outlets),
        sources=tuple(sources),
        outlets=tuple(outlets),
        figure_ids=tuple(f.figure_id for f in members),
        cumulative=first.cumulative,
    )


def group_incidents(
    figures: list[CasualtyFigure],
    article_meta: Mapping[str, tuple[str, date | None]],
) -> tuple[list[CasualtyFigure], list[Incident]]:
    """Figures with `incident_id` filled, and one Incident per distinct reported event.

    Args:
        figures: casualty figures of any number of articles.
        article_meta: article_id -> (outlet, published date).
    """
    by_id = {f.figure_id: f for f in figures}
    # Sub-counts of the same group ride along with their parent instead of reporting the total again.
    riders = {
        f.figure_id: f.part_of
        for f in figures
        if f.part_of in by_id and by_id[f.part_of].group == f.group and by_id[f.part_of].type == f.type
    }
    # A headline or reprinted sentence repeating a body figure rides with it: one victim, one report.
    riders.update({f.figure_id: f.repeats for f in figures if f.repeats in by_id and f.figure_id not in riders})
    groups: dict[str, list[CasualtyFigure]] = {}
    by_base: dict[tuple, list[CasualtyFigure]] = defaultdict(list)
    own_incident = undated_incident_ids(figures, riders)
    for figure in figures:
        if figure.figure_id in riders:
            continue
        key = base_key(figure)
        if key is None:
            groups.setdefault(own_incident[figure.figure_id], []).append(figure)
        else:
            by_base[key].append(figure)
    for key, members in by_base.items():
        for cluster in date_clusters(members):
            groups[stable_id(*key, cluster[0].event_date.isoformat())] = cluster

    incident_of = {f.figure_id: iid for iid, members in groups.items() for f in members}
    for rider, parent in riders.items():
        root = parent
        while root in riders:  # sub-count of a sub-count
            root = riders[root]
        incident_of[rider] = incident_of.get(root)

    riders_of: dict[str, list[CasualtyFigure]] = defaultdict(list)
    for rider in riders:
        riders_of[incident_of[rider]].append(by_id[rider])
    incidents = []
    for incident_id, counted in sorted(groups.items()):
        members = counted + riders_of.get(incident_id, [])
        incidents.append(build_incident(incident_id, members, counted, article_meta))
    filled = [dataclasses.replace(f, incident_id=incident_of.get(f.figure_id)) for f in figures]
    return filled, incidents
