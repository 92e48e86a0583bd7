"""The outlet registry: English-language news outlets and agencies (data/lexicons/outlets.csv).

Each row gives a display name, aliases, web domains, a kind (`outlet` or `agency`), a country (ISO
3166-1 alpha-2) and the codes a dataset's outlet column may use (FA-KES "sana"). Sources of the file:
data/lexicons/outlets.md.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..paths import LEXICON_DIR

UNKNOWN_OUTLET = "unknown"
OUTLETS_FILE = LEXICON_DIR / "outlets.csv"

# One-word names that are also ordinary English words ("Time", "Metro", "Mint"): a page line reading
# only "Metro" is a menu section as often as the site's name, so such names are recognised by domain,
# copyright line or byline, never as a bare line.
ORDINARY_WORD_NAMES = frozenset(
    """time metro mint stuff scroll punch crux dawn salon slate vox fortune vanguard express insider mirror
    independent guardian economist inquirer forward today hill nation sun times world news local observer
    standard citizen australian wire statesman tablet diplomat conversation intercept spectator federalist
    cradle atlantic star trend report herald monitor post tribune""".split()
)


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str  # display name, as the dataset's `outlet` column writes it
    aliases: tuple[str, ...]
    domains: tuple[str, ...]  # registered domains or host names ("reuters.com", "english.aawsat.com")
    kind: str  # "outlet" | "agency" (an agency's copy runs on other outlets' pages)
    country: str  # ISO 3166-1 alpha-2, "" for international bodies


def name_key(text: str) -> str:
    """A name compared without case, punctuation, spacing or a leading "The" ("The Age" ~ "AGE")."""
    text = re.sub(r"^\s*the\s+", "", text.strip(), flags=re.I)
    return re.sub(r"[^\w]+", "", text.lower())


def host_of(url_or_host: str) -> str | None:
    """The lower-case host of a URL or bare host ("https://www.BBC.co.uk/news" -> "www.bbc.co.uk"), or None."""
    text = url_or_host.strip()
    if not text:
        return None
    if "//" not in text:
        text = "//" + text
    try:
        host = urlsplit(text).hostname
    except ValueError:
        return None
    return host.rstrip(".") if host and "." in host else None


@dataclass(frozen=True, slots=True, eq=False)
class OutletRegistry:
    outlets: tuple[Outlet, ...]
    by_code: dict[str, str]  # lower-case code, name or alias -> display name
    by_key: dict[str, Outlet]  # name_key of a name or alias -> outlet
    by_domain: dict[str, Outlet]  # domain -> outlet

    def from_column(self, value: object) -> str | None:
        """Display name for an outlet column's value (a code such as FA-KES "sana", a name, a domain)."""
        text = str(value or "").strip()
        if not text or text.lower() in {"nan", "none", "null"}:
            return None
        known = self.by_code.get(text.lower()) or self.by_code.get(name_key(text))
        if known:
            return known
        outlet = self.from_url(text) if "." in text and " " not in text else None
        return outlet.name if outlet else text

    def named(self, text: str) -> Outlet | None:
        """The outlet whose name or alias the text is, whole ("The Guardian", "reuters"), or None."""
        return self.by_key.get(name_key(text)) if text.strip() else None

    def from_url(self, url: str) -> Outlet | None:
        """The outlet a URL or host belongs to: its host or a parent domain is listed ("edition.cnn.com")."""
        host = host_of(url)
        if host is None:
            return None
        host = host.removeprefix("www.")
        labels = host.split(".")
        for start in range(len(labels) - 1):
            if outlet := self.by_domain.get(".".join(labels[start:])):
                return outlet
        return None

    def from_header(self, lines: tuple[str, ...] | list[str]) -> str | None:
        """The outlet a page's header lines name as a site-name line (see `site_name_line`), if known."""
        for line in lines:
            if outlet := self.site_name_line(line):
                return outlet.name
        return None

    def mentioned_in(self, line: str) -> Outlet | None:
        """A non-agency outlet whose distinctive name (several words, or a digit or inner capital:
        "FOX6 News", "Kurdistan24") the line mentions anywhere ("Where to watch FOX6 News tonight").

        Only for a page's navigation lines above the headline, where a site promotes itself.
        """
        # A mention inside a longer outlet's name is that outlet's: "Arab News" in "Syrian Arab News Agency".
        longer = [m.span() for regex, _ in _mention_res(self, agencies=True) for m in regex.finditer(line)]
        for regex, outlet in _mention_res(self):
            for match in regex.finditer(line):
                start, end = match.span()
                if not any(a <= start and end <= b and (a, b) != (start, end) for a, b in longer):
                    return outlet
        return None

    def site_name_line(self, line: str) -> Outlet | None:
        """The outlet a page line names on its own: the whole line, or one of its " | "/" - " segments, is a
        name or alias ("Middle East | SANA", "Kurdistan24"), or the line is the site's domain ("syriahr.com").

        A name inside a sentence ("Reuters reported ...") is not a site-name line.
        """
        for segment in re.split(r"\s+[|–—-]\s+|\s*\|\s*", line.strip()):
            segment = segment.strip(" :·•")
            if not segment or len(segment) > 80:
                continue
            outlet = self.named(segment)
            if outlet and distinctive_outlet_name(segment):
                return outlet
            is_address = re.fullmatch(r"(?:https?://)?[\w.-]+\.[a-z]{2,}(?:/\S*)?", segment, re.I)
            if is_address and (outlet := self.from_url(segment)):
                return outlet
        return None


@functools.cache
def _mention_res(registry: OutletRegistry, *, agencies: bool = False) -> tuple[tuple[re.Pattern[str], Outlet], ...]:
    """Patterns of the registry's distinctive names (`mentioned_in`), agencies' only with `agencies`."""
    pairs = []
    for outlet in registry.outlets:
        if outlet.kind == "agency" and not agencies:
            continue
        for name in (outlet.name, *outlet.aliases):
            if len(name.split()) > 1 or re.search(r"\d|[a-z][A-Z]", name):
                pairs.append((re.compile(rf"(?<!\w){re.escape(name)}(?!\w)"), outlet))
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0].pattern)))  # longest name first


def distinctive_outlet_name(name: str) -> bool:
    """A name that cannot be an ordinary word on a menu line ("Metro" can; "The Age", "CNN" cannot)."""
    words = re.sub(r"^the\s+", "", name.strip(), flags=re.I).split()
    return len(words) > 1 or words[0].lower() not in ORDINARY_WORD_NAMES or words[0].isupper()


def _listed(row: dict[str, str], column: str) -> tuple[str, ...]:
    """A `|`-separated cell as its values."""
    return tuple(v.strip() for v in (row.get(column) or "").split("|") if v.strip())


@functools.cache
def outlet_registry() -> OutletRegistry:
    """The registry read from data/lexicons/outlets.csv (read once per process)."""
    outlets: list[Outlet] = []
    by_code: dict[str, str] = {}
    by_key: dict[str, Outlet] = {}
    by_domain: dict[str, Outlet] = {}
    with open(OUTLETS_FILE, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            outlet = Outlet(
                row["outlet"], _listed(row, "aliases"), _listed(row, "domains"), row.get("kind") or "outlet", row.get("country") or ""
            )
            outlets.append(outlet)
            for code in _listed(row, "codes"):
                by_code[code.lower()] = outlet.name
            for name in (outlet.name, *outlet.aliases):
                by_code.setdefault(name.lower(), outlet.name)
                by_code.setdefault(name_key(name), outlet.name)
                by_key.setdefault(name_key(name), outlet)
            # "SANA (Syrian Arab News Agency)": the name before its gloss is a name too (the gloss may be
            # a country, "Al-Watan (Syria)": it is an alias only when the row lists it as one).
            if m := re.fullmatch(r"(.+?)\s*\((.+)\)", outlet.name):
                by_key.setdefault(name_key(m.group(1)), outlet)
            for domain in outlet.domains:
                by_domain.setdefault(domain.lower(), outlet)
    return OutletRegistry(tuple(outlets), by_code, by_key, by_domain)
