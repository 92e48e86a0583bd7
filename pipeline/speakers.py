"""Who speaks: the side taxonomy, role words, and resolving pronouns and descriptions to named speakers.

The taxonomy and the word lists are data (data/lexicons/speaker_sides.csv, roles.txt); this module
only reads them and applies them. See docs/speakers.md.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .entities.given_names import person_gender
from .entities.lexicon import find_known_name, kunya_gender, names_going_by, read_lexicon_rows, read_word_list
from .outlets.registry import outlet_registry
from .paths import LEXICON_DIR

SIDES = (
    "Syrian government",
    "armed opposition",
    "Kurdish forces",
    "Russia",
    "Iran",
    "US and Western governments",
    "Turkey and Gulf states",
    "UN and humanitarian agencies",
    "monitors",
    "rescuers and medics",
    "residents and witnesses",
    "other",
    "unknown",
)
# "other": the side table places the speaker outside every listed side; "unknown": the table does not
# know the speaker at all. A side is never guessed.

MALE_PRONOUNS = frozenset({"he", "him", "his"})
FEMALE_PRONOUNS = frozenset({"she", "her"})
# "they" is left unresolved: in war reporting it refers to rebels, residents, troops far more
# often than to the last organisation quoted, and a wrong speaker is worse than none.
ORG_PRONOUNS = frozenset({"it"})
FEMALE_ROLE_WORDS = frozenset({"spokeswoman", "chairwoman", "congresswoman", "ms", "mrs", "madam", "queen"})
MALE_ROLE_WORDS = frozenset({"spokesman", "chairman", "co-chairman", "congressman", "policeman", "cameraman", "king", "prince", "emir", "mr"})


def _word_regex(pattern: str) -> re.Pattern[str]:
    # Acronyms ("US", "UN", "WHO") must match case-sensitively, or "us" and "who" would hit.
    flags = 0 if pattern.isupper() else re.IGNORECASE
    return re.compile(r"(?<![\w-])" + re.escape(pattern) + r"(?![\w-])", flags)


@dataclass(frozen=True, slots=True)
class SideRules:
    by_name: dict[str, str]
    by_word: tuple[tuple[re.Pattern[str], str], ...]


@functools.cache
def side_rules() -> SideRules:
    """The side taxonomy from data/lexicons/speaker_sides.csv."""
    by_name: dict[str, str] = {}
    by_word: list[tuple[re.Pattern[str], str]] = []
    for row in read_lexicon_rows("speaker_sides.csv"):
        side = row["side"]
        if side not in SIDES:
            raise ValueError(f"speaker_sides.csv: unknown side {side!r}")
        if row["rule"] == "name":
            by_name.setdefault(row["pattern"].lower(), side)
        else:
            by_word.append((_word_regex(row["pattern"]), side))
    return SideRules(by_name, tuple(by_word))


@functools.cache
def event_nouns() -> frozenset[str]:
    """Nouns naming events, which say nothing ("clashes continued") and harm ("the bombing claimed eight"),
    from data/lexicons/event_nouns.txt; read by the quote and casualty stages."""
    return read_word_list("event_nouns.txt")


@functools.cache
def role_words() -> dict[str, str]:
    """Role word or phrase (lower case) -> "person" | "org", from data/lexicons/roles.txt."""
    words: dict[str, str] = {}
    for line in (LEXICON_DIR / "roles.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, kind = line.rpartition(" ")
            words[word.lower()] = kind
    return words


@functools.cache
def _role_regex() -> re.Pattern[str]:
    alternatives = sorted(role_words(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, alternatives)) + r")(?![\w-])", re.IGNORECASE)


def role_words_in(text: str) -> list[str]:
    """The role words found in text, lower case, in order."""
    return [m.group(1).lower() for m in _role_regex().finditer(text or "")]


def person_role_in(text: str) -> bool:
    """Whether text names a person's office ("Russian Foreign Minister"), not just a body."""
    return any(role_words().get(word) == "person" for word in role_words_in(text))


def side_of(speaker: str | None, role: str | None = None, text: str | None = None) -> str | None:
    """The speaker's side: by canonical name, else by cue words in name, role and text; None if no speaker at all."""
    if not (speaker or role or text):
        return None
    rules = side_rules()
    if speaker and speaker.lower() in rules.by_name:
        return rules.by_name[speaker.lower()]
    haystack = " | ".join(part for part in (speaker, role, text) if part)
    for regex, side in rules.by_word:
        if regex.search(haystack):
            return side
    return "unknown" if speaker else None


@functools.cache
def _government_seats() -> dict[str, str]:
    return {row["seat"].lower(): row["government"] for row in read_lexicon_rows("government_seats.csv")}


def government_of_seat(name: str | None) -> str | None:
    """The government a capital or seat of power stands for as a speaker ("Moscow" -> "Russia",
    "the Kremlin" -> "Russia", "Damascus" -> "Syrian government"); None for any other name.
    Only the whole name matches (data/lexicons/government_seats.csv)."""
    return _government_seats().get((name or "").strip().lower()) if name else None


UNNAMED_SOURCE_RE = re.compile(r"(?<![\w-])sources?$")


def is_unnamed_source(description: str | None) -> bool:
    """Whether an unnamed speaker's description is a "source" ("military source", "the source"), which
    may be a body as well as a person and so may be "it"."""
    return bool(description) and UNNAMED_SOURCE_RE.search(description.lower()) is not None


def describes_a_body(description: str | None) -> bool:
    """Whether an unnamed speaker's description ends in a body's role word ("Syrian state media", "a
    local council", "the health directorate"), so that a later "it" may be that body."""
    words = (description or "").lower().split()
    return bool(words) and role_words().get(words[-1].strip(",.")) == "org"


@dataclass(slots=True)
class KnownSpeaker:
    """A named speaker met earlier in the article, for resolving later pronouns and descriptions."""

    name: str | None  # None for an attribution the text leaves unnamed ("a Kremlin spokesman")
    label: str | None
    role: str | None
    side: str | None
    position: int  # character offset of the attribution
    gender: str | None = None  # "m" | "f" | None when the text has not said
    in_statement: bool = False  # attributed "in a statement"
    description: str | None = None  # an unnamed source's normalised description ("activists")
    through_a_person: bool = False  # a body that spoke through one of its people ("an AFP correspondent")


# People who speak for the body they belong to when the text names them by that membership alone:
# "an official with the Free Syrian Army", "a spokesman for the SDF".
MEMBER_HEADS = frozenset({
    "official", "member", "spokesman", "spokeswoman", "spokesperson", "activist", "commander",
    "representative", "fighter", "leader", "officer", "delegate", "negotiator",
    # those who work for a body: "rescuers from the White Helmets", "doctors from Medecins Sans Frontieres"
    "rescuer", "volunteer", "doctor", "medic", "paramedic", "nurse", "worker", "staffer", "researcher",
    "investigator", "soldier", "staff",
    # those a body sends to watch or check: "monitors at the Observatory", "inspectors from the OPCW"
    "monitor", "observer", "inspector", "employee", "expert", "scientist", "engineer",
    # a firm's or an institute's research staff: "analysts at Goldman Sachs predicted", "economists at the IMF"
    "analyst", "economist", "strategist",
})  # fmt: skip

ORG_SPEAKER_LABELS = ("ORG", "ARMED_GROUP")


# "the broadcaster", "the channel": a body whose name says it broadcasts ("Syrian state television",
# "Press TV", "Al-Ikhbariya channel").
BROADCASTER_HEADS = frozenset({"broadcaster", "channel", "station"})
BROADCASTER_NAME_RE = re.compile(r"\b(?:television|tv|channel|broadcaster|broadcasting)\b", re.IGNORECASE)


# Words of a description that say a person's gender ("a female fighter", "a mother of three", "his
# daughter Rasha").
FEMALE_WORDS = frozenset({"woman", "female", "mother", "girl", "sister", "wife", "daughter", "widow", "grandmother", "aunt", "niece", "granddaughter", "mrs", "ms"})
MALE_WORDS = frozenset({"man", "male", "father", "boy", "brother", "husband", "son", "widower", "grandfather", "uncle", "nephew", "grandson", "mr"})


def described_gender(description: str | None) -> str | None:
    """ "f" or "m" when a description of a person says its gender, else None."""
    words = set(re.findall(r"[a-z]+", (description or "").lower()))
    female, male = bool(words & FEMALE_WORDS), bool(words & MALE_WORDS)
    return "f" if female and not male else "m" if male and not female else None


INTRODUCED_PERSON_REACH = 600  # characters back a person of the pronoun's stated gender outranks one introduced


OFFICE_WORDS = frozenset({"its", "the", "a", "an", "chief", "senior", "deputy", "press", "lead", "top"})


def speaks_for_a_body(role: str | None) -> bool:
    """Whether a person's office is held for a body the text does not name in it ("Spokesman Jeff Davis",
    "its researcher Donatella Rovera"): a later "it" may still be the body quoted before. Not an office
    naming its own body ("SDF spokesman Mustafa Bali", "Syrian army spokesman")."""
    words = [word.strip(",.").lower() for word in (role or "").split()]
    return any(word in MEMBER_HEADS for word in words) and all(word in MEMBER_HEADS | OFFICE_WORDS for word in words)


# Military ranks as datelines and bylines abbreviate them ("Maj. Gen. Igor Konashenkov"), spelled out so that
# "the general said" finds its holder.
RANK_ABBREVIATIONS = {
    "gen.": "general", "col.": "colonel", "brig.": "brigadier", "lt.": "lieutenant", "maj.": "major",
    "capt.": "captain", "cmdr.": "commander", "adm.": "admiral", "sgt.": "sergeant",
}  # fmt: skip
RANK_ABBREVIATION_RE = re.compile(r"(?<![\w.])(" + "|".join(re.escape(a) for a in RANK_ABBREVIATIONS) + ")")


def with_ranks_spelled_out(text: str) -> str:
    """Lower-case `text` with abbreviated ranks spelled out: "maj. gen. igor konashenkov" -> "major general
    igor konashenkov"."""
    return RANK_ABBREVIATION_RE.sub(lambda m: RANK_ABBREVIATIONS[m.group(1)], text)


NEWS_AGENCY_DESCRIPTIONS = frozenset({"news agency", "press agency", "wire service", "wire agency"})


@functools.cache
def described_by_its_full_name(name: str, description: str) -> bool:
    """ "According to the SANA news agency ... the news agency specified": a description of two words or
    more that names the speaker by a fuller name (the alias and outlet tables: "Syrian Arab News Agency"
    for SANA) or by its kind ("the news agency" for an outlet the table lists as an agency). One word
    ("the agency") is too common to tell one body from another."""
    phrase = re.sub(r"^(?:the|a|an|this)\s+", "", description.lower().strip())
    if len(phrase.split()) < 2:
        return False
    outlet = outlet_registry().named(name)
    if outlet is not None and outlet.kind == "agency" and phrase in NEWS_AGENCY_DESCRIPTIONS:
        return True
    names = (*names_going_by(name), *((outlet.name, *outlet.aliases) if outlet is not None else ()))
    pattern = re.compile(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])")
    return any(pattern.search(alias.lower()) for alias in names)


class SpeakerHistory:
    """Named speakers in article order; resolves "he", "it", "the spokesman", "the monitor" to the nearest fit."""

    def __init__(self) -> None:
        self.speakers: list[KnownSpeaker] = []

    def add(self, speaker: KnownSpeaker) -> None:
        for known in self.speakers:
            if speaker.name is not None and known.name == speaker.name:
                # Keep the richest facts seen so far for this name.
                speaker.role = speaker.role or known.role
                speaker.gender = speaker.gender or known.gender
        roles = set(role_words_in(speaker.role)) if speaker.gender is None and speaker.role else set()
        if roles & FEMALE_ROLE_WORDS and not roles & MALE_ROLE_WORDS:
            speaker.gender = "f"
        elif roles & MALE_ROLE_WORDS and not roles & FEMALE_ROLE_WORDS:
            speaker.gender = "m"  # "spokesman Dmitry Peskov": a later "she" is someone else
        self.speakers.append(speaker)

    def gender_of(self, name: str | None) -> str | None:
        """The gender the text gave a named speaker ("spokesman X", "X ... she said"), or None."""
        return next((k.gender for k in self.speakers if name is not None and k.name == name and k.gender), None)

    def note_gender(self, name: str | None, pronoun: str) -> None:
        gender = "m" if pronoun in MALE_PRONOUNS else "f" if pronoun in FEMALE_PRONOUNS else None
        for known in self.speakers:
            if known.name == name and known.gender is None:
                known.gender = gender

    def quoted_before(self, position: int) -> list[KnownSpeaker]:
        """The speakers quoted before character offset `position`, nearest first."""
        return [s for s in reversed(self.speakers) if s.position < position]

    def resolve_pronoun(
        self, pronoun: str, position: int, subjects: Sequence[KnownSpeaker] = (), *, by_given_names: bool = True
    ) -> KnownSpeaker | None:
        """ "he"/"she": the nearest named person of that gender, or the unnamed person quoted since (returned
        with `name` None: the caller keeps that source unnamed).
        "it": only a body, and only when it is nearer than any person, since "it" so often means a
        draft, a report, a deal.

        Candidates are the speakers quoted before `position` and `subjects`: names that are the
        subject of a clause before it ("Kerry met the families. He said ..."), so the antecedent is
        the nearest compatible one, not simply the last speaker quoted. `by_given_names`: a person's
        gender may also come from the given name's usual one (`entities.given_names`), which rules a
        person out; the caller tries again without it when nothing else fits ("Lindsey Graham ... He")."""
        pronoun = pronoun.lower()
        genders = {k.name: k.gender for k in self.speakers if k.name is not None and k.gender}
        roles = {k.name: k.role for k in self.speakers if k.name is not None and k.role}
        earlier = [
            *self.quoted_before(position),
            *(KnownSpeaker(k.name, k.label, k.role, k.side, k.position, genders.get(k.name) or k.gender,
                           through_a_person=k.through_a_person, description=k.description) for k in subjects
              if k.position < position),
        ]
        introduced = None  # an unnamed person the text introduced, of no stated gender (`antecedents`)
        passed_unnamed = False  # "it" looked past an unnamed source (a website that "also said")
        passed_member = False  # "it" looked past a body's spokesman
        quoted = {id(k) for k in self.speakers}
        # The gender the text stated, else the one the given name usually has ("Martha Keller"): enough to
        # rule a person out, never to prefer one over a person the text introduced just before.
        named_gender = person_gender if by_given_names else kunya_gender  # a kunya is the text's own word
        for known in sorted(earlier, key=lambda k: -k.position):
            gender = known.gender or (named_gender(known.name or "") if known.label == "PERSON" else None)
            if introduced is not None and (
                introduced.position - known.position > INTRODUCED_PERSON_REACH
                or (known.name is not None and gender not in (None, "m" if pronoun in MALE_PRONOUNS else "f"))
            ):
                break
            alias = find_known_name(known.name) if known.label is None and known.name is not None else None
            is_person = (
                known.label == "PERSON"
                or (known.through_a_person and pronoun not in ORG_PRONOUNS)  # "he" = the correspondent
                or (known.name is None and known.label == "PERSON?")
                or (alias is not None and alias.label == "PERSON")  # "Lavrov", a person the registry knows
            )
            if pronoun in ORG_PRONOUNS:
                if known.name is None and (is_unnamed_source(known.description) or describes_a_body(known.description)):
                    return known  # "a military source said ... It added", "state media said ... It added": unnamed
                if known.name is None:
                    passed_unnamed = True
                    continue  # "one of its jurists asked ... it added": look past unnamed people
                if is_person and not passed_unnamed and speaks_for_a_body(known.role or roles.get(known.name)):
                    passed_member = True
                    continue  # "The Pentagon said ... Spokesman Jeff Davis said ... It said": past its spokesman
                if passed_member and id(known) not in quoted:
                    return None  # past a spokesman, only a body quoted before ("The Pentagon received a letter ...": no)
                return known if not is_person else None
            # A name the entity stage did not label ("UN High Commissioner ... Navi Pillay said") may be "she".
            maybe_person = known.label is None and known.name is not None and alias is None
            if not (is_person or maybe_person):
                continue
            wanted = "m" if pronoun in MALE_PRONOUNS else "f"
            if introduced is not None:
                if known.gender == wanted:
                    return known  # "Umm Khaled fled ... A driver took the family to Azaz. '...,' she said"
                continue
            if known.name is None:
                if known.gender not in (None, wanted):
                    continue  # "a female fighter said ... he said": someone else is meant
                if known.gender is None and known.label == "PERSON?" and known.description and not known.in_statement:
                    introduced = known  # a person of the stated gender named just before may still be meant
                    continue
                return known  # "a Kremlin spokesman said ... He said": the unnamed one is meant
            if gender in (None, wanted):
                return known
        return introduced

    def resolve_plural(self, position: int, reach: int) -> KnownSpeaker | None:
        """ "they": the speaker quoted just before, within `reach` characters, when it can be plural:
        a body ("The White Helmets said ... They added") or an unnamed group ("Activists said ...
        they said"). Never a single person; None when the nearest speaker is one."""
        for known in self.quoted_before(position):
            if position - known.position > reach:
                return None
            if known.name is not None and known.label in ORG_SPEAKER_LABELS:
                return known
            if known.name is None and (known.description or "").endswith("s"):
                return known
            return None
        return None

    def last_organisation(self, position: int) -> KnownSpeaker | None:
        """The nearest earlier named speaker that is a body, not a person ("the group said")."""
        return next(
            (k for k in self.quoted_before(position) if k.name is not None and k.label in ORG_SPEAKER_LABELS),
            None,
        )

    def resolve_statement(self, position: int) -> KnownSpeaker | None:
        """ "the statement said": whoever spoke "in a statement" last, else the nearest named speaker."""
        named = [known for known in self.quoted_before(position) if known.name is not None]
        return next((known for known in named if known.in_statement), named[0] if named else None)

    def resolve_description(
        self, head_word: str, description: str, position: int, *, bodies_only: bool = False
    ) -> KnownSpeaker | None:
        """The nearest earlier speaker whose name, role or side shares the description's head word.
        With `bodies_only` ("the observatory", "the ministry"), persons are passed over: the
        Observatory's director is not the Observatory."""
        head = head_word.lower()
        words = set(role_words_in(description)) | {head}
        monitor = head.startswith("monitor") or any(w.startswith("monitor") for w in words)
        person_office = role_words().get(head) == "person"
        for known in self.quoted_before(position):
            if known.name is None or (bodies_only and known.label in ("PERSON", "PERSON?")):
                continue
            # "The general reiterated" after "the General Staff said": a person's office matches a body
            # only through the role it spoke in ("a spokesman for the ministry"), never its name's words.
            body = person_office and known.label in ORG_SPEAKER_LABELS
            haystack = with_ranks_spelled_out((known.role or "" if body else f"{known.name} {known.role or ''}").lower())
            if any(re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", haystack) for w in words):
                # "the secretary of state" must not resolve to a "secretary-general"; the words agree.
                return known
            if monitor and known.side == "monitors":
                return known
            if not body and described_by_its_full_name(known.name, description):
                return known
        if head in BROADCASTER_HEADS and words == {head}:
            # "Syrian state television said ... the broadcaster said": the nearest body, when its name
            # says it broadcasts; a nearer body that does not ("Al Jazeera") leaves it unresolved.
            body = self.last_organisation(position)
            return body if body is not None and BROADCASTER_NAME_RE.search(body.name) else None
        return None
