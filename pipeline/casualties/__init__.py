"""Casualty figures: every toll an article reports, with its type, victims, source, place and date.

A number becomes a figure only when a casualty cue governs it: the verb it is an argument of
("20 were killed", "killing 15"), a participle or adjective right after it ("165 wounded",
"250,000 civilians trapped"), or a casualty noun it counts ("the deaths of hundreds", "the death toll
rose to 112"). Everything is read from the parse spaCy already made; lexicons are data files.

Modules: `counts` (number phrases, blockers, qualifiers), `cues` (the words that give a type),
`types` (the type from the construction, sub-counts), `constructions` (single persons,
coordinations), `headlines` (one victim in a headline's passive), `ranges` ("from 40 to 50"), `source_phrases` (where a sentence says who reports), `source_names` (the body or
person a source phrase stands for), `attribution` (which source reports a figure, who relayed it),
`places` (where it happened), `dedupe` (headline and reprinted figures), `extract` (the sentence and
article loop). The public names below keep `from pipeline.casualties import ...` working.
"""

from __future__ import annotations

from .attribution import attribution, plain_next_source
from .counts import NumberPhrase, blocked_by_context, is_number_token, number_phrases, qualifier
from .extract import WAR_SCALE, casualty_figures, is_war_scale, iter_figures, sentence_figures
from .lexicons import group_of, lexicon
from .places import main_place, nearest_place
from .source_names import KnownSource, named_source, sentence_sources, source_name
from .source_phrases import Source, source_tokens
from .subcounts import link_subcounts
from .types import Candidate, classify

__all__ = [
    "WAR_SCALE",
    "Candidate",
    "KnownSource",
    "NumberPhrase",
    "Source",
    "attribution",
    "blocked_by_context",
    "casualty_figures",
    "classify",
    "group_of",
    "is_number_token",
    "is_war_scale",
    "iter_figures",
    "lexicon",
    "link_subcounts",
    "main_place",
    "named_source",
    "nearest_place",
    "number_phrases",
    "plain_next_source",
    "qualifier",
    "sentence_figures",
    "sentence_sources",
    "source_name",
    "source_tokens",
]
