"""A 100,000-article corpus for scale tests: FA-KES rows replicated with shifted dates and new ids.

    .venv/bin/python benchmarks/make_scale_corpus.py [--articles 100000] [--out /tmp/aleppo-lens-scale/fakes_100k.csv]

Replica r of a row gets unit_id `<unit_id>-r<r>`, its date column and opening dateline moved forward by
r weeks, and one closing line ("Archive copy r.") so its cleaned text, and so its article_id, differs
from every other copy. Everything else (title, outlet, location, label) is the original row's. The
output goes to a temporary folder by default: FA-KES text must never be copied into the repository.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import tempfile
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.paths import FAKES_CSV  # noqa: E402

DEFAULT_OUT = Path(tempfile.gettempdir()) / "aleppo-lens-scale" / "fakes_100k.csv"
SHIFT = dt.timedelta(weeks=1)  # per replica: 125 replicas spread over about 2.4 years

# FA-KES bodies open with "Wed 05 Apr 2017 ..." or "12 February 2015 ...": moved with the date column.
DATELINE = re.compile(
    r"^(?P<lead>\s*)(?:(?P<weekday>Mon|Tue|Wed|Thu|Fri|Sat|Sun) )?(?P<day>\d{1,2}) "
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?) (?P<year>\d{4})\b"
)


def shifted_dateline(text: str, shift: dt.timedelta) -> str:
    """The text with its opening dateline moved by `shift`, written in the same style."""
    match = DATELINE.match(text)
    if match is None:
        return text
    try:
        date = dt.datetime.strptime(f"{match['day']} {match['month'][:3]} {match['year']}", "%d %b %Y") + shift
    except ValueError:
        return text
    month = date.strftime("%b") if len(match["month"]) == 3 else date.strftime("%B")
    weekday = f"{date.strftime('%a')} " if match["weekday"] else ""
    return f"{match['lead']}{weekday}{date.day:02d} {month} {date.year}{text[match.end():]}"


def shifted_date_column(value: object, shift: dt.timedelta) -> object:
    """FA-KES "M/D/YYYY" dates moved by `shift`; anything else unchanged."""
    try:
        date = dt.datetime.strptime(str(value), "%m/%d/%Y") + shift
    except ValueError:
        return value
    return f"{date.month}/{date.day}/{date.year}"


def replicate(rows: pd.DataFrame, n_articles: int) -> pd.DataFrame:
    """`n_articles` rows: whole copies of `rows`, each shifted and re-identified, the last one cut short."""
    copies = []
    for replica in range(-(-n_articles // len(rows))):
        shift = SHIFT * replica
        copy = rows.copy()
        if replica:
            copy["unit_id"] = copy["unit_id"].astype(str) + f"-r{replica}"
            copy["date"] = [shifted_date_column(d, shift) for d in copy["date"]]
            copy["article_content"] = [
                f"{shifted_dateline(text, shift)}\n\nArchive copy {replica}." for text in copy["article_content"]
            ]
        copies.append(copy)
    return pd.concat(copies, ignore_index=True).head(n_articles)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, default=FAKES_CSV)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    rows = pd.read_csv(args.input, encoding="latin-1", dtype={"unit_id": str})
    corpus = replicate(rows, args.articles)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    corpus.to_csv(args.out, index=False, encoding="utf-8")
    print(f"{len(corpus):,} articles written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
