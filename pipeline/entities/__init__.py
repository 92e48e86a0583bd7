"""Named-entity mentions with one canonical name per real entity, within an article and across the corpus.

Article level (`entity_mentions`): titles, possessives and a leading "the" are trimmed from each span;
labels the small model gets wrong are corrected where the evidence is clear (a span naming a known
person becomes PERSON; a PERSON/ORG/NORP that the offline geocoder reads as a place becomes GPE/LOC/FAC
with the place's name; "Syrias", a possessive whose apostrophe was lost, becomes "Syria");
a short form ("Kerry", "Al-Assad") resolves to a full name written earlier in the same article, else
anywhere in it, else to the curated alias table (data/lexicons/entity_aliases.csv); a body's short form
("the Defence Ministry") takes the fuller body name in the article. Ruler matches
(data/patterns/*.jsonl) carry their canonical name as the pattern id; Aleppo gazetteer and GeoNames
matches carry a place id, whose canonical place name is used.

Names tagged PERSON that are no person of the story (credits, bylines, signatures, villages listed
among places) are read from where they stand (`story_persons`).

Modules: `lexicon` (name keys, aliases, trimming), `article` (one article), `name_splits` (spans that
hold two names or a word of none), `story_persons`, `corpus`.

Corpus level (`canonicalise_corpus`): spellings that differ only in case, accents or hyphenation
get one spelling, and a bare surname no article resolved takes the unique corpus-wide full name
ending in it.
"""


from .article import _entity_mentions, entity_mentions, title_case_name
from .corpus import canonicalise_corpus, corpus_canonicals, preferred_spellings
from .lexicon import Alias, Candidate, alias_canonical, find_alias, find_known_name, name_key
from .name_splits import body_then_person, office_place_then_name, persons_of_the_story

__all__ = [
    "Alias",
    "Candidate",
    "_entity_mentions",
    "alias_canonical",
    "body_then_person",
    "canonicalise_corpus",
    "corpus_canonicals",
    "entity_mentions",
    "find_alias",
    "find_known_name",
    "name_key",
    "office_place_then_name",
    "persons_of_the_story",
    "preferred_spellings",
    "title_case_name",
]
