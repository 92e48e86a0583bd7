"""Quote extraction scored against the hand-checked gold set tests/gold/quotes.jsonl.

Matching rule: a predicted quote matches a gold quote of the same kind when the predicted quote text
contains the gold `text_start` (both lower-cased, whitespace collapsed, quote marks dropped), or when
the predicted span covers at least half of the place where `text_start` occurs in the article.
Each gold quote matches at most one prediction and vice versa (greedy, in gold order). A gold direct
quote also matches an indirect prediction that holds it among its `quoted_words` (a partial quote
inside reported speech is recorded as one statement).
Names are compared by words, hyphens as spaces, after the alias table maps a known name to its
canonical ("AFP" = "Agence France-Presse"). Speakers agree when both are null (an unnamed source, `speaker_named` false, counts as null: the
gold names no one), or when the names are equal ignoring case, or when one name's
words are a subset of the other's ("Zahran Aloush" ~ "Mohammed bin Abdullah Zahran Aloush").
Only quotes of speech are scored: the gold does not annotate beliefs (`attribution` "belief"). A quote
interrupted by its attribution is one statement however many rows its parts take (`statements`).
"""

from __future__ import annotations

import dataclasses
import re

from spacy.language import Language

from ..entities import find_known_name
from ..paths import GOLD_DIR
from ..records import Metric, Quote
from .gold import analysed, undotted
from .gold import read_gold as read_gold_file

GOLD_PATH = GOLD_DIR / "quotes.jsonl"
MARKS_RE = re.compile(r"[\"“”‘’«»]")
SPACE_RE = re.compile(r"\s+")


def normalise(text: str) -> str:
    return SPACE_RE.sub(" ", MARKS_RE.sub("", text or "")).strip().lower()


def _name_words(name: str) -> set[str]:
    known = find_known_name(name)  # "AFP" and "Agence France-Presse" are one body
    return set(normalise(undotted(known.canonical if known else name).replace("-", " ")).split())


def same_speaker(predicted: str | None, gold: str | None) -> bool:
    if predicted is None or gold is None:
        return predicted is None and gold is None
    a, b = _name_words(predicted), _name_words(gold)
    return a == b or a <= b or b <= a


def named_speaker(quote: Quote) -> str | None:
    """The quote's speaker when it is a name; None for no speaker and for an unnamed source."""
    return quote.speaker if quote.speaker_named is not False else None


def read_gold() -> list[dict]:
    return read_gold_file(GOLD_PATH)


def _gold_offset(text: str, text_start: str) -> tuple[int, int] | None:
    pattern = r"\s+".join(re.escape(word) for word in text_start.split())
    match = re.search(pattern, text, re.IGNORECASE)
    return (match.start(), match.end()) if match else None


def match(predicted: list[Quote], gold: list[dict], text: str) -> list[tuple[dict, Quote | None]]:
    """Each gold quote paired with the prediction it matches, or None."""
    used: set[int] = set()
    pairs: list[tuple[dict, Quote | None]] = []
    for item in gold:
        wanted = normalise(item["text_start"])
        where = _gold_offset(text, item["text_start"])
        hit = None
        for n, quote in enumerate(predicted):
            if quote.kind != item["kind"]:
                # A partial quote kept inside the indirect quote that reports it finds the gold direct
                # one, even when that indirect quote also matched its own gold entry.
                if item["kind"] == "direct" and wanted in normalise(" ".join(quote.quoted_words)):
                    hit = n
                    break
                continue
            if n in used:
                continue
            overlap = 0 if where is None else max(0, min(quote.end, where[1]) - max(quote.start, where[0]))
            if wanted in normalise(quote.quote) or (where and overlap >= 0.5 * (where[1] - where[0])):
                hit = n
                break
        if hit is not None:
            used.add(hit)
        pairs.append((item, predicted[hit] if hit is not None else None))
    return pairs


def scored_articles(nlp: Language, gold: list[dict] | None = None):
    """Yield (gold item, article text, predictions, [(gold quote, matched prediction or None)])."""
    gold = read_gold() if gold is None else gold
    analysed_by_id = analysed(nlp, [item["article"] for item in gold])
    for item in gold:
        article, analysis = analysed_by_id[item["article"]]
        # the gold annotates reported speech; beliefs ("fears that ...") are reported beside it, unscored
        spoken = [q for q in statements(analysis.quotes) if q.attribution == "speech"]
        yield item, article.text, spoken, match(spoken, item["quotes"], article.text)


def statements(quotes: list[Quote]) -> list[Quote]:
    """One quote per statement, as the gold annotates them: a statement's first row spanning to the end of its
    last part (pipeline.quotes.parts); the rows that continue it are no predictions of their own."""
    ends: dict[str, int] = {}
    for quote in quotes:
        if quote.continues is not None:
            ends[quote.continues] = max(ends.get(quote.continues, quote.end), quote.end)
    return [
        dataclasses.replace(quote, end=max(quote.end, ends[quote.quote_id])) if quote.quote_id in ends else quote
        for quote in quotes
        if quote.continues is None
    ]


def evaluate(nlp: Language, gold: list[dict] | None = None) -> list[Metric]:
    """Recall, precision and speaker accuracy for direct and for indirect quotes on gold entries
    (default: the whole gold file)."""
    counts = {
        kind: {"gold": 0, "found": 0, "predicted": 0, "predicted_ok": 0, "speaker_ok": 0}
        for kind in ("direct", "indirect")
    }
    for _, _, predicted, pairs in scored_articles(nlp, gold):
        for kind, tally in counts.items():
            tally["predicted"] += sum(q.kind == kind for q in predicted)
        for gold, quote in pairs:
            tally = counts[gold["kind"]]
            tally["gold"] += 1
            if quote is not None:
                tally["found"] += 1
                tally["predicted_ok"] += quote.kind == gold["kind"]  # precision: predictions of this kind only
                tally["speaker_ok"] += same_speaker(named_speaker(quote), gold["speaker"])
    metrics: list[Metric] = []
    for kind, tally in counts.items():
        name = f"quotes ({kind})"
        metrics += [
            Metric(name, "recall", _ratio(tally["found"], tally["gold"]), tally["gold"]),
            Metric(name, "precision", _ratio(tally["predicted_ok"], tally["predicted"]), tally["predicted"]),
            Metric(
                name,
                "speaker accuracy",
                _ratio(tally["speaker_ok"], tally["found"]),
                tally["found"],
                note="over matched quotes; null gold speakers must be null",
            ),
        ]
    return metrics


def misses(nlp: Language) -> list[str]:
    """One line per missed gold quote, wrong speaker and unmatched prediction, for error analysis."""
    lines: list[str] = []
    for item, _, predicted, pairs in scored_articles(nlp):
        tag = item["article"]
        matched = {id(q) for _, q in pairs if q is not None}
        for gold, quote in pairs:
            if quote is None:
                lines.append(f"{tag} MISSED {gold['kind']}: {gold['text_start']!r} ({gold['speaker']})")
            elif not same_speaker(named_speaker(quote), gold["speaker"]):
                lines.append(
                    f"{tag} SPEAKER {gold['kind']}: {gold['text_start']!r} gold={gold['speaker']!r} "
                    f"got={quote.speaker!r} ({quote.speaker_text!r}, cue {quote.cue!r})"
                )
        for quote in predicted:
            if id(quote) not in matched:
                lines.append(f"{tag} EXTRA {quote.kind}: {quote.quote[:70]!r} ({quote.speaker})")
    return lines


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


if __name__ == "__main__":
    import sys

    from ..nlp import load_nlp

    nlp = load_nlp()
    if "--misses" in sys.argv:
        print("\n".join(misses(nlp)))
    for metric in evaluate(nlp):
        print(f"{metric.extractor:20} {metric.measure:17} {metric.value} (n={metric.n})")
