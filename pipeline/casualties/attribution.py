"""Attribution: who reports a figure ("according to X", "X said", "citing X", "quoting X")."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..records import EntityMention
from .lexicons import DETERMINER_RE, lexicon

# --- attribution --------------------------------------------------------------------------------


@dataclass(slots=True)
class Source:
    cue: Token  # the reporting verb, "according" or "quoting"
    name: str | None
    label: str = "GENERIC"  # entity label of a named source, "GENERIC" for "activists", "state media" ...


@dataclass(frozen=True, slots=True)
class KnownSource:
    """A source the article has already named, for "the source said", "it added", "the ministry said"."""

    name: str
    label: str


# Entity labels a source may carry; GPE only when the source is the place itself ("Russia said").
SOURCE_ENTITY_RANK = {"ORG": 0, "ARMED_GROUP": 1, "PERSON": 2, "GPE": 3}
# Labels of words that are never the one who reports a figure (a date or count parsed as a subject).
NON_SOURCE_ENT_LABELS = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "FAC", "LOC", "EVENT"}
)
QUOTING_LEMMAS = frozenset({"quote"})


def entity_root(token: Token) -> Token:
    """The head word of the named entity a token belongs to, or the token itself."""
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent.root
    return token


def left_noun_phrase(verb: Token, sent: Span) -> Token | None:
    """Head of the noun phrase right before a reporting verb ("... 51 people a source in X told
    Sputnik", "... on Monday Syrian Observatory for Human Rights reported"): FA-KES-style text loses
    its commas and the parser hangs the source on the wrong word."""
    if verb.i - 1 < sent.start:
        return None
    token = entity_root(verb.doc[verb.i - 1])
    if token.pos_ not in ("NOUN", "PROPN") or token.i >= verb.i:
        return None
    while token.dep_ in ("compound", "amod") and token.head.i < verb.i and token.head is not token:
        token = token.head
    while (
        token.dep_ == "pobj"
        and token.head.lower_ in ("for", "of")
        and token.head.head.pos_ == "PROPN"
        and token.head.head.i < token.i
    ):
        token = token.head.head  # "the Syrian Observatory for Human Rights said": the name's head
    holders = lexicon("sources")["source_holder_nouns"]
    prep = token.head
    if token.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.lower_ in holders and prep.head.i < verb.i:
        token = prep.head  # "a source at X Police Command told"
    return token


def trailing_name_subject(verb: Token, sent: Span, subjects: list[Token]) -> list[Token]:
    """The reporter of a comma-less trailing attribution: "... bombardments killed at least 24 people
    the Syrian Observatory for Human Rights said". The parser hangs the name on the figure's noun and
    makes the first noun of the clause the subject; a proper name right before the verb, outside the
    parsed subject, is the reporter."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(
        c.i > verb.i and c.dep_ in ("ccomp", "xcomp", "dobj", "advcl") for c in verb.children
    ):
        return subjects  # "... as Abu Obaida adding that ...": a report still to come, not a trailing one
    left = left_noun_phrase(verb, sent)
    if left is None or left.pos_ != "PROPN" or unusable_subject(left) or not subjects:
        return subjects
    if any(in_noun_phrase(left, s) for s in subjects) or any(s.i > left.i for s in subjects):
        return subjects
    return [left] if left.dep_ in ("appos", "dobj", "pobj") else subjects


def in_noun_phrase(token: Token, head: Token) -> bool:
    """True when `token` belongs to the noun phrase of `head`: below it with no verb (a clause) between."""
    for ancestor in token.ancestors:
        if ancestor.i == head.i:
            return True
        if ancestor.pos_ in ("VERB", "AUX"):
            return False
    return False


def unusable_subject(token: Token) -> bool:
    """A subject that cannot be the reporter: a date, a count, a place a parse slip made subject."""
    return token.ent_type_ in NON_SOURCE_ENT_LABELS | {"GPE"} or token.like_num


def inverted_or_shared_subject(verb: Token) -> list[Token]:
    """The reporter of a verb without a subject of its own: after it when the report comes first
    ("... killed on Friday said a monitoring group": the parser calls it an object), the passive
    subject of "X was quoted as saying", or the subject of the clause a participle continues
    ("Hezbollah identified him ... adding that")."""
    lemma = verb.lemma_.lower()
    if lemma in QUOTING_LEMMAS and any(c.dep_ == "auxpass" for c in verb.children):
        return [c for c in verb.children if c.dep_ == "nsubjpass"]
    if any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        after = [c for c in verb.children if c.dep_ in ("dobj", "attr") and c.i > verb.i]
        if after and after[0].pos_ in ("NOUN", "PROPN"):
            return after[:1]
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i < verb.i:
        return [c for c in verb.head.children if c.dep_ == "nsubj"][:1]
    if verb.tag_ == "VBG" and verb.dep_ == "ROOT":
        # Commas lost, the participle became the root: the last subject of a verb before it.
        earlier = [
            t for t in verb.sent if t.i < verb.i and t.dep_ == "nsubj" and t.head.pos_ in ("VERB", "AUX")
        ]
        return earlier[-1:]
    return []


def source_tokens(sent: Span) -> list[tuple[Token, Token]]:
    """(cue, source head) pairs: "according to X", "X said/reported", "citing X", "quoting X"."""
    verbs = set(lexicon("sources")["reporting_verbs"])
    pairs = []
    for token in sent:
        if token.lower_ == "according":
            for to in token.children:
                if to.lower_ == "to":
                    pairs += [(token, obj) for obj in to.children if obj.dep_ == "pobj"]
            if (
                not any(p[0].i == token.i for p in pairs)
                and token.i + 2 < sent.end
                and token.nbor(1).lower_ == "to"
            ):
                pairs.append((token, token.nbor(2)))
        elif (
            token.lemma_.lower() in verbs
            and token.pos_ in ("VERB", "AUX")
            and not any(c.lower_ in ("lives", "life", "responsibility") for c in token.children)
        ):  # "the attack claimed the lives of" reports nothing
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            if not subjects:
                subjects = inverted_or_shared_subject(token)
            if not subjects:
                # Parse slips on names the model does not know ("SANA, meanwhile, reported ...").
                subjects = [
                    c
                    for c in token.lefts
                    if c.dep_ in ("advcl", "npadvmod", "dep", "nsubjpass")
                    and c.text[:1].isupper()
                    and not c.is_stop
                ][:1]
            if all(unusable_subject(c) for c in subjects) and token.lemma_.lower() not in QUOTING_LEMMAS | {
                "cite"
            }:
                left = left_noun_phrase(token, sent)
                if left is not None and not unusable_subject(left):
                    subjects = [left]
            elif token.lemma_.lower() not in QUOTING_LEMMAS | {"cite"}:
                subjects = trailing_name_subject(token, sent, subjects)
            pairs += [(token, child) for child in subjects]
            if token.lemma_.lower() in QUOTING_LEMMAS | {"cite"}:
                # "citing the Observatory", "quoting Governor X as putting the toll at six"
                pairs += [(token, c) for c in token.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]
    pairs += headline_credit(sent)
    expanded = []
    for cue, head in pairs:
        expanded.append((cue, head))
        expanded += [(cue, c) for c in head.children if c.dep_ == "conj"]
    return expanded


def headline_credit(sent: Span) -> list[tuple[Token, Token]]:
    """ "10 killed in Aleppo: monitor", "Strikes kill 13: Observatory": a headline that ends in a colon
    and a short noun phrase credits its content to that source, as reported speech."""
    words = [t for t in sent if not t.is_space]
    colons = [k for k, t in enumerate(words) if t.text == ":"]
    if not colons or len(words) - colons[-1] - 1 not in range(1, 5):
        return []
    tail = words[colons[-1] + 1 :]
    if any(t.pos_ in ("VERB", "AUX") for t in tail) or tail[-1].pos_ not in ("NOUN", "PROPN"):
        return []
    return [(words[colons[-1]], tail[-1])]


def source_span_tokens(head: Token) -> list[Token]:
    """The source's own words: its subtree without relative clauses, appositions or conjuncts."""
    skip: set[int] = set()
    for child in head.children:
        if child.dep_ in ("relcl", "acl", "appos", "conj", "cc", "punct"):
            skip.update(t.i for t in child.subtree)
    return [t for t in head.subtree if t.i not in skip]


def entity_for(
    tokens: Sequence[Token], entities: Sequence[EntityMention], head: Token | None = None
) -> EntityMention | None:
    """The named body among a source's words: the entity holding its head word first ("Observatory
    chief Rami Abdel Rahman" is Rahman), else the best ranked one; a place only when it is the head."""
    if not tokens:
        return None
    lo, hi = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    inside = [e for e in entities if e.start < hi and e.end > lo and e.label in SOURCE_ENTITY_RANK]
    if head is not None:
        holding = [e for e in inside if e.start <= head.idx < e.end]
        if holding:
            return min(holding, key=lambda e: SOURCE_ENTITY_RANK[e.label])
    inside = [e for e in inside if e.label != "GPE"]
    if not inside:
        return None
    return min(inside, key=lambda e: (SOURCE_ENTITY_RANK[e.label], -(e.end - e.start)))


def proper_name(tokens: Sequence[Token], head: Token) -> str | None:
    """A name the entity model missed ("a source at Hasaka Police Command", "Al Mayadeen TV channel"):
    the longest run of proper nouns that is the head, names it right before it, or hangs on it by a
    preposition, without place names or dates at its edges."""
    runs: list[list[Token]] = []
    for token in tokens:
        if token.pos_ in ("PROPN", "X", "NOUN") and token.text[:1].isupper() and token.i != head.sent.start:
            if runs and runs[-1][-1].i == token.i - 1:
                runs[-1].append(token)
            else:
                runs.append([token])
    # A run before the head must touch it ("Al Mayadeen TV channel"), not modify it from afar.
    runs = [r for r in runs if r[-1].i >= head.i - 1]
    edge = NON_SOURCE_ENT_LABELS | {"GPE", "NORP"}
    best: list[Token] = []
    for run in runs:
        org_words = lexicon("sources")["organisation_name_words"]
        # A place leads a name only when an organisation word follows it ("Aleppo Police Command").
        while run and run[0].ent_type_ in edge and not (len(run) > 1 and run[1].lower_ in org_words):
            run = run[1:]
        while run and run[-1].ent_type_ in edge:
            run = run[:-1]
        if len(run) > len(best):
            best = run
    if len(best) < 2:
        return None
    return " ".join(t.text for t in best)


def description_text(tokens: Sequence[Token], head: Token) -> str:
    """A source description as comparable words: up to its head, without determiners, numbers or
    weekday words ("Monday state media" -> "state media", "the defense ministry in Moscow" ->
    "defense ministry")."""
    noise = set(lexicon("sources")["non_description_words"])
    words = [
        t.lower_
        for t in tokens
        if t.i <= head.i
        and t.pos_ not in ("DET", "NUM", "PUNCT", "PRON")
        and not t.like_num
        and t.lower_ not in noise
        and t.dep_ != "poss"
    ]
    return DETERMINER_RE.sub("", " ".join(words)).strip()


def matches_noun(text: str, nouns: Iterable[str]) -> bool:
    return any(text == n or text.endswith(" " + n) for n in nouns)


def name_has_keyword(name: str, *, keywords: tuple[str, ...]) -> bool:
    return any(re.search(r"\b" + re.escape(k) + r"\b", name.lower()) for k in keywords)


def resolve_description(
    text: str, before: int, entities: Sequence[EntityMention], history: Sequence[KnownSource] = ()
) -> str | None:
    """Canonical name behind "the monitoring group", "the agency": the nearest earlier matching ORG,
    else the latest matching source the article has named."""
    for description in lexicon("sources")["descriptions"].values():
        if not matches_noun(text, description["nouns"]):
            continue
        keywords = description["entity_keywords"]
        fits = functools.partial(name_has_keyword, keywords=tuple(keywords))
        orgs = [e for e in entities if e.label in ("ORG", "ARMED_GROUP")]
        # Nearest earlier mention first; news also write "a monitor said" and name it just after.
        ordered = sorted((e for e in orgs if e.start < before), key=lambda e: -e.start) + sorted(
            (e for e in orgs if e.start >= before), key=lambda e: e.start
        )
        for entity in ordered:
            if fits(entity.canonical):
                return entity.canonical
        for known in reversed(history):
            if fits(known.name):
                return known.name
    return None


def generic_source(text: str) -> str | None:
    """The normalised unnamed source ("anti-government activists" -> "activists"), longest match first."""
    table = lexicon("sources")["generic_sources"]
    for phrase in sorted(table, key=len, reverse=True):
        if text == phrase or text.endswith(" " + phrase):
            return table[phrase]
    return None


def latest_named(history: Sequence[KnownSource], *, persons: bool | None = None) -> KnownSource | None:
    """The article's last named source (not a generic one); persons=True/False restricts the kind."""
    for known in reversed(history):
        if known.label == "GENERIC":
            continue
        if persons is None or (known.label == "PERSON") == persons:
            return known
    return None


def pronoun_source(head: Token, history: Sequence[KnownSource]) -> KnownSource | None:
    """ "It added", "he said": the last named source of the same kind."""
    words = lexicon("sources")
    if head.lower_ in words["pronoun_persons"]:
        return latest_named(history, persons=True)
    if head.lower_ in words["pronoun_bodies"]:
        return latest_named(history, persons=False)
    return None


def appositive_name(head: Token) -> Token | None:
    """The named body in apposition to a common-noun source ("the monitoring group, the Syrian
    Observatory"), or None when the source is itself a name or has no named apposition."""
    if head.ent_type_ or head.pos_ == "PROPN":
        return None
    for child in head.children:
        if child.dep_ == "appos" and child.ent_type_ in ("ORG", "PERSON", "ARMED_GROUP", "NORP"):
            return child
    return None


def named_source(
    head: Token, entities: Sequence[EntityMention], history: Sequence[KnownSource] = ()
) -> KnownSource | None:
    """The source a head word stands for: an entity canonical, a body the article named earlier, or a
    normalised generic source; None for weapons, dates, numbers and anything else that reports nothing."""
    words = lexicon("sources")
    if head.ent_type_ in NON_SOURCE_ENT_LABELS or head.like_num:
        return None
    if head.lower_ in words["not_sources"] or head.pos_ == "PRON":
        return pronoun_source(head, history)
    named_appos = appositive_name(head)
    if named_appos is not None:
        head = named_appos  # "another activist group the Local Coordination Committees said"
    tokens = source_span_tokens(head)
    entity = entity_for(tokens, entities, head)
    parsed = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
    proper = parsed is not None and (
        parsed.label_ == "PERSON"
        or (parsed.label_ == "ORG" and any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in parsed))
    )
    if proper and (entity is None or entity.label == "GPE"):
        # The model's own reading of the head word beats a place label given to part of a name.
        return KnownSource(parsed.text, parsed.label_)
    if entity is not None and not DETERMINER_RE.match(
        entity.canonical
    ):  # "the defense ministry" is a description
        return KnownSource(entity.canonical, entity.label)
    name = proper_name(tokens, head)
    if name:
        return KnownSource(name, "ORG")
    text = description_text(tokens, head)
    if not text:
        return None
    resolved = resolve_description(text, head.idx, entities, history)
    if resolved:
        return KnownSource(resolved, "ORG")
    definite = not any(c.dep_ == "det" and c.lower_ in ("a", "an", "some") for c in head.children)
    if definite and matches_noun(text, words["anaphoric_sources"]):
        earlier = latest_named(history)
        if earlier is not None:
            return earlier
    generic = generic_source(text)
    if generic:
        return KnownSource(generic, "GENERIC")
    if any(matches_noun(text, d["nouns"]) for d in words["descriptions"].values()):
        # "The London-based opposition organization added": the body the article has just named.
        earlier = latest_named(history, persons=False) if definite else None
        if earlier is not None:
            return earlier
        # A body described, never named ("the Russian center for reconciliation"): keep its words.
        first = next((t for t in tokens if t.pos_ != "DET"), head)
        return KnownSource(head.doc[first.i : head.i + 1].text, "DESCRIBED")
    return None


def source_name(
    head: Token, entities: Sequence[EntityMention], history: Sequence[KnownSource] = ()
) -> str | None:
    """The normalised name of a source head, or None when it names no source."""
    known = named_source(head, entities, history)
    return known.name if known is not None else None


def sentence_sources(
    sent: Span, entities: Sequence[EntityMention], history: list[KnownSource]
) -> list[Source]:
    """Every source a sentence cites, each appended to the article's history as it is read."""
    sources = []
    for cue, head in source_tokens(sent):
        known = named_source(head, entities, history)
        sources.append(Source(cue, known.name if known else None, known.label if known else "GENERIC"))
        if known is not None:
            history.append(known)
    return sources


def attribution(anchor: Token, sources: list[Source]) -> str | None:
    """The quoted source when the reporter quotes one, else sources whose cue governs the figure,
    else every source named in the sentence."""
    named = [s for s in sources if s.name]
    if not named:
        return None
    # "SANA reported ... quoting Governor X as putting the toll at six": the figure is X's.
    quoted = [s for s in named if s.cue.lemma_.lower() in QUOTING_LEMMAS and s.cue.i < anchor.i]
    ancestors = {t.i for t in anchor.ancestors}
    governing = [s for s in named if s.cue.i in ancestors or s.cue.lower_ == "according"]
    # Parse slips leave a figure ungoverned, so any source of the sentence may stand for it, except one
    # reporting inside a side clause ("..., although the UN said it had received reports") or a clause
    # that sets the time ("since the regime declared a truce").
    chosen = quoted or governing or [s for s in named if not in_side_clause(s.cue, anchor)]
    # An unnamed source ("activists said", "local sources told SANA") names nobody: the figure stays
    # unattributed rather than credited to a word, and it does not borrow another sentence's source.
    return "; ".join(dict.fromkeys(s.name for s in chosen if s.name and s.label != "GENERIC")) or None


SIDE_CLAUSE_MARKS = frozenset({"although", "though", "while", "whereas", "when", "since", "after", "before", "as"})


def in_side_clause(cue: Token, anchor: Token) -> bool:
    """True when a reporting verb heads (or sits in) an adverbial or relative clause opened by a
    subordinator ("although", "when", "since") that does not hold the figure."""
    anchor_path = {anchor.i, *(t.i for t in anchor.ancestors)}
    for clause in (cue, *cue.ancestors):
        if clause.i in anchor_path:
            return False
        if clause.dep_ in ("advcl", "relcl", "acl") and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in SIDE_CLAUSE_MARKS for c in clause.children
        ):
            return True
    return False


def plain_next_source(sent: Span, sources: list[Source]) -> str | None:
    """The source of a sentence that plainly attributes what the previous one reported: "X said."
    alone, or "X says the incident occurred ..." (its clause refers back to the event)."""
    root = sent.root
    named = [s for s in sources if s.name and s.cue.i == root.i]
    if not named:
        return None
    anaphoric = lexicon("sources")["anaphoric_event_nouns"]
    content = [t for t in sent if not t.is_punct]
    refers_back = any(
        child.dep_ in ("ccomp", "dobj")
        and any(
            t.dep_ in ("nsubj", "nsubjpass", "dobj")
            and t.lower_ in anaphoric
            and (t.pos_ == "PRON" or any(d.lower_ in ("the", "this", "that") for d in t.children))
            for t in [child, *child.children]
        )
        for child in root.children
    )
    return named[0].name if len(content) <= 6 or refers_back else None


def told_recipient(cue: Token) -> str | None:
    """The outlet or body a source spoke to: "a source ... told SANA", "told Sputnik" -> its name."""
    if cue.lemma_.lower() != "tell":
        return None
    for child in cue.children:
        if child.dep_ in ("dobj", "dative", "iobj") and child.pos_ == "PROPN":
            ent = next((e for e in child.doc.ents if e.start <= child.i < e.end), None)
            name = ent.text if ent is not None else child.text
            return name.removesuffix("'s").removesuffix("s") if name.endswith("'s") else name
    return None


def relay(anchor: Token, sources: list[Source], attributed: str | None) -> str | None:
    """Who passed an attributed figure on: the outlet a source told ("a source at the Homs police
    command told SANA" -> SANA), or the reporter that quoted or cited the source ("SANA reported,
    quoting the governor" -> SANA). None when the figure has no source or nobody relayed it."""
    if not attributed:
        return None
    chosen = [s for s in sources if s.name and s.name in attributed.split("; ")]
    for source in chosen:
        recipient = told_recipient(source.cue)
        if recipient and recipient not in attributed:
            return recipient
        if source.cue.lemma_.lower() in QUOTING_LEMMAS | {"cite"}:
            ancestors = {t.i for t in source.cue.ancestors}
            reporters = [s for s in sources if s.name and s.name not in attributed and s.cue.i in ancestors]
            if reporters:
                return reporters[0].name
    return None
