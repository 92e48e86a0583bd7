"""Reading inputs: folders of .txt/.md/.html/.json files, CSV and JSONL files, into articles or rejections.

Readers yield `RawDocument`s (what a file or row holds, uncleaned) or `Rejection`s (what could not be
read, and why). `to_article` turns a RawDocument into a cleaned `Article`, or a Rejection. Nothing is
dropped silently: every input item (a file, a CSV row, a JSONL line, a JSON list item, and whatever a
folder holds that is not read: hidden files, broken links, pipes) ends up as one or the other, and no
bad file makes a reader raise.

The steps, one module each:

* `decoding`: bytes to text (byte-order marks, encodings, compressed and binary files refused);
* `tables`: CSV, JSONL and JSON files, their columns mapped to our fields;
* `markup`: HTML pages, page chrome left out;
* `folders`: input paths and folders walked, metadata.csv sidecars applied, each file read by its suffix;
* `articles`: a RawDocument cleaned into an Article (`to_article`), exact duplicates folded.

A limit is read from the module that uses it: to change one (as tests do), patch it there, e.g.
`pipeline.ingest.decoding.MAX_ARTICLE_FILE_BYTES`.
"""

from .articles import (
    MAX_ARTICLE_CHARS,
    MAX_RAW_ARTICLE_CHARS,
    MAX_UNBROKEN_CHARS,
    MIN_ARTICLE_WORDS,
    article_id_for,
    fold_duplicates,
    to_article,
)
from .decoding import MAX_ARTICLE_FILE_BYTES, decode_bytes, read_text
from .documents import RawDocument
from .folders import (
    ARTICLE_FILE_SUFFIXES,
    METADATA_FILE_NAME,
    TABLE_FILE_SUFFIXES,
    read_file,
    read_folder,
    read_folder_file,
    read_path,
)
from .markup import read_html_file
from .tables import COLUMN_ALIASES, pick_columns, read_csv, read_json_file, read_jsonl

__all__ = [
    "ARTICLE_FILE_SUFFIXES",
    "COLUMN_ALIASES",
    "MAX_ARTICLE_CHARS",
    "MAX_ARTICLE_FILE_BYTES",
    "MAX_RAW_ARTICLE_CHARS",
    "MAX_UNBROKEN_CHARS",
    "METADATA_FILE_NAME",
    "MIN_ARTICLE_WORDS",
    "TABLE_FILE_SUFFIXES",
    "RawDocument",
    "article_id_for",
    "decode_bytes",
    "fold_duplicates",
    "pick_columns",
    "read_csv",
    "read_file",
    "read_folder",
    "read_folder_file",
    "read_html_file",
    "read_json_file",
    "read_jsonl",
    "read_path",
    "read_text",
    "to_article",
]
