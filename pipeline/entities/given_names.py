"""The gender a person's given name usually has: "Martha Keller" is "f", "Tom Rausch" "m", "Jean" neither.

Source: nomquamgender (Van Buskirk, Clauset and Larremore, "An open-source cultural consensus approach to
name-based gender classification", ICWSM 2023; MIT licence), which pools 31 national and international
registers of given names with their counts. Its own classifier decides, at a stricter threshold than
its default (0.1): a name is gendered when its p(gendered female) lies within `THRESHOLD` of 0 or 1
("Jane", 0.95, and "Rami", 0.05, are; "Lindsey", 0.90, "Alex", 0.09, and "Sam", 0.07, are not); names
seen fewer than `MIN_COUNT` times are left out as noise.

The library holds a 22 MB table (about 350 MB in memory); a pipeline worker needs only the classified
single words, so the first use writes them to `data/cache/given_names.json` (about 1 MB) and later
uses, in any process, read that. A gender stated by the text ("spokeswoman", "she said") always wins
over this guess: callers consult it last.
"""

from __future__ import annotations

import functools
import json
import os
import tempfile
from pathlib import Path

from unidecode import unidecode

from ..paths import CACHE_DIR
from .lexicon import kunya_gender

CACHE_FILE = CACHE_DIR / "given_names.json"
MIN_COUNT = 50  # people registered with the name across the sources
THRESHOLD = 0.06
TABLE_VERSION = "nomquamgender-0.1.4-threshold-0.06-min-50"


def build_table() -> dict[str, str]:
    """{given name (lower case, ASCII): "f" | "m"} from the library's classifier, single words only."""
    import nomquamgender as nqg  # 350 MB once; see the module docstring

    model = nqg.NBGC(threshold=THRESHOLD)
    names = [name for name, (_, count, *_rest) in nqg.name_data.items() if name.isalpha() and name.isascii() and count >= MIN_COUNT]
    return {name: label[1] for name, label in zip(names, model.classify(names), strict=True) if label in ("gf", "gm")}


@functools.cache
def given_name_table(cache_file: Path = CACHE_FILE) -> dict[str, str]:
    """The classified given names, read from the cache file (written on first use, atomically, so two
    workers building it at once both end with a whole file)."""
    try:
        stored = json.loads(cache_file.read_text(encoding="utf-8"))
        if stored.get("version") == TABLE_VERSION:
            return stored["names"]
    except (OSError, ValueError, AttributeError):
        pass
    table = build_table()
    cache_file.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=cache_file.parent, delete=False, suffix=".tmp") as out:
        json.dump({"version": TABLE_VERSION, "names": table}, out)
    os.chmod(out.name, 0o644)  # a temporary file is private; the table is not
    os.replace(out.name, cache_file)
    return table


def given_name_gender(name: str | None) -> str | None:
    """ "f" or "m" for a full name whose first word is a gendered given name, else None ("Jean Smith",
    "al-Assad", an unknown or one-word surname)."""
    words = unidecode(name or "").lower().split()
    return given_name_table().get(words[0]) if len(words) > 1 else None


def person_gender(name: str | None) -> str | None:
    """A person's gender from the name alone: a kunya ("Abu Omar", "Umm Ahmad"), else the given name."""
    return kunya_gender(name or "") or given_name_gender(name)
