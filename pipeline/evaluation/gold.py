"""The gold sets' articles as the pipeline itself reads and analyses them.

Gold files name articles by id (`fakes:<unit_id>`, `web:<file stem>`, `seeds:<file stem>`; older lines
give a FA-KES `unit_id`). The texts stay in `../shared/corpus/`, never in the repository. Evaluations
take the text, outlet, date and extracted records from here, so they score the real path (ingest,
cleaning, dateline, headline, every extractor in its pipeline order), not a re-implementation of it.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

from spacy.language import Language

from ..analyse import ArticleAnalysis, analyse_doc, geocoder_for
from ..ingest import read_csv, read_folder_file, to_article
from ..ingest.folders import METADATA_FILE_NAME, read_metadata
from ..paths import FAKES_CSV, SHARED_CORPUS_DIR
from ..records import Article
from .split import family_of, split_of

# Initials written with full stops: "U.S.", "U.N." (of "U.S.-led" too).
DOTTED_INITIALS_RE = re.compile(r"\b(?:[A-Za-z]\.){2,}")


def undotted(name: str) -> str:
    """A name with its dotted initials closed up ("U.S. military" -> "US military"): the gold and the pipeline
    write a name's abbreviation either way, and both are the same name."""
    return DOTTED_INITIALS_RE.sub(lambda m: m.group().replace(".", ""), name)


def read_gold(path: Path) -> list[dict]:
    """A gold file's entries, one JSON object a line, each with its `article` id, `split` and `family`."""
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        entry = json.loads(line)
        entry.setdefault("article", f"fakes:{entry['unit_id']}" if "unit_id" in entry else None)
        entry["split"], entry["family"] = split_of(entry["article"]), family_of(entry["article"])
        entries.append(entry)
    return entries


def corpus_path(article_id: str) -> Path:
    """The file holding a gold article's text (for FA-KES, the whole CSV)."""
    family, _, name = article_id.partition(":")
    return FAKES_CSV if family == "fakes" else SHARED_CORPUS_DIR / family / f"{name}.txt"


def available(entries: list[dict]) -> tuple[list[dict], list[str]]:
    """(entries whose article text is on this machine, ids of those that are not)."""
    present, absent = [], []
    for entry in entries:
        (present if corpus_path(entry["article"]).exists() else absent).append(entry)
    return present, [e["article"] for e in absent]


@functools.cache
def fakes_articles() -> dict[int, Article]:
    """FA-KES articles by unit_id, cleaned and dated exactly as `pipeline build` does (first row wins)."""
    articles: dict[int, Article] = {}
    for doc in read_csv(FAKES_CSV):
        article = to_article(doc) if not hasattr(doc, "reason") else None
        if isinstance(article, Article) and article.source_id.isdigit():
            articles.setdefault(int(article.source_id), article)
    return articles


@functools.cache
def gold_article(article_id: str, url: str | None = None) -> Article:
    """A gold article read, cleaned and dated by the real ingest path; with `url`, read as a scraper
    that also kept the page's address would give it (a metadata.csv row holding the url).

    Raises KeyError when the id names no article, FileNotFoundError when its corpus is absent, and
    ValueError when the ingest rejects it (a gold article must be one the pipeline keeps).
    """
    family, _, name = article_id.partition(":")
    if family == "fakes":
        return fakes_articles()[int(name)]
    path = corpus_path(article_id)
    if not path.exists():
        raise FileNotFoundError(path)
    # A metadata.csv beside the pages (file, url, date, ...) is read as a folder build reads it.
    sidecar = read_metadata(path.parent / METADATA_FILE_NAME) if (path.parent / METADATA_FILE_NAME).exists() else {}
    row = sidecar.get(path.stem) if isinstance(sidecar, dict) else None
    if url:
        row = {**(row or {}), "url": url}
    for doc in read_folder_file(path, row):
        article = to_article(doc) if not hasattr(doc, "reason") else doc
        if isinstance(article, Article):
            return article
        raise ValueError(f"{article_id} is rejected by the ingest: {article.detail or article.reason}")
    raise KeyError(article_id)


_ANALYSES: dict[str, tuple[Article, ArticleAnalysis]] = {}


def analysed(nlp: Language, article_ids: list) -> dict:
    """Each gold article (by the id given: an article id, or an older int unit_id) with what the
    pipeline extracts from it. Analyses are kept for the process, so the splits cost one parse each."""
    geocoder = geocoder_for(False)
    results = {}
    for key in dict.fromkeys(article_ids):
        article_id = f"fakes:{key}" if isinstance(key, int) else key
        if article_id not in _ANALYSES:
            article = gold_article(article_id)
            _ANALYSES[article_id] = (article, analyse_doc(nlp(article.text), article, geocoder))
        results[key] = _ANALYSES[article_id]
    return results
