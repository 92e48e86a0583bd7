"""A poisoned fixture dataset: Markdown and HTML in every text field, for the app's hostile-data tests.

Every title, outlet, text, speaker, entity, place and source name carries links, emphasis, Streamlit
colour directives, LaTeX and tags. Shown safely, each reads as the literal characters; a live link to
evil.example, bold or red text, or a formula on any page means a string reached Markdown or plotly's
HTML unescaped. The Parquet files are written with the pipeline's own schemas (pipeline/datasets.py).

`python -m tests.hostile_data DIR` writes it.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from pipeline.datasets import DATASETS, records_table, write_table
from pipeline.records import (
    Article,
    CasualtyFigure,
    EntityMention,
    Incident,
    Metric,
    PlaceMention,
    Quote,
    Rejection,
    as_row,
)

EVIL = "https://evil.example"
# Each kind of markup the app must show as text: a Markdown link, an HTML link (Markdown with HTML and
# plotly's pseudo-HTML), a bare URL (GFM autolink), emphasis, a colour directive, LaTeX, bold and script tags.
MARKUP = (
    f"[x]({EVIL}) <a href={EVIL}>x</a> {EVIL}/bare **bold** _em_ :red[red] $x$ <b>b</b> "
    "<script>alert(1)</script> :smile: :material/home: me@evil.example"
)
SEARCH = f"[Log in again]({EVIL})"  # a poisoned ?q= search


def poisoned(name: str) -> str:
    """A name followed by every kind of markup."""
    return f"{name} {MARKUP}"


TITLE = f"[Read the full report]({EVIL}) {poisoned('Headline')}"
OUTLETS = (poisoned("Outlet One"), poisoned("Outlet Two"))
SPEAKERS = (poisoned("Speaker One"), poisoned("Speaker Two"))
SIDE = poisoned("Side")
ENTITY = poisoned("Entity")
PLACE = poisoned("Place")
SOURCE = poisoned("Source")
ARTICLE_IDS = ("hostile-1", "hostile-2")  # ids stay plain: they are URL parameters, not display text


def _article_text(n: int) -> str:
    return (
        f"{ENTITY} said on Monday that 12 people were killed in {PLACE}.\n\n"
        f'"{MARKUP} quoted words," {SPEAKERS[0]} said. "More {MARKUP} words," {SPEAKERS[1]} said. '
        f"Article {n}."
    )


def build() -> dict[str, list]:
    """The poisoned dataset's rows, by dataset file name."""
    rows: dict[str, list] = {name: [] for name in DATASETS}
    for n, (aid, outlet) in enumerate(zip(ARTICLE_IDS, OUTLETS, strict=True), start=1):
        text = _article_text(n)
        published = date(2016, 11, 20 + n)
        rows["articles.parquet"].append(
            Article(aid, aid, poisoned("source.txt"), outlet, f"{TITLE} {n}", published, None, text, 40)
        )
        at = text.index(ENTITY)
        rows["entities.parquet"].append(EntityMention(aid, at, at + len(ENTITY), ENTITY, "PERSON", ENTITY))
        at = text.index(PLACE)
        rows["locations.parquet"].append(
            PlaceMention(
                aid, at, at + len(PLACE), PLACE, PLACE, "city", 36.5, 37.5, False, "geonames/1", "SY"
            )
        )
        at = text.index("12 people")
        sentence = text[: text.index("\n")]
        rows["casualties.parquet"].append(
            CasualtyFigure(
                aid,
                at,
                at + 9,
                sentence,
                10 + n,
                "12 people",
                "killed",
                poisoned("group"),
                "exact",
                None,
                PLACE,
                SOURCE,
                published,
                False,
                incident_id="incident-1",
                figure_id=f"{aid}:{at}",
            )
        )
        for speaker, opening in zip(SPEAKERS, ('"', '"More '), strict=True):
            start = text.index(opening + MARKUP) + len(opening)
            rows["quotes.parquet"].append(
                Quote(
                    aid,
                    start,
                    start + len(MARKUP),
                    MARKUP,
                    "direct",
                    speaker,
                    speaker,
                    poisoned("role"),
                    SIDE,
                    poisoned("said"),
                    quote_id=f"{aid}:{speaker[:11]}",
                    speaker_label="PERSON",
                )
            )
    rows["incidents.parquet"].append(
        Incident(
            "incident-1",
            "killed",
            poisoned("group"),
            PLACE,
            date(2016, 11, 21),
            11,
            12,
            2,
            2,
            (SOURCE,),
            OUTLETS,
            tuple(f.figure_id for f in rows["casualties.parquet"]),
        )
    )
    rows["rejected.parquet"].append(Rejection(poisoned("rejected.txt"), "off_topic", MARKUP))
    return rows


def write(out_dir: Path) -> Path:
    """Write the poisoned Parquet files, quality.json and manifest.json into out_dir."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, items in build().items():
        write_table(records_table(items, DATASETS[name]), out_dir / name)
    metrics = [Metric(poisoned("extractor"), "precision", 0.5, 10, MARKUP)]
    quality = {"metrics": [as_row(m) for m in metrics], "gold_sets": MARKUP, "evaluated_at": "2026-11-25"}
    (out_dir / "quality.json").write_text(json.dumps(quality), encoding="utf-8")
    (out_dir / "manifest.json").write_text(json.dumps({"inputs": [MARKUP]}), encoding="utf-8")
    return out_dir


if __name__ == "__main__":
    print(write(Path(sys.argv[1] if len(sys.argv) > 1 else "artifacts/hostile-data")))
