"""Which count is part of which in one sentence: "409 civilians including 45 children", "Ten children
were among 48 people killed"."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .counts import PART_OF_A_TOLL
from .lexicons import SUBCOUNT_PREPS
from .types import Candidate


def wholes_named_after(candidates: list[Candidate]) -> dict[int, int]:
    """Index of the later count each earlier one is part of: "Ten children were among 48 people killed",
    "a child was among at least eight people killed", "Seven of the 30 people killed were children". The subject of "be among"
    (or a verbless headline's noun: "Journalist among five killed") is part of the count
    named after "among"; the part comes first in the text, so it cannot take its parent as it is built."""
    wholes: dict[int, int] = {}
    for k, part in enumerate(candidates):
        subjects = {part.phrase.root.i, part.anchor.i} | ({part.victim.i} if part.victim is not None else set())
        for j in range(k + 1, len(candidates)):
            whole = candidates[j]
            for token in (whole.phrase.root, whole.victim):
                among = token.head if token is not None and token.dep_ == "pobj" else None
                verb = among.head if among is not None and among.lower_ == "among" else None
                if verb is not None and verb.lemma_.lower() == "be" and any(
                    c.dep_ == "nsubj" and c.i in subjects for c in verb.children
                ):
                    wholes[k] = j
                if verb is not None and verb.i in subjects and verb.dep_ == "ROOT":
                    wholes[k] = j  # a headline without its verb: "Journalist among five killed in shelling"
                if token is not None and taken_of(part, token) and part.type in (PART_OF_A_TOLL, "other", whole.type):
                    wholes[k] = j
            if k in wholes:
                break
        if k not in wholes:
            # the parse may leave "among" without its object ("Ten children were among at least 48 people
            # killed ... a monitor said"): the next count within a few words after "were among" is the whole
            nxt = next((j for j in range(k + 1, len(candidates)) if candidates[j].phrase.start - part.phrase.end <= 8), None)
            if nxt is not None:
                whole = candidates[nxt]
                window = whole.phrase.root.doc[max(0, whole.phrase.start - 3) : whole.phrase.start]
                if named_among(window) and window.start >= part.phrase.end:
                    wholes[k] = nxt
    return wholes


def taken_of(part: Candidate, whole: Token) -> bool:
    """ "Seven of the 30 people killed were children", "Twelve of the 19 victims": the whole's noun (or
    number) is the object of an "of" that hangs on the part's number. A part with a harm of its own
    ("Four of the 30 wounded fighters were evacuated") is linked only to a whole of the same harm."""
    return whole.dep_ == "pobj" and whole.head.lower_ == "of" and whole.head.head.i == part.phrase.root.i


def link_subcounts(candidates: list[Candidate], doc: Doc, wholes: dict[int, int] | None = None) -> dict[int, int]:
    """Index of each sub-count's parent candidate ("409 civilians including 45 children"); a count
    another is named among (`wholes`, from `wholes_named_after` when not given) is no sub-count of it."""
    links: dict[int, int] = {}
    wholes = set((wholes_named_after(candidates) if wholes is None else wholes).values())
    for k, cand in enumerate(candidates):
        if k in wholes:
            continue
        parent_token = cand.parent_token
        for j, other in enumerate(candidates[:k]):
            tokens = {other.phrase.root.i} | ({other.victim.i} if other.victim is not None else set())
            if parent_token is not None and parent_token.i in tokens:
                links[k] = j
                break
        else:
            j = count_of_the_verb(candidates, k, links)
            if j is None:
                j = total_before_a_colon(candidates, k, links, doc)
            if j is not None:
                links[k] = j  # "Thirty people were killed in Aleppo on Monday, including 10 children"
                continue
            # Parse slips: "including"/"among them" right before the figure, an earlier figure close by.
            window = doc[max(0, cand.phrase.start - 3) : cand.phrase.start]
            if any(t.lower_ in SUBCOUNT_PREPS or t.lower_ in ("whom", "them") for t in window):
                earlier = [
                    j
                    for j in range(k)
                    if j not in links and cand.phrase.start - candidates[j].phrase.end <= 8
                ]
                if earlier and not named_among(window):  # "were among at least 48": a whole (`wholes_named_after`)
                    links[k] = earlier[-1]
    return links


def count_of_the_verb(candidates: list[Candidate], k: int, links: dict[int, int]) -> int | None:
    """ "Thirty people were killed in Aleppo on Monday, including 10 children and eight women": the parse
    hangs "including" on the verb, not on the count; the part belongs to the nearest earlier top-level
    count that is that verb's subject or object."""
    parent = candidates[k].parent_token
    if parent is None or parent.pos_ != "VERB":
        return None
    for j in range(k - 1, -1, -1):
        other = candidates[j]
        if j in links:
            continue
        heads = {t.head.i for t in (other.anchor, other.victim) if t is not None and t.dep_ in ("nsubj", "nsubjpass", "dobj")}
        if parent.i in heads:
            return j
    return None


def total_before_a_colon(candidates: list[Candidate], k: int, links: dict[int, int], doc: Doc) -> int | None:
    """ "Air strikes killed 31 people: 12 in Douma, 8 in Arbin and 6 in Saqba", "Douma (12), Arbin (8)":
    the counts of one type after a colon break down the count of that type before it, when together they
    come to no more than it, two or more of them. Not counts that add up past it ("Clashes killed 5
    soldiers: 12 rebels also died"), that add to it ("another 5", "also") or belong to another time ("so
    far this year 60"), nor a count before another sentence's colon."""
    cand = candidates[k]
    sent = cand.phrase.root.sent
    colon = next((t for t in reversed(doc[sent.start : cand.phrase.start]) if t.text == ":"), None)
    if colon is None or cand.phrase.value is None:
        return None
    before = [j for j in range(k) if j not in links and candidates[j].phrase.end <= colon.i]
    if not before:
        return None
    j = before[-1]
    total = candidates[j]
    items = [
        c for c in candidates[j + 1 :]
        if c.phrase.start > colon.i and c.type == total.type and c.phrase.root.sent == sent
    ]
    if total.phrase.value is None or cand.type != total.type or any(c.phrase.value is None for c in items):
        return None
    if len(items) < 2 or any(t.lower_ in ADDED_COUNT_WORDS for t in doc[colon.i + 1 : sent.end]):
        return None  # "...: another 5 soldiers died", "...: six soldiers were also killed", "so far this year 60"
    return j if sum(c.phrase.value for c in items) <= total.phrase.value else None


# Words that add a count to the one before the colon, or set it in another time: no breakdown.
ADDED_COUNT_WORDS = frozenset({"another", "more", "also", "other", "others", "additional", "further", "so", "year", "earlier", "later", "previously"})


def named_among(window: Span) -> bool:
    """Whether the words before a count say the count before it was among it: "were among", "was among"
    (the parse may leave "among" without its object), not "among them"."""
    among = next((t for t in window if t.lower_ == "among"), None)
    return among is not None and among.i > 0 and among.doc[among.i - 1].lemma_.lower() == "be"
