"""Direct quotes attributed to their cue: after the closing mark, before the opening, between parts."""

from __future__ import annotations

import bisect
import itertools
import re

from spacy.tokens import Token
from unidecode import unidecode

from ..entities import find_known_name
from ..entities.given_names import given_name_table
from ..entities.lexicon import LOWER_NAME_WORDS, title_words_without_stops
from ..outlets.registry import outlet_registry
from ..speakers import FEMALE_PRONOUNS, MALE_PRONOUNS, event_nouns
from .cues import characterising_verb_before, is_cue, naming_verb_before, speakers_naming
from .found import Found
from .framed import (
    colon_opening,
    in_the_words_of,
    names_a_work,
    words_described_before_a_colon,
    words_named_after,
    words_named_before_a_colon,
)
from .headlines import speaker_before_a_headline_colon
from .held_names import longer_canonical
from .indirect import content_tokens
from .lexicon import (
    BODY_NAME_HEADS,
    FINITE_TAGS,
    MAX_INHERIT_GAP,
    MAX_LONG_SPLIT_GAP,
    MAX_SHORT_WORDS,
    MAX_SPLIT_GAP,
    RIGHT_ZONE_NEXT_SENTENCE_TOKENS,
    SENTENCE_END_MARKS,
    SENTENCE_END_RE,
    SUBJECT_DEPS,
    WORD_RE,
)
from .parenthetical import according_content
from .parsed import ParsedArticle, sentence_bounds
from .phrases import Speaker, describe
from .sources import could_speak
from .spans import QuoteSpan, is_heading, single_pairs, trimmed

# ---------------------------------------------------------------------------------------------------
# Attribution of direct quotes


def right_cue(article: ParsedArticle, span: QuoteSpan, next_open: int | None) -> Token | None:
    """The speech verb just after the closing mark: '", he said', '" Kerry told reporters'."""
    doc = article.doc
    if span.close_mark is None:
        return None
    first = article.token_at(span.close_mark) + 1
    _, sent_end = sentence_bounds(article, span.close_mark)
    if first >= sent_end and first < len(doc):
        sent_end = min(doc[first].sent.end, first + RIGHT_ZONE_NEXT_SENTENCE_TOKENS)
    for token in doc[first:sent_end]:
        if next_open is not None and token.idx >= next_open:
            break
        if article.in_quote(token.idx) or "\n" in token.text:
            break
        if is_cue(token):
            if token.sent.start_char > span.close_mark and (
                content_tokens(token) is not None or (token.lower_ == "according" and reports_a_clause(article, token))
            ):
                # '"...". The Russian military said two jets flew ...', '"...". According to the UN
                # official, the economy ...': a new report with content of its own
                return None
            return token
        if describes_the_speaker(token, first):
            continue  # '"...," Raed Ahmed, who heads the centre, told SANA': the clause is about the speaker
        if token.dep_ in ("aux", "auxpass", "neg") and token.head.i > token.i and token.sent.start_char <= span.close_mark:
            # '"...," Jane Doe has said', '"...," the commander would later say': the verb follows. Not in a
            # new sentence ('"..." The ministry has rejected the accusation.'): that reports no quote here.
            continue
        if (
            (token.pos_ in ("VERB", "AUX") and token.dep_ not in ("amod", "compound"))
            or token.pos_ == "CCONJ"
            or (token.text in (".", "!", "?", ";"))
        ):
            return None  # another clause starts before any cue: the quote is not attributed here
    return None


# Verbs of thought and perception: '"Too late," she thought' reports no speech.
NOT_SPEECH_AFTER_QUOTE = frozenset(
    {"think", "feel", "hear", "see", "know", "believe", "hope", "fear", "wish", "want", "remember", "realise", "realize"}
)
SUBJECT_ZONE_POS = ("PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM")
MAX_ATTRIBUTION_ZONE_TOKENS = 16


def reports_a_clause(article: ParsedArticle, according: Token) -> bool:
    """Whether "according to X" carries content of its own with a finite verb ("According to the UN
    official, the economy continues to decline"), not a phrase about the source ("According to the
    driver, speaking by phone from Aleppo.")."""
    content = according_content(article, according)
    if content is None:
        return False
    span = article.doc.char_span(content[0], content[1], alignment_mode="expand")
    return span is not None and any(t.tag_ in FINITE_TAGS for t in span)


def postposed_attribution(article: ParsedArticle, span: QuoteSpan, next_open: int | None) -> tuple[Token, Token] | None:
    """(verb, subject head) of the attribution a quote ending in a comma, "?" or "!" takes after its
    closing mark when that attribution is a clause of its own: a noun phrase, an optional apposition
    and a verb ('"Go register," Trump implored.', '"Our homes are gone," Umm Ahmad, a mother of four,
    sobbed.'), or the verb first ('"Why now?" wondered one resident.'), then at most adverbs and
    prepositional phrases to the sentence's end or the next quote. In that layout the verb reports the
    quoted words whatever verb it is ("pleaded", "chanted", "scoffed"), so it needs no lexicon; verbs
    of thought and perception are not speech. The parse often misreads such clauses (a name read as a
    verb), so the layout is read from the words themselves."""
    if span.close_mark is None:
        return None
    content = article.text[span.start : span.end].rstrip()
    if not content or content[-1] not in ",?!":
        return None
    doc = article.doc
    first = article.token_at(span.close_mark) + 1
    zone: list[Token] = []
    for token in doc[first : first + MAX_ATTRIBUTION_ZONE_TOKENS + 1]:
        if (next_open is not None and token.idx >= next_open) or "\n" in token.text or article.in_quote(token.idx):
            break
        if token.text in (".", "!", "?", ";", ":"):
            break
        zone.append(token)
    else:
        return None  # no sentence end near: a longer clause, not an attribution
    while zone and zone[-1].text == ",":
        zone.pop()
    following = doc[zone[-1].i + 1] if zone and zone[-1].i + 1 < len(doc) else None
    if not zone or (following is not None and following.text in (";", ":")):
        return None
    v = next((i for i, t in enumerate(zone) if _reads_as_attribution_verb(t)), None)
    if v is None or zone[v].lemma_.lower() in NOT_SPEECH_AFTER_QUOTE:
        return None
    if v > 0:  # '"...," the old man pleaded with the soldiers.'
        subject, rest = zone[:v], zone[v + 1 :]
        if subject[-1].text == ",":
            subject = subject[:-1]  # the comma closing an apposition
        if any(t.pos_ not in ("ADV", "ADP", "DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "PART") for t in rest):
            return None
        if rest and rest[0].pos_ not in ("ADV", "ADP", "PRON", "PART"):
            return None  # 'the soldiers left the town': a verb with an object of its own is no attribution
    else:  # '"Why now?" wondered one resident.'
        subject = zone[1:]
    if not subject or subject[0].pos_ == "CCONJ" or any(
        not (t.pos_ in SUBJECT_ZONE_POS or t.text[:1].isupper() or t.tag_ == "POS" or t.text == "," or t.pos_ in ("ADP", "CCONJ"))
        for t in subject
    ):
        return None
    # The head: the last noun of the phrase before any apposition or prepositional phrase.
    phrase = list(itertools.takewhile(lambda t: t.text != "," and t.pos_ != "ADP", subject))
    nominal = [t for t in phrase if t.pos_ in ("PROPN", "NOUN", "PRON") or t.text[:1].isupper()]
    if not nominal or nominal[-1].lemma_.lower() in event_nouns():
        return None
    return zone[v], nominal[-1]


def _reads_as_attribution_verb(token: Token) -> bool:
    """A lower-case past or present verb form ("pleaded", "implores"); capitalised words in the zone
    are names the parse may have read as verbs ("Trump")."""
    return token.text[:1].islower() and token.tag_ in ("VBD", "VBZ", "VBN", "VBP") and token.pos_ in ("VERB", "AUX")


SPEAKER_MODIFIER_DEPS = ("relcl", "acl", "appos")


def describes_the_speaker(token: Token, zone_start: int) -> bool:
    """Whether a token after a closing mark sits in a relative clause, participle or apposition
    hanging on a noun after the mark (the speaker's description), not in a clause of its own."""
    return any(
        a.dep_ in SPEAKER_MODIFIER_DEPS and a.head.i >= zone_start and a.head.pos_ in ("PROPN", "NOUN")
        for a in (token, *token.ancestors)
        if a.i >= zone_start
    )


def left_cue(article: ParsedArticle, span: QuoteSpan, previous_close: int | None) -> Token | None:
    """The speech verb before the opening mark that governs the quote: 'Kerry said: "...', 'urged X to "..."'."""
    doc = article.doc
    open_token = article.token_at(span.open_mark)
    sent_start, _ = sentence_bounds(article, span.open_mark)
    first_inside = doc[min(open_token + 1, len(doc) - 1)]
    ancestors = set(t.i for t in first_inside.ancestors)
    finite_between = False
    for i in range(open_token - 1, sent_start - 1, -1):
        token = doc[i]
        if previous_close is not None and token.idx <= previous_close:
            break
        if i + 1 < open_token and ends_a_sentence(token, doc[i + 1]):
            break  # a full stop the parse ran over: the sentence before has its own verbs
        if is_cue(token) and (token.i in ancestors or not finite_between):
            return token
        if token.tag_ in FINITE_TAGS:
            finite_between = True
    return None


MAX_INTRODUCER_TOKENS = 14  # "The spokesman of the Syrian foreign ministry went further:"


def colon_introducer(article: ParsedArticle, span: QuoteSpan) -> Token | None:
    """The verb of a short clause ending in the colon a quote opens after, when its subject can speak,
    whatever the verb ('Mook agreed: "..."', 'The ministry went further: "..."'); None otherwise ('The
    sign read: "..."', 'Aleppo: "..."'). A name line without a verb ('Jane Doe, The Daily Example: "..."')
    is left alone: pages use that layout for captions and embedded posts as well as for comments. The
    colon may end the paragraph before the quote's ('Mook had a warning for donors:' then the quote as
    its own paragraph)."""
    doc = article.doc
    colon = colon_opening(article, span)
    if colon is None:
        return None
    sent_start, _ = sentence_bounds(article, colon.idx)
    start = max(article.token_at(sent_start), colon.i - MAX_INTRODUCER_TOKENS)
    words = [t for t in doc[start : colon.i] if not t.is_space]
    if not words or any(article.in_quote(t.idx) or "\n" in t.text for t in words):
        return None
    # "... before the candidate arrived at the fairground. Trump: "...": the parse may run two sentences into
    # one; the clause that introduces the quote starts after the last full stop ("Talks collapsed on Monday.
    # The ministry went further: "..."" keeps the ministry; "Trump:" alone is a name line, left alone).
    ends = [n for n, (t, nxt) in enumerate(itertools.pairwise(words)) if ends_a_sentence(t, nxt)]
    words = words[ends[-1] + 1 :] if ends else words
    verbs = [t for t in words if t.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" for c in t.children)]
    if not verbs:
        return None
    # a verb of saying introduces ahead of a clause inside its object ("told Reuters what she wants:")
    verb = next((v for v in verbs if is_cue(v)), verbs[-1])
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    return verb if could_speak(subject) and subject.i >= words[0].i else None


def ends_a_sentence(token: Token, following: Token) -> bool:
    """Whether a full stop (or "!", "?") ends a sentence before `following`: a capital comes next. "D.C."
    and "U.S." keep their stops inside one token and never end one here."""
    return token.text in SENTENCE_END_MARKS and following.text[:1].isupper()


def gap_cue(article: ParsedArticle, span: QuoteSpan) -> Token | None:
    """The cue between the parts of a quote split by its attribution ('"A," he said, "B"')."""
    lo, hi = article.token_at(span.parts[0][1]), article.token_at(span.parts[1][0])
    return next((t for t in article.doc[lo : hi + 1] if is_cue(t)), None)


def nested_quotes(article: ParsedArticle, found: list[Found]) -> list[Found]:
    """Quotes inside a quote with their own cue ('... Kerry's words. He said: 'Whoever wants ...'').

    Inside a quote "I" is the quoted speaker, so "he"/"she" there means the nearest person the quote
    itself names before the cue, not the outer speaker.
    """
    text, doc = article.text, article.doc
    nested: list[Found] = []
    for outer in [f for f in found if f.kind == "direct" and f.span is not None and not f.span.single]:
        for a, b in single_pairs(text, outer.start, outer.end, []):
            start, end = trimmed(text, a + 1, b)
            before = [t for t in doc[article.token_at(outer.start) : article.token_at(a)] if not t.is_punct]
            cue = before[-1] if before and is_cue(before[-1]) else None
            if cue is None or len(WORD_RE.findall(text[start:end])) <= MAX_SHORT_WORDS:
                continue
            subject = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS), None)
            speaker = None
            if subject is not None and subject.lower_ in MALE_PRONOUNS | FEMALE_PRONOUNS:
                persons = [
                    e
                    for e in article.entities
                    if outer.start <= e.start < subject.idx and e.label == "PERSON"
                ]
                if persons:
                    name = longer_canonical(article, persons[-1])
                    speaker = Speaker(name, subject.text, None, "PERSON", subject.idx, named=False)
            elif subject is not None:
                speaker = describe(article, subject, cue)
            nested.append(Found(start, end, text[start:end], "direct", cue, None, speaker))
    return nested


def cue_adjacent(article: ParsedArticle, span: QuoteSpan, cue: Token | None, side: str) -> bool:
    """Whether the cue touches the quote: only punctuation, "that" or the speaker between them."""
    if cue is None:
        return False
    doc = article.doc
    if side == "left":
        between = doc[cue.i + 1 : article.token_at(span.open_mark)]
        return all(t.is_punct or t.lower_ == "that" for t in between)
    content = article.text[span.start : span.end].rstrip()
    if not content or content[-1] not in ",.!?":
        return False
    return cue.i - article.token_at(span.close_mark) <= 5 or only_its_subject_between(article, span, cue)


def only_its_subject_between(article: ParsedArticle, span: QuoteSpan, cue: Token) -> bool:
    """Whether everything between a quote's closing mark and the speech verb after it is the verb's
    subject: '"It's a catastrophe," the U.N. agency's chief, Philippe Lazzarini, told AP' attributes its
    short quote as plainly as '"Too late," he said' does, however long the source's description."""
    first = article.token_at(span.close_mark) + 1
    between = article.doc[first : cue.i]
    subjects = {t.i for c in cue.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    if subjects and all(t.i in subjects or t.is_punct for t in between):
        return True
    # The parse often hangs such a phrase on the quoted clause: one noun phrase (a single token of it
    # hangs outside it) with no verb of its own ("the agency's chief, Philippe Lazzarini,"), not two
    # ("a word the opposition" used).
    words = [t for t in between if not t.is_punct]
    inside = {t.i for t in words}
    return (
        bool(words)
        and words[0].pos_ in ("DET", "PROPN", "NOUN", "ADJ", "PRON", "NUM")
        and all(t.pos_ in (*SUBJECT_ZONE_POS, "PART", "ADP", "CCONJ") or t.tag_ == "POS" for t in words)
        and sum(t.head.i not in inside for t in words) == 1
    )

def direct_quotes(article: ParsedArticle, spans: list[QuoteSpan]) -> list[Found]:
    text = article.text
    merged = merge_split_quotes(article, spans)
    article.quoted = [part for s in merged for part in s.parts]
    found: list[Found] = []
    for n, span in enumerate(merged):
        next_open = merged[n + 1].open_mark if n + 1 < len(merged) else None
        previous_close = merged[n - 1].after_close if n > 0 else None
        right = right_cue(article, span, next_open)
        postposed = postposed_attribution(article, span, next_open) if right is None else None
        if postposed is not None:
            right = postposed[0]
        left = None if right is not None else left_cue(article, span, previous_close)
        single = len(span.parts) == 1
        characterised = characterising_verb_before(article, span) if single else None
        naming = (characterised or naming_verb_before(article, span)) if single else None
        if naming is not None and characterised is None and not speakers_naming(naming):
            continue  # a title the writer cites ('known as "..."'), whatever cue follows it
        if single and names_a_work(article, span):
            continue  # 'her film "For Sama: A Letter to My Daughter"
        if right is None and left is None and naming is not None:
            left = naming  # 'The rebels called it "..."', 'dismissed it as "..."': the subject's words
        if right is None and left is None and not single:
            right = gap_cue(article, span)
        source = postposed[1] if postposed is not None else None
        if right is None and left is None:
            left = colon_introducer(article, span)
        if right is None and left is None and (named := speaker_before_a_headline_colon(article, span)) is not None:
            left, source = named  # 'Lavrov: "The West is protecting terrorists"'
        if right is None and left is None and (named := in_the_words_of(article, span)) is not None:
            left, source = named  # 'In the words of Abu Omar, "..."'
        if right is None and left is None and (named := words_named_after(article, span)) is not None:
            left, source = named  # '"Our patience has limits." That was the message from X.'
        if right is None and left is None and (named := words_described_before_a_colon(article, span)) is not None:
            left, source = named  # 'The minister's message was blunt: "..."'
        if right is None and left is None and (named := words_named_before_a_colon(article, span)) is not None:
            left, source = named  # 'Doe's response: "..."'
        if (
            right is None and left is None and is_heading(text[slice(*article.line_of(span.open_mark))])
            and not person_after_a_dash(article, span)
        ):
            continue  # a headline's quote with no speaker of its own: a title's quote marks ('Syria: "..."')
        content = " ".join(text[a:b] for a, b in span.parts)
        short = single and len(WORD_RE.findall(content)) <= MAX_SHORT_WORDS
        if short and not (
            cue_adjacent(article, span, right, "right")
            or cue_adjacent(article, span, left, "left")
            or (left is not None and naming is not None and left.i == naming.i)
        ):
            continue  # a scare quote or a title
        found.append(Found(span.start, span.end, content, "direct", right or left, span, source=source))
    article.quoted = [part for f in found if f.span is not None for part in f.span.parts]
    return found


def merge_split_quotes(article: ParsedArticle, spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """Join '"A," he said, "B"' into one quote: a short cue-bearing gap ending in a comma or colon."""
    merged: list[QuoteSpan] = []
    for span in spans:
        if merged and is_split_pair(article, merged[-1], span):
            merged[-1].parts.extend(span.parts)
            merged[-1].close_mark = span.close_mark
            continue
        if merged and span.start < merged[-1].end:
            continue  # nested inside the previous quote
        merged.append(QuoteSpan(list(span.parts), span.open_mark, span.close_mark, span.line, span.single))
    return merged


def is_split_pair(article: ParsedArticle, first: QuoteSpan, second: QuoteSpan) -> bool:
    text = article.text
    if first.close_mark is None or first.line != second.line or first.single != second.single:
        return False
    gap = text[first.close_mark + 1 : second.open_mark]
    head = text[first.start : first.end].rstrip()
    # A longer attribution ('"We have nothing left," said X, the director of Y, a Paris-based group,
    # "except our testimony."') when the second part goes on with the sentence in lower case
    goes_on = text[second.start : second.start + 1].islower()
    if len(gap) > (MAX_LONG_SPLIT_GAP if goes_on else MAX_SPLIT_GAP) or SENTENCE_END_RE.search(gap) or not head or head[-1] in ".!?":
        return False
    if not gap.rstrip().endswith((",", ":")):
        return False
    if reported_before(article, first):
        return False  # 'He said the children "cannot sleep", and added: "We have nothing."': two statements
    lo, hi = article.token_at(first.close_mark + 1), article.token_at(second.open_mark)
    cues = [t for t in article.doc[lo : hi + 1] if is_cue(t)]
    if len(gap) > MAX_SPLIT_GAP and (len(cues) > 1 or ";" in gap):
        return False  # '"...," said X, ...; his commander, Y, said, "nothing could ..."': two speakers
    return bool(cues)

def reported_before(article: ParsedArticle, span: QuoteSpan) -> bool:
    """A cue earlier in the quote's sentence reports it: 'He said the children "cannot sleep"' quotes
    words inside reported speech (a partial quote), so the quote is not the first half of
    '"A," he said, "B"', which opens with its quote."""
    opening = article.token_at(span.open_mark)
    sentence = article.doc[opening].sent
    return any(is_cue(t) for t in article.doc[sentence.start : opening])


def inherit(article: ParsedArticle, found: list[Found], lines: list[tuple[int, int]]) -> None:
    """An unattributed direct quote keeps the speaker of the quote just before it, when the text makes that plain.

    Plain means: the previous direct quote is in the same paragraph with only a short attribution
    ("he said.") between them, or this quote opens its paragraph and the previous paragraph ends
    with that speaker's quote (at most a short attribution after it).
    """
    text = article.text
    directs = [f for f in found if f.kind == "direct"]
    line_starts = [lo for lo, _ in lines]
    for previous, current in itertools.pairwise(directs):
        if current.cue is not None or previous.speaker is None:
            continue
        carried = previous.speaker.carried()
        if carried.name is None and carried.description is None:
            continue  # "he said" that nothing resolved: nothing to carry
        assert current.span is not None and previous.span is not None
        gap_start = previous.span.after_close
        same_line = previous.span.line == current.span.line
        n = bisect.bisect_right(line_starts, current.span.open_mark) - 1
        if same_line:
            plain = current.span.open_mark - gap_start <= MAX_INHERIT_GAP
        else:
            opens_line = n >= 0 and not text[lines[n][0] : current.span.open_mark].strip()
            prev_line_end = lines[n - 1][1] if n >= 1 else 0
            plain = (
                opens_line and previous.span.line == n - 1 and prev_line_end - gap_start <= MAX_INHERIT_GAP
            )
        if plain:
            current.speaker = carried


def inherit_forward(article: ParsedArticle, found: list[Found]) -> None:
    """'"Samples" where the attack took place have "tested positive" Rycroft told ...': an unattributed
    direct quote takes the speaker of the next direct quote when both sit in one sentence."""
    directs = [f for f in found if f.kind == "direct"]
    for current, following in itertools.pairwise(directs):
        if current.cue is not None or current.speaker is not None or following.speaker is None:
            continue
        if following.speaker.name is None:
            continue
        sentence = article.doc[article.token_at(current.start)].sent
        if following.start < sentence.end_char:
            current.speaker = following.speaker.carried()


# '"...." —Khaled Omar, a rescuer' ends its paragraph: a dash, a name, an optional description.
DASH_ATTRIBUTION_RE = re.compile(r"[ \t]*(?:—|–|-{1,2})[ \t]*(?P<name>[A-Z][^,\n]{1,60}?)[ \t]*(?:,[^\n]{0,100})?[ \t]*$")


def person_past_a_title(article: ParsedArticle, at: int, words: list[str]) -> tuple[int, list[str]]:
    """ "—Dr Ahmed Saleh, director of ...": the name a dash attribution gives, past the titles before it
    (start offset, words). A title word that opens a body's name stays ("— Captain Tom Foundation", "—
    King Hussein Cancer Center"), as does one whose remainder is no name ("— Director Of Health Affairs")."""
    end = at + len(" ".join(words))
    person = next((e for e in article.entities if at < e.start < end and e.label == "PERSON" and e.end >= end - 1), None)
    heads_a_body = any(w.lower().strip(",.") in BODY_NAME_HEADS for w in words)
    if person is not None and not heads_a_body and article.text[at : person.start].split()[-1:] != ["of"]:
        # "— Supreme Leader Ali Khamenei", "— Director of Health Affairs Hussein Ali": the person the
        # office ends in ("— Friends of Jane Doe" names a body)
        return person.start, article.text[person.start : end].split()
    titles = title_words_without_stops()
    start, rest = at, words
    while len(rest) > 2 and rest[0].lower().rstrip(".") in titles:
        start, rest = article.text.index(rest[1], start + len(rest[0])), rest[1:]
    if rest is words:
        return at, words
    body = next((e for e in article.entities if e.start <= at < e.end and e.label != "PERSON"), None)
    if (
        (body is not None and body.end > start)
        or heads_a_body
        or rest[0].lower() in LOWER_NAME_WORDS
    ):
        return at, words
    return start, rest


def dash_attribution_after(article: ParsedArticle, span: QuoteSpan) -> re.Match | None:
    """The dash and name that end the quote's paragraph after its closing mark ('"The city is dying," -
    Omar Khaled, rescuer'), else None. A line that short is no headline: its quote has a speaker."""
    if span.close_mark is None:
        return None
    after = span.close_mark + 1
    _, line_end = article.line_of(after)
    match = DASH_ATTRIBUTION_RE.match(article.text, after, line_end)
    if match is None or match.end() != line_end or outlet_registry().named(match.group("name").strip()):
        return None  # '... "The city is dying" - Example News': a page title's site name, no speaker
    return match


def person_after_a_dash(article: ParsedArticle, span: QuoteSpan) -> bool:
    """Whether the dash attribution after the quote names a person the entity stage knows: only then is a
    short line with no sentence end a pull quote, not a headline ('"The world has abandoned us" - Voices
    from eastern Aleppo', '"..." - Photo: Reuters')."""
    if (match := dash_attribution_after(article, span)) is None:
        return False
    at, words = person_past_a_title(article, match.start("name"), match.group("name").split())
    if any(e.start <= at < e.end and e.label == "PERSON" for e in article.entities):
        return True
    # A name the entity stage missed on a line this short: one the alias table knows as a person ("Kerry"),
    # or one opening with a given name ("Samantha Power", "Mahmoud, 12", "Hamza al-Khatib, director of ...")
    known = find_known_name(" ".join(words))
    return (known is not None and known.label == "PERSON") or unidecode(words[0]).lower() in given_name_table()


def attributed_by_dash(article: ParsedArticle, found: list[Found]) -> None:
    """'"We will not leave." —Khaled Omar, a rescuer': a quote followed, to the end of its paragraph,
    by a dash and a name is that person's (the layout of pull quotes and quote lists). The name is
    the entity's canonical when the entity stage knows it, else the words as written."""
    for item in found:
        if item.kind != "direct" or item.cue is not None or item.speaker is not None or item.span is None:
            continue
        if (match := dash_attribution_after(article, item.span)) is None:
            continue
        at, words = person_past_a_title(article, match.start("name"), match.group("name").split())
        entity = next((e for e in article.entities if e.start <= at < e.end), None)
        if entity is not None and entity.label in ("PERSON", "ORG", "ARMED_GROUP"):
            name, label = entity.canonical, entity.label
        elif all(word[:1].isupper() for word in words):
            name, label = " ".join(words), None
        else:
            continue
        item.speaker = Speaker(name, match.group("name").strip(), None, label, at, named=True)
