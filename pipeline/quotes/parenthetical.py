"""Attributions set inside the sentence they report: "according to X", "..., activists said, ...",
"as X noted, ...". Each returns the content as (start, end, text) in characters, the parts around the
attribution joined by a space, or None when the cue is not in its construction."""

from __future__ import annotations

from spacy.tokens import Token

from ..speakers import role_words
from .beside import content_read_as_an_apposition, source_run_into_content
from .cues import as_one_puts_it
from .lexicon import SUBJECT_DEPS, WORD_RE
from .parsed import ParsedArticle
from .sources import could_speak
from .spans import trimmed
from .titled_names import name_apposed_after_according


def subtree_bounds(token: Token) -> tuple[int, int]:
    return token.left_edge.i, token.right_edge.i + 1


def according_content(article: ParsedArticle, cue: Token) -> tuple[int, int, str] | None:
    """The sentence around "according to X", minus that phrase: (start, end, text) in characters."""
    sent = cue.sent
    phrase_start, phrase_end = subtree_bounds(cue)
    to = next((c for c in cue.children if c.lower_ == "to"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if source is not None and (holder := name_apposed_after_according(article, source)) is not None:
        phrase_end = article.token_at(article.entity_covering(holder).end - 1) + 2  # past the name and its comma
        phrase_start = min(phrase_start, cue.i)
    elif source is not None and (inner := source_run_into_content(article, source)).i != source.i:
        phrase_end = inner.i + 1  # "According to SANA news agency terrorists fired ...": the content's subject stays
    elif source is not None and (subject := content_read_as_an_apposition(source)) is not None:
        phrase_end = subject.left_edge.i  # "According to the Al Masdar outlet the coalition bombed ..."
    if source is not None and source.ent_type_ == "PERSON":
        phrase_end = past_an_apposed_office(article.doc, phrase_end, sent.end)
    text = article.text
    lo, hi = article.line_of(cue.idx)
    sent_start, sent_end = max(sent.start_char, lo), min(sent.end_char, hi)
    left = (sent_start, article.doc[phrase_start].idx) if article.doc[phrase_start].idx > sent_start else None
    right_start = article.doc[phrase_end].idx if phrase_end < len(article.doc) else sent_end
    right = (right_start, sent_end) if right_start < sent_end else None
    parts = [trimmed_punct(text, *p) for p in (left, right) if p is not None]
    kept = [p for p in parts if len(WORD_RE.findall(text[p[0] : p[1]])) >= 3]
    if left is not None and right is not None and len(kept) == 1 and kept[0] == parts[-1] and subject_before_the_phrase(cue, phrase_start):
        kept = parts  # "The convoy, according to the Red Crescent, carried food": the subject is the content's
    return joined(text, kept)


def subject_before_the_phrase(cue: Token, phrase_start: int) -> bool:
    """Whether the words before "according to X" hold the subject of the verb the phrase hangs on ("The
    convoy, according to ..., carried"): a short subject is still the content's."""
    verb = cue.head
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i < phrase_start for c in verb.children)


APPOSED_OFFICE_REACH = 12  # tokens of ", a State Department spokesman," after a source


def past_an_apposed_office(doc, end: int, sent_end: int) -> int:
    """The token after ", a State Department spokesman," when it follows a person's name ending at `end`
    ("According to Mark Toner, a State Department spokesman, the talks ..."): the office is the source's,
    not the content's; `end` when no such apposition follows, or when it opens with "the" ("According
    to the Observatory, the commander, a veteran of the war, was killed": the content's own subject)."""
    if end >= sent_end or doc[end].text != ",":
        return end
    close = next((t.i for t in doc[end + 1 : min(sent_end, end + APPOSED_OFFICE_REACH)] if t.text == ","), None)
    if close is None:
        return end
    between = doc[end + 1 : close]
    if not len(between) or between[0].lower_ == "the":
        return end  # "According to Jane Doe, the commander, a veteran, was killed": the content's subject
    if any(t.pos_ in ("VERB", "AUX") for t in between) or not any(
        t.pos_ == "NOUN" and (t.lemma_.lower() in role_words() or t.lower_ in role_words()) for t in between
    ):
        return end
    return close + 1


def medial_attribution(article: ParsedArticle, cue: Token) -> tuple[int, int, str] | None:
    """ "The attack, activists said, killed 20 people": a reporting clause set off by commas inside the
    sentence it reports (the parser hangs it on the main verb as parataxis). The content is the sentence
    without the parenthetical: (start, end, text) in characters, the two parts joined by a space.
    Not a clause with its own object or content ("he said, adding that ..."), nor one opening or closing
    the sentence (those are the ordinary pre- and postposed layouts)."""
    if cue.dep_ != "parataxis" or cue.head.pos_ not in ("VERB", "AUX"):
        return None
    addressee = cue.lemma_.lower() == "tell"  # "The deal, she told AFP, was ...": "AFP" is whom she told
    if any(
        c.dep_ in ("ccomp", "xcomp", "nsubjpass", "auxpass") or (c.dep_ == "dobj" and not addressee)
        for c in cue.children
    ):
        return None
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subject is None or not could_speak(subject):
        return None
    doc, sent = cue.doc, cue.sent
    # "Still, it said, even as ...": a sentence adverb the parse hung on the cue opens the sentence, not the clause
    adverbs = {t.i for c in cue.children if c.dep_ == "advmod" and c.i < subject.i for t in c.subtree}
    inside = [t.i for t in cue.subtree if not (t.is_punct and t.head.i == cue.i) and t.i not in adverbs]
    first, last = min(inside), max(inside) + 1  # the commas setting it off hang on the cue too
    if first <= sent.start or last >= sent.end - 1:
        return None
    if doc[first - 1].text != "," or doc[last].text != ",":
        return None  # the clause must be set off by commas on both sides
    text = article.text
    lo, hi = article.line_of(cue.idx)
    left = trimmed_punct(text, max(sent.start_char, lo), doc[first - 1].idx)
    right = trimmed_punct(text, doc[last].idx + 1, min(sent.end_char, hi))
    if len(WORD_RE.findall(text[right[0] : right[1]])) < 2 or left[0] >= left[1]:
        return None
    if not any(t.dep_ in SUBJECT_DEPS and t.head.i == cue.head.i for t in doc[sent.start : first]):
        return joined(text, [right])  # "Still, it said, ...": an adverb, not content
    if last + 1 < sent.end and narrated_after(doc[last + 1], cue.head):
        return joined(text, [left])  # "The army took the district, residents said, as the UN warned ..."
    return joined(text, [left, right])


# Words opening an adverbial clause or phrase the writer adds after a report that closes its clause
NARRATION_OPENERS = frozenset({"as", "amid"})  # not "after/when/while": "will resume, he said, after both sides agree"


def narrated_after(opener: Token, host: Token) -> bool:
    """Whether what follows a medial attribution is the writer's own adverbial ("..., residents said, as
    the UN warned of a catastrophe", "..., amid fears of ..."): a clause or phrase on the reported verb
    that the attribution has already closed."""
    if opener.lower_ not in NARRATION_OPENERS:
        return False
    head = opener.head if opener.dep_ in ("mark", "advmod") else opener
    # a past event the writer narrates ("took the district, residents said, as the UN warned"); a report
    # of what will happen keeps its condition ("will leave, he said, as soon as the road opens")
    return head.dep_ in ("advcl", "prep") and head.head.i == host.i and host.tag_ == "VBD"


def trimmed_punct(text: str, start: int, end: int) -> tuple[int, int]:
    start, end = trimmed(text, start, end)
    while end > start and text[end - 1] in ",.;:–—-":
        end -= 1
    while start < end and text[start] in ",;:–—-":
        start += 1
    return trimmed(text, start, end)



# Children of a cue that give it words of its own to report: then "as" is not a comment clause
# ("as he said goodbye", "as Russia said it would").
OWN_CONTENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd"})


# Prepositions that take a verb's own object ("called for a ceasefire", "warned of a catastrophe"); not
# "on"/"to", which say where or to whom ("as Lavrov said on Twitter", "as the envoy said to reporters")
VERB_OBJECT_PREPOSITIONS = frozenset({"for", "of", "about", "over"})


def is_time_phrase(prep: Token) -> bool:
    """ "on Monday", "on 3 May": a preposition whose object is a date or time, not what a verb is about."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def as_comment_clause(article: ParsedArticle, cue: Token) -> tuple[int, int, str] | None:
    """ "As the minister said on Monday, the city is safe", "The city, as he noted, is safe", "even if,
    as Smith noted, it made the plan costly": a comment clause opened by "as" reports the clause it
    hangs on. The content is that clause without the comment clause and without the conjunctions that
    tie it to a clause outside ("even if"). Not a cue with words of its own ("as he said goodbye"), nor
    one whose subject cannot speak ("as the shelling intensified")."""
    if cue.dep_ != "advcl" or cue.head.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" and c.i == cue.left_edge.i for c in cue.children):
        return None
    if any(c.dep_ in OWN_CONTENT_DEPS and not (c.dep_ == "dobj" and as_one_puts_it(cue)) for c in cue.children):
        return None  # "as he said goodbye"; but "as he put it" has no words of its own
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subject is None or not could_speak(subject):
        return None
    if any(c.dep_ == "prep" and c.lower_ in VERB_OBJECT_PREPOSITIONS and not is_time_phrase(c) for c in cue.children):
        return None  # "as the UN called for a ceasefire", "as rebels warned of ...": words of its own, a time clause
    host, doc, text = cue.head, cue.doc, article.text
    ties = {t.i for c in host.children if c.dep_ in ("mark", "advmod") and c.i < cue.i for t in c.subtree}
    if not any(doc[i].dep_ == "mark" for i in ties):
        ties = set()  # a main clause's adverbs are its own words ("Still, as he said, ...")
    first, last = subtree_bounds(cue)
    if as_one_puts_it(cue):
        # "is, as Jane Doe put it, a slow death": the clause ends at "it" (and its "on Monday"), whatever
        # else the parse hung on "put"
        it = next(c for c in cue.children if c.dep_ == "dobj" and c.lower_ == "it")
        last = max([it.i + 1] + [c.right_edge.i + 1 for c in cue.children if c.dep_ == "prep" and c.i > it.i])
    words = [t for t in host.subtree if not first <= t.i < last and t.i not in ties]
    left = [t for t in words if t.i < first]
    right = [t for t in words if t.i >= last]
    lo, hi = article.line_of(cue.idx)
    parts = []
    for run in (left, right):
        if run:
            start = max(run[0].idx, lo)
            end = min(run[-1].idx + len(run[-1]), hi)
            parts.append(trimmed_punct(text, start, end))
    parts = [p for p in parts if p[0] < p[1]]
    return joined(text, parts) if sum(len(WORD_RE.findall(text[a:b])) for a, b in parts) >= 3 else None


def joined(text: str, parts: list[tuple[int, int]]) -> tuple[int, int, str] | None:
    """The content around an attribution: (start of the first part, end of the last, the parts' text
    joined by a space), or None when no part is left."""
    if not parts:
        return None
    return parts[0][0], parts[-1][1], " ".join(text[a:b] for a, b in parts)
