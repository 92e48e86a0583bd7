"""The source phrase as the text writes it: its words, and the name, role and label the text gives it
(`describe`); `sources.speaker_head` finds the phrase's head in the parse."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from ..entities import find_known_name
from ..entities.lexicon import find_alias
from ..records import EntityMention
from ..speakers import role_words, role_words_in
from .antecedents import BODY_KIND_WORDS
from .beside import (
    content_read_as_an_apposition,
    name_known_as,
    name_run_into_its_description,
    named_apposition_before_cue,
    person_before_the_office,
    person_ending_the_office,
    place_run_into_source,
)
from .canonical import known_canonical
from .descriptions import (
    LOCAL_GOVERNMENT_WORDS,
    body_of_its_member,
    body_of_its_unit,
    description_of,
    government_at_its_seat,
    is_one_persons_office,
    local_body,
    national_body,
    organisation_of_source,
    outlet_of_reporter,
    possessor_speaking_through,
    unnamed_description,
)
from .heads import is_role_head, past_an_agency_dateline, related_through_a_modifier, related_to_the_one_named
from .held_names import (
    given_name_in_apposition,
    longer_canonical,
    name_apposed_to_an_office,
    person_whose_office,
    set_off_by_commas,
)
from .institutions import national_general_staff, national_mission
from .lexicon import DANGLING_WORDS, NOT_IN_NAME_DEPS, ORG_LABELS
from .names import (
    abbreviation_in_parentheses,
    acronym_written_as_a_word,
    body_named_past_its_parent,
    country_of_nationality,
    country_of_possessive,
    country_possessive,
    entity_from,
    name_among_descriptors,
    name_run_over_place,
    name_the_entity_stage_missed,
    person_by_surname,
    person_with_surname,
    trailing_name,
)
from .parsed import ParsedArticle
from .run_in import (
    name_opening_its_description,
    name_run_in_before,
    person_run_into_unnamed_sources,
    sources_after_a_role,
    state_media_run_into,
)
from .state_media import STATE_MEDIA_RE, state_outlet_meant
from .statements import author_of_statement, statement_by
from .titled_names import person_after_a_bodys_title


def name_tokens(head: Token) -> list[Token]:
    """The speaker noun phrase without relative clauses, appositions, coordinated names or trailing preps."""
    tokens = [head]
    for child in head.children:
        if child.dep_ == "case" and head.dep_ == "poss":
            continue  # "the minister's message": the possessor speaks, not "minister's"
        if child.dep_ in NOT_IN_NAME_DEPS and not (child.dep_ == "prep" and child.i < head.i) and not word_hyphen(child):
            continue
        tokens.extend(child.subtree)
    if any(c.dep_ == "prep" and c.i > head.i for c in head.children) and head.pos_ != "PROPN":
        # "the chief of Russia's General Staff Valery Gerasimov": the name can sit inside the prep.
        for child in head.children:
            if child.dep_ == "prep" and child.i > head.i:
                tokens.extend(child.subtree)
    tokens.sort(key=lambda t: t.i)
    return tokens


# Kinds of which a state has many ("the Iranian channel", "the Lebanese group"), unlike its one army or
# ministry: a nationality before one describes a body named elsewhere, it names none.
MANY_PER_STATE_KINDS = BODY_KIND_WORDS | {"group", "organisation", "organization", "movement", "agency", "network"}


def nationality_and_a_kind(tokens: list[Token], head: Token) -> bool:
    """ "The Iranian channel said" after "Press TV reported": a kind with only nationalities before it is
    a description pointing back, not a body's name (as "the Syrian army" is)."""
    before = [t for t in tokens if t.i < head.i and t.dep_ != "det"]
    return head.lower_ in MANY_PER_STATE_KINDS and bool(before) and all(
        t.ent_type_ == "NORP" or t.pos_ == "ADJ" for t in before
    )


def word_hyphen(token: Token) -> bool:
    """A hyphen inside a word ("38-year-old", "co-chair"): part of the word, not punctuation between phrases."""
    return token.text in ("-", "‐") and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


@dataclass(slots=True)
class Speaker:
    name: str | None
    text: str | None
    role: str | None
    label: str | None
    position: int
    named: bool  # named in the text here (not resolved from a pronoun or a description)
    pronoun: str | None = None
    written: str | None = None  # the source phrase as written, appositions included ("Rami, a medic,")
    describes: bool = False  # the phrase is a description of who spoke ("witnesses", "a military source")
    plural: bool = False  # a plural description ("the activists", "European officials"): a group, not one person
    description: str | None = None  # an unnamed source "they" stands for ("activists")
    office_of: tuple[str, str] | None = None  # (name, label) of the body a one-person office serves
    epithet: bool = False  # a nationality standing for a person ("the Italian said"): someone named before

    def carried(self) -> Speaker:
        """This speaker for a quote with no attribution of its own that goes on with this one's: the
        same source, written where this one is written (speaker_text and its offsets point there, as
        a reader's eye goes back to "..., said Martin Jones, an analyst."); an unnamed source stays
        the same unnamed source ('a witness said. "..."')."""
        description = self.description if self.description is not None else (
            unnamed_description(self.text) if self.describes else None
        )
        return Speaker(
            self.name, self.text, self.role, self.label, self.position, named=False,
            written=self.written, description=description,
        )


def clean_role(text: str) -> str | None:
    text = re.sub(r"^(?:the|a|an)\s+", "", text.strip(" ,;:-–—'’\"“”"), flags=re.IGNORECASE)
    text = re.sub(r"(?:’s|'s)$", "", text).strip(" ,")
    return text if text and role_words_in(text) else None


BODY_OR_PLACE_LABELS = ("ORG", "GPE", "NORP", "LOC", "FAC")
# Words opening the description of someone left unnamed before a name they serve: "A senior Trump aide",
# "Another Trump aide", "One Assad adviser", "the Putin spokesman".
SERVED_NAME_DETERMINERS = frozenset({"a", "an", "the", "another", "one"})


def known_body_opens(run: list[Token]) -> bool:
    """Whether the entity opening `run` is a body or place the alias table knows ("UN", "EU", "Syrian"):
    a given name the entity stage mislabelled ("Raed" as a place) is not in it."""
    entity = entity_from(run[0])
    return entity is not None and entity.end <= run[-1].i and find_known_name(entity.text) is not None


def leading_name(tokens: list[Token], head: Token) -> str | None:
    """Two or more capitalised proper nouns opening a phrase headed by a person's role word."""
    if not is_role_head(head):
        return None
    run = []
    for token in tokens:
        if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.lower_ in role_words():
            break
        run.append(token)
    if run and run[0].ent_type_ in BODY_OR_PLACE_LABELS and known_body_opens(run):
        return None  # "UN High Commissioner ...": the run opens with a known body, whose title follows
    if len(run) < 2 or run[-1].i >= head.i:
        return None
    following = head.doc[run[-1].i + 1]
    if following.i != head.i and following.text[:1].isupper():
        return None  # "Russian Foreign Ministry official": the run opens a body's name, not a person's
    return head.doc[run[0].i : run[-1].i + 1].text




def run_over_from_before(entity: EntityMention, head: Token) -> bool:
    """An entity that starts before the determiner of the speaker's own head ("Dabiq the Turkish army"):
    comma-less text ran the words before into the speaker's phrase, so the entity names no speaker."""
    det = next((c for c in head.children if c.dep_ == "det" and c.lower_ == "the"), None)
    return det is not None and entity.start < det.idx < entity.end


def describe(article: ParsedArticle, head: Token, cue: Token, within: tuple[int, int] | None = None) -> Speaker:
    """Name, role and label of the speaker phrase headed by `head`, as far as the text itself says;
    the phrase stays on the cue's line, or `within` these character bounds when the construction
    shows where the source is written (a headline's credit)."""
    lo, hi = within or article.line_of(cue.idx)
    statement, author = head, author_of_statement(head)
    if author is None and (authored := statement_by(head)) is not None:
        statement, author = authored, head  # the subject search already went to the author
    described, apposed = head, named_apposition_before_cue(article, head, cue)
    head = (
        author
        or apposed
        or possessor_speaking_through(head)
        or person_ending_the_office(article, head, cue)
        or person_after_a_bodys_title(article, head, cue)
        or person_before_the_office(article, head, cue)
        or name_run_into_its_description(article, head, cue)
        or name_known_as(head)
        or head
    )
    tokens = [t for t in name_tokens(head) if lo <= t.idx < hi and not t.is_space]
    if (dated := past_an_agency_dateline(article, tokens)) is not tokens and dated:
        tokens = dated  # "Hama, SANA- Governor of Hama X said": the phrase after the agency's dateline
        if head.idx < tokens[0].idx:
            ids = {t.i for t in tokens}
            head = next(t for t in tokens if t.head.i not in ids or t.head.i == t.i)
    tokens = on_the_heads_side(article, tokens, head, cue)
    tokens = person_run_into_unnamed_sources(name_run_in_before(tokens, head), head)
    # "... exposure to sarin gas Turkeys health ministry said" (comma lost): a country's possessive
    # opens the source's phrase; the noun before it ends the content.
    opening = next((k for k, t in enumerate(tokens) if k > 0 and t.i < head.i and country_possessive(t.text)), None)
    if opening is not None:
        tokens = tokens[opening:]
    if (place := place_run_into_source(tokens)) and place[-1].i < head.i:
        tokens = tokens[len(place) :]  # "... the border with Turkey local sources said": not Turkey's
    tokens = sources_after_a_role(state_media_run_into(tokens, head), head)
    if (opened := name_opening_its_description(article, tokens)) is not tokens:
        tokens, head = opened, opened[-1] if head.i < opened[0].i else head
    while len(tokens) > 1 and tokens[0].ent_type_ in ("DATE", "TIME") and tokens[0].i < head.i:
        tokens = tokens[1:]  # comma-less "... on Tuesday state media said": the date is not the source's
    if not tokens:
        return Speaker(None, None, None, None, head.idx, named=False)
    if not lo <= head.idx < hi:
        # The parse ran a heading into this sentence: the phrase's root on the cue's line stands in.
        ids = {t.i for t in tokens}
        head = next(t for t in tokens if t.head.i not in ids or t.head.i == t.i)
    determiners = [t for t in tokens if t.dep_ == "det" and t.lower_ in ("a", "an", "the")]
    last = tokens[-1]
    ends_in_name = (named := article.entity_covering(last)) is not None and named.label in ("PERSON", "ORG", "ARMED_GROUP")
    # A determiner opening a prepositional object ("the director of the Observatory") starts no new phrase.
    inner = [d for d in determiners if d.i > tokens[0].i and (d.i < head.i or ends_in_name) and d.head.dep_ != "pobj"]
    if inner and (head.lemma_.lower() in role_words() or (ends_in_name and inner[-1].idx <= named.start)):
        # Text without commas runs phrases together ("Syrian bastion Raqqa a monitor said", "the largest
        # rebel bastion near Damascus the Syrian Observatory said"): the last phrase is the speaker's.
        tokens = [t for t in tokens if t.i >= inner[-1].i]
        if ends_in_name and not (tokens[0].idx <= head.idx <= last.idx):
            head = last
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    text = article.text[start:end]
    speaker = _described(article, head, tokens, start, end, text)
    speaker.written = _written_source_phrase(article, head, cue, start, end, hi)
    if author is None and apposed is not None and head.i == apposed.i and set_off_by_commas(apposed):
        # "Her CNN colleague, Jane Doe, said": the name speaks; the phrase as written is the whole apposition
        first = described.left_edge
        if first.idx >= lo:
            speaker.written = article.text[first.idx : apposed.right_edge.idx + len(apposed.right_edge)]
    if author is not None:
        speaker.written = _statement_as_written(article, statement, cue, start, speaker.written, lo)
    elif head.i != described.i and described.left_edge.idx >= lo and head.dep_ == "poss":
        # "his office": the pronoun speaks; the phrase as written is the whole noun phrase
        speaker.written = article.text[described.left_edge.idx : described.idx + len(described)]
    if speaker.written:
        # "Jane Doe, 24, a student," said: the comma closing an apposition belongs to the sentence
        speaker.written = speaker.written.rstrip(" ,;:")
    return speaker


def is_an_age(head: Token) -> bool:
    """ "the 38-year-old told AFP": an age standing for the person, its head the word "old"."""
    return head.lower_ == "old" and any(c.lower_ in ("year", "years") for c in head.children)


def is_a_nationality_epithet(tokens: list[Token], head: Token, entity: EntityMention) -> bool:
    """ "the Italian said", "the Spaniard added": "the" and one singular nationality noun (a NORP entity)
    as the whole subject is an epithet for a person, not a people or a state ("the Kurds", "Italian
    officials" and "the Italian government" are none)."""
    return (
        entity.label == "NORP"
        and len(tokens) == 2
        and tokens[0].lower_ == "the"
        and tokens[1].i == head.i
        and head.tag_ in ("NN", "NNP")
    )


def nationality_epithet(tokens: list[Token], head: Token, text: str) -> Speaker:
    """The unnamed person a nationality epithet describes; resolution looks back for the person the
    text is about ("Carlo Ancelotti praised his players. '...,' the Italian said")."""
    speaker = Speaker(None, text, None, None, head.idx, named=False, describes=True, epithet=True)
    speaker.description = description_of(tokens)
    speaker.pronoun = "description:" + head.lower_
    return speaker


def _statement_as_written(article: ParsedArticle, statement: Token, cue: Token, start: int, written: str, line_start: int) -> str:
    """ "A study by the Institute found": the source as written is the whole phrase of the record or
    statement whose author speaks (`author_of_statement`), not the author's name alone."""
    first = statement.left_edge
    if first.idx < line_start or first.i <= cue.i <= statement.i or article.in_quote(first.idx):
        return written
    last = statement.right_edge if statement.right_edge.i < cue.i or statement.i > cue.i else cue.doc[cue.i - 1]
    while last.i > statement.i and last.is_punct:
        last = last.doc[last.i - 1]
    begin, end = min(first.idx, start), max(start + len(written), last.idx + len(last))
    return article.text[begin:end]


def on_the_heads_side(article: ParsedArticle, tokens: list[Token], head: Token, cue: Token) -> list[Token]:
    """A source phrase holds neither the cue nor quoted words: a parse that hangs the quote and the cue
    on a misread head ('"Go register," Trump implored' with "Trump" read as the verb) is cut to the
    contiguous words around the head, on its side of the cue, outside the quotation marks."""
    if head.i == cue.i:
        return tokens
    kept = [
        t for t in tokens
        if not article.in_quote(t.idx) and (t.i < cue.i if head.i < cue.i else t.i > cue.i)
    ]
    ids = {t.i for t in kept}
    if head.i not in ids:
        return tokens
    lo = hi = head.i
    while lo - 1 in ids:
        lo -= 1
    while hi + 1 in ids:
        hi += 1
    run = [t for t in kept if lo <= t.i <= hi]
    while len(run) > 1 and run[0].is_punct and run[0].i < head.i:
        run = run[1:]
    while len(run) > 1 and run[-1].is_punct and run[-1].i > head.i:
        run = run[:-1]
    return run


# Words that may not end a source phrase: a comma or conjunction left over when the phrase is cut.


def _written_source_phrase(
    article: ParsedArticle, head: Token, cue: Token, start: int, end: int, line_end: int
) -> str:
    """The source phrase as written, with everything the phrase's head governs after it: apposition
    ('Khaled Omar, a rescuer from the Ansari district'), prepositional phrases ('Jane Doe of the Example
    Institute in Washington'), coordinated sources ('Mr. Doe and Mr. Roe'), relative clauses ('Jane Doe,
    who heads the council'). It stops at the cue, the line's end and any quotation."""
    following = sorted((t for t in head.subtree if t.i > head.i), key=lambda t: t.i)
    run_on = content_read_as_an_apposition(head)  # "According to the X outlet the coalition bombed ..."
    # "Lavrov speaking at a news conference with ... said": where a named speaker was is not who spoke
    # ("a party strategist monitoring the race" keeps it: it says which strategist)
    setting = next((c for c in head.rights if c.dep_ == "acl" and c.tag_ == "VBG"), None) if head.pos_ == "PROPN" else None
    stops = [t.left_edge.i for t in (run_on, setting) if t is not None]
    stop = min(stops) if stops else None
    last = None
    for token in following:
        if token.i >= cue.i > head.i or token.idx >= line_end or article.in_quote(token.idx):
            break
        if stop is not None and token.i >= stop:
            break
        if token.dep_ == "case" and token.head.i == head.i and head.dep_ == "poss" and article.entity_covering(token) is None:
            break  # "the candidate's claim": the possessor is the source, its "'s" the possession's mark
        if last is not None and token.i != last.i + 1:
            break  # the subtree is not contiguous here: a parse that wandered
        last = token
    while last is not None and last.i > head.i and (last.is_punct or last.lower_ in DANGLING_WORDS):
        last = last.doc[last.i - 1]
    if last is not None and last.i > head.i:
        end = max(end, last.idx + len(last))
    return article.text[start:bracket_closed(article.text, start, end)]


def bracket_closed(text: str, start: int, end: int) -> int:
    """The end of text[start:end] moved past the closing bracket of a bracket it opens and leaves open
    ("Sen. Jane Doe (R-Texas) said", "the Observatory (SOHR) said": the parse hangs the closing bracket on
    the verb, so the subtree of the source's head stops before it). `end` itself when every bracket closes
    or the next character is no closing bracket."""
    if text.count("(", start, end) <= text.count(")", start, end):
        return end
    closing = CLOSING_BRACKET_RE.match(text, end)  # "(ret.)": the trimmed stop before the bracket too
    return closing.end() if closing else end


CLOSING_BRACKET_RE = re.compile(r"[ .]*\)")


# Nouns of a kind of body: in the plural with a nationality ("Syrian activist groups", "Kurdish
# factions") they describe several bodies, none named, where the singular ("the Syrian army") is one.
GENERIC_BODY_KINDS = frozenset({"group", "organisation", "organization", "agency", "faction", "party", "network", "body"})


VOICE_OFFICES = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def state_of_its_authorities(tokens: list[Token], head: Token) -> str | None:
    """ "Turkish authorities", "Syria's authorities": the state whose authorities they are, as its seat
    names it ("Turkey", "Syrian government": data/lexicons/government_seats.csv), or None when no one
    nationality or country's possessive stands before the noun."""
    countries = set()
    for t in (t for t in tokens if t.i < head.i and t.pos_ in ("PROPN", "ADJ", "NOUN")):
        possessed = t.i + 1 < len(t.doc) and t.doc[t.i + 1].tag_ == "POS"
        country = country_of_nationality(t.text) or (country_of_possessive(t.text + "'s") if possessed else None)
        if country is None and (t.ent_type_ == "NORP" or t.text[:1].isupper()):
            return None  # "Syrian Kurdish authorities", "Prison authorities": not the state's
        if country is not None:
            countries.add(country)
    return known_canonical(next(iter(countries))) if len(countries) == 1 else None



PARTITIVE_HEADS = frozenset({"one", "two", "three", "some", "many", "several", "most", "few"})


def described_by_a_partitive(head: Token) -> Token:
    """ "One of the guards manning the checkpoint told AFP", "some of the residents said": the source is
    one (or some) of the people the "of" phrase describes; the noun of that phrase is the description's
    head. The head itself for any other phrase ("One Direction", "two soldiers")."""
    if head.lower_ not in PARTITIVE_HEADS:
        return head
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if of is not None else None
    return noun if noun is not None else head


def _described(article: ParsedArticle, head: Token, tokens: list[Token], start: int, end: int, text: str) -> Speaker:
    if (staff := national_general_staff(tokens, head) or national_mission(tokens, head)) is not None:
        return Speaker(staff[0], text, None, staff[1], head.idx, named=True)
    if (short := abbreviation_in_parentheses(article, head)) is not None:
        # "the United Nations International Childrens Emergency Fund (UNICEF)": the body its abbreviation names
        return Speaker(longer_canonical(article, short), text, None, short.label, head.idx, named=True)
    if (holder := person_whose_office(article, head)) is not None:
        # "Ban Ki-moon's office said": a person's office speaks for that person
        return Speaker(longer_canonical(article, holder), text, None, "PERSON", head.idx, named=True)
    if (apposed := name_apposed_to_an_office(article, head)) is not None:
        # "A spokesman for the Arakan Army, Khaing Thukha, said": the name in apposition speaks, not the body
        person, appos = apposed
        return Speaker(person, text, clean_role(article.text[start : appos.left_edge.idx]), "PERSON", head.idx, named=True)
    parent = article.entity_covering(next((c for c in head.lefts if c.dep_ == "compound"), head))
    if parent is not None and (whole := body_named_past_its_parent(article, head, parent)) is not None:
        return Speaker(whole, text, None, "ORG", head.idx, named=True)  # "the UN Commission of Inquiry on Syria"
    body = (
        organisation_of_source(article, head)
        or outlet_of_reporter(article, head, article.outlet)
        or body_of_its_member(article, head)
        or body_of_its_unit(article, head)
        or local_body(head)
        or national_body(tokens, head)
        or government_at_its_seat(head)
        or state_outlet_meant(article, text)
    )
    if body is not None:
        # "a source at the Hama police command", "SANA's reporter": the body speaks through them.
        return Speaker(body[0], text, clean_role(text), body[1], head.idx, named=True)
    if STATE_MEDIA_RE.match(text.strip()) and find_known_name(re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.I)) is None:
        # "Syrian state media" naming no outlet the article names: an unnamed source, not a name.
        return Speaker(None, text, None, None, head.idx, named=False, describes=True, description=description_of(tokens))
    run = name_run_over_place(article, head)
    if run is not None:
        # "Najib Ansari" where the model saw the place "Ansari": the whole proper name is a person's.
        return Speaker(run, text, None, "PERSON", head.idx, named=True)
    entity = article.entity_covering(head) or name_among_descriptors(article, head, tokens)
    if entity is not None and run_over_from_before(entity, head):
        entity = None  # "... east of Dabiq the Turkish army said": the name ran a place into the speaker
    if (entity is None or entity.label not in ("PERSON", *ORG_LABELS)) and is_role_head(head):
        # "the chief of Russia's General Staff Valery Gerasimov": the name sits inside the phrase.
        persons = [
            e
            for t in tokens
            if (e := article.entity_covering(t)) is not None and e.label == "PERSON" and t.dep_ != "poss"
            and not related_through_a_modifier(t, head) and not related_to_the_one_named(t, head)
            # "Assad loyalist sources": a name before a plural description tells what they are, no one speaks by it
            and not (head.tag_ == "NNS" and t.i < head.i)
            # "A senior Trump aide", "the Putin spokesman": a name before the role of someone the article
            # leaves unnamed is whom they serve (a comma-less "Jane Doe spokesman" has no article)
            and not (t.i < head.i and tokens[0].lower_ in SERVED_NAME_DETERMINERS and t.i > tokens[0].i)
        ]
        entity = persons[-1] if persons else None
        trailing = trailing_name(article, tokens) if entity is None and not (
            related_through_a_modifier(tokens[-1], head) or related_to_the_one_named(tokens[-1], head)
        ) else None
        if trailing is not None:
            # "Vice president of the Syrian Coalition Nagham al-Ghadiri": the name ends the office phrase.
            return Speaker(trailing, text, clean_role(text), "PERSON", head.idx, named=True)
    if entity is not None and is_a_nationality_epithet(tokens, head, entity):
        return nationality_epithet(tokens, head, text)
    if entity is not None and entity.label in ("GPE", "NORP") and head.pos_ == "NOUN":
        entity = None  # "Russian officials", "Syrian army": the nationality is not the speaker
    appos = next((c for c in head.children if c.dep_ == "appos"), None)
    appos_text = None
    if appos is not None:
        sub = list(appos.subtree)
        appos_text = article.text[sub[0].idx : sub[-1].idx + len(sub[-1])]
        if entity is None and is_role_head(head) and (named := article.entity_covering(appos)) is not None and named.label == "PERSON":
            entity = named  # "Its spokesman, Dmitry Peskov, told reporters": the name in apposition speaks
        elif entity is None and is_role_head(head) and given_name_in_apposition(article, appos):
            # "a resident, Ahmad, told AFP": a first name the entity stage did not label
            return Speaker(appos.text, text, clean_role(text[: appos.idx - start]), "PERSON", head.idx, named=True)
    if entity is not None:
        before = article.text[start : max(start, entity.start)]
        after = article.text[min(end, entity.end) : end]
        role = clean_role(before) or clean_role(after) or (clean_role(appos_text) if appos_text else None)
        name = longer_canonical(article, entity)
        return Speaker(name, text, role, entity.label, head.idx, named=True)
    if head.pos_ == "PRON":
        return Speaker(None, head.text, None, None, head.idx, named=False, pronoun=head.lower_)
    name_run = leading_name(tokens, head)
    if name_run:
        # "Wird Furati head of press office at ...": a name the entity stage missed, then the role.
        role = clean_role(text[len(name_run) :])
        return Speaker(name_run, text, role, "PERSON", head.idx, named=True)
    unkept = name_the_entity_stage_missed(tokens, head)
    if unkept is not None:
        # A name the entity stage did not keep: the proper name as written, after any office before it
        # ("PYD spokesman Nawaf Khalil" -> "Nawaf Khalil").
        name, role = unkept
        if (agency := acronym_written_as_a_word(article, name, head)) is not None:
            return Speaker(agency.canonical, text, role, agency.label, head.idx, named=True)
        full = person_by_surname(article, name, head.idx)
        if full is not None:
            return Speaker(full, text, role, "PERSON", head.idx, named=True)  # "Moumtzis said" after "Panos Moumtzis"
        return Speaker(name, text, role, None, head.idx, named=True)
    if len(tokens) == 1 and head.text[:1].isupper() and (full := person_with_surname(article, head.text, head.idx)):
        # "Lavrov:" the parser read as a noun. Only a person named in full (not `person_by_surname`'s nearest
        # capitalised pair written before): a lone capitalised noun here is as often a sentence's first
        # common noun ("Witnesses said"), which a pair such as "Two Witnesses" must not make a person.
        return Speaker(full, text, None, "PERSON", head.idx, named=True)
    if len(tokens) == 1 and head.text[:1].isupper() and (alias := find_alias(head.text)) is not None and alias.label == "PERSON":
        # "Trump fired back", the tagger's common noun: a person the alias table knows by that one word
        return Speaker(alias.canonical, text, None, "PERSON", head.idx, named=True)
    if (described := described_by_a_partitive(head)) is not head:
        head, tokens = described, [t for t in tokens if t.i >= described.left_edge.i]
    word = "year-old" if is_an_age(head) else head.lemma_.lower()
    kind = role_words().get(word) or role_words().get(head.lower_)
    if kind is None and head.i > 0 and (pair := f"{head.doc[head.i - 1].lower_} {head.lower_}") in role_words():
        kind, word = role_words()[pair], pair  # a two-word role: "the civil defence", "the news agency"
    named_modifier = any(
        t.i < head.i
        and (t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE", "ORG"))
        and t.head.lemma_ != "base"
        for t in tokens
    )
    determiner = tokens[0].lower_ if tokens[0].dep_ == "det" else None
    several_bodies = head.tag_ == "NNS" and head.lemma_.lower() in GENERIC_BODY_KINDS  # "Syrian rights groups"
    # "Aleppo local authorities", "provincial authorities": some local body the text does not name
    several_bodies = several_bodies or (head.lower_ == "authorities" and any(t.lower_ in LOCAL_GOVERNMENT_WORDS for t in tokens))
    if kind == "org" and named_modifier and not several_bodies and not any(t.i > head.i for t in tokens) and tokens[0].lower_ not in ("a", "an") and any(
        t.text[:1].isupper() for t in tokens
    ) and not nationality_and_a_kind(tokens, head):
        # "the Syrian army", "Russia's Defence Ministry": a named body speaks, even without an entity.
        name = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)
        if head.lower_ != "authorities":
            return Speaker(name, text, None, "ORG", head.idx, named=True)
        if state := state_of_its_authorities(tokens, head):
            return Speaker(state, text, None, "GPE", head.idx, named=True)  # "Turkish authorities": Turkey
    role = clean_role(text) if kind == "person" else None
    speaker = Speaker(None, text, role, None, head.idx, named=False, describes=kind is not None, plural=head.tag_ == "NNS")
    speaker.description = description_of(tokens) if kind is not None else None
    if is_one_persons_office(head) and head.lemma_.lower() in VOICE_OFFICES:
        # "the spokesman for the coalition": a spokesperson voices the body (a leader speaks as a person)
        speaker.office_of = body_of_its_member(article, head, offices=True)
    if determiner in ("another", "other"):
        return speaker  # "Another U.S. official said": a source not met before (another_source_is_new)
    # A definite description points back ("the spokesman"); a bare plural is a new, unnamed source
    # ("local sources told SANA", "activists said"), as is an indefinite person ("a resident").
    bare = kind and determiner is None and not named_modifier and head.tag_ != "NNS"
    if (kind and determiner in ("the", "this")) or bare:
        speaker.pronoun = "description:" + word
    elif kind == "org" and determiner in ("a", "an"):
        speaker.pronoun = "indefinite:" + word  # "a monitor said", "a group said"
    elif kind == "person" and named_modifier and determiner not in ("a", "an") and not speaker.plural:
        # "Aleppo Governor said": whoever holds it; "European officials" hold no one office.
        speaker.pronoun = "office:" + word
    return speaker
