"""A small, hand-made fixture dataset for the app's tests: the five seed articles plus three short
reports WRITTEN FOR THE TESTS (invented text, not real articles; their outlets are only labels).

The app tests need every page to have rows with known values; the seeds alone have no figures for some
charts. Real-data checks of the app run on the seeds' and FA-KES's built datasets (tests marked
`slow`/`fakes` in tests/test_app_pages.py).

Offsets are found with str.find in each text, so every highlighted span points at real words.
`python -m tests.sample_data DIR` writes it.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from datetime import date
from pathlib import Path

import pandas as pd

from pipeline.paths import RAW_DIR
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

SEEDS = [  # (file stem prefix, outlet, published)
    ("000", "Syrian Observatory for Human Rights", date(2016, 10, 20)),
    ("001", "FOX6 News Milwaukee", date(2016, 12, 10)),
    ("002", "Middle East Monitor", date(2016, 12, 10)),
    ("003", "unknown", date(2016, 12, 10)),
    ("004", "Asharq Al-Awsat", date(2016, 11, 2)),
]

REPORTS = [
    (
        "r1",
        "Reuters",
        date(2016, 11, 20),
        "Air strikes kill 25 in eastern Aleppo, monitor says",
        "At least 25 civilians were killed and 60 wounded in air strikes on the Kalasseh and Bustan al-Qasr "
        "districts of eastern Aleppo on Sunday, the Syrian Observatory for Human Rights said.\n\n"
        '"The planes did not stop all night," Ibrahim Abu al-Leith of the Syrian Civil Defence said. '
        "Rami Abdulrahman, head of the Observatory, said 9 children were among the dead in Kalasseh.",
    ),
    (
        "r2",
        "SANA",
        date(2016, 11, 21),
        "Terrorist shells kill 8 in Aleppo's New Aleppo neighbourhood",
        "Eight people were killed and 20 wounded when terrorist groups fired shells on New Aleppo and "
        "al-Hamdaniya neighbourhoods of Aleppo city, a source at Aleppo police command told SANA.\n\n"
        'Syrian Foreign Minister Walid al-Moallem said that the army would "continue to fight terrorism" in '
        "Aleppo. Kalasseh was also mentioned by the source.",
    ),
    (
        "r3",
        "Al Jazeera",
        date(2016, 11, 22),
        "Toll in eastern Aleppo strikes rises to 32",
        "The death toll from Sunday's air strikes on Kalasseh in eastern Aleppo rose to 32, the Syrian "
        "Observatory for Human Rights said, while the Syrian Civil Defence put it at 40 dead.\n\n"
        'John Kerry said the bombing of Aleppo was "a mistake" and Sergey Lavrov said Russia would '
        "continue to support Damascus. Witnesses said the shelling went on until dawn.",
    ),
]

ENTITIES = [  # (surface, label, canonical)
    ("John Kerry", "PERSON", "John Kerry"),
    ("Kerry", "PERSON", "John Kerry"),
    ("Sergey Lavrov", "PERSON", "Sergey Lavrov"),
    ("Sergei Lavrov", "PERSON", "Sergey Lavrov"),
    ("Lavrov", "PERSON", "Sergey Lavrov"),
    ("Bashar al-Assad", "PERSON", "Bashar al-Assad"),
    ("Walid al-Moallem", "PERSON", "Walid al-Moallem"),
    ("Rami Abdulrahman", "PERSON", "Rami Abdulrahman"),
    ("Ibrahim Abu al-Leith", "PERSON", "Ibrahim Abu al-Leith"),
    ("Jean-Marc Ayrault", "PERSON", "Jean-Marc Ayrault"),
    ("Valery Gerasimov", "PERSON", "Valery Gerasimov"),
    ("Syrian Observatory for Human Rights", "ORG", "Syrian Observatory for Human Rights"),
    ("Syrian Civil Defence", "ORG", "Syrian Civil Defence"),
    ("United Nations", "ORG", "United Nations"),
    ("Syrian army", "ARMED_GROUP", "Syrian Arab Army"),
    ("al-Qaeda", "ARMED_GROUP", "al-Qaeda"),
    ("Russia", "GPE", "Russia"),
    ("Geneva", "GPE", "Geneva"),
    ("Paris", "GPE", "Paris"),
]

PLACES = [  # (surface, place, place_id, kind, lat, lon, in_aleppo, control_2016)
    ("Kalasseh", "Kallaseh", "aleppo/kallaseh", "district", 36.19374, 37.14893, True, "rebel-held east"),
    (
        "Bustan al-Qasr",
        "Bustan al-Qasr",
        "aleppo/bustan-al-qasr",
        "district",
        36.19054,
        37.14430,
        True,
        "rebel-held east",
    ),
    (
        "New Aleppo",
        "New Aleppo",
        "aleppo/new-aleppo",
        "district",
        36.19967,
        37.10700,
        True,
        "government-held west",
    ),
    (
        "al-Hamdaniya",
        "Hamdaniyeh",
        "aleppo/hamdaniyeh",
        "district",
        36.18009,
        37.11290,
        True,
        "government-held west",
    ),
    ("Aleppo", "Aleppo", "geonames/170063", "city", 36.20124, 37.16117, False, None),
    ("Geneva", "Geneva", "geonames/2660646", "city", 46.2022, 6.1457, False, None),
    ("Paris", "Paris", "geonames/2988507", "city", 48.8534, 2.3488, False, None),
    ("Damascus", "Damascus", "geonames/170654", "city", 33.5102, 36.2913, False, None),
    ("Athens", "Athens", "geonames/264371", "city", 37.9838, 23.7278, False, None),
]

FIGURES = [  # (article key, span text, sentence start text, number, type, group, qualifier, place, source, cumulative)
    (
        "r1",
        "At least 25 civilians",
        "At least 25",
        25,
        "killed",
        "civilians",
        "at least",
        "Kalasseh",
        "Syrian Observatory for Human Rights",
        False,
    ),
    (
        "r1",
        "60 wounded",
        "At least 25",
        60,
        "wounded",
        "civilians",
        "exact",
        "Kalasseh",
        "Syrian Observatory for Human Rights; Syrian Civil Defence",  # two sources, joined as the pipeline does
        False,
    ),
    (
        "r1",
        "9 children",
        "Rami Abdulrahman",
        9,
        "killed",
        "children",
        "exact",
        "Kalasseh",
        "Rami Abdulrahman",
        False,
    ),
    ("r2", "Eight people", "Eight people", 8, "killed", "people", "exact", "New Aleppo", "SANA", False),
    ("r2", "20 wounded", "Eight people", 20, "wounded", "people", "exact", "New Aleppo", "SANA", False),
    (
        "r3",
        "32",
        "The death toll",
        32,
        "killed",
        "people",
        "exact",
        "Kalasseh",
        "Syrian Observatory for Human Rights",
        False,
    ),
    (
        "r3",
        "40 dead",
        "The death toll",
        40,
        "killed",
        "people",
        "exact",
        "Kalasseh",
        "Syrian Civil Defence",
        False,
    ),
    ("003", "400,000", None, 400000, "killed", "people", "more than", None, None, True),
]

QUOTES = [  # (article key, quote text, speaker, speaker as written, side, cue[, speaker named: default true])
    (
        "r1",
        "The planes did not stop all night",
        "Ibrahim Abu al-Leith",
        "Ibrahim Abu al-Leith",
        "rescuers and medics",
        "said",
    ),
    (
        "r1",
        "9 children were among the dead in Kalasseh",
        "Rami Abdulrahman",
        "Rami Abdulrahman",
        "monitors",
        "said",
    ),
    (
        "r2",
        "continue to fight terrorism",
        "Walid al-Moallem",
        "Walid al-Moallem",
        "Syrian government",
        "said",
    ),
    ("r3", "a mistake", "John Kerry", "John Kerry", "US and Western governments", "said"),
    # an unnamed source: recorded by its description, speaker_named false
    ("r3", "the shelling went on until dawn", "witnesses", "Witnesses", "residents and witnesses", "said", False),
    ("r3", "Russia would continue to support Damascus", "Sergey Lavrov", "Sergey Lavrov", "Russia", "said"),
    (
        "000",
        "Every bomb that’s dropped by Russia and the Assad regime is radicalizing more and more people.",
        "John Kerry",
        "Kerry",
        "US and Western governments",
        "said",
    ),
    (
        "003",
        "Russia and Assad have a moment where they are in a dominant position to show a little grace",
        "John Kerry",
        "Kerry",
        "US and Western governments",
        "said",
    ),
    (
        "004",
        "A decision was made to introduce a ‘humanitarian pause’ in Aleppo",
        "Valery Gerasimov",
        "Valery Gerasimov",
        "Russia",
        "said in a statement",
    ),
]


def _texts() -> dict[str, tuple[str, str, date, str]]:
    """Article key -> (outlet, title, published, text)."""
    texts = {}
    for prefix, outlet, published in SEEDS:
        matches = sorted(RAW_DIR.glob(f"{prefix}_*.txt"))
        if matches:
            text = matches[0].read_text(encoding="utf-8")
            title = next(
                (ln for ln in text.splitlines() if "Kerry" in ln or "Aleppo" in ln), text[:80]
            ).strip()
            texts[prefix] = (outlet, title, published, text)
    for key, outlet, published, title, text in REPORTS:
        texts[key] = (outlet, title, published, text)
    return texts


def _all(text: str, needle: str) -> list[int]:
    found, at = [], text.find(needle)
    while at >= 0:
        found.append(at)
        at = text.find(needle, at + len(needle))
    return found


def build() -> dict[str, list]:
    """The example dataset's rows, by table name."""
    texts = _texts()
    ids = {key: f"sample-{key}" for key in texts}
    rows: dict[str, list] = {k: [] for k in ("articles", "entities", "locations", "casualties", "quotes")}
    for key, (outlet, title, published, text) in texts.items():
        aid = ids[key]
        rows["articles"].append(
            Article(
                aid,
                key,
                f"sample/{key}.txt",
                outlet,
                title,
                published,
                None,
                text,
                len(text.split()),
                date_source="dateline",
                # an extra input column, as FA-KES's `labels` (1 credible, 0 fake): alternate values
                metadata=json.dumps({"labels": str(len(rows["articles"]) % 2)}),
            )
        )
        taken: set[int] = set()
        for surface, label, canonical in ENTITIES:
            for at in _all(text, surface):
                if not taken.intersection(range(at, at + len(surface))):
                    taken.update(range(at, at + len(surface)))
                    rows["entities"].append(
                        EntityMention(aid, at, at + len(surface), surface, label, canonical)
                    )
        for surface, place, pid, kind, lat, lon, in_aleppo, control in PLACES:
            for at in _all(text, surface):
                rows["locations"].append(
                    PlaceMention(
                        aid,
                        at,
                        at + len(surface),
                        surface,
                        place,
                        kind,
                        lat,
                        lon,
                        in_aleppo,
                        pid,
                        "SY" if in_aleppo else None,
                        control,
                    )
                )
    for key, span, sentence_head, number, kind, group, qualifier, place, source, cumulative in FIGURES:
        if key not in texts:
            continue
        text = texts[key][3]
        at = text.find(span)
        if at < 0:
            continue
        s_start = text.find(sentence_head) if sentence_head else text.rfind(".", 0, at) + 1
        s_end = text.find(".", at) + 1 or len(text)
        rows["casualties"].append(
            CasualtyFigure(
                ids[key],
                at,
                at + len(span),
                text[s_start:s_end].strip(),
                number,
                span,
                kind,
                group,
                qualifier,
                None,
                place,
                source,
                None,
                cumulative,
                incident_id=None,
                figure_id=f"{ids[key]}:{at}-{at + len(span)}",
                sentence_start=s_start,
            )
        )
    for key, quote, speaker, written, side, cue, *named in QUOTES:
        if key not in texts:
            continue
        at = texts[key][3].find(quote)
        if at >= 0:
            rows["quotes"].append(
                Quote(
                    ids[key],
                    at,
                    at + len(quote),
                    quote,
                    "direct",
                    speaker,
                    written,
                    None,
                    side,
                    cue,
                    quote_id=f"{ids[key]}:q{at}",
                    speaker_label="PERSON" if named != [False] else None,
                    speaker_named=named[0] if named else True,
                )
            )
    # "9 children were among the dead" is a sub-count of the 25 civilians killed, not 9 more deaths.
    figures = rows["casualties"]
    whole = next((f for f in figures if f.number_text == "At least 25 civilians"), None)
    rows["casualties"] = [
        dataclasses.replace(f, part_of=whole.figure_id) if whole and f.group == "children" else f
        for f in figures
    ]
    kalasseh = [
        f
        for f in rows["casualties"]
        if f.place == "Kalasseh" and f.type == "killed" and f.group != "children"
    ]
    rows["incidents"] = [
        Incident(
            "inc-kalasseh-2016-11-20",
            "killed",
            "people",
            "Kalasseh",
            date(2016, 11, 20),
            min(f.number for f in kalasseh),
            max(f.number for f in kalasseh),
            len(kalasseh),
            2,
            tuple(sorted({f.attributed_to for f in kalasseh})),
            ("Al Jazeera", "Reuters"),
            tuple(f.figure_id for f in kalasseh),
        )
    ]
    rows["rejected"] = [Rejection("sample/sport.txt", "off_topic", "a football report, not about Syria")]
    return rows


def write(out_dir: Path) -> Path:
    """Write the example dataset's Parquet files, quality.json and manifest.json into out_dir."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, items in build().items():
        pd.DataFrame([as_row(r) for r in items]).to_parquet(out_dir / f"{name}.parquet", index=False)
    metrics = [
        Metric("places (Aleppo)", "precision", 0.91, 44, "share of found Aleppo places that are right"),
        Metric("places (Aleppo)", "recall", 0.78, 51, "share of gold Aleppo places found"),
        Metric("casualties", "precision", 0.86, 35),
        Metric("casualties", "recall", 0.7, 43),
        Metric("quotes (direct)", "speaker accuracy", 0.8, 40),
    ]
    (out_dir / "quality.json").write_text(
        json.dumps(
            {
                "metrics": [as_row(m) for m in metrics],
                "gold_sets": "tests/gold/*.jsonl (example)",
                "evaluated_at": "2026-11-25",
            }
        )
    )
    (out_dir / "manifest.json").write_text(json.dumps({"inputs": ["sample"], "counts": {"articles": 8}}))
    return out_dir


if __name__ == "__main__":
    print(write(Path(sys.argv[1] if len(sys.argv) > 1 else "artifacts/sample-data")))
