"""Who said what: direct and indirect quotes with their speakers, from one parsed article.

Direct quotes are found by pairing quote marks in the text (never raising on odd counts), indirect
quotes from a speech verb's content clause in the dependency parse. Speakers come from the parse
(subject of the speech verb, "according to X", inversions, appositions); pronouns and descriptions
resolve to the nearest compatible named speaker earlier in the article (pipeline.speakers).
The rules are documented in docs/speakers.md.

Offsets: a direct quote's start/end cover its content without the marks. A quote split by its
attribution ('"A," he said, "B"') or running over paragraphs is one Quote: start is the first part's
start, end the last part's end, and `quote` joins the parts' texts with a space (the attribution
between them is left out).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..nlp import doc_text
from ..records import EntityMention, Quote
from ..speakers import (
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    ORG_PRONOUNS,
    ORG_SPEAKER_LABELS,
    KnownSpeaker,
    SpeakerHistory,
    described_gender,
    government_of_seat,
    person_role_in,
    role_words,
    side_of,
)
from .beliefs import without_beliefs_around_reports
from .canonical import known_canonical, known_name_among_descriptors
from .cues import comment_on_the_clause_before, cue_span, cue_text
from .descriptions import OUTLET_WITNESS_HEADS, REPORTER_HEADS, unnamed_description
from .direct import (
    attributed_by_dash,
    direct_quotes,
    inherit,
    inherit_forward,
    nested_quotes,
)
from .forward import resolve_forward
from .found import Found, content_end_before_source, fold_partial_quotes, holds_a_belief, written_span
from .headlines import credit_as_written, headline_credits
from .indirect import indirect_quotes
from .institutions import BARE_MINISTRY_RE, ministry_of_its_sentence_country, ministry_written_with_its_owner
from .joint import joint_sources, named_beside_an_unnamed_source
from .lead_ins import continued_from_sentence_before
from .lexicon import LINE_RE, SUBJECT_DEPS
from .parsed import ParsedArticle
from .parts import as_rows
from .persons import person_by_apposed_office
from .phrases import Speaker, describe
from .relay import relayed_report
from .resolution import resolve, subject_of_a_quoted_predicate
from .run_in import sources_run_into_contents
from .sources import relative_pronoun_subject, speaker_head
from .spans import quote_spans
from .unmarked import as_direct_speech


def quotes(
    doc: Doc, *, article_id: str, entities: Sequence[EntityMention], outlet: str | None = None
) -> list[Quote]:
    """Direct and indirect quotes in the article, with speakers (errors propagate: `analyse_doc` logs and counts them).

    Args:
        doc: the parsed article (doc.text is the cleaned article text all offsets index).
        article_id: copied to each record; quote_id is f"{article_id}:{start}".
        entities: the article's entity mentions; a speaker's name is the canonical of the mention
            covering it.
    """
    return _quotes(doc, article_id=article_id, entities=list(entities), outlet=outlet)


DATE_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday yesterday today".split()
)


def is_a_date(head: Token, article: ParsedArticle) -> bool:
    """Whether a subject the parse gave a cue is a date ("July", "Sunday"), which names no source; not a
    person the article names by that word ("Theresa May ... May said")."""
    if head.ent_type_ not in ("DATE", "TIME") or head.lower_ not in DATE_WORDS | {"week", "month", "year"}:
        return False
    return not any(e.label == "PERSON" and head.text in e.text.split() for e in article.entities)


def _quotes(
    doc: Doc, *, article_id: str, entities: list[EntityMention], outlet: str | None = None
) -> list[Quote]:
    text = doc_text(doc)
    if not text.strip() or len(doc) == 0:
        return []
    article = ParsedArticle(doc, entities, outlet=outlet)
    lines = [(m.start(), m.end()) for m in LINE_RE.finditer(text) if m.group().strip()]
    found = direct_quotes(article, quote_spans(text))
    found += indirect_quotes(article)
    for credit, head in headline_credits(article):
        if not any(g.start <= credit.start < g.end for g in found):
            credit.source = head
            found.append(credit)
    found.sort(key=lambda f: (f.start, f.kind))

    # what speech reports is talked about, not talking (a belief's clause stays out: speech rules as before)
    article.reported = [(f.start, f.end) for f in found if f.kind == "indirect" and not holds_a_belief(f)]
    # Relayed reports, whose inner report names the source: id -> (end, cue, head).
    found, relays = split_relays(article, found)
    sources_run_into_contents(article, found)
    history = SpeakerHistory()
    last_statement: Speaker | None = None
    countries_of_ministries: dict[str, str] = {}  # a bare ministry's name -> the country's ministry it was
    last_placed_ministry: str | None = None  # the ministry a bare "the ministry" stands for
    # Speakers in order of where they are named, so "he" looks back from its own position.
    for item in sorted(found, key=lambda f: f.cue.idx if f.cue is not None else f.start):
        if item.cue is None:
            continue
        relay = relays.get(id(item))
        if relay is not None:  # "..., the channel reported, Tass informs": the channel is the source
            item.end, item.cue, head = relay
            item.text = article.text[item.start : item.end]
        else:
            head = item.source if item.source is not None else speaker_head(item.cue, article)
        if head is None or article.in_quote(head.idx) or is_a_date(head, article):
            continue  # "On 2 July IS said" (IS read as a verb): a date never speaks
        described = describe(article, head, item.cue, within=item.source_within)
        if item.source_within is not None:
            described = credit_as_written(described)
        relative = relative_pronoun_subject(item.cue)
        if relative is not None and relative.head.dep_ == "relcl" and relative.head.head.i == head.i:
            # "three women who claimed ...": the women speak; the source phrase written there is "who".
            described.written = relative.text
        if described.pronoun in ORG_PRONOUNS and last_statement is not None:
            # "... the statement said. It added ...": "it" is the statement, so its issuer speaks.
            described.name, described.label = last_statement.name, last_statement.label
            described.named = True
        described = person_by_apposed_office(described)
        was_statement = role_words().get((described.pronoun or "").removeprefix("description:")) == "statement"
        speaker = resolve(article, described, history)
        # A ministry named by its field alone, or so described ("the defence ministry in Moscow", which the
        # resolver may leave unnamed), is read with the words written with it, else its sentence's country
        # (a name only: an unnamed one is not that of a country its content names), else as before
        written = speaker.name or _unnamed_source(speaker)
        if written is not None and BARE_MINISTRY_RE.match(written.strip()) is not None and (
            ministry := ministry_written_with_its_owner(article, speaker.text or written, speaker.position)
            or (ministry_of_its_sentence_country(article, written, speaker.position) if speaker.name else None)
            or countries_of_ministries.get(written)
        ):
            # "In Iraq a Defense Ministry statement said ... said the statement": Iraq's ministry, both times
            countries_of_ministries[written] = last_placed_ministry = ministry
            speaker.name, speaker.label = ministry, speaker.label or "ORG"
        elif written is not None and written.lower() == "ministry" and last_placed_ministry is not None:
            # "The defence ministry in Moscow said ... the ministry added": the ministry last placed
            speaker.name, speaker.label = last_placed_ministry, speaker.label or "ORG"
        item.speaker = speaker
        if holds_a_belief(item):
            continue  # "Putin thought ... '...,' he added": who holds a view is no speaker for later words
        last_statement = speaker if was_statement and speaker.name is not None else None
        if speaker.name is None:
            # Unnamed attributions still matter: "he" after "a Kremlin spokesman said" is not Kerry.
            person = speaker.pronoun in MALE_PRONOUNS | FEMALE_PRONOUNS or person_role_in(speaker.text or "")
            history.add(
                KnownSpeaker(
                    None,
                    "PERSON?" if person else None,
                    speaker.role,
                    None,
                    speaker.position,
                    gender=gender_hint(item.cue, head) or described_gender(speaker.text),
                    description=_unnamed_source(speaker),
                )
            )
        if speaker.name is not None:
            history.add(
                KnownSpeaker(
                    speaker.name,
                    speaker.label,
                    speaker.role,
                    side_of(speaker.name, speaker.role, speaker.text),
                    speaker.position,
                    gender=gender_hint(item.cue, head),
                    in_statement=in_statement(item.cue),
                    # "An AFP correspondent said ... he said": the outlet spoke through a person
                    through_a_person=speaker.label in ORG_SPEAKER_LABELS and head.lemma_.lower() in (*REPORTER_HEADS, *OUTLET_WITNESS_HEADS),
                )
            )
    resolve_forward(found, article)
    found = without_unnamed_nested_reports(found)
    # Words with no cue of their own take the speaker of the speech around them, never a belief's holder
    # ('They hope more people will come. "Once I see more people here ..."': "they" did not say it).
    spoken = [f for f in found if not holds_a_belief(f)]
    inherit(article, spoken, lines)
    inherit_forward(article, spoken)
    attributed_by_dash(article, spoken)
    continued_from_sentence_before(article, spoken)
    subject_of_a_quoted_predicate(article, spoken)
    found += nested_quotes(article, found)
    found = named_beside_an_unnamed_source(article, found)
    found += joint_sources(article, found)
    found = without_beliefs_around_reports(fold_partial_quotes(found))
    found.sort(key=lambda f: (f.start, f.kind))
    return [row for item in found for row in as_rows(as_direct_speech(record(item, article_id, text), text), item, text)]


def split_relays(article: ParsedArticle, found: list[Found]) -> tuple[list[Found], dict[int, tuple]]:
    """Relayed reports (quotes.relay) by id of the outer quote; an outer quote whose inner report is
    already a quote of its own is dropped (the inner one holds the content and its source)."""
    cues = {f.cue.i for f in found if f.cue is not None}
    kept, relays = [], {}
    for item in found:
        relay = relayed_report(article, item)
        if relay is not None and relay[1].i in cues:
            continue
        if relay is not None:
            relays[id(item)] = relay
        kept.append(item)
    return kept, relays


def without_unnamed_nested_reports(found: list[Found]) -> list[Found]:
    """Drop an indirect quote whose cue, with a reporter of its own, lies inside another indirect
    quote's content and that names no speaker ("The group said one of its jurists asked them to ...", "officials who said tests
    concluded that ..."): its words are already the outer speaker's report, who is the one on record."""
    outer = [f for f in found if f.kind == "indirect" and f.cue is not None and not holds_a_belief(f)]
    return [
        f
        for f in found
        if not (
            f.kind == "indirect"
            and f.cue is not None
            and (f.speaker is None or f.speaker.name is None)
            and has_own_reporter(f.cue)
            # a comment on the clause before ("..., which the government denied") and the report it
            # comments on ("Activists said ...") are two reports on record, neither inside the other
            and comment_on_the_clause_before(f.cue) is None
            # not its own span: "The attack, activists said, killed 20" surrounds its cue
            and any(o.start <= f.cue.idx < o.end and comment_on_the_clause_before(o.cue) is None for o in outer if o is not f)
        )
    ]


def has_own_reporter(cue: Token) -> bool:
    """A verb with its own subject that is not an adverbial clause: "one of its jurists asked ...",
    "which they said ...". Not ", adding that ..." (the outer speaker goes on) nor "..., while Syrian
    officials stated ..." (a second report set beside the first, which the parse hung inside it)."""
    if cue.lower_ == "according":
        return True  # "according to X" always names its source
    return cue.dep_ != "advcl" and any(c.dep_ in SUBJECT_DEPS for c in cue.children)


def in_statement(cue: Token) -> bool:
    """ "the army said in a statement": later "the statement said" means this speaker."""
    return any(
        c.dep_ == "prep" and any(role_words().get(g.lemma_.lower()) == "statement" for g in c.children)
        for c in cue.children
    )


def gender_hint(cue: Token, head: Token) -> str | None:
    """A pronoun the same sentence uses for the speaker right after naming them ("Kerry said he ..."): a
    subject inside what the cue governs. A pronoun speaker's own gender first; never another clause's
    speaker ("He promised ..., she said": "he" is no woman)."""
    if head.lower_ in MALE_PRONOUNS | FEMALE_PRONOUNS:
        return "m" if head.lower_ in MALE_PRONOUNS else "f"
    governed = {t.i for t in cue.subtree}
    for token in cue.sent:
        if (
            token.i > head.i
            and token.i in governed
            and token.lower_ in MALE_PRONOUNS | FEMALE_PRONOUNS
            and token.dep_ in SUBJECT_DEPS
        ):
            return "m" if token.lower_ in MALE_PRONOUNS else "f"
    return None


def _unnamed_source(speaker: Speaker) -> str | None:
    """The normalised description of a source the text never names, when the phrase is a description
    of who spoke ("a senior opposition official", "witnesses", "the source"), not a pronoun or a
    subject the parse got wrong ("explosions in Damascus")."""
    if speaker.name is not None:
        return None
    if speaker.description is not None:
        return speaker.description
    return unnamed_description(speaker.text) if speaker.describes else None


def record(item: Found, article_id: str, text: str) -> Quote:
    """The Quote of a found quote in the article `text` (its offsets index it)."""
    speaker = item.speaker
    name = speaker.name if speaker else None
    role = speaker.role if speaker else None
    written = speaker.text if speaker else None
    side = side_of(name, role, written) if speaker else None
    named: bool | None = None
    description = _unnamed_source(speaker) if speaker is not None and name is None else None
    if (
        description is not None
        and not person_role_in(description)  # "a UN official" is a person, unnamed, not the UN
        and (known := known_name_among_descriptors(description)) is not None
    ):
        name = known  # "the state-run SANA news agency" read as a description: the name among its words speaks
    if name is not None:
        named = True
        # "Moscow said", "the Kremlin denied": the government speaks; the seat stays in speaker_text.
        name = (
            government_of_seat(name) or government_of_seat(written)
            or known_canonical(name, person=(speaker.label if speaker else None) == "PERSON")
        )
        side = side_of(name, role, written)
    elif description is not None:
        name, named = description, False
        # "Witnesses said ... They said": the side of the description, not of the pronoun.
        side = side_of(None, role, description) or side or "unknown"
    elif written and not person_role_in(written) and speaker and speaker.pronoun:
        side = None  # an unresolved pronoun says nothing about a side
    offsets = _written_offsets(item, text)
    end, content = item.end, item.text
    if offsets["speaker_start"] is not None:
        end = content_end_before_source(item, text, offsets["speaker_start"], offsets["speaker_end"])
        content = text[item.start : end] if end < item.end else item.text
    return Quote(
        article_id=article_id,
        start=item.start,
        end=end,
        quote=content,
        kind=item.kind,
        speaker=name,
        speaker_text=(speaker.written or written) if speaker else None,
        speaker_role=role,
        speaker_side=side,
        cue=cue_text(item.cue) if item.cue is not None else None,
        quote_id=f"{article_id}:{item.start}",
        speaker_label=speaker.label if speaker else None,
        speaker_named=named,
        quoted_words=tuple(item.quoted_words),
        attribution=attribution_of(item),
        **offsets,
    )


def attribution_of(item: Found) -> str:
    """The quote's `attribution`: "belief" (holds_a_belief) or "speech"."""
    return "belief" if holds_a_belief(item) else "speech"


def _written_offsets(item: Found, text: str) -> dict[str, int | None]:
    """speaker_start/end and cue_start/end of a found quote: where its source phrase and cue are written."""
    speaker = item.speaker
    phrase = (speaker.written or speaker.text) if speaker else None
    at = written_span(text, phrase, speaker.position) if speaker else None
    before_cue = at is not None and item.cue is not None and at[1] <= item.cue.idx
    if before_cue and "," in text[at[0] : at[1]] and text[at[1] : at[1] + 1] == ",":
        # "Mike Pence, his Republican rival, said": the comma that closes the apposition belongs to the
        # source phrase, as PolNeAR delimits sources (speaker_text stays without it).
        at = (at[0], at[1] + 1)
    cue = cue_span(item.cue) if item.cue is not None else None
    return {
        "speaker_start": at[0] if at else None,
        "speaker_end": at[1] if at else None,
        "cue_start": cue[0] if cue else None,
        "cue_end": cue[1] if cue else None,
    }
