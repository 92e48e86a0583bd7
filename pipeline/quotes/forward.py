"""A lead's unnamed source named by the attribution after it: "..., a monitor said. The Syrian Observatory
for Human Rights said ..." (the same side), "a resident said ... Abu Omar, a resident, said" (the person
named next)."""

from __future__ import annotations

import re

from ..speakers import FEMALE_PRONOUNS, MALE_PRONOUNS, ORG_SPEAKER_LABELS, role_words, role_words_in, side_of
from .antecedents import PRIVATE_PERSON_WORDS, TRADE_WORDS
from .found import Found
from .institutions import GENERIC_ORG_WORDS, SIDE_RESOLVED_HEADS
from .lexicon import WITHHELD_NAME_RE
from .parsed import ParsedArticle
from .phrases import Speaker
from .resolution import one_body_on_side


def resolve_forward(found: list[Found], article: ParsedArticle | None = None) -> None:
    """ "..., a monitor said. The Syrian Observatory for Human Rights said ...": the lead's unnamed
    source (or a headline's "...: monitor") is named by the next attribution on the same side, a
    common news-lead pattern; an unnamed person by the person named next (`person_named_next`)."""
    ordered = sorted(
        (f for f in found if f.cue is not None and f.speaker is not None), key=lambda f: f.cue.idx
    )
    for n, item in enumerate(ordered):
        speaker = item.speaker
        text = (speaker.text or "").lower()
        # "a monitor said"; a headline's bare credit ("...: monitor") is the same indefinite source
        if speaker.name is not None or not (text.startswith(("a ", "an ")) or item.source_within is not None):
            continue
        if WITHHELD_NAME_RE.search(f"{text} {speaker.written or ''}"):
            continue  # "a member of the civil defence who asked not to be named" is named by nobody later
        if article is not None:
            named = next((f.speaker for f in ordered[n + 1 : n + 3] if person_named_next(article, speaker, f.speaker)), None)
            if named is not None:
                speaker.name, speaker.label = named.name, named.label
                continue
        side = side_of(None, None, speaker.text)
        word = (speaker.pronoun or "").rpartition(":")[2]
        if role_words().get(word) == "org" and word not in SIDE_RESOLVED_HEADS:
            continue  # "a local hospital told AFP" is not the rescue service that speaks next
        generic = word in GENERIC_ORG_WORDS
        non_governmental = is_non_governmental_credit(speaker.text)
        if side in (None, "other", "unknown") and not (generic or non_governmental):
            continue  # "a group said": a lead's generic body is named by the next body that speaks
        # "a Kremlin spokesman" is not the chief of staff quoted next: a person's office must recur.
        offices = {w for w in role_words_in(speaker.text or "") if role_words().get(w) == "person"}
        for later in ordered[n + 1 : n + 3]:
            other = later.speaker
            if offices and not offices & set(role_words_in(f"{other.role or ''} {other.text or ''}")):
                continue
            if other.name is None:
                continue
            other_side = side_of(other.name, other.role, other.text)
            if (
                other_side == side
                or (generic and other.label in ORG_SPEAKER_LABELS)
                or (non_governmental and other.label == "ORG" and other_side in NON_GOVERNMENTAL_SIDES)
            ):
                speaker.name, speaker.label = other.name, other.label
                break
        if speaker.name is None and article is not None and item.source_within is not None and side not in (None, "other", "unknown"):
            # A headline's "...: monitoring group" when no monitor speaks next: the one body on that side
            # the article names anywhere (two monitors named: no telling which).
            only = one_body_on_side(article, side)
            if only is not None:
                speaker.name, speaker.label = only.name, only.label


# Sides whose bodies are non-governmental organisations: what a headline's "NGO" can stand for.
# (Not "UN and humanitarian agencies": the WHO or OCHA are intergovernmental, never what "NGO" means.)
NON_GOVERNMENTAL_SIDES = frozenset({"monitors", "rescuers and medics"})
NON_GOVERNMENTAL_RE = re.compile(r"(?i)^(?:an?\s+)?(?:ngos?|non-governmental\s+organi[sz]ations?)$")


def is_non_governmental_credit(text: str | None) -> bool:
    """ "NGO", "an NGO", "a non-governmental organisation": a source described only as an NGO, which
    the next attribution names when that is a body on a non-governmental side (a monitor, a rescue
    service or medical charity), never a ministry, an armed group or a UN agency."""
    return bool(NON_GOVERNMENTAL_RE.match((text or "").strip()))


# Words of an unnamed person's description that tell nothing of whom they work for
UNDISTINCTIVE_WORDS = frozenset({"a", "an", "the", "senior", "top", "local", "high-ranking", "former", "of", "for", "in"})


def person_named_next(article: ParsedArticle, unnamed: Speaker, other: Speaker) -> bool:
    """ "..., a senior U.N. humanitarian official said. ... U.N. humanitarian adviser Jan Egeland said",
    "..., a civil defense official said. Speaking to Anadolu Agency, Jane Doe said": a lead's unnamed
    person is the person named in one of the next two attributions when that person's description
    shares a word of body or field with it ("U.N.", "humanitarian"), or when the name comes bare (no
    office of its own, no known side) and is first written after the lead. Not "a Kremlin spokesman
    said ... chief of staff Sergei Ivanov said" (another office, no shared word), nor a known actor
    named bare ("Assad said")."""
    offices = {w for w in role_words_in(unnamed.text or "") if role_words().get(w) == "person"}
    if not offices or other.name is None or other.label != "PERSON":
        return False
    if offices <= PRIVATE_PERSON_WORDS | TRADE_WORDS:
        return False  # "A grandmother said ...": a private person a lead leaves unnamed stays so
    words = lambda text: set(re.findall(r"\w[\w.'-]*", (text or "").lower()))  # noqa: E731
    described = words(unnamed.text) - UNDISTINCTIVE_WORDS - set(role_words())
    if described & words(f"{other.role or ''} {other.text or ''}"):
        return True
    if other.role or any(role_words().get(w) == "person" for w in role_words_in(other.text or "")):
        return False  # "Abu Omar, a volunteer with the group": a description of its own that shares no word
    if (other.text or "").lower() in MALE_PRONOUNS | FEMALE_PRONOUNS:
        return False  # "he said" names no one bare: its antecedent was introduced with a description of its own
    if side_of(other.name, other.role, other.text) not in (None, "unknown"):
        return False
    surname = other.name.split()[-1]
    first = re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", article.text)
    return first is not None and first.start() > unnamed.position
